"""The server session's refusals (issue 16) in the counter's language: templates as in
``pos_app.ui.service_messages``, which puts these among its own. The English sentences
are ``pos_app.data.server_session``'s."""

from __future__ import annotations

from pos_app.ui.i18n import QT_TRANSLATE_NOOP

SESSION_TEMPLATES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("ServiceMessages", "Your sign-in has ended; sign in again"),
    QT_TRANSLATE_NOOP("ServiceMessages", "Your role may not make this change to an account"),
    QT_TRANSLATE_NOOP("ServiceMessages", "The server refused this: your role may not do it"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Nobody is signed in at this counter: waiting for a sign-in to send"
    ),
)
