"""The server session's refusals (issue 16) reach a French or Arabic counter in its
language, and an English one exactly as the data layer wrote them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pos_app.data.server_session import ACCOUNT_CHANGE_REFUSED, NOBODY_SIGNED_IN, SESSION_ENDED
from pos_app.domain.errors import PosError
from pos_app.ui.i18n import install_language
from pos_app.ui.service_messages import error_text, service_text

MESSAGES = (SESSION_ENDED, ACCOUNT_CHANGE_REFUSED, NOBODY_SIGNED_IN)


@pytest.fixture
def english_after(qapp: object) -> Iterator[None]:
    yield
    install_language("en")


def test_english_stays_as_written(english_after: None) -> None:
    install_language("en")
    for message in MESSAGES:
        assert service_text(message) == message == error_text(PosError(message))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "Votre session a pris fin ; reconnectez-vous"),
        ("ar", "انتهت جلسة دخولك؛ سجّل الدخول مجددًا"),
    ],
)
def test_each_refusal_is_said_in_the_counters_language(
    english_after: None, lang: str, expected: str
) -> None:
    install_language(lang)
    assert service_text(SESSION_ENDED) == expected
    for message in MESSAGES:
        said = service_text(message)
        assert said != message and "sign" not in said.lower(), said
