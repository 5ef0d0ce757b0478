"""How a claim's state looks. Colours from the Okabe–Ito palette (distinguishable with
the common colour-vision deficiencies), and each state also has its own line style, so
colour is never the only cue."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCharFormat

from annotator.ui import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Look:
    background: str
    line: str
    underline: QTextCharFormat.UnderlineStyle
    strike: bool = False


LOOKS = {
    "unchecked": Look("#ffe7a3", "#e69f00", QTextCharFormat.UnderlineStyle.DotLine),
    "confirmed": Look("#c8eedf", "#009e73", QTextCharFormat.UnderlineStyle.SingleUnderline),
    "corrected": Look("#cfe4f6", "#0072b2", QTextCharFormat.UnderlineStyle.DashUnderline),
    "rejected": Look("#e4e4e4", "#7a7a7a", QTextCharFormat.UnderlineStyle.NoUnderline, strike=True),
    "disputed": Look("#f3d3e6", "#cc79a7", QTextCharFormat.UnderlineStyle.DashDotLine),
    "conflict": Look("#f8cbb0", "#d55e00", QTextCharFormat.UnderlineStyle.WaveUnderline),
}
SELECTED_OUTLINE = "#1f1f1f"
HEADING_MARKS = "#b0b0b0"  # the ## of a Markdown heading: there, but not read
PROGRESS_GROOVE = "#dcdcdc"  # the empty part of an article's progress bar


def look(state: str) -> Look:
    return LOOKS[state]


def shown_state(status: str, in_conflict: bool) -> str:
    """An open conflict outranks everything but a rejection (a rejected claim is no claim)."""
    return "conflict" if in_conflict and status != "rejected" else status


@functools.cache
def char_format(state: str, selected: bool = False) -> QTextCharFormat:
    spec = LOOKS[state]
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(spec.background))
    fmt.setUnderlineStyle(spec.underline)
    fmt.setUnderlineColor(QColor(spec.line))
    fmt.setFontStrikeOut(spec.strike)
    if selected:
        fmt.setFontWeight(700)
        fmt.setForeground(QColor(SELECTED_OUTLINE))
    return fmt


# Source strings marked for lupdate; translated when shown, in the app's language.
_NAMES = {
    "State": {
        "unchecked": QT_TRANSLATE_NOOP("State", "Unchecked"),
        "confirmed": QT_TRANSLATE_NOOP("State", "Confirmed"),
        "corrected": QT_TRANSLATE_NOOP("State", "Corrected"),
        "rejected": QT_TRANSLATE_NOOP("State", "Rejected"),
        "disputed": QT_TRANSLATE_NOOP("State", "Disputed"),
        "conflict": QT_TRANSLATE_NOOP("State", "In conflict"),
    },
    "Kind": {
        "amount": QT_TRANSLATE_NOOP("Kind", "Amount"),
        "change": QT_TRANSLATE_NOOP("Kind", "Change"),
        "share": QT_TRANSLATE_NOOP("Kind", "Share"),
        "rank": QT_TRANSLATE_NOOP("Kind", "Rank"),
    },
    "Relation": {
        "conflict": QT_TRANSLATE_NOOP("Relation", "Conflict"),
        "inconsistent": QT_TRANSLATE_NOOP("Relation", "Does not add up"),
        "same": QT_TRANSLATE_NOOP("Relation", "Same fact"),
        "related": QT_TRANSLATE_NOOP("Relation", "Related"),
    },
    "Action": {  # history entries, as the detail panel and undo name them
        "decide": QT_TRANSLATE_NOOP("Action", "decision"),
        "annotate": QT_TRANSLATE_NOOP("Action", "note"),
        "add_claim": QT_TRANSLATE_NOOP("Action", "added claim"),
        "delete_claim": QT_TRANSLATE_NOOP("Action", "deleted claim"),
        "link": QT_TRANSLATE_NOOP("Action", "link"),
        "suggest": QT_TRANSLATE_NOOP("Action", "suggested link"),
        "accept_link": QT_TRANSLATE_NOOP("Action", "accepted suggestion"),
        "dismiss_link": QT_TRANSLATE_NOOP("Action", "dismissed suggestion"),
        "withdraw": QT_TRANSLATE_NOOP("Action", "withdrawn suggestion"),
        "reopen_link": QT_TRANSLATE_NOOP("Action", "reopened suggestion"),
        "import": QT_TRANSLATE_NOOP("Action", "import"),
        "reimport": QT_TRANSLATE_NOOP("Action", "re-import"),
        "reextract": QT_TRANSLATE_NOOP("Action", "re-extraction"),
        "delete_article": QT_TRANSLATE_NOOP("Action", "deleted article"),
        "edit_article": QT_TRANSLATE_NOOP("Action", "article details"),
        "undo": QT_TRANSLATE_NOOP("Action", "undo"),
        "redo": QT_TRANSLATE_NOOP("Action", "redo"),
        "skip": QT_TRANSLATE_NOOP("Action", "skipped undo"),
    },
    "Qualifier": {
        "exact": QT_TRANSLATE_NOOP("Qualifier", "exact"),
        "about": QT_TRANSLATE_NOOP("Qualifier", "about"),
        "nearly": QT_TRANSLATE_NOOP("Qualifier", "nearly"),
        "over": QT_TRANSLATE_NOOP("Qualifier", "over"),
        "under": QT_TRANSLATE_NOOP("Qualifier", "under"),
    },
}


def _name(context: str, key: str | None) -> str:
    source = _NAMES[context].get(key or "")
    return QCoreApplication.translate(context, source) if source else ""


def state_name(state: str | None) -> str:
    """The state as the editor reads it, translated."""
    return _name("State", state)


def kind_name(kind: str | None) -> str:
    return _name("Kind", kind)


def qualifier_name(qualifier: str | None) -> str:
    return _name("Qualifier", qualifier)


def relation_name(relation: str | None) -> str:
    return _name("Relation", relation)


def action_name(action: str) -> str:
    """A history entry's action (``decide``, ``import``…) as the editor reads it."""
    return _name("Action", action) or action
