"""Issue 17: figures of sports, health, school, transport and weather copy, by the claims
guide (spec/claims-guide.md). The sentences are made up for the rules, not taken from
any article the extractor is scored on."""

import pytest

from annotator import extract_claims


def only(sentence: str, text: str):
    """The one claim whose span text is ``text``; fails if it is missing or doubled."""
    found = [c for c in extract_claims(sentence) if c.text == text]
    assert len(found) == 1, f"{text!r} in {[c.text for c in extract_claims(sentence)]}"
    return found[0]


def spans(sentence: str) -> list[str]:
    return [c.text for c in extract_claims(sentence)]


# --- measure words of these genres --------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value, unit", [
    ("校图书馆馆藏图书215万册。", "215万册", 2150000, "册"),
    ("全年放映影片40余部。", "40余部", 40, "部"),
    ("今年共加装电梯三百余部。", "三百余部", 300, "部"),
    ("地铁日均客运量约95万乘次。", "约95万乘次", 950000, "乘次"),
    ("每次献血量为200毫升。", "200毫升", 200, "毫升"),
    ("每日摄入不超过2000千卡。", "不超过2000千卡", 2000, "千卡"),
    ("中心气压为985百帕。", "985百帕", 985, "百帕"),
    ("收缩压达到150毫米汞柱。", "150毫米汞柱", 150, "毫米汞柱"),
    ("毕业须修满160学分。", "160学分", 160, "学分"),
    ("她以581环的总成绩夺冠。", "581环", 581, "环"),
    ("决赛中她打出10.4环。", "10.4环", 10.4, "环"),
    ("全年采集全血1.2万单位。", "1.2万单位", 12000, "单位"),  # blood: 200 ml a unit
    ("每日注射胰岛素不超过40单位。", "不超过40单位", 40, "单位"),
    ("机采血小板1800治疗量。", "1800治疗量", 1800, "治疗量"),
    ("冲刺阶段桨频提到每分钟40桨。", "40桨", 40, "桨"),  # rowing strokes
])
def test_measure_words_of_these_genres(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("sentence, span, value", [
    ("辖区常住人口约460万人口。", "约460万", 4600000),
    ("全省1.2亿人民共同见证。", "1.2亿", 120000000),
])
def test_a_noun_that_begins_with_a_unit_leaves_the_number_bare(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit) == (value, None)


@pytest.mark.parametrize("sentence", [
    "两部门联合印发通知。",
    "市环保三部主任出席。",
    "中铁十二局承建该项目。",
    "新开一家五金店。",
    "项目位于北京三环以内。",
    "国家出台三部委联合文件。",
])
def test_unit_characters_that_begin_a_name_are_no_count(sentence):
    assert spans(sentence) == []


# --- tallies of a season, a meet, a match ------------------------------------------------

def test_a_medal_tally_is_one_claim_per_count():
    s = "代表团以12金8银5铜位列奖牌榜第二。"
    assert spans(s) == ["12金", "8银", "5铜", "第二"]
    assert [(c.value, c.unit) for c in extract_claims(s)[:3]] == [(12, "金"), (8, "银"), (5, "铜")]


@pytest.mark.parametrize("sentence, span", [
    ("小将此役夺得两金。", "两金"),
    ("全队收获三金一银。", "三金"),
    ("全队收获三金一银。", "一银"),
])
def test_medals_in_chinese_numerals_count_in_a_tally_or_after_a_verb(sentence, span):
    assert only(sentence, span).unit == span[-1]


@pytest.mark.parametrize("sentence, span, value", [
    ("本届她共赢下31局，仅输5局。", "31局", 31),
    ("本届她共赢下31局，仅输5局。", "5局", 5),
    ("他在先丢三局后连扳四局。", "四局", 4),
    ("两人鏖战5盘。", "5盘", 5),
])
def test_games_of_a_match_are_counts(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit) == (value, span[-1])


@pytest.mark.parametrize("sentence", [
    "比赛采用五局三胜制。",
    "团体赛实行五场三胜。",
    "预选赛改为3局2胜制。",
    "男单决赛为三盘两胜。",
])
def test_the_format_of_a_match_is_no_claim(sentence):
    assert spans(sentence) == []


# --- counts after an acronym ------------------------------------------------------------

@pytest.mark.parametrize("sentence, span", [
    ("各站点配备AED12台。", "12台"),
    ("医院新购CT3台。", "3台"),
])
def test_a_count_after_an_acronym_of_things(sentence, span):
    assert only(sentence, span).unit == span[-1]


@pytest.mark.parametrize("sentence", [
    "乘坐G1256次列车。",
    "PM2.5年均浓度持续下降。",
    "PM10年均浓度下降。",
    "位于N2馆B03展位。",
])
def test_a_code_after_letters_stays_a_code(sentence):
    assert spans(sentence) == []


# --- wind force and magnitude -------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value, high", [
    ("明天多云，风力3级。", "3级", 3, None),
    ("明天偏南风3～4级。", "3～4级", 3, 4),
    ("东北风三到四级，阵风7级。", "三到四级", 3, 4),
    ("东北风三到四级，阵风7级。", "7级", 7, None),
    ("当地发生5.8级地震。", "5.8级", 5.8, None),
])
def test_wind_force_and_magnitude_are_figures(sentence, span, value, high):
    c = only(sentence, span)
    assert (c.value, c.value_high, c.unit) == (value, high, "级")


@pytest.mark.parametrize("sentence", [
    "全年完成四级手术。",
    "全市共有8家三级医院。",
    "打造300亿级产业集群。",
    "应急响应由4级提升至3级。",
])
def test_a_grade_is_no_figure(sentence):
    assert not [s for s in spans(sentence) if s.endswith("级")]


# --- hedges ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value, unit, qualifier", [
    ("距离开幕只剩不到一个月。", "不到一个月", 1, "个月", "under"),
    ("新线建设用时不到一年。", "不到一年", 1, "年", "under"),
    ("全程耗时约一小时。", "约一小时", 1, "小时", "about"),
])
def test_a_prefix_hedge_makes_one_a_figure(sentence, span, value, unit, qualifier):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier) == (value, unit, qualifier)


def test_recent_one_year_is_still_no_figure():
    assert spans("近一年来，全市新增就业岗位。") == []


def test_a_hedge_bounds_the_figure_right_after_it_not_a_later_one():
    s = "在近两个赛季的60场联赛中，球队仅输5场。"
    assert only(s, "60场").qualifier == "exact"
    s = "过去近10年的300余场比赛"
    assert only(s, "300余场").qualifier == "over"


# --- ranks in a standing ------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value", [
    ("主队积40分，领先第二名6分。", "第二名", 2),
    ("该队落后第一名3分。", "第一名", 1),
    ("总分仅次于第一名的选手。", "第一名", 1),
])
def test_a_standing_named_against_another_is_a_rank(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.kind) == (value, "rank")


# --- statistics with no unit ---------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value, qualifier", [
    ("蚊媒监测的布雷图指数已降至5以下。", "5以下", 5, "under"),
    ("全市紫外线指数仍在8以上。", "8以上", 8, "over"),
    ("空气质量指数（AQI）为156。", "156", 156, "exact"),
    ("当日人民币汇率中间价\n报7.1203，较上日", "7.1203", 7.1203, "exact"),
])
def test_a_statistic_with_an_adverb_a_note_or_a_hedge(sentence, span, value, qualifier):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier) == (value, None, qualifier)


# --- colon ratios ---------------------------------------------------------------------------

def test_a_ratio_named_earlier_in_the_sentence_carries_to_a_later_one():
    s = "全市中小学生师比为13.5:1，高于全省平均的14.2:1。"
    assert spans(s) == ["13.5:1", "14.2:1"]
    assert only(s, "14.2:1").value == 14.2


def test_scores_stay_no_ratio_even_after_a_named_one():
    assert spans("首局比分为9:11，随后以11:6扳回，11:9再下一城。") == []


def test_a_headline_is_read_apart_from_the_paragraph_after_it():
    s = "# 师范学院发布质量报告 生师比降至16.2:1\n本报讯 学院近日发布报告。"
    assert only(s, "16.2:1").value == 16.2


# --- kinds ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, kind", [
    ("市民对公交服务的满意度为93.5%。", "93.5%", "share"),
    ("午后相对湿度降至40%。", "40%", "share"),
    ("人工心脏可替代约80%的泵血功能。", "约80%", "share"),
    ("调查中约30%的受访者表示满意。", "约30%", "share"),
    ("今年设定6%左右的目标。", "6%左右", "change"),
    ("患者满意度达96.1%，连续两年保持在95%以上。", "95%以上", "share"),
    ("哨点医院流感样病例占门急诊总数的4.2%，较上周上升0.6个百分点，高于去年同期（3.1%）。",
     "3.1%", "share"),
    ("全市物价同比上涨2.1%，涨幅比上月扩大0.3个百分点，高于全国（1.8%）。", "1.8%", "change"),
])
def test_kinds_in_these_genres(sentence, span, kind):
    assert only(sentence, span).kind == kind


# --- scores and rounds are no counts ----------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "客队1比2负于对手。",
    "双方最终2比2平。",
    "她将在四分之一决赛中迎战对手。",
])
def test_a_score_or_a_round_is_no_count(sentence):
    assert spans(sentence) == []


def test_a_tally_of_wins_draws_and_losses_still_counts():
    assert spans("球队本赛季9胜3平2负，一度负于对手。") == ["9胜", "3平", "2负"]


@pytest.mark.parametrize("sentence, span", [
    ("高速公路日均车流量达到38.5万辆次。", "38.5万辆次"),
    ("今天偏北风5～6级，午后转3级偏南风。", "5～6级"),
    ("今天偏北风5～6级，午后转3级偏南风。", "3级"),
])
def test_more_units_of_transport_and_weather(sentence, span):
    assert only(sentence, span).value > 0


# --- halves and the centimetres of a jump --------------------------------------------------

@pytest.mark.parametrize("sentence, span, value, unit", [
    ("全程历时三个半小时。", "三个半小时", 3.5, "小时"),
    ("这次集训为期一个半月。", "一个半月", 1.5, "个月"),
    ("项目建设用了两年半。", "两年半", 2.5, "年"),
    ("他以2米30的成绩夺冠。", "2米30", 2.3, "米"),
    ("她跳出了6米85。", "6米85", 6.85, "米"),
])
def test_a_half_or_centimetres_after_the_unit(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("sentence, span, unit", [
    ("他全场命中6记三分球。", "6记", "记"),
    ("学生每周上4节体育课。", "4节", "节"),
    ("该路段限速120km/h。", "120km/h", "km/h"),
])
def test_shots_lessons_and_speeds(sentence, span, unit):
    assert only(sentence, span).unit == unit


@pytest.mark.parametrize("sentence", [
    "本报记者从市教育局获悉。",
    "元旦春节两节期间，全市平稳。",
    "上半年，全市经济平稳。",
])
def test_no_count_in_these_words(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span, value", [
    ("他以第五名的成绩晋级决赛。", "第五名", 5),
    ("她以小组第一的身份出线。", "第一", 1),
    ("该队从第七位升至第四位。", "第七位", 7),
    ("该队从第七位升至第四位。", "第四位", 4),
    ("球队一度跌至第九。", "第九", 9),
])
def test_a_place_described_after_the_ordinal_is_a_rank(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.kind) == (value, "rank")


