"""The app's languages (issue 17): English as written in the code, French and Arabic from
Qt's translation files.

A visible string goes through ``self.tr("...")`` in a QObject subclass, or through
``translate("Context", "...")`` (below) elsewhere; `make translations` runs lupdate over
pos_app/ui, which finds both, into resources/translations/counter_pos_<lang>.ts, and
lrelease makes the .qm files the app loads. Placeholders are Python's (``{count}``), filled
in after the translation, so a translator moves them but keeps them.

Which language: ``POS_LANGUAGE`` (en, fr, ar) if set, else this counter's saved choice (the
sign-in dialog's Language), else the system's (``QLocale.system()``), else English. Arabic
lays the windows out right to left. The translators are installed before the first window
is built (``pos_app.app`` calls ``install_language``).
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from pos_app.shipped import shipped_dir

log = logging.getLogger(__name__)

#: The languages that ship, by code, each named in its own language.
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "ar": "العربية"}
#: The language of the strings in the code.
SOURCE_LANGUAGE = "en"
RIGHT_TO_LEFT = frozenset({"ar"})
#: Overrides the saved choice and the system's (tests, screenshots, a one-off run).
ENV_LANGUAGE = "POS_LANGUAGE"
#: QSettings key of this counter's choice ("" or missing: follow the system).
LANGUAGE_KEY = "ui/language"


def translations_dir() -> str:
    return str(shipped_dir("resources") / "translations")


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the installed language; lupdate finds each ``translate("Ctx", "...")``."""
    return QCoreApplication.translate(context, text, disambiguation)


def system_language() -> str:
    """The first of the system's UI languages that ships, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def chosen_language(saved: str = "") -> str:
    """``POS_LANGUAGE``, else the saved choice, else the system's language."""
    override = os.environ.get(ENV_LANGUAGE, "").strip().lower()
    for choice in (override, saved.strip().lower()):
        if choice in LANGUAGES:
            return choice
    return system_language()


_installed: list[QTranslator] = []
_current = [SOURCE_LANGUAGE]


def current_language() -> str:
    return _current[0]


def install_language(language: str) -> str:
    """Install ``language``'s translators (the app's, and Qt's own for its standard buttons
    and dialogs) in place of any installed before, and set the layout direction. Windows
    built from now on are in that language. Returns the language installed: English when
    the code is unknown or its file is missing (said in the log), never an exception."""
    app = QCoreApplication.instance()
    if app is None:
        return SOURCE_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        log.warning("unknown language %r: English instead", language)
        language = SOURCE_LANGUAGE
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if ours.load(f"counter_pos_{language}", translations_dir()):
            app.installTranslator(ours)
            _installed.append(ours)
            qt_own = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{language}", qt_dir):
                app.installTranslator(qt_own)
                _installed.append(qt_own)
        else:
            log.warning("no translation file for %s in %s: English", language, translations_dir())
            language = SOURCE_LANGUAGE
    _current[0] = language
    rtl = language in RIGHT_TO_LEFT
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    if isinstance(app, QGuiApplication):
        QGuiApplication.setLayoutDirection(direction)
    return language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate (under ``context``) where it is defined; it is shown by
    ``translate(context, text)`` later. Qt's own returns ``object`` to a type checker."""
    return text
