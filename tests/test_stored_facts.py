"""Facts are stored beside their claims and kept current by every write; a draft is
checked against the stored facts its block keys reach, and finds what a full run finds
for it; a large block is split, never dropped."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from annotator.bench import generate_articles
from annotator.extract import extract_claims
from annotator.linking import facts_of_articles, find_links, suggest
from annotator.linking.facts import ClaimValues, facts_of_article, to_row
from annotator.linking.retrieval import BLOCK_LIMIT, head
from annotator.store import Store, conflicts
from annotator.store import facts as stored_facts
from annotator.store.records import Correction

ROOT = Path(__file__).parent.parent
DRAFTS = ROOT / "tests" / "data" / "drafts"
LINE = "重庆江津讯 2024年，江津综保区班列累计开行1804列，同比增长12%。"


def _fresh(store: Store) -> list[dict]:
    """Facts built from the store's claims as decided, the way the finder once did."""
    articles = []
    for stats in store.articles():
        article = store.article(stats.id)
        claims = [conflicts._as_decided(c) for c in store.claims(article.id)
                  if not c.orphaned and c.status != "rejected"]
        articles.append((article.id, article.name, article.text, article.published,
                         article.edition, claims))
    return _rows(facts_of_articles(articles))


def _rows(facts) -> list[dict]:
    return sorted((to_row(f) for f in facts), key=lambda r: r["claim_id"])


def test_every_write_keeps_the_stored_facts_current(seeded):
    assert _rows(seeded.stored_facts()) == _fresh(seeded)
    article = seeded.articles()[0]
    first, second, third = seeded.claims(article.id)[:3]
    seeded.decide(first.id, first.version, "corrected", correction=Correction(1234.5, "亿元"))
    seeded.decide(second.id, second.version, "rejected")
    seeded.update_article(article.id, seeded.article(article.id).version, published="2023-02-01")
    seeded.add_claim(article.id, third.start, third.end - 1)
    assert _rows(seeded.stored_facts()) == _fresh(seeded)
    for _ in range(3):
        seeded.undo()
    assert _rows(seeded.stored_facts()) == _fresh(seeded)
    edited = seeded.article(article.id)
    assert seeded.import_text(edited.name, edited.text + "\n全年产值达1234.5亿元。").status == "updated"
    assert _rows(seeded.stored_facts()) == _fresh(seeded)
    list(seeded.reextract())
    assert _rows(seeded.stored_facts()) == _fresh(seeded)
    seeded.delete_article(article.id)
    assert _rows(seeded.stored_facts()) == _fresh(seeded)
    assert not seeded.facts_of([article.id])


def test_an_older_store_builds_its_facts_once_with_progress(tmp_path):
    path = tmp_path / "old.db"
    with Store(path, editor="amy") as store:
        for i in range(5):
            store.import_text(f"{i}.txt", LINE.replace("1804", str(1800 + i)))
        built = _rows(store.stored_facts())
    conn = sqlite3.connect(path)  # a version 3 store: no facts
    conn.executescript("DROP TABLE facts; DROP TABLE fact_keys; DROP TABLE fact_articles;"
                       "DROP TABLE facts_pending; PRAGMA user_version = 3;")
    conn.close()
    with Store(path, editor="amy") as store:
        assert list(store.stored_facts()) == []
        seen = []
        assert store.refresh_facts(lambda done, total: seen.append((done, total))) == 5
        assert seen[-1] == (5, 5)
        assert _rows(store.stored_facts()) == built
        assert store.refresh_facts() == 0  # once


def test_a_new_facts_version_rebuilds_them(tmp_path, monkeypatch):
    with Store(tmp_path / "s.db", editor="amy") as store:
        store.import_text("a.txt", LINE)
        store.import_text("b.txt", LINE)
        monkeypatch.setattr(stored_facts, "STORED_VERSION", "another finder")
        assert store.refresh_facts() == 2
        assert store.refresh_facts() == 0


def test_a_draft_checked_alone_finds_what_a_full_run_finds_for_it(seeded):
    for path in sorted(DRAFTS.glob("*.txt")):
        seeded.import_paths([path])
    drafts = {seeded.article_id(p.name) for p in DRAFTS.glob("*.txt")}
    full, _ = conflicts.find(seeded)
    for draft in sorted(drafts):
        alone, _ = conflicts.find(seeded, {draft})
        touching = [s for s in full if any(f.article_id == draft
                                           for f in seeded.claim_facts(s.claim_ids))]
        assert [(s.relation, s.claim_ids, s.code) for s in alone] == \
            [(s.relation, s.claim_ids, s.code) for s in touching]
        assert alone