# --- weather ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value, high", [
    ("预计降水量较常年同期偏少3至5成。", "3至5成", 30, 50),
    ("预计降水量较常年同期偏多二成至四成。", "二成至四成", 20, 40),
])
def test_a_range_of_tenths_is_percent_at_both_ends(sentence, span, value, high):
    c = only(sentence, span)
    assert (c.value, c.value_high, c.unit, c.kind) == (value, high, "%", "change")


@pytest.mark.parametrize("sentence", [
    "这是当地五十年一遇的洪水。",
    "部分河段超过百年一遇。",
    "堤防按20年一遇标准建设。",
])
def test_a_return_period_is_a_class_not_a_span_of_time(sentence):
    assert spans(sentence) == []


# --- seasons ------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "2025赛季中超联赛第28轮。",
    "2024-2025赛季联赛收官。",
    "24/25赛季英超联赛。",
    "2024/25赛季欧冠联赛。",
    "比赛定于9/10日举行。",
])
def test_a_season_or_date_is_no_figure(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("他在三个赛季里打进52球。", "三个赛季", 3, "个赛季"),
    ("集训持续了两个星期。", "两个星期", 2, "个星期"),
    ("从市区到机场只需1/2小时。", "1/2小时", 0.5, "小时"),
])
def test_seasons_weeks_and_a_fraction_of_a_unit(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("sentence, span, unit", [
    ("已为困难家庭学生免费配镜3200余副。", "3200余副", "副"),
    ("调运帐篷300顶、矿泉水5000箱。", "300顶", "顶"),
    ("调运帐篷300顶、矿泉水5000箱。", "5000箱", "箱"),
    ("教室照度提升至500勒克斯以上。", "500勒克斯以上", "勒克斯"),
    ("本学年共开设课程两个学期。", "两个学期", "个学期"),
])
def test_measure_words_of_relief_school_and_sea(sentence, span, unit):
    assert only(sentence, span).unit == unit


@pytest.mark.parametrize("sentence", [
    "根据规定，3名副市长出席。",
    "首都机场，双方会谈。",
])
def test_words_that_begin_with_a_measure_word_stay_words(sentence):
    assert [s for s in spans(sentence) if s[-1] in "副双首根"] == []


@pytest.mark.parametrize("sentence, span, unit", [
    ("超出部分按2.3元/公里计费。", "2.3元/公里", "元/公里"),
    ("门票价格为5元/人次。", "5元/人次", "元/人次"),
    ("心率达到110次/分。", "110次/分", "次/分"),
    ("空腹血糖为6.1毫摩尔/升。", "6.1毫摩尔/升", "毫摩尔/升"),
    ("设计处理能力为8万吨/日。", "8万吨/日", "吨/日"),
    ("设计时速为250千米/时。", "250千米/时", "千米/时"),
])
def test_compound_units_of_these_genres(sentence, span, unit):
    assert only(sentence, span).unit == unit


@pytest.mark.parametrize("sentence", ["成千上万的市民涌上街头。", "成百上千的志愿者参与其中。"])
def test_an_idiom_of_thousands_is_no_figure(sentence):
    assert spans(sentence) == []


# --- race times written with colons ------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value", [
    ("他以2:06:15的成绩夺冠。", "2:06:15", 7575),
    ("她最终以1:10:02冲线。", "1:10:02", 4202),
    ("他在决赛中游出1:45.12的成绩。", "1:45.12", 105.12),
])
def test_a_race_time_with_colons_is_one_claim_in_seconds(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind) == (pytest.approx(value), "秒", "amount")


@pytest.mark.parametrize("sentence", [
    "发布会于10:30:00开始。",
    "比赛于7:30鸣枪开跑。",
    "各局比分为11:9、13:11。",
])
def test_a_clock_or_a_score_is_no_race_time(sentence):
    assert spans(sentence) == []


def test_a_ratio_with_a_decimal_second_term_stays_a_ratio():
    assert only("医护比为1:1.6。", "1:1.6").value == pytest.approx(0.625)


