"""Put the tools into the state a lesson step asks for, through their public APIs only.

``apply_step(window, step)`` shows the step's tool and calls one ``_<tool>`` function with
the step's settings (already checked by ``model.check_step``). Each function sets the *whole*
state its tool shows, with a default for every setting the step leaves out (``DEFAULTS``), so
that arriving by Next, Back, the list of steps or a restored session gives the same state,
and Next and Back also undo what the student changed meanwhile. A step on a picture sample
finishes its set-up when the sample has loaded (in the pictures tool's worker); a later step
cancels that. A tool that has not landed (missing from ``window.tools``) is skipped quietly.
"""
import weakref

from engine import descent, objectives

from .model import PICTURE_SAMPLES

DEFAULT_NETWORK_DATA = "blobs"     # 2 inputs, 2 classes: W of the first layer is units × 2
# what a step gets for each setting it does not give (the dashboard's own defaults)
DEFAULTS = {"network": "one_hidden", "optimizer": "sgd", "lr": 0.1, "epochs": 200,
            "batch_size": 10, "seed": 0, "validation_fraction": 0.2, "weight_decay": 0.0,
            "pause": 0.0, "noise": 0.1, "n": 200, "quadratic_n": 50}

# pictures tool -> what the current step still has to do once its sample has loaded
_after_loading = weakref.WeakKeyDictionary()
_loading = weakref.WeakKeyDictionary()          # loading job -> the sample a step asked for


def apply_step(window, step):
    """Show ``step.tool`` and set it up; returns the tool widget (or None if it is missing)."""
    pictures = window.tools.get("pictures")
    if pictures is not None:
        _after_loading.pop(pictures, None)      # an earlier step's unfinished set-up
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
    model = tool.model
    if "formula" in s:
        tool.set_formula(s["formula"])
        fresh = model.objective
    elif model.objective.key == s.get("preset", "square"):
        tool.run(False)             # the same function: no need to redraw its contours
        fresh = objectives.preset(model.objective.key)
    else:
        tool.load_preset(s.get("preset", "square"))
        fresh = model.objective
    # each change below redraws every view: change only what differs
    if model.compare:
        tool.set_compare([])
    method = descent.method_name(s.get("method", "sgd"))   # older lessons say "gd"
    if model.method != method:
        tool.set_method(method)
    start = tuple(float(v) for v in s.get("start", fresh.start))
    if tuple(model.start) != start:
        tool.set_start(start)
    lr = float(s.get("lr", fresh.lr))
    if model.lr != lr:
        tool.set_learning_rate(lr)
    tool.reset()


def _is_chosen(dashboard, model, choice):
    """True when the dashboard already trains ``model`` on exactly this data (then setting it
    again would only redraw every view)."""
    return dashboard.model.model_kind == model and dashboard.model.data == choice.checked()


def _toy_data(dashboard, name, noise):
    from ..dashboard.model import NETWORK_MODEL, DataChoice   # brings pyqtgraph: not at start-up
    if not _is_chosen(dashboard, NETWORK_MODEL, DataChoice(name, DEFAULTS["n"], noise, 0)):
        dashboard.set_toy_dataset(name, n=DEFAULTS["n"], noise=noise, seed=0)


def _use_toy_data(window, name):
    from ..dashboard.model import DataChoice   # brings pyqtgraph: not at start-up
    dashboard = window.tools.get("training")
    if dashboard is not None:
        _toy_data(dashboard, name, DEFAULTS["noise"])
    else:
        window.session.set_dataset(DataChoice(name, DEFAULTS["n"], DEFAULTS["noise"], 0).make(name))


def _load_network(window, preset):
    builder = window.tools.get("network")
    if builder is not None:
        builder.load_preset(preset)             # fitted to the session's data
    else:
        window.session.reset_weights()


def _network(window, tool, s):
    _use_toy_data(window, s.get("data", DEFAULT_NETWORK_DATA))
    tool.load_preset(s.get("preset", DEFAULTS["network"]))
    tool.select_layer(s.get("layer", 0))


