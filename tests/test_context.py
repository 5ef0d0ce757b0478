"""What a claim measures, whose figure it is, and when: read from the article's words."""

from annotator import extract_claims
from annotator.context import sentence_span


def by_text(sentence):
    return {c.text: c for c in extract_claims(sentence)}


def test_metric_entity_and_period_of_a_typical_sentence():
    claims = by_text("今年一季度，重庆外贸进出口总值达2215.5亿元，同比增长34.3%，创下历史新高。")
    amount, growth = claims["2215.5亿元"], claims["34.3%"]
    assert (amount.metric, amount.entity, amount.period) == ("外贸进出口总值", "重庆", "今年一季度")
    # the growth states none of them itself: it is the same figure's change
    assert (growth.metric, growth.entity, growth.period) == ("外贸进出口总值", "重庆", "今年一季度")


def test_period_forms():
    cases = {
        "截至2025年底，全国新型储能装机规模达1.36亿千瓦。": ("1.36亿千瓦", "截至2025年底"),
        "今年1至10月，产业园新增产业项目78个。": ("78个", "今年1至10月"),
        "“十四五”期间GDP年均增长6%左右。": ("6%左右", "“十四五”期间"),
        "到2030年规模就将突破100亿美元。": ("突破100亿美元", "到2030年"),
        "到后年全市地区生产总值要迈上6000亿元台阶。": ("6000亿元", "到后年"),
        # a part of the year right after its year is that year's
        "去年全年全市接待游客3200万人次。": ("3200万人次", "去年全年"),
        "前年上半年新签合同86份。": ("86份", "前年上半年"),
    }
    for sentence, (claim, period) in cases.items():
        assert by_text(sentence)[claim].period == period, sentence


def test_a_time_reached_after_与_is_the_figures_not_a_base():
    """也与到2027年全市GDP迈上3万亿元台阶的目标相衔接: 与 here joins two goals; 到2027年 says
    when the figure is reached (比“十三五”末 is still a base)."""
    claims = by_text("这一安排既与“十四五”时期年均增长6%左右的目标相衔接，"
                     "也与到2027年全市GDP迈上3万亿元台阶的目标相衔接。")
    assert (claims["6%左右"].period, claims["3万亿元"].period) == ("“十四五”时期", "到2027年")
    claims = by_text("截至2025年底，全国新型储能装机达1.36亿千瓦，比“十三五”末增长超40倍。")
    assert claims["超40倍"].period == "截至2025年底"


def test_a_level_told_right_after_its_base_time_is_of_that_time():
    """…达到95.3万辆，比2020年的4.3万辆增长了二十多倍: 4.3万辆 is 2020's level, though the
    sentence opens with 去年; the change after it is still 去年's."""
    claims = by_text("去年，江城新能源汽车产量达到95.3万辆，比2020年的4.3万辆增长了二十多倍。")
    assert [claims[t].period for t in ("95.3万辆", "4.3万辆", "二十多倍")] == ["去年", "2020年", "去年"]


def test_a_label_told_after_its_figure_says_when_not_a_bracketed_figure_of_another_year():
    claims = by_text("▶ 近120万吨：2024年全市粮食产量（2019年86.5万吨）\n")
    assert (claims["近120万吨"].period, claims["86.5万吨"].period) == ("2024年", "2019年")
    # a note of a time alone is the label's
    assert by_text("▶ 规上服务业营收（1-2月）：1070.52亿元\n")["1070.52亿元"].period == "1-2月"


def test_a_measure_word_takes_the_noun_after_it():
    claims = by_text("吸引全球50个国家和地区的上百家优质企业发布采购需求。")
    assert claims["50个"].metric == "国家"
    assert claims["上百家"].metric == "优质企业"


def test_a_measure_word_takes_the_name_quoted_after_it_not_the_figure_before():
    claims = by_text("现场有30家企业、200名专家，另有20名“产业顾问”与园区签约。")
    assert (claims["200名"].metric, claims["20名"].metric) == ("专家", "产业顾问")


def test_entity_from_the_subject():
    c = by_text("全国新型储能装机规模达1.36亿千瓦。")["1.36亿千瓦"]
    assert (c.entity, c.metric) == ("全国", "新型储能装机规模")


def test_a_topic_opening_the_sentence_is_not_its_subject():
    c = by_text("围绕西部陆海新通道，成都与周边省区共建产业链，正式合同金额超300亿元。")["超300亿元"]
    assert c.entity == "成都"


def test_where_projects_come_from_is_not_whose_figure_it_is():
    c = by_text("在签约项目中，来自江苏、安徽等东部省份的产业项目86个。")["86个"]
    assert c.entity is None
    c = by_text("来自江苏的客商今年在本市投资超30亿元。")["超30亿元"]
    assert c.entity is None