@pytest.mark.parametrize("sentence", [
    "近十年来，全市累计投入。",
    "近十年以来，全市累计投入。",
    "近二十多年来，全市累计投入。",
])
def test_recent_years_since_frame_the_figures_after_them(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence", ["这事拖了一年半载。", "传说中的九尾狐。", "图个六根清净。"])
def test_idioms_that_look_like_counts(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence", ["他不止一次表示感谢。", "每个班至少一名教师。"])
def test_once_or_someone_is_no_figure(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span, unit", [
    ("主队以1分之差惜败。", "1分", "分"),
    ("全场比赛主队完成17脚射门。", "17脚", "脚"),
    ("全市有15站出现暴雨。", "15站", "站"),
])
def test_margins_shots_and_stations(sentence, span, unit):
    assert only(sentence, span).unit == unit


@pytest.mark.parametrize("sentence", ["大家七手八脚地忙碌着。", "站长介绍了情况。"])
def test_shots_and_stations_inside_words(sentence):
    assert spans(sentence) == []


def test_an_improper_slash_pair_is_no_share():
    assert spans("急诊提供24/7全天候服务。") == []


def test_a_double_or_triple_double_is_a_stat_line_not_pairs():
    assert spans("他砍下个人本赛季首个三双，此前已有两双。") == []
    assert only("共捐赠棉鞋3000双。", "3000双").unit == "双"


def test_the_nth_game_minute_or_hole_is_no_rank():
    assert spans("他取得领先后在第3局、第87分钟、第2场、第18洞发力。") == []


def test_a_place_from_the_bottom_is_no_rank():
    assert spans("排名倒数第二的球队与倒数第三的球队积分相同。") == []


def test_the_top_places_are_a_band_not_a_count():
    assert spans("男子前8名中，有5名来自肯尼亚。") == ["5名"]
    assert spans("该校进入全国前10位。") == []


def test_the_nth_medal_title_or_goal_is_an_ordinal():
    assert spans("他夺得本届第3金，也是个人第5枚金牌，职业生涯第2冠，打进赛季第19球。") == []


def test_a_range_below_zero_keeps_its_low_end_first():
    c = only("山区最低气温零下1℃至零下4℃。", "零下1℃至零下4℃")
    assert (c.value, c.value_high) == (-4, -1)


@pytest.mark.parametrize("sentence, span, value", [
    ("11月平均气温为有记录以来同期第三高。", "第三", 3),
    ("今年客流为历史第二多的一年。", "第二", 2),
])
def test_a_superlative_place_is_a_rank(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.kind) == (value, "rank")


def test_a_school_named_by_its_number_is_no_rank():
    assert spans("他毕业于市第二高中。") == []


@pytest.mark.parametrize("sentence, span, unit", [
    ("手术历时5个多小时。", "5个多小时", "个小时"),
    ("两个多月后，患者康复出院。", "两个多月", "个月"),
])
def test_a_hedge_inside_a_span_of_time(sentence, span, unit):
    c = only(sentence, span)
    assert (c.unit, c.qualifier) == (unit, "over")


@pytest.mark.parametrize("sentence", ["该病5年生存率不足50%。", "术后30天死亡率为3%。"])
def test_a_span_that_names_a_rate_is_no_figure(sentence):
    assert [s for s in spans(sentence) if s.endswith(("年", "天"))] == []


def test_ratios_told_with_fenbie_are_no_score():
    s = "小学、初中生师比分别为16.8:1和12.3:1。"
    assert spans(s) == ["16.8:1", "12.3:1"]


@pytest.mark.parametrize("sentence, span, low, high", [
    ("积分榜上排名第十四至第十六位的三支球队仅差2分。", "第十四至第十六位", 14, 16),
    ("排名第3-5名的球队同积21分。", "第3-5名", 3, 5),
])
def test_a_range_of_ranks_is_one_claim(sentence, span, low, high):
    c = only(sentence, span)
    assert (c.value, c.value_high, c.kind) == (low, high, "rank")
    assert len([x for x in extract_claims(sentence) if x.kind == "rank"]) == 1


def test_a_multiple_more_than_before_is_a_change():
    c = only("达标运动员比上届多出近一倍。", "近一倍")
    assert (c.kind, c.qualifier) == ("change", "nearly")


@pytest.mark.parametrize("sentence, span, kind", [
    ("居民健康素养水平为31.27%，比上年提升2.05个百分点。", "31.27%", "share"),
    ("全年增幅为5.2%。", "5.2%", "change"),
])
def test_a_rate_a_noun_is_said_to_be_is_a_level(sentence, span, kind):
    assert only(sentence, span).kind == kind


@pytest.mark.parametrize("sentence, found", [
    ("第三局战至10平，她连得两分拿下。", ["两分"]),
    ("上半场结束时主队领先三分。", ["三分"]),
    ("他的三分球命中率不高。", []),
    ("这一点十分重要。", []),
    ("饭吃七分饱。", []),
])
def test_points_in_chinese_numerals_after_a_verb_of_scoring(sentence, found):
    assert [c.text for c in extract_claims(sentence) if "分" in c.text] == found


def test_a_colon_ratio_ending_a_headline_is_read_though_the_next_line_starts_with_a_measure_word():
    text = "全市通报教育事业发展情况 小学生师比降至16.8:1\n\n本报讯 近日，全市教育事业统计公报发布。"
    assert only(text, "16.8:1").value == pytest.approx(16.8)


@pytest.mark.parametrize("sentence, span, low, high, unit", [
    ("全市降水量比常年同期偏少一到两成。", "一到两成", 10, 20, "%"),
    ("东部地区降水偏多二至三成。", "二至三成", 20, 30, "%"),
    ("项目工期预计一至两年。", "一至两年", 1, 2, "年"),
])
def test_a_range_opening_with_one_or_two_in_chinese_numerals_is_one_claim(sentence, span, low, high, unit):
    claims = extract_claims(sentence)
    assert [(c.text, c.value, c.value_high, c.unit) for c in claims] == [(span, low, high, unit)]


@pytest.mark.parametrize("sentence", ["一到冬季，河面就结冰。", "二是要加强监测预警。"])
def test_one_or_two_before_a_range_word_without_a_unit_after_stays_a_word(sentence):
    assert extract_claims(sentence) == []


def test_station_times_are_one_unit():
    claims = extract_claims("全省共有1127站次出现暴雨。")
    assert [(c.text, c.unit) for c in claims] == [("1127站次", "站次")]


# --- a range whose scale word is written on its high end only -----------------------------

@pytest.mark.parametrize("sentence, span, low, high, unit", [
    ("新房均价9000至1.2万元/平方米。", "9000至1.2万元/平方米", 9000, 12000, "元/平方米"),
    ("月薪8000到1.5万元不等。", "8000到1.5万元", 8000, 15000, "元"),
    ("培训费3000-1.2万元。", "3000-1.2万元", 3000, 12000, "元"),
    ("单价9000～1.2万元。", "9000～1.2万元", 9000, 12000, "元"),
    ("单价9000—1.2万元。", "9000—1.2万元", 9000, 12000, "元"),
    ("单价９０００至１．２万元。", "９０００至１．２万元", 9000, 12000, "元"),
    ("单价九千至一点二万元。", "九千至一点二万元", 9000, 12000, "元"),
    ("单价三千至1.2万元。", "三千至1.2万元", 3000, 12000, "元"),
    ("补贴三千至一万二千元。", "三千至一万二千元", 3000, 12000, "元"),
    ("补贴9000元至1.2万元。", "9000元至1.2万元", 9000, 12000, "元"),
    ("奖励3元至5万元。", "3元至5万元", 3, 50000, "元"),  # a low end with its unit is whole
])
def test_a_low_end_above_the_high_ends_number_stands_as_written(sentence, span, low, high, unit):
    claims = extract_claims(sentence)
    assert [(c.text, c.value, c.value_high, c.unit) for c in claims] == [(span, low, high, unit)]


@pytest.mark.parametrize("sentence, span, low, high", [
    ("预计投资3至5亿元。", "3至5亿元", 3e8, 5e8),
    ("预计投资三至五亿元。", "三至五亿元", 3e8, 5e8),
    ("每户补贴三至五万元。", "三至五万元", 3e4, 5e4),
    ("每户补贴五至十万元。", "五至十万元", 5e4, 1e5),
    ("项目投资三至五千万元。", "三至五千万元", 3e7, 5e7),
    ("项目投资三百至五百万元。", "三百至五百万元", 3e6, 5e6),
    ("项目投资两千至三千万元。", "两千至三千万元", 2e7, 3e7),
    ("项目投资3000至1亿2000万元。", "3000至1亿2000万元", 3e7, 1.2e8),
    ("门票二至三十元。", "二至三十元", 2, 30),  # 十 is no scale word
])
def test_a_low_end_below_the_high_ends_number_takes_its_scale(sentence, span, low, high):
    c = only(sentence, span)
    assert (c.value, c.value_high, c.unit) == (pytest.approx(low), pytest.approx(high), "元")


@pytest.mark.parametrize("sentence, found", [
    ("毛利率提高60至80%。", [("60至80%", 60, 80)]),
    ("2024至2025年，全市新建学校12所。", [("12所", 12, None)]),
    ("排名第3至5名的球队同积21分。", [("第3至5名", 3, 5), ("21分", 21, None)]),
    ("销量从9000辆增至1.2万辆。", [("9000辆", 9000, None), ("1.2万辆", 12000, None)]),
])
def test_percents_years_ranks_and_two_figures_keep_their_reading(sentence, found):
    assert [(c.text, c.value, c.value_high) for c in extract_claims(sentence)] == found


# --- compound counts, suffix hedges, hedges set apart from their number -------------------

@pytest.mark.parametrize("sentence, span, value, unit, kind", [
    ("景区酒店平均房价为620元/间夜。", "620元/间夜", 620, "元/间夜", "amount"),
    ("接驳车票价为8元/车次。", "8元/车次", 8, "元/车次", "amount"),
    ("起降服务费为1500元/架次。", "1500元/架次", 1500, "元/架次", "amount"),
    ("全市酒店共售出42万间夜。", "42万间夜", 420000, "间夜", "amount"),
    ("不良反应报告发生率为3.1/10万剂次。", "3.1/10万剂次", 3.1, "/10万剂次", "share"),
    ("该病报告发病率为2.4/10万人口。", "2.4/10万", 2.4, "/10万", "share"),
])
def test_a_compound_count_is_read_whole_as_a_unit_and_as_a_denominator(sentence, span, value, unit, kind):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (pytest.approx(value), unit, "exact", kind)


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("分析人士预计，指数将在3300点附近反复震荡。", "3300点附近", 3300, "点"),
    ("金价在每克600元附近企稳。", "600元附近", 600, "元"),
])
def test_a_figure_followed_by_fujin_is_about(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (value, unit, "about", "amount")


@pytest.mark.parametrize("sentence, span, value", [
    ("项目总投资约人民币120亿元。", "120亿元", 1.2e10),
    ("双方贸易额约合人民币35亿元。", "35亿元", 3.5e9),
    ("此次配售募资约港币80亿元。", "80亿元", 8e9),
    ("上市公司總市值約新台幣72兆元。", "72兆元", 7.2e13),
])
def test_a_hedge_before_the_currencys_name_bounds_the_figure(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (pytest.approx(value), "元", "about", "amount")


def test_a_word_ending_in_yue_before_a_currency_is_no_hedge():
    assert only("全年节约人民币500万元。", "500万元").qualifier == "exact"


@pytest.mark.parametrize("sentence, span, value, unit, kind", [
    ("今年全县油菜种植面积较上年扩大约两成。", "约两成", 20, "%", "change"),
    ("城乡居民收入差距拉大约1.5个百分点。", "约1.5个百分点", 1.5, "个百分点", "change"),
    ("景区单日最大约8万人次。", "约8万人次", 80000, "人次", "amount"),
])
def test_the_da_of_dayue_after_a_verb_is_the_verbs(sentence, span, value, unit, kind):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (value, unit, "about", kind)


def test_dayue_after_a_noun_stays_one_hedge():
    c = only("全市大约三成企业已完成改造。", "大约三成")
    assert (c.value, c.unit, c.qualifier) == (30, "%", "about")


# --- a standing: places as labels, tie-break ratios ----------------------------------------

def test_a_place_used_as_a_teams_label_is_a_rank():
    claims = extract_claims("本轮战罢，第四名青湖队与第五名海港队同积18分。")
    assert [(c.text, c.value, c.unit, c.qualifier, c.kind) for c in claims if c.kind == "rank"] == [
        ("第四名", 4, None, "exact", "rank"), ("第五名", 5, None, "exact", "rank")]


@pytest.mark.parametrize("sentence", ["第一名队员率先出发。", "第三支球队入场。"])
def test_an_ordinal_in_a_sequence_stays_no_rank(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, found", [
    ("两队同积15分，局分比1.308和1.150。", [("1.308", 1.308), ("1.150", 1.15)]),
    ("两队净胜分比分别为1.214、1.087。", [("1.214", 1.214), ("1.087", 1.087)]),
])
def test_a_tie_break_ratio_is_a_statistic(sentence, found):
    claims = [c for c in extract_claims(sentence) if c.unit is None]
    assert [(c.text, c.value) for c in claims] == found
    assert {(c.qualifier, c.kind) for c in claims} == {("exact", "amount")}


@pytest.mark.parametrize("sentence", ["主队以88分比86险胜。", "合格人数的百分比为12。"])
def test_a_score_or_a_percentage_word_leaves_the_number_bare(sentence):
    assert [c.text for c in extract_claims(sentence) if c.unit is None] == []


# --- issue 17, extract23: counts, hedges and units around a number -------------------------

@pytest.mark.parametrize("sentence, span, value", [
    ("本届锦标赛共设16个级别。", "16个", 16),
    ("截至昨天，已决出5个级别的冠军。", "5个", 5),
])
def test_a_count_of_classes_is_no_class_label(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (value, "个", "exact", "amount")


@pytest.mark.parametrize("sentence", ["港区新建10万吨级码头。", "打造300亿级产业集群。"])
def test_a_size_before_ji_stays_a_class_label(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span, value, qualifier", [
    ("全县除颤器数量比三年前翻了一番多。", "翻了一番多", 2, "over"),
    ("五年间产值翻两番以上。", "翻两番以上", 4, "over"),
    ("收入翻了一番。", "翻了一番", 2, "exact"),
])
def test_a_hedge_after_fan_bounds_the_doubling(sentence, span, value, qualifier):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (value, "倍", qualifier, "change")


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("线网客运强度为1.2万人次/公里·日。", "1.2万人次/公里·日", 12000, "人次/公里·日"),
    ("全年发电量85亿千瓦·时。", "85亿千瓦·时", 8.5e9, "千瓦·时"),
    ("居民电价为0.52元/千瓦·时。", "0.52元/千瓦·时", 0.52, "元/千瓦·时"),
    ("货物周转量320亿吨·公里。", "320亿吨·公里", 3.2e10, "吨·公里"),
    ("电站单位造价约4000元/千瓦。", "约4000元/千瓦", 4000, "元/千瓦"),
])
def test_a_product_of_units_written_with_a_middle_dot_is_one_unit(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind) == (pytest.approx(value), unit, "amount")


@pytest.mark.parametrize("sentence, span, value, kind", [
    ("收购价比去年高出约一成。", "约一成", 10, "change"),  # 比…高出: by how much
    ("单日客运量比此前峰值高出4.2%。", "4.2%", 4.2, "change"),
    ("小班化以后，每位老师照看的孩子少了约三分之一。", "约三分之一", 33.3333, "change"),
    ("停电用户截至昨晚已恢复92%。", "92%", 92, "share"),  # restored: a part of the whole
    ("年度计划已完成85%。", "85%", 85, "share"),
])
def test_a_comparison_is_a_change_and_what_is_restored_a_share(sentence, span, value, kind):
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind) == (pytest.approx(value, abs=1e-3), "%", kind)


@pytest.mark.parametrize("sentence, span, value, unit, kind", [
    ("全市快递有效申诉率为每百万件0.41件。", "0.41件", 0.41, "件", "share"),
    ("全市每10万人口肺结核报告发病数为28.4例。", "28.4例", 28.4, "例", "share"),
    ("孕产妇死亡率为每10万人12.5人。", "12.5人", 12.5, "人", "share"),
    ("疑似异常反应报告率为每10万剂次5.7例。", "5.7例", 5.7, "例", "share"),
    ("全县每千人口献血11.6人次。", "11.6人次", 11.6, "人次", "amount"),  # no rate: a level
    ("每10万人口配置救护车3.1辆。", "3.1辆", 3.1, "辆", "amount"),
    ("全区每万人拥有护士28.6名。", "28.6名", 28.6, "名", "amount"),
    ("每一例死亡病例补助5万元。", "5万元", 50000, "元", "amount"),  # 每一 is no base
])
def test_a_rate_told_per_a_base_is_a_share_and_a_count_per_base_a_level(sentence, span, value, unit, kind):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (value, unit, "exact", kind)


def test_a_rate_per_a_base_written_after_a_slash_stays_a_share():
    assert only("全省法定传染病报告发病率为36.2/10万。", "36.2/10万").kind == "share"


