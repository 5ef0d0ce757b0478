"""Importing files, folders and pasted text; re-importing; re-extracting."""

from __future__ import annotations

import itertools
import zipfile

import pytest
from test_store_support import SEED_003, SEED_DIR, SEEDS, first_claim

from annotator.context import sentence_span
from annotator.extract import extract_claims
from annotator.store import Correction, Store, files
from annotator.textio import read_text

SEED_TEXT = read_text(SEED_DIR / SEED_003)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "store.db", editor="amy") as store:
        yield store


def _spans(store, article_id):
    return [(c.start, c.end, c.text) for c in store.claims(article_id)]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_each_encoding_stores_the_same_text_and_claims(tmp_path, store, encoding):
    path = tmp_path / f"draft-{encoding}.txt"
    path.write_bytes(SEED_TEXT.replace("\n", "\r\n").encode(encoding))
    [result] = store.import_paths([path])
    article = store.article(result.article_id)
    assert (result.status, article.name, article.text) == ("new", path.name, SEED_TEXT)
    expected = [(c.start, c.end, c.text) for c in extract_claims(SEED_TEXT)]
    assert _spans(store, article.id) == expected
    assert all(article.text[s:e] == t for s, e, t in expected)


def _docx(path, paragraphs, rows):
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    cells = "".join("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>"
                                       for c in row) + "</w:tr>" for row in rows)
    document = f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{body}' \
               f"<w:tbl>{cells}</w:tbl></w:body></w:document>"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", document)


def test_docx_and_html_keep_paragraphs_and_table_rows_as_lines(tmp_path, store):
    _docx(tmp_path / "稿件.docx", ["外贸快报", "今年一季度，重庆外贸进出口总值达2215.5亿元。"],
          [["江津", "1804列"], ["全市", "3600列"]])
    (tmp_path / "page.html").write_text(
        "<html><head><title>快报</title><style>p{}</style></head><body><h1>外贸快报</h1>"
        "<p>同比增长<b>34.3%</b>。</p><table><tr><td>江津</td><td>1804列</td></tr></table>"
        "</body></html>", encoding="utf-8")
    results = {r.name: r for r in store.import_paths([tmp_path])}
    docx = store.article(results["稿件.docx"].article_id)
    assert docx.text == "外贸快报\n今年一季度，重庆外贸进出口总值达2215.5亿元。\n江津\t1804列\n全市\t3600列"
    assert docx.title == "外贸快报"
    assert [c.text for c in store.claims(docx.id)] == ["2215.5亿元", "1804列", "3600列"]
    html = store.article(results["page.html"].article_id)
    assert "同比增长34.3%。" in html.text.split("\n")
    assert "江津\t1804列" in html.text.split("\n")
    assert all(html.text[c.start:c.end] == c.text for c in store.claims(html.id))


def test_a_bad_file_is_reported_and_skipped_while_the_rest_import(tmp_path, store):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("重庆新能源汽车产量达95.3万辆。", encoding="utf-8")
    (folder / "sub" / "broken.txt").write_bytes(bytes(range(128, 256)) * 40)
    (folder / "sub" / "empty.md").write_bytes(b"")
    (folder / "z.md").write_text("# 标题\n\n签约项目57个。", encoding="utf-8")
    (folder / "notes.xlsx").write_bytes(b"PK")  # not an article type: not even tried
    results = store.import_paths([folder])
    by_name = {r.name: r for r in results}
    assert set(by_name) == {"a.txt", "sub/broken.txt", "sub/empty.md", "z.md"}
    assert by_name["sub/broken.txt"].status == "failed"
    assert "broken.txt" in by_name["sub/broken.txt"].error
    assert "empty" in by_name["sub/empty.md"].error
    assert [a.name for a in store.articles()] == ["a.txt", "z.md"]


def test_a_cancelled_import_commits_the_files_written_and_reads_no_other(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "PARALLEL_FROM", 2)  # files ready together share a commit
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(20):
        (folder / f"{i:02}.txt").write_text(f"江津讯 第{i}篇：产值达{i + 101}.5亿元。", encoding="utf-8")
    asked = itertools.count()
    with Store(tmp_path / "cancel.db", editor="amy") as store:
        # asked before each file: the fifth time, four are written and more are ready
        results = list(store.iter_import([folder], cancelled=lambda: next(asked) >= 4))
        assert [r.name for r in results] == ["00.txt", "01.txt", "02.txt", "03.txt"]
        assert [a.name for a in store.articles()] == [r.name for r in results]
        for result in results:
            assert [h.article_name for h in store.search(f"第{int(result.name[:2])}篇")] == [result.name]
            assert len(store.facts_of([result.article_id])) == 1
        assert [e.action for e in store.history(limit=100)] == ["import"] * 4


def test_two_files_of_one_name_in_different_folders_stay_apart(tmp_path, store):
    for day in ("0521", "0522"):
        (tmp_path / "drafts" / day).mkdir(parents=True)
        (tmp_path / "drafts" / day / "draft.txt").write_text(f"{day}：签约项目57个。", encoding="utf-8")
    store.import_paths([tmp_path / "drafts"])
    assert [a.name for a in store.articles()] == ["0521/draft.txt", "0522/draft.txt"]


