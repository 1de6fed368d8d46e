"""Reviews (managers): the moderation queue. Approve, flag or send a review back to
needs approval from the keyboard, one review after the other."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
)

from pos_app.domain.enums import ReviewStatus
from pos_app.domain.errors import NotFoundError
from pos_app.services.changes import REVIEWS
from pos_app.services.permissions import Op, allowed
from pos_app.services.records import Actor, ModerationResult, Page, Review
from pos_app.ui.context import AppContext
from pos_app.ui.forms import named
from pos_app.ui.i18n import QT_TRANSLATE_NOOP, ltr, translate
from pos_app.ui.stars import stars, stars_spoken
from pos_app.ui.table_model import Column, PagedLoader, RecordTableModel, debounce, display
from pos_app.ui.widgets import press_with, select_row
from pos_app.ui.workspaces.base import Workspace

PAGE_SIZE = 200
FILTER_DELAY_MS = 300
#: How much of a comment the table shows; the detail area below has all of it.
COMMENT_PREVIEW = 60
#: The service refuses longer search texts; the boxes stop typing there instead.
SEARCH_MAX = 100

#: Status filter entries: label, and the statuses the queue is asked for (None: all).
STATUS_FILTERS: list[tuple[str, list[str] | None]] = [
    (QT_TRANSLATE_NOOP("Reviews", "All"), None),
    (QT_TRANSLATE_NOOP("Reviews", "Needs approval"), [ReviewStatus.NEEDS_APPROVAL.value]),
    (QT_TRANSLATE_NOOP("Reviews", "Approved"), [ReviewStatus.APPROVED.value]),
    (QT_TRANSLATE_NOOP("Reviews", "Flagged"), [ReviewStatus.FLAGGED.value]),
]


def preview(comment: str) -> str:
    """One line of a comment, cut with an ellipsis so rows keep one height."""
    line = " ".join(comment.split())
    return line if len(line) <= COMMENT_PREVIEW else line[: COMMENT_PREVIEW - 1] + "…"


REVIEW_COLUMNS: list[Column[Review]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda r: r.product_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_username),
    Column(QT_TRANSLATE_NOOP("Columns", "Rating"), lambda r: stars(r.rating)),
    Column(QT_TRANSLATE_NOOP("Columns", "Comment"), lambda r: preview(r.comment)),
    Column(QT_TRANSLATE_NOOP("Columns", "Created"), lambda r: r.created_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Updated"), lambda r: r.updated_at),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: r.status),
    Column(QT_TRANSLATE_NOOP("Columns", "Moderated by"), lambda r: r.moderated_by),
    Column(QT_TRANSLATE_NOOP("Columns", "Moderated at"), lambda r: r.moderated_at),
]
RATING_COLUMN = 2
COMMENT_COLUMN = 3


class ReviewTableModel(RecordTableModel[Review]):
    """Review rows; the rating also reads in words and the comment in full on hover."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        wordy = role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
        if wordy and index.isValid() and 0 <= index.row() < self.rowCount():
            review = self.record(index.row())
            if index.column() == RATING_COLUMN:
                return stars_spoken(review.rating)
            if index.column() == COMMENT_COLUMN and review.comment:
                return review.comment
            return None
        return super().data(index, role)


def reviews_text(total: int) -> str:
    if total == 1:
        return translate("Reviews", "1 review")
    return translate("Reviews", "{0} reviews").format(total)


@dataclass(frozen=True)
class ModerationAction:
    """One button of the toolbar and its two keyboard paths."""

    status: ReviewStatus
    label: str  #: button text with its Alt mnemonic (Alt+F and Alt+V are the menus)
    key: str  #: plain letter, active while the table has focus
    chord: str  #: works anywhere in the workspace, also while typing in a filter
    name: str  #: object name