@pytest.mark.parametrize("sentence", [
    "这是近十年来登陆本省的最强台风。",
    "颱風昨日登陸本島北部。",
    "加强队伍本身建设。",
])
def test_a_capital_numeral_alone_is_a_character_of_a_word(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span, value", [
    ("合同金额人民币壹万伍仟元整。", "壹万伍仟元", 15000),
    ("共计捐款陆万元。", "陆万元", 60000),
])
def test_capital_numerals_of_an_amount_are_still_read(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (value, "元", "exact", "amount")


@pytest.mark.parametrize("sentence, found", [
    ("两队仅以局分比1.308和1.150区分高下。", [("1.308", 1.308), ("1.150", 1.15)]),
    ("两队净胜分比分别为1.214、1.087排在后两位。", [("1.214", 1.214), ("1.087", 1.087)]),
])
def test_the_last_of_a_listed_statistic_ends_the_list_whatever_follows(sentence, found):
    claims = [c for c in extract_claims(sentence) if c.unit is None]
    assert [(c.text, c.value) for c in claims] == found
    assert {(c.qualifier, c.kind) for c in claims} == {("exact", "amount")}


def test_a_lone_statistic_before_a_word_stays_bare():
    assert [c.text for c in extract_claims("两队局分比1.308区分高下。") if c.unit is None] == []


@pytest.mark.parametrize("sentence, span, kind", [
    ("全市居民健康素养水平达到31.8%，比上年提高2.1个百分点。", "31.8%", "share"),
    ("全省居民健康素养水平达29.4%。", "29.4%", "share"),
    ("全市GDP增速达到5.2%。", "5.2%", "change"),  # a change word before: still a change
])
def test_a_percentage_a_level_reaches_is_a_part_of_its_whole(sentence, span, kind):
    c = only(sentence, span)
    assert (c.unit, c.qualifier, c.kind) == ("%", "exact", kind)


@pytest.mark.parametrize("sentence, span, qualifier", [
    ("全年CPI涨幅预计为0.6%，低于3%左右的年度调控目标。", "3%左右", "about"),
    ("城镇调查失业率低于5.5%的预期目标。", "5.5%", "exact"),
])
def test_a_target_compared_with_is_stated_as_written(sentence, span, qualifier):
    assert only(sentence, span).qualifier == qualifier


@pytest.mark.parametrize("sentence, found", [
    ("今年刊发稿件214篇，比去年的158篇多了66篇。", ["214篇", "158篇", "66篇"]),
    ("全区开工项目214个，比去年的158个多了66个。", ["214个", "158个", "66个"]),
])
def test_duo_le_before_a_number_says_more_by_and_hedges_nothing(sentence, found):
    assert spans(sentence) == found


@pytest.mark.parametrize("sentence, span, value", [
    ("新校区总投资3亿2千万元。", "3亿2千万元", 320000000),
    ("合同总额2亿3百万美元。", "2亿3百万美元", 203000000),
])
def test_mixed_digits_may_close_on_a_compound_place(sentence, span, value):
    assert only(sentence, span).value == value


@pytest.mark.parametrize("sentence, span", [
    ("全年票房收入已突破人民币50亿元。", "50亿元"),
    ("出口總額突破新台幣3兆元。", "3兆元"),
])
def test_tupo_before_the_currency_name_bounds_the_figure(sentence, span):
    assert only(sentence, span).qualifier == "over"


@pytest.mark.parametrize("sentence, span, value", [
    ("今年景区客流增长一成五。", "一成五", 15),
    ("二成五的受访者表示满意。", "二成五", 25),
])
def test_one_or_two_tenths_and_a_digit_is_a_figure(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit) == (value, "%")


@pytest.mark.parametrize("sentence, span", [
    ("去年全台出口成長兩成。", "兩成"),
    ("受疫情影響，門市營收衰退三成五。", "三成五"),
])
def test_growth_and_fall_in_taiwan_copy_are_changes(sentence, span):
    assert only(sentence, span).kind == "change"


def test_taitao_counts_machines_and_sets_as_one_measure_word():
    c = only("抗旱期间共调用水泵等设备560余台套。", "560余台套")
    assert (c.value, c.unit, c.qualifier) == (560, "台套", "over")


@pytest.mark.parametrize("sentence, span, value, unit, qualifier", [
    ("信访办今年收到群众来信三百余封。", "三百余封", 300, "封", "over"),
    ("客服中心全年接听咨询电话4.6万通。", "4.6万通", 46000, "通", "exact"),
    ("平均每名接线员每天接听约\n120通；", "120通", 120, "通", "about"),  # the hedge a line before
])
def test_letters_and_calls_are_counted_in_their_measure_words(sentence, span, value, unit, qualifier):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("sentence", [
    "新区路网四通八达。",
    "园区已完成七通一平。",
    "团队研制出128通道脑电采集设备。",
])
def test_tong_in_a_slogan_or_a_longer_word_is_no_count(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span", [
    ("两人在半决赛中激战七局。", "七局"),
    ("男单决赛双方打满五盘。", "五盘"),
    ("这场焦点战两队战满四节才分出胜负。", "四节"),
])
def test_a_match_fought_or_played_out_counts_its_games(sentence, span):
    c = only(sentence, span)
    assert (c.unit, c.qualifier, c.kind) == (span[-1], "exact", "amount")


@pytest.mark.parametrize("sentence, found", [
    ("体测项目包括800米跑步和50米游泳。", ["800米", "50米"]),
    ("他每天坚持5公里跑步。", ["5公里"]),
])
def test_a_distance_before_paobu_is_the_distance_run_not_a_race_name(sentence, found):
    assert spans(sentence) == found


def test_a_distance_before_pao_still_names_a_race():
    assert spans("共有300人报名参加5000米跑。") == ["300人"]


@pytest.mark.parametrize("sentence, found", [
    ("本届铁人三项赛共有1500名选手参赛。", ["1500名"]),
    ("她此前练过三年现代五项。", ["三年"]),
    ("男子十项全能比赛明日开赛。", []),
])
def test_the_count_in_a_multi_event_sports_name_is_no_figure(sentence, found):
    assert spans(sentence) == found


def test_events_counted_outside_a_sports_name_still_count():
    assert spans("运动会共设田径等12项比赛。") == ["12项"]


@pytest.mark.parametrize("sentence", [
    "2024千山国际马拉松赛今晨开跑。",
    "2023百色芒果节开幕。",
])
def test_qian_or_bai_after_four_digits_begins_a_name(sentence):
    assert spans(sentence) == []


def test_qian_after_a_few_digits_is_still_a_scale():
    c = only("现场观众约3千人。", "约3千人")
    assert (c.value, c.unit) == (3000, "人")


@pytest.mark.parametrize("sentence, span, value", [
    ("科室今年收到患者赠送的锦旗30余面。", "30余面", 30),
    ("沿街悬挂国旗500面。", "500面", 500),
])
def test_banners_and_flags_are_counted_in_mian(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit) == (value, "面")


@pytest.mark.parametrize("sentence", [
    "游客从四面八方赶来。",
    "古镇三面环水。",
    "新版纸币100面额的发行量有限。",
])
def test_mian_in_an_idiom_or_a_longer_word_is_no_count(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span, unit", [
    ("服务中心日均接听咨询电话三百余通。", "三百余通", "通"),
    ("这项赛事至今已举办四十多届。", "四十多届", "届"),
])
def test_a_hedge_inside_makes_a_chinese_numeral_a_count_where_alone_it_is_an_idiom(sentence, span, unit):
    c = only(sentence, span)
    assert (c.unit, c.qualifier) == (unit, "over")


@pytest.mark.parametrize("sentence, span, value", [
    ("該基金規模達新臺幣3兆2,150億元。", "3兆2,150億元", 3215000000000),
    ("每人每月平均領取2萬3,400元。", "2萬3,400元", 23400),
    ("全年客流约1亿2，600万人次。", "约1亿2，600万人次", 126000000),
])
def test_a_group_after_a_scale_word_may_have_thousands_separators(sentence, span, value):
    assert only(sentence, span).value == value


@pytest.mark.parametrize("sentence", [
    "该校实行九年一贯制办学。",
    "与6小时前相比，水位又上涨了。",
    "雨量较三天\n前明显增多。",
])
def test_a_school_system_or_a_time_counted_back_is_no_claim(sentence):
    assert spans(sentence) == []


def test_a_duration_before_a_trip_is_still_a_claim():
    assert spans("队员们用3天前往营地。") == ["3天"]


@pytest.mark.parametrize("sentence, span", [
    ("工伤保险平均费率下调至0.8%。", "0.8%"),
    ("該基金管理費率為1.2%。", "1.2%"),
])
def test_a_fee_rate_is_a_price_not_a_share(sentence, span):
    assert only(sentence, span).kind == "amount"


def test_zuci_counts_heats_as_one_unit():
    c = only("本次比赛共进行预赛、决赛52组次。", "52组次")
    assert (c.value, c.unit) == (52, "组次")


@pytest.mark.parametrize("sentence, span", [
    ("疫苗接种率仍然偏低，仅为31.5%。", "31.5%"),
    ("新能源车占比稳步提升，达到四成。", "四成"),
])
def test_a_change_word_closing_an_earlier_clause_is_a_verdict_on_a_level(sentence, span):
    assert only(sentence, span).kind == "share"


@pytest.mark.parametrize("sentence, span, value", [
    ("恒生指数收于1.8万点。", "1.8万点", 18000),
    ("道瓊指數站上4萬點。", "4萬點", 40000),
])
def test_points_after_a_scale_word_are_an_index_level_not_a_clock(sentence, span, value):
    assert only(sentence, span).value == value


def test_surpassing_a_record_is_a_comparison_not_a_hedge():
    c = only("决赛中共有3人次超过2项全国纪录。", "2项")
    assert (c.value, c.qualifier) == (2, "exact")
    assert only("全年超过2项指标未达标。", "超过2项").qualifier == "over"


@pytest.mark.parametrize("text, span, qualifier", [
    ("受消息影响，铜价一度跌破6万元/吨。", "跌破6万元/吨", "under"),
    ("全年销售额突破8亿元。", "突破8亿元", "over"),
])
def test_falling_through_a_figure_puts_the_figure_above(text, span, qualifier):
    """跌破 is fell below: the level is under the figure, where 突破 (and 破) is over it."""
    (claim,) = extract_claims(text)
    assert (claim.text, claim.qualifier) == (span, qualifier)


# --- session 22: forms of extract27's genres ------------------------------------------------

@pytest.mark.parametrize("sentence, span, value", [
    ("本次大赛共有志愿者三〇五名参与服务。", "三〇五名", 305),
    ("新建校舍一〇〇间。", "一〇〇间", 100),
])
def test_a_written_zero_makes_a_digit_by_digit_numeral_a_count(sentence, span, value):
    """〇 is a digit no idiom has: 三〇五名 is 305 (一五一十 and 唯一一个 stay words)."""
    assert only(sentence, span).value == value


@pytest.mark.parametrize("sentence", ["二〇二五年全市经济运行平稳。", "二〇二四赛季正式开幕。", "他一五一十地说了。"])
def test_a_year_or_an_idiom_in_digit_by_digit_numerals_stays_no_claim(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("每万人公交车拥有量为12.4标台。", "12.4标台", 12.4, "标台"),  # a standard bus
    ("全年公交运营里程达1.2亿车公里。", "1.2亿车公里", 1.2e8, "车公里"),
])
def test_transport_counts_its_fleet_and_service_in_its_own_measure_words(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("sentence, span", [
    ("今年新增企业中有约四成来自外省。", "约四成"),
    ("全年增加的床位中有三分之一设在县级医院。", "三分之一"),
])
def test_a_figure_of_a_group_named_before_zhongyou_is_a_share(sentence, span):
    """The group before 中有 is the whole: a change word in its name (新增, 增加的) is no change."""
    assert only(sentence, span).kind == "share"


@pytest.mark.parametrize("sentence, span", [
    ("平价店的蔬菜价格比周边市场低5%至15%。", "5%至15%"),
    ("本周均价较上月高约3%。", "约3%"),
    ("新车型的百公里能耗比旧车型低约两成。", "约两成"),
])
def test_a_percentage_after_bi_and_a_word_of_more_or_less_is_a_change(sentence, span):
    """比X低5%: by how much one level differs from another, whatever the words between."""
    assert only(sentence, span).kind == "change"


@pytest.mark.parametrize("sentence, span", [("其比重低于5%。", "低于5%"), ("占比较低，仅为5%。", "5%")])
def test_bizhong_and_jiaodi_are_no_comparison_by_an_amount(sentence, span):
    assert only(sentence, span).kind == "share"


@pytest.mark.parametrize("sentence, found", [
    ("本赛季前十二轮场均观众约2800人。", ["约2800人"]),
    ("他在前三场比赛中打进5球。", ["5球"]),
])
def test_the_first_rounds_or_games_of_a_season_are_a_period_not_a_figure(sentence, found):
    """前十二轮 frames the figures after it, as 前三季度 does a year's."""
    assert spans(sentence) == found


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("蓝湾队提前两轮锁定冠军。", "两轮", 2, "轮"),
    ("工程提前三天完工。", "三天", 3, "天"),
    # the 一 of 一轮 is a count too, not the article
    ("卫冕冠军提前一轮锁定了联赛冠军。", "一轮", 1, "轮"),
    ("积分榜上，两队都只剩一轮比赛。", "一轮", 1, "轮"),
    ("受台风影响，开幕式推迟一天举行。", "一天", 1, "天"),
    ("主队比客队少赛一场。", "一场", 1, "场"),
])
def test_ahead_of_time_by_rounds_or_days_or_left_is_a_figure(sentence, span, value, unit):
    """提前 is no 前 of a period: 提前两轮 is the margin the title was won by; after 提前,
    推迟, 剩, 少赛 rounds and days are counted."""
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind) == (value, unit, "amount")


