"""Traditional characters are read as simplified, at the same offsets, and a simplified
article quoting a traditional word has only those characters converted."""

from annotator.extract import extract_claims
from annotator.hanzi import simplified_at


def test_a_sparse_traditional_character_is_converted_alone_and_reported():
    text = "全年营收达12亿元。" * 100 + "港方稱投資約3億元。" + "全年营收达12亿元。" * 100
    scan, changed = simplified_at(text)
    assert len(scan) == len(text)
    assert [text[i] for i in changed] == ["稱", "資", "約", "億"]
    assert scan[changed[-1]] == "亿" and scan.count("亿") == 201


def test_traditional_copy_is_converted_whole():
    text = "香港旅遊發展局公布，訪港旅客約4,500萬人次，按年增長12.4%。"
    scan, changed = simplified_at(text)
    assert "旅游发展局" in scan and "万人次" in scan and len(changed) > 5


def test_claims_keep_their_text_as_written_and_others_are_untouched():
    text = "全市营收12亿元，同比增长5%。港方投資約3億元。"
    claims = extract_claims(text)
    assert [c.text for c in claims] == ["12亿元", "5%", "約3億元"]
    assert claims[-1].value == 3e8 and claims[-1].qualifier == "about"
    assert [text[c.start:c.end] for c in claims] == [c.text for c in claims]


def test_plain_simplified_text_is_returned_as_is():
    text = "全年营收达12亿元。"
    scan, changed = simplified_at(text)
    assert scan is text and changed == []