def test_a_full_run_reads_a_head_at_a_time_and_finds_what_every_fact_at_once_finds(seeded):
    for path in sorted(DRAFTS.glob("*.txt")):
        seeded.import_paths([path])
    for i, text in enumerate(generate_articles(40, 900, seed=5)):
        seeded.import_text(f"gen-{i}.txt", text)
    for i in range(2 * BLOCK_LIMIT):  # a block read in windows
        seeded.import_text(f"line-{i}.txt", LINE.replace("1804", str(1790 + i)))
    facts = list(seeded.stored_facts())
    texts = seeded.texts()
    by_article: dict[int, list] = {}
    for fact in facts:
        by_article.setdefault(fact.article_id, []).append(fact)
    at_once = suggest([facts], ((members, texts[a]) for a, members in by_article.items()),
                      lambda ids: [f for a in ids for f in by_article[a]])
    found, _ = conflicts.find(seeded)
    assert len({head(f.claim.kind, f.dimension) for f in facts}) > 5
    assert [(s.relation, s.claim_ids, s.code, s.score, s.params) for s in found] == \
        [(s.relation, s.claim_ids, s.code, s.score, s.params) for s in at_once]
    assert {s.relation for s in found} == {"same", "conflict", "inconsistent"}


def _facts_of(texts: list[str]):
    facts, by_id = [], {}
    for number, text in enumerate(texts, 1):
        claims = [ClaimValues(number * 100 + i, c.start, c.end, c.text, c.value, c.value_high,
                              c.unit, c.qualifier, c.kind, c.metric, c.entity, c.period)
                  for i, c in enumerate(extract_claims(text))]
        facts += facts_of_article(number, f"{number}.txt", text, "2025-01-02", None, claims)
        by_id[number] = text
    return facts, by_id


def test_a_block_of_500_figures_is_split_not_dropped_and_finds_the_one_slip():
    texts = [LINE] * 499 + [LINE.replace("1804", "1840")]
    facts, by_id = _facts_of(texts)
    found = find_links(facts, by_id)
    slips = [s for s in found if s.relation == "conflict"]
    assert slips and {s.code for s in slips} == {"digits_transposed"}
    assert all(500 in {i // 100 for i in s.claim_ids} for s in slips)


def test_a_draft_meets_a_large_block_by_index(tmp_path):
    with Store(tmp_path / "s.db", editor="amy") as store:
        for i in range(80):  # more than a block holds: read as windows of values
            store.import_text(f"{i:02}.txt", LINE)
        draft = store.import_text("draft.txt", LINE.replace("1804", "1840")).article_id
        found, claims = conflicts.find(store, {draft})
    slips = [s for s in found if s.relation == "conflict"]
    assert slips and {s.code for s in slips} == {"digits_transposed"}
    assert all(claims[s.claim_ids[1]][0] == "draft.txt" or claims[s.claim_ids[0]][0] == "draft.txt"
               for s in slips)


def test_a_corrected_claim_is_stored_by_its_corrected_value(tmp_path):
    with Store(tmp_path / "s.db", editor="amy") as store:
        article = store.import_text("a.txt", LINE).article_id
        claim = store.claims(article)[0]
        store.decide(claim.id, claim.version, "corrected", correction=Correction(1840, "列"))
        (fact,) = store.claim_facts([claim.id])
        assert (fact.value, fact.claim.value, fact.claim.text) == (1840, 1840, "1804列")


def test_check_on_a_store_without_facts_builds_them_first_and_says_so(tmp_path, capsys):
    from annotator.cli import main

    path = tmp_path / "old.db"
    with Store(path, editor="amy") as store:
        store.import_text("a.txt", LINE)
    conn = sqlite3.connect(path)  # as if written before facts were stored
    conn.executescript("DELETE FROM facts; DELETE FROM fact_keys; DELETE FROM fact_articles;")
    conn.close()
    draft = tmp_path / "draft.txt"
    draft.write_text(LINE.replace("1804", "1840"), encoding="utf-8")
    assert main(["check", "--db", str(path), "--format", "jsonl", str(draft)]) == 0
    out, err = capsys.readouterr()
    assert "digits_transposed" in out
    assert "building the finder's facts: 1 of 1 articles" in err


def test_a_draft_figure_found_under_another_owner_elsewhere_is_judged_as_a_full_run_does(
        tmp_path):
    """成都's figure, written for 重庆: the judge reads all of the other article's figures,
    though this one shares no block key with the draft's."""
    with Store(tmp_path / "s.db", editor="t") as store:
        store.import_text("b.txt", "重庆讯 今年一季度，重庆外贸进出口总值达2215.5亿元。"
                                   "另据统计，成都方面的数字是1804.6亿元。")
        draft = store.import_text("d.txt", "重庆讯 今年一季度，重庆外贸进出口总值达1804.6亿元。")
        alone, _ = conflicts.find(store, {draft.article_id})
        full, _ = conflicts.find(store)
    assert [(s.code, s.claim_ids) for s in alone] == [(s.code, s.claim_ids) for s in full] \
        == [("other_entity", (3, 1))]  # the borrowed figure first, as its reason names it


def test_the_stored_version_is_the_same_in_every_process():
    """Else every new process finds every stored fact stale and builds them all again."""
    def version(seed: str) -> str:
        return subprocess.run(
            [sys.executable, "-c", "from annotator.store.facts import STORED_VERSION as v; print(v)"],
            env={**os.environ, "PYTHONHASHSEED": seed}, check=True, capture_output=True,
            text=True).stdout
    assert version("1") == version("2") == stored_facts.STORED_VERSION + "\n"