def _training(window, tool, s, then=None):
    """The training tab as ``s`` says; ``then()`` once its data and network are in place."""
    from ..dashboard.model import NETWORK_MODEL, DataChoice   # brings pyqtgraph: not at start-up
    data = s.get("data", DEFAULT_NETWORK_DATA)
    model = s.get("model", "network")
    network = s.get("network", DEFAULTS["network"])
    pictures = window.tools.get("pictures")
    _training_settings(tool, s)
    if data in PICTURE_SAMPLES and pictures is not None:
        # The pictures tool loads the sample (in its worker) into the session; then the
        # network is made from its preset for N × N pixel inputs and one output per class,
        # and the dashboard trains on "the session's data set".
        def with_pictures():
            _load_network(window, network)
            _session_data(tool)
            tool.reset_weights()
            tool.clear_view()
            if then is not None:
                then()
        _pictures(window, pictures, {"sample": data, "picture": 0}, then=with_pictures)
        _session_data(tool)
        tool.clear_view()
        return
    if data == "quadratic":
        abc = (s.get("a", 2.0), s.get("b", -3.0), s.get("c", 1.0))
        noise = s.get("noise", DEFAULTS["noise"])
        if not _is_chosen(tool, model, DataChoice("quadratic", DEFAULTS["quadratic_n"], noise, 0, abc)):
                tool.set_quadratic_data(*abc, noise=noise, n=DEFAULTS["quadratic_n"], seed=0, model=model)
    else:
        _toy_data(tool, data, s.get("noise", DEFAULTS["noise"]))
    _load_network(window, network)              # declared even when the quadratic model learns
    tool.reset_weights()
    tool.clear_view()           # earlier runs stay in the run list, hidden from the charts
    if then is not None:
        then()


def _session_data(tool):
    from ..dashboard.model import NETWORK_MODEL, SESSION, DataChoice   # brings pyqtgraph: not at start-up
    tool.model.set_model_kind(NETWORK_MODEL)
    tool.model.set_data(DataChoice(SESSION, DEFAULTS["n"], DEFAULTS["noise"], 0))


def _training_settings(tool, s):
    tool.model.set_setup(optimizer=s.get("optimizer", DEFAULTS["optimizer"]), lr=s.get("lr", DEFAULTS["lr"]),
                         epochs=s.get("epochs", DEFAULTS["epochs"]),
                         batch_size=s.get("batch_size", DEFAULTS["batch_size"]), seed=DEFAULTS["seed"],
                         validation_fraction=DEFAULTS["validation_fraction"],
                         weight_decay=DEFAULTS["weight_decay"], continue_weights=False,
                         pace=s.get("pause", DEFAULTS["pause"]))


def _pictures(window, tool, s, then=None):
    """Open the sample (in the tool's worker) unless it is open; then show picture ``picture``
    and do ``then()``, at once or when the sample has loaded."""
    sample = s.get("sample", "faces")
    index = s.get("picture", 0)
    tool.show_page("pictures")

    def finish():
        if tool.data is None or tool.data.name != sample:
            return                              # loading failed or was cancelled
        if window.session.dataset is not tool.dataset:      # another step chose other data
            window.session.set_dataset(tool.dataset)
        if tool.shown_index != index:
            tool.show_vector_of(index)
        if then is not None:
            then()

    if tool.data is not None and tool.data.name == sample and tool.job is None:
        finish()
        return
    _after_loading[tool] = finish
    if tool.job is not None and _loading.get(tool.job) == sample:
        return                                  # loading already: finish when done
    job = tool.open_sample(sample)
    if job is not None:
        _loading[job] = sample
        job.finished.connect(lambda _last, t=tool: _loaded(t))


def _loaded(tool):
    action = _after_loading.pop(tool, None)
    if action is not None:
        action()


def _model(window, tool, s):
    tool.set_parameters(s.get("a", 1.0), s.get("b", 0.0), s.get("c", 0.0))
    tool.set_data_visible(s.get("show_data", False))


def _backprop(window, tool, s):
    """The Backprop tool: the quadratic model's numbers, or a network preset on toy data; where
    the walk through the graph stands; which panel is open."""
    mode = s.get("mode", "quadratic")
    if mode == "network":
        _use_toy_data(window, s.get("data", DEFAULT_NETWORK_DATA))
        _load_network(window, s.get("network", DEFAULTS["network"]))
    tool.set_up(mode=mode, quadratic={k: s[k] for k in "abcxy" if k in s}, walk=s.get("walk", "start"),
                steps=s.get("steps", 0), panel=s.get("panel", "example"), lr=s.get("lr", 0.05))


def _landscape(window, tool, s):
    """The network of the training tab (set up as a "training" step would, fresh weights), the
    map's plane, span and view, the path cleared; with "run" the training starts, so the path
    is drawn on the map as the network learns."""
    dashboard = window.tools.get("training")

    def ready():
        tool.set_plane(s.get("plane", "random"))
        tool.set_span(s.get("span", 1.0))
        tool.clear_path()
        tool.show_view(s.get("view", "map"))
        if s.get("run", False) and dashboard is not None:
            dashboard.start()

    training = {key: s[key] for key in ("data", "network", "optimizer", "lr", "epochs", "batch_size", "pause")
                if key in s}
    if dashboard is None:
        ready()
        return
    _training(window, dashboard, training, then=ready)


SETUP = {"stepper": _stepper, "network": _network, "training": _training,
         "pictures": _pictures, "model": _model, "backprop": _backprop, "landscape": _landscape}
