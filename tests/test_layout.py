"""Reflowing print-layout line breaks for reading, without losing a stored offset."""

from hypothesis import given
from hypothesis import strategies as st

from annotator import extract_claims
from annotator.layout import Reflow

BROKEN = ("标题\n\n主要预期指标有以下几项：地区生产总\n\n值增长6%左右；规上工业增加值增长\n8%；"
          "固定资产投资增长5%。\n\n下一段从这里开始。")


def test_layout_breaks_are_joined_and_paragraphs_kept():
    r = Reflow(BROKEN)
    assert r.text == ("标题\n\n主要预期指标有以下几项：地区生产总值增长6%左右；规上工业增加值增长8%；"
                      "固定资产投资增长5%。\n\n下一段从这里开始。")


def test_every_claim_lands_on_its_characters():
    r = Reflow(BROKEN)
    claims = extract_claims(BROKEN)
    assert [c.text for c in claims] == ["6%左右", "8%", "5%"]
    for c in claims:
        assert r.text[r.to_display(c.start):r.to_display(c.end)] == c.text
        assert r.to_stored(r.to_display(c.start)) == c.start


def test_utf16_positions_after_a_character_outside_the_bmp():
    text = "𠀀𠀁企业近1400家，增长\n" + "𪚥" * 3 + "34.3%。"
    r = Reflow(text)
    claim = next(c for c in extract_claims(text) if c.text == "34.3%")
    qt_start = r.to_qt(claim.start)
    as_utf16 = r.text.encode("utf-16-le")
    assert as_utf16[qt_start * 2:(qt_start + 5) * 2].decode("utf-16-le") == "34.3%"
    assert r.from_qt(qt_start) == claim.start


@given(st.text(alphabet="重庆增长达亿元%。，\n 𠀀5", max_size=80))
def test_offsets_round_trip(text):
    r = Reflow(text)
    for offset in range(len(text) + 1):
        position = r.to_display(offset)
        assert 0 <= position <= len(r.text)
        if offset < len(text) and text[offset] != "\n" and not text[offset].isspace():
            assert r.text[position] == text[offset]
            assert r.to_stored(position) == offset


def test_markdown_headings_are_never_joined_to_the_next_line():
    text = "## 1 融通内外\n\n### 全球开放合作新气象与新机遇\n\n立足西部、链接全球。"
    assert Reflow(text).text == text


def test_the_lines_of_a_data_box_are_never_joined():
    box = ("规上电子企业：1500多家；研发平台：100多个\n"
           "41家——签署开源社区合作框架协议的生态伙伴\n"
           "重点项目：总投资52亿元\n")
    assert Reflow(box).text == box
