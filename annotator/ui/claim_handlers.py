"""What the claim keys and the Edit menu do: ask the editor where a dialog is needed, run
the operation, and let the window show what it changed."""

from __future__ import annotations

from PySide6.QtCore import QObject

from annotator.store import Link, NothingToUndoError, StoreError
from annotator.ui import operations, theme
from annotator.ui.dialogs import AddClaimDialog, CorrectDialog, LinkDialog, NoteDialog, SearchDialog


class ClaimHandlers(QObject):
    def __init__(self, desk):
        super().__init__(desk)
        self.desk = desk  # the MainWindow: its store, its current claim, and ``perform``

    def confirm(self) -> None:
        self._decide("confirmed", advance=True)

    def reject(self) -> None:
        self._decide("rejected", advance=True)

    def dispute(self) -> None:
        self._decide("disputed", advance=True)

    def _decide(self, status: str, advance: bool) -> None:
        claim = self.desk.current_claim()
        if claim is not None and self.desk.perform(operations.decide, claim, status) and advance:
            self.desk.step(1)

    def correct(self) -> None:
        claim = self.desk.current_claim()
        if claim is None:
            return
        dialog = CorrectDialog(claim, self.desk)
        if dialog.exec():
            self.desk.perform(operations.decide, claim, "corrected", correction=dialog.correction(),
                              note=dialog.note.toPlainText(), evidence=dialog.evidence.text().strip())

    def note(self) -> None:
        claim = self.desk.current_claim()
        if claim is None:
            return
        dialog = NoteDialog(claim, self.desk)
        if dialog.exec():
            self.desk.perform(operations.annotate, claim, dialog.note.toPlainText(),
                              dialog.evidence.text().strip())

    def link(self) -> None:
        claim = self.desk.current_claim()
        if claim is None:
            return
        dialog = LinkDialog(self.desk.store, claim, self.desk)
        if dialog.exec():
            self.desk.perform(operations.link, claim, dialog.target(), dialog.relation.currentData())

    def add_claim(self) -> None:
        article, span = self.desk.article, self.desk.selected_span()
        if article is None or span is None or span[0] >= span[1]:
            self.desk.notify(self.tr("Select the missed figure in the article first."), 4000)
            return
        dialog = AddClaimDialog(article.text[span[0]:span[1]], self.desk)
        if dialog.exec():
            self.desk.perform(operations.add_claim, article.id, *span, **dialog.claim_fields())

    def delete_claim(self) -> None:
        """Only claims an editor added can go; the extractor's are rejected instead."""
        claim = self.desk.current_claim()
        if claim is None or claim.origin != "editor":
            self.desk.notify(self.tr("Only claims added by an editor can be deleted; "
                                     "reject the others (X)."), 5000)
            return
        self.desk.perform(operations.delete_claim, claim)

    def apply_linked(self) -> None:
        """Confirm once, apply everywhere: take the same fact's decision for this claim."""
        claim = self.desk.current_claim()
        other = operations.same_fact_decision(claim, self.desk.linked(claim)) if claim else None
        if other is None:
            self.desk.notify(self.tr("No decided claim is linked to this one as the same fact."), 4000)
            return
        if self.desk.perform(operations.take_linked_decision, claim, other):
            self.desk.step(1)

    def review(self, suggestion: Link, state: str) -> None:
        """A suggestion accepted (Y) or dismissed (N) in the review panel."""
        self.desk.perform(operations.review, suggestion, state)

    def undo(self) -> None:
        self._replay(operations.undo, self.tr("Nothing to undo."))

    def redo(self) -> None:
        self._replay(operations.redo, self.tr("Nothing to redo."))

    def _replay(self, operation, nothing: str) -> None:
        near = self.desk.article.id if self.desk.article else None
        try:
            changes = operation(self.desk.store, near)
        except NothingToUndoError:
            self.desk.notify(nothing, 4000)
            return
        except StoreError:  # busy: perform tries once more, and shows why if it fails
            self.desk.perform(operation, near)
            return
        self.desk.apply(changes)
        if changes.skipped is not None:
            self.desk.notify(self.tr(
                "Skipped “%1”: it was changed since, by a colleague or a re-import, and is "
                "not overwritten. Press again to go on.").replace(
                "%1", theme.action_name(changes.skipped.after["skipped"])), 10000)

    def search(self) -> None:
        dialog = SearchDialog(self.desk.store, self.desk)
        if dialog.exec() and dialog.hit is not None:
            hit = dialog.hit
            self.desk.open_article(hit.article_id, hit.claim_id)
            if hit.claim_id is None:
                self.desk.show_offset(hit.start)

