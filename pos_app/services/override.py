"""Manager override: an action a cashier may not do alone, authorised on the spot by a
manager typing their own credentials. Both identities are recorded by the caller."""

from __future__ import annotations

from pos_app.data.database import Database
from pos_app.domain.errors import PermissionDeniedError, ValidationError
from pos_app.services.auth import AuthService
from pos_app.services.passwords import PasswordHasher
from pos_app.services.permissions import Op, allowed, authorize
from pos_app.services.records import Actor, ManagerOverride


def authorize_with_override(
    db: Database,
    hasher: PasswordHasher,
    actor: Actor | None,
    op: Op,
    override: ManagerOverride | None,
    *,
    baseline: Op = Op.SALE_CHECKOUT,
) -> tuple[Actor, Actor]:
    """(actor, authoriser) for ``op``: the actor alone when their role may; otherwise the
    actor must at least be allowed ``baseline`` and ``override`` must be the credentials
    of someone whose role may do ``op``."""
    if actor is not None and allowed(actor.role, op):
        return actor, actor
    checked = authorize(actor, baseline)
    if override is None:
        raise PermissionDeniedError("A manager must authorise this")
    if not isinstance(override, ManagerOverride):
        raise ValidationError("The manager's authorisation is not readable", "override")
    signer = AuthService(db, hasher).sign_in(override.username, override.password, checked.counter)
    if not allowed(signer.role, op):
        raise PermissionDeniedError(
            f"{signer.username} is not a manager; a manager must authorise this"
        )
    return checked, signer
