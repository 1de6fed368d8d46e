"""Manager override: an action a cashier may not do alone, authorised on the spot by a
manager typing their own credentials. Both identities are recorded by the caller.

Online the credentials are checked by the server (``AuthService.confirm``: a sign-in that
keeps no session); offline,
against the verifier this counter keeps of a manager who signed in here
(``pos_app.services.offline_overrides``). Either way the rule is this module's one
``with_signer``: who needs an override, and that the signer's role may do the act."""

from __future__ import annotations

from collections.abc import Callable

from pos_app.data.database import Database
from pos_app.domain.errors import PermissionDeniedError, ValidationError
from pos_app.services.auth import AuthService
from pos_app.services.passwords import PasswordHasher
from pos_app.services.permissions import Op, allowed, authorize
from pos_app.services.records import Actor, ManagerOverride

NEEDS_MANAGER = "A manager must authorise this"
NOT_A_MANAGER = "{name} is not a manager; a manager must authorise this"


def with_signer(
    actor: Actor | None,
    op: Op,
    override: ManagerOverride | None,
    sign: Callable[[ManagerOverride, Actor], Actor],
    *,
    baseline: Op = Op.SALE_CHECKOUT,
) -> tuple[Actor, Actor]:
    """(actor, authoriser) for ``op``: the actor alone when their role may; otherwise the
    actor must at least be allowed ``baseline`` and ``sign(override, actor)`` must name
    someone whose role may do ``op`` (it raises for wrong credentials)."""
    if actor is not None and allowed(actor.role, op):
        return actor, actor
    checked = authorize(actor, baseline)
    if override is None:
        raise PermissionDeniedError(NEEDS_MANAGER)
    if not isinstance(override, ManagerOverride):
        raise ValidationError("The manager's authorisation is not readable", "override")
    signer = sign(override, checked)
    if not allowed(signer.role, op):
        raise PermissionDeniedError.said(NOT_A_MANAGER, name=signer.username)
    return checked, signer


def authorize_with_override(
    db: Database,
    hasher: PasswordHasher,
    actor: Actor | None,
    op: Op,
    override: ManagerOverride | None,
    *,
    baseline: Op = Op.SALE_CHECKOUT,
) -> tuple[Actor, Actor]:
    """``with_signer`` with the credentials checked by the server (a sign-in, audited).
    On PostgreSQL the server also grants ``op`` to the acting person's session for the
    write that follows (``AuthService.authorise``): the one place a service's override
    reaches the server."""

    def sign(given: ManagerOverride, checked: Actor) -> Actor:
        auth = AuthService(db, hasher)
        return auth.authorise(given.username, given.password, checked.counter, op.value)

    return with_signer(actor, op, override, sign, baseline=baseline)
