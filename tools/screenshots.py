"""`make screenshots`: demo data in a temporary database, then a PNG of every workspace
and the main dialogs under docs/screenshots/, the main window at 1366 x 768 (the screen
the keyboard tests drive), Checkout, a receipt and the Z report in Arabic too. Run
offscreen.

`python -m tools.screenshots --language fr --out /tmp/fr` renders every shot in French
(or Arabic: ``ar``) into another folder, to look a translation over screen by screen
without touching the committed pictures."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import text, update

from pos_app.app import RESOURCES
from pos_app.data import models
from pos_app.data.database import Database
from pos_app.data.migrate import upgrade_to_head
from pos_app.domain.enums import PromotionKind, Role
from pos_app.services import Services, build_services
from pos_app.services.demo import DEMO_WALLET_PIN
from pos_app.services.records import (
    AccountId,
    Actor,
    CartLine,
    CheckoutRequest,
    DiscountRequest,
)
from pos_app.ui.checkout.end_of_day_dialog import EndOfDayDialog
from pos_app.ui.checkout.payment_dialog import PaymentDialog
from pos_app.ui.context import AppContext, AppSettings
from pos_app.ui.errors import ErrorPresenter
from pos_app.ui.i18n import LANGUAGES, install_language
from pos_app.ui.main_window import MainWindow
from pos_app.ui.money_format import use_store_currency
from pos_app.ui.settings_dialog import SettingsDialog
from pos_app.ui.sign_in import FirstAdminDialog, SignInDialog
from pos_app.ui.tasks import TaskRunner
from pos_app.ui.workspaces.checkout import CheckoutWorkspace
from pos_app.ui.workspaces.sales import SalesWorkspace
from tools.receipt_picture import render as render_receipt

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
#: The main window's size in every shot: the smallest screen a counter is expected to have.
SCREEN = (1366, 768)
_out = [OUT]


def settle(ctx: AppContext, msecs: int = 400) -> None:
    """Let queued work finish and the widgets repaint."""
    for _ in range(50):
        ctx.tasks.wait(10_000)
        loop = QEventLoop()
        QTimer.singleShot(msecs // 4, loop.quit)
        loop.exec()
        if not ctx.tasks.busy():
            break
    QCoreApplication.processEvents()


def save(widget: QWidget, name: str) -> Path:
    path = _out[0] / f"{name}.png"
    widget.grab().save(str(path))
    print(f"saved {path}")
    return path


def seed(services: Services) -> tuple[Actor, Actor]:
    member = services.auth.create_first_admin("owner", "owner-pass-1", "Store Owner")
    admin = Actor(member.id, member.username, Role.ADMIN, member.name)
    services.demo.generate(admin, products=400, customers=40, sales=250, reviews=80, seed=7)
    pricing(services, admin)
    customer = services.customers.get_by_username(admin, "johndoe")
    return admin, Actor(AccountId(customer.id), customer.username, Role.CUSTOMER, customer.name)


def pricing(services: Services, admin: Actor) -> None:
    """VAT included in the prices (food at a reduced rate) and a promotion on a shirt the
    checkout shots ring up twice, so the cart, the receipt and the Z report show them."""
    vat = services.taxes.add_rate(admin, "VAT", "20")
    reduced = services.taxes.add_rate(admin, "Reduced", "5.5")
    services.taxes.update_settings(
        admin, {"default_tax_rate_id": vat.id, "tax_number": "FR 40 123456789"}
    )
    services.taxes.set_category_rate(admin, "food", reduced.id)
    (shirt,) = services.inventory.search(admin, barcode="2000000000005").items
    now = datetime.now(UTC)
    services.promotions.add(
        admin,
        name="2 for 150.00",
        kind=PromotionKind.MULTI_BUY,
        starts_at=now - timedelta(days=1),
        ends_at=now + timedelta(days=30),
        product_ids=(shirt.id,),
        quantity=2,
        price="150.00",
    )


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0915 - every screen shot in turn
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help="comma-separated screenshot names to make")
    parser.add_argument(
        "--language", choices=sorted(LANGUAGES), default="en", help="the screens' language"
    )
    parser.add_argument("--out", type=Path, default=OUT, help=f"the folder (default {OUT})")
    parser.add_argument(
        "--currency", default="USD", help="the demo store's currency, with cents (USD, EUR, ...)"
    )
    args = parser.parse_args(argv)
    wanted = set(args.only.split(",")) if args.only else None
    _out[0] = args.out
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    language = install_language(args.language)
    app.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'demo.db'}")
        upgrade_to_head(db)
        services = build_services(db, bcrypt_cost=10)
        admin, customer = seed(services)
        # Amounts in the store's currency, as the app shows them once someone signs in.
        services.taxes.update_settings(admin, {"currency": args.currency.upper()})
        use_store_currency(services.taxes.currency(admin))
        settings = AppSettings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        settings.save(
            store_name="Corner Store", counter_name="Counter 1", store_address="12 Market Street"
        )
        ctx = AppContext(services, TaskRunner(), ErrorPresenter(None), settings, "demo.db")

        shots: dict[str, Callable[[], None]] = {}

        def window_shots() -> None:
            window = MainWindow(ctx, admin)
            window.resize(*SCREEN)
            window.show()
            for name in window.workspace_names():
                slug = "workspace-" + name.lower().replace(" ", "-")
                if wanted and slug not in wanted:
                    continue
                workspace = window.show_workspace(name)
                settle(ctx)
                select_first_row(workspace)
                settle(ctx)
                save(window, slug)
            window.close()

        def self_service_shot() -> None:
            window = MainWindow(ctx, customer)
            window.resize(*SCREEN)
            window.show()
            settle(ctx)
            save(window, "workspace-my-account")
            window.close()

        def dialog_shots() -> None:
            for slug, make in (
                ("dialog-sign-in", lambda: SignInDialog(ctx)),
                ("dialog-first-run", lambda: FirstAdminDialog(ctx)),
                ("dialog-settings", lambda: SettingsDialog(ctx, admin)),
            ):
                if wanted and slug not in wanted:
                    continue
                dialog: QDialog = make()
                dialog.show()
                settle(ctx, 100)
                save(dialog, slug)
                dialog.close()

        def checkout_shots() -> None:
            settings.save(customer_display=True)  # the customer's window beside the till
            window = MainWindow(ctx, admin)
            window.resize(*SCREEN)
            window.show()
            screen = window.show_workspace("Checkout")
            assert isinstance(screen, CheckoutWorkspace)
            for n in (3, 5, 8, 5, 13):
                screen.entry.setText(f"200{n:010d}")
                screen.submit_entry()
                settle(ctx, 100)
            screen.customer_entry.setText("johndoe")
            screen.find_customer()
            settle(ctx, 100)
            save(window, "checkout-cart")
            screen.pay()
            settle(ctx, 100)
            payment = next(d for d in screen.findChildren(PaymentDialog) if d.isVisible())
            payment.split.setChecked(True)
            payment.wallet_amount.setText("20.00")
            payment.tendered.setText("500.00")
            save(payment, "dialog-payment")
            customer_display_shot(screen)
            payment.confirm()  # a wallet part: the customer's PIN is asked (issue 16)
            settle(ctx, 100)
            consent = payment.consent_dialog
            assert consent is not None
            consent.field.setText(DEMO_WALLET_PIN)
            consent._confirm()
            settle(ctx)
            save(window, "checkout-completed")
            receipt = screen.show_receipt()
            assert receipt is not None
            settle(ctx, 100)
            save(receipt, "dialog-receipt")
            receipt.close()
            z_report = EndOfDayDialog(ctx, admin, window)
            z_report.opening.setText("150.00")
            z_report.show()
            z_report.preview()
            settle(ctx)
            save(z_report, "dialog-z-report")
            z_report.close()
            window.close()
            settings.save(customer_display=False)

        def arabic_checkout_shot() -> None:
            """Checkout, the sale's receipt and the Z report in Arabic (issue 17): laid out
            right to left, the figures as in English."""
            arabic = {"checkout-ar", "dialog-receipt-ar", "dialog-z-report-ar"}
            if (wanted and not arabic & wanted) or language != "en":
                return
            install_language("ar")
            try:
                window = MainWindow(ctx, admin)
                window.resize(*SCREEN)
                window.show()
                screen = window.show_workspace("Checkout")
                assert isinstance(screen, CheckoutWorkspace)
                for n in (3, 5, 8):
                    screen.entry.setText(f"200{n:010d}")
                    screen.submit_entry()
                    settle(ctx, 100)
                settle(ctx)
                save(window, "checkout-ar")
                screen.pay()
                settle(ctx, 100)
                payment = next(d for d in screen.findChildren(PaymentDialog) if d.isVisible())
                payment.tendered.setText("500.00")
                payment.confirm()
                settle(ctx)
                receipt = screen.show_receipt()
                assert receipt is not None
                settle(ctx, 100)
                save(receipt, "dialog-receipt-ar")
                receipt.close()
                z_report = EndOfDayDialog(ctx, admin, window)
                z_report.opening.setText("150.00")
                z_report.show()
                z_report.preview()
                settle(ctx)
                save(z_report, "dialog-z-report-ar")
                z_report.close()
                window.close()
            finally:
                install_language(language)

        shots["checkout"] = checkout_shots
        shots["checkout-ar"] = arabic_checkout_shot
        shots["workspaces"] = window_shots
        shots["self-service"] = self_service_shot
        shots["dialogs"] = dialog_shots
        shots["sales-reports"] = lambda: sales_reports_shot(ctx, db, admin, wanted)
        for make_shots in shots.values():
            make_shots()
        ctx.tasks.wait()
        db.dispose()
    if not wanted or "receipt-80mm" in wanted:  # the README's photo of a thermal receipt
        print(f"saved {render_receipt(args.out / 'receipt-80mm.png')}")
    return 0


def spread_over_the_week(services: Services, db: Database, admin: Actor) -> None:
    """The demo's sales, all rung up now and before there were taxes, become a few a day
    early in the week (the rest a month back); the last three days get VAT sales with
    discounts and the shirt's promotion. So the Reports chart shows days of both kinds."""
    today = datetime.now().astimezone().date()

    def move(ids: Sequence[int], day_back: int, minute: int = 0) -> None:
        when = datetime.combine(today - timedelta(days=day_back), time(10)).astimezone()
        backdate(
            db, {sale_id: when + timedelta(minutes=minute + 7 * n) for n, sale_id in enumerate(ids)}
        )

    demo = [s.id for s in services.sales.history(admin, limit=500).items if not s.tax]
    for n, sale_id in enumerate(demo):
        move([sale_id], 3 + n % 4 if n % 10 == 0 else 30 + n % 20, n)
    products = [
        services.inventory.search(admin, barcode=f"200{n:010d}").items[0].id for n in (3, 5, 8)
    ]
    for product_id in products:
        services.inventory.restock(admin, product_id, 50, "Delivery")
    for day_back in (2, 1, 0):
        rung = []
        for n in range(4 + day_back):
            lines = (
                CartLine(products[0], 1 + n % 2),
                CartLine(products[1], 2),  # the shirt: 2 for 150.00
                CartLine(
                    products[2],
                    1,
                    discount=DiscountRequest("Scuffed", percent=Decimal(10)) if n % 2 else None,
                ),
            )
            request = CheckoutRequest(
                str(uuid.uuid4()),
                lines,
                discount=DiscountRequest("Regular", amount=Decimal("2.00")) if n == 1 else None,
            )
            rung.append(services.sales.checkout(admin, request).id)
        if day_back:
            move(rung, day_back)


