"""Every menu item and shortcut of the desk, in one table.

A row names the menu it sits in, its text (translated when the menus are built), the
handler it calls (``"claim.confirm"``: a method of the window's ``claims`` handlers),
and its keys. A single-key shortcut acts only in the claims table and the article
view, never while the editor types in a text field.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from annotator.ui import QT_TRANSLATE_NOOP
from annotator.ui.file_handlers import EXPORT_FORMATS


@dataclass(frozen=True)
class Row:
    menu: str
    text: str | None = None    # None: a separator
    slot: str = ""             # "<target>.<method>"
    keys: tuple = ()
    args: tuple = ()
    single_key: bool = False
    submenu: str = ""          # this row opens the menu of that name


MENUS = (("file", QT_TRANSLATE_NOOP("Actions", "&File")),
         ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
         ("claim", QT_TRANSLATE_NOOP("Actions", "&Claim")),
         ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
         ("help", QT_TRANSLATE_NOOP("Actions", "&Help")))

# lupdate reads the literal QT_TRANSLATE_NOOP calls, so they cannot hide behind a helper
ROWS = (
    Row("file", QT_TRANSLATE_NOOP("Actions", "Open store…"), "file.open_store", ("Ctrl+O",)),
    Row("file", QT_TRANSLATE_NOOP("Actions", "New store…"), "file.new_store"),
    Row("file"),
    Row("file", QT_TRANSLATE_NOOP("Actions", "Import files…"), "file.import_files", ("Ctrl+I",)),
    Row("file", QT_TRANSLATE_NOOP("Actions", "Import folder…"), "file.import_folder"),
    Row("file", QT_TRANSLATE_NOOP("Actions", "Paste text as article…"), "file.paste"),
    Row("file", QT_TRANSLATE_NOOP("Actions", "Article information…"), "file.article_info",
        ("Ctrl+Shift+I",)),
    Row("file", QT_TRANSLATE_NOOP("Actions", "Delete article"), "file.delete_article"),
    Row("file"),
    Row("file", QT_TRANSLATE_NOOP("Actions", "Back up store…"), "file.backup"),
    Row("file", QT_TRANSLATE_NOOP("Actions", "Export"), submenu="export"),
    *(Row("export", label, "file.export", args=(fmt,)) for fmt, label in EXPORT_FORMATS),
    Row("file"),
    Row("file", QT_TRANSLATE_NOOP("Actions", "Quit"), "window.close",
        (QKeySequence.StandardKey.Quit,)),

    Row("edit", QT_TRANSLATE_NOOP("Actions", "Undo"), "claim.undo", ("Ctrl+Z",)),
    Row("edit", QT_TRANSLATE_NOOP("Actions", "Redo"), "claim.redo", ("Ctrl+Shift+Z", "Ctrl+Y")),
    Row("edit"),
    Row("edit", QT_TRANSLATE_NOOP("Actions", "Search…"), "claim.search", ("Ctrl+F",)),
    Row("edit", QT_TRANSLATE_NOOP("Actions", "Editor name…"), "file.ask_editor"),
    Row("edit", QT_TRANSLATE_NOOP("Actions", "Newsroom name…"), "file.ask_newsroom"),

    Row("claim", QT_TRANSLATE_NOOP("Actions", "Confirm"), "claim.confirm",
        ("C", "Return", "Enter"), single_key=True),
    Row("claim", QT_TRANSLATE_NOOP("Actions", "Correct…"), "claim.correct", ("E",),
        single_key=True),
    Row("claim", QT_TRANSLATE_NOOP("Actions", "Reject (not a claim)"), "claim.reject", ("X",),
        single_key=True),
    Row("claim", QT_TRANSLATE_NOOP("Actions", "Dispute (wrong, not yet corrected)"),
        "claim.dispute", ("D",), single_key=True),
    Row("claim", QT_TRANSLATE_NOOP("Actions", "Note…"), "claim.note", ("N",), single_key=True),
    Row("claim", QT_TRANSLATE_NOOP("Actions", "Link…"), "claim.link", ("L",), single_key=True),
    Row("claim", QT_TRANSLATE_NOOP("Actions", "Add missed claim from selection"),
        "claim.add_claim", ("A",), single_key=True),
    Row("claim", QT_TRANSLATE_NOOP("Actions", "Delete a claim you added"), "claim.delete_claim",
        ("Delete",), single_key=True),
    Row("claim"),
    Row("claim", QT_TRANSLATE_NOOP("Actions", "Next claim"), "window.step", ("J",), (1,),
        single_key=True),
    Row("claim", QT_TRANSLATE_NOOP("Actions", "Previous claim"), "window.step", ("K",), (-1,),
        single_key=True),
    Row("claim", QT_TRANSLATE_NOOP("Actions", "Next unchecked"), "window.next_unchecked",
        ("Space",), single_key=True),
    Row("claim", QT_TRANSLATE_NOOP("Actions", "Apply the linked claim's decision"),
        "claim.apply_linked", ("S",), single_key=True),
    Row("claim"),
    Row("claim", QT_TRANSLATE_NOOP("Actions", "Find conflicts and repeated facts"),
        "file.find_conflicts", ("Ctrl+R",)),
    Row("claim", QT_TRANSLATE_NOOP("Actions", "Check against an archive…"), "file.choose_archive"),
    Row("claim", QT_TRANSLATE_NOOP("Actions", "Stop checking against the archive"),
        "file.drop_archive"),

    Row("help", QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"), "file.shortcuts", ("F1",)),
    Row("help", QT_TRANSLATE_NOOP("Actions", "How to use 数核"), "file.usage"),
    Row("help"),
    Row("help", QT_TRANSLATE_NOOP("Actions", "About 数核"), "file.about"),
)

# Single keys with no menu item of their own: ``?`` opens the sheet F1 opens.
EXTRA_KEYS = (Row("help", "?", "file.shortcuts", ("?",), single_key=True),)


def install(window: QMainWindow, targets: dict[str, QObject], key_widgets: list[QWidget]
            ) -> dict[str, QMenu]:
    """Build the menu bar from ``ROWS``; ``key_widgets`` receive the single-key shortcuts.
    The menus, by name."""
    menus = {name: window.menuBar().addMenu(_tr(text)) for name, text in MENUS}
    for row in ROWS:
        menu = menus[row.menu]
        if row.submenu:
            menus[row.submenu] = menu.addMenu(_tr(row.text))
        elif row.text is None:
            menu.addSeparator()
        else:
            menu.addAction(_action(window, row, targets, key_widgets))
    for row in EXTRA_KEYS:
        _action(window, row, targets, key_widgets)
    return menus


def _action(window: QMainWindow, row: Row, targets: dict[str, QObject], key_widgets) -> QAction:
    action = QAction(_tr(row.text), window)
    action.setObjectName(row.slot + "".join(f"({a})" for a in row.args))
    action.setShortcuts([QKeySequence(key) for key in row.keys])
    target, method = row.slot.split(".")
    slot = getattr(targets[target], method)
    # ``triggered`` passes ``checked``; the handlers take only the row's arguments
    action.triggered.connect(lambda _checked=False, call=functools.partial(slot, *row.args): call())
    if row.single_key:
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        for widget in key_widgets:
            widget.addAction(action)
    else:
        window.addAction(action)
    return action


def _tr(text: str | None) -> str:
    return QCoreApplication.translate("Actions", text or "")
