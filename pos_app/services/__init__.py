"""The service layer: the only door to the data, for the desktop app and pos-admin alike.

Every call takes the acting ``Actor`` and checks its role inside (deny by default), opens
one transaction, and returns frozen records from ``records``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

if (
    TYPE_CHECKING
):  # importing the services pulls in SQLAlchemy; the UI's start-up waits for none of it
    from pos_app.data.database import Database
    from pos_app.services.audit import AuditService
    from pos_app.services.auth import AuthService
    from pos_app.services.changes import ChangeService
    from pos_app.services.customers import CustomerService, WalletService
    from pos_app.services.demo import DemoDataService
    from pos_app.services.drafts import CartDraftService
    from pos_app.services.end_of_day import EndOfDayService
    from pos_app.services.health import HealthService
    from pos_app.services.inventory import InventoryService
    from pos_app.services.offline import OfflineSalesService
    from pos_app.services.offline_conflicts import OfflineConflictService
    from pos_app.services.outbox_transfer import OutboxTransferService
    from pos_app.services.parked_carts import ParkedCartService
    from pos_app.services.passwords import PasswordHasher
    from pos_app.services.promotions import PromotionService
    from pos_app.services.receipt_queue import ReceiptQueueService
    from pos_app.services.refunds import RefundService
    from pos_app.services.reviews import ReviewService
    from pos_app.services.sales import SalesService
    from pos_app.services.shifts import ShiftService
    from pos_app.services.staff import StaffService
    from pos_app.services.taxes import TaxService

DEFAULT_BCRYPT_COST = 12


@dataclass(frozen=True)
class Services:
    auth: AuthService
    customers: CustomerService
    wallets: WalletService
    inventory: InventoryService
    sales: SalesService
    reviews: ReviewService
    staff: StaffService
    health: HealthService
    demo: DemoDataService
    refunds: RefundService
    end_of_day: EndOfDayService
    #: Shifts, the drawer's cash movements, voids (issue 13).
    shifts: ShiftService
    parked: ParkedCartService
    audit: AuditService
    #: Tax rates and the store's pricing settings.
    taxes: TaxService
    #: Dated promotions the counters apply on their own.
    promotions: PromotionService
    #: The cart on screen, in this computer's own counter file.
    drafts: CartDraftService
    #: The receipts not printed yet at this counter, in the same file.
    receipt_queue: ReceiptQueueService
    #: What committed writes changed, for screens that show it.
    changes: ChangeService
    #: Sales made while the server is unreachable, in the same file, and their sync.
    offline: OfflineSalesService
    #: Flagged offline sales and conflicts, for managers to resolve (the Conflicts view).
    conflicts: OfflineConflictService
    #: The last resort: an outbox exported to a file, imported at another counter.
    outbox_transfer: OutboxTransferService


#: The counter's own file, beside the app's data (see pos_app.data.counter_file).
COUNTER_FILE = "counter.sqlite"


def build_services(
    db: Database,
    *,
    bcrypt_cost: int | None = None,
    counter_file: Path | None = None,
    hasher: PasswordHasher | None = None,
) -> Services:
    """Every service on ``db``. ``hasher`` (else one at ``bcrypt_cost``, else at the cost
    the environment sets: ``passwords.configured_cost``) hashes and checks the staff's
    passwords."""
    # Imported here, not at the top, so that importing pos_app.services (the records, the
    # permission matrix) stays cheap for the desktop app's start-up.
    from pos_app.data.counter_file import CounterFile  # noqa: PLC0415
    from pos_app.services.audit import AuditService  # noqa: PLC0415
    from pos_app.services.auth import AuthService  # noqa: PLC0415
    from pos_app.services.changes import ChangeService  # noqa: PLC0415
    from pos_app.services.customers import CustomerService, WalletService  # noqa: PLC0415
    from pos_app.services.demo import DemoDataService  # noqa: PLC0415
    from pos_app.services.drafts import CartDraftService  # noqa: PLC0415
    from pos_app.services.end_of_day import EndOfDayService  # noqa: PLC0415
    from pos_app.services.health import HealthService  # noqa: PLC0415
    from pos_app.services.inventory import InventoryService  # noqa: PLC0415
    from pos_app.services.offline import OfflineSalesService  # noqa: PLC0415
    from pos_app.services.offline_conflicts import OfflineConflictService  # noqa: PLC0415
    from pos_app.services.outbox_transfer import OutboxTransferService  # noqa: PLC0415
    from pos_app.services.parked_carts import ParkedCartService  # noqa: PLC0415
    from pos_app.services.passwords import PasswordHasher, configured_cost  # noqa: PLC0415
    from pos_app.services.promotions import PromotionService  # noqa: PLC0415
    from pos_app.services.receipt_queue import ReceiptQueueService  # noqa: PLC0415
    from pos_app.services.refunds import RefundService  # noqa: PLC0415
    from pos_app.services.reviews import ReviewService  # noqa: PLC0415
    from pos_app.services.sales import SalesService  # noqa: PLC0415
    from pos_app.services.shifts import ShiftService  # noqa: PLC0415
    from pos_app.services.staff import StaffService  # noqa: PLC0415
    from pos_app.services.taxes import TaxService  # noqa: PLC0415
    from pos_app.settings import data_dir  # noqa: PLC0415

    hasher = hasher or PasswordHasher(bcrypt_cost or configured_cost())
    database_services = (
        AuditService, AuthService, CustomerService, DemoDataService, EndOfDayService,
        HealthService, InventoryService, ParkedCartService, PromotionService, RefundService,
        ReviewService, SalesService, ShiftService, StaffService, TaxService, WalletService,
    )  # fmt: skip
    by_name: dict[str, Any] = {service.__name__: service for service in database_services}
    own_file = CounterFile(counter_file or data_dir() / COUNTER_FILE)
    # Each field of Services names its class (the annotations are strings here).
    return Services(
        **{f.name: by_name[f.type](db, hasher) for f in fields(Services) if f.type in by_name},
        drafts=CartDraftService(own_file),
        receipt_queue=ReceiptQueueService(own_file),
        changes=ChangeService(db),
        offline=OfflineSalesService(db, own_file, hasher),
        conflicts=OfflineConflictService(db, hasher, own_file),
        outbox_transfer=OutboxTransferService(own_file),
    )
