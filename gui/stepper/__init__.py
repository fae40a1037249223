"""The gradient-descent stepper: every step of the gradient method drawn on curves and maps.

``StepperTool`` is the tab; its small public API (``set_mode``, ``load_preset``,
``set_formula``, ``set_start``, ``set_learning_rate``, ``set_method``, ``step``, ``iterate``,
``back``, ``reset``, ``current_point``) lets the lesson put it into any state. See
docs/stepper.md.
"""
from .tool import StepperTool

__all__ = ["StepperTool"]
