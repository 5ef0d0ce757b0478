"""The open article's claims: the table, its filters, and columns that always fit.

The table's columns are sized here, not by ``ResizeToContents``: a long correction
(``2,215.5 亿元 → 2,251.5 亿元``) would otherwise push the state off screen and squeeze
the metric to "…". Each column has a least and a largest width; what is left over goes
to the metric, and a cell too narrow for its text shows the rest in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.store import Link, StoredClaim
from annotator.ui import theme
from annotator.ui.claims_model import COLUMNS, ClaimRole, ClaimsFilter, ClaimsModel

SIZE_SAMPLE = 40  # rows measured to fit a column: all 2,000 cost 100 ms a change
# (least, largest) width per column, in widths of one Chinese character; None: its content
WIDTHS = {"text": (4, 8), "value": (5, 15), "qualifier": (None, None), "kind": (None, None), "metric": (4, 10_000),
          "period": (4, 7), "state": (None, None), "links": (None, None)}
GIVE_WAY = ("metric", "period", "value", "text")  # who shrinks first when room is short


class ClaimsPanel(QWidget):
    currentClaimChanged = Signal(object)  # the StoredClaim now current, or None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ClaimsModel(self)
        self.proxy = ClaimsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("claims")
        self.table.setModel(self.proxy)
        # Text order (the source's) until the editor clicks a header: sorting 2,000 rows
        # through Python on every filter change would cost more than the filter.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(SIZE_SAMPLE)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.viewport().installEventFilter(self)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.dataChanged):
            signal.connect(self.fit_columns)
        self._build_filters()

    def _build_filters(self) -> None:
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.addItem(self.tr("All states"), None)
        for state in theme.LOOKS:
            self.state_filter.addItem(theme.state_name(state), state)
        self.state_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_state(self.state_filter.currentData()))
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in ("amount", "change", "share", "rank"):
            self.kind_filter.addItem(theme.kind_name(kind), kind)
        self.kind_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_kind(self.kind_filter.currentData()))
        self.text_filter = QLineEdit(self)
        self.text_filter.setObjectName("claimFilter")
        self.text_filter.setPlaceholderText(self.tr("Filter claims"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self.proxy.set_text)
        bar = QHBoxLayout()
        bar.addWidget(self.state_filter)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.text_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def show_claims(self, claims: list[StoredClaim], links: list[Link]) -> None:
        """An article's claims, with the conflicts and link counts its links give them. A
        suggestion the editor has not accepted is no link: it changes no claim's state and
        is counted apart, as suggestions to review."""
        accepted = [link for link in links if link.state == "accepted"]
        conflicted = {m for link in accepted if link.relation in ("conflict", "inconsistent")
                      for m in link.members}
        self.model.set_claims(claims, conflicted, _per_member(accepted),
                              _per_member(k for k in links if k.state == "suggested"))

    # --- what is current -------------------------------------------------------------

    def current(self) -> StoredClaim | None:
        index = self.table.currentIndex()
        return index.data(ClaimRole) if index.isValid() else None

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def rows(self) -> int:
        return self.proxy.rowCount()

    def claim_in_row(self, row: int) -> StoredClaim:
        return self.proxy.index(row, 0).data(ClaimRole)

    def select(self, claim_id: int, scroll: bool = True) -> bool:
        """Make the claim current (clearing a state filter that hides it); False if it is
        not one of the article's claims."""
        row = self.model.row_of(claim_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():  # filtered out: show it anyway
            self.state_filter.setCurrentIndex(0)
            self.kind_filter.setCurrentIndex(0)
            self.text_filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self._make_current(index, scroll)
        return True

    def select_row(self, row: int, scroll: bool = True) -> None:
        """The row ``row`` of the table as filtered and sorted, kept within the rows."""
        rows = self.rows()
        if rows:
            self._make_current(self.proxy.index(min(max(row, 0), rows - 1), 0), scroll)
        else:
            self.currentClaimChanged.emit(None)

    def _make_current(self, index: QModelIndex, scroll: bool) -> None:
        if index == self.table.currentIndex():
            self.currentClaimChanged.emit(index.data(ClaimRole))  # its content may be new
        else:
            self.table.setCurrentIndex(index)
        if scroll:
            self.table.scrollTo(index)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.currentClaimChanged.emit(current.data(ClaimRole) if current.isValid() else None)

    # --- columns ---------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def fit_columns(self) -> None:
        """Share the table's width out: every column at least its least width, the state
        and the link count always whole, the metric taking what is left."""
        header = self.table.horizontalHeader()
        em = self.table.fontMetrics().horizontalAdvance("国")
        pad = em  # a cell's margins, with room to spare
        widths, least = {}, {}
        for column, name in enumerate(COLUMNS):
            content = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            low, high = WIDTHS[name]
            least[name] = content if low is None else low * em + pad
            widths[name] = content if high is None else min(max(content, least[name]), high * em + pad)
        room = self.table.viewport().width()
        short = sum(widths.values()) - room
        for name in GIVE_WAY:
            if short <= 0:
                break
            give = min(short, widths[name] - least[name])
            widths[name] -= give
            short -= give
        widths["metric"] += max(-short, 0)
        for column, name in enumerate(COLUMNS):
            if header.sectionSize(column) != widths[name]:
                header.resizeSection(column, widths[name])


def _per_member(links) -> dict[int, int]:
    counts: dict[int, int] = {}
    for link in links:
        for member in link.members:
            counts[member] = counts.get(member, 0) + 1
    return counts
