"""Is the database there, and what is in it: what the old /health endpoints reported."""

from __future__ import annotations

import logging

from pos_app.data.migrate import current_revision, head_revision
from pos_app.domain.errors import PosError
from pos_app.services.base import Service
from pos_app.services.permissions import Op, authorize
from pos_app.services.records import Actor, Health

log = logging.getLogger(__name__)


class HealthService(Service):
    def ping(self) -> None:
        """Raise DatabaseUnavailableError unless the database answers. Needs no sign-in:
        it tells nothing about the data."""
        self._db.ping()

    def check(self, actor: Actor | None) -> Health:
        """Never raises for an unreachable database: the report says what went wrong."""
        authorize(actor, Op.HEALTH)
        head = head_revision()
        missing = self._db.missing_file()
        if missing:
            return Health(False, self._db.backend, self._db.location, None, head, error=missing)
        try:
            revision = current_revision(self._db)
            customers, products, sales = self._db.read(lambda tx: tx.reports.counts())
        except PosError as exc:
            return Health(False, self._db.backend, self._db.location, None, head, error=exc.message)
        except Exception as exc:  # the report itself must come back, whatever the driver says
            log.warning("health check failed: %s", exc)
            return Health(
                False,
                self._db.backend,
                self._db.location,
                None,
                head,
                error=f"The database at {self._db.location} cannot be reached "
                f"({type(exc).__name__})",
            )
        ok = revision == head
        return Health(
            ok,
            self._db.backend,
            self._db.location,
            revision,
            head,
            customers=customers,
            products=products,
            sales=sales,
            error=None if ok else f"Schema {revision} is not the program's {head}",
        )
