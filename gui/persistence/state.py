"""The whole state of a main window as a session document, and back.

``collect(window)`` gives the JSON-able document ``session_file.write`` saves;
``apply(window, decoded)`` puts a document ``session_file.read`` decoded into the window. If
any part fails on the way, the state from before is put back and the error re-raised, so a
refused file changes nothing.
"""
import logging

from . import session_file, tool_states

log = logging.getLogger("gradlab.session")


def collect(window):
    """The session document for ``window`` (network, data set, every tool, current tab)."""
    session = window.session
    tools = {}
    for key, tool in window.tools.items():
        part = tool_states.save_tool(key, tool)
        if part is not None:
            tools[key] = part
    current = next((k for k, t in window.tools.items() if t is window.tabs.currentWidget()), "start")
    return {"network": session_file.encode_network(session.network, session.seed),
            "dataset": session_file.encode_dataset(session.dataset),
            "tools": tools, "current_tool": current}


def apply(window, decoded):
    """Make ``window`` show the decoded session; all or nothing (raises on failure).

    ``decoded`` was checked entirely when it was read, so this should not fail; if it does, the
    state from before is put back. The current state itself never stops a good file from
    opening: if it cannot be kept for that (it always should), the file opens anyway."""
    try:
        before = session_file.decode(session_file.loads(session_file.dumps(collect(window))))
    except Exception as error:   # noqa: BLE001 - logged; opening the good file goes on
        log.error("the state before opening could not be kept: %r", error)
        before = None
    try:
        _apply(window, decoded)
    except Exception:
        if before is not None:
            _apply(window, before)   # the previous state, which was just read back correctly
        raise


def _apply(window, decoded):
    session = window.session
    training = window.tools.get("training")
    if training is not None and getattr(training, "controller", None) is not None:
        training.controller.finish_now()   # a run in progress must not outlive its network
    if decoded.get("dataset") is not None:
        session.set_dataset(decoded["dataset"])
    session.seed = decoded.get("seed", session.seed)
    session.set_network(decoded["network"])
    for key, part in decoded.get("tools", {}).items():
        if key in window.tools:
            tool_states.restore_tool(key, window.tools[key], part)
    current = decoded.get("current_tool")
    if current in window.tools:
        window.tabs.setCurrentWidget(window.tools[current])
