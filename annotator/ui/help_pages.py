"""Help: the shortcut sheet (F1 or ?), made from the actions table so it never drifts from
the keys, and the usage text shipped in resources/help/."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from annotator.paths import resource
from annotator.ui import QT_TRANSLATE_NOOP, actions

USAGE = QT_TRANSLATE_NOOP("Help", "usage_en.md")  # translated: usage_zh_CN.md

# Keys of the panels, not of the menus: the review panel's and the closest figures'.
PANEL_KEYS = (("Y", QT_TRANSLATE_NOOP("Help", "Suggested links: accept the suggestion")),
              ("N", QT_TRANSLATE_NOOP("Help", "Suggested links: dismiss the suggestion")))


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys as the editor types them, what they do), in menu order."""
    rows = []
    for row in actions.ROWS:
        if row.text and row.keys:
            keys = " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                              for k in row.keys)
            text = QCoreApplication.translate("Actions", row.text).replace("&", "")
            rows.append((keys, text))
    rows += [(key, QCoreApplication.translate("Help", text)) for key, text in PANEL_KEYS]
    return rows


def usage_file() -> str:
    """The usage text in the app's language (English where none is shipped). The
    catalogue names its own file, so the text follows the menus' language."""
    translated = QCoreApplication.translate("Help", USAGE)
    for name in (f"help/{translated}", f"help/{USAGE}"):
        path = resource(name)
        if path.exists():
            return path.read_text(encoding="utf-8")
    return ""


class HelpDialog(QDialog):
    def __init__(self, title: str, markdown: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(markdown)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(560, 520)


def shortcut_sheet(parent) -> HelpDialog:
    head = (QCoreApplication.translate("Help", "Key"), QCoreApplication.translate("Help", "Action"))
    lines = [f"| {head[0]} | {head[1]} |", "| --- | --- |"]
    lines += [f"| `{keys}` | {text} |" for keys, text in shortcut_rows()]
    return HelpDialog(QCoreApplication.translate("Help", "Keyboard shortcuts"), "\n".join(lines),
                      parent)


def usage(parent) -> HelpDialog:
    return HelpDialog(QCoreApplication.translate("Help", "How to use 数核"), usage_file(), parent)