def test_sentence_span_ends_at_stops_but_not_at_layout_breaks():
    text = "标题\n\n主要预期指标有以下几项：地区生产总\n\n值增长6%左右；规上工业增加值增长8%。"
    start = text.index("6%")
    left, right = sentence_span(text, start, start + 2)
    assert text[left:right] == "主要预期指标有以下几项：地区生产总\n\n值增长6%左右；"
    start = text.index("8%")
    left, right = sentence_span(text, start, start + 2)
    assert text[left:right] == "规上工业增加值增长8%。"


def test_one_lookup_and_the_whole_text_index_agree():
    from annotator.context import Sentences
    from annotator.paths import seed_files

    for path in seed_files():
        text = path.read_text(encoding="utf-8")
        index = Sentences(text)
        for claim in extract_claims(text):
            assert sentence_span(text, claim.start, claim.end) == index.around(claim.start, claim.end)


DATA_BOX = ("■ 港口\n"
            "集装箱吞吐量：320万标箱；到港船舶：1.2万艘次\n"
            "48条——全年新开通的国际航线，连接东盟各主要港口\n"
            "7家整车企业落户园区，形成整车制造集群\n"
            "冷链仓储：库容18万吨\n"
            "航运服务企业：超过260家")


def test_each_line_of_a_data_box_is_a_sentence_of_its_own():
    for figure, line in [("320万标箱", "集装箱吞吐量：320万标箱；"),
                         ("48条", "48条——全年新开通的国际航线，连接东盟各主要港口"),
                         ("7家", "7家整车企业落户园区，形成整车制造集群"),
                         ("18万吨", "冷链仓储：库容18万吨")]:
        start = DATA_BOX.index(figure)
        left, right = sentence_span(DATA_BOX, start, start + len(figure))
        assert DATA_BOX[left:right] == line


def test_a_figure_told_first_counts_what_its_dash_names_and_a_label_says_what_follows():
    claims = by_text(DATA_BOX)
    assert claims["48条"].metric == "国际航线"
    assert claims["超过260家"].metric == "航运服务企业"


def test_a_labels_note_in_brackets_says_when_not_what():
    claim = by_text("全年数据\n港口集装箱吞吐量（1-10月）：1287.6万标箱")["1287.6万标箱"]
    assert (claim.metric, claim.period) == ("港口集装箱吞吐量", "1-10月")


def test_print_layout_lines_still_run_on():
    text = ("今年前三季度，全市规模以上工业企业实现营业收入\n"
            "2860.4亿元，同比增长9.2%；其中高技术制造业实现\n"
            "营业收入612.3亿元。")
    start = text.index("612.3亿元")
    left, right = sentence_span(text, start, start + 8)
    assert text[left:right] == "其中高技术制造业实现\n营业收入612.3亿元。"
    assert by_text(text)["2860.4亿元"].metric == "营业收入"


def test_partners_named_first_are_not_whose_figure_it_is():
    c = by_text("· 与湖南、江西等省份共建产业链，签约合作项目46个，合同金额近300亿元。")["近300亿元"]
    assert c.entity is None



def test_who_reports_a_figure_is_not_whose_it_is():
    for sentence in ("据海关统计，2024年重庆外贸进出口总值达到2215.5亿元。",
                     "海关数据显示，重庆外贸进出口总值达到2215.5亿元。"):
        assert by_text(sentence)["2215.5亿元"].entity == "重庆", sentence


def test_a_listicle_heading_figure_counts_what_follows_its_colon():
    claims = by_text("十个数字看开放\n3. 86个：今年新签约的外资项目，总投资约120亿元。\n"
                     "4. 1.2万人次：展会期间的专业观众。")
    assert (claims["86个"].metric, claims["1.2万人次"].metric) == ("外资项目", "专业观众")


def test_a_year_right_before_全年_is_one_time_with_it():
    assert by_text("预计公司2024年全年净利润为46亿元。")["46亿元"].period == "2024年全年"


def test_the_base_a_change_is_compared_with_is_no_time_of_the_change():
    claims = by_text("截至2025年底，全省充电桩保有量达12.6万个，较2020年末增长超8倍。")
    assert claims["超8倍"].period == "截至2025年底"
    # nor where no other time is told (the finder reads it as the change's base); a time
    # after 与 is kept there (与到2027年…的目标相衔接 names a time reached)
    assert by_text("全省充电桩保有量较2020年增长超8倍。")["超8倍"].period is None


def test_the_time_a_multiple_reaches_is_its_base_and_no_cut_in_its_metric():
    """货运量2024年达到上年的1.5倍: the 到 of 达到 reaches the base, 2024年 is the time, and
    what is measured stands before the year."""
    claim = by_text("全市港口货运量2024年达到上年的1.3倍。")["1.3倍"]
    assert (claim.metric, claim.period) == ("港口货运量", "2024年")


def test_an_organisation_right_after_a_verb_is_what_is_acted_on_not_the_owner():
    assert by_text("今年走访税务局12次。")["12次"].entity is None
    assert by_text("税务局今年走访企业12次。")["12次"].entity == "税务局"


