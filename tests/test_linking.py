"""The conflict finder's rules on small articles: each kind of error, hedges, periods,
editions, and arithmetic inside one article."""

from itertools import count
from types import SimpleNamespace

import pytest

from annotator import extract_claims
from annotator.linking import facts_of_article, find_links, value_interval

ids = count(1)


def articles(*specs):
    """Facts and texts for articles given as (text, published, edition)."""
    facts, texts, claims = [], {}, {}
    for article_id, (text, published, edition) in enumerate(specs, start=1):
        found = [SimpleNamespace(id=next(ids), **c.to_dict()) for c in extract_claims(text)]
        claims.update({c.id: c for c in found})
        texts[article_id] = text
        facts += facts_of_article(article_id, f"a{article_id}.txt", text, published, edition, found)
    return facts, texts, claims


def links(*specs):
    facts, texts, claims = articles(*specs)
    return [(s.relation, sorted(claims[i].text for i in s.claim_ids), s.reason)
            for s in find_links(facts, texts)]


def only(relation, found):
    return [f for f in found if f[0] == relation]


@pytest.mark.parametrize("mine, theirs, why", [
    ("2024年，江津班列累计开行1804列，排名第一。", "2024年，江津班列累计开行1840列。", "transposed"),
    ("2024年，重庆电子信息制造业产值突破1.2万亿元。", "2024年，重庆电子信息制造业产值突破1.2亿元。", "scale word"),
    ("今年一季度，重庆对东盟出口额达56亿美元。", "今年一季度，重庆对东盟出口额达56亿元。", "currency"),
    ("今年一季度，重庆外贸进出口总值达2215.5亿元。", "今年一季度，重庆外贸进出口总值达2200亿元。", "rounding"),
    ("豪达汽车配件公司从考察到签约仅用了50天。", "“从考察到签约仅用了15天！”豪达公司负责人说。", "different figures"),
    ("今年一季度，重庆外贸进出口总值约2300亿元。", "今年一季度，重庆外贸进出口总值达2215.5亿元。", "rounding"),
    ("本届西洽会吸引近1400家企业参展。", "本届西洽会吸引超1400家企业参展。", "hedge"),
    ("今年一季度，重庆外贸进出口总值同比增长34.3%。", "今年一季度，重庆外贸进出口总值同比下降34.3%。", "direction"),
    ("今年一季度，重庆外贸进出口总值达2215.5亿元。", "今年一季度，重庆外贸进出口总值达221.55亿元。", "decimal point"),
    ("A股43家上市银行当中，渝农商行累计涨幅30.77%，排名第一位。",
     "A股43家上市银行当中，渝农商行累计涨幅30.77%，排名第三位。", "rank"),
    # a written minus on a change told neutrally (涨跌幅) against the rise in words
    ("今年以来，江城港务股价累计涨幅18.42%。", "今年以来，江城港务股价区间涨跌幅-18.42%。", "direction"),
])
def test_each_kind_of_error_is_named(mine, theirs, why):
    found = links((mine, "2025-05-24", 8), (theirs, "2025-05-24", 8))
    conflicts = only("conflict", found)
    assert len(conflicts) == 1, found
    assert why in conflicts[0][2]


@pytest.mark.parametrize("mine, theirs", [
    ("本届西洽会吸引近30家越南企业参展。", "本届西洽会吸引30家越南企业参展。"),
    ("潼南柠檬占全国份额超过50%。", "潼南柠檬占全国份额50%。"),
    ("重庆GDP增速定在6%左右。", "重庆GDP增速定在6%。"),
    ("今年一季度，重庆外贸进出口总值约2200亿元。", "今年一季度，重庆外贸进出口总值达2215.5亿元。"),
])
def test_figures_that_agree_within_their_hedge_are_the_same_fact(mine, theirs):
    found = links((mine, "2025-05-24", 8), (theirs, "2025-05-24", 8))
    assert only("conflict", found) == []
    assert len(only("same", found)) == 1


def test_different_places_are_different_facts():
    found = links(("今年一季度，成都外贸进出口总值达2215.5亿元。", "2025-05-01", None),
                  ("今年一季度，重庆外贸进出口总值达2215.5亿元。", "2025-05-01", None))
    assert found == []


def test_different_years_are_different_facts():
    found = links(("2023年，重庆新能源汽车产量达50万辆。", "2024-01-10", None),
                  ("2024年，重庆新能源汽车产量达95.3万辆。", "2025-01-10", None))
    assert found == []