def test_importing_the_same_files_again_changes_nothing(tmp_path, store):
    first = store.import_paths([SEED_DIR])
    claims = {a.id: store.claims(a.id) for a in store.articles()}
    events = store.last_event_id()
    again = store.import_paths([SEED_DIR])
    assert [r.status for r in again] == ["unchanged"] * len(SEEDS)
    assert [r.claims for r in again] == [r.claims for r in first]
    assert {a.id: store.claims(a.id) for a in store.articles()} == claims
    assert store.last_event_id() == events


def _edited(text: str, drop: str) -> str:
    """The text with a note put on top (every offset moves) and a sentence taken out."""
    pos = text.index(drop)
    start, end = sentence_span(text, pos, pos + len(drop))
    return "【编者按】本文有改动。\n\n" + text[:start] + text[end:]


def test_an_edited_file_keeps_its_decisions_and_reports_orphans(tmp_path, store):
    path = tmp_path / "draft.txt"
    path.write_text(SEED_TEXT, encoding="utf-8")
    store.import_paths([path])
    article_id = store.article_id("draft.txt")
    kept = first_claim(store, "draft.txt", "1804列")
    # the 6%左右 of 十四五 (the fifth of seven): anchoring must find that one, not another
    repeated = [c for c in store.claims(article_id) if c.text == "6%左右"][4]
    lost = first_claim(store, "draft.txt", "116条")
    store.decide(kept.id, kept.version, "confirmed")
    store.decide(repeated.id, repeated.version, "confirmed", note="十四五")
    store.decide(lost.id, lost.version, "corrected", correction=Correction(117, "条"))
    untouched = first_claim(store, "draft.txt", "159个")  # same sentence as 116条

    path.write_text(_edited(SEED_TEXT, "116条"), encoding="utf-8")
    [result] = store.import_paths([path])
    assert (result.status, result.kept, result.orphaned) == ("updated", 2, 1)
    text = store.article(article_id).text
    now = {c.id: c for c in store.claims(article_id)}
    assert now[kept.id].status == "confirmed" and now[kept.id].start == kept.start + 13
    assert text[now[kept.id].start:now[kept.id].end] == "1804列"
    moved = now[repeated.id]
    assert moved.note == "十四五"
    assert text[moved.start - 20:moved.end] == SEED_TEXT[repeated.start - 20:repeated.end]
    assert now[lost.id].orphaned and now[lost.id].correction.value == 117
    assert untouched.id not in now
    assert store.article_stats(article_id).orphaned == 1

    path.write_text(SEED_TEXT, encoding="utf-8")  # the writer puts the sentence back
    [result] = store.import_paths([path])
    back = store.claim(lost.id)
    assert (result.orphaned, back.orphaned, back.start) == (0, 0, lost.start)


def test_pasted_text_becomes_an_article_with_guessed_date_and_edition(store):
    result = store.import_text("粘贴 1", "第八届西洽会开幕\r\n2025年5月21日，第八届西洽会签约项目57个。")
    article = store.article(result.article_id)
    assert (article.name, article.title, article.published, article.edition) == (
        "粘贴 1", "第八届西洽会开幕", "2025-05-21", 8)
    assert "\r" not in article.text and result.claims == 1


def test_seed_dates_and_editions_are_guessed(tmp_path, store):
    store.import_paths([SEED_DIR])
    guessed = {a.name[:3]: (a.published, a.edition) for a in store.articles()}
    assert guessed["000"] == ("2025-05-24", 8)
    assert guessed["002"] == ("2025-05-21", 8)
    assert guessed["004"] == ("2024-11-25", None)


def test_reextract_after_an_extractor_change_keeps_decisions(tmp_path, store, monkeypatch):
    store.import_paths([SEED_DIR])
    kept = first_claim(store, SEED_003, "1804列")
    dropped = first_claim(store, SEED_003, "116条")
    store.decide(kept.id, kept.version, "confirmed")
    store.decide(dropped.id, dropped.version, "rejected")
    upgraded = [c for c in extract_claims(SEED_TEXT) if c.text != "116条"]  # "the new extractor"
    monkeypatch.setattr("annotator.store.store.extract_claims",
                        lambda text: upgraded if text == SEED_TEXT else extract_claims(text))
    results = {r.name: r for r in store.reextract()}
    assert results[SEED_003].status == "updated" and results[SEED_003].orphaned == 1
    assert sum(r.status == "unchanged" for r in results.values()) == len(SEEDS) - 1
    assert store.claim(kept.id).status == "confirmed"
    assert store.claim(dropped.id).orphaned
    monkeypatch.undo()
    list(store.reextract())
    assert not store.claim(dropped.id).orphaned and store.claim(dropped.id).status == "rejected"


def test_reextract_of_an_empty_store_does_nothing(store):
    assert list(store.reextract()) == []


def test_a_large_import_runs_in_worker_processes_with_the_same_result(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "PARALLEL_FROM", 2)
    with Store(tmp_path / "parallel.db", editor="amy") as store:
        results = store.import_paths([SEED_DIR])
        spans = {a.name: _spans(store, a.id) for a in store.articles()}
    assert [r.status for r in results] == ["new"] * len(SEEDS)
    for path in SEEDS:
        text = read_text(path)
        assert spans[path.name] == [(c.start, c.end, c.text) for c in extract_claims(text)]
