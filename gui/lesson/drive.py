"""Put the tools into the state a lesson step asks for, through their public APIs only.

``apply_step(window, step)`` shows the step's tool and calls one ``_<tool>`` function with
the step's settings (already checked by ``model.check_step``). Each function sets the whole
state the step needs, so Next and Back also restore what the student changed meanwhile.
A tool that has not landed (missing from ``window.tools``) is skipped quietly.
"""
from .model import PICTURE_SAMPLES

DEFAULT_NETWORK_DATA = "blobs"     # 2 inputs, 2 classes: W of the first layer is units × 2


def apply_step(window, step):
    """Show ``step.tool`` and set it up; returns the tool widget (or None if it is missing)."""
    key = step.tool
    if key == "start":
        return window.show_tool("start")
    tool = window.tools.get(key)
    if tool is None:
        return None
    _stop_training(window)
    SETUP[key](window, tool, dict(step.settings))
    window.show_tool(key)
    return tool


def _stop_training(window):
    """A run in progress would refuse new data: end it (its history stays in the dashboard)."""
    dashboard = window.tools.get("training")
    if dashboard is not None and dashboard.controller.is_active():
        dashboard.controller.finish_now()


def _stepper(window, tool, s):
    if "formula" in s:
        tool.set_formula(s["formula"])
    else:
        tool.load_preset(s.get("preset", "square"))
    tool.set_method(s.get("method", "gd"))
    if "start" in s:
        tool.set_start(tuple(s["start"]))
    if "lr" in s:
        tool.set_learning_rate(s["lr"])
    tool.reset()


def _use_toy_data(window, name):
    dashboard = window.tools.get("training")
    if dashboard is not None:
        dashboard.set_toy_dataset(name)
    else:
        from engine.data import Dataset, make_toy
        X, y, names = make_toy(name)
        window.session.set_dataset(Dataset(X, y, names, name=name))


def _network(window, tool, s):
    data = s.get("data", DEFAULT_NETWORK_DATA)
    if window.session.dataset.name != data or window.session.dataset.input_size != 2:
        _use_toy_data(window, data)
    tool.load_preset(s.get("preset", "one_hidden"))
    if "layer" in s:
        tool.select_layer(s["layer"])


def _training(window, tool, s):
    data = s.get("data", DEFAULT_NETWORK_DATA)
    model = s.get("model", "network")
    pictures = window.tools.get("pictures")
    if data in PICTURE_SAMPLES and pictures is not None:
        # The pictures tool loads the sample (in its worker) into the session, fitting the
        # network's input to N × N pixels; the dashboard trains on "the session's data set".
        _pictures(window, pictures, {"sample": data, "picture": 0})
        tool.data_panel.set_model_kind("network")
        tool.data_panel.set_choice("session")
        _finish_training_settings(tool, s)
        return
    if data == "quadratic":
        tool.set_quadratic_data(a=s.get("a", 2.0), b=s.get("b", -3.0), c=s.get("c", 1.0),
                                noise=s.get("noise", 0.1), model=model)
    else:
        tool.set_toy_dataset(data, noise=s.get("noise", 0.1))
    if model == "network":
        builder = window.tools.get("network")
        if builder is not None:
            builder.load_preset(s.get("network", "one_hidden"))
        else:
            window.session.reset_weights()
    _finish_training_settings(tool, s)


def _finish_training_settings(tool, s):
    tool.set_optimizer(s.get("optimizer", "sgd"))
    tool.set_learning_rate(s.get("lr", 0.1))
    tool.set_settings(epochs=s.get("epochs"), batch_size=s.get("batch_size"))
    tool.reset_weights()


def _pictures(window, tool, s):
    """Open the sample (in the tool's worker) unless it is open; then show picture ``picture``."""
    sample = s.get("sample", "faces")
    index = s.get("picture", 0)
    tool.show_page("pictures")
    if tool.data is not None and tool.data.name == sample:
        if window.session.dataset is not tool.dataset:      # another step chose other data
            window.session.set_dataset(tool.dataset)
        tool.show_vector_of(index)
        return
    if tool.job is not None and getattr(tool, "_lesson_sample", None) == sample:
        tool._lesson_index = index          # loading already: show this picture when done
        return
    job = tool.open_sample(sample)
    tool._lesson_sample = sample
    tool._lesson_index = index
    if job is not None:
        job.finished.connect(lambda _last, t=tool: t.show_vector_of(t._lesson_index))


def _model(window, tool, s):
    tool.set_parameters(s.get("a", 1.0), s.get("b", 0.0), s.get("c", 0.0))
    tool.set_data_visible(s.get("show_data", False))


SETUP = {"stepper": _stepper, "network": _network, "training": _training,
         "pictures": _pictures, "model": _model}
