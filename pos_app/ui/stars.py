"""Star ratings as text, for table cells and labels."""

from __future__ import annotations

from pos_app.ui.i18n import translate

MAX_STARS = 5
FULL = "★"
EMPTY = "☆"


def stars(rating: int, out_of: int = MAX_STARS) -> str:
    """``4`` -> ``"★★★★☆"``; out-of-range ratings are clamped rather than drawn wrong."""
    filled = max(0, min(out_of, rating))
    return FULL * filled + EMPTY * (out_of - filled)


def stars_spoken(rating: int, out_of: int = MAX_STARS) -> str:
    """The same rating in words, for tooltips and screen readers."""
    return translate("Stars", "{0} of {1} stars").format(rating, out_of)
