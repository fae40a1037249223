"""Backprop (逆伝播): the chain rule on the computational graph, one node at a time.

``BackpropTool`` is the tab; its small public API (``set_mode``, ``set_quadratic``,
``step``, ``back``, ``reset``, ``to_backward``, ``to_end``, ``show_panel``,
``gradient_step``) lets the lesson put it into any state. See docs/backprop.md.
"""
from .tool import BackpropTool

__all__ = ["BackpropTool"]