@pytest.mark.parametrize("sentence", ["新一轮强降雨自今晚开始。", "双方进行了一轮磋商。", "最后只剩下一个问题。"])
def test_one_round_elsewhere_is_the_article(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence", [
    "10月8日，2024环太湖国际公路自行车赛鸣枪开赛。",
    "# 2025双城马拉松今晨开跑",
    "2023金秋文化旅游节昨日开幕。",
])
def test_a_year_glued_to_an_events_name_is_no_count(sentence):
    """A year opening a clause, then a measure word's character that begins a name (环, 双, 金)."""
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span", [
    ("开幕式上，2025名运动员参加入场仪式。", "2025名"),
    ("全省共有2024名选手参赛。", "2024名"),
    ("1998家企业参展。", "1998家"),
])
def test_a_count_the_size_of_a_year_still_counts(sentence, span):
    assert only(sentence, span).value in (2025, 2024, 1998)


@pytest.mark.parametrize("sentence, span, value", [
    ("他在决赛中跑出的成绩低于10秒05的全国纪录。", "10秒05", 10.05),
    ("新科冠军的用时低于2小时05分30秒的赛会纪录。", "2小时05分30秒", 7530),
])
def test_a_race_time_compared_with_a_record_is_the_records_figure_unhedged(sentence, span, value):
    """低于 before a record compares another time with it: the record is stated as written,
    even when its time runs on past its first unit."""
    c = only(sentence, span)
    assert (c.value, c.qualifier) == (value, "exact")


def test_a_race_time_under_a_figure_with_no_record_after_it_is_still_hedged():
    c = only("他以低于2小时10分的成绩完赛。", "低于2小时10分")
    assert (c.value, c.qualifier) == (130, "under")


@pytest.mark.parametrize("sentence, span, value", [
    ("恒生指数重上两万点。", "两万点", 20000),
    ("沪指失守三千点关口。", "三千点", 3000),
])
def test_index_points_in_chinese_numerals_are_a_level_as_in_digits(sentence, span, value):
    """No clock reaches a hundred: 两万点 is an index level, as 2万点 is."""
    c = only(sentence, span)
    assert (c.value, c.unit) == (value, "点")


@pytest.mark.parametrize("sentence", ["比赛于晚上八点开始。", "活动二十点整结束。"])
def test_a_clock_hour_in_chinese_numerals_stays_no_claim(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span, value, qualifier", [
    ("其中新能源车占比已达近三分\n之一，高于全省平均水平。", "近三分", 100 / 3, "nearly"),
    ("达标天数占全年的百分之\n八十五，比上年提高。", "百分之", 85, "exact"),
    ("外地游客约占四分之\n一左右。", "四分之", 25, "about"),
])
def test_a_fraction_broken_by_a_print_line_is_read_whole(sentence, span, value, qualifier):
    """The span is the part before the break; value and hedge are the whole fraction's."""
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (pytest.approx(value), "%", qualifier, "share")


def test_a_paragraph_break_does_not_join_a_fraction():
    assert spans("全市有三分\n\n之一的人。") == []


# --- ext23: lessons, wells and doses; decimal seconds; frames and dates ----------------------

@pytest.mark.parametrize("sentence, span, value, unit, qualifier", [
    ("训练营本月共开设近30堂体能课。", "近30堂", 30, "堂", "nearly"),
    ("全年送课下乡120堂。", "120堂", 120, "堂", "exact"),
    ("疾控中心储备检测试剂约50万人份。", "约50万人份", 500000, "人份", "about"),
    ("全县新打机井１５０余眼。", "１５０余眼", 150, "眼", "over"),
    ("全乡共有灌溉机井二十余眼。", "二十余眼", 20, "眼", "over"),
])
def test_lessons_doses_for_a_person_and_wells_are_measure_words(sentence, span, value, unit, qualifier):
    """堂 counts lessons, 人份 doses or kits for one person each, 眼 wells and springs."""
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("sentence", [
    "他们是堂兄弟，三人同校。",
    "他两眼放光。",
    "村口有一口三眼井。",
    "这堂课讲了四十分钟。",
])
def test_words_opening_with_tang_or_yan_are_no_count(sentence):
    assert not [t for t in spans(sentence) if t.endswith(("堂", "眼"))]


@pytest.mark.parametrize("sentence, span, value", [
    ("女子1500米决赛，她以4分12.37秒夺冠。", "4分12.37秒", 252.37),
    ("男子800米决赛他跑出1分52.8秒。", "1分52.8秒", 112.8),
    ("他以1小时02分15.6秒完赛。", "1小时02分15.6秒", 3735.6),
])
def test_a_race_time_may_end_on_decimal_seconds(sentence, span, value):
    """The last part of a compound time may carry decimals: 4分12.37秒 is 252.37 秒."""
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind) == (pytest.approx(value), "秒", "amount")


def test_a_clock_time_left_with_decimal_seconds_is_still_a_moment():
    assert spans("比赛还剩2分10.5秒时，主队扳平。") == []


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("现有库存可满足近两个月的用药需求。", "近两个月", 2, "个月"),
    ("储备的饲料足够维持近一个月的消耗。", "近一个月", 1, "个月"),
    ("现有存粮足以支撑近三个月的供应。", "近三个月", 3, "个月"),
])
def test_near_after_a_verb_of_lasting_is_a_hedge_on_the_span(sentence, span, value, unit):
    """可满足近两个月: how long a stock lasts is the figure, and 近 hedges it."""
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier) == (value, unit, "nearly")


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("新疫苗接种后约需三周才能见效。", "三周", 3, "周"),
    ("从市区到机场约要40分钟。", "40分钟", 40, "分钟"),
    ("整个疗程大约需要10天。", "10天", 10, "天"),
    ("台风中心附近风力约每秒33米。", "33米", 33, "米"),  # the time a rate is per
])
def test_a_hedge_before_a_verb_of_needing_bounds_the_figure(sentence, span, value, unit):
    """约需三周, as 约占全国的15%: the hedge a little before the number still counts."""
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier) == (value, unit, "about")


@pytest.mark.parametrize("sentence, span, value", [
    ("全市师生比由上一\n学年的18.2:1降至17.5:1。", "18.2:1", 18.2),
    ("全区师生比从五年前的19.4:1下降到16.3:1。", "19.4:1", 19.4),
])
def test_a_colon_ratio_changing_from_an_earlier_level_is_a_ratio_both_times(sentence, span, value):
    """师生比从五年前的19.4:1下降到16.3:1: the ratio named before 由 or 从 is the earlier level's."""
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind) == (pytest.approx(value), None, "amount")


def test_two_clocks_compared_after_xiangbi_are_no_ratio():
    assert spans("与去年相比从8:30提前到8:00开门。") == []


@pytest.mark.parametrize("sentence", [
    "局长表示，二〇二\n五年全县计划新建学校。",
    "项目将于20\n25年全面建成。",
])
def test_a_year_cut_by_a_print_line_is_still_a_year(sentence):
    """二〇二⏎五年: the line break falls inside one numeral; its tail is no figure of its own."""
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, found", [
    ("全市学校数为32。\n5000名教师参加培训。", ["5000名"]),
    ("## 1\n500名志愿者参加。", ["500名"]),
])
def test_a_figure_after_a_kept_line_break_is_its_own(sentence, found):
    """After a sentence's end or a heading the break is no cut: the next line's number stands."""
    assert spans(sentence) == found


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("全市共有在校学生3\n500名。", "3", 3500, "名"),
    ("项目总投资三千\n五百万元。", "三千", 35000000, "元"),
])
def test_a_number_cut_by_a_print_line_is_read_whole(sentence, span, value, unit):
    """The span is the part before the break, the value the whole numeral's."""
    c = only(sentence, span)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("sentence, span, value", [
    ("本月降水量为有记录以来同期第二位。", "第二位", 2),
    ("该站年降水量为历史同期第三位。", "第三位", 3),
])
def test_a_place_in_the_record_since_records_began_is_a_rank(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.kind) == (value, "rank")


@pytest.mark.parametrize("sentence, found", [
    ("预计未来２至４天，本市以多云天气为主。", []),
    ("过去3至5年，该市人口持续增长。", []),
    ("预计伤停3至5周。", ["3至5周"]),
])
def test_a_range_of_days_after_weilai_frames_a_forecast(sentence, found):
    """未来3至5天 is the time a forecast covers, as 未来两年 is: no figure."""
    assert spans(sentence) == found


@pytest.mark.parametrize("sentence", [
    "自民國98年推動改革以來，成效顯著。",
    "該廠於民國76年建成。",
    "民国三十八年，他迁居台北。",
])
def test_a_year_of_the_minguo_calendar_is_a_date(sentence):
    """民國98年 is 2009, written in the calendar of Taiwan copy: a date, no span of years."""
    assert spans(sentence) == []


# --- extract29: words of market, health and data-box copy ---------------------------------

@pytest.mark.parametrize("sentence, span", [
    ("投信买超新台币15.2亿元。", "15.2亿元"),  # 买超: net buying, no hedge
    ("自营商合计卖超48亿元。", "48亿元"),
    ("外資買超新台幣96.3億元。", "96.3億元"),
])
def test_net_buying_is_no_hedge(sentence, span):
    c = only(sentence, span)
    assert c.qualifier == "exact"


def test_a_discount_rate_is_a_price_not_a_part():
    c = only("央行维持再贴现率为1.75%不变。", "1.75%")
    assert c.kind == "amount"


def test_a_decade_is_no_span_of_time():
    assert spans("上世纪五十年代的统计显示，全县人口约二十万人。") == ["约二十万人"]
    assert spans("早在80年代，这里就建起了工厂。") == []


@pytest.mark.parametrize("sentence, span, value", [
    ("成年人日均步数7,420步。", "7,420步", 7420),
    ("参赛者平均每天走12000步以上。", "12000步以上", 12000),
])
def test_steps_are_counted(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit) == (value, "步")


@pytest.mark.parametrize("sentence", ["改革进入第一步。", "实施三步走战略。", "两步并作一步。", "他走了5步行程。"])
def test_step_words_are_no_count(sentence):
    assert not any("步" in c.text for c in extract_claims(sentence))


def test_a_word_opening_with_a_measure_word_on_the_next_line_is_no_unit():
    c = only("噪声指数：45～62\n首要声源：交通\n", "45～62")
    assert c.unit is None


def test_a_statistic_range_in_a_data_box_has_no_unit():
    c = only("空气质量指数（AQI）：41～97\n", "41～97")
    assert (c.value, c.value_high, c.unit) == (41, 97, None)


def test_a_day_after_an_index_name_is_a_date():
    assert spans("上证指数5日低开高走，收涨1.2%。") == ["1.2%"]


