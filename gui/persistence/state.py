"""The whole state of a main window as a session document, and back.

``collect(window)`` gives the JSON-able document ``session_file.write`` saves; it is
``encode(snapshot(window))``, so that the autosave can take the snapshot on the UI thread and
encode and write it in a worker thread;
``apply(window, decoded)`` puts a document ``session_file.read`` decoded into the window. If
any part fails on the way, the state from before is put back and the error re-raised, so a
refused file changes nothing. The data set comes with its source (where it came from); the
lesson returns to the step saved, showing the tools as they were saved (not set up again).
"""
import copy
import logging
from types import SimpleNamespace

from lab import session_file

from . import tool_states

log = logging.getLogger("gradlab.session")


def collect(window):
    """The session document for ``window`` (network, data set, every tool, current tab)."""
    return encode(snapshot(window))


def snapshot(window):
    """What ``collect`` saves, taken cheaply on the UI thread: the network's weights and the data
    set as copies of their arrays, not yet encoded. ``encode`` (any thread) makes the document."""
    session = window.session
    tools = {}
    for key, tool in window.tools.items():
        part = tool_states.save_tool(key, tool)
        if part is not None:
            tools[key] = part
    current = next((k for k, t in window.tools.items() if t is window.tabs.currentWidget()), "start")
    network, dataset = session.network, session.dataset
    return {"network": SimpleNamespace(spec=copy.deepcopy(network.spec), dtype=network.dtype,
                                       params={k: v.copy() for k, v in network.params.items()}),
            "seed": session.seed,
            "dataset": SimpleNamespace(name=dataset.name, class_names=list(dataset.class_names),
                                       image_shape=dataset.image_shape, X=dataset.X.copy(),
                                       y=dataset.y.copy(), source=copy.deepcopy(dataset.source)),
            "tools": copy.deepcopy(tools), "current_tool": current,   # nothing shared with the UI
            "lesson": _lesson_part(window)}


def _lesson_part(window):
    step = window.lesson.current_step()
    return None if step is None else {"step": step.id}


def encode(taken):
    """The session document of a ``snapshot`` (the costly part: arrays to text)."""
    document = {"network": session_file.encode_network(taken["network"], taken["seed"]),
                "dataset": session_file.encode_dataset(taken["dataset"]),
                "tools": taken["tools"], "current_tool": taken["current_tool"]}
    if taken.get("lesson") is not None:
        document["lesson"] = taken["lesson"]
    return document


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
    _return_to_lesson_step(window, decoded.get("lesson_step"))


def _return_to_lesson_step(window, step_id):
    """Show the lesson step saved; the tools are already as they were saved, so they are not
    set up again (which would undo what the user did on that step)."""
    lesson = window.lesson.lesson
    if step_id is None or lesson is None:
        return
    try:
        index = lesson.index_of(step_id)
    except KeyError:    # a step of another version of the lesson
        log.info("the lesson has no step %r: it stays where it is", step_id)
        return
    window.lesson.go_to(index, apply=False)
