"""Can this process draw with OpenGL? Answered safely, once, without creating a window.

Under ``QT_QPA_PLATFORM=offscreen`` (tests, screenshots on a server) or without a working
OpenGL driver there is no 3-D view; the stepper then says why instead of crashing.
"""
import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QGuiApplication, QOffscreenSurface, QOpenGLContext

NO_GL_PLATFORMS = ("offscreen", "minimal", "vnc", "linuxfb")
_result = None


def tr(text):
    return QCoreApplication.translate("Stepper", text)


def opengl_status():
    """(True, 'OpenGL 4.5 …') when a context can be created and made current, else
    (False, a reason in the language in use now: the check runs once, its words every time)."""
    global _result
    if _result is None:
        _result = _check()
    ok, text, values = _result
    if ok:
        return True, text
    reason = tr(text)
    for key, value in values.items():
        reason = reason.replace("{" + key + "}", value)
    return False, reason


def _check():
    """(ok, 'OpenGL 4.5' or the untranslated reason, {placeholder: value})."""
    if os.environ.get("GRADLAB_NO_OPENGL"):
        return False, QT_TRANSLATE_NOOP("Stepper", "The 3-D view is turned off (GRADLAB_NO_OPENGL is set)."), {}
    platform = QGuiApplication.platformName()
    if platform in NO_GL_PLATFORMS:
        return False, QT_TRANSLATE_NOOP(
            "Stepper", "The 3-D view is off: Qt runs without a screen (platform “{p}”), which "
                       "has no OpenGL. Start Gradient Lab on a desktop, or under Xvfb with "
                       "QT_QPA_PLATFORM=xcb, to see the surface."), {"p": platform}
    try:
        import OpenGL.GL  # noqa: F401  (PyOpenGL, needed by pyqtgraph.opengl)
    except Exception as exc:   # ImportError, or a missing libGL raising on import
        return False, QT_TRANSLATE_NOOP("Stepper", "The 3-D view is off: PyOpenGL cannot be loaded ({e})."), \
            {"e": str(exc)[:120]}
    context = QOpenGLContext()
    if not context.create():
        return False, QT_TRANSLATE_NOOP("Stepper", "The 3-D view is off: no OpenGL context could be created on "
                                                   "this display."), {}
    surface = QOffscreenSurface()
    surface.setFormat(context.format())
    surface.create()
    if not surface.isValid() or not context.makeCurrent(surface):
        return False, QT_TRANSLATE_NOOP("Stepper", "The 3-D view is off: the OpenGL context could not be used."), {}
    fmt = context.format()
    context.doneCurrent()
    return True, "OpenGL {0}.{1}".format(fmt.majorVersion(), fmt.minorVersion()), {}
