"""Translated words of the Loss landscape tool, in one place (context "Landscape")."""
from PySide6.QtCore import QCoreApplication


def tr(text):
    return QCoreApplication.translate("Landscape", text)


def plane_titles():
    """The planes a student may slice along, by key."""
    return {"weights": tr("Two weights"),
            "random": tr("Random (filter-normalised)"),
            "pca": tr("PCA of the recorded path")}


def nan_weights_message():
    return tr("The network's weights are not numbers (NaN or ∞): nothing to draw. "
              "Reset the weights or train again with a smaller α.")