ACTIONS = (
    ModerationAction(
        ReviewStatus.APPROVED,
        QT_TRANSLATE_NOOP("Reviews", "&Approve"),
        "A",
        "Ctrl+Shift+A",
        "approveReview",
    ),
    ModerationAction(
        ReviewStatus.FLAGGED,
        QT_TRANSLATE_NOOP("Reviews", "F&lag"),
        "F",
        "Ctrl+Shift+F",
        "flagReview",
    ),
    ModerationAction(
        ReviewStatus.NEEDS_APPROVAL,
        QT_TRANSLATE_NOOP("Reviews", "Back to &needs approval"),
        "N",
        "Ctrl+Shift+N",
        "needsApprovalReview",
    ),
)


class ReviewsWorkspace(Workspace):
    title = "Reviews"
    topics = frozenset({REVIEWS})

    def __init__(self, ctx: AppContext, actor: Actor) -> None:  # noqa: PLR0915 - builds the workspace's widgets, top to bottom
        super().__init__(ctx, actor)
        # Hiding the workspace from cashiers is the main window's job; this only keeps
        # the buttons honest. The service refuses anyway.
        self.can_moderate = allowed(actor.role, Op.REVIEW_MODERATE)

        self.buttons: dict[ReviewStatus, QPushButton] = {}
        for action in ACTIONS:
            text = translate("Reviews", action.label)
            button = named(QPushButton(text), action.name)
            press_with(button, action.chord)
            plain = text.replace("&", "")
            button.setToolTip(
                self.tr("{0} ({1} in the list, or {2})").format(
                    plain, ltr(action.key), ltr(action.chord)
                )
                if self.can_moderate
                else self.tr("Only managers and admins moderate reviews")
            )
            button.clicked.connect(lambda _=False, s=action.status: self.moderate(s))
            self.toolbar.addWidget(button)
            self.buttons[action.status] = button
        self.approve_button = self.buttons[ReviewStatus.APPROVED]
        self.flag_button = self.buttons[ReviewStatus.FLAGGED]
        self.back_button = self.buttons[ReviewStatus.NEEDS_APPROVAL]

        filters = QHBoxLayout()
        self.status_filter = named(QComboBox(), "statusFilter")
        self.status_filter.addItems([translate("Reviews", label) for label, _s in STATUS_FILTERS])
        self.product_filter = named(QLineEdit(), "productFilter")
        self.product_filter.setPlaceholderText(self.tr("Part of the product name"))
        self.customer_filter = named(QLineEdit(), "customerFilter")
        self.customer_filter.setPlaceholderText(self.tr("Part of the username"))
        for label_text, widget in (
            (self.tr("&Status"), self.status_filter),
            (self.tr("&Product"), self.product_filter),
            (self.tr("C&ustomer"), self.customer_filter),
        ):
            label = QLabel(label_text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 0 if widget is self.status_filter else 1)
        for box in (self.product_filter, self.customer_filter):
            box.setMaxLength(SEARCH_MAX)
            box.setClearButtonEnabled(True)
        self.count_label = named(QLabel(), "reviewCount")
        filters.addWidget(self.count_label)
        self.root.addLayout(filters)

        self.model = ReviewTableModel(REVIEW_COLUMNS, self)
        self.loader: PagedLoader[Review] = PagedLoader(
            self.model, ctx.tasks, self.report, PAGE_SIZE
        )
        self.loader.loaded.connect(self._first_page)
        self.loader.refreshed.connect(self._refreshed)
        self.table = named(QTableView(self), "reviewsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.root.addWidget(self.table, 1)
        # Letters work only in the list, so they never fire while typing a filter.
        self.letter_shortcuts: list[QShortcut] = []
        for action in ACTIONS:
            shortcut = QShortcut(QKeySequence(action.key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=action.status: self.moderate(s))
            self.letter_shortcuts.append(shortcut)

        self.detail_title = named(QLabel(), "reviewDetailTitle")
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = named(QPlainTextEdit(), "reviewDetail")
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(120)
        self.root.addWidget(self.detail_title)
        self.root.addWidget(self.detail)
        self.finish_layout()

        self.filter_timer = debounce(self, FILTER_DELAY_MS, self.load)
        self.product_filter.textChanged.connect(lambda _text: self.filter_timer.start())
        self.customer_filter.textChanged.connect(lambda _text: self.filter_timer.start())
        self.status_filter.currentIndexChanged.connect(lambda _row: self.load())
        # Enter in a filter: go to the list and start moderating.
        self.product_filter.returnPressed.connect(self.table.setFocus)
        self.customer_filter.returnPressed.connect(self.table.setFocus)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.setTabOrder(self.status_filter, self.product_filter)
        self.setTabOrder(self.product_filter, self.customer_filter)
        self.setTabOrder(self.customer_filter, self.table)
        self._selection_changed()

    def activated(self) -> None:
        """The cursor starts in the list, where A, F and N moderate: on the status filter
        (first in the tab order) they picked a filter instead (the keyboard trial)."""
        super().activated()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- reading -------------------------------------------------------------------------
    def load(self) -> None:
        self.filter_timer.stop()
        actor = self.actor
        statuses = STATUS_FILTERS[self.status_filter.currentIndex()][1]
        product_text = self.product_filter.text().strip()
        customer_text = self.customer_filter.text().strip()
        reviews = self.ctx.services.reviews

        def fetch(offset: int, limit: int) -> Page[Review]:
            return reviews.queue(
                actor,
                statuses=statuses,
                product_text=product_text,
                customer_text=customer_text,
                offset=offset,
                limit=limit,
            )

        self.loader.reload(fetch)

    def _first_page(self, total: int) -> None:
        self.count_label.setText(reviews_text(total))
        self.table.resizeColumnsToContents()
        if self.model.rowCount():
            select_row(self.table, 0)
        self._selection_changed()

    def _refreshed(self, total: int) -> None:
        self.count_label.setText(reviews_text(total))
        self._selection_changed()  # the review on show may have been moderated elsewhere

    def selected(self) -> Review | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record(index.row())

    def _selection_changed(self, *_: object) -> None:
        review = self.selected()
        self._update_actions(review)
        if review is None:
            self.detail_title.setText(self.tr("Select a review to read it in full."))
            self.detail.clear()
            return
        self.detail_title.setText(
            self.tr("{0} · {1} ({2}) · by {3} · {4}").format(
                review.product_name,
                stars(review.rating),
                stars_spoken(review.rating),
                review.customer_username,
                display(review.status),
            )
        )
        self.detail.setPlainText(review.comment or self.tr("(no comment)"))

    def _update_actions(self, review: Review | None) -> None:
        for status, button in self.buttons.items():
            # The review's own status is no change to make, so its button rests.
            button.setEnabled(
                self.can_moderate and review is not None and review.status is not status
            )

    # -- moderating ----------------------------------------------------------------------
    def moderate(self, status: ReviewStatus) -> None:
        """Give the selected review ``status``. A disabled button means nothing to do, no
        right to do it, or a change still in flight, so a double key press is one change."""
        review = self.selected()
        if review is None or not self.buttons[status].isEnabled():
            return
        actor, review_id = self.actor, review.id
        reviews = self.ctx.services.reviews
        # The review to move on to, named now: a refresh that lands before the answer may
        # re-order the rows (the moderated review leaves "waiting first").
        row = self.table.currentIndex().row() + 1
        following = self.model.record(row).id if row < self.model.rowCount() else None
        self.ctx.tasks.write(
            lambda: reviews.moderate(actor, review_id, status),
            lambda result: self._moderated(result, following),
            self._refused,
            disable=list(self.buttons.values()),
        )

    def _moderated(self, result: ModerationResult, following: int | None = None) -> None:
        review = result.review
        self.model.replace(lambda row: row.id == review.id, review)
        self.say(
            self.tr("{0} by {1}: {2} -> {3}").format(
                review.product_name,
                review.customer_username,
                display(result.old_status),
                display(result.new_status),
            )
        )
        still_there = self.selected()
        # Only move on if the moderator did not pick another row meanwhile.
        if still_there is not None and still_there.id == review.id:
            rows = range(self.model.rowCount())
            row = next((r for r in rows if self.model.record(r).id == following), None)
            if row is not None:
                select_row(self.table, row)
        self._selection_changed()

    def _refused(self, exc: Exception) -> None:
        self.report(exc)
        self._selection_changed()
        if isinstance(exc, NotFoundError):
            # Its author deleted it meanwhile: the list is out of date.
            self.loader.refresh()
