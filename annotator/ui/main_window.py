"""The editor's desk: articles on the left, the article in the centre, its claims and the
selected claim's detail on the right, the finder's suggestions below.

The window lays the panels out and shows what operations changed (``apply``); what the
menus and keys do is in ``actions`` (the table), ``claim_handlers`` and ``file_handlers``
(asking the editor), and ``operations`` (the store). Panels report through signals.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QSizePolicy, QSplitter

from annotator import __version__
from annotator.store import Article, NotFoundError, Store, StoredClaim, StoreError, conflicts
from annotator.ui import actions, history_text, operations, theme, window_layout
from annotator.ui.article_view import ArticleView
from annotator.ui.articles_panel import ArticlesPanel
from annotator.ui.claim_handlers import ClaimHandlers
from annotator.ui.claims_panel import ClaimsPanel
from annotator.ui.conflicts_panel import ConflictsPanel
from annotator.ui.detail_panel import DetailPanel
from annotator.ui.file_handlers import FileHandlers
from annotator.ui.jobs import Jobs
from annotator.ui.operations import Changes, Focus
from annotator.ui.reasons import evidence_parts

POLL_MS = 1000  # how often a window looks for changes another window made


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings, parent=None):
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.article: Article | None = None  # the article shown
        self._seen_event = store.last_event_id()
        self._scroll_view = True  # whether the text follows the claims table's current row
        self.setWindowTitle(self.tr("数核 %1").replace("%1", __version__))
        self._build_panels()
        self.jobs = Jobs(self)
        self.claim_handlers = ClaimHandlers(self)
        self.file_handlers = FileHandlers(self, self.jobs)
        self.menus = actions.install(self, {"claim": self.claim_handlers, "file": self.file_handlers,
                                            "window": self}, [self.table, self.view])
        self.menus["view"].addAction(self.conflicts_dock.toggleViewAction())
        window_layout.restore(self, settings, self._splitters)
        self._poll = QTimer(self)
        self._poll.timeout.connect(self.catch_up)
        self._poll.start(POLL_MS)
        self._load_articles()
        self._open_first()
        self._reload_suggestions()
        self._show_totals()
        self._name_undo()

    # --- layout -----------------------------------------------------------------------

    def _build_panels(self) -> None:
        self.articles = ArticlesPanel(self)
        self.articles.articleChosen.connect(self.open_article)
        self.view = ArticleView(self)
        self.view.claimClicked.connect(lambda claim_id: self.select_claim(claim_id, scroll=False))
        self.claims_panel = ClaimsPanel(self)
        self.claims_panel.currentClaimChanged.connect(self._claim_changed)
        # the table and its models by their short names, as the handlers and tests use them
        self.table, self.claims = self.claims_panel.table, self.claims_panel.model
        self.claims_filter, self.state_filter = self.claims_panel.proxy, self.claims_panel.state_filter
        self.text_filter = self.claims_panel.text_filter
        self.detail = DetailPanel(self)
        self.detail.jumpToClaim.connect(self.jump_to_claim)
        self.detail.linkClosest.connect(self._link_closest)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.setObjectName("rightSplitter")
        right.addWidget(self.claims_panel)
        right.addWidget(self.detail)
        right.setSizes([420, 260])
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.setObjectName("mainSplitter")
        main.addWidget(self.articles)
        main.addWidget(self.view)
        main.addWidget(right)
        main.setSizes([290, 430, 660])  # the claims table needs the room more than the text
        self._splitters = [main, right]
        self.setCentralWidget(main)

        self.conflicts = ConflictsPanel(lambda: self.store, self)
        self.conflicts.reviewed.connect(lambda link, state: self.claim_handlers.review(link, state))
        self.conflicts.openClaim.connect(self.jump_to_claim)
        self._suggestions_empty: bool | None = None  # not known until the first reload
        self.conflicts_dock = QDockWidget(self.tr("Suggested links"), self)
        self.conflicts_dock.setObjectName("conflictsDock")
        self.conflicts_dock.setWidget(self.conflicts)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.conflicts_dock)
        self.resizeDocks([self.conflicts_dock], [200], Qt.Orientation.Vertical)
        self.status = QLabel(self)
        # a long store path is cut short, never the reason the window is wider than the screen
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addPermanentWidget(self.status, 1)

    # --- showing what changed ---------------------------------------------------------

    def perform(self, operation, *args, **kwargs) -> Changes | None:
        """Run an operation on the store and show what it changed; a refusal (a claim
        changed since, a busy store) is shown instead, and the window reads again."""
        try:
            changes = operation(self.store, *args, **kwargs)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            self.catch_up()
            return None
        self.apply(changes)
        return changes

    def apply(self, changes: Changes) -> None:
        """Redraw what ``changes`` names, and what others wrote since we last looked, and
        only that; then go where ``changes`` points."""
        seen, self._seen_event = self._seen_event, self.store.last_event_id()
        if self._seen_event != seen:
            changes = operations.changes_since(self.store, seen) | changes
        if changes.listing:
            self._load_articles()
        else:
            for article_id in changes.counts:
                try:
                    self.articles.update_article(self.store.article_stats(article_id))
                except NotFoundError:
                    pass  # gone since: the listing change that took it is on its way
        if changes.links or changes.listing:
            self._reload_suggestions()
        focus = changes.focus
        if focus is not None and (self.article is None or focus.article_id != self.article.id):
            self.open_article(focus.article_id, focus.claim_id)
        elif self.article is not None:
            self._refresh_article(changes, focus)
        elif changes.listing:
            self._open_first()
        self._show_totals()
        self._name_undo()

    def _name_undo(self) -> None:
        """Edit ▸ Undo and Redo say what they would undo or redo, greyed out when nothing."""
        for name, target, label in (
                ("claim.undo", self.store.undo_target(), self.tr("Undo %1")),
                ("claim.redo", self.store.redo_target(), self.tr("Redo %1"))):
            action = self.findChild(QAction, name)
            if action is None:
                continue
            action.setEnabled(target is not None)
            subject = self._subject(target)
            what = history_text.what(target, subject) if target is not None else ""
            action.setText(label.replace("%1", f"“{subject}” {what}" if subject else what).strip())

    def _subject(self, event) -> str:
        """The claim an event is about, by its text; empty for other events."""
        if event is None or event.entity != "claim":
            return ""
        for state in (event.before, event.after):  # an added or deleted claim's whole row
            if isinstance(state, dict) and "text" in state:
                return state["text"]
        try:
            return self.store.claim(event.entity_id).text
        except NotFoundError:
            return ""

    @Slot()
    def catch_up(self) -> None:
        """Show what other windows, workers and commands changed since we last looked."""
        try:
            if self.store.last_event_id() != self._seen_event:
                self.apply(Changes())
        except StoreError:
            pass  # busy: look again next time

    def refresh_all(self) -> None:
        """Read everything again (after a crash: show what the store holds)."""
        self.apply(operations.EVERYTHING)

    def _refresh_article(self, changes: Changes, focus: Focus | None) -> None:
        shown = self.article
        assert shown is not None  # apply() refreshes only an open article
        current = self.current_claim()
        wanted = focus.claim_id if focus and focus.claim_id else (current.id if current else None)
        moved = wanted is not None and (current is None or wanted != current.id)
        if changes.listing or shown.id in changes.articles:
            try:
                self.article = self.store.article(shown.id)
            except NotFoundError:  # deleted, here or elsewhere
                self._open_first()
                return
            self._reload_claims(wanted, new_text=self.article.text != shown.text, scroll=moved)
        elif changes.claims:
            self._redraw_claims(changes.claims)
            if wanted is not None:
                self.select_claim(wanted, scroll=moved)

    def _load_articles(self) -> None:
        self.articles.set_articles(self.store.articles(), keep=self.article.id if self.article else None)

    def _show_totals(self) -> None:
        rows = self.articles.model.rows()
        claims = sum(a.claims for a in rows)
        decided = sum(a.decided for a in rows)
        self.status.setText(self.tr("%1 · editor %2 · %3 articles · %4 of %5 claims checked")
                            .replace("%1", str(self.store.path)).replace("%2", self.store.editor)
                            .replace("%3", str(len(rows))).replace("%4", str(decided))
                            .replace("%5", str(claims)))
        # a store opened read-only refuses every decision: say so before the first refusal
        title = self.tr("数核 %1").replace("%1", __version__)
        if self.store.read_only:
            title += " — " + self.tr("read-only")
            self.status.setText(self.tr("Read-only (this store cannot be written here)") + " · "
                                + self.status.text())
        self.setWindowTitle(title)

    def notify(self, message: str, ms: int = 5000) -> None:
        self.statusBar().showMessage(message, ms)

    def set_store(self, store: Store) -> None:
        """Work on another store file from now on."""
        self.store.close()
        self.store, self.article = store, None
        self._seen_event = store.last_event_id()
        self._load_articles()
        self._open_first()
        self._reload_suggestions()
        self._show_totals()

    # --- the open article -------------------------------------------------------------

    def _open_first(self) -> None:
        first = self.articles.first()
        if first is not None:
            self.open_article(first)
            return
        self.article = None
        self.view.show_article("", [], {})
        self.claims_panel.show_claims([], [])
        self.detail.clear()

    @Slot(int)
    def open_article(self, article_id: int, claim_id: int | None = None) -> None:
        try:
            self.article = self.store.article(article_id)
        except NotFoundError:
            self._open_first()
            return
        self.articles.select(article_id, notify=False)
        self._reload_claims(claim_id, new_text=True)

    def _reload_claims(self, keep: int | None, new_text: bool = False, scroll: bool = True) -> None:
        """Read the open article's claims and links again; the same claim (or, if it is
        gone, the same row) stays current, and the text stays where it was scrolled."""
        article = self.article
        assert article is not None  # called once an article is open
        row = self.claims_panel.current_row()
        claims = self.store.claims(article.id)
        self.claims_panel.show_claims(claims, self.store.links(article_id=article.id))
        states = {c.id: self.claims.state_of(c) for c in claims}
        if new_text:
            self.view.show_article(article.text, claims, states)
        else:
            self.view.set_claims(claims, states)
        self._select(keep, 0 if new_text else row, scroll=scroll or new_text)

    def _redraw_claims(self, claim_ids) -> None:
        """Claims decided or noted in place: their rows and highlights, nothing else."""
        changed = [self.store.claim(i) for i in claim_ids if self.claims.row_of(i) is not None]
        for claim in changed:
            self.claims.replace(claim)
        self.view.restyle(changed, {c.id: self.claims.state_of(c) for c in changed})

    # --- the current claim ------------------------------------------------------------

    def current_claim(self) -> StoredClaim | None:
        return self.claims_panel.current()

    def selected_span(self) -> tuple[int, int] | None:
        """The stored offsets of the text selected in the article, if any."""
        return self.view.selected_span()

    def select_claim(self, claim_id: int, scroll: bool = True) -> None:
        self._select(claim_id, None, scroll)

    def _select(self, claim_id: int | None, row: int | None, scroll: bool) -> None:
        """Make ``claim_id`` current or, if it is not there, the row ``row``; ``scroll``:
        bring it into view (else the table and the text stay where the editor left them)."""
        self._scroll_view = scroll
        try:
            if (claim_id is None or not self.claims_panel.select(claim_id, scroll)) and row is not None:
                self.claims_panel.select_row(row, scroll)
        finally:
            self._scroll_view = True

    def _claim_changed(self, claim: StoredClaim | None) -> None:
        if claim is None:
            self.view.select_claim(None)
            self.detail.clear()
            return
        self.view.select_claim(claim.id, scroll=self._scroll_view)
        self._show_detail(claim)

    def linked(self, claim: StoredClaim) -> list[tuple[str, StoredClaim]]:
        """(relation, other claim) for every link of ``claim``: the accepted ones (a
        suggestion the editor has not reviewed is no link)."""
        return [(link.relation, self.store.claim(member))
                for link in self.store.links(claim_id=claim.id, state="accepted")
                for member in link.members if member != claim.id]

    def _show_detail(self, claim: StoredClaim) -> None:
        assert self.article is not None  # a claim is shown within its article
        pairs = self.linked(claim)
        linked = [(relation, other, self.store.article(other.article_id).title)
                  for relation, other in pairs]
        other = operations.same_fact_decision(claim, pairs)
        hint = self.tr("Same fact as “%1”, %2 by %3: press S to apply.").replace("%1", other.text).replace(
            "%2", theme.state_name(other.status)).replace("%3", other.decided_by or "") if other else ""
        self.detail.show_claim(claim, self.article.text, self.claims.state_of(claim), linked,
                               self.store.history(claim_id=claim.id), hint)
        self.detail.show_closest(self._closest(claim))

    @Slot(int, str)
    def _link_closest(self, other_id: int, relation: str) -> None:
        claim = self.current_claim()
        if claim is not None:
            self.perform(operations.link, claim, other_id, relation)

    def _closest(self, claim: StoredClaim) -> list[tuple[int, str, float, str]]:
        """The figures in other articles most like ``claim``, with what agrees."""
        titles: dict[int, str] = {}
        found = []
        # stored facts, current with every write: read by index, nothing to keep here
        for fact, proof in conflicts.Neighbours(self.store).closest(claim.id, limit=8):
            if fact.article_id not in titles:
                titles[fact.article_id] = self.store.article(fact.article_id).title
            found.append((fact.claim_id, f"{titles[fact.article_id]} · {fact.claim.text}",
                          proof.score, evidence_parts(proof.as_dict())))
        return found

    @Slot(int)
    def jump_to_claim(self, claim_id: int) -> None:
        try:
            claim = self.store.claim(claim_id)
        except NotFoundError:
            return
        self.open_article(claim.article_id, claim_id)

    def show_offset(self, offset: int) -> None:
        self.view.show_offset(offset)

    def step(self, rows: int) -> None:
        """The claim ``rows`` below (above, if negative) the current one."""
        current = self.claims_panel.current_row()
        self.claims_panel.select_row(current + rows if current >= 0 else 0)

    def next_unchecked(self) -> None:
        panel = self.claims_panel
        rows, start = panel.rows(), panel.current_row()
        for offset in range(1, rows + 1):
            row = (start + offset) % rows
            if panel.claim_in_row(row).status == "unchecked":
                panel.select_row(row)
                return
        self.notify(self.tr("Every claim of this article is checked."), 4000)

    def show_suggestions(self) -> None:
        self.conflicts_dock.show()

    def _reload_suggestions(self) -> None:
        """An empty review panel (before the finder has run) is a strip, not a third of
        the window; it opens to a quarter once there is something to review."""
        self.conflicts.reload()
        empty = self.conflicts.list.count() == 0 and not self.conflicts.repeated.isVisible()
        if empty == self._suggestions_empty:
            return  # the editor's own sizing stands until the panel fills or empties
        self._suggestions_empty = empty
        line = self.fontMetrics().height()
        height = line * 4 if empty else max(line * 8, self.height() // 4)
        self.resizeDocks([self.conflicts_dock], [height], Qt.Orientation.Vertical)

    # --- the window itself ------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        window_layout.keep_on_screen(self)

    def closeEvent(self, event) -> None:
        window_layout.save(self, self.settings, self._splitters)
        self.jobs.stop()
        self._poll.stop()
        super().closeEvent(event)

