"""The article, read-only, with every claim highlighted by its state.

Print-layout line breaks are joined for reading (``annotator.layout.Reflow``); every
position crossing into Qt goes through the reflow's maps, which also convert between
Python's code points and Qt's UTF-16 units.
"""

from __future__ import annotations

import bisect
import re

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from annotator.layout import Reflow
from annotator.store import StoredClaim
from annotator.ui import theme

CJK_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                "Microsoft YaHei", "PingFang SC", "Noto Sans"]
HEADING = re.compile(r"(#{1,6})[ \t]+")  # a Markdown heading's marks, at a line's start
HEADING_SCALE = {1: 1.5, 2: 1.3, 3: 1.15}


class ArticleView(QPlainTextEdit):
    claimClicked = Signal(int)  # the id of the claim under the click

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setObjectName("articleView")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = QFont()
        font.setFamilies(CJK_FAMILIES)
        font.setPointSize(13)
        self.setFont(font)
        self._reflow = Reflow("")
        self._claims: list[StoredClaim] = []
        self._starts: list[int] = []
        self._states: dict[int, str] = {}
        self._index: dict[int | None, int] = {}  # looked up by a claim id or None
        self._selections: list[QTextEdit.ExtraSelection] = []
        self._selected: int | None = None
        self._touching: list[int] = []

    # --- content ----------------------------------------------------------------------

    def show_article(self, text: str, claims: list[StoredClaim], states: dict[int, str]) -> None:
        self._reflow = Reflow(text)
        self._selected = None
        self.setPlainText(self._reflow.text)
        self._format_headings()
        self.set_claims(claims, states)

    def _format_headings(self) -> None:
        """Markdown headings (``## 1 融通内外``) read as headings: larger and bold, the
        marks faint. Only formats change: the text and every offset stay as stored."""
        block = self.document().firstBlock()
        base = self.font().pointSizeF()
        while block.isValid():
            found = HEADING.match(block.text())
            if found:
                level = len(found.group(1))
                cursor = QTextCursor(block)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                    QTextCursor.MoveMode.KeepAnchor)
                heading = QTextCharFormat()
                heading.setFontWeight(QFont.Weight.Bold)
                heading.setFontPointSize(base * HEADING_SCALE.get(level, 1.0))
                cursor.mergeCharFormat(heading)
                cursor.setPosition(block.position())
                cursor.setPosition(block.position() + found.end(),
                                   QTextCursor.MoveMode.KeepAnchor)
                marks = QTextCharFormat()
                marks.setForeground(QColor(theme.HEADING_MARKS))
                cursor.mergeCharFormat(marks)
            block = block.next()

    def set_claims(self, claims: list[StoredClaim], states: dict[int, str]) -> None:
        self._claims = sorted((c for c in claims if not c.orphaned), key=lambda c: c.start)
        self._starts = [c.start for c in self._claims]
        # where one claim ends right where the next begins (10大类别90个): a gap is drawn
        # there, or the two fills read as one figure
        self._touching = [c.start for prev, c in zip(self._claims, self._claims[1:])
                          if prev.end == c.start]
        self._index = {c.id: i for i, c in enumerate(self._claims)}
        self._states = dict(states)
        self._paint()

    def restyle(self, claims: list[StoredClaim], states: dict[int, str]) -> None:
        """These claims changed in place (a decision): redraw only their highlights."""
        for claim in claims:
            index = self._index.get(claim.id)
            if index is not None:
                self._claims[index] = claim
                self._states[claim.id] = states[claim.id]
        self._restyle(*(c.id for c in claims))

    def select_claim(self, claim_id: int | None, scroll: bool = True) -> None:
        previous, self._selected = self._selected, claim_id
        self._restyle(previous, claim_id)
        self.viewport().update()  # the outline moves with it
        claim = self._claim(claim_id)
        if claim is not None and scroll:
            self.show_offset(claim.start)

    def show_offset(self, offset: int) -> None:
        """Scroll to a stored offset (a search hit outside any claim)."""
        cursor = self.textCursor()
        cursor.setPosition(self._reflow.to_qt(offset))
        self.setTextCursor(cursor)
        self.centerCursor()

    # --- what tests and actions ask ---------------------------------------------------

    def claim_rect(self, claim_id: int) -> QRect:
        """The viewport rectangle of the claim's first character."""
        claim = self._claim(claim_id)
        assert claim is not None, f"claim {claim_id} is not in the article shown"
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._reflow.to_qt(claim.start))
        left = self.cursorRect(cursor)
        cursor.setPosition(self._reflow.to_qt(claim.start) + 1)
        right = self.cursorRect(cursor)
        return QRect(left.topLeft(), right.bottomLeft()).normalized()

    def select_text(self, start: int, end: int) -> None:
        """Select stored ``text[start:end]``, as an editor dragging over it would."""
        cursor = self.textCursor()
        cursor.setPosition(self._reflow.to_qt(start))
        cursor.setPosition(self._reflow.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def selected_span(self) -> tuple[int, int] | None:
        """The stored offsets of the text the editor selected, if any."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return (self._reflow.from_qt(cursor.selectionStart()),
                self._reflow.from_qt(cursor.selectionEnd()))

    def claim_at(self, offset: int) -> StoredClaim | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self._claims[i].start <= offset < self._claims[i].end:
            return self._claims[i]
        return None

    # --- painting and clicks ----------------------------------------------------------

    def _claim(self, claim_id: int | None) -> StoredClaim | None:
        index = self._index.get(claim_id)
        return None if index is None else self._claims[index]

    def _paint(self) -> None:
        """Build every claim's highlight (on a new article or new states)."""
        document = self.document()
        self._selections = []
        for claim in self._claims:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(self._reflow.to_qt(claim.start))
            cursor.setPosition(self._reflow.to_qt(claim.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = self._format(claim)
            self._selections.append(selection)
        self.setExtraSelections(self._selections)

    def _restyle(self, *claim_ids: int | None) -> None:
        """Only these claims' highlights changed (the selection moved)."""
        for claim_id in claim_ids:
            index = self._index.get(claim_id)
            if index is not None:
                self._selections[index].format = self._format(self._claims[index])
        self.setExtraSelections(self._selections)

    def _format(self, claim: StoredClaim):
        return theme.char_format(self._states.get(claim.id, claim.status), claim.id == self._selected)

    # --- what fills cannot show: the current claim's outline, gaps between neighbours ---

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        try:
            gap = QPen(self.palette().base().color(), 2)
            painter.setPen(gap)
            for start in self._touching:
                rect = self._caret(start)
                if rect.intersects(event.rect()):
                    painter.drawLine(rect.left(), rect.top(), rect.left(), rect.bottom())
            current = self._claim(self._selected)
            if current is not None:
                painter.setPen(QPen(QColor(theme.SELECTED_OUTLINE), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for rect in self._span_rects(current.start, current.end):
                    painter.drawRect(rect.adjusted(0, 0, -1, -1))
        finally:
            painter.end()

    def _caret(self, offset: int) -> QRect:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._reflow.to_qt(offset))
        return self.cursorRect(cursor)

    def _span_rects(self, start: int, end: int) -> list[QRect]:
        """The viewport rectangles a span covers, one per line it is wrapped onto."""
        first, last = self._caret(start), self._caret(end)
        if first.top() == last.top():
            return [QRect(first.topLeft(), last.bottomLeft())]
        right = self.viewport().width() - 1
        rects = [QRect(first.left(), first.top(), right - first.left(), first.height())]
        top = first.bottom() + 1
        while top + first.height() <= last.top():  # whole lines between
            rects.append(QRect(0, top, right, first.height()))
            top += first.height()
        rects.append(QRect(0, last.top(), last.left(), last.height()))
        return rects

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        position = self.cursorForPosition(event.position().toPoint()).position()
        claim = self.claim_at(self._reflow.from_qt(position))
        if claim is None and position > 0:  # a click on a claim's right half lands after it
            claim = self.claim_at(self._reflow.from_qt(position - 1))
        if claim is not None:
            self.claimClicked.emit(claim.id)
