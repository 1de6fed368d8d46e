"""The service layer: the only door to the data, for the desktop app and pos-admin alike.

Every call takes the acting ``Actor`` and checks its role inside (deny by default), opens
one transaction, and returns frozen records from ``records``.
"""

from __future__ import annotations

from dataclasses import dataclass

from pos_app.data.database import Database
from pos_app.services.audit import AuditService
from pos_app.services.auth import AuthService
from pos_app.services.customers import CustomerService, WalletService
from pos_app.services.demo import DemoDataService
from pos_app.services.end_of_day import EndOfDayService
from pos_app.services.health import HealthService
from pos_app.services.inventory import InventoryService
from pos_app.services.parking import ParkedCartService
from pos_app.services.passwords import DEFAULT_COST, PasswordHasher
from pos_app.services.returns import RefundService
from pos_app.services.reviews import ReviewService
from pos_app.services.sales import SalesService
from pos_app.services.staff import StaffService


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
    parked: ParkedCartService
    audit: AuditService


def build_services(db: Database, *, bcrypt_cost: int = DEFAULT_COST) -> Services:
    hasher = PasswordHasher(bcrypt_cost)
    return Services(
        auth=AuthService(db, hasher),
        customers=CustomerService(db, hasher),
        wallets=WalletService(db, hasher),
        inventory=InventoryService(db, hasher),
        sales=SalesService(db, hasher),
        reviews=ReviewService(db, hasher),
        staff=StaffService(db, hasher),
        health=HealthService(db, hasher),
        demo=DemoDataService(db, hasher),
        refunds=RefundService(db, hasher),
        end_of_day=EndOfDayService(db, hasher),
        parked=ParkedCartService(db, hasher),
        audit=AuditService(db, hasher),
    )