def test_relative_years_are_read_against_the_article_date():
    this_year = ("今年一季度，重庆外贸进出口总值达2215.5亿元。", "2025-05-01", None)
    next_year_looking_back = ("去年一季度，重庆外贸进出口总值达2215.5亿元。", "2026-05-01", None)
    assert [f[0] for f in links(this_year, next_year_looking_back)] == ["same"]
    a_year_later = ("今年一季度，重庆外贸进出口总值达2512.5亿元。", "2026-05-01", None)
    assert only("conflict", links(this_year, a_year_later)) == []


def test_another_editions_figure_repeated_as_this_ones():
    seventh = ("在第七届西洽会上，现代服务业签约项目57个、金额752.8亿元。", "2024-05-20", 7)
    eighth = ("在本届西洽会上，现代服务业签约项目57个、金额752.8亿元。", "2025-05-24", 8)
    conflicts = only("conflict", links(seventh, eighth))
    assert any("752.8亿元" in texts and "another edition" in why for _, texts, why in conflicts)


def test_a_plan_average_and_a_years_target_are_neither():
    article = ("2025年，重庆地区生产总值增长6%左右。\n\n设定6%左右的目标，充分考虑了全市“十四五”"
               "规划纲要提出“十四五”期间GDP年均增长6%左右的目标。")
    found = links((article, "2025-01-20", None))
    assert all("年均" not in r for _, _, r in found)
    assert not any(sorted(t) == ["6%左右", "6%左右"] and "十四五" in r for _, t, r in found)


def test_one_figure_for_different_metrics_is_neither():
    article = ("“十四五”期间GDP年均增长6%左右。2025年，重庆地区生产总值增长目标为8%，"
               "固定资产投资增长5%，社会消费品零售总额增长5%。")
    assert links((article, "2025-01-20", None)) == []


def test_a_figure_repeated_in_one_article_is_grouped_as_same():
    article = ("2025年主要预期指标：地区生产总值增长6%左右；规上工业增加值增长8%。\n\n"
               "为了达到规上工业增加值增长8%的目标，重庆将完善政策。")
    found = links((article, "2025-01-20", None))
    assert [(r, t) for r, t, _ in found] == [("same", ["8%", "8%"])]


@pytest.mark.parametrize("text, culprit", [
    ("2024年，江津班列累计开行1840列，占全市开行的40%，全市全年共开行3600列。", "40%"),
    ("重庆新能源汽车产量从2020年的4.3万辆增长到2024年的95.3万辆，增长了50倍。", "50倍"),
    ("营业收入从100亿元增长到120亿元，同比增长35%。", "35%"),
    ("签约项目100个，其中制造业项目80个、服务业项目30个。", "100个"),
    ("三类企业的营收分别占40%、35%、30%。", "40%"),
])
def test_arithmetic_that_fails_inside_an_article(text, culprit):
    found = only("inconsistent", links((text, "2025-01-01", None)))
    assert len(found) == 1, found
    assert culprit in found[0][1]


@pytest.mark.parametrize("text", [
    "2024年，江津班列累计开行1804列，占全市开行的50%，全市全年共开行3600列。",
    "重庆新能源汽车产量从2020年的4.3万辆增长到2024年的95.3万辆，增长了20多倍。",
    "重庆新能源汽车产量从2020年的4.3万辆增长到2024年的95.3万辆，增长了21倍。",  # N+1 reading
    "营业收入从100亿元增长到120亿元，同比增长20%。",
    "共计签约重大项目247个，其中制造业项目167个、金额1572.8亿元。",
    "三类企业的营收分别占40%、35%、25%。",
])
def test_arithmetic_that_holds_is_not_flagged(text):
    assert only("inconsistent", links((text, "2025-01-01", None))) == []


@pytest.mark.parametrize("text, low, high", [
    ("30家", 29.5, 30.5),
    ("近30家", 25, 30),          # a round figure's hedge: half its place below it
    ("近1400家", 1300, 1400),
    ("超过50%", 50, 100),        # "over" bounds below: up to twice
    ("1500余家", 1500, 1600),    # 余 after the number: within its last place
    ("不足两成", 10, 20),
    ("6%左右", 5.5, 6.5),           # its rounding: half its last place
    ("约2300亿元", 2250e8, 2350e8),
    ("约2000亿元", 1900e8, 2100e8),  # a count or an amount rounded to one digit: 5% of it
    ("约三成", 25, 35),              # … but a rate's rounding is its place
    ("近三分之二", 60, 66.667),       # a fraction's hedge reaches its tenth, whatever its decimals
    ("2215.5亿元", 2215.45e8, 2215.55e8),
])
def test_value_intervals_follow_hedge_and_rounding(text, low, high):
    claim = extract_claims(text)[0]
    lo, hi = value_interval(claim.text, claim.value, claim.value_high, claim.qualifier)
    assert lo == pytest.approx(low, rel=1e-3) and hi == pytest.approx(high, rel=1e-3)