def test_an_answer_is_read_where_its_question_leaves_the_blank():
    sheet = ("3．2024年，江城港集装箱吞吐量达＿＿，同比增长一成多。\n答案：128.6万标箱\n"
             "4．江城港共开通外贸航线（　）。\n答：37条\n")
    claims = by_text(sheet)
    assert (claims["128.6万标箱"].metric, claims["128.6万标箱"].period) == ("港集装箱吞吐量", "2024年")
    assert claims["37条"].metric == "外贸航线"


def test_each_figure_of_an_answer_fills_its_own_questions_blank_in_turn():
    sheet = ("3．2024年，江城港集装箱吞吐量达＿＿。\n答案：128.6万标箱\n"
             "4．江城港共开通外贸航线多少条？\n答：37条\n"
             "5．江城港吞吐量＿＿，开通航线＿＿。\n答案：96.2万标箱，21条\n")
    claims = by_text(sheet)
    assert claims["37条"].metric is None  # its question leaves no blank: not question 3's
    assert (claims["96.2万标箱"].metric, claims["21条"].metric) == ("港吞吐量", "航线")


def test_a_lists_number_before_a_year_is_no_decimal():
    assert list(by_text("9．2026年一季度，江城港吞吐量增长12%。")) == ["12%"]


def test_a_change_verb_is_no_metric():
    c = by_text("全市臭氧平均浓度为168微克/立方米，同比上升12%。")["12%"]
    assert c.metric == "浓度"


def test_a_turn_carried_on_an_indented_line_is_one_sentence():
    script = ("甲：新能源汽车更漂亮，产量才四点三万辆，\n　　四年以后往上涨，一涨涨了二十倍，\n"
              "乙：强！\n")
    start = script.index("二十倍")
    left, right = sentence_span(script, start, start + 3)
    assert script[left:right] == script[:script.index("\n乙")]


def test_a_change_verb_the_dictionary_cuts_with_bi_is_no_metric():
    assert by_text("一到九月，新车销量同比降了12.4%。")["12.4%"].metric == "新车销量"


def test_a_forecasts_hedge_word_is_no_part_of_its_metric():
    assert by_text("今年全市快递业务量有望突破6.6亿件。")["突破6.6亿件"].metric == "业务量"


def test_a_year_between_what_is_measured_and_the_figure_is_passed_over():
    """粮食产量2024年达到620万吨 measures 粮食产量, as 粮食产量去年达到620万吨 does."""
    assert by_text("全市粮食产量2024年达到620万吨。")["620万吨"].metric == "粮食产量"
    assert by_text("按规划，基地产业规模2026年3000亿元以上。")["3000亿元以上"].metric == "基地产业规模"


def test_a_line_heading_the_next_with_its_figure_ends_there():
    # 数字一｜13.26% heads the line that tells it again: the sentence's owner is its own
    claims = extract_claims("数字一｜13.26%\n江城银行累计涨幅13.26%，排名第三位。\n\n"
                            "数字十二｜2215.5亿元\n全市外贸进出口总值达2215.5亿元。")
    told = [c for c in claims if c.metric not in (None, "｜")]
    assert [(c.text, c.entity) for c in told] == [("13.26%", "江城银行"), ("第三位", "江城银行"), ("2215.5亿元", "全市")]
    # a figure on its own line the next does not repeat still runs on into it
    assert by_text("■ 100名\n高层次人才来到江城。")["100名"].metric == "高层次人才"


def test_a_time_right_before_another_figure_is_that_figures():
    # 由目前的486公里: 目前 is the time of 486公里, not of the figures told after it
    claims = by_text("按照规划，到2029年全市高铁营业里程将由目前的380公里增加到700公里以上，覆盖周边6个地级市。")
    assert [claims[t].period for t in ("380公里", "700公里以上", "6个")] == ["目前", "到2029年", "到2029年"]


def test_a_share_of_the_whole_a_place_has_names_what_is_shared_before_the_scope():
    """人均耕地面积只及全市的四成: 全市 is the whole, 人均耕地面积 what is shared, not the
    metric of the figure before it in the sentence."""
    claims = extract_claims("老钟在农业一线干了二十多年，当地人均耕地面积只及全市的四成。")
    assert [c.metric for c in claims] == ["农业", "当地人均耕地面积"]


def test_a_firm_named_by_its_trades_suffix_is_the_owner_a_kind_of_firm_is_not():
    claims = by_text("岚农商行的总市值为612.30亿元，中小银行存款增长8.1%。")
    assert claims["612.30亿元"].entity == "岚农商行" and claims["8.1%"].entity != "中小银行"


def test_owners_listed_before_分别_own_its_figures_in_turn():
    claims = extract_claims("岚农商行、屺农商行总市值分别为612.30亿元和640.85亿元；福建、江西、湖南分别增长5.1%、5.8%和6.0%。")
    assert [c.entity for c in claims] == ["岚农商行", "屺农商行", "福建", "江西", "湖南"]
