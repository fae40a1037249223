"""Class and data names as a user reads them: the built-in data in the user's language.

The engine names the classes of its toy sets and sample pictures in English ('upper',
'not face'), and the samples' folders 'faces' and 'textures'; the session and session files
keep those names. Views show ``display_name(name)`` for a class and ``display_data_name(name)``
for a data set: one of the names below translated, any other (the user's own folders) as it is.
"""
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# The class names of engine.data's toy sets and sample pictures (a test checks it has them all).
CLASS_NAMES = (
    QT_TRANSLATE_NOOP("ClassNames", "A"), QT_TRANSLATE_NOOP("ClassNames", "B"),
    QT_TRANSLATE_NOOP("ClassNames", "same sign"), QT_TRANSLATE_NOOP("ClassNames", "different sign"),
    QT_TRANSLATE_NOOP("ClassNames", "inside"), QT_TRANSLATE_NOOP("ClassNames", "outside"),
    QT_TRANSLATE_NOOP("ClassNames", "upper"), QT_TRANSLATE_NOOP("ClassNames", "lower"),
    QT_TRANSLATE_NOOP("ClassNames", "arm 1"), QT_TRANSLATE_NOOP("ClassNames", "arm 2"),
    QT_TRANSLATE_NOOP("ClassNames", "arm 3"),
    QT_TRANSLATE_NOOP("ClassNames", "face"), QT_TRANSLATE_NOOP("ClassNames", "not face"),
    QT_TRANSLATE_NOOP("ClassNames", "brick"), QT_TRANSLATE_NOOP("ClassNames", "grass"),
    QT_TRANSLATE_NOOP("ClassNames", "gravel"),
)
# The classes a drawing adds (engine.data.points.next_class_name: C, D, … after A and B).
DRAWN_CLASS_NAMES = (
    QT_TRANSLATE_NOOP("ClassNames", "C"), QT_TRANSLATE_NOOP("ClassNames", "D"),
    QT_TRANSLATE_NOOP("ClassNames", "E"), QT_TRANSLATE_NOOP("ClassNames", "F"),
    QT_TRANSLATE_NOOP("ClassNames", "G"), QT_TRANSLATE_NOOP("ClassNames", "H"),
    QT_TRANSLATE_NOOP("ClassNames", "I"), QT_TRANSLATE_NOOP("ClassNames", "J"),
)
CLASS_NAMES += DRAWN_CLASS_NAMES
# The sample picture folders of engine.data.samples.
DATA_NAMES = (QT_TRANSLATE_NOOP("DataNames", "faces"), QT_TRANSLATE_NOOP("DataNames", "textures"))


def display_name(name):
    """What a view shows for the class ``name``."""
    name = str(name)
    return QCoreApplication.translate("ClassNames", name) if name in CLASS_NAMES else name


def display_names(names):
    return [display_name(n) for n in names]


def display_data_name(name):
    """What a view shows for the data set (or picture folder) ``name``."""
    name = str(name or "")
    return QCoreApplication.translate("DataNames", name) if name in DATA_NAMES else name
