"""The server's refusal of a write for want of a session, as the counter says it: a person
acting is told to sign in again; background work (the sync of waiting sales) waits for a
sign-in as for a server away (a DatabaseUnavailableError, which never sets a sale aside),
also when the session ends while ``pos_record_sale`` runs (pos_app.data.repositories.
sale_writer raises this same refusal)."""

from __future__ import annotations

from pos_app.data.server_session import (
    NOBODY_SIGNED_IN,
    SESSION_ENDED,
    SessionRequiredError,
    WaitingForSignIn,
    acting,
    session_refused,
)
from pos_app.domain.errors import DatabaseUnavailableError, PermissionDeniedError


def test_a_person_is_told_to_sign_in_again_and_background_work_waits() -> None:
    background = session_refused()
    assert isinstance(background, WaitingForSignIn)
    assert isinstance(background, DatabaseUnavailableError)
    assert background.message == NOBODY_SIGNED_IN
    with acting(7):
        person = session_refused()
    assert isinstance(person, SessionRequiredError)
    assert isinstance(person, PermissionDeniedError)
    assert not isinstance(person, DatabaseUnavailableError)
    assert person.message == SESSION_ENDED
    assert isinstance(session_refused(), WaitingForSignIn)  # the block is over
