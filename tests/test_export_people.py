"""Exports people read: values as a paper writes them, a Chinese report in Chinese
throughout (compared with a checked-in text), a spreadsheet with a frozen header, widths
and no formula, and a verified-only selection."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from test_store_support import SEED_000, SEED_003, first_claim

from annotator.store import Correction, export
from annotator.store.export import CSV_COLUMNS

EXPECTED = Path(__file__).parent / "data" / "expected_report.md"
FORMULA = '=HYPERLINK("http://evil.example","点此")'


@pytest.fixture
def checked(seeded, monkeypatch):
    """2215.5亿元 corrected to 2251.5亿元 (a formula in its note), 近…/90个 linked as a
    conflict with the finder's English reason, one claim rejected."""
    monkeypatch.setattr(export, "_now", lambda: "2026-05-20T08:00:00+00:00")
    wrong = first_claim(seeded, SEED_000, "2215.5亿元")
    seeded.decide(wrong.id, wrong.version, "corrected", correction=Correction(225150000000, "元"),
                  note=FORMULA)
    other = first_claim(seeded, SEED_003, "1804列")
    seeded.decide(other.id, other.version, "confirmed")
    unchecked = first_claim(seeded, SEED_000, "90个")
    seeded.link([unchecked.id, other.id], "conflict", reason="digits transposed (1804 vs 1840)")
    return seeded


def _text(store, fmt, **options) -> str:
    out = io.StringIO()
    store.export(fmt, out, newsroom="重庆日报", **options)
    return out.getvalue()


def test_the_markdown_report_reads_as_the_expected_chinese_text(checked):
    report = _text(checked, "md", article=SEED_000)
    if not EXPECTED.exists():  # written once, read by a person, then checked in
        EXPECTED.write_text(report, encoding="utf-8")
    assert report == EXPECTED.read_text(encoding="utf-8")
    assert "应为 **2251.5亿元**" in report and "225150000000" not in report
    assert not any(word in report for word in ("digits", "transposed"))


def test_csv_writes_corrections_and_values_as_people_do(checked):
    rows = list(csv.DictReader(io.StringIO(_text(checked, "csv", status="verified")[1:])))
    fixed = next(r for r in rows if r["claim text"] == "2215.5亿元")
    assert fixed["correction"] == "2251.5亿元"
    assert fixed["as written"] == "2215.5亿元" and fixed["value"] == "221550000000"
    assert {r["status"] for r in rows} == {"corrected", "confirmed"}  # verified only


def test_xlsx_has_a_frozen_header_widths_and_no_formula(checked, tmp_path):
    path = checked.export_to("xlsx", tmp_path / "claims.xlsx", status="verified")
    sheet = openpyxl.load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert tuple(header) == CSV_COLUMNS
    assert sheet.freeze_panes == "A2"
    rows = [dict(zip(header, (c for c in r))) for r in sheet.iter_rows(min_row=2)]
    assert len(rows) == 2
    fixed = next(r for r in rows if r["claim text"].value == "2215.5亿元")
    assert fixed["note"].value == FORMULA and fixed["note"].data_type == "s"  # text, not a formula
    assert fixed["value"].value == 221550000000 and fixed["value"].data_type == "n"
    assert fixed["correction"].value == "2251.5亿元"
    sentence = sheet.column_dimensions[openpyxl.utils.get_column_letter(header.index("sentence") + 1)]
    status = sheet.column_dimensions[openpyxl.utils.get_column_letter(header.index("status") + 1)]
    assert sentence.width > 3 * status.width > 0  # widths fit the content
