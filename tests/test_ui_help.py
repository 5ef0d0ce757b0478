"""Help: F1 and ? open the shortcut sheet, the Help menu shows the usage text shipped in
resources/, Qt's own file dialog speaks Chinese; a bad store is a dialog naming it, and a
read-only store says so."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from ui_support import close_window, open_window, press, seeded_store, when_dialog_opens

from annotator.store import db
from annotator.ui import app as ui_app
from annotator.ui.help_pages import HelpDialog


@pytest.fixture
def window(qtbot, tmp_path):
    win = open_window(qtbot, seeded_store(tmp_path / "h.db"), tmp_path / "s.ini")
    yield win
    close_window(win)


def _opened_sheet(qtbot, open_it) -> str:
    seen = {}

    def read(dialog: HelpDialog):
        seen["text"] = dialog.browser.toPlainText()
        seen["title"] = dialog.windowTitle()
        dialog.reject()

    when_dialog_opens(qtbot, HelpDialog, read)
    open_it()
    qtbot.waitUntil(lambda: "text" in seen, timeout=3000)
    return seen


@pytest.mark.parametrize("key", [Qt.Key.Key_F1, Qt.Key.Key_Question])
def test_f1_and_question_mark_show_the_shortcut_sheet(qtbot, window, key):
    seen = _opened_sheet(qtbot, lambda: press(qtbot, window.table, key))
    assert seen["title"] == "Keyboard shortcuts"
    for line in ("Confirm", "Dispute", "Ctrl+Z", "Undo", "Suggested links: accept"):
        assert line in seen["text"], line


def test_the_help_menu_shows_the_usage_text_from_resources(qtbot, window):
    seen = _opened_sheet(qtbot, lambda: window.findChild(QAction, "file.usage").trigger())
    assert seen["title"] == "How to use 数核"
    assert "Checking a figure" in seen["text"]  # rendered: no "##" left
    assert "##" not in seen["text"]


@pytest.fixture
def chinese(qapp):
    ui_app.install_translations(qapp, "zh_CN")
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    ui_app.install_translations(qapp, "en")


def test_qts_own_file_dialog_speaks_chinese(qtbot, chinese):
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert labels and not [t for t in labels if re.search("[A-Za-z]{3}", t)], labels


def test_a_bad_store_at_start_is_a_dialog_naming_it(qapp, tmp_path, monkeypatch):
    bad = tmp_path / "notes.db"
    bad.write_text("不是数据库\n" * 100, encoding="utf-8")
    config = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    config.setValue("language", "en")
    monkeypatch.setattr(ui_app, "settings", lambda: config)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert ui_app.run(db=str(bad), editor="amy") == 1
    (message,) = shown
    assert str(bad) in message and "not a SQLite database" in message


def test_a_read_only_store_says_so(qtbot, tmp_path, monkeypatch):
    path = seeded_store(tmp_path / "ro.db")
    monkeypatch.setattr(db, "_access", lambda p: True)  # as a store in a folder we may not write
    win = open_window(qtbot, path, tmp_path / "s.ini")
    try:
        assert win.store.read_only
        assert "read-only" in win.windowTitle()
        assert "Read-only" in win.status.text()
    finally:
        close_window(win)


def test_the_usage_text_follows_the_menus_language(qtbot, window, chinese):
    seen = _opened_sheet(qtbot, lambda: window.findChild(QAction, "file.usage").trigger())
    assert seen["title"] == "数核使用说明"
    assert "核对一个数字" in seen["text"] and "##" not in seen["text"]
