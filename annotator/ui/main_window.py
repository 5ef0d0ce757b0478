"""The editor's desk: articles on the left, the article in the centre, its claims and the
selected claim's detail on the right. Every action goes through the store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDockWidget, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog,
    QLabel, QLineEdit, QMainWindow, QMessageBox, QProgressDialog, QSplitter, QTableView,
    QVBoxLayout, QWidget,
)

from annotator import __version__
from annotator.store import NothingToUndoError, Store, StoreError, StoredClaim
from annotator.textio import SUPPORTED_SUFFIXES
from annotator.ui import theme
from annotator.ui.article_view import ArticleView
from annotator.ui.articles_panel import ArticlesPanel
from annotator.ui.claims_model import COLUMNS, ClaimRole, ClaimsFilter, ClaimsModel
from annotator.ui.conflicts_panel import ConflictsPanel
from annotator.ui.detail_panel import DetailPanel
from annotator.ui.dialogs import CorrectDialog, LinkDialog, NoteDialog, PasteDialog, SearchDialog
from annotator.ui.workers import FinderWorker, start, start_import

POLL_MS = 1000  # how often a window looks for changes another window made
SIZE_SAMPLE = 40  # rows a header measures to fit its columns: all 2,000 cost 100 ms a change
EXPORT_FORMATS = (("csv", "CSV (*.csv)"), ("json", "JSON (*.json)"),
                  ("jsonld", "JSON-LD (*.jsonld)"), ("md", "Markdown (*.md)"))


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings, parent=None):
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.article = None
        self._seen_event = store.last_event_id()
        self._imports = []
        self._finders = []
        self.setWindowTitle(self.tr("数核 %1").replace("%1", __version__))
        self._build_widgets()
        self._build_actions()
        self._poll = QTimer(self)
        self._poll.timeout.connect(self._look_for_changes)
        self._poll.start(POLL_MS)
        self.reload_articles()
        self._open_first()
        self.conflicts.reload()

    # --- building ---------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.articles = ArticlesPanel(self)
        self.articles.articleChosen.connect(self.open_article)
        self.view = ArticleView(self)
        self.view.claimClicked.connect(lambda claim_id: self.select_claim(claim_id, scroll=False))
        self.claims = ClaimsModel(self)
        self.claims_filter = ClaimsFilter(self)
        self.claims_filter.setSourceModel(self.claims)
        self.table = QTableView(self)
        self.table.setObjectName("claims")
        self.table.setModel(self.claims_filter)
        # Text order (the source's) until the editor clicks a header: sorting 2,000 rows
        # through Python on every filter change would cost more than the filter.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(SIZE_SAMPLE)
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("metric"), QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.detail = DetailPanel(self)
        self.detail.jumpToClaim.connect(self.jump_to_claim)

        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("stateFilter")
        self.state_filter.addItem(self.tr("All states"), None)
        for state in theme.LOOKS:
            self.state_filter.addItem(theme.state_name(state), state)
        self.state_filter.currentIndexChanged.connect(
            lambda: self.claims_filter.set_state(self.state_filter.currentData()))
        self.kind_filter = QComboBox(self)
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in ("amount", "change", "share", "rank"):
            self.kind_filter.addItem(theme.kind_name(kind), kind)
        self.kind_filter.currentIndexChanged.connect(
            lambda: self.claims_filter.set_kind(self.kind_filter.currentData()))
        self.text_filter = QLineEdit(self)
        self.text_filter.setObjectName("claimFilter")
        self.text_filter.setPlaceholderText(self.tr("Filter claims"))
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.textChanged.connect(self.claims_filter.set_text)

        bar = QHBoxLayout()
        bar.addWidget(self.state_filter)
        bar.addWidget(self.kind_filter)
        bar.addWidget(self.text_filter, 1)
        claims_box = QWidget(self)
        box = QVBoxLayout(claims_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(bar)
        box.addWidget(self.table)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(claims_box)
        right.addWidget(self.detail)
        right.setSizes([420, 260])
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(self.articles)
        main.addWidget(self.view)
        main.addWidget(right)
        main.setSizes([300, 560, 520])
        self.setCentralWidget(main)
        self.conflicts = ConflictsPanel(self, self)
        self.conflicts.changed.connect(self._after_review)
        self.conflicts.openClaim.connect(self.jump_to_claim)
        self.conflicts_dock = QDockWidget(self.tr("Suggested links"), self)
        self.conflicts_dock.setObjectName("conflictsDock")
        self.conflicts_dock.setWidget(self.conflicts)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.conflicts_dock)
        self.status = QLabel(self)
        self.statusBar().addPermanentWidget(self.status)
        self.resize(1380, 820)

    def _action(self, text: str, slot, shortcuts=(), menu=None, single_key=False) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        if single_key:
            # A bare letter must act only in the claims table or the article view, never
            # while the editor types in a text field.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
            self.view.addAction(action)
        else:
            self.addAction(action)
        if menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(self.tr("Open store…"), self.open_store, ["Ctrl+O"], file)
        self._action(self.tr("New store…"), self.new_store, [], file)
        file.addSeparator()
        self._action(self.tr("Import files…"), self.import_files, ["Ctrl+I"], file)
        self._action(self.tr("Import folder…"), self.import_folder, [], file)
        self._action(self.tr("Paste text as article…"), self.paste_text, [], file)
        self._action(self.tr("Delete article"), self.delete_article, [], file)
        file.addSeparator()
        self._action(self.tr("Back up store…"), self.backup, [], file)
        export = file.addMenu(self.tr("Export"))
        for fmt, label in EXPORT_FORMATS:
            self._action(label, lambda _=False, f=fmt, l=label: self.export(f, l), [], export)
        file.addSeparator()
        self._action(self.tr("Quit"), self.close, [QKeySequence.StandardKey.Quit], file)

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("Undo"), self.undo, ["Ctrl+Z"], edit)
        self.redo_action = self._action(self.tr("Redo"), self.redo, ["Ctrl+Shift+Z", "Ctrl+Y"], edit)
        edit.addSeparator()
        self._action(self.tr("Search…"), self.find, ["Ctrl+F"], edit)
        self._action(self.tr("Editor name…"), self.ask_editor, [], edit)
        self._action(self.tr("Newsroom name…"), self.ask_newsroom, [], edit)

        claim = bar.addMenu(self.tr("&Claim"))
        self._action(self.tr("Confirm"), self.confirm, ["C", "Return", "Enter"], claim, True)
        self._action(self.tr("Correct…"), self.correct, ["E"], claim, True)
        self._action(self.tr("Reject (not a claim)"), self.reject, ["X"], claim, True)
        self._action(self.tr("Note…"), self.note, ["N"], claim, True)
        self._action(self.tr("Link…"), self.link, ["L"], claim, True)
        self._action(self.tr("Add missed claim from selection"), self.add_claim, ["A"], claim, True)
        self._action(self.tr("Delete a claim you added"), self.delete_added_claim, ["Delete"], claim, True)
        claim.addSeparator()
        self._action(self.tr("Next claim"), lambda: self.move(1), ["J"], claim, True)
        self._action(self.tr("Previous claim"), lambda: self.move(-1), ["K"], claim, True)
        self._action(self.tr("Next unchecked"), self.next_unchecked, ["Space"], claim, True)
        self._action(self.tr("Apply the linked claim's decision"), self.apply_linked, ["S"], claim, True)
        claim.addSeparator()
        self._action(self.tr("Find conflicts and repeated facts"), self.find_conflicts, ["Ctrl+R"], claim)
        view = bar.addMenu(self.tr("&View"))
        view.addAction(self.conflicts_dock.toggleViewAction())

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("About 数核"), self.about, [], help_menu)

    # --- loading ----------------------------------------------------------------------

    def reload_articles(self) -> None:
        self.articles.set_articles(self.store.articles(), keep=self.article.id if self.article else None)
        self._show_totals()

    def _show_totals(self) -> None:
        rows = self.articles.model.rows()
        claims = sum(a.claims for a in rows)
        decided = sum(a.decided for a in rows)
        self.status.setText(self.tr("%1 · editor %2 · %3 articles · %4 of %5 claims checked")
                            .replace("%1", str(self.store.path)).replace("%2", self.store.editor)
                            .replace("%3", str(len(rows))).replace("%4", str(decided))
                            .replace("%5", str(claims)))

    def _open_first(self) -> None:
        first = self.articles.first()
        if first is not None:
            self.open_article(first)
        else:
            self.view.show_article("", [], {})
            self.claims.set_claims([], set(), {})
            self.detail.clear()

    @Slot(int)
    def open_article(self, article_id: int, claim_id: int | None = None) -> None:
        self.article = self.store.article(article_id)
        self.articles.select(article_id, notify=False)
        self._reload_claims(claim_id, new_text=True)
        if claim_id is None:
            self.table.selectRow(0)

    def _reload_claims(self, keep: int | None = None, new_text: bool = False) -> None:
        claims = self.store.claims(self.article.id)
        links = self.store.links(article_id=self.article.id)
        conflicted = {m for link in links if link.relation in ("conflict", "inconsistent")
                      and link.state != "dismissed" for m in link.members}
        counts: dict[int, int] = {}
        for link in links:
            for member in link.members:
                counts[member] = counts.get(member, 0) + 1
        self.claims.set_claims(claims, conflicted, counts)
        states = {c.id: self.claims.state_of(c) for c in claims}
        if new_text:
            self.view.show_article(self.article.text, claims, states)
        else:
            self.view.set_claims(claims, states)
        if keep is not None:
            self.select_claim(keep)

    def _after_change(self, keep: int | None) -> None:
        """What every action on the open article does after writing: show the new state
        in the claims, the text, and that article's line of the list."""
        self._seen_event = self.store.last_event_id()
        self._reload_claims(keep)
        self.articles.model.update_article(self.store.article_stats(self.article.id))
        self._show_totals()

    @Slot()
    def _look_for_changes(self) -> None:
        try:
            latest = self.store.last_event_id()
        except StoreError:
            return  # busy: look again next time
        if latest == self._seen_event:
            return
        self._seen_event = latest
        current = self.current_claim()
        self.reload_articles()
        if self.article is not None:
            try:
                self.article = self.store.article(self.article.id)
            except StoreError:  # deleted in another window
                self.article = None
                self.view.show_article("", [], {})
                self.claims.set_claims([], set(), {})
                return
            self._reload_claims(current.id if current else None)

    # --- selection --------------------------------------------------------------------

    def current_claim(self) -> StoredClaim | None:
        index = self.table.currentIndex()
        return index.data(ClaimRole) if index.isValid() else None

    def select_claim(self, claim_id: int, scroll: bool = True) -> None:
        row = self.claims.row_of(claim_id)
        if row is None:
            return
        index = self.claims_filter.mapFromSource(self.claims.index(row, 0))
        if not index.isValid():  # filtered out: show it anyway
            self.claims_filter.set_state(None)
            self.state_filter.setCurrentIndex(0)
            index = self.claims_filter.mapFromSource(self.claims.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.view.select_claim(claim_id, scroll=scroll)

    def _row_changed(self, current, _previous) -> None:
        claim = current.data(ClaimRole) if current.isValid() else None
        if claim is None:
            self.detail.clear()
            return
        self.view.select_claim(claim.id)
        self._show_detail(claim)

    def _linked(self, claim: StoredClaim) -> list[tuple[str, StoredClaim]]:
        """(relation, other claim) for every link of ``claim`` (dismissed ones left out)."""
        return [(link.relation, self.store.claim(member)) for link in self.store.links(claim_id=claim.id)
                for member in link.members if member != claim.id]

    def _show_detail(self, claim: StoredClaim) -> None:
        pairs = self._linked(claim)
        linked = [(relation, other, self.store.article(other.article_id).title)
                  for relation, other in pairs]
        other = _same_fact_decision(claim, pairs)
        hint = self.tr("Same fact as “%1”, %2 by %3: press S to apply.").replace("%1", other.text).replace(
            "%2", theme.state_name(other.status)).replace("%3", other.decided_by or "") if other else ""
        self.detail.show_claim(claim, self.article.text, self.claims.state_of(claim), linked,
                               self.store.history(claim_id=claim.id), hint)

    @Slot(int)
    def jump_to_claim(self, claim_id: int) -> None:
        claim = self.store.claim(claim_id)
        self.open_article(claim.article_id, claim_id)

    def move(self, step: int) -> None:
        rows = self.claims_filter.rowCount()
        if not rows:
            return
        row = self.table.currentIndex().row()
        self.table.selectRow(min(max(row + step, 0), rows - 1) if row >= 0 else 0)

    def next_unchecked(self) -> None:
        rows = self.claims_filter.rowCount()
        start = self.table.currentIndex().row()
        for offset in range(1, rows + 1):
            row = (start + offset) % rows
            if self.claims_filter.index(row, 0).data(ClaimRole).status == "unchecked":
                self.table.selectRow(row)
                return
        self.statusBar().showMessage(self.tr("Every claim of this article is checked."), 4000)

    # --- decisions --------------------------------------------------------------------

    def _guarded(self, write) -> bool:
        """Run a store write; a refusal (stale claim, busy store) is shown, not raised."""
        try:
            write()
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            if self.article is not None:
                self._reload_claims(self.current_claim().id if self.current_claim() else None)
            return False
        return True

    def _decide(self, status: str, advance: bool, **changes) -> None:
        claim = self.current_claim()
        if claim is not None and self._decide_on(claim, status, **changes) and advance:
            self.move(1)

    def _decide_on(self, claim: StoredClaim, status: str, **changes) -> bool:
        """Decide on ``claim`` as the editor saw it; refused if it changed since."""
        if self._guarded(lambda: self.store.decide(claim.id, claim.version, status, **changes)):
            self._after_change(claim.id)
            return True
        return False

    def confirm(self) -> None:
        self._decide("confirmed", advance=True)

    def reject(self) -> None:
        self._decide("rejected", advance=True)

    def correct(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        dialog = CorrectDialog(claim, self)
        if dialog.exec():
            self._decide("corrected", advance=False, correction=dialog.correction(),
                         note=dialog.note.toPlainText(), evidence=dialog.evidence.text().strip())

    def note(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        dialog = NoteDialog(claim, self)
        if dialog.exec() and self._guarded(lambda: self.store.annotate(
                claim.id, claim.version, note=dialog.note.toPlainText(),
                evidence=dialog.evidence.text().strip())):
            self._after_change(claim.id)

    def link(self) -> None:
        claim = self.current_claim()
        if claim is None:
            return
        dialog = LinkDialog(self.store, claim, self)
        if dialog.exec() and self._guarded(lambda: self.store.link(
                [claim.id, dialog.target()], dialog.relation.currentData())):
            self._after_change(claim.id)

    def add_claim(self) -> None:
        span = self.view.selected_span()
        if self.article is None or span is None or span[0] >= span[1]:
            self.statusBar().showMessage(self.tr("Select the missed figure in the article first."), 4000)
            return
        added = []
        if self._guarded(lambda: added.append(self.store.add_claim(self.article.id, *span))):
            self._after_change(added[0].id)

    def delete_added_claim(self) -> None:
        """Only claims an editor added can go; the extractor's are rejected instead."""
        claim = self.current_claim()
        if claim is None or claim.origin != "editor":
            self.statusBar().showMessage(self.tr("Only claims added by an editor can be deleted; "
                                                 "reject the others (X)."), 5000)
            return
        if self._guarded(lambda: self.store.delete_claim(claim.id, claim.version)):
            self._after_change(None)

    def undo(self) -> None:
        self._replay(self.store.undo)

    def redo(self) -> None:
        self._replay(self.store.redo)

    def _replay(self, step) -> None:
        try:
            event = step()
        except NothingToUndoError as exc:
            self.statusBar().showMessage(str(exc), 4000)
            return
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return
        self._seen_event = self.store.last_event_id()
        self.reload_articles()
        if event.article_id is not None and (self.article is None or event.article_id != self.article.id):
            try:
                self.open_article(event.article_id, event.entity_id if event.entity == "claim" else None)
            except StoreError:
                pass
            return
        if self.article is not None:
            self._reload_claims(event.entity_id if event.entity == "claim" else None)

    # --- links across articles -------------------------------------------------------

    def linked_decision(self, claim: StoredClaim) -> StoredClaim | None:
        """For an unchecked claim, a decided claim linked to it as the same fact."""
        return _same_fact_decision(claim, self._linked(claim))

    def apply_linked(self) -> None:
        """Confirm once, apply everywhere: take the same fact's decision for this claim."""
        claim = self.current_claim()
        other = self.linked_decision(claim) if claim else None
        if other is None:
            self.statusBar().showMessage(self.tr("No decided claim is linked to this one as the same fact."), 4000)
            return
        self._decide("corrected" if other.status == "corrected" else "confirmed", advance=True,
                     correction=other.correction)

    def find_conflicts(self) -> None:
        worker = FinderWorker(self.store.path, self.store.editor)
        worker.finished.connect(self._conflicts_found)
        worker.failed.connect(self._conflicts_failed)
        self._finders.append((start(worker, self), worker))
        self.statusBar().showMessage(self.tr("Looking for conflicts and repeated facts…"))

    @Slot(int)
    def _conflicts_found(self, count: int) -> None:
        self._finish_finder()
        self.statusBar().showMessage(self.tr("%1 suggestions to review.").replace("%1", str(count)), 6000)
        self._after_review()
        if count:
            self.conflicts_dock.show()

    @Slot(str)
    def _conflicts_failed(self, error: str) -> None:
        self._finish_finder()
        QMessageBox.warning(self, self.tr("Conflicts"), error)

    def _finish_finder(self) -> None:
        thread, _worker = self._finders.pop(0)
        thread.wait()

    def _after_review(self) -> None:
        """Links changed: conflict marks, link counts, badges and the panel follow."""
        self._seen_event = self.store.last_event_id()
        self.conflicts.reload()
        self.reload_articles()
        if self.article is not None:
            current = self.current_claim()
            self._reload_claims(current.id if current else None)

    # --- search -----------------------------------------------------------------------

    def find(self) -> None:
        dialog = SearchDialog(self.store, self)
        if dialog.exec() and dialog.hit is not None:
            hit = dialog.hit
            self.open_article(hit.article_id, hit.claim_id)
            if hit.claim_id is None:
                self.view.show_offset(hit.start)

    # --- files ------------------------------------------------------------------------

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import articles"), "",
            self.tr("Articles ({patterns})").format(
                patterns=" ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)))
        if paths:
            self.start_import(paths)

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of articles"))
        if folder:
            self.start_import([folder])

    def start_import(self, paths: list[str]) -> None:
        progress = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 0, self)
        progress.setObjectName("importProgress")
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setMinimumDuration(0)
        thread, worker = start_import(self.store.path, self.store.editor, paths, self)
        progress.canceled.connect(worker.cancel)
        worker.progress.connect(self._import_progress)
        worker.finished.connect(self._import_finished)
        worker.failed.connect(self._import_failed)
        self._imports.append((thread, worker, progress))

    @Slot(int, int, str)
    def _import_progress(self, done: int, total: int, name: str) -> None:
        for _thread, _worker, progress in self._imports:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(self.tr("Importing %1").replace("%1", name))

    @Slot(list)
    def _import_finished(self, results: list) -> None:
        self._close_import()
        failed = [r for r in results if r.status == "failed"]
        self.reload_articles()
        self._seen_event = self.store.last_event_id()
        if self.article is None and results:
            first = next((r for r in results if r.article_id), None)
            if first is not None:
                self.open_article(first.article_id)
        message = self.tr("Imported %1 files, %2 failed.").replace("%1", str(len(results) - len(failed))
                                                                 ).replace("%2", str(len(failed)))
        if failed:
            QMessageBox.warning(self, self.tr("Import"), message + "\n\n" + "\n".join(
                f"{r.name}: {r.error}" for r in failed))
        else:
            self.statusBar().showMessage(message, 6000)
        if len(results) > len(failed):
            self.find_conflicts()  # new figures may repeat or contradict the archive

    @Slot(str)
    def _import_failed(self, error: str) -> None:
        self._close_import()
        QMessageBox.warning(self, self.tr("Import"), error)

    def _close_import(self) -> None:
        thread, _worker, progress = self._imports.pop(0)
        progress.close()
        thread.wait()

    def paste_text(self) -> None:
        dialog = PasteDialog(self)
        if not dialog.exec():
            return
        results = []
        if self._guarded(lambda: results.append(self.store.import_text(
                dialog.name.text().strip(), dialog.text.toPlainText()))):
            self._seen_event = self.store.last_event_id()
            self.reload_articles()
            self.open_article(results[0].article_id)

    def delete_article(self) -> None:
        if self.article is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete article"), self.tr(
            "Delete “%1” with its claims and links? Undo brings it back.").replace("%1", self.article.title))
        if answer == QMessageBox.StandardButton.Yes and self._guarded(
                lambda: self.store.delete_article(self.article.id)):
            self.article = None
            self._seen_event = self.store.last_event_id()
            self.reload_articles()
            self._open_first()

    def backup(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the store"),
                                                str(self.store.path.with_suffix(".backup.db")))
        if target and self._guarded(lambda: self.store.backup(target)):
            self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", target), 6000)

    def export(self, fmt: str, label: str) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"claims.{fmt}", label)
        if not target:
            return
        newsroom = self.settings.value("newsroom", "") or None
        if self._guarded(lambda: self.store.export_to(fmt, Path(target), newsroom=newsroom)):
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", target), 6000)

    def _reopen(self, path: str) -> None:
        try:
            store = Store(path, editor=self.store.editor)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the store"), str(exc))
            return
        self.store.close()
        self.store, self.article = store, None
        self.settings.setValue("store", str(store.path))
        self._seen_event = store.last_event_id()
        self.view.show_article("", [], {})
        self.claims.set_claims([], set(), {})
        self.reload_articles()
        self._open_first()

    def open_store(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a store"), str(self.store.path.parent),
                                              self.tr("Stores (*.db *.sqlite);;All files (*)"))
        if path:
            self._reopen(path)

    def new_store(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New store"), str(self.store.path.parent),
                                              self.tr("Stores (*.db)"))
        if path:
            self._reopen(path)

    # --- settings and about -----------------------------------------------------------

    def ask_editor(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Editor name"), self.tr("Your name, as the history shows it:"),
                                        text=self.store.editor)
        if ok and name.strip():
            self.store.editor = name.strip()
            self.settings.setValue("editor", self.store.editor)
            self.reload_articles()

    def ask_newsroom(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Newsroom name"), self.tr("The newsroom named in exports:"),
                                        text=str(self.settings.value("newsroom", "")))
        if ok:
            self.settings.setValue("newsroom", name.strip())

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About 数核"), self.tr(
            "<h3>数核 %1</h3><p>Find, check and cross-check the numeric claims in news articles.</p>"
        ).replace("%1", __version__))

    def closeEvent(self, event) -> None:
        for thread, worker, _progress in self._imports:
            worker.cancel()
            thread.wait()
        for thread, _worker in self._finders:
            thread.wait()
        self._poll.stop()
        super().closeEvent(event)


def _same_fact_decision(claim: StoredClaim, linked: list[tuple[str, StoredClaim]]) -> StoredClaim | None:
    """Confirm once, apply everywhere: the decided claim an unchecked one is the same fact as."""
    if claim.status != "unchecked":
        return None
    return next((other for relation, other in linked
                 if relation == "same" and other.status in ("confirmed", "corrected")), None)
