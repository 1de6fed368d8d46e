"""The float a business day's drawers started with, read from the shifts: what the End of
day dialog fills its Opening float with until the manager types one (the keyboard trial
typed nothing, left 0.00, and the day's report expected the float less than the shift's
own report did)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from pos_app.domain.errors import PosError
from pos_app.services import Services
from pos_app.services.records import Actor
from pos_app.services.shift_records import OpenShift, ShiftsTotal


def day_float(closed: ShiftsTotal, open_now: OpenShift | None, since: datetime) -> Decimal | None:
    """Per counter, the float of its first shift opened since the day began (among the
    shifts closed since, and the one open now), summed; None when no shift was opened."""
    opened = [(s.counter, s.opened_at, s.opening_float) for s in closed.shifts]
    if open_now is not None:
        opened.append((open_now.counter, open_now.opened_at, open_now.opening_float))
    first: dict[str, tuple[datetime, Decimal]] = {}
    for counter, at, amount in opened:
        if at >= since and (counter not in first or at < first[counter][0]):
            first[counter] = (at, amount)
    return sum((amount for _at, amount in first.values()), Decimal("0.00")) if first else None


def read_day_float(
    services: Services, actor: Actor, counter: str, here: str, since: datetime
) -> Decimal | None:
    """``day_float`` of ``counter`` ("" the whole store) since ``since``, read now; ``here``
    is this counter, whose open shift is the one this program can see. None when there
    were no shifts, or the actor may not read them."""
    try:
        until = datetime.now(UTC) + timedelta(seconds=1)
        closed = services.shifts.closed(actor, since, until, counter)
        open_now = services.shifts.current(actor, here) if counter in ("", here) else None
    except PosError:
        return None
    return day_float(closed, open_now, since)
