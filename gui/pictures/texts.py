"""Translated texts for what the engine reports in English (skip reasons, refusals)."""
from PySide6.QtCore import QCoreApplication


def _tr(text):
    return QCoreApplication.translate("Pictures", text)


def skip_reason(skipped):
    """The reason a file was skipped, in the user's language."""
    texts = {
        "hidden": _tr("hidden file"),
        "system": _tr("system file (made by the operating system, not a picture)"),
        "not_regular": _tr("not a regular file"),
        "not_picture": _tr("not a picture (PNG, JPEG, BMP, GIF, TIFF or WebP)"),
        "empty": _tr("empty file (0 bytes)"),
        "damaged": _tr("not a picture, or a damaged one"),
        "truncated": _tr("truncated picture (the file ends too early)"),
        "too_large": _tr("picture too large"),
        "loop": _tr("a link that loops back (not followed)"),
        "outside": _tr("a link that leads out of the chosen folder (not followed)"),
        "folder": _tr("folder cannot be opened"),
        "stray": _tr("not inside a class folder (stray file at the top level)"),
    }
    return texts.get(skipped.kind, skipped.reason)


def refusal(error):
    """Why a folder was refused (an engine ImageFolderError), in the user's language."""
    names = ", ".join(error.names)
    texts = {
        "missing": _tr("The folder {0} does not exist."),
        "not_folder": _tr("{0} is not a folder."),
        "unreadable_folder": _tr("The folder {0} cannot be opened."),
        "no_class": _tr("This folder has no class folder. Put the pictures of each class in its own "
                        "subfolder, at least two (for example cats/ and dogs/)."),
        "one_class": _tr("This folder has only one class folder ({0}). Put the pictures of each class in "
                         "its own subfolder, at least two (for example cats/ and dogs/)."),
        "empty_class": _tr("These class folders hold no picture: {0}."),
        "unreadable_class": _tr("No picture could be read in the class folder(s): {0}."),
    }
    text = texts.get(error.kind)
    return text.format(names) if text else str(error)