def backdate(db: Database, moments: dict[int, datetime]) -> None:
    """Give each sale its moment. Sales are append-only (migration 0014): the demo file's
    triggers on ``sales`` are dropped and made again around the UPDATE, in one transaction,
    as only whoever holds the SQLite file can (tests/backdating.py does the same)."""
    with db.engine.begin() as connection:
        found = connection.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sales'"
            )
        )
        triggers = [(str(name), str(sql)) for name, sql in found]
        for name, _ in triggers:
            connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
        for sale_id, moment in moments.items():
            connection.execute(
                update(models.Sale).where(models.Sale.id == sale_id).values(created_at=moment)
            )
        for _, sql in triggers:
            connection.exec_driver_sql(sql)


def sales_reports_shot(
    ctx: AppContext, db: Database, admin: Actor, wanted: set[str] | None
) -> None:
    """The Sales workspace's Reports tab on a 1366 x 768 screen."""
    if wanted and "workspace-sales-reports" not in wanted:
        return
    spread_over_the_week(ctx.services, db, admin)
    window = MainWindow(ctx, admin)
    window.resize(*SCREEN)
    window.show()
    workspace = window.show_workspace("Sales")
    assert isinstance(workspace, SalesWorkspace)
    workspace.tabs.setCurrentIndex(1)
    settle(ctx)
    save(window, "workspace-sales-reports")
    window.close()


def customer_display_shot(screen: CheckoutWorkspace) -> None:
    """The customer display while the cashier types the cash, on a 1024 x 600 screen."""
    display = screen.customer_display.window
    if display is None:
        return
    display.resize(1024, 600)
    QCoreApplication.processEvents()
    save(display, "customer-display")


def select_first_row(workspace: QWidget) -> None:
    """Select the first row of the workspace's main table, so detail panels show."""
    table = getattr(workspace, "table", None)
    if table is not None and table.model() is not None and table.model().rowCount() > 0:
        table.selectRow(0)


if __name__ == "__main__":
    sys.exit(main())
