"""The training dashboard: watch the loss fall, live, while the engine trains in a worker thread.

``model`` holds the state (the next run's settings, the data and model chosen, the runs);
the panels are views of it. One panel per file: ``data_panel`` (data and model), ``settings_panel`` (optimizer and the
rest), ``loss_panel`` (loss and accuracy), ``regions_panel`` (decision regions or fitted
curve), ``confusion_panel``, ``params_panel`` (a, b, c of the quadratic model),
``progress_panel``, ``runs_panel``, ``run_buttons``. ``controller`` and ``stream`` run the engine in the
worker thread; ``tool`` composes it all.
"""
from .tool import DashboardTool

__all__ = ["DashboardTool"]
