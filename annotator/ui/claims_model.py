"""The claims table: a model over one article's stored claims, and its filter.

Rows are ``StoredClaim`` records; ``data`` checks the role first and returns early,
since a visible cell is asked for about seven roles on every paint.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from annotator.formatting import format_value
from annotator.store import StoredClaim
from annotator.ui import theme

# qualifier: 近1400家 is "nearly" 1400, never a bare 1,400 家
COLUMNS = ("text", "value", "qualifier", "kind", "metric", "period", "state", "links")
ClaimRole = Qt.ItemDataRole.UserRole + 1   # the StoredClaim of a row
StateRole = Qt.ItemDataRole.UserRole + 2   # its shown state (conflict outranks status)
SortRole = Qt.ItemDataRole.UserRole + 3
PENDING_MARK = "?"  # in the links column: the finder suggests a link, not yet reviewed


class ClaimsModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[StoredClaim] = []
        self._conflicted: set[int] = set()
        self._links: dict[int, int] = {}
        self._pending: dict[int, int] = {}  # suggestions not yet reviewed, per claim
        self._row_of: dict[int, int] = {}

    # --- filling ----------------------------------------------------------------------

    def set_claims(self, claims: list[StoredClaim], conflicted: set[int],
                   link_counts: dict[int, int], pending: dict[int, int] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(claims)
        self._conflicted, self._links = set(conflicted), dict(link_counts)
        self._pending = dict(pending or {})
        self._row_of = {c.id: i for i, c in enumerate(self._rows)}
        self.endResetModel()

    def replace(self, claim: StoredClaim) -> None:
        """One claim changed in place (a decision, a note): redraw just its row."""
        row = self._row_of.get(claim.id)
        if row is not None:
            self._rows[row] = claim
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def claim_at(self, row: int) -> StoredClaim:
        return self._rows[row]

    def row_of(self, claim_id: int) -> int | None:
        return self._row_of.get(claim_id)

    def claims(self) -> list[StoredClaim]:
        return list(self._rows)

    def state_of(self, claim: StoredClaim) -> str:
        return theme.shown_state(claim.status, claim.id in self._conflicted)

    # --- the model contract -----------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.BackgroundRole, ClaimRole, StateRole, SortRole):
            return None
        if not index.isValid():
            return None
        claim = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ClaimRole:
            return claim
        if role == StateRole:
            return self.state_of(claim)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(theme.look(self.state_of(claim)).background) if column == "state" else None
        if role == SortRole:
            return self._sort_key(claim, column)
        text = self._display(claim, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "links" and self._pending.get(claim.id):
            return self.tr("%n suggestion(s) to review", "", self._pending[claim.id])
        if role == Qt.ItemDataRole.ToolTipRole:
            # the whole text where a narrow column cuts it short
            return claim.note or (text if column in ("text", "value", "metric", "period") else None)
        return text

    def _display(self, claim: StoredClaim, column: str) -> str:
        if column == "text":
            return claim.text
        if column == "value":
            shown = format_value(claim.value, claim.unit, claim.kind, claim.value_high,
                                 claim.qualifier)
            fix = claim.correction
            if fix is not None:
                shown += " → " + format_value(fix.value, fix.unit, claim.kind,
                                              qualifier=fix.qualifier)
            return shown
        if column == "qualifier":
            return theme.qualifier_name(claim.qualifier if claim.qualifier != "exact" else None)
        if column == "kind":
            return theme.kind_name(claim.kind)
        if column == "metric":
            return claim.metric or ""
        if column == "period":
            return claim.period or ""
        if column == "state":
            return theme.state_name(self.state_of(claim))
        count = self._links.get(claim.id, 0)
        # a suggestion to review has its own mark, apart from the links the editor made
        mark = PENDING_MARK if self._pending.get(claim.id) else ""
        return f"{count or ''}{mark}"

    def _sort_key(self, claim: StoredClaim, column: str):
        if column == "text":
            return claim.start
        if column == "value":
            return claim.value if claim.value is not None else float("-inf")
        if column == "links":
            return self._links.get(claim.id, 0)
        return self._display(claim, column)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        names = (self.tr("Claim"), self.tr("Value"), self.tr("Qualifier"), self.tr("Kind"), self.tr("Metric"),
                 self.tr("Period"), self.tr("State"), self.tr("Links"))
        return names[section]


class ClaimsFilter(QSortFilterProxyModel):
    """Filter by shown state, kind and a text that may occur in the claim or its context."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._state: str | None = None
        self._kind: str | None = None
        self._text = ""
        self.setSortRole(SortRole)

    def set_state(self, state: str | None) -> None:
        self._change(_state=state or None)

    def set_kind(self, kind: str | None) -> None:
        self._change(_kind=kind or None)

    def set_text(self, text: str) -> None:
        self._change(_text=text.strip())

    def _change(self, **criteria) -> None:
        self.beginFilterChange()
        for name, value in criteria.items():
            setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = cast(ClaimsModel, self.sourceModel())  # the one source this proxy is given
        claim = model.claim_at(source_row)
        if self._state and model.state_of(claim) != self._state:
            return False
        if self._kind and claim.kind != self._kind:
            return False
        if self._text:
            haystack = " ".join(x for x in (claim.text, claim.metric, claim.entity, claim.period,
                                             claim.note) if x)
            return self._text in haystack
        return True