@pytest.mark.parametrize("sentence, span, value, high", [
    ("■风况\n最大风力：6～7级\n", "6～7级", 6, 7),
    ("阵风风力：8级\n", "8级", 8, None),
])
def test_a_wind_force_after_a_data_box_label(sentence, span, value, high):
    c = only(sentence, span)
    assert (c.value, c.value_high, c.unit) == (value, high, "级")


def test_a_grade_after_a_label_is_still_no_figure():
    assert spans("医院等级：三级\n") == []


@pytest.mark.parametrize("sentence, span, value", [
    ("决赛时风速为+0.8米/秒。", "+0.8米/秒", 0.8),
    ("当时风速：＋1.5米/秒。", "＋1.5米/秒", 1.5),
    ("当时风速-0.6米/秒。", "-0.6米/秒", -0.6),
])
def test_a_written_sign_is_inside_the_span(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.kind) == (value, "amount")


def test_a_plus_between_numbers_joins_a_name():
    assert not any(c.text.startswith("+") for c in extract_claims("推进13+2个重点项目。"))


@pytest.mark.parametrize("sentence, span, value", [
    ("本周优良天数：7天中有5天\n", "7天中有5天", 500 / 7),
    ("受访者10人中就有3人每天锻炼。", "10人中就有3人", 30),
    ("全年12个月中有9个月出口增长。", "12个月中有9个月", 75),
])
def test_a_part_among_a_stated_whole_is_a_ratio(sentence, span, value):
    c = only(sentence, span)
    assert (round(c.value, 4), c.unit, c.kind) == (round(value, 4), "%", "share")


def test_different_things_among_a_whole_stay_counts():
    assert "3个" in spans("这5家企业中有3个项目获奖。")


@pytest.mark.parametrize("sentence, span, value, unit, qualifier", [
    ("他领先亚军近半秒撞线。", "近半秒", 0.5, "秒", "nearly"),
    ("全程用时不到半小时。", "不到半小时", 0.5, "小时", "under"),
    ("排队时间缩短约半天。", "约半天", 0.5, "天", "about"),
])
def test_half_a_unit_after_a_hedge(sentence, span, value, unit, qualifier):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("sentence", ["半小时经济圈加快形成。", "近半年来销量持续回升。"])
def test_half_a_unit_without_a_hedge_is_no_figure(sentence):
    assert not any("半" in c.text for c in extract_claims(sentence))


@pytest.mark.parametrize("sentence, span, qualifier", [
    ("该股市值约占板块总市值8.2万亿元的三成。", "三成", "about"),
    ("每日饮水量不到推荐量1500毫升的六成。", "六成", "under"),
])
def test_a_hedge_before_a_stated_whole_bounds_its_part(sentence, span, qualifier):
    assert only(sentence, span).qualifier == qualifier


def test_a_recent_span_before_a_part_is_no_hedge():
    assert only("近三年的60%来自出口。", "60%").qualifier == "exact"


@pytest.mark.parametrize("sentence, span", [
    ("居民人均每日用糖超推荐量近两倍。", "近两倍"),
    ("人均每日摄入盐12克，超出推荐上限5克一倍多。", "一倍多"),
    ("人均每日用油40克，超出推荐上限25克六成。", "六成"),
])
def test_by_how_much_a_standard_is_exceeded_is_a_change(sentence, span):
    assert only(sentence, span).kind == "change"


def test_a_reference_range_of_a_level_is_a_share():
    assert only("蛋白质供能比为9%，低于推荐范围10%至15%的下限。", "10%至15%").kind == "share"


@pytest.mark.parametrize("sentence, span", [
    ("热线全年接听来电超6.8万通，近三成来电者为青少年。", "近三成"),
    ("高峰车次超员率在两成以上。", "两成以上"),
])
def test_a_part_after_a_hedged_figure_or_a_rate_stays_a_share(sentence, span):
    assert only(sentence, span).kind == "share"


@pytest.mark.parametrize("sentence, span, value", [
    ("她击败了两届冠军得主。", "两届", 2),
    ("三届奥运冠军宣布退役。", "三届", 3),
])
def test_editions_won_are_a_count(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind) == (value, "届", "amount")


@pytest.mark.parametrize("sentence", ["十四届全国人大代表出席。", "他是十四届全运会冠军。"])
def test_an_edition_without_第_stays_a_name(sentence):
    assert not any("届" in c.text for c in extract_claims(sentence))


def test_a_plus_between_two_counts_adds_them():
    assert "1200余家" in spans("形成“19家整车+1200余家零部件企业”的集群。")


@pytest.mark.parametrize("sentence, span, qualifier", [
    ("全市大约每5个家庭就有1个拥有新能源车。", "每5个家庭就有1个", "about"),
    ("约每4名职工中就有1名参加了培训。", "每4名职工中就有1名", "about"),
    ("近每3名游客就有1名来自省外。", "每3名游客就有1名", "nearly"),
    ("超过每10户就有1户安装了光伏。", "每10户就有1户", "over"),
])
def test_a_hedge_before_a_stated_ratio_bounds_it(sentence, span, qualifier):
    c = only(sentence, span)
    assert (c.qualifier, c.kind) == (qualifier, "share")


@pytest.mark.parametrize("sentence, span", [
    ("学生近视率为52.1%，比上年下降零点六个百分点，但高年级仍接近七成。", "接近七成"),
    ("全省优良率为88%，较上年提高五个百分点，城区达到九成。", "九成"),
    ("参保率为95%，比上年提升两个百分点，农村地区约为92%。", "92%"),
])
def test_points_in_words_are_the_change_and_a_later_level_a_share(sentence, span):
    assert only(sentence, span).kind == "share"


@pytest.mark.parametrize("sentence, span, value, high", [
    ("预计台风将于今晚登陆，登陆时强度为10～11级。", "10～11级", 10, 11),
    ("其中心强度已增强至15级，", "15级", 15, None),
    ("热带风暴强度可达9级。", "9级", 9, None),
])
def test_a_storms_intensity_is_a_wind_force(sentence, span, value, high):
    c = only(sentence, span)
    assert (c.value, c.value_high, c.unit) == (value, high, "级")


@pytest.mark.parametrize("sentence", ["该门防护强度三级。", "选用抗压强度5级的管材。"])
def test_an_intensity_with_no_verb_stays_a_grade(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span", [
    ("库存一度降至4天用量，低于5至7天的标准。", "5至7天"),  # a range: named after its high end
    ("水温低于18至20℃的国家标准。", "18至20℃"),
    ("储量已低于15天的安全储备标准。", "15天"),  # the standard's own name before 标准
    ("工资不低于2300元的最低工资标准。", "2300元"),
    ("血红蛋白低于110克/升的诊断标准。", "110克/升"),
])
def test_a_stated_standard_compared_with_is_exact(sentence, span):
    c = only(sentence, span)
    assert (c.qualifier, c.kind) == ("exact", "amount")


@pytest.mark.parametrize("sentence", [
    "本届全锦赛男\n子10000米冠军由老将获得。",
    "女\n子3000米金牌被东道主收入囊中。",
    "他曾获男子\n800米亚军。",
])
def test_a_race_name_cut_by_a_print_line_break_is_no_figure(sentence):
    assert not any("米" in c.text for c in extract_claims(sentence))


@pytest.mark.parametrize("sentence", [
    "她在最后300米加速，率先冲线。",
    "他最后1公里被对手反超。",
    "社区食堂打通了助餐服务最后1公里。",
])
def test_the_closing_stretch_of_a_race_or_route_is_no_figure(sentence):
    assert spans(sentence) == []


def test_a_distance_after_a_closing_verb_is_still_a_figure():
    assert spans("该路段最后建成30公里。") == ["30公里"]


@pytest.mark.parametrize("sentence, span, qualifier", [
    ("他比个人最好成绩慢了约\n半秒。", "半秒", "about"),  # the hedge on the line before
    ("全程用时不到\n半小时。", "半小时", "under"),
    ("从机场到市区约需半小时。", "半小时", "about"),  # a verb between
    ("预计排队将近要半天。", "半天", "nearly"),
])
def test_half_a_unit_after_a_hedge_a_little_before(sentence, span, qualifier):
    c = only(sentence, span)
    assert (c.value, c.qualifier) == (0.5, qualifier)


@pytest.mark.parametrize("sentence", ["这次改革节约半天时间。", "他在站台上等了半天。", "半小时生活圈基本成形。"])
def test_half_a_unit_with_no_hedge_nor_verb_of_lasting_before_it_is_no_figure(sentence):
    """等了半天 is "for ages"; 半小时生活圈 a name."""
    assert not any("半" in c.text for c in extract_claims(sentence))


@pytest.mark.parametrize("sentence, span, unit", [
    ("受大雾影响，首班船推迟了半小时起航。", "半小时", "小时"),
    ("两人只差了\n半秒。", "半秒", "秒"),  # the verb on the line before
    ("新线开通后，通勤时间缩短半个小时。", "半个小时", "个小时"),
    ("维修队伍提前半天完成了抢修。", "半天", "天"),
    ("改造工程的工期延长了半个月。", "半个月", "个月"),
])
def test_half_a_unit_after_a_verb_of_lasting_is_a_duration(sentence, span, unit):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (0.5, unit, "exact", "amount")


@pytest.mark.parametrize("sentence, expected", [
    ("近半个月来，菜价持续回落。", []),  # the recent half month frames the figures
    ("不到半个月，订单就排满了。", ["不到半个月"]),
])
def test_half_a_month_after_near_may_frame_the_present(sentence, expected):
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence, span", [
    ("她在最新一期世界排名中上升一位。", "一位"),
    ("该市综合排名前进了一位，位列第五。", "一位"),
    ("球队积分榜排名下滑一名。", "一名"),
])
def test_one_place_moved_in_a_ranking_is_a_count(sentence, span):
    c = only(sentence, span)
    assert (c.value, c.kind) == (1, "amount")


@pytest.mark.parametrize("sentence", ["他是一位老将。", "科研水平上升一个台阶。", "增长率下降一位数。"])
def test_one_before_a_measure_word_elsewhere_stays_the_article(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span, value", [
    ("全市每千人口拥有床位6.9张，高于全国6.7的平均水平。", "6.7", 6.7),
    ("人均受教育年限10.2年，低于全省10.8的平均值。", "10.8", 10.8),
    ("总和生育率仅1.05，远低于2.1的更替水平。", "2.1", 2.1),
    ("当地每名医生日均接诊42人次，超过全市35的平均水平。", "35", 35),
])
def test_a_bare_level_compared_with_is_a_statistic(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (value, None, "exact", "amount")


@pytest.mark.parametrize("sentence", ["增速回到2019的水平。", "该指标达到11.4的水平。"])
def test_a_bare_number_before_a_level_with_no_comparison_is_no_figure(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span, value", [
    ("公交票价上调，平均涨了一成半。", "一成半", 15.0),
    ("受访家庭中约两成半有换车打算。", "约两成半", 25.0),
    ("夏粮单产比上年提高三成半。", "三成半", 35.0),
])
def test_half_a_tenth_after_成_is_five_points(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit) == (value, "%")


@pytest.mark.parametrize("sentence, span, value", [
    ("全世界每10台笔记本，就有1台产自本市。", "每10台笔记本，就有1台", 10.0),
    ("每5个游客中，就有1个来自省外。", "每5个游客中，就有1个", 20.0),
    ("在该市，每4户家庭，便有1户拥有新能源汽车。", "每4户家庭，便有1户", 25.0),
])
def test_a_stated_ratio_broken_by_a_comma_before_就有_is_one_claim(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind) == (value, "%", "share")


