"""Seed sentences with their figures, scale words, units and hedges changed.

A table of the seeds' spans would pass the gold test and fail these: each generated
sentence must give exactly the claim that was put into it.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator import extract_claims

# (sentence with a slot, units that fit the slot, kind of the slotted claim)
TEMPLATES = [
    ("今年一季度，重庆外贸进出口总值达{}，同比增长34.3%。", ["元", "美元"], "amount"),
    ("本届西洽会吸引全球50个国家（地区）{}企业、机构走进重庆，洽谈合作。", ["家"], "amount"),
    ("空中，重庆江北国际机场去年旅客吞吐量{}。", ["人次"], "amount"),
    ("截至2025年底，全国新型储能装机规模达{}，较“十三五”末增长超40倍。", ["千瓦"], "amount"),
    ("重庆新能源汽车产量从2020年的{}，突飞猛进到2024年的95.3万辆。", ["辆"], "amount"),
    ("在荣昌的首期工厂投产产能将达{}，未来还将扩大规模。", ["套"], "amount"),
    ("2024年，西部陆海新通道江津班列累计开行{}，占全市开行的40%。", ["列"], "amount"),
]
# numeral as written → its value
NUMERALS = [("2215.5", 2215.5), ("318.07", 318.07), ("1400", 1400), ("2,000", 2000),
            ("１２３４", 1234), ("7", 7), ("两千", 2000), ("三百五十", 350), ("十五", 15),
            ("0.8", 0.8)]
SCALES = [("", 1), ("万", 1e4), ("亿", 1e8), ("万亿", 1e12)]
PREFIXES = [("", "exact"), ("近", "nearly"), ("约", "about"), ("超过", "over"),
            ("逾", "over"), ("不足", "under"), ("突破", "over"), ("将近", "nearly")]
SUFFIXES = [("", None), ("左右", "about"), ("以上", "over")]


@st.composite
def slotted(draw):
    template, units, kind = draw(st.sampled_from(TEMPLATES))
    numeral, value = draw(st.sampled_from(NUMERALS))
    chinese = not numeral[0].isascii() and not "０" <= numeral[0] <= "９"
    scale, factor = draw(st.sampled_from(SCALES[:2] if chinese else SCALES))
    unit = draw(st.sampled_from(units))
    prefix, qualifier = draw(st.sampled_from(PREFIXES))
    suffix, suffix_qualifier = ("", None) if prefix else draw(st.sampled_from(SUFFIXES))
    claim = f"{prefix}{numeral}{scale}{unit}{suffix}"
    return (template.format(claim), claim, value * factor, unit,
            suffix_qualifier or qualifier, kind)


@settings(max_examples=300, deadline=None)
@given(slotted())
def test_a_changed_figure_gives_the_claim_put_in(case):
    sentence, claim, value, unit, qualifier, kind = case
    found = [c for c in extract_claims(sentence) if c.text == claim]
    assert len(found) == 1, (sentence, [c.text for c in extract_claims(sentence)])
    c = found[0]
    assert c.value == pytest.approx(value)
    assert (c.unit, c.qualifier, c.kind) == (unit, qualifier, kind)


@pytest.mark.parametrize("sentence, claim, value, unit, qualifier, kind", [
    ("今年一季度，重庆外贸进出口总值达318.07万亿元，同比增长34.3%。",
     "318.07万亿元", 318.07e12, "元", "exact", "amount"),
    ("吸引全球50个国家（地区）逾2000家企业、机构走进重庆。",
     "逾2000家", 2000, "家", "over", "amount"),
    ("今年一季度，重庆外贸进出口总值达2215.5亿元，同比下降约3.5%。",
     "约3.5%", 3.5, "%", "about", "change"),
    ("潼南柠檬出口增长39.3%，占全国份额近六成。", "近六成", 60, "%", "nearly", "share"),
    ("重庆新能源汽车产量增长了2.5倍。", "2.5倍", 2.5, "倍", "exact", "change"),
    ("比上年提高1.8个百分点。", "1.8个百分点", 1.8, "个百分点", "exact", "change"),
    ("规上电子信息企业约两千家。", "约两千家", 2000, "家", "about", "amount"),
    ("重庆电子信息制造业产值突破三千亿元。", "突破三千亿元", 3e11, "元", "over", "amount"),
    ("今年将实施不少于5个工业技改项目。", "不少于5个", 5, "个", "over", "amount"),
    ("工业投资增长20%至30%。", "20%至30%", 20, "%", "exact", "change"),
    ("汽车产量居全国第三。", "第三", 3, None, "exact", "rank"),
    ("当天最高气温达39.5℃。", "39.5℃", 39.5, "℃", "exact", "amount"),
    ("夜间最低气温零下5摄氏度。", "零下5摄氏度", -5, "摄氏度", "exact", "amount"),
    ("机场航点总数达１５９个，货运量增长１２％。", "１２％", 12, "%", "exact", "change"),
    ("外资经营主体超8700家，贡献全市约三分之一进出口额。", "约三分之一", 33.3333, "%", "about", "share"),
])
def test_patterns_beyond_the_seeds(sentence, claim, value, unit, qualifier, kind):
    found = [c for c in extract_claims(sentence) if c.text == claim]
    assert len(found) == 1, [c.text for c in extract_claims(sentence)]
    c = found[0]
    assert c.value == pytest.approx(value, abs=5e-4)
    assert (c.unit, c.qualifier, c.kind) == (unit, qualifier, kind)


def test_a_list_after_one_verb_shares_its_kind():
    claims = extract_claims("社会消费品零售总额和进出口总值分别下降3.1%、0.8%。")
    assert [(c.text, c.kind) for c in claims] == [("3.1%", "change"), ("0.8%", "change")]


# --- issue 17: durations, colon ratios, results, 近 as "recent" -------------------------

FULL_WIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


def _written(draw, number: str) -> str:
    """A figure as an editor may type it: half-width or full-width digits."""
    return number.translate(FULL_WIDTH) if draw(st.booleans()) else number


@st.composite
def durations(draw):
    hours = draw(st.integers(1, 9))
    minutes = draw(st.integers(0, 59))
    seconds = draw(st.integers(0, 59))
    pad = draw(st.booleans())
    mm, ss = (f"{minutes:02d}", f"{seconds:02d}") if pad else (str(minutes), str(seconds))
    form = draw(st.sampled_from(["hms", "hm", "hm钟", "ms"]))
    if form == "hms":
        parts, value, unit = [(str(hours), "小时"), (mm, "分"), (ss, "秒")], hours * 3600 + minutes * 60 + seconds, "秒"
    elif form.startswith("hm"):
        unit = "分钟" if form == "hm钟" else "分"
        parts, value = [(str(hours), "小时"), (mm, unit)], hours * 60 + minutes
    else:
        minutes = max(minutes, 1)  # 0分12秒 is not how a time is written
        parts, value, unit = [(str(minutes), "分"), (ss, "秒")], minutes * 60 + seconds, "秒"
    span = "".join(_written(draw, n) + u for n, u in parts)
    template = draw(st.sampled_from(["男子组冠军以{}的成绩夺冠。", "她全程用时{}。",
                                     "最终成绩为{}，刷新赛会纪录。", "他以{}率先冲线"]))
    return template.format(span), span, value, unit


@settings(max_examples=300, deadline=None)
@given(durations())
def test_any_compound_duration_is_one_claim(case):
    sentence, span, value, unit = case
    found = [c for c in extract_claims(sentence) if c.start <= sentence.index(span) < c.end]
    assert [c.text for c in found] == [span], (sentence, [c.text for c in extract_claims(sentence)])
    assert found[0].value == pytest.approx(value)
    assert found[0].unit == unit


@st.composite
def colon_ratios(draw):
    first = draw(st.sampled_from(["15.2", "19", "1", "2.34", "104.7", "8"]))
    second = draw(st.sampled_from(["1", "1.25", "100", "3"]))
    colon = draw(st.sampled_from([":", "∶", "："]))
    span = _written(draw, first) + colon + _written(draw, second)
    cued = ["全市小学生师比为{}。", "新生男女比例为{}，", "城乡居民收入比缩小到{}。", "按{}的比例配套资金。"]
    uncued = ["全省平均水平为{}。", "低于{}的国家标准。"]
    template = draw(st.sampled_from(cued + (uncued if second == "1" else [])))
    return template.format(span), span, float(first) / float(second)


@settings(max_examples=300, deadline=None)
@given(colon_ratios())
def test_any_colon_ratio_is_first_over_second(case):
    sentence, span, value = case
    found = [c for c in extract_claims(sentence) if c.text == span]
    assert len(found) == 1, (sentence, [c.text for c in extract_claims(sentence)])
    assert (found[0].value, found[0].unit, found[0].qualifier) == (pytest.approx(value), None, "exact")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 38), min_size=3, max_size=3), st.integers(0, 99))
def test_any_record_and_goals_are_counts(record, goals):
    wins, draws, losses = record
    sentence = f"球队本赛季取得{wins}胜{draws}平{losses}负，共打进{goals}球。"
    claims = [(c.text, c.value, c.unit) for c in extract_claims(sentence)]
    assert claims == [(f"{wins}胜", wins, "胜"), (f"{draws}平", draws, "平"),
                      (f"{losses}负", losses, "负"), (f"{goals}球", goals, "球")]


SPANS = [("3", "年", 3), ("十", "年", 10), ("两", "年", 2), ("12", "个月", 12), ("6", "个月", 6),
         ("30", "天", 30), ("5", "场", 5)]
RECENT = ["近{}，全市新增企业1200家。", "按近{}平均值计算。", "全省近{}累计投资80亿元。", "近{}以来保持增长。"]
HEDGED = ["较年初缩短近{}。", "历时近{}的改造终于完工。", "该项目已持续近{}。", "他执教该队近{}。"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SPANS), st.sampled_from(RECENT + HEDGED))
def test_near_is_recent_before_a_span_ending_now_and_a_hedge_elsewhere(span, template):
    numeral, unit, value = span
    if unit == "年" and template.startswith("近{}以来"):
        return  # N年以来 is a period, not a figure (30年前, 未来10年内)
    sentence = template.format(numeral + unit)
    if template in RECENT:  # the time the figures after it cover: no figure of its own
        assert not [c for c in extract_claims(sentence) if numeral + unit in c.text], sentence
        return
    found = [c for c in extract_claims(sentence) if c.text == "近" + numeral + unit]
    assert len(found) == 1, (sentence, [c.text for c in extract_claims(sentence)])
    assert (found[0].value, found[0].unit, found[0].qualifier) == (value, unit, "nearly")
