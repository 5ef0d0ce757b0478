"""Rules the finder learnt from the generator's phrasings and the development set, each on
sentences written for the test (no article's own figures)."""

import pytest
from test_linking import links, only

from annotator.linking.facts import owner


def inconsistent(text, published="2025-03-01"):
    return only("inconsistent", links((text, published, None)))


@pytest.mark.parametrize("text", [
    "全区共有学校96所，包括小学61所和初中48所。",
    "全区学校合计96所。其中，小学61所，初中48所。",
])
def test_parts_listed_after_包括_or_opening_the_next_sentence_cannot_pass_their_total(text):
    assert len(inconsistent(text)) == 1


def test_last_years_level_is_not_the_total_of_this_years_parts():
    text = ("全年门诊量为530万人次，比上年的480万人次增长10.4%。其中，专科门诊280万人次，"
            "普通门诊250万人次。")
    assert inconsistent(text) == []


@pytest.mark.parametrize("stated, wrong", [("增长25.0%", False), ("增长40.0%", True)])
def test_growth_beside_the_increase_is_read_against_the_level_before_it(stated, wrong):
    text = f"全年新增绿地面积500公顷，比上年增加100公顷，{stated}。"
    assert bool(inconsistent(text)) is wrong


def test_growth_of_another_figure_after_an_increase_is_not_checked_against_it():
    text = "全县在建项目612个，比上年同期增加58个，完成投资增长4.1%。"
    assert inconsistent(text) == []


def test_growth_read_from_a_level_some_years_back():
    text = "该厂职工由三年前的4000名增至5200名，增长一倍多。"
    assert len(inconsistent(text)) == 1


def test_a_share_clause_with_its_own_subject_is_not_the_preceding_figures_share():
    text = "两市共有3820只个股上涨，990只下跌，156只平盘，上涨个股占比约76.9%。"
    assert inconsistent(text) == []


def test_a_chinese_numeral_is_exact_not_rounded_to_its_tens():
    found = links(("2025年，该县新建村级卫生室三十个。", "2025-12-01", None),
                  ("2025年，该县新建村级卫生室31个。", "2025-12-01", None))
    assert len(only("conflict", found)) == 1


def test_two_ranges_agree_only_when_both_ends_do():
    found = links(("预计该公司2025年净利润为16亿至20亿元。", "2025-06-01", None),
                  ("预计该公司2025年净利润为12亿至20亿元。", "2025-06-01", None))
    assert len(only("conflict", found)) == 1


def test_a_telling_slip_needs_little_context():
    found = links(("2025年，全市技改投资完成3861.4亿元。", "2025-12-01", None),
                  ("2025年全市工业投资中，技改投资3816.4亿元。", "2025-12-01", None))
    assert [f[2] for f in only("conflict", found)] != []


def test_rates_of_no_one_owner_are_not_one_fact():
    found = links(("农村居民人均可支配收入同比增长5.2%，城镇居民增长4.1%。", None, None),
                  ("据统计，农村居民人均可支配收入增长6.3%。", None, None))
    assert only("conflict", found) == []


def test_an_owner_no_dictionary_knows_is_told_apart_by_its_words():
    source = "收盘时，甲丙农商行的总市值为712.35亿元，乙丁农商行的总市值为709.84亿元。"
    draft = "收盘时，甲丙农商行总市值709.84亿元。"
    found = only("conflict", links((source, "2025-05-01", None), (draft, "2025-05-01", None)))
    assert len(found) == 1 and "乙丁农商行" in found[0][2]


def test_a_years_additions_are_not_how_many_there_are():
    found = links(("2024年，苏州市省级技术创新示范企业达到58家。", "2025-03-01", None),
                  ("2024年，苏州市新增省级技术创新示范企业13家。", "2025-03-01", None))
    assert only("conflict", found) == []


def test_a_verb_the_dictionary_knows_as_a_place_is_no_owner():
    # jieba tags 新建 (a district's name) as a place; 全年新建幼儿园 names no owner
    assert owner("新建", "厦门") == "厦门" and owner("厦门", None) == "厦门"


def test_goals_of_no_named_owner_are_not_one_fact():
    found = links(("今年主要预期目标是：城镇调查失业率控制在5%以内。", None, None),
                  ("今年主要预期目标是：城镇调查失业率控制在5.5%以内。", None, None))
    assert only("conflict", found) == []


def test_traditional_copy_is_read_with_the_same_words():
    found = links(("本報訊 今年首季本港零售業總銷貨價值按年上升3.7%。", "2025-05-02", None),
                  ("本報訊 今年首季本港零售業總銷貨價值按年下降3.7%。", "2025-05-02", None))
    assert [f[2] for f in only("conflict", found) if "rise" in f[2] or "fall" in f[2]] != []