def test_two_owners_figures_are_never_one_fact():
    chengyu = ("2024年，成渝地区双城经济圈实现地区生产总值8.6万亿元。", "2025-02-01", None)
    zhejiang = ("2024年，浙江实现地区生产总值6.2万亿元。", "2025-02-01", None)
    assert links(chengyu, zhejiang) == []


def test_neighbouring_rates_are_not_the_same_fact():
    a = ("2024年，全国国内生产总值增长5.7%。", "2025-01-17", None)
    b = ("2024年，全国国内生产总值增长5.8%。", "2025-01-17", None)
    assert [r for r, _, _ in links(a, b)] == ["conflict"]


def test_a_target_is_not_an_actual():
    target = ("2025年，重庆地区生产总值预期增长目标为6%左右。", "2025-01-20", None)
    actual = ("2025年，重庆地区生产总值增长5.7%。", "2026-01-20", None)
    assert links(target, actual) == []


@pytest.mark.parametrize("mine, theirs, code", [
    ("2024年，重庆外贸进出口总值增长3.6%。", "2024年，重庆外贸进出口总值增长3.6个百分点。", "percent_vs_points"),
    ("国庆假期，重庆接待游客2350.6万人次。", "国庆假期，重庆接待游客2350.6万人。", "person_vs_times"),
    ("2024年，重庆对东盟出口额达56亿港元。", "2024年，重庆对东盟出口额达56亿元。", "currency"),
    ("重庆外资企业占全市的五分之一。", "重庆外资企业占全市的5%。", "fraction_misread"),
    ("重庆新增专精特新企业一千三百六十家。", "重庆新增专精特新企业1630家。", "digits_transposed"),
    ("该行营业收入在上市银行中排名第二位。", "该行营业收入在上市银行中排名第三位。", "rank"),
])
def test_sibling_units_and_other_forms_are_named(mine, theirs, code):
    found = links((mine, "2025-05-24", None), (theirs, "2025-05-24", None))
    conflicts = only("conflict", found)
    assert len(conflicts) == 1, found
    assert code_of(mine, theirs) == code


def code_of(*texts):
    facts, found_texts, _ = articles(*((t, "2025-05-24", None) for t in texts))
    (found,) = [s for s in find_links(facts, found_texts) if s.relation == "conflict"]
    return found.code


@pytest.mark.parametrize("text, holds", [
    ("营收从130亿元增长到165.7亿元，增长近五成。", False),
    ("营收从100亿元增长到148亿元，增长近五成。", True),
    ("人数从5000名增加到8500名，增长一倍多。", False),   # 一倍多 is more than doubled
    ("人数从5000名增加到10100名，增长一倍多。", True),
    ("全年完成投资320亿元，比上年的280亿元增长三成。", False),
    ("全年完成投资364亿元，比上年的280亿元增长三成。", True),
])
def test_growth_in_tenths_and_multiples_against_its_levels(text, holds):
    assert (only("inconsistent", links((text, "2025-01-01", None))) == []) == holds


@pytest.mark.parametrize("text", ["约三成", "约30%"])
def test_about_a_share_in_cheng_is_about_the_same_share_in_percent(text):
    assert value_interval(text, 30.0, None, "about") == pytest.approx((25.0, 35.0))



def test_a_growth_rate_set_at_a_figure_is_a_goal_not_the_outcome():
    """2025年江城GDP增速定在6%左右 sets the year's goal; the year's 6.8% is no misrounding of it."""
    goal = ("江城两会\n\n2025年江城GDP增速定在6%左右。", "2025-01-20", None)
    actual = ("江城经济年报\n\n2025年江城GDP增长6.8%。", "2026-01-20", None)
    assert only("conflict", links(goal, actual)) == []


def test_an_undated_drafts_last_year_may_be_two_years_past_the_year_it_names():
    """An undated draft naming only 2024年 is written that year or later: its 去年 may be
    2025, whose trade figure it then misrounds."""
    source = ("江城口岸年报\n\n2025年江城外贸进出口总值2564亿元。", "2026-01-20", None)
    draft = ("江城外贸观察\n\n2024年江城口岸新开国际航线12条。去年江城外贸进出口总值约2400亿元。", None, None)
    assert [texts for _, texts, _ in only("conflict", links(source, draft))] == [["2564亿元", "约2400亿元"]]