def test_a_comma_with_no_就_after_it_ends_the_ratio():
    assert "每3名旅客中，有1名" not in spans("每3名旅客中，有1名乘坐高铁。")


# --- issue 17, blind set 2: standings, ratios, hedges, thresholds ------------------------

@pytest.mark.parametrize("table, places", [
    ("第1名 青川队 14胜5平3负 进41球 失19球 47分\n第2名 江北队 13胜6平3负 45分",
     [("第1名", 1), ("第2名", 2)]),
    ("第１名　青川队　１４胜５平３负　４７分\n第２名　江北队　１３胜６平３负　４５分",
     [("第１名", 1), ("第２名", 2)]),
    ("第三名 南岸队 12胜7平3负 43分\n第十名|东湖队|3胜2平17负|11分", [("第三名", 3), ("第十名", 10)]),
    ("  第4名\t李明\t2小时11分05秒", [("第4名", 4)]),
])
def test_a_place_opening_a_table_line_is_a_rank(table, places):
    for span, value in places:
        c = only(table, span)
        assert (c.value, c.unit, c.kind) == (value, None, "rank")


@pytest.mark.parametrize("sentence", ["第一名患者于昨日出院。", "他第1名 冲线后倒地。", "第1名单位负责人到场。"])
def test_a_place_with_no_table_cell_after_it_needs_a_cue(sentence):
    assert not [c for c in extract_claims(sentence) if c.kind == "rank"]


@pytest.mark.parametrize("sentence, ratios", [
    ("师生比由三年前的１∶１．１５提高到１∶１．３２，但与１∶２的标准仍有差距。",
     [("１∶１．１５", 1 / 1.15), ("１∶１．３２", 1 / 1.32), ("１∶２", 0.5)]),
    ("师生比由三年前的1:1.15提高到1:1.32，但与1:2的标准仍有差距。",
     [("1:1.15", 1 / 1.15), ("1:1.32", 1 / 1.32), ("1:2", 0.5)]),
    ("该县医护比从五年前的\n1∶0.9升至1∶1.3。", [("1∶0.9", 1 / 0.9), ("1∶1.3", 1 / 1.3)]),
    ("该校师生比距1∶2的国家标准仍有差距。", [("1∶2", 0.5)]),
    ("病区按照1:1.5的配备要求增加护士。", [("1:1.5", 1 / 1.5)]),
    ("该园在园幼儿212人，保教比达到了1:9，配备充足。", [("1:9", 1 / 9)]),  # (达到了: a 了 after the verb)
])
def test_a_colon_ratio_compared_or_set_as_a_standard(sentence, ratios):
    for span, value in ratios:
        c = only(sentence, span)
        assert (c.unit, c.kind) == (None, "amount") and c.value == pytest.approx(value)


@pytest.mark.parametrize("sentence", ["会议定于14:30的水平测试后举行。", "会议定于１４：３０的水平测试后举行。",
                                      "两队最终以3:2的比分收场，追平2:0的纪录。"])
def test_a_clock_or_a_score_before_a_standards_word_is_no_ratio(sentence):
    assert not [s for s in spans(sentence) if ":" in s or "：" in s]


@pytest.mark.parametrize("sentence, ratios", [
    ("生师比由一比十七降至一比十四，距一比十二的标准还有差距。",
     [("一比十七", 1 / 17), ("一比十四", 1 / 14), ("一比十二", 1 / 12)]),
    ("生师比由1比17降至1比14，距1比12的标准还有差距。", [("1比17", 1 / 17), ("1比14", 1 / 14), ("1比12", 1 / 12)]),
    ("生师比由１比１７降至\n１比１４。", [("１比１７", 1 / 17), ("１比１４", 1 / 14)]),
    ("全校男女比例为1比1.2。", [("1比1.2", 1 / 1.2)]),
    ("新生男女比例为一比一点二。", [("一比一点二", 1 / 1.2)]),
])
def test_a_ratio_said_with_比_is_a_colon_ratios_twin(sentence, ratios):
    for span, value in ratios:
        c = only(sentence, span)
        assert (c.unit, c.kind, c.qualifier) == (None, "amount", "exact") and c.value == pytest.approx(value)


def test_a_hedge_bounds_a_ratio_said_with_比():
    c = only("该班男女生人数之比接近1比1。", "接近1比1")
    assert (c.value, c.qualifier) == (1, "nearly")


@pytest.mark.parametrize("sentence", ["主队以3比1战胜对手。", "两队1比1战平。", "他们以1比2负于对手。",
                                      "比赛中主队3比2逆转，此前一度1比2落后。", "三比一的开局让人惊喜。"])
def test_a_score_said_with_比_stays_no_ratio(sentence):
    assert not [s for s in spans(sentence) if "比" in s]


@pytest.mark.parametrize("sentence, span, value", [
    ("约占参检总数八成的学生视力不良。", "八成", 80),
    ("近视学生约占参检总数８成。", "８成", 80),
    ("超重学生约占总\n人数两成。", "两成", 20),
    ("肥胖学生约占体检总人数1成。", "1成", 10),
])
def test_tenths_after_a_share_verb_and_its_whole(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (value, "%", "about", "share")


@pytest.mark.parametrize("sentence, span, value", [("全省参检人数两万余人。", "两万余人", 20000),
                                                   ("到场观众总数三千人。", "三千人", 3000)])
def test_a_chinese_numeral_after_a_noun_ending_in_数_is_a_figure(sentence, span, value):
    assert only(sentence, span).value == value


@pytest.mark.parametrize("sentence", ["该企业有数十名员工。", "投入数百万元。", "吸引数千人参加。"])
def test_数_before_a_place_word_stays_vague(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span, qualifier", [
    ("当天入园游客超过了4.6万人。", "4.6万人", "over"),
    ("当天入园游客超过了４．６万人。", "４．６万人", "over"),
    ("全年客流突破了\n三千万人次。", "三千万人次", "over"),
    ("差不多每五个孩子就有三个近视。", "每五个孩子就有三个", "about"),
    ("差不多一半的学生参加了测试。", "差不多一半", "about"),
    ("差不多每5名学生就有1名超重。", "每5名学生就有1名", "about"),
    ("全年营收快有两万万元。", "两万万元", "nearly"),
    ("报名人数快到3000人。", "3000人", "nearly"),
    ("全市覆盖率快要达到60%。", "60%", "nearly"),
])
def test_hedges_said_in_other_words(sentence, span, qualifier):
    assert only(sentence, span).qualifier == qualifier


def test_快_before_a_verb_of_reaching_is_no_change():
    assert only("全市覆盖率快到六成。", "六成").kind == "share"


@pytest.mark.parametrize("sentence, span, kind", [("他比上一轮快0.5秒。", "0.5秒", "amount"),
                                                  ("增速比上月快1.2个百分点。", "1.2个百分点", "change")])
def test_快_before_a_figure_is_faster_by_no_hedge(sentence, span, kind):
    c = only(sentence, span)
    assert (c.qualifier, c.kind) == ("exact", kind)


def test_a_standard_exceeded_after_了_is_stated_as_written():
    assert only("PM2.5浓度超过了35微克/立方米的国家二级标准。", "35微克/立方米").qualifier == "exact"


def test_a_whole_before_its_part_keeps_its_own_figure_exact():
    assert only("外資持股約占總市值73.6兆元的四成。", "73.6兆元").qualifier == "exact"
    assert only("外資持股約占總市值73.6兆元的四成。", "四成").qualifier == "about"


@pytest.mark.parametrize("sentence, span, value", [
    ("过去三个孩子里只有一个能上高中。", "三个孩子里只有一个", 100 / 3),
    ("如今十个人里有七个会游泳。", "十个人里有七个", 70),
    ("如今10个人里有7个会游泳。", "10个人里有7个", 70),
    ("如今１０个人里有７个会游泳。", "１０个人里有７个", 70),
    ("100名学生中有30名近视。", "100名学生中有30名", 30),
    ("五所学校中就有两所超员。", "五所学校中就有两所", 40),
    ("过去三个孩子\n里只有一个能上高中。", "三个孩子", 100 / 3),
])
def test_a_stated_ratio_with_the_things_named_between(sentence, span, value):
    c = only(sentence, span)
    assert (c.unit, c.kind) == ("%", "share") and c.value == pytest.approx(value)


@pytest.mark.parametrize("sentence, counts", [
    ("全省11个设区市中有9个达标。", ["11个", "9个"]),  # the members of a set named
    ("全省16个地市中，有12个达标。", ["16个", "12个"]),  # the second count a clause's own
    ("3家企业中有200人报名。", ["3家", "200人"]),  # two kinds of thing
])
def test_counts_of_a_set_and_its_members_stay_two_counts(sentence, counts):
    assert spans(sentence) == counts


@pytest.mark.parametrize("sentence, span", [
    ("节假日客流增至平时的2倍。", "2倍"),
    ("产量提高到去年的３倍。", "３倍"),
    ("用水量升至\n平日的两倍多。", "两倍多"),
    ("门诊量是去年同期的3倍。", "3倍"),
])
def test_a_multiple_of_another_level_reached_is_a_change(sentence, span):
    assert only(sentence, span).kind == "change"


@pytest.mark.parametrize("sentence, span, value, qualifier", [
    ("美元盘中一度回落至100下方。", "100下方", 100, "under"),
    ("美元盘中一度回落至１００下方。", "１００下方", 100, "under"),
    ("在岸人民币收盘站上7.2上方。", "7.2上方", 7.2, "over"),
    ("美元盘中一度回落至100\n下方。", "100", 100, "under"),
    ("沪指盘中跌至3000点下方。", "3000点下方", 3000, "under"),
])
def test_a_bare_level_above_or_below_a_mark(sentence, span, value, qualifier):
    c = only(sentence, span)
    assert (c.value, c.qualifier, c.kind) == (value, qualifier, "amount")


def test_a_number_on_a_page_before_下方_is_no_level():
    assert spans("详见图1下方的说明。") == []


@pytest.mark.parametrize("sentence, span, value, unit, qualifier", [
    ("成人每天饮水量不宜少于1.5升。", "不宜少于1.5升", 1.5, "升", "over"),
    ("成人每天饮水量不宜少于１．５升。", "不宜少于１．５升", 1.5, "升", "over"),
    ("每周锻炼不少于3次。", "不少于3次", 3, "次", "over"),
    ("学生每天睡眠不应少于十小时。", "不应少于十小时", 10, "小时", "over"),
    ("学生每天睡眠不应少于\n9小时。", "9小时", 9, "小时", "over"),
    ("每次使用电子产品不宜超过一小时。", "不宜超过一小时", 1, "小时", "under"),
    ("车间噪声不得超过85分贝。", "不得超过85分贝", 85, "分贝", "under"),
    ("车间噪声不超过\n85分贝。", "85分贝", 85, "分贝", "under"),
])
def test_a_recommended_or_set_bound_is_a_claim(sentence, span, value, unit, qualifier):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (value, unit, qualifier, "amount")


@pytest.mark.parametrize("sentence, span", [("PM2.5浓度不得超过35微克/立方米的限值。", "35微克/立方米"),
                                            ("PM2.5浓度不得超过\n35微克/立方米的限值。", "35微克/立方米")])
def test_a_bound_compared_with_a_named_standard_is_the_standard(sentence, span):
    assert only(sentence, span).qualifier == "exact"


@pytest.mark.parametrize("sentence, span, value", [("汽车排量2.0升。", "2.0升", 2.0),
                                                   ("每天饮水１５００毫升至２升。", "２升", 2)])
