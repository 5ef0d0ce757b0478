"""The finder's suggestions for review, worst first, with the two claims side by side.

Conflicts and arithmetic come first; repeated figures (``same``) wait in a group of their
own, shown on request. ``Y`` accepts and ``N`` dismisses the selected suggestion while the
panel has focus; both are links in the store, recorded in the history like every other
decision.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.linking import Suggestion
from annotator.store import Link, NotFoundError
from annotator.ui.article_view import ArticleView
from annotator.ui.reasons import evidence_text, reason_text
from annotator.ui.theme import relation_name

_ORDER = {"conflict": 0, "inconsistent": 1, "same": 2, "related": 3}


class _Side(QWidget):
    """One article of the comparison: its title and its text at the claim."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName(name + "Title")
        self.view = ArticleView(self)
        self.view.setObjectName(name + "View")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view)


class ConflictsPanel(QWidget):
    reviewed = Signal(object, str)  # the Link, and "accepted" or "dismissed"
    openClaim = Signal(int)         # the editor wants this claim in the main view

    def __init__(self, store_of, parent=None):
        super().__init__(parent)
        self.setObjectName("conflicts")
        self._store_of = store_of  # the window's store, which a reopened file replaces
        self.archived: list[Suggestion] = []  # the archive's, shown after the store's
        self.archive_path: str | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("suggestions")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemActivated.connect(self._open_first_claim)
        self.left, self.right = _Side("left", self), _Side("right", self)
        compare = QSplitter(Qt.Orientation.Horizontal, self)
        compare.addWidget(self.left)
        compare.addWidget(self.right)
        self.repeated = QToolButton(self)
        self.repeated.setObjectName("showRepeated")
        self.repeated.setCheckable(True)
        self.repeated.toggled.connect(self.reload)
        listing = QWidget(self)
        column = QVBoxLayout(listing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list)
        column.addWidget(self.repeated)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(listing)
        split.addWidget(compare)
        split.setSizes([380, 900])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        for text, key, slot in ((self.tr("Accept suggestion"), "Y", self.accept),
                                (self.tr("Dismiss suggestion"), "N", self.dismiss)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    @property
    def store(self):
        return self._store_of()

    def show_archived(self, found: list[Suggestion], path: str) -> None:
        """The last finder run's suggestions against the archive at ``path``: shown
        read-only, after the store's (the store's links join only its own claims)."""
        self.archived, self.archive_path = found, path
        self.reload()

    def reload(self) -> None:
        keep, place = self.current(), max(self.list.currentRow(), 0)
        found = sorted(self.store.links(state="suggested"),
                       key=lambda link: (_ORDER.get(link.relation, 9), -(link.score or 0), link.id))
        repeated = [link for link in [*found, *self.archived] if link.relation == "same"]
        self.repeated.setText(self.tr("Repeated figures (%1)").replace("%1", str(len(repeated))))
        self.repeated.setVisible(bool(repeated))
        links = [link for link in found if link.relation != "same" or self.repeated.isChecked()]
        links += [s for s in self.archived if s.relation != "same" or self.repeated.isChecked()]
        self.list.blockSignals(True)
        self.list.clear()
        for link in links:
            reason, evidence = reason_text(link), evidence_text(link)
            archived = self.tr("archive") + " · " if isinstance(link, Suggestion) else ""
            item = QListWidgetItem(f"{relation_name(link.relation)} · {archived}{reason}")
            item.setToolTip("\n".join(part for part in (reason, evidence) if part))
            item.setData(Qt.ItemDataRole.UserRole, link)
            self.list.addItem(item)
        self.list.blockSignals(False)
        # the same suggestion, or the one that took the place of a reviewed one
        row = next((i for i, link in enumerate(links) if keep and _identity(link) == _identity(keep)),
                   min(place, len(links) - 1))
        if links:
            self.list.setCurrentRow(row)
        else:
            self._clear()

    def current(self) -> Link | Suggestion | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def accept(self) -> None:
        self._decide("accepted")

    def dismiss(self) -> None:
        self._decide("dismissed")

    def _decide(self, state: str) -> None:
        link = self.current()
        if isinstance(link, Link):  # the archive's are read-only
            self.reviewed.emit(link, state)  # the window stores it and reloads this list

    def _show_current(self, item, _previous=None) -> None:
        link = item.data(Qt.ItemDataRole.UserRole) if item else None
        if link is None:
            self._clear()
            return
        if isinstance(link, Suggestion):
            self._show_archived(link)
            return
        for side, claim_id in zip((self.left, self.right), link.members[:2]):
            claim = self.store.claim(claim_id)
            article = self.store.article(claim.article_id)
            side.title.setText(article.title)
            claims = self.store.claims(article.id)
            states = {c.id: ("conflict" if c.id in link.members and link.relation != "same"
                             else c.status) for c in claims}
            side.view.show_article(article.text, claims, states)
            side.view.select_claim(claim_id)

    def _show_archived(self, found: Suggestion) -> None:
        """The store's claim as stored; the archived one in its article's text, from
        the archive (read-only)."""
        from annotator.archive.index import Archive

        for side, claim_id in zip((self.left, self.right), found.claim_ids[:2]):
            if claim_id >= 0:
                try:
                    claim = self.store.claim(claim_id)
                except NotFoundError:  # deleted since the finder ran
                    self._clear()
                    return
                article = self.store.article(claim.article_id)
                title, text, claims = article.title, article.text, self.store.claims(article.id)
                states = {c.id: c.status for c in claims}
            else:
                assert self.archive_path, "an archived claim is shown only with its archive"
                with Archive(self.archive_path) as archive:
                    fact = archive.fact(claim_id)
                    title, text = archive.article(fact.article_id)
                claims = [_Archived(claim_id, fact.claim.start, fact.claim.end)]
                states = {}
            if found.relation != "same":
                states[claim_id] = "conflict"
            side.title.setText(title)
            side.view.show_article(text, claims, states)
            side.view.select_claim(claim_id)

    def _clear(self) -> None:
        for side in (self.left, self.right):
            side.title.clear()
            side.view.show_article("", [], {})

    def _open_first_claim(self, item) -> None:
        link = item.data(Qt.ItemDataRole.UserRole)
        mine = link.members if isinstance(link, Link) else [i for i in link.claim_ids if i >= 0]
        self.openClaim.emit(mine[0])


def _identity(item: Link | Suggestion) -> tuple:
    return ("store", item.id) if isinstance(item, Link) else ("archive", item.claim_ids)


@dataclass(frozen=True, slots=True)
class _Archived:
    """An archived claim as the article view draws it: where it is, and undecided."""

    id: int
    start: int
    end: int
    status: str = "unchecked"
    orphaned: bool = False
