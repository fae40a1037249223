"""Class names as a user reads them: the built-in data sets' classes in the user's language.

The engine names the classes of its toy sets and sample pictures in English ('upper',
'not face'); the session and session files keep those names. Views show
``display_name(name)``: a known name translated, any other (a folder of the user's own
pictures) as it is.
"""
from PySide6.QtCore import QCoreApplication


def _tr(text):
    return QCoreApplication.translate("ClassNames", text)


def known_names():
    """Every class name of engine.data's toy sets and samples, translated (and so extracted)."""
    return [_tr("A"), _tr("B"), _tr("same sign"), _tr("different sign"), _tr("inside"),
            _tr("outside"), _tr("upper"), _tr("lower"), _tr("arm 1"), _tr("arm 2"), _tr("arm 3"),
            _tr("face"), _tr("not face"), _tr("brick"), _tr("grass"), _tr("gravel")]


def display_name(name):
    """What a view shows for the class ``name``."""
    return _tr(str(name))


def display_names(names):
    return [display_name(n) for n in names]