def test_litres_are_a_unit(sentence, span, value):
    assert only(sentence, span).unit == "升"


def test_升_before_至_is_a_rise_no_litre():
    assert spans("水位由1升至2米。") == ["2米"]


@pytest.mark.parametrize("sentence, claims", [
    ("当天最高气温41.3℃，超过2013年创下的40.6℃。", ["41.3℃", "40.6℃"]),
    ("当天最高气温４１．３℃，超过２０１３年创下的４０．６℃。", ["４１．３℃", "４０．６℃"]),
    ("单日降雨量超过2000年7月的纪录。", []),
    ("假日客流超过2000年同期水平。", []),
    ("臭氧日最大8小时平均浓度为186微克/立方米。", ["186微克/立方米"]),
    ("臭氧日最大８小时平均浓度为１８６微克/立方米。", ["１８６微克/立方米"]),
    ("PM2.5的24小时\n平均浓度为75微克/立方米。", ["75微克/立方米"]),
    ("10分钟平均风速达到17.2米/秒。", ["17.2米/秒"]),
])
def test_a_year_after_a_hedge_and_an_averages_window_are_no_claims(sentence, claims):
    assert spans(sentence) == claims


@pytest.mark.parametrize("sentence, span", [("该古镇已有超过2000年的历史。", "超过2000年"),
                                            ("工期超过3年。", "超过3年"),
                                            ("设备连续运行8小时，平均每小时耗电5度。", "8小时")])
def test_a_round_span_of_years_and_a_duration_before_another_average_stay_claims(sentence, span):
    assert only(sentence, span).kind == "amount"


@pytest.mark.parametrize("sentence, span", [
    ("赛道全长12公里，平均坡度7.5%，最大坡度达12%。", "7.5%"),
    ("赛道全长12公里，平均坡度7.5%，最大坡度达12%。", "12%"),
    ("平均坡度７．５％，最大纵坡达\n12%。", "７．５％"),
    ("平均坡度７．５％，最大纵坡达\n12%。", "12%"),
])
def test_a_gradient_is_a_level(sentence, span):
    assert only(sentence, span).kind == "amount"


@pytest.mark.parametrize("sentence, span", [
    ("骑行路段以6.4%的平均坡度爬升。", "6.4%"),
    ("新线以3.2%的最大纵坡穿越山区。", "3.2%"),
    ("企业可享受2.8%的优惠利率。", "2.8%"),
])
def test_a_percentage_before_the_level_it_is_named_as_is_an_amount(sentence, span):
    assert only(sentence, span).kind == "amount"


def test_a_gradients_change_in_points_is_a_change():
    assert only("坡度提高了2个百分点。", "2个百分点").kind == "change"


@pytest.mark.parametrize("sentence, span, qualifier", [
    ("差不多十个人里有七个会游泳。", "十个人里有七个", "about"),
    ("大约10人中就有3人近视。", "10人中就有3人", "about"),
    ("将近\n三个孩子里只有一个能上高中。", "三个孩子里只有一个", "nearly"),
])
def test_a_hedge_before_a_part_among_a_whole_bounds_it(sentence, span, qualifier):
    assert only(sentence, span).qualifier == qualifier


@pytest.mark.parametrize("sentence, span", [
    ("最大坡度达12%，约有三分之一的车手在此掉队。", "三分之一"),
    ("一年期贷款利率为3.1%，约有七成企业表示满意。", "七成"),
])
def test_a_levels_word_in_an_earlier_clause_leaves_a_fraction_in_words_a_share(sentence, span):
    assert only(sentence, span).kind == "share"


# --- go and match counts: moves, a margin in 目, games -------------------------------------

@pytest.mark.parametrize("sentence, span, value, unit", [
    ("她执白二百零三手中盘战胜对手。", "二百零三手", 203, "手"),
    ("这盘棋双方只弈了146手。", "146手", 146, "手"),
    ("最终黑棋以两目半胜出。", "两目半", 2.5, "目"),
    ("执白的小将以一目半险胜。", "一目半", 1.5, "目"),
    ("决胜局里他以三目半取胜。", "三目半", 3.5, "目"),  # the half alone tells the game
    ("白棋收官阶段追回五目。", "五目", 5, "目"),
    ("黑棋最终以四目的优势取胜。", "四目", 4, "目"),
    ("黑棋最终以半目惜败。", "半目", 0.5, "目"),
    ("双方的三局比赛都以快棋进行。", "三局", 3, "局"),
    ("他本赛季胜局数达到二十六局。", "二十六局", 26, "局"),
])
def test_moves_a_margin_in_目_and_games_are_counts(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (value, unit, "exact", "amount")


@pytest.mark.parametrize("sentence, claims", [
    ("两名选手都换了新手机。", ["两名"]),
    ("他的对手是一位老将。", []),
    ("做好两手准备，七手八脚地搬完。", []),
    ("市公安局局长表示，产业格局正在改变。", []),
    ("三个项目都达成了目标。", ["三个"]),
    ("这张图表让数据一目了然。", []),
    ("他用3手机位拍摄了全过程。", []),
])
def test_手_目_and_局_in_words_are_no_counts(sentence, claims):
    assert spans(sentence) == claims


# --- a bare index value after its metric -------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value", [
    ("这部纪录片的网友评分达到9.2。", "9.2", 9.2),
    ("该款手机的综合评分为4.6，位居同类前列。", "4.6", 4.6),
    ("他本赛季场均KDA为6.8。", "6.8", 6.8),
    ("本月消费者信心指数是98.6。", "98.6", 98.6),
    ("受检者平均BMI为24.3。", "24.3", 24.3),
    ("当月CPI为101.8。", "101.8", 101.8),
])
def test_a_bare_index_value_after_its_metric_is_a_claim_with_no_unit(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (value, None, "exact", "amount")


@pytest.mark.parametrize("sentence", [
    "系统版本为2.1。",
    "这款车的型号是X3。",
    "他的球衣号码是23。",
    "评分标准为2025版。",
])
def test_a_version_a_model_or_a_number_after_its_name_is_no_index_value(sentence):
    assert spans(sentence) == []


# --- 一 with a unit of time after a verb of lasting, stopping or a limit ------------------------

@pytest.mark.parametrize("sentence, span, unit", [
    ("受寒潮影响，全市中小学停课一天。", "一天", "天"),
    ("快棋赛每方限时一小时。", "一小时", "小时"),
    ("台风过境，轮渡停航一周。", "一周", "周"),
    ("景区闭园一天进行检修。", "一天", "天"),
    ("该展览延期一个月举行。", "一个月", "个月"),
    ("停课半天后复课。", "半天", "天"),
])
def test_one_unit_of_time_after_a_verb_of_lasting_or_stopping_is_a_claim(sentence, span, unit):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (0.5 if span == "半天" else 1, unit, "exact", "amount")


@pytest.mark.parametrize("sentence", [
    "日子一天天好起来。",
    "有一天他会回来。",
    "他一时语塞。",
    "珍惜每一分一秒。",
    "总有一天会成功。",
    "他一天到晚忙工作。",
    "假期里时间一天天过去。",
    "病人的寿命一年比一年长。",
])
def test_idioms_of_one_unit_of_time_stay_no_claims(sentence):
    assert spans(sentence) == []


# --- a half after an age ------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value, unit", [
    ("她二十一岁半时赴欧留学。", "二十一岁半", 21.5, "岁"),
    ("孩子今年5岁半。", "5岁半", 5.5, "岁"),
    ("女儿刚满一岁半。", "一岁半", 1.5, "岁"),
    ("入学年龄须满6周岁半。", "6周岁半", 6.5, "周岁"),
    ("他在国外待了三年半。", "三年半", 3.5, "年"),
    ("全程用了两个半小时。", "两个半小时", 2.5, "小时"),
])
def test_a_half_after_an_age_or_a_unit_of_time_is_part_of_the_figure(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (value, unit, "exact", "amount")


# --- tenths and hundredths in 成: 6成5 ------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value, qualifier", [
    ("受访者中有6成5表示满意。", "6成5", 65, "exact"),
    ("外资企业约占3成5。", "3成5", 35, "about"),
    ("回收率不到２成５。", "不到２成５", 25, "under"),
    ("本地客源约占七成五。", "七成五", 75, "about"),
])
def test_成_with_a_digit_after_it_is_one_percentage(sentence, span, value, qualifier):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier, c.kind) == (value, "%", qualifier, "share")


def test_成_before_a_number_of_its_own_keeps_the_two_apart():
    assert spans("其中4成50岁以上。") == ["4成", "50岁以上"]


# --- 约 right before a number, after a character it makes a word with -------------------------------

@pytest.mark.parametrize("sentence, span, value, unit", [
    ("早高峰交通管制约30分钟。", "约30分钟", 30, "分钟"),
    ("园区新建办公约3000平方米。", "约3000平方米", 3000, "平方米"),
    ("沿江修一条约5公里的绿道。", "约5公里", 5, "公里"),
    ("机构精简约两成。", "约两成", 20, "%"),
    ("产能受制约15%。", "约15%", 15, "%"),
])
def test_约_right_before_a_number_is_the_hedge_after_a_word_it_could_end(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier) == (value, unit, "about")


@pytest.mark.parametrize("sentence, span", [
    ("改造后全年节约20%的用水。", "20%"),
    ("当天现场签约12个项目。", "12个"),
    ("线上预约300人次。", "300人次"),
])
def test_a_verb_ending_in_约_takes_its_figure_exact(sentence, span):
    assert only(sentence, span).qualifier == "exact"


# --- units in traditional script, and the units they stand for --------------------------------------

@pytest.mark.parametrize("sentence, span, value, unit", [
    ("全港年處理廢物約15萬公噸。", "約15萬公噸", 150000, "公噸"),
    ("今年出口钢材3.2万公吨。", "3.2万公吨", 32000, "公吨"),
    ("貨運周轉量達3.6億噸公里。", "3.6億噸公里", 360000000, "噸公里"),
    ("旅客周转量为48亿人公里。", "48亿人公里", 4800000000, "人公里"),
    ("船隊航行逾500海裏。", "逾500海裏", 500, "海裏"),
    ("水缸儲水量達2000公升。", "2000公升", 2000, "公升"),
    ("新建道路全長4.2公裏。", "4.2公裏", 4.2, "公裏"),
    ("年吞吐量約120萬噸。", "約120萬噸", 1200000, "噸"),
    ("單位實用面積約450平方呎。", "約450平方呎", 450, "平方呎"),
    ("新船長約280英尺。", "約280英尺", 280, "英尺"),
    ("初生嬰兒重7磅。", "7磅", 7, "磅"),
])
def test_units_in_traditional_script_read_through_their_simplified_form(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind) == (value, unit, "amount")


# --- a headline's share before the body: 七成⏎⏎本报讯 is no 成本 -----------------------------

@pytest.mark.parametrize("article, span, value", [
    ("老年人疫苗接种率目标提至七成\n\n本报讯 全市今年加大接种力度。", "七成", 70),
    ("本地学生近视筛查覆盖率达到九成\n\n本报讯（记者 王明）日前，市教育局通报。", "九成", 90),
    ("两地旅客出行满意率提高到8成\n\n为方便市民出行，两地开通专线。", "8成", 80),
])
def test_a_headlines_share_makes_no_word_with_the_next_line(article, span, value):
    c = only(article, span)
    assert (c.value, c.unit, c.kind) == (value, "%", "share")
