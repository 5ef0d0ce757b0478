"""Reading order and line joins on character boxes alone (no PDF library involved)."""

from __future__ import annotations

import random

from hostile import assert_linear

from annotator import pdflayout
from annotator.layout import Reflow

EM = 10.0


def glyphs(text: str, x: float, y: float, size: float = EM) -> list[pdflayout.Char]:
    """``text`` set from (x, y) down-right: Chinese one em wide, Latin half."""
    out = []
    for ch in text:
        width = size / 2 if ch.isascii() else size
        out.append((ch, x, y, x + width, y + size, size, False))
        x += width
    return out


def column(lines: list[str], x: float, y: float = 100, indent: tuple[int, ...] = ()) -> list:
    """Lines one under another at 1.5 leading; the line numbers in ``indent`` start
    two characters in."""
    return [g for n, line in enumerate(lines)
            for g in glyphs(line, x + (2 * EM if n in indent else 0), y + 1.5 * EM * n)]


def read(*pages: list) -> str:
    return pdflayout.text(pdflayout.lines(page) for page in pages)


# two columns of lines six ems wide (a digit is half an em)
LEFT = ["总投资达到35", ".6亿元，同比", "增长34.3%。"]
RIGHT = ["近1400家", "企业参与其中", "全市新签约项", "目120个"]  # a new paragraph
BOTH = "总投资达到35.6亿元，同比增长34.3%。\n近1400家企业参与其中全市新签约项目120个"


def test_the_order_glyphs_are_drawn_in_does_not_matter():
    page = column(LEFT, 0) + column(RIGHT, 7 * EM, indent=(0,))
    expected = BOTH
    assert read(page) == expected
    for seed in range(20):
        random.Random(seed).shuffle(page)
        assert read(page) == expected


def test_a_gutter_narrower_than_a_character_still_parts_columns():
    gutter = 0.7 * EM
    page = column(LEFT, 0) + column(RIGHT, 6 * EM + gutter, indent=(0,))
    assert read(page) == BOTH


def test_a_gap_at_one_height_in_both_columns_is_no_row():
    # each column: two paragraphs with a blank line between, at the same height
    def two_paragraphs(x, a, b):
        return column(a, x) + column(b, x, y=100 + 4 * 1.5 * EM)

    page = two_paragraphs(0, ["左一左一左。", "左二"], ["左三左三左。", "左四"]) + \
        two_paragraphs(8 * EM, ["右一右一右。", "右二"], ["右三右三右。", "右四"])
    assert read(page).split("\n") == ["左一左一左。左二", "左三左三左。左四",
                                      "右一右一右。右二", "右三右三右。右四"]


def test_a_column_that_ends_early_is_read_before_the_next():
    left = column(["左一左一左。", "左二"], 0) + column(["左三左三左。", "左四"], 0, y=160)
    right = column(["右一右一右。", "右二"], 8 * EM)
    assert read(left + right).split("\n") == ["左一左一左。左二", "左三左三左。左四",
                                              "右一右一右。右二"]


def test_a_headline_across_the_columns_comes_first():
    page = (glyphs("标题横跨两栏", 2 * EM, 50, size=2 * EM) + column(LEFT, 0)
            + column(RIGHT, 7 * EM, indent=(0,)))
    assert read(page) == "标题横跨两栏\n" + BOTH


def test_a_spaced_out_byline_stays_one_line():
    page = (glyphs("记者", 0, 50) + glyphs("张珺", 4 * EM, 50) + glyphs("邱小雅", 8 * EM, 50)
            + column(LEFT, 0))
    assert read(page).split("\n")[0] == "记者 张珺 邱小雅"


def test_a_short_line_or_an_indent_ends_a_paragraph():
    lines = ["第一段第一行", "末行。", "第二段二", "第二段第二行", "第三段不缩进"]
    assert read(column(lines, 0, indent=(2,))) == \
        "第一段第一行末行。\n第二段二第二段第二行第三段不缩进"


def test_white_above_a_line_starts_a_paragraph():
    # lines half an em apart, the paragraphs a whole em: one block, two paragraphs
    page = column(["第一段第一行", "第一段末行。"], 0) + column(["第二段第一行", "末行。"], 0, y=135)
    assert read(page) == "第一段第一行第一段末行。\n第二段第一行末行。"


def test_latin_words_cut_by_the_layout_keep_their_space():
    assert read(column(["growth of", "the world", "GDP增长"], 0)) == "growth of the world GDP增长"


def test_columns_of_few_characters_join_where_the_text_alone_cannot_tell():
    narrow = ["外贸进出口总", "值达2215.5", "亿元。"]  # < 12 characters a line
    assert read(column(narrow, 0)) == "外贸进出口总值达2215.5亿元。"
    # a text file with these lines keeps its breaks: a line this short may be a heading
    assert Reflow("\n".join(narrow)).text == "\n".join(narrow)


def test_a_page_of_ten_thousand_scraps_costs_linear_time():
    def scraps(n):  # glyphs a gutter apart: each its own line, block and column
        return [g for i in range(n) for g in glyphs("字", 2 * EM * i, 100 + (i % 7) * EM)]

    assert_linear(scraps, 5000, read)
