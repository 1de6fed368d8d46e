"""The app's languages (issue 17): English as written in the code, French and Arabic from
Qt's translation files.

A visible string goes through ``self.tr("...")`` in a QObject subclass, or through
``translate("Context", "...")`` (below) elsewhere; `make translations` runs lupdate over
pos_app/ui, which finds both, into resources/translations/counter_pos_<lang>.ts, and
lrelease makes the .qm files the app loads. Placeholders are Python's (``{count}``), filled
in after the translation, so a translator moves them but keeps them.

Which language: ``POS_LANGUAGE`` (en, fr, ar) if set, else this counter's saved choice (the
sign-in dialog's Language, at once; Settings' Language, from the next sign-in), else the
system's (``QLocale.system()``), else English. Arabic lays the windows out right to left.
The translators are installed before the first window is built (``pos_app.app`` calls
``install_language``).
"""

from __future__ import annotations

import logging
import os
from datetime import date

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


def tr(text: str) -> str:
    """``text`` in the installed language, outside a QObject (receipts, a module's
    functions): lupdate files a bare ``tr("...")`` under the shared, unnamed context."""
    return QCoreApplication.translate("", text)


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
#: A language chosen in Settings while a window was open, installed by the next sign-in
#: dialog (None: nothing waits). The open window keeps the language it was built in: its
#: widgets are not translated again, and a window half in one language is worse.
_at_next_sign_in: list[str | None] = [None]


def use_at_next_sign_in(code: str) -> None:
    """``code`` ("" for the system's) is the counter's language from the next sign-in on."""
    _at_next_sign_in[0] = code


def install_chosen_for_sign_in() -> str | None:
    """Install the language Settings chose, if one waits (and forget it): the sign-in
    dialog calls this before it writes its words. As the dialog's own choice does, the
    choice made now wins over ``POS_LANGUAGE`` for the rest of this run."""
    code, _at_next_sign_in[0] = _at_next_sign_in[0], None
    if code is None:
        return None
    return install_language(code or system_language())


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


#: Unicode's left-to-right and first-strong isolates and their end (U+2066, U+2068, U+2069).
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def is_right_to_left() -> bool:
    return current_language() in RIGHT_TO_LEFT


def ltr(text: str) -> str:
    """``text`` kept left to right inside right-to-left text: a key sequence ("Ctrl++"), an
    amount with its sign ("-2.00"), a date and time, a path. Without the isolate, Arabic
    reorders such a run's signs and digits ("+1 (Ctrl++)" read as "(++Ctrl) 1+"). In a
    left-to-right language the text is returned as it is."""
    if not text or not is_right_to_left():
        return text
    return f"{LRI}{text}{PDI}"


def isolate(text: str) -> str:
    """Data of either direction (a product's or store's name, an address) kept whole inside
    right-to-left text: read in the direction of its first letter, its digits not moved
    ("12 Market Street" no longer reads "Market Street 12"). As it is in left to right."""
    if not text or not is_right_to_left():
        return text
    return f"{FSI}{text}{PDI}"


def key_hint(text: str, keys: str) -> str:
    """``text (keys)``, e.g. "Pay (F12)", with the keys isolated (``ltr``)."""
    return f"{text} ({ltr(keys)})"


def day_text(day: date) -> str:
    """A day as the installed language writes it with its month's name ("27 novembre
    2026", "27 نوفمبر 2026"; QLocale's names, the digits as the amounts have them); ISO
    (2026-11-27) in English, as the screens and reports have always said it."""
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return day.isoformat()
    month = QLocale(language).standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
    return f"{day.day} {month} {day.year}"


def short_day(day: date) -> str:
    """A day on a chart's axis: "05 Nov", "05 nov.", "05 نوفمبر" (QLocale's short names)."""
    month = QLocale(current_language()).standaloneMonthName(
        day.month, QLocale.FormatType.ShortFormat
    )
    return f"{day.day:02d} {month}"


def short_weekday(day: date) -> str:
    """A day with its weekday: "Fri 27 Nov", "ven. 27 nov.", "الجمعة 27 نوفمبر"."""
    name = QLocale(current_language()).standaloneDayName(
        day.isoweekday(), QLocale.FormatType.ShortFormat
    )
    return f"{name} {short_day(day)}"