def test_better_than_expected_is_no_goal():
    found = links(("受业绩超预期提振，该股收盘报41.37元。", "2025-10-30", None),
                  ("午后封住涨停板，该股收盘报41.37美元。", "2025-10-30", None))
    assert len(only("conflict", found)) == 1


def test_a_ranking_told_in_the_same_words_is_one_ranking():
    found = links(("假期全市接待游客1180万人次，实现旅游收入86.2亿元，游客接待量位居全国城市第四。",
                   "2025-10-09", None),
                  ("作为全省文旅的“主引擎”，游客接待量位居全国城市第五。", "2025-10-09", None))
    assert [f[1] for f in only("conflict", found)] == [["第五", "第四"]]


@pytest.mark.parametrize("stated, wrong", [("增长30.0%", False), ("增长60.0%", True)])
def test_a_rate_before_the_levels_it_joins(stated, wrong):
    text = f"全年接待研学团队比上年{stated}，从420个增加到546个。"
    assert bool(inconsistent(text)) is wrong


@pytest.mark.parametrize("share, wrong", [("30%", False), ("42%", True)])
def test_a_share_before_its_part(share, wrong):
    text = f"全市新登记企业共8800家，高新区占{share}，达2640家。"
    assert bool(inconsistent(text)) is wrong


@pytest.mark.parametrize("stated, wrong", [("下降20.0%", False), ("下降10.0%", True)])
def test_a_fall_is_read_against_its_levels(stated, wrong):
    text = f"今年前三季度，全区工业废水排放量由上年同期的250万吨减至200万吨，{stated}。"
    assert bool(inconsistent(text)) is wrong


@pytest.mark.parametrize("stated, wrong", [("增长30.0%", False), ("增长50.0%", True)])
def test_the_earlier_level_may_stand_in_brackets(stated, wrong):
    text = f"一季度，新区合同外资6.5亿美元，较上年同期（5.0亿美元）{stated}。"
    assert bool(inconsistent(text)) is wrong


@pytest.mark.parametrize("multiple, wrong", [("3倍", False), ("4倍", True)])
def test_a_level_stated_as_a_multiple_of_an_earlier_one(multiple, wrong):
    text = f"2024年，该县农产品网络零售额达到36.9亿元，是2019年12.3亿元的{multiple}。"
    assert bool(inconsistent(text)) is wrong


@pytest.mark.parametrize("stated, wrong", [("翻了一番", False), ("翻了两番", True)])
def test_doubling_in_words_is_exact(stated, wrong):
    text = f"全镇家庭农场从120家增加到242家，三年间{stated}。"
    assert bool(inconsistent(text)) is wrong


def test_more_than_doubled_is_a_floor():
    assert inconsistent("全市民宿从150家增加到390家，翻了一番还多。") == []


@pytest.mark.parametrize("total, wrong", [("合计2316.2亿元", False), ("合计2361.2亿元", True)])
def test_figures_listed_one_by_one_sum_to_their_stated_sum(total, wrong):
    text = f"上半年，全区三次产业增加值分别为86.5亿元、905.3亿元和1324.4亿元，{total}。"
    assert bool(inconsistent(text)) is wrong


def test_shares_listed_then_summed():
    text = "三家企业的市场份额分别为21.4%、17.6%和9.5%，合计占比超过六成。"
    assert len(inconsistent(text)) == 1


def test_shares_said_each_of_its_own_part_cannot_pass_the_whole():
    text = "全区企业中，工业企业占52%，商贸企业占31%，服务企业占21%。"
    assert len(inconsistent(text)) == 1


@pytest.mark.parametrize("total, wrong", [("近700家", False), ("近600家", True)])
def test_a_total_bounded_above_holds_its_parts(total, wrong):
    text = f"全县共有家庭农场{total}，其中种植类402家、养殖类215家、其他类型66家。"
    assert bool(inconsistent(text)) is wrong


def test_a_part_of_a_part_is_not_summed_with_the_parts():
    text = "全区共有学校96所，其中小学61所（其中九年一贯制学校8所），初中29所，高中6所。"
    assert inconsistent(text) == []


def test_a_hedged_share_clause_is_the_parts_own():
    text = "全区268个行政村中，已通天然气的有112个，约占四分之一。"
    assert len(inconsistent(text)) == 1


@pytest.mark.parametrize("share, wrong", [("40.6%", False), ("52.4%", True)])
def test_a_share_in_a_sentence_opening_with_其中_reads_the_total_before_it(share, wrong):
    text = f"全区今年开工重点工程212个，计划投资365.8亿元；其中民生工程86个，占工程总数的{share}。"
    assert bool(inconsistent(text)) is wrong


def test_an_increase_is_not_the_part_a_share_is_of():
    text = ("全市秋粮总产量1250万吨，比上年增加30万吨。其中，玉米产量980万吨，比上年增加25.5万吨，"
            "增长2.7%，占秋粮总产量的78.4%。")
    assert inconsistent(text) == []
