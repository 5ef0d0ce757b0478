"""What the File menu (and its kin) does: stores, articles in and out, the conflict
finder, exports, the names in the history and the exports. Ask, run, and let the
window show what changed; new text always sends the finder looking again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from annotator import __version__
from annotator.store import Store, StoreError
from annotator.textio import SUPPORTED_SUFFIXES
from annotator.ui import help_pages, operations
from annotator.ui.dialogs import ArticleInfoDialog, PasteDialog
from annotator.ui.export_dialog import ExportDialog

EXPORT_FORMATS = (("xlsx", "Excel (*.xlsx)"), ("csv", "CSV (*.csv)"), ("json", "JSON (*.json)"),
                  ("jsonld", "JSON-LD (*.jsonld)"), ("md", "Markdown (*.md)"))


class FileHandlers(QObject):
    def __init__(self, desk, jobs):
        super().__init__(desk)
        self.desk, self.jobs = desk, jobs  # the MainWindow, and its background jobs
        jobs.imported.connect(self._imported)
        jobs.found.connect(self._found)
        jobs.building.connect(self._building)
        jobs.archived.connect(desk.conflicts.show_archived)
        jobs.failed.connect(self._failed)

    # --- stores -----------------------------------------------------------------------

    def open_store(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.desk, self.tr("Open a store"),
                                              str(self.desk.store.path.parent),
                                              self.tr("Stores (*.db *.sqlite);;All files (*)"))
        if path:
            self._reopen(path)

    def new_store(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.desk, self.tr("New store"),
                                              str(self.desk.store.path.parent), self.tr("Stores (*.db)"))
        if path:
            self._reopen(path)

    def _reopen(self, path: str) -> None:
        try:
            store = Store(path, editor=self.desk.store.editor)
        except StoreError as exc:
            QMessageBox.warning(self.desk, self.tr("Cannot open the store"), str(exc))
            return
        self.desk.conflicts.show_archived([], "")  # they named the other store's claims
        self.desk.set_store(store)
        self.desk.settings.setValue("store", str(store.path))

    # --- articles in and out ----------------------------------------------------------

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.desk, self.tr("Import articles"), "",
            # from what textio reads, so the dialog cannot fall behind the reader
            self.tr("Articles ({patterns})").format(
                patterns=" ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)))
        if paths:
            self.start_import(paths)

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.desk, self.tr("Import a folder of articles"))
        if folder:
            self.start_import([folder])

    def start_import(self, paths: list[str]) -> None:
        self.jobs.start_import(self.desk.store.path, self.desk.store.editor, paths)

    @Slot(list)
    def _imported(self, results: list) -> None:
        self.desk.catch_up()
        failed = [r for r in results if r.status == "failed"]
        first = next((r.article_id for r in results if r.article_id), None)
        if self.desk.article is None and first is not None:
            self.desk.open_article(first)
        message = self.tr("Imported %1 files, %2 failed.").replace(
            "%1", str(len(results) - len(failed))).replace("%2", str(len(failed)))
        if failed:
            QMessageBox.warning(self.desk, self.tr("Import"), message + "\n\n" + "\n".join(
                f"{r.name}: {r.error}" for r in failed))
        else:
            self.desk.notify(message, 6000)
        changed = {r.article_id for r in results if r.status in ("new", "updated")}
        if changed:  # new figures may repeat or contradict the archive: check just them
            self.find_conflicts(changed)

    def paste(self) -> None:
        dialog = PasteDialog(self.desk)
        if not dialog.exec():
            return
        done = self.desk.perform(operations.paste, dialog.name.text().strip(),
                                 dialog.text.toPlainText())
        if done is not None and done.focus is not None:
            self.find_conflicts({done.focus.article_id})  # as after an import

    def delete_article(self) -> None:
        article = self.desk.article
        if article is None:
            return
        answer = QMessageBox.question(self.desk, self.tr("Delete article"), self.tr(
            "Delete “%1” with its claims and links? Undo brings it back.").replace("%1", article.title))
        if answer == QMessageBox.StandardButton.Yes:
            self.desk.perform(operations.delete_article, article.id)

    def article_info(self) -> None:
        """Correct the open article's title, date and edition; the finder reads the date,
        so it looks again."""
        article = self.desk.article
        if article is None:
            return
        dialog = ArticleInfoDialog(article, self.desk)
        if dialog.exec() != ArticleInfoDialog.DialogCode.Accepted:
            return
        done = self.desk.perform(operations.update_article, article.id,
                                 title=dialog.title.text().strip(),
                                 published=dialog.published.text().strip(),
                                 edition=dialog.edition.value())
        if done is not None:
            self.find_conflicts({article.id})

    def backup(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self.desk, self.tr("Back up the store"),
                                                str(self.desk.store.path.with_suffix(".backup.db")))
        if target and self._guarded(lambda: self.desk.store.backup(target)):
            self.desk.notify(self.tr("Backed up to %1").replace("%1", target), 6000)

    def export(self, fmt: str) -> None:
        choice = ExportDialog(self.desk.article, self.desk)
        if not choice.exec():
            return
        options = choice.options()
        label = dict(EXPORT_FORMATS)[fmt]
        target, _ = QFileDialog.getSaveFileName(self.desk, self.tr("Export"), f"claims.{fmt}", label)
        if not target:
            return
        newsroom = self.desk.settings.value("newsroom", "") or None
        if self._guarded(lambda: self.desk.store.export_to(fmt, Path(target), newsroom=newsroom,
                                                           **options)):
            self.desk.notify(self.tr("Exported to %1").replace("%1", target), 6000)

    def _guarded(self, read) -> bool:
        """A store read that writes a file (backup, export); a refusal is shown."""
        try:
            read()
        except StoreError as exc:
            QMessageBox.warning(self.desk, self.tr("Not saved"), str(exc))
            return False
        return True

    # --- the conflict finder ----------------------------------------------------------

    def find_conflicts(self, only: set[int] | None = None) -> None:
        """The finder over the whole store, or over the articles ``only`` names against
        the stored facts their figures may share (an import, a paste, a new date)."""
        self.jobs.find_conflicts(self.desk.store.path, self.desk.store.editor, only,
                                 self.archive())
        self.desk.notify(self.tr("Looking for conflicts and repeated facts…"), 0)

    @Slot(int, int)
    def _building(self, done: int, total: int) -> None:
        """Once per store (or finder upgrade): every article's facts are built first."""
        self.desk.notify(self.tr("Preparing the finder: %1 of %2 articles…").replace(
            "%1", str(done)).replace("%2", str(total)), 0)

    def archive(self) -> str | None:
        """The archive the finder checks against too (read-only), if one is chosen."""
        return str(self.desk.settings.value("archive", "") or "") or None

    def choose_archive(self) -> None:
        from annotator.archive.index import Archive
        from annotator.errors import UserError

        path, _ = QFileDialog.getOpenFileName(self.desk, self.tr("Choose an archive"),
                                              str(Path(self.archive() or self.desk.store.path).parent),
                                              self.tr("Archives (*.archive *.db *.sqlite);;All files (*)"))
        if not path:
            return
        try:
            with Archive(path) as archive:
                count = archive.articles()
        except UserError as exc:
            QMessageBox.warning(self.desk, self.tr("Cannot open the archive"), str(exc))
            return
        self.desk.settings.setValue("archive", path)
        self.desk.notify(self.tr("The finder checks against %1 archived articles too.")
                         .replace("%1", f"{count:,}"), 6000)
        self.find_conflicts()

    def drop_archive(self) -> None:
        self.desk.settings.remove("archive")
        self.desk.conflicts.show_archived([], "")
        self.desk.notify(self.tr("The finder checks against the store only."), 6000)

    @Slot(int)
    def _found(self, count: int) -> None:
        self.desk.catch_up()
        self.desk.notify(self.tr("%1 suggestions to review.").replace("%1", str(count)), 6000)
        if count:
            self.desk.show_suggestions()

    @Slot(str)
    def _failed(self, error: str) -> None:
        self.desk.notify("")
        QMessageBox.warning(self.desk, self.tr("Not done"), error)

    # --- names and about --------------------------------------------------------------

    def ask_editor(self) -> None:
        store = self.desk.store
        name, ok = QInputDialog.getText(self.desk, self.tr("Editor name"),
                                        self.tr("Your name, as the history shows it:"), text=store.editor)
        if ok and name.strip():
            store.editor = name.strip()
            self.desk.settings.setValue("editor", store.editor)
            self.desk.refresh_all()

    def ask_newsroom(self) -> None:
        name, ok = QInputDialog.getText(self.desk, self.tr("Newsroom name"),
                                        self.tr("The newsroom named in exports:"),
                                        text=str(self.desk.settings.value("newsroom", "")))
        if ok:
            self.desk.settings.setValue("newsroom", name.strip())

    def shortcuts(self) -> None:
        help_pages.shortcut_sheet(self.desk).exec()

    def usage(self) -> None:
        help_pages.usage(self.desk).exec()

    def about(self) -> None:
        QMessageBox.about(self.desk, self.tr("About 数核"), self.tr(
            "<h3>数核 %1</h3><p>Find, check and cross-check the numeric claims in news articles.</p>"
        ).replace("%1", __version__))
