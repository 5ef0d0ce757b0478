"""Exports read back the way their users read them: csv with Excel's BOM, json, JSON-LD."""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_store_support import SEED_000, SEED_003, first_claim

from annotator.store import Correction, InvalidInputError, NotFoundError
from annotator.store.export import CSV_COLUMNS, export


@pytest.fixture
def decided(seeded):
    """1804列 corrected with a note and evidence, 2215.5亿元 confirmed, a link between them."""
    fixed = first_claim(seeded, SEED_003, "1804列")
    seeded.decide(fixed.id, fixed.version, "corrected", correction=Correction(1840, "列"),
                  note="据市统计局", evidence="https://tjj.cq.gov.cn/2024")
    right = first_claim(seeded, SEED_000, "2215.5亿元")
    seeded.decide(right.id, right.version, "confirmed")
    seeded.link([fixed.id, right.id], "conflict", reason="测试")
    return seeded


def _export(store, fmt, **filters) -> str:
    out = io.StringIO()
    export(store.conn, fmt, out, newsroom="重庆日报", **filters)
    return out.getvalue()


def test_csv_opens_as_utf8_with_bom_one_row_per_claim(decided, tmp_path):
    path = tmp_path / "claims.csv"
    path.write_bytes(_export(decided, "csv").encode("utf-8"))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == decided.count_claims()
    row = next(r for r in rows if r["claim text"] == "1804列")
    assert (row["article"], row["status"], row["correction"], row["note"]) == (
        SEED_003, "corrected", "1840列", "据市统计局")
    assert "1804列" in row["sentence"] and row["unit"] == "列" and row["value"] == "1804"
    assert row["linked claims"] == f"conflict: {SEED_000} “2215.5亿元”"


def test_json_holds_everything_with_provenance(decided):
    document = json.loads(_export(decided, "json"))
    assert document["extractor_version"] and document["newsroom"] == "重庆日报"
    article = next(a for a in document["articles"] if a["name"] == SEED_003)
    claim = next(c for c in article["claims"] if c["text"] == "1804列")
    assert (claim["status"], claim["corrected_value"], claim["decided_by"]) == ("corrected", 1840, "amy")
    assert claim["extractor_version"] and claim["decided_at"] and claim["origin"] == "extractor"
    [link] = document["links"]
    assert claim["links"] == [link["id"]]
    assert {m["text"] for m in link["members"]} == {"1804列", "2215.5亿元"}


def test_jsonld_has_a_claim_review_per_decided_claim(decided):
    document = json.loads(_export(decided, "jsonld"))
    assert document["@context"] == "https://schema.org"
    reviews = {r["itemReviewed"]["text"]: r for r in document["@graph"]}
    assert set(reviews) == {"1804列", "2215.5亿元"}
    fixed = reviews["1804列"]
    assert fixed["@type"] == "ClaimReview"
    assert fixed["reviewRating"]["alternateName"] == "已更正"
    assert reviews["2215.5亿元"]["reviewRating"]["alternateName"] == "属实"
    assert "1804列" in fixed["claimReviewed"]
    assert fixed["itemReviewed"]["appearance"]["name"] == SEED_003
    assert fixed["author"] == {"@type": "Organization", "name": "重庆日报"}
    assert len(fixed["datePublished"]) == 10 and "1840" in fixed["reviewBody"]
    assert fixed["citation"] == "https://tjj.cq.gov.cn/2024"


def test_markdown_report_lists_corrections_for_the_writer(decided):
    report = _export(decided, "md", article=SEED_003)
    assert report.startswith("# 更正报告：")
    assert "## 需要更正（1）" in report
    assert "“1804列”应为 **1840列**" in report and "据市统计局" in report


def test_filters_by_status_and_article(decided):
    rows = list(csv.DictReader(io.StringIO(_export(decided, "csv", status="decided")[1:])))
    assert sorted(r["claim text"] for r in rows) == ["1804列", "2215.5亿元"]
    rows = list(csv.DictReader(io.StringIO(_export(decided, "csv", status="corrected",
                                                   article=SEED_000)[1:])))
    assert rows == []
    with pytest.raises(NotFoundError, match="no article named"):
        _export(decided, "csv", article="nope.txt")


def test_export_to_a_file_replaces_it_whole(decided, tmp_path, monkeypatch):
    target = tmp_path / "reviews.jsonld"
    target.write_text("an older export", encoding="utf-8")
    monkeypatch.setenv("ANNOTATOR_NEWSROOM", "上游新闻")
    decided.export_to("jsonld", target, status="corrected")
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [r["author"]["name"] for r in document["@graph"]] == ["上游新闻"]
    with pytest.raises(InvalidInputError, match="unknown format"):
        decided.export_to("pdf", target)
    assert json.loads(target.read_text(encoding="utf-8")) == document  # a failed export
    assert list(tmp_path.glob("*.partial")) == []                      # leaves no trace
