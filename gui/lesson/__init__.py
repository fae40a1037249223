"""The lesson walkthrough: a dock that explains the lecture step by step and sets the tools up.

The lesson itself is data (``resources/lesson/lesson.json``, checked by ``model``); see
docs/lesson.md.
"""
from .dock import LessonDock

__all__ = ["LessonDock"]
