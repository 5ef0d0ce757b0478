"""Below the claims: the selected claim's sentence, value, note, evidence, links, history."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFormLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from annotator.context import sentence_span
from annotator.formatting import format_value
from annotator.store import Event, StoredClaim
from annotator.ui import history_text, theme
from annotator.weburl import is_web_address


class DetailPanel(QWidget):
    jumpToClaim = Signal(int)          # a linked claim's id
    linkClosest = Signal(int, str)     # a close figure's claim id, "same" or "conflict"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("detail")
        self.sentence = self._label("detailSentence")
        self.sentence.setTextFormat(Qt.TextFormat.RichText)
        self.value = self._label("detailValue")
        self.note = self._label("detailNote")
        self.evidence = self._label("detailEvidence")
        self.evidence.setTextFormat(Qt.TextFormat.RichText)
        self.evidence.setOpenExternalLinks(True)
        self.links = QListWidget(self)
        self.links.setObjectName("detailLinks")
        self.links.itemActivated.connect(self._jump)
        # the figures elsewhere most like this one: compared by hand when no alarm fires
        self.closest = QListWidget(self)
        self.closest.setObjectName("detailClosest")
        self.closest.itemActivated.connect(self._jump)
        for text, key, relation in ((self.tr("Link as the same fact"), "Y", "same"),
                                    (self.tr("Link as a conflict"), "X", "conflict")):
            action = QAction(text, self.closest)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, r=relation: self._link_closest(r))
            self.closest.addAction(action)
        self.closest.setToolTip(self.tr("Y: link as the same fact · X: link as a conflict"))
        self.history = QListWidget(self)
        self.history.setObjectName("detailHistory")
        self.hint = self._label("detailHint")
        self.hint.setStyleSheet("color: #0072b2; font-weight: bold")
        self.hint.hide()
        form = QFormLayout(self)
        form.addRow(self.hint)
        form.addRow(self.tr("Sentence"), self.sentence)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("Evidence"), self.evidence)
        form.addRow(self.tr("Links"), self.links)
        form.addRow(self.tr("Closest elsewhere"), self.closest)
        form.addRow(self.tr("History"), self.history)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        return label

    def clear(self) -> None:
        for label in (self.sentence, self.value, self.note, self.evidence, self.hint):
            label.clear()
        self.links.clear()
        self.closest.clear()
        self.history.clear()

    def show_closest(self, closest: list[tuple[int, str, float, str]]) -> None:
        """(claim id, its text, the evidence's score, what agrees) of the closest figures."""
        self.closest.clear()
        for claim_id, text, score, agreeing in closest:
            item = QListWidgetItem(f"{score:.2f} · {text} · {agreeing}")
            item.setData(Qt.ItemDataRole.UserRole, claim_id)
            self.closest.addItem(item)

    def _link_closest(self, relation: str) -> None:
        item = self.closest.currentItem()
        if item is not None:
            self.linkClosest.emit(item.data(Qt.ItemDataRole.UserRole), relation)

    def show_claim(self, claim: StoredClaim, article_text: str, state: str,
                   links: list[tuple[str, StoredClaim, str]], events: list[Event],
                   hint: str = "") -> None:
        """``links``: (relation, the other claim, its article's title) for each link;
        ``hint``: a decision the editor may take over from a linked claim."""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        left, right = sentence_span(article_text, claim.start, claim.end)

        def plain(part: str) -> str:  # print-layout breaks do not belong in one sentence
            return html.escape(re.sub(r"\s*\n\s*", "", part))

        self.sentence.setText(plain(article_text[left:claim.start]) + "<b><u>" + plain(claim.text)
                              + "</u></b>" + plain(article_text[claim.end:right]))
        value = format_value(claim.value, claim.unit, claim.kind, claim.value_high)
        parts = [value, theme.kind_name(claim.kind), theme.state_name(state)]
        fix = claim.correction
        if fix is not None:
            parts.append(self.tr("should be %1").replace(
                "%1", format_value(fix.value, fix.unit, claim.kind, qualifier=fix.qualifier)))
        self.value.setText(" · ".join(p for p in parts if p))
        self.note.setText(html.escape(claim.note or ""))
        url = html.escape(claim.evidence or "")
        # only a web page is a link: a file: or javascript: address from an older store
        # or another program is shown as text, never opened by a click
        self.evidence.setText(f'<a href="{url}">{url}</a>' if is_web_address(claim.evidence or "")
                              else url)
        self.links.clear()
        for relation, other, title in links:
            item = QListWidgetItem(f"{theme.relation_name(relation)} · {title} · {other.text}")
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            self.links.addItem(item)
        self.history.clear()
        for event in events:
            self.history.addItem(history_text.entry(event, claim.text))

    def _jump(self, item: QListWidgetItem) -> None:
        self.jumpToClaim.emit(item.data(Qt.ItemDataRole.UserRole))
