"""Invariants of extraction over arbitrary text and text made of numerals and units."""

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator import extract_claims

TOKENS = ["0", "1", "5", "12", "2215.5", "１２", ",", "，", ".", "一", "二", "两", "十",
          "百", "千", "万", "亿", "万亿", "零", "点", "分之", "半", "成", "%", "％", "倍",
          "个百分点", "元", "亿元", "美元", "家", "个", "人次", "千瓦", "年", "月", "日",
          "第", "届", "位", "近", "约", "超过", "逾", "余", "多", "左右", "以上", "不足",
          "上", "每", "就有", "至", "-", "~", "增长", "下降", "占", "的", "“", "”", "《",
          "》", "。", "\n", "\n\n", " ", "\u3000", "重庆", "强", "级", "次", "会议", "A", "G",
          ":", "∶", "：", "比", "比例", "小时", "分", "秒", "时", "个月", "胜", "平", "负", "球",
          "数", "拥有", "以来", "缩短", "的标准", "低于"]


def check_invariants(text):
    claims = extract_claims(text)
    previous_end = 0
    for c in claims:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start:c.end] == c.text
        assert "\n" not in c.text
        assert c.start >= previous_end, "spans overlap or are unsorted"
        previous_end = c.end
        assert c.qualifier in {"exact", "about", "nearly", "over", "under"}
        assert c.kind in {"amount", "change", "share", "rank"}


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text(text):
    check_invariants(text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40).map("".join))
def test_text_of_numerals_units_and_hedges(text):
    check_invariants(text)
