"""PDF import: newspaper pages drawn here with Qt read in column order, headings on their
own lines, figures whole where the layout cut them; scans and hostile files refused in
one line naming them, in bounded time and memory."""

from __future__ import annotations

import itertools
import sqlite3

import pytest
from hostile import run_bounded
from pdfs import (
    LINES,
    Page,
    damaged_pdfs,
    draw_page,
    flate_bomb,
    form_bomb,
    hostile_pdfs,
    pages_pdf,
    scanned_page,
    text_content,
    text_document,
)

from annotator import pdftext
from annotator.extract import extract_claims
from annotator.textio import TextReadError, read_text

PARAGRAPHS = [
    ("2024年，西部陆海新通道江津班列累计开行1804列，占全市开行的40%，排名第一。唐大军感慨，"
     "发挥好通道优势，促进国际经贸合作，带动产业集聚融合，正成为江津推动高质量发展的有力抓手。"),
    ("今年一季度，重庆外贸进出口总值达2215.5亿元，同比增长34.3%。全市新签约项目120个，"
     "总投资35.6亿元，近1400家企业参与其中。"),
    ("记者从市商务委获悉，截至3月底，全市跨境电商企业超过3000家，进出口额同比增长1.5倍，"
     "其中出口占比约六成。"),
    ("江津综合保税区一季度实现进出口总额98.7亿元，占全区外贸总量的三分之一，较去年同期"
     "提高4.2个百分点。"),
]
# Every figure of the page, with its value, in order (headline and subhead first).
FIGURES = [("1804列", 1804), ("40%", 40), ("第一", 1),
           ("1804列", 1804), ("40%", 40), ("第一", 1), ("2215.5亿元", 2215.5e8),
           ("34.3%", 34.3), ("120个", 120), ("35.6亿元", 35.6e8), ("近1400家", 1400),
           ("超过3000家", 3000), ("1.5倍", 1.5), ("约六成", 60), ("98.7亿元", 98.7e8),
           ("三分之一", 100 / 3), ("4.2个百分点", 4.2)]


def newspaper(columns: int = 2, justify: bool = False, repeat: int = 1) -> Page:
    return Page(headline="江津班列累计开行1804列", subhead="占全市开行的40%，排名第一",
                byline="新重庆-重庆日报记者 张珺 邱小雅", paragraphs=PARAGRAPHS * repeat,
                columns=columns, justify=justify)


def cut_figure(drawn) -> bool:
    """Whether some line ends inside a figure (a digit or point on both sides)."""
    return any(a.paragraph == b.paragraph and a.text[-1] in "0123456789." and b.text[0].isdigit()
               for a, b in itertools.pairwise(drawn))


def flows_on(drawn) -> bool:
    """Whether a paragraph runs on from one column (or page) into the next."""
    return any(a.paragraph == b.paragraph and (a.page, a.column) != (b.page, b.column)
               for a, b in itertools.pairwise(drawn))


@pytest.mark.parametrize("columns", [2, 3, 4])
@pytest.mark.parametrize("justify", [False, True], ids=["ragged", "justified"])
def test_columns_read_in_order_with_headings_on_their_own_lines(qapp, tmp_path, columns, justify):
    page = newspaper(columns, justify, repeat=3 * columns)
    drawn = draw_page(page, tmp_path / "page.pdf")
    assert cut_figure(drawn) and flows_on(drawn)  # the page exercises both joins
    assert read_text(tmp_path / "page.pdf") == page.text


def test_every_figure_of_a_two_column_page_is_found_with_its_value_and_span(qapp, tmp_path):
    page = newspaper()
    draw_page(page, tmp_path / "page.pdf")
    text = read_text(tmp_path / "page.pdf")
    claims = extract_claims(text)
    assert [c.text for c in claims] == [surface for surface, _ in FIGURES]
    assert [c.value for c in claims] == pytest.approx([value for _, value in FIGURES])
    assert all(text[c.start:c.end] == c.text for c in claims)


def test_an_article_runs_on_over_pages(qapp, tmp_path):
    page = newspaper(repeat=40)
    drawn = draw_page(page, tmp_path / "long.pdf")
    assert drawn[-1].page >= 2
    assert read_text(tmp_path / "long.pdf") == page.text


def test_a_document_qt_prints_keeps_its_paragraphs_and_the_spaces_in_its_byline(qapp, tmp_path):
    # no first-line indent here: paragraphs are set apart by white alone, and the
    # reader's spaces come with boxes twice too far right (text scaled to 1200 dpi)
    page = newspaper(repeat=2)
    html = (f"<h1>{page.headline}</h1><h3>{page.subhead}</h3><p>{page.byline}</p>"
            + "".join(f"<p>{p}</p>" for p in page.paragraphs))
    path = text_document(html, tmp_path / "printed.pdf")
    assert read_text(path) == page.text + "\n1"  # Qt numbers the page at its foot


