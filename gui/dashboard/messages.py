"""What the dashboard says about a run: how it ended, why it is not learning, and the state
the progress line shows (its strings are the tool's, under the context "DashboardTool")."""
from PySide6.QtCore import QCoreApplication

from engine.metrics import LEARNING_WINDOW

from ..accuracy_names import percent


def tr(text):
    return QCoreApplication.translate("DashboardTool", text)


def trouble_text(run):
    """Why ``run`` is not learning (engine.metrics.learning_trouble) and what to try."""
    losses = [e.loss for e in run.history.epochs]
    now, start, lr = f"{losses[-1]:.3g}", f"{run.history.batches[0].loss:.3g}", f"{run.settings['lr']:g}"
    if run.trouble == "overshooting":
        return tr("the loss jumps about above where it started (now {0}, at the start {1}): the steps "
                  "overshoot. Try a smaller learning rate α (now {2}).").format(now, start, lr)
    return tr("the loss has hardly fallen in {0} epochs (now {1}, at the start {2}). Try another α "
              "(now {3}): smaller if the loss jumps, larger if it creeps; or a larger network."
              ).format(LEARNING_WINDOW, now, start, lr)


def ended_text(run):
    """(what to say when ``run`` has ended, whether it is an error)."""
    ended = run.ended
    if ended.reason == "diverged":
        return tr("The loss diverged at epoch {0}: try a smaller learning rate (now {1}). "
                  "The history before it is kept.").format(ended.epoch, f"{run.settings['lr']:g}"), True
    if ended.reason == "stopped":
        return tr("Stopped at epoch {0}, batch {1}; the history is kept.").format(ended.epoch, ended.batch), False
    if ended.reason == "completed" and run.trouble:
        return tr("Finished {0} epochs, but the network did not learn: {1}").format(
            run.settings["epochs"], trouble_text(run)), True
    if ended.reason == "completed":
        last = run.history.epochs[-1] if run.history.epochs else None
        text = tr("Finished {0} epochs: training loss {1}").format(
            run.settings["epochs"], f"{last.loss:.4g}" if last else "–")
        for name, value in run.final_accuracies():     # each accuracy with its name
            text += ", " + name + " " + percent(value)
        return text + ".", False
    return None, False


def progress_state(run, training):
    """(state for ProgressPanel.show_state, (epoch, batch) where it failed or None) of ``run``;
    ``training``: the worker is training it now (not paused, not between two steps)."""
    ended, ended_at = run.ended, None
    if ended is not None:
        state = {"completed": "finished", "stopped": "stopped", "diverged": "diverged"}.get(ended.reason, "failed")
        if state == "finished" and run.trouble:
            state = "not_learning"
        if state in ("diverged", "failed"):
            ended_at = (ended.epoch, ended.batch)   # the batch that failed has no record
    elif training:
        state = "not_learning" if run.trouble else "training"
    else:
        state = "paused"                            # paused, or between two steps
    return state, ended_at
