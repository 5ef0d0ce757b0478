"""The editor's dialogs: correct, note, link, search, paste text. Each explains invalid
input in place and keeps OK disabled until the input makes sense."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.extract import extract_claims
from annotator.formatting import format_value
from annotator.numbers import parse_number
from annotator.store import Correction, SearchHit, StoredClaim
from annotator.ui import theme

QUALIFIERS = ("exact", "about", "nearly", "over", "under")
KINDS = ("amount", "change", "share", "rank")


def read_value(text: str) -> tuple[float, str | None] | None:
    """What an editor typed as a value: ``2251.5亿``, ``2,251.5``, or ``2251.5亿元``
    (then the unit comes with it). None if it is no number."""
    text = text.strip()
    claims = extract_claims(text)
    whole = claims[0] if len(claims) == 1 and claims[0].start == 0 \
        and claims[0].end == len(text) else None
    if whole is not None and whole.unit:
        return whole.value, whole.unit  # 七成 is 70 %, as the extractor reads it, not 0.7
    value = parse_number(text)
    if value is not None:
        return value, None
    return (whole.value, whole.unit) if whole is not None else None


def evidence_ok(text: str) -> bool:
    text = text.strip()
    if not text:
        return True
    url = QUrl(text, QUrl.ParsingMode.StrictMode)
    return url.isValid() and url.scheme() in ("http", "https") and bool(url.host())


_ISO_DATE = re.compile(r"(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])")


class _Form(QDialog):
    """A form with an error line under it and OK enabled only when ``problem()`` is empty.

    The error shows once the editor has typed something (or pressed OK): a form that
    opens in red before anything is typed only scolds. ``first`` gets the focus."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.first: QWidget | None = None
        self.form = QFormLayout()
        self.error = QLabel(self)
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def problem(self) -> str:
        return ""

    def revalidate(self) -> None:
        """The editor changed a field: say what is wrong with it now."""
        self._check(show=True)

    def _check(self, show: bool) -> None:
        problem = self.problem()
        self.error.setText(problem if show else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def showEvent(self, event) -> None:
        self._check(show=False)  # here, not in __init__: a subclass's fields exist by now
        super().showEvent(event)
        if self.first is not None:
            self.first.setFocus()

    def accept(self) -> None:
        if self.problem():
            self._check(show=True)
        else:
            super().accept()


def _text_field(text: str, parent: QWidget, name: str) -> QPlainTextEdit:
    """A text box where Tab moves on to the next field, as in every other field."""
    field = QPlainTextEdit(text, parent)
    field.setObjectName(name)
    field.setTabChangesFocus(True)
    return field


class ValueFields(QObject):
    """A value as the editor types it (``2251.5亿``), its unit and qualifier: rows of a
    form, shared by the correction and the added claim."""

    def __init__(self, form: QFormLayout, at: int, label: str, unit: str | None,
                 qualifier: str | None, parent: QWidget):
        super().__init__(parent)
        self.value = QLineEdit(parent)
        self.value.setObjectName("value")
        self.value.setPlaceholderText(self.tr("e.g. 2251.5亿 or 2251.5亿元"))
        self.unit = QLineEdit(unit or "", parent)
        self.unit.setObjectName("unit")
        self.qualifier = QComboBox(parent)
        self.qualifier.setObjectName("qualifier")
        for name in QUALIFIERS:
            self.qualifier.addItem(theme.qualifier_name(name), name)
        self.qualifier.setCurrentIndex(QUALIFIERS.index(qualifier or "exact"))
        form.insertRow(at, label, self.value)
        form.insertRow(at + 1, self.tr("Unit"), self.unit)
        form.insertRow(at + 2, self.tr("Qualifier"), self.qualifier)

    def problem(self, missing: str) -> str:
        """``missing`` if no value is typed, else what is wrong with it, if anything."""
        text = self.value.text().strip()
        if not text:
            return missing
        if read_value(text) is None:
            return self.tr("“%1” is not a number. Write it as the article would, e.g. 2251.5亿.").replace(
                "%1", text)
        return ""

    def read(self) -> tuple[float, str | None, str]:
        """(value, unit, qualifier) once ``problem`` has nothing to say."""
        found = read_value(self.value.text())
        assert found is not None  # problem() has read it
        value, unit = found
        return value, unit or self.unit.text().strip() or None, self.qualifier.currentData()


class NoteDialog(_Form):
    def __init__(self, claim: StoredClaim, parent=None):
        super().__init__(self.tr("Note on %1").replace("%1", claim.text), parent)
        self.note = _text_field(claim.note or "", self, "note")
        self.evidence = QLineEdit(claim.evidence or "", self)
        self.evidence.setObjectName("evidence")
        self.evidence.setPlaceholderText("https://…")
        self.form.addRow(self.tr("Note"), self.note)
        self.form.addRow(self.tr("Evidence URL"), self.evidence)
        self.evidence.textChanged.connect(self.revalidate)
        self.first = self.note

    def problem(self) -> str:
        if not evidence_ok(self.evidence.text()):
            return self.tr("The evidence must be a web address starting with http:// or https://.")
        return ""


class CorrectDialog(NoteDialog):
    def __init__(self, claim: StoredClaim, parent=None):
        super().__init__(claim, parent)
        self.setWindowTitle(self.tr("Correct %1").replace("%1", claim.text))
        fix = claim.correction
        self.fields = ValueFields(self.form, 0, self.tr("Correct value"),
                                  fix.unit if fix else claim.unit,
                                  fix.qualifier if fix else claim.qualifier, self)
        self.value = self.fields.value
        self.original = QLabel(format_value(claim.value, claim.unit, claim.kind, claim.value_high), self)
        self.form.insertRow(0, self.tr("As printed"), self.original)
        if fix:
            self.value.setText(f"{fix.value:g}")
        self.value.textChanged.connect(self.revalidate)
        self.first = self.value

    def problem(self) -> str:
        return self.fields.problem(self.tr("Type the correct value.")) or super().problem()

    def correction(self) -> Correction:
        value, unit, qualifier = self.fields.read()
        return Correction(value, unit, qualifier)


class AddClaimDialog(_Form):
    """A figure the extractor missed: its value as the editor reads it, prefilled with
    what the extractor makes of the selection. An added claim is unchecked, not corrected."""

    def __init__(self, span: str, parent=None):
        super().__init__(self.tr("Add %1 as a claim").replace("%1", span), parent)
        read = extract_claims(span)
        guess = read[0] if read else None
        self.fields = ValueFields(self.form, 0, self.tr("Value"), guess.unit if guess else None,
                                  guess.qualifier if guess else None, self)
        self.value = self.fields.value
        if guess is not None and guess.value is not None:
            self.value.setText(format_value(guess.value, None, guess.kind))  # "2,215.5 亿"
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in KINDS:
            self.kind.addItem(theme.kind_name(kind), kind)
        self.kind.setCurrentIndex(KINDS.index(guess.kind if guess else "amount"))
        self.form.insertRow(0, self.tr("As printed"), QLabel(span, self))
        self.form.addRow(self.tr("Kind"), self.kind)
        self.value.textChanged.connect(self.revalidate)
        self.first = self.value

    def problem(self) -> str:
        return self.fields.problem(self.tr("Type the value the text gives."))

    def claim_fields(self) -> dict:
        value, unit, qualifier = self.fields.read()
        return {"value": value, "unit": unit, "qualifier": qualifier, "kind": self.kind.currentData()}


class ClaimSearch(QWidget):
    """A query box over the store's full-text search, with the hits as a list."""

    chosen = Signal(object)  # the SearchHit activated

    def __init__(self, store, parent=None, claims_only: bool = False):
        super().__init__(parent)
        self.store, self.claims_only = store, claims_only
        self.query = QLineEdit(self)
        self.query.setObjectName("query")
        self.query.setClearButtonEnabled(True)
        self.hits = QListWidget(self)
        self.hits.setObjectName("hits")
        self.query.textChanged.connect(self.run)
        self.hits.itemActivated.connect(lambda item: self.chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query)
        layout.addWidget(self.hits)

    def run(self) -> None:
        self.hits.clear()
        query = self.query.text().strip()
        if not query:
            return
        for hit in self.store.search(query, limit=200):
            if self.claims_only and hit.claim_id is None:
                continue
            item = QListWidgetItem(f"{hit.title} · {hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.hits.addItem(item)

    def current(self) -> SearchHit | None:
        item = self.hits.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class LinkDialog(_Form):
    """Find a claim in any article by its text or value and say how it relates."""

    def __init__(self, store, claim: StoredClaim, parent=None):
        super().__init__(self.tr("Link %1 to…").replace("%1", claim.text), parent)
        self.claim = claim
        self.search = ClaimSearch(store, self, claims_only=True)
        self.search.query.setPlaceholderText(self.tr("Find a claim by its text or value"))
        self.relation = QComboBox(self)
        self.relation.setObjectName("relation")
        for relation, label in (("same", self.tr("Same fact")), ("conflict", self.tr("Conflict")),
                                ("related", self.tr("Related"))):
            self.relation.addItem(label, relation)
        self.form.addRow(self.tr("Claim"), self.search)
        self.form.addRow(self.tr("Relation"), self.relation)
        self.search.hits.currentItemChanged.connect(self.revalidate)
        self.search.chosen.connect(lambda _hit: self.accept())
        self.first = self.search.query

    def problem(self) -> str:
        hit = self.search.current()
        if hit is None:
            return self.tr("Choose the claim to link to.")
        if hit.claim_id == self.claim.id:
            return self.tr("A claim cannot be linked to itself.")
        return ""

    def target(self) -> int:
        hit = self.search.current()
        assert hit is not None and hit.claim_id is not None  # problem() has checked it
        return hit.claim_id


class SearchDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search"))
        self.search = ClaimSearch(store, self)
        self.search.query.setPlaceholderText(self.tr("Search articles and claims"))
        self.search.chosen.connect(self._chosen)
        self.hit: SearchHit | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        self.resize(560, 420)

    def _chosen(self, hit: SearchHit) -> None:
        self.hit = hit
        self.accept()


class PasteDialog(_Form):
    def __init__(self, parent=None):
        super().__init__(self.tr("Paste text as a new article"), parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.text = _text_field("", self, "text")
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Text"), self.text)
        self.name.textChanged.connect(self.revalidate)
        self.text.textChanged.connect(self.revalidate)
        self.first = self.name
        self.resize(640, 480)

    def problem(self) -> str:
        if not self.name.text().strip():
            return self.tr("Give the article a name.")
        if not self.text.toPlainText().strip():
            return self.tr("Paste the article's text.")
        return ""


class ArticleInfoDialog(_Form):
    """An article's title, date and fair edition: the finder resolves 今年 and 本届
    against them, so a wrong guess is corrected here once, not claim by claim."""

    def __init__(self, article, parent=None):
        super().__init__(self.tr("Article information"), parent)
        self.title = QLineEdit(article.title, self)
        self.title.setObjectName("title")
        self.published = QLineEdit(article.published or "", self)
        self.published.setObjectName("published")
        self.published.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edition = QSpinBox(self)
        self.edition.setObjectName("edition")
        self.edition.setRange(0, 999)
        self.edition.setSpecialValueText(self.tr("none"))
        self.edition.setValue(article.edition or 0)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Published"), self.published)
        self.form.addRow(self.tr("Edition (第N届)"), self.edition)
        for field in (self.title, self.published):
            field.textChanged.connect(self.revalidate)
        self.first = self.published

    def problem(self) -> str:
        if not self.title.text().strip():
            return self.tr("Give the article a title.")
        date = self.published.text().strip()
        if date and not _ISO_DATE.fullmatch(date):
            return self.tr("Write the date as YYYY-MM-DD, or leave it empty.")
        return ""
