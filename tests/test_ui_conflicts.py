"""The suggested-links panel: review the finder's suggestions with Y and N, and take a
linked claim's decision with S."""

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox
from ui_support import wait_for_jobs, when_dialog_opens

from annotator.paths import seed_files
from annotator.store import Store
from annotator.ui.dialogs import PasteDialog
from annotator.ui.main_window import MainWindow

DRAFT = ("2024年，西部陆海新通道江津班列累计开行1840列，占全市开行的40%。"
         "重庆江北国际机场已累计开通国际客、货运航线116条，航点总数达159个。")


@pytest.fixture
def window(qtbot, tmp_path):
    store = Store(tmp_path / "review.db", editor="审稿人")
    store.import_paths(seed_files())
    store.import_text("draft.txt", DRAFT)
    win = MainWindow(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.file_handlers.find_conflicts()
    qtbot.waitUntil(lambda: win.conflicts.list.count() > 0 and not win.jobs.busy(), timeout=20000)
    yield win
    win.close()
    store.close()


def press_in(qtbot, widget, key):
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    qtbot.keyClick(widget, key)


def test_review_a_conflict_side_by_side_then_accept_and_dismiss(qtbot, window):
    win = window
    panel = win.conflicts
    first = panel.current()
    assert first.relation == "conflict"  # worst first
    texts = sorted(win.store.claim(m).text for m in first.members)
    assert texts == ["1804列", "1840列"]
    titles = {panel.left.title.text(), panel.right.title.text()}
    assert win.store.article(win.store.article_id("draft.txt")).title in titles
    assert panel.left.view.toPlainText() and panel.right.view.toPlainText()

    press_in(qtbot, panel.list, Qt.Key.Key_Y)
    assert win.store.link_by_id(first.id).state == "accepted"
    assert all(link.id != first.id for link in win.store.links(state="suggested"))
    # the accepted conflict marks both claims in the article view's states
    draft_claim = next(m for m in first.members
                       if win.store.claim(m).article_id == win.store.article_id("draft.txt"))
    win.jump_to_claim(draft_claim)
    assert win.claims.state_of(win.claims.claim_at(win.claims.row_of(draft_claim))) == "conflict"
    assert [e.action for e in win.store.history(after_id=0)][-1] == "accept_link"

    # repeated figures wait in their own group, shown on request
    assert all(panel.list.item(i).data(Qt.ItemDataRole.UserRole).relation != "same"
               for i in range(panel.list.count()))
    assert panel.repeated.isVisible() and "(" in panel.repeated.text()
    panel.repeated.setChecked(True)
    remaining = panel.list.count()
    second = panel.current()
    assert second.relation == "same"
    press_in(qtbot, panel.list, Qt.Key.Key_N)
    assert win.store.link_by_id(second.id).state == "dismissed"
    assert panel.list.count() == remaining - 1


def test_a_pending_suggestion_changes_no_state_and_has_its_own_mark(qtbot, window):
    win = window
    conflict = win.conflicts.current()
    draft_claim = next(m for m in conflict.members
                       if win.store.claim(m).article_id == win.store.article_id("draft.txt"))
    win.jump_to_claim(draft_claim)
    row = win.claims.row_of(draft_claim)
    claim = win.claims.claim_at(row)
    assert win.claims.state_of(claim) == "unchecked"  # not shown as a conflict yet
    links_cell = win.claims.index(row, win.claims.columnCount() - 1)
    assert links_cell.data() == "?"  # a suggestion to review, apart from links
    shown_links = [win.detail.links.item(i).text() for i in range(win.detail.links.count())]
    assert not any("1804列" in text for text in shown_links)  # nor in the claim's links
    # its reason from its code (the app's language; here English), with the evidence
    item = win.conflicts.list.currentItem()
    assert "digits transposed" in item.text() and "same metric" in item.toolTip()


def test_confirm_once_apply_everywhere(qtbot, window):
    win = window
    same = next(link for link in win.store.links(state="suggested") if link.relation == "same"
                and {win.store.claim(m).text for m in link.members} == {"159个"})
    win.store.set_link_state(same.id, same.version, "accepted")
    seed_claim, draft_claim = sorted(same.members, key=lambda m: win.store.claim(m).article_id)
    win.jump_to_claim(seed_claim)
    win.claim_handlers.confirm()
    win.jump_to_claim(draft_claim)
    assert win.detail.hint.isVisible() and "S" in win.detail.hint.text()
    press_in(qtbot, win.table, Qt.Key.Key_S)
    assert win.store.claim(draft_claim).status == "confirmed"
    assert win.store.claim(draft_claim).decided_by == "审稿人"


def test_y_keeps_the_place_in_the_list(qtbot, window):
    panel = window.conflicts
    panel.repeated.setChecked(True)
    assert panel.list.count() >= 3
    panel.list.setCurrentRow(1)
    following = panel.list.item(2).data(Qt.ItemDataRole.UserRole)
    press_in(qtbot, panel.list, Qt.Key.Key_Y)
    assert panel.list.currentRow() == 1  # not back at the top
    assert panel.current().id == following.id


def test_pasted_text_is_searched_for_conflicts_as_an_import_is(qtbot, window):
    win = window
    clash = "今年一季度，重庆外贸进出口总值达2251.5亿元，同比增长34.3%。"  # 2215.5 in seed 000

    def paste(dialog: PasteDialog):
        dialog.name.setText("快讯.txt")
        dialog.text.setPlainText(clash)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_dialog_opens(qtbot, PasteDialog, paste)
    next(a for a in win.findChildren(QAction) if a.text() in ("Paste text as article…",)).trigger()
    pasted = win.store.article_id("快讯.txt")

    def suggested() -> bool:
        links = [win.conflicts.list.item(i).data(Qt.ItemDataRole.UserRole)
                 for i in range(win.conflicts.list.count())]
        return any(win.store.claim(m).article_id == pasted for link in links for m in link.members)

    qtbot.waitUntil(suggested, timeout=20000)
    wait_for_jobs(qtbot, win)


def test_qwidget_methods_are_what_qt_says(qtbot, window):
    win = window
    win.move(10, 20)
    assert win.pos() == QPoint(10, 20), (win.pos(), win.geometry(), win.frameGeometry())
    assert win.conflicts.window() is win
    assert win.find(win.table.winId()) in (win.table, None)  # QWidget.find: a widget by its id


def test_an_articles_date_and_edition_are_corrected_in_a_dialog_and_the_finder_runs_again(
        qtbot, window):
    from annotator.ui.dialogs import ArticleInfoDialog

    win = window
    draft = win.store.article_id("draft.txt")
    win.jump_to_claim(win.store.claims(draft)[0].id)
    seen = {}

    def fill(dialog: ArticleInfoDialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.published.setText("24.5.2025")
        seen["refused"] = not ok.isEnabled() and "YYYY-MM-DD" in dialog.error.text()
        dialog.published.setText("2025-05-24")
        dialog.edition.setValue(8)
        seen["accepted"] = ok.isEnabled()
        ok.click()

    runs = []
    start = win.jobs.find_conflicts
    win.jobs.find_conflicts = lambda *args: (runs.append(args), start(*args))
    when_dialog_opens(qtbot, ArticleInfoDialog, fill)
    win.file_handlers.article_info()
    assert len(runs) == 1
    assert seen == {"refused": True, "accepted": True}
    article = win.store.article(draft)
    assert (article.published, article.edition) == ("2025-05-24", 8)
    assert any(e.entity == "article_info" for e in win.store.history(article_id=draft))
    qtbot.waitUntil(lambda: not win.jobs.busy(), timeout=20000)  # the finder looked again
    assert win.conflicts.list.count() > 0


def test_the_closest_figures_elsewhere_are_listed_and_linked_with_one_key(qtbot, window):
    win = window
    draft = win.store.article_id("draft.txt")
    claim = next(c for c in win.store.claims(draft) if c.text == "116条")  # no alarm for it
    win.jump_to_claim(claim.id)
    closest = win.detail.closest
    assert closest.count() >= 1
    first = closest.item(0)
    assert "116条" in first.text() and "same metric" in first.text()
    other = first.data(Qt.ItemDataRole.UserRole)
    closest.setCurrentRow(0)
    press_in(qtbot, closest, Qt.Key.Key_Y)
    (link,) = win.store.links(claim_id=claim.id, state="accepted")
    assert link.relation == "same" and other in link.members  # a suggested pair: accepted


def test_a_draft_is_checked_against_a_chosen_archive_read_only(qtbot, tmp_path):
    """The seeds archived, the store holding only the draft: the finder's run shows the
    archive's conflict, the archived article's text beside the draft's, and Y stores
    nothing (the store's links join its own claims only)."""
    from annotator.archive.build import build

    archive = tmp_path / "seeds.archive"
    build([str(seed_files()[0].parent)], archive)
    before = archive.read_bytes()
    store = Store(tmp_path / "draft.db", editor="审稿人")
    store.import_text("draft.txt", DRAFT)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settings.setValue("archive", str(archive))
    win.file_handlers.find_conflicts()
    qtbot.waitUntil(lambda: win.conflicts.list.count() > 0 and not win.jobs.busy(), timeout=20000)
    panel = win.conflicts
    first = panel.current()
    assert first.relation == "conflict" and first.code == "digits_transposed"
    assert {first.params["a"], first.params["b"]} == {"1804列", "1840列"}
    assert "1804列" in panel.left.view.toPlainText() + panel.right.view.toPlainText()
    assert win.store.article(win.store.article_id("draft.txt")).title in \
        {panel.left.title.text(), panel.right.title.text()}
    press_in(qtbot, panel.list, Qt.Key.Key_Y)
    assert win.store.links() == []
    # the archive's repeated figures wait in their group too (the store has none here)
    assert panel.repeated.isVisible()
    panel.repeated.setChecked(True)
    assert any(panel.list.item(i).data(Qt.ItemDataRole.UserRole).relation == "same"
               for i in range(panel.list.count()))
    win.file_handlers.drop_archive()
    assert panel.list.count() == 0
    win.close()
    store.close()
    assert archive.read_bytes() == before
