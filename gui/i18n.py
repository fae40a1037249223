"""Japanese and English: Qt's translation system, with .qm files from resources/i18n."""
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = {"en": "English", "ja": "日本語"}

_installed = []
_current = ["en"]


def preferred_language():
    """The language from the settings, else from the system locale ('ja' or 'en')."""
    chosen = QSettings().value("language", "", type=str)
    if chosen in LANGUAGES:
        return chosen
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def install(app, language):
    """Load the translation for ``language`` into ``app`` (English needs none)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current[0] = "en"
    if language == "en":
        return True
    translator = QTranslator(app)
    if translator.load(str(I18N_DIR / f"gradlab_{language}.qm")):
        app.installTranslator(translator)
        _installed.append(translator)
        _current[0] = language
        return True
    return False


def current_language():
    """The language whose translation is installed now ('en' or 'ja')."""
    return _current[0]