def test_an_import_stores_the_text_every_claim_offset_refers_to(qapp, tmp_path):
    page = newspaper()
    draw_page(page, tmp_path / "page.pdf")
    db = tmp_path / "store.db"
    code, _, err = run_bounded(["import", str(tmp_path / "page.pdf"), "--db", str(db)])
    assert code == 0, err
    conn = sqlite3.connect(db)
    (text,) = conn.execute("SELECT text FROM articles").fetchone()
    spans = conn.execute("SELECT start, end, text FROM claims ORDER BY start").fetchall()
    conn.close()
    assert text == page.text
    assert [span for _, _, span in spans] == [surface for surface, _ in FIGURES]
    assert all(text[start:end] == span for start, end, span in spans)


def test_a_character_outside_the_bmp_is_one_character(tmp_path):
    # STSong, a font every reader has built in, written as UCS-2: PDFium hands the
    # character over as two UTF-16 halves
    path = tmp_path / "rare.pdf"
    path.write_bytes(pages_pdf([text_content(["𠀀字号总投资35.6亿元。"])]))
    text = read_text(path)
    assert text == "𠀀字号总投资35.6亿元。"
    (claim,) = extract_claims(text)
    assert text[claim.start:claim.end] == "35.6亿元"


def test_a_scan_is_refused_in_one_line_naming_it(qapp, tmp_path):
    path = scanned_page(tmp_path / "scan.pdf")
    code, out, err = run_bounded(["extract", str(path)])
    assert code == 1 and out == ""
    assert err == (f"annotator: {path}: has no text layer, only pictures of pages (a scan?): "
                   "run text recognition (OCR) on it first\n")


def test_text_in_fonts_that_do_not_say_which_characters_they_draw_is_refused(tmp_path):
    path = tmp_path / "codes.pdf"
    path.write_bytes(pages_pdf([text_content(["\ue000\ue001\ue002"])]))  # private use only
    with pytest.raises(TextReadError, match=r"codes\.pdf: its fonts do not say which characters"):
        read_text(path)


REFUSED = {
    "password.pdf": "password-protected; save a copy without the password",
    "truncated.pdf": "not a readable PDF (damaged, or not a PDF at all)",
    "not-a-pdf.pdf": "not a readable PDF (damaged, or not a PDF at all)",
    "10000-pages.pdf": "10000 pages, more than the 1000 one import reads; split it",
    "flate-bomb.pdf": "not a readable PDF (reading it needed over 384 MB of memory",
    "form-bomb.pdf": "not a readable PDF (reading it needed over 384 MB of memory",
}


@pytest.mark.parametrize("name", sorted(damaged_pdfs()))
def test_damaged_or_open_files_are_read(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(damaged_pdfs()[name])
    assert read_text(path) == "".join(LINES)  # the first line fills the block: one paragraph


# The bombs run PDFium to its limits (seconds): the full tier's; the quick tier keeps the
# other refusals here and the deadline below.
@pytest.mark.parametrize("name", [pytest.param(name, marks=pytest.mark.slow) if "bomb" in name
                                  else name for name in sorted(REFUSED)])
def test_hostile_files_are_refused_in_one_line_in_bounded_time_and_memory(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(hostile_pdfs()[name])
    code, out, err = run_bounded(["extract", str(path)], seconds=20, mb=450)
    assert code == 1 and out == "" and "Traceback" not in err
    assert err.startswith(f"annotator: {path}: {REFUSED[name]}") and err.count("\n") == 1, err


def test_a_small_inflating_stream_is_no_bomb(tmp_path):
    path = tmp_path / "spaces.pdf"
    path.write_bytes(flate_bomb(8))  # the bomb's own build, 8 MB: proves it is valid
    assert read_text(path) == "增长12%"


def test_reading_past_the_deadline_is_stopped(tmp_path, monkeypatch):
    path = tmp_path / "slow.pdf"
    path.write_bytes(form_bomb(depth=7, fan=10))  # ~7 s and 1.7 GB in PDFium
    monkeypatch.setattr(pdftext, "SECONDS", 1)
    monkeypatch.setattr(pdftext, "MEMORY", 4 << 30)
    with pytest.raises(TextReadError, match=r"^.*slow\.pdf: not a readable PDF \(reading it "
                                            r"took over 1 s: a page bomb\?\)$"):
        read_text(path)
