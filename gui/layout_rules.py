"""Small layout rules that keep every tool inside a 1280 × 720 projector beside the lesson.

A combo box is as wide as its longest item unless told otherwise, and a button as wide as
its current text: both make columns wider than a projector allows, or make a row of buttons
jump when a text changes. Each tool applies these to its own widgets.
"""
from PySide6.QtWidgets import QComboBox, QSizePolicy

COMBO_CHARACTERS = 8     # a combo box needs room for this many characters, not its longest item


def compact_combos(root, characters=COMBO_CHARACTERS):
    """Let every combo box under ``root`` shrink to ``characters``; long items are elided."""
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)
        # QComboBox keeps its first minimum size hint (the longest item): say it outright
        combo.setMinimumWidth(combo.sizeHint().width())


def keep_width(button, texts):
    """Make ``button`` wide enough for each of ``texts`` it shows in turn, so it never resizes."""
    shown = button.text()
    width = 0
    for text in texts:
        button.setText(text)
        width = max(width, button.sizeHint().width())
    button.setText(shown)
    button.setMinimumWidth(width)
    button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
