"""Every rule of the claims guide, each with its examples, positive and negative."""

import pytest

from annotator import extract_claims


def only(sentence: str, text: str):
    """The one claim whose span text is ``text``; fails if it is missing or doubled."""
    found = [c for c in extract_claims(sentence) if c.text == text]
    assert len(found) == 1, f"{text!r} in {[c.text for c in extract_claims(sentence)]}"
    return found[0]


def spans(sentence: str) -> list[str]:
    return [c.text for c in extract_claims(sentence)]


# --- the unit and its span ------------------------------------------------------------

def test_guide_first_examples():
    s = "今年一季度，重庆外贸进出口总值达2215.5亿元，同比增长34.3%。"
    assert spans(s) == ["2215.5亿元", "34.3%"]
    c = only(s, "2215.5亿元")
    assert (c.value, c.unit, c.qualifier, c.kind) == (221550000000, "元", "exact", "amount")
    assert s[c.start:c.end] == c.text
    assert only(s, "34.3%").kind == "change"

    s = "吸引全球50个国家（地区）近1400家企业、机构走进重庆"
    assert spans(s) == ["50个", "近1400家"]
    assert only(s, "近1400家").qualifier == "nearly"


@pytest.mark.parametrize("sentence, span, qualifier", [
    ("企业数量近1400家。", "近1400家", "nearly"),
    ("产量将近30万吨。", "将近30万吨", "nearly"),
    ("投资接近50亿元。", "接近50亿元", "nearly"),
    ("总投资约25亿元。", "约25亿元", "about"),
    ("共有大约300名学生。", "大约300名", "about"),
    ("总投资超5000亿元。", "超5000亿元", "over"),
    ("旅客吞吐量超过5000万人次。", "超过5000万人次", "over"),
    ("参展商逾2000家。", "逾2000家", "over"),
    ("产值突破1.2万亿元。", "突破1.2万亿元", "over"),
    ("占比不足1%。", "不足1%", "under"),
    ("用时不到3小时。", "不到3小时", "under"),
    ("吸引了上百家优质企业。", "上百家", "over"),
    ("吸引了上千名观众。", "上千名", "over"),
    ("覆盖上万户家庭。", "上万户", "over"),
    ("2030年破1万亿元。", "破1万亿元", "over"),
    ("每周巡河不少于3次。", "不少于3次", "over"),
])
def test_prefix_hedge_starts_the_span(sentence, span, qualifier):
    assert only(sentence, span).qualifier == qualifier


@pytest.mark.parametrize("sentence, span", [
    ("外贸进出口总值达2215.5亿元。", "2215.5亿元"),
    ("总投资达到52亿元。", "52亿元"),
    ("同比增长34.3%。", "34.3%"),
    ("犯罪率同比下降67%。", "67%"),
    ("占全市开行的40%。", "40%"),
])
def test_verbs_stay_outside_the_span(sentence, span):
    c = only(sentence, span)
    assert c.qualifier == "exact"


@pytest.mark.parametrize("sentence, span, qualifier", [
    ("规上企业1500余家。", "1500余家", "over"),
    ("增长了20多倍。", "20多倍", "over"),
    ("增长6%左右。", "6%左右", "about"),
    ("占全球贸易总额的35%以上。", "35%以上", "over"),
    ("节约时间15天以上。", "15天以上", "over"),
    ("年龄在35岁以下。", "35岁以下", "under"),
    ("温度在20℃上下。", "20℃上下", "about"),
])
def test_suffix_hedge_ends_the_span(sentence, span, qualifier):
    assert only(sentence, span).qualifier == qualifier


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("新能源汽车产量95.3万辆。", "95.3万辆", 953000, "辆"),
    ("装机规模达1.36亿千瓦。", "1.36亿千瓦", 136000000, "千瓦"),
    ("吞吐量5000万人次。", "5000万人次", 50000000, "人次"),
    ("全年图书外借46.3万册次。", "46.3万册次", 463000, "册次"),
    ("累计开行1804列。", "1804列", 1804, "列"),
    ("产能将达60万套。", "60万套", 600000, "套"),
    ("5位行业专家分享了经验。", "5位", 5, "位"),
    ("拥有8500名员工。", "8500名", 8500, "名"),
    ("新型储能装机仅156万千瓦。", "156万千瓦", 1560000, "千瓦"),
    # 千升 is a unit, not 千 thousands of 升 (so four digits before it are a count, no year)
    ("今年出口黄酒2760千升。", "2760千升", 2760, "千升"),
    ("销量达1.2万千升。", "1.2万千升", 12000, "千升"),
])
def test_unit_is_the_measure_word_after_the_scale(sentence, span, value, unit):
    c = only(sentence, span)
    assert c.value == pytest.approx(value)
    assert c.unit == unit


@pytest.mark.parametrize("sentence, span, low, high, unit", [
    ("研发周期缩短60%至80%。", "60%至80%", 60, 80, "%"),
    ("建设周期为3至5年。", "3至5年", 3, 5, "年"),
    ("预计投资10-20亿元。", "10-20亿元", 1e9, 2e9, "元"),
])
def test_a_range_is_one_claim(sentence, span, low, high, unit):
    c = only(sentence, span)
    assert (c.value, c.value_high, c.unit) == (pytest.approx(low), pytest.approx(high), unit)


def test_a_stated_ratio_is_one_share_claim():
    c = only("全球每4台笔记本就有1台重庆造。", "每4台笔记本就有1台")
    assert (c.value, c.unit, c.kind) == (25, "%", "share")


def test_span_never_includes_a_line_break():
    text = "地区生产总值增长6%左\n右；规上工业增加值增长8%。"
    c = only(text, "6%左")
    assert (c.qualifier, c.kind) == ("about", "change")
    assert all("\n" not in c.text for c in extract_claims(text))


def test_context_is_read_across_a_print_line_break():
    c = only("固定资产投资增\n长5%，其中工业投资增长10%。", "5%")
    assert c.kind == "change"


# --- normalised value -----------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value, unit", [
    ("连续十五天坚守。", "十五天", 15, "天"),
    ("这里有两家银行和两座桥，共建两个园区。", "两座", 2, "座"),
    ("共有三千名志愿者。", "三千名", 3000, "名"),
    ("达成一百二十项成果。", "一百二十项", 120, "项"),
    ("增长百分之三十四点三。", "百分之三十四点三", 34.3, "%"),
    ("贡献全市十分之一税收。", "十分之一", 10, "%"),
    ("带动十五分之一城镇就业。", "十五分之一", 6.6667, "%"),
    ("超过签约总额的一半。", "一半", 50, "%"),
    ("产品七成出口。", "七成", 70, "%"),
    ("产品7成出口。", "7成", 70, "%"),
    ("提高4.5个百分点。", "4.5个百分点", 4.5, "个百分点"),
    ("5年增40倍。", "40倍", 40, "倍"),
    ("市值为849.50亿元。", "849.50亿元", 84950000000, "元"),
    ("投资超1599万美元。", "超1599万美元", 15990000, "美元"),
    ("GDP迈上4万亿元台阶。", "4万亿元", 4e12, "元"),
    ("约1/3的企业实现盈利。", "约1/3", 33.3333, "%"),
    ("PM2.5平均浓度为35微克/立方米。", "35微克/立方米", 35, "微克/立方米"),
    ("总投资3万4000元。", "3万4000元", 34000, "元"),
    ("占比超六成。", "超六成", 60, "%"),
    ("上千万元的投资。", "上千万元", 1e7, "元"),
    ("新增就业3万4千人。", "3万4千人", 34000, "人"),
    ("全市重点监测的58家A级旅游景区。", "58家", 58, "家"),
    ("作业效率达到每小时60.2自然箱。", "60.2自然箱", 60.2, "自然箱"),
    ("全省报告法定传染病21,358例。", "21,358例", 21358, "例"),
    ("累计接种286.4万剂次。", "286.4万剂次", 2864000, "剂次"),
    ("报告发病率为41.27/10万。", "41.27/10万", 41.27, "/10万"),
    ("张晨阳砍下31分，辽宁豪取7连胜。", "31分", 31, "分"),
    ("创业板指收报2,947.33点。", "2,947.33点", 2947.33, "点"),
    ("最低气温仅为零下\n9.4℃。", "9.4℃", -9.4, "℃"),
    ("猕猴桃收购价达6.4元/公斤。", "6.4元/公斤", 6.4, "元/公斤"),
    ("卫星速度约7.9千米/秒。", "约7.9千米/秒", 7.9, "千米/秒"),
    ("优果率约占六成五。", "六成五", 65, "%"),
    ("当日1美元兑7.1元人民币。", "1美元兑7.1元", 7.1, "元"),
    ("电子产品出口突破百亿元。", "突破百亿元", 1e10, "元"),
    ("首十個月訪港旅客逾4,000萬人次，按年增長12%。", "逾4,000萬人次", 4e7, "人次"),
    ("房間總數超過9萬個。", "超過9萬個", 90000, "個"),
])
def test_values_are_normalised(sentence, span, value, unit):
    c = only(sentence, span)
    assert c.value == pytest.approx(value, abs=5e-4)
    assert c.unit == unit


def test_no_unit_written_means_unit_null():
    assert only("全市常住人口3191万。", "3191万").unit is None


# --- hedges read a little before the number ------------------------------------------

def test_hedge_a_little_before_the_number_counts():
    c = only("该市出口额约占全国的15%。", "15%")
    assert (c.qualifier, c.kind) == ("about", "share")
    assert only("正式合同金额近1700亿元，超签约项目总额的一半。", "一半").qualifier == "over"


def test_a_hedge_cut_off_by_a_line_break_still_counts():
    c = only("受灾面积约\n1.1万公顷。", "1.1万公顷")
    assert c.qualifier == "about"


def test_a_hedged_lone_one_is_a_figure_but_not_the_next_words_many():
    assert only("审批时限压缩至一天以内。", "一天以内").qualifier == "under"
    assert spans("开展了一项多中心随机对照试验。") == []


def test_traditional_text_keeps_its_characters():
    c = only("約兩成為今年新增航點。", "約兩成")
    assert (c.value, c.unit, c.qualifier) == (20, "%", "about")


def test_a_range_below_zero():
    c = only("气温降至零下18℃至零下12℃。", "零下18℃至零下12℃")
    assert (c.value, c.value_high) == (-18, -12)


def test_a_word_ending_in_a_hedge_character_is_not_a_hedge():
    c = only("综合物流成本节约15%。", "15%")
    assert c.qualifier == "exact"
    assert c.text == "15%"


# --- kind -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, span, kind", [
    ("新增15个项目。", "15个", "amount"),
    ("同比增长34.3%。", "34.3%", "change"),
    ("较“十三五”末增长超40倍。", "超40倍", "change"),
    ("涉水违法犯罪案件率同比下降67%。", "67%", "change"),
    ("研发周期缩短60%至80%。", "60%至80%", "change"),
    ("占全市开行的40%。", "40%", "share"),
    ("贡献了十分之一税收。", "十分之一", "share"),
    ("渗透率已达63.62%。", "63.62%", "share"),
    ("每4台就有1台。", "每4台就有1台", "share"),
    ("增长率为5%。", "5%", "change"),
    ("航班准点率提升至90.5%。", "90.5%", "share"),
    ("增长面接近八成。", "接近八成", "share"),
    ("公司动态市盈率约为27倍，低于行业平均的33.5倍。", "33.5倍", "amount"),
    ("出口额相当于去年的3倍。", "3倍", "change"),
    ("试验组总有效率为91.6%，对照组为78.3%。", "78.3%", "share"),
    ("首套房商业贷款利率最低为3.05%。", "3.05%", "amount"),
    ("人民币较年初升值1.4%。", "1.4%", "change"),
    ("研发经费投入强度达到2.68%。", "2.68%", "share"),
    ("错峰销售让果品溢价三成以上。", "三成以上", "change"),
    ("桥隧比达到68%。", "68%", "share"),
])
def test_kind(sentence, span, kind):
    assert only(sentence, span).kind == kind


@pytest.mark.parametrize("sentence, span, value", [
    ("渝农商行累计涨幅30.77%，排名第一位。", "第一位", 1),
    ("汽车产量跃居全国城市第三位。", "第三位", 3),
    ("锆矿资源已探明储量亚洲第一。", "第一", 1),
    ("重庆GDP居全国第三。", "第三", 3),
    ("保护性耕作面积居全国首位。", "首位", 1),
    ("男双组合止步四强，获得第三名。", "第三名", 3),
    ("东盟继续保持我国第一大贸易伙伴地位。", "第一", 1),
])
def test_rank_is_the_ordinal(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind, c.qualifier) == (value, None, "rank", "exact")


# --- not claims -----------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # dates and times
    "西洽会5月24日落下帷幕。",
    "2025年，重庆经济增长预期目标如下。",
    "截至2025年底，全国新型储能装机规模大幅增长。",
    "11时20分许，大会宣布开幕。",
    "今年1-2月，全市规模以上服务业企业营收增长。",
    "今年1至10月，产业园发展良好。",
    "今年一季度，重庆外贸表现亮眼。",
    "去年10月，企业在东南亚设立分公司。",
    "30年前，西部的发展还需要三峡工程来破局。",
    # editions and ordinals
    "第八届中国西部国际投资贸易洽谈会开幕。",
    "在第七届西洽会上，众多企业参展。",
    "这是香港贸发局连续第三年在西洽会框架下深化合作。",
    "首批市级幸福河湖名单公布。",
    "碳化硅是第三代半导体材料。",
    "市六届人大三次会议各代表团审议报告。",
    # names, codes and slogans
    "从打造“33618”现代制造业集群体系，到加快构建“416”科技创新布局。",
    "依托“13+2”省际协商合作联席会议制度。",
    "实现“十四五”圆满收官，面向“十五五”。",
    "聚焦做实“两大定位”、发挥“三个作用”。",
    "推进“六个区”建设和“五型”国家物流枢纽。",
    "打好“八张高分报表”。",
    "深化“一带一路”合作，支持“两重”建设和“两新”政策。",
    "实施“百团千企”行动和“五大倍增”行动。",
    "推进“三攻坚一盘活”改革和“三步走”规划。",
    "在“三新”“三电”等领域发力。",
    "提升“渝味360碗”美食品牌。",
    "多家世界500强扎根重庆。",
    "纵向延伸尼龙66产业链。",
    "新一代3D打印材料亮相。",
    "在N2馆B03展位，吸引了不少观众。",
    "坚持“一单制”和“一盘棋”思想，锚定“一极一源”目标。",
    # magnitude labels
    "培育一批百亿级企业和千亿级产业集群。",
    "成长为万亿级新兴产业。",
    "未来有百亿美元级的大市场。",
    "打造交易规模300亿级的保供基地。",
    # vague or idiomatic
    "一批项目签约落地。",
    "多位专家和多场活动。",
    "吸引了数十家企业。",
    "出台了一系列政策。",
    "世界正经历百年未有之大变局。",
    "这已成为未来10年内的时代潮流。",
    "四通八达的通道。",
    "一场盛会，映照一方热土。",
    # section numbers
    "## 1 融通内外",
    # times on a clock, index points that are times, terms' names
    "第三节还剩2分10秒时。",
    "会议于上午10点开始，11时20分结束。",
    "事情十分重要，他投进三分球。",
    "5年期以上贷款市场报价利率下调。",
    # periods and frames written with a count
    "首十個月的數據顯示，前三个季度保持增长。",
    "未来两年另有新酒店开业。",
    # ordinals and names written like counts
    "企业实现两位数增长。",
    "掀起二次创业热潮。",
    "全市三次产业结构调整为6.8:40.1:53.1。",
    "这是第十四个五年规划，实施三年行动计划。",
    "坚持“三位一体”合作机制。",
])
def test_not_claims(sentence):
    assert spans(sentence) == [], sentence


def test_only_the_claim_in_a_sentence_with_dates_and_names():
    s = "截至目前，325家世界500强扎根重庆，外资经营主体超8700家。"
    assert spans(s) == ["325家", "超8700家"]


def test_claims_are_sorted_and_carry_their_text():
    s = "1500余家企业、100余个平台，总投资52亿元，增长21.2%。"
    claims = extract_claims(s)
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    assert all(s[c.start:c.end] == c.text for c in claims)


# --- sports, health and school copy (issue 17) ----------------------------------------

@pytest.mark.parametrize("sentence, span, value, unit", [
    ("男子组冠军以2小时09分37秒的成绩冲过终点。", "2小时09分37秒", 7777, "秒"),
    ("半程组最快选手用时1小时05分。", "1小时05分", 65, "分"),
    ("她以3分12秒率先完成比赛。", "3分12秒", 192, "秒"),
    ("冠军成绩为２小时０８分１２秒。", "２小时０８分１２秒", 7692, "秒"),
    ("全程大约耗时两小时十五分钟。", "两小时十五分钟", 135, "分钟"),
    ("八百米决赛她跑出2分03秒45。", "2分03秒45", 123.45, "秒"),
    ("百米决赛他跑出9秒97。", "9秒97", 9.97, "秒"),
    ("被告人被判处有期徒刑3年6个月。", "3年6个月", 42, "个月"),
    ("工程工期为1年零3个月。", "1年零3个月", 15, "个月"),
])
def test_a_compound_duration_is_one_claim_in_its_smallest_unit(sentence, span, value, unit):
    c = only(sentence, span)
    assert c.value == pytest.approx(value)
    assert (c.unit, c.kind) == (unit, "amount")


def test_a_compound_duration_keeps_its_hedges():
    assert only("平均用时约1小时20分。", "约1小时20分").qualifier == "about"
    assert only("单程需2小时10分左右。", "2小时10分左右").qualifier == "about"


def test_each_part_of_a_compound_is_smaller_than_the_unit_before_it():
    assert spans("热线提供7天24小时服务。") == ["7天", "24小时"]


@pytest.mark.parametrize("sentence", [
    "北京时间12时30分15秒，火箭点火升空。",  # a clock
    "比赛第3分12秒，他头球破门。",  # a moment of the match
    "第四节还剩1分05秒时，双方战平。",
    "发布会于10:30:00开始。",  # h:mm:ss by no race result is a clock, not a ratio
    "发布会于10:30开始。",
])
def test_moments_and_clock_times_are_not_durations(sentence):
    assert spans(sentence) == [], sentence


def test_a_race_time_in_h_mm_ss_is_the_time_of_a_race_not_a_ratio():
    c = only("男子组冠军用时2:09:37。", "2:09:37")  # the guide: a race time is one claim
    assert (c.value, c.unit) == (7777, "秒")


@pytest.mark.parametrize("sentence, span, value", [
    ("全市中小学生师比为15.2:1。", "15.2:1", 15.2),
    ("城乡居民收入比缩小至2.34:1。", "2.34:1", 2.34),
    ("新生男女比例为1∶1.25。", "1∶1.25", 0.8),
    ("该县初中生师比为１４．８：１。", "１４．８：１", 14.8),
    ("项目按1:1比例配套资金。", "1:1", 1),
    ("全省小学班师比约为19:1。", "19:1", 19),
])
def test_a_colon_ratio_is_the_first_term_over_the_second(sentence, span, value):
    c = only(sentence, span)
    assert c.value == pytest.approx(value)
    assert (c.unit, c.kind, c.value_high) == (None, "amount", None)


def test_a_standard_compared_with_is_stated_exactly():
    c = only("生师比为15.2:1，低于19:1的国家标准。", "19:1")
    assert (c.value, c.qualifier) == (19, "exact")
    c = only("PM2.5年均浓度低于35微克/立方米的国家二级标准。", "35微克/立方米")
    assert c.qualifier == "exact"
    assert only("外资占比低于5%。", "低于5%").qualifier == "under"  # no standard: a hedge


@pytest.mark.parametrize("sentence", [
    "附表2：1—10月各区数据。",  # a caption's colon
    "步骤3：1）填写申请表。",
    "双方战成1:1。",
])
def test_colons_that_are_no_ratio(sentence):
    assert spans(sentence) == [], sentence


def test_a_match_score_is_optional_and_left_out():
    from annotator.evaluate import score_article

    text = "主队以3:1战胜客队，生师比为15.2:1。"
    claims = extract_claims(text)
    assert [c.text for c in claims] == ["15.2:1"]
    score = text.index("3:1")
    gold = [{"start": score, "end": score + 3, "text": "3:1", "value": 3, "value_high": None,
             "unit": None, "qualifier": "exact", "kind": "amount", "optional": True},
            {"start": text.index("15.2"), "end": text.index("15.2") + 6, "text": "15.2:1",
             "value": 15.2, "value_high": None, "unit": None, "qualifier": "exact",
             "kind": "amount", "optional": False}]
    rates = score_article(claims, gold).rates()
    assert (rates["precision"], rates["recall"], rates["gold"]) == (1.0, 1.0, 1)


def test_a_teams_record_and_goals_are_counts():
    s = "球队本赛季取得16胜6平6负，积54分，打进46球、失32球。"
    assert spans(s) == ["16胜", "6平", "6负", "54分", "46球", "32球"]
    assert [(c.value, c.unit) for c in extract_claims(s)][:3] == [(16, "胜"), (6, "平"), (6, "负")]
    assert spans("他全场贡献2球1助攻，另有10篮板。") == ["2球", "1助攻", "10篮板"]


def test_questions_of_a_paper_are_counts_but_not_a_questions_number():
    assert spans("试卷共25题，其中选择题15题、填空题10题。") == ["25题", "15题", "10题"]
    assert spans("第3题的答案是B，本书有三大主题。") == []


@pytest.mark.parametrize("sentence, counted", [
    ("全场罚球30罚仅中17球。", ["30罚", "17球"]),
    ("双方打出一个62拍的回合。", ["62拍"]),
    ("这项赛事已连续举办12届。", ["12届"]),
])
def test_free_throws_rallies_and_editions_held_are_counts(sentence, counted):
    assert spans(sentence) == counted


@pytest.mark.parametrize("sentence", [
    "2025届高校毕业生将在6月离校。",  # a class named by its year
    "十四届全国人大代表出席。",  # an edition's name
    "双方一拍即合。",
    "罚款金额另行通知。",
])
def test_a_year_or_a_name_before_edition_and_rally_words_is_no_count(sentence):
    assert spans(sentence) == [], sentence


def test_the_order_of_a_record_in_history_is_a_rank():
    c = only("他成为联赛历史上第十九位达成这一里程碑的球员。", "第十九位")
    assert (c.value, c.kind) == (19, "rank")


@pytest.mark.parametrize("sentence", ["工作要做到四平八稳。", "吉林四平的企业家。"])
def test_a_chinese_numeral_before_a_results_word_is_a_name(sentence):
    assert spans(sentence) == [], sentence


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("全市每千人口医疗卫生机构床位数7.15张。", "7.15张", 7.15, "张"),
    ("每万人口全科医生数达3.9人。", "3.9人", 3.9, "人"),
    ("每百户居民拥有家用汽车45辆。", "45辆", 45, "辆"),
    ("每10万人口拥有25名执业医师。", "25名", 25, "名"),
    ("每100户居民拥有45辆家用汽车。", "45辆", 45, "辆"),
])
def test_a_per_capita_count_is_the_count(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind) == (pytest.approx(value), unit, "amount")


def test_a_stated_ratio_needs_one_kind_of_thing_on_both_sides():
    assert only("每10个人中就有1人。", "每10个人中就有1人").value == pytest.approx(10)
    assert spans("吸引了数百名游客和数十家企业。") == []  # 数 before a Chinese numeral is vague


@pytest.mark.parametrize("sentence, span", [
    ("近十年，全市新增中小学120所。", "十年"),
    ("近12个月，全市房价累计下跌3%。", "12个月"),
    ("按近6个月平均去化速度计算。", "6个月"),
    ("该队近5场比赛保持不败。", "5场"),
    ("全省近3年年均增长6.2%。", "3年"),
    ("近24小时内新增病例3例。", "24小时"),
])
def test_near_before_a_span_ending_now_means_recent_and_is_no_figure(sentence, span):
    # it frames the figures after it (the guide's optional framing durations): no claim
    assert not [c for c in extract_claims(sentence) if span in c.text]


@pytest.mark.parametrize("sentence, span", [
    ("去化周期较年初缩短近2个月。", "近2个月"),
    ("他执教该队近十年。", "近十年"),
    ("历时近三年的改造终于完工。", "近三年"),
    ("在近3小时的比赛中，双方互有攻守。", "近3小时"),
    ("项目工期近两年。", "近两年"),
    ("已有近百年历史。", "近百年"),
    ("抢修队连续近十天驻守工地。", "近十天"),
])
def test_near_before_a_span_that_is_the_figure_is_a_hedge(sentence, span):
    assert only(sentence, span).qualifier == "nearly"


# --- numeral forms (issue 16) ---------------------------------------------------------

@pytest.mark.parametrize("sentence, span, value, unit", [
    ("全市常住人口1000 万人。", "1000 万人", 1e7, "人"),
    ("全市常住人口1000\u3000万人。", "1000\u3000万人", 1e7, "人"),
    ("全市常住人口三千 八百 九十六 万人。", "三千 八百 九十六 万人", 38960000, "人"),
    ("营业收入３万 5千元。", "３万 5千元", 35000, "元"),
    ("全年查处环境违法案件316 起，罚没款1860 万元。", "316 起", 316, "起"),
    ("全区共有 56 家企业参与。", "56 家", 56, "家"),
])
def test_spaces_inside_a_numeral_are_part_of_the_span(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier) == (value, unit, "exact")


@pytest.mark.parametrize("sentence, expected", [
    ("编号2023 1000万元的项目", ["1000万元"]),
    ("新增就业3万 5月份以来", ["3万"]),  # not 3万5
    ("新增就业三万 五月份以来", ["三万"]),
])
def test_a_space_joins_only_a_group_with_a_place_word(sentence, expected):
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("依据该法第 99 条处罚。", []),  # an article of a law, spaced as PDF text is
    ("2024 年全市新增就业3万人。", ["3万人"]),
    ("5 月 3 日起施行。", []),
    ("该市GDP排名第 2 位。", ["第 2 位"]),
])
def test_a_spaced_ordinal_or_date_stays_no_figure(sentence, expected):
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("产量是去年的三又三分之一倍。", "三又三分之一倍", 10 / 3, "倍"),
    ("全程用时1又1/2小时。", "1又1/2小时", 1.5, "小时"),
    ("全程用时１又１／２小时。", "１又１／２小时", 1.5, "小时"),
    ("工期缩短了二又二分之一个月。", "二又二分之一个月", 2.5, "个月"),
])
def test_a_mixed_number_is_a_plain_value_with_its_unit(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("受惠群众一百零几万人。", "一百零几万人", 1e6, "人"),
    ("来自十几个国家的客商。", "十几个", 10, "个"),
    ("二十几家企业参展。", "二十几家", 20, "家"),
    ("现场来了三百几十人。", "三百几十人", 300, "人"),
    ("村里有一百零几户。", "一百零几户", 100, "户"),
])
def test_ji_after_a_numeral_is_the_stated_lower_bound(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier) == (value, unit, "over")


@pytest.mark.parametrize("sentence", ["几十家企业参展。", "数十家企业参展。", "几百人到场。"])
def test_a_bare_ji_or_shu_is_no_claim(sentence):
    assert spans(sentence) == []


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("台積電營收達新台幣3兆元。", "3兆元", 3e12, "元"),
    ("政府預算為二兆五千億元。", "二兆五千億元", 2.5e12, "元"),
    ("總額達2.5兆新台幣。", "2.5兆新台幣", 2.5e12, "新台幣"),
])
def test_zhao_is_a_numeral_in_traditional_copy(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("離岸風場裝機容量達3兆瓦。", "3兆瓦", 3, "兆瓦"),
    ("管道設計壓力為10兆帕。", "10兆帕", 10, "兆帕"),
    ("风电装机容量达3兆瓦。", "3兆瓦", 3, "兆瓦"),
])
def test_zhao_in_a_unit_stays_the_unit(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit) == (value, unit)


def test_zhao_is_no_scale_word_in_simplified_copy():
    assert spans("宽带速率提升到100兆。") == []


@pytest.mark.parametrize("sentence, span, value", [
    ("当时全国有四万万人。", "四万万人", 4e8),
    ("當時全國有四萬萬人。", "四萬萬人", 4e8),
    ("村里有半百户人家。", "半百户", 50),
])
def test_wanwan_and_banbai(sentence, span, value):
    assert only(sentence, span).value == value


def test_over_half_a_hundred_is_no_share():
    """年过半百 is an age over fifty (the guide: 半百 is 50), not 过半, a share over half."""
    c = only("他已年过半百。", "半百")
    assert (c.value, c.unit, c.qualifier, c.kind) == (50, None, "over", "amount")


@pytest.mark.parametrize("sentence, span, qualifier", [
    ("这位年过半百的船长仍每天出海。", "半百", "over"),  # 过, as in 过万人
    ("年近半百的她第三次参加全运会。", "近半百", "nearly"),
    ("两位年逾半百的志愿者坚守了十年。", "逾半百", "over"),
    ("他今年刚满半百，身体依旧硬朗。", "半百", "exact"),
])
def test_half_a_hundred_alone_is_an_age_of_fifty(sentence, span, qualifier):
    c = only(sentence, span)
    assert (c.value, c.unit, c.qualifier) == (50, None, qualifier)


@pytest.mark.parametrize("sentence", ["多半百姓选择乘坐地铁。", "大半百货商店已恢复营业。"])
def test_a_half_that_ends_another_word_is_no_half_a_hundred(sentence):
    assert spans(sentence) == []


# --- forms the guide now settles (issue 16) -------------------------------------------

@pytest.mark.parametrize("sentence, span, value, unit", [
    ("河道流量达到5000立方米每秒。", "5000立方米每秒", 5000, "立方米每秒"),
    ("新房均价为12000元/平方米。", "12000元/平方米", 12000, "元/平方米"),
    ("PM2.5平均浓度为35微克/立方米。", "35微克/立方米", 35, "微克/立方米"),
    ("最高时速350公里/小时。", "350公里/小时", 350, "公里/小时"),
    # pressures in pounds per square inch and in atmospheres
    ("自行车胎压建议60psi。", "60psi", 60, "psi"),
    ("管道设计压力为150磅力每平方英寸。", "150磅力每平方英寸", 150, "磅力每平方英寸"),
    ("高压氧舱内压力为2.5个标准大气压。", "2.5个标准大气压", 2.5, "个标准大气压"),
    # fuel or power per hundred kilometres
    ("这款车综合油耗5.6升/百公里。", "5.6升/百公里", 5.6, "升/百公里"),
    ("冬季实测电耗约18千瓦时/百公里。", "约18千瓦时/百公里", 18, "千瓦时/百公里"),
    # a price per item, with either slash (the unit spelled with /)
    ("种植户的补贴标准为８０元/颗。", "８０元/颗", 80, "元/颗"),
    ("优质果苗售价约３５元／株。", "约３５元／株", 35, "元/株"),
    ("散养土鸡每只补助15元/只。", "15元/只", 15, "元/只"),
    ("检测服务收费120元/次。", "120元/次", 120, "元/次"),
    ("净水设备安装费为980元／套。", "980元／套", 980, "元/套"),
    ("二手房挂牌均价为１８０００元／平方米。", "１８０００元／平方米", 18000, "元/平方米"),
    ("種苗單價為30元／顆。", "30元／顆", 30, "元/顆"),  # traditional copy keeps its 顆
    # revolutions, counted in 转
    ("这台离心机的转速每秒可达120转。", "120转", 120, "转"),
    ("空转时曲轴每分钟4500转左右。", "4500转左右", 4500, "转"),
    ("新型风机转速提高到每分钟两千转。", "两千转", 2000, "转"),
    ("主轴额定转速为1800转/分钟。", "1800转/分钟", 1800, "转/分钟"),
])
def test_compound_units_are_written_whole(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind) == (value, unit, "amount")


@pytest.mark.parametrize("sentence, expected", [
    ("这名前锋以3000万欧元转会。", ["3000万欧元"]),
    ("该公司以1.2亿转让了旗下商场。", ["1.2亿"]),
    ("当年结婚讲究三转一响。", []),
])
def test_转_that_begins_a_verb_is_no_unit(sentence, expected):
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("论文正文五章、126页，平均每章约25页。", ["五章", "126页", "约25页"]),
    ("征文限1200字以内，共收到来稿86篇。", ["1200字以内", "86篇"]),
    ("全县干部牢记十六字方针，孩子们背诵《三字经》。", []),   # a motto's name, a primer's
    ("页面加载时间缩短至2秒，数字经济占比提高。", ["2秒"]),
])
def test_characters_pages_and_chapters_are_counted_but_mottos_are_names(sentence, expected):
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence, span, value", [
    ("5年期LPR下调10个基点。", "10个基点", 10),
    ("利差收窄3.5个基点。", "3.5个基点", 3.5),
])
def test_basis_points_are_like_percentage_points(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind) == (value, "个基点", "change")


@pytest.mark.parametrize("sentence, span, qualifier", [
    ("成交额稳定在1.5万亿元上方。", "1.5万亿元上方", "over"),
    ("股指在3000点上方震荡。", "3000点上方", "over"),
    ("金价在1900美元下方徘徊。", "1900美元下方", "under"),
])
def test_above_and_below_after_a_figure_are_hedges(sentence, span, qualifier):
    assert only(sentence, span).qualifier == qualifier


@pytest.mark.parametrize("sentence, span, kind", [
    ("一年期贷款利率3.1%。", "3.1%", "amount"),
    ("十年期国债收益率2.28%。", "2.28%", "amount"),
    ("净资产收益率9.87%。", "9.87%", "amount"),
    ("公司ROE为15.2%。", "15.2%", "amount"),
    ("公司毛利率24.37%。", "24.37%", "share"),
    ("全省城镇化率70.96%。", "70.96%", "share"),
    ("今年外贸依存度38.6%。", "38.6%", "share"),  # a level named as a 度
    ("行业集中度42.5%。", "42.5%", "share"),
    ("当日涨跌幅为-1.2%。", "-1.2%", "change"),
    ("当日涨跌幅2.3%。", "2.3%", "change"),
])
def test_kinds_of_rates(sentence, span, kind):
    assert only(sentence, span).kind == kind


@pytest.mark.parametrize("sentence, span", [
    ("本季外銷訂單年增率為-2.7%，連續兩季衰退。", "-2.7%"),
    ("全月出口年增率達18.4%。", "18.4%"),
    ("去年整體營收年減率為6.5%。", "6.5%"),
    ("該公司今年獲利成長率估為12%。", "12%"),
    ("工業生產年增率約兩成。", "約兩成"),
])
def test_a_yearly_growth_rate_in_traditional_copy_is_a_change(sentence, span):
    """年增率, 年減率, 成長率 are rates of change, like 同比增长; 率 alone would be a share."""
    assert only(sentence, span).kind == "change"


@pytest.mark.parametrize("sentence, span, value, qualifier", [
    ("十年间，全市经济总量接近翻一番。", "接近翻一番", 2, "nearly"),
    ("到2035年，人均收入翻两番。", "翻两番", 4, "exact"),
    ("出口额翻了一番。", "翻了一番", 2, "exact"),
    ("产值将近翻了两番。", "将近翻了两番", 4, "nearly"),
    # 翻N番 is doubled N times, however many
    ("十年来，装机规模翻了五番。", "翻了五番", 32, "exact"),
    ("三年间营收翻了3番。", "翻了3番", 8, "exact"),
])
def test_doubling_is_a_change_in_times(sentence, span, value, qualifier):
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind, c.qualifier) == (value, "倍", "change", qualifier)


def test_doubling_phrase_yields_no_other_claim():
    assert spans("销售额翻了一番。") == ["翻了一番"]


@pytest.mark.parametrize("sentence, span, value", [
    ("全省总人口性别比为104.69（以女性为100）。", "104.69", 104.69),
    ("居民收入基尼系数为0.465，较上年下降。", "0.465", 0.465),
    ("3月制造业PMI为50.8。", "50.8", 50.8),
    ("性别比104.69与上年持平。", "104.69", 104.69),
    ("基尼系数0.465较上年下降。", "0.465", 0.465),
    ("上证指数收于3245.67，创年内新高。", "3245.67", 3245.67),
    # a ratio named by its terms: a report's, a household's, a player's
    ("期末公司流动比率为1.44，较年初提高。", "1.44", 1.44),
    ("城乡居民收入比缩小至2.27。", "2.27", 2.27),
    ("他场均助攻8.6次，助攻失误比高达3.6。", "3.6", 3.6),
])
def test_a_statistic_with_no_unit_is_a_claim(sentence, span, value):
    c = only(sentence, span)
    assert (c.value, c.unit, c.kind) == (value, None, "amount")


@pytest.mark.parametrize("sentence", [
    "他说了104.69这个数。",
    "编号为2046，位于三楼。",
    "指数2025年表现平稳。",
])
def test_a_bare_number_in_running_text_is_no_claim(sentence):
    assert spans(sentence) == []


def test_index_points_carry_their_unit():
    c = only("上证指数收于3245.67点。", "3245.67点")
    assert (c.value, c.unit) == (3245.67, "点")


@pytest.mark.parametrize("sentence, span, kind", [
    ("居民消费价格指数的-0.3%。", "-0.3%", "change"),
    ("其中出口的−2.1%拖累明显。", "−2.1%", "change"),
    ("居民消费价格指数的0.3%。", "0.3%", "share"),
    ("公司毛利率-5.2%。", "-5.2%", "share"),
])
def test_a_written_minus_is_a_change(sentence, span, kind):
    assert only(sentence, span).kind == kind


@pytest.mark.parametrize("sentence, span", [("净息差1.99%。", "1.99%"), ("存贷利差收窄至1.6%。", "1.6%")])
def test_a_spread_is_a_level(sentence, span):
    assert only(sentence, span).kind == "amount"


@pytest.mark.parametrize("sentence, span, value, unit", [
    ("平均配速约2分57秒/公里。", "约2分57秒/公里", 177, "秒/公里"),
    ("前半程配速控制在5分05秒/公里左右。", "5分05秒/公里左右", 305, "秒/公里"),
])
def test_a_pace_is_time_per_distance(sentence, span, value, unit):
    c = only(sentence, span)
    assert (c.value, c.unit) == (value, unit)


@pytest.mark.parametrize("sentence, expected", [
    ("外援全场砍下34分11个篮板。", ["34分", "11个"]),
    ("李昊贡献18分9次助攻。", ["18分", "9次"]),
    ("比赛还剩2分10秒时扳平。", []),
    ("高考报名人数达68.3万 本科录取率为52.1%。", ["68.3万", "52.1%"]),
])
def test_points_then_another_count_and_a_space_after_a_scale_word(sentence, expected):
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("其中3分球14投6中，命中率约42.9%。", ["14投", "6中", "约42.9%"]),
    ("后卫全场20投11中得到29分。", ["20投", "11中", "29分"]),
    ("全年完成投资12亿元。", ["12亿元"]),
    ("会议传达了十八届三中全会精神。", []),
    ("本届共有12中标企业。", []),
    # 命中 between attempts and makes, or free throws (罚) before the makes
    ("他全场出手18投命中11中。", ["18投", "11中"]),
    ("罚球8罚7中。", ["8罚", "7中"]),
    # truckloads counted (车), but no lane, workshop or carriage
    ("工地今天运进砂石5车。", ["5车"]),
    ("双向6车道，二车间，第3车厢，一车难求。", []),
])
def test_a_shooting_line_counts_attempts_and_makes_and_truckloads_count(sentence, expected):
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence, counted", [
    ("主队得到101分，比客队的88分多出13分。", [("101分", "exact"), ("88分", "exact"), ("13分", "exact")]),
    ("今年比上年多2天。", [("2天", "exact")]),
    ("全场比赛共得到3倍多。", [("3倍多", "over")]),
])
def test_a_多_before_出_or_a_number_says_more_by_not_a_hedge(sentence, counted):
    assert [(c.text, c.qualifier) for c in extract_claims(sentence)] == counted


@pytest.mark.parametrize("sentence, counted", [
    ("男子100米自由泳冠军成绩为48秒12。", ["48秒12"]),
    ("她在女子100米栏决赛中夺冠。", []),
    ("中国队在4×100米接力中摘金。", []),
    ("全程42.195公里，共设12个补给站。", ["42.195公里", "12个"]),
    ("他一口气跑完了3000米。", ["3000米"]),
])
def test_a_distance_that_names_a_race_is_no_claim(sentence, counted):
    assert spans(sentence) == counted


@pytest.mark.parametrize("sentence, counted", [
    ("湖南队在男子八人艇决赛中率先冲线。", []),
    ("她们随后出战女子四人双桨，并拿下银牌。", []),
    ("男子四人单桨有舵手项目共有十二人报名。", ["十二人"]),
    ("两人划艇和四人皮艇的比赛改在下午进行。", []),
    ("本队本届共有八人参赛。", ["八人"]),
])
def test_a_crew_size_that_names_a_boat_class_is_no_claim(sentence, counted):
    """八人艇, 四人双桨 name the event, as 4×100米接力 does; 八人参赛 counts rowers."""
    assert spans(sentence) == counted


@pytest.mark.parametrize("sentence, counted", [
    ("6月出现4轮强降雨过程。", ["4轮"]),
    ("本届共有16支强队参赛。", ["16支"]),
    ("全县九年义务教育巩固率为97.5%。", ["97.5%"]),
    ("本期开出一等奖3注，单注奖金800万元。", ["3注", "800万元"]),
    ("猪粮比价处于5:1至7:1的合理区间。", []),
    ("他全场拿下28分", ["28分"]),
])
def test_counts_before_words_that_look_like_labels(sentence, counted):
    assert spans(sentence) == counted


@pytest.mark.parametrize("sentence", ["世界500强企业", "10万吨级码头", "三年制专科", "注册资本"])
def test_labels_and_names_stay_out(sentence):
    assert spans(sentence) == [], sentence


@pytest.mark.parametrize("sentence, qualifier", [
    ("甲银行总市值为849.50亿元，超过乙银行的847.81亿元。", "exact"),  # the other's figure
    ("出口额超过去年的3000亿元。", "exact"),
    ("约占全市的三成。", "about"),  # a part of a whole: hedged
    ("超过全市总量的一半。", "over"),
])
def test_超过_another_s_figure_compares_it_does_not_hedge_it(sentence, qualifier):
    assert extract_claims(sentence)[-1].qualifier == qualifier


@pytest.mark.parametrize("sentence, ranked", [
    ("球队锁定联赛第二名，时隔六年重返顶级联赛。", ["第二名"]),
    ("她以小组第一名的成绩出线。", ["第一名"]),
    ("本届联赛第3轮比赛在主场进行。", []),  # a round, no place
])
def test_a_tables_place_is_a_rank(sentence, ranked):
    assert [c.text for c in extract_claims(sentence) if c.kind == "rank"] == ranked


@pytest.mark.parametrize("sentence, text, expected", [
    # a hedge before a base is the figure's (约为每10万人…, 不高于每生每月…)
    ("全区筛查发现肝癌患者210例，检出率约为每10万人86例。", "86例", (86, "about")),
    ("公办园保育费不高于每生每月９５０元。", "９５０元", (950, "under")),
    ("热线平均每名接线员每天接听约95通。", "约95通", (95, "about")),
    ("各班均未突破每班40人的上限。", "40人", (40, "exact")),  # not passed: no bound
    # a figure in a quotation that holds a clause said is a claim, not a name
    ("“排一次队只要二十几分钟，”她说，“比去年快多了。”", "二十几分钟", (20, "over")),
    # a plus sign in a table's cell is the figure's, as a minus is
    ("城区｜8.4万人次｜+6.3%\n郊县｜2.2万人次｜-1.7%", "+6.3%", (6.3, "exact")),
])
def test_a_hedge_a_base_or_a_sign_belongs_to_the_figure(sentence, text, expected):
    c = only(sentence, text)
    assert (c.value, c.qualifier) == expected


def test_a_part_of_what_follows_is_a_share_whatever_the_clause_before_changed():
    s = "决赛平均成绩较上届提高1.8%，有37.5%的决赛选手刷新个人最好成绩。"
    assert (only(s, "1.8%").kind, only(s, "37.5%").kind) == ("change", "share")


@pytest.mark.parametrize("sentence, counted", [
    ("网络投票累计186万票，比上届增长三成。", ["186万票", "三成"]),
    ("他以2票之差落选。", ["2票"]),
    # (票房, 票价: words that begin with 票 are no count of votes)
    ("该片上映5天，票房1.2亿元，平均票价40元。", ["5天", "1.2亿元", "40元"]),
    ("全国推行两票制以来，剧场吸引了5000名票友。", ["5000名"]),
])
def test_votes_are_counted(sentence, counted):
    assert spans(sentence) == counted


@pytest.mark.parametrize("sentence, counted", [
    ("小区占地3.2万㎡，参考均价9600元/㎡。", ["3.2万㎡", "9600元/㎡"]),
    ("仓库面积1200m²。", ["1200m²"]),
])
def test_the_square_metre_sign_is_a_unit(sentence, counted):
    assert spans(sentence) == counted


@pytest.mark.parametrize("text, metric", [
    ("江城区人均水资源量仅相当于全市的六分之一。", "人均水资源量"),
    ("江城笔记本电脑产量占全球的三分之一。", "笔记本电脑产量"),
    ("江城区人均耕地只有全市的三分之一。", "人均耕地"),
])
def test_a_share_of_a_scope_measures_what_comes_before_the_scope(text, metric):
    """全市 in 仅相当于全市的六分之一 is the whole the share is of, not where its metric stops."""
    assert [c.metric for c in extract_claims(text)] == [metric]


def test_a_short_numbered_line_heads_its_section_commas_or_not():
    """三、学河长，做细致入微的守河人 is a heading: the line under it opens a sentence
    of its own, whose owner (南岸区) is the figure's."""
    text = "尊敬的各位志愿者：\n三、学河长，做细致入微的守河人\n南岸区王丽守护辖区86条河流，牵头搭建巡河平台。\n"
    assert [(c.text, c.entity) for c in extract_claims(text)] == [("86条", "南岸区")]


@pytest.mark.parametrize("text, metric", [
    ("市里把GDP目标定在约5个百分点。", "GDP目标"),
    ("全县把增长目标定在6.5%。", "目标"),
    ("江城将预期目标设定在5%左右。", "预期目标"),
])
def test_the_verb_that_sets_a_figure_is_no_part_of_its_metric(text, metric):
    """目标定在 read backwards falls apart as 目/标定/在: the verb goes before the words are read."""
    assert [c.metric for c in extract_claims(text)] == [metric]


@pytest.mark.parametrize("text, metric", [
    ("镇里组建了一支近200人的巡山护林队。", "巡山护林队"),
    ("他们拉起一个30人的志愿服务队。", "志愿服务队"),
])
def test_a_count_sizing_a_thing_counts_what_its_的_names(text, metric):
    """一支近200人的巡山护林队 counts the team's members: what is counted is named after 的,
    not the verb before (拉起)."""
    assert [c.metric for c in extract_claims(text)] == [metric]


@pytest.mark.parametrize("text, metric", [
    ("全省的森林面积，2024年底是2.3万平方公里。", "森林面积"),
    ("城区的公共停车位，去年为1.8万个。", "公共停车位"),
])
def test_a_clause_of_a_time_alone_leaves_the_metric_to_the_clause_before(text, metric):
    """全省的森林面积，2024年底是A: the clause before the time says what A measures."""
    assert [c.metric for c in extract_claims(text)] == [metric]


def test_a_line_opening_with_a_time_of_day_ends_the_figure_before_it():
    """A log's or a live blog's lines (02:31　…): 多 at a line's end is its figure's hedge,
    not a word the next line's time continues."""
    assert spans("02:09　网友甲：去年卖了26吨，涨了五成多\n02:31　网友乙：厉害") == ["26吨", "五成多"]


def test_a_line_recapping_the_lines_above_lends_no_hedge_to_the_figure_before_it():
    """以上三项小计 opens a line of its own: its 以上 is no 以上 hedge of the amount ending the
    line above (a print layout's wrapped line is joined; a recap is not)."""
    text = "1. 土方 1200立方米×15元=18000元\n2. 抹灰 2000平方米×12元=24000元\n以上两项小计42000元。"
    assert [(c.text, c.qualifier) for c in extract_claims(text) if c.text == "24000元"] == [("24000元", "exact")]


@pytest.mark.parametrize("text, found", [
    ("年夜饭预订已达86桌，比去年多出12桌。", ["86桌", "12桌"]),
    ("码头本月发运出口货物340柜。", ["340柜"]),
    ("试卷共25道题，他答对了21道。", ["25道", "21道"]),
    ("村里新装了120盏太阳能路灯。", ["120盏"]),
    # 一道 as together, 道路 and 柜台 as words: no count
    ("他与同事一道赶到现场，修通了两道路口旁的三个柜台。", ["三个"]),
])
def test_tables_containers_questions_and_lamps_are_counted(text, found):
    """桌, 柜, 道 and 盏 are measure words as 场 and 箱 are; a word they begin (道路, 柜台) is no unit."""
    assert spans(text) == found


def test_percentages_under_a_heading_of_parts_are_shares():
    """运输量构成：公路19.1%，…: a part of the whole the heading names, no change."""
    assert {c.kind for c in extract_claims("上半年货物运输量构成：公路19.1%，铁路23.4%，水路36.5%。")} == {"share"}


@pytest.mark.parametrize("sentence, span, unit, value", [
    ("一份套餐约合3430千焦。", "3430千焦", "千焦", 3430),  # (千 of 千焦 is the unit's, no scale)
    ("热量约为820千卡。", "820千卡", "千卡", 820),
    ("金价每盎司2400美元，一枚金币重1盎司。", "1盎司", "盎司", 1),
    ("一枚钻石重1.5克拉。", "1.5克拉", "克拉", 1.5),  # (克拉, not 克)
    ("农场占地252英亩。", "252英亩", "英亩", 252),
    ("水泵每分钟出水200美制加仑。", "200美制加仑", "美制加仑", 200),
    # energy in 兆瓦时, 吉瓦时, 太瓦时 (not 吉瓦 of power, its 时 left over)
    ("今年储能电池出货量18.4吉瓦时。", "18.4吉瓦时", "吉瓦时", 18.4),
    ("电站年发电3600兆瓦时。", "3600兆瓦时", "兆瓦时", 3600),
    ("全省年用电量约0.6太瓦时。", "约0.6太瓦时", "太瓦时", 0.6),
    ("电站年发电3600MWh。", "3600MWh", "MWh", 3600),
])
def test_units_of_food_energy_and_troy_weight(sentence, span, unit, value):
    c = only(sentence, span)
    assert (c.unit, c.value) == (unit, value)


@pytest.mark.parametrize("sentence, span, value", [
    ("该地块容积率为2.8，建筑密度不超过30%。", "2.8", 2.8),
    ("三季度求人倍率为1.65，供需基本平衡。", "1.65", 1.65),
])
def test_a_floor_area_ratio_or_a_jobs_ratio_is_a_statistic_without_unit(sentence, span, value):
    c = only(sentence, span)
    assert (c.unit, c.value) == (None, value)



@pytest.mark.parametrize("text, figure", [
    ("每亩租金由680元上调至760元，上调幅度为11.8%。", "11.8%"),
    ("修复后评估价值15.9万元，贬值率14.5%。", "14.5%"),
    ("中标价1118.2万元，下浮率13.1%。", "13.1%"),
])
def test_a_rate_told_by_a_changes_words_is_a_change(text, figure):
    assert {c.text: c.kind for c in extract_claims(text)}[figure] == "change"


def test_data_sizes_are_units():
    claims = {c.text: c.unit for c in extract_claims("本月用流量24.9GB，宽带500Mbps，5G基站1200个。")}
    assert claims == {"24.9GB": "GB", "500Mbps": "Mbps", "1200个": "个"}


def test_a_record_of_games_is_counts_but_a_matchs_rules_are_not():
    record = {c.text: c.value for c in extract_claims("联赛打了28场15胜5平8负。")}
    assert record == {"28场": 28, "15胜": 15, "5平": 5, "8负": 8}
    assert not extract_claims("决赛采用五局三胜制。")


@pytest.mark.parametrize("text, figures", [
    ("月支出：餐饮35%、住房30%、交通10%，其余25%。", {"35%", "30%", "10%", "25%"}),
    ("善款用途：医疗费65%、护理费20%、康复费15%。", {"65%", "20%", "15%"}),
    ("本店营业额构成：堂食42.5%，外卖31.0%，团购15.5%，零售7.0%，其他4.0%。",
     {"42.5%", "31.0%", "15.5%", "7.0%", "4.0%"}),
    # under the whole the sentence opens among, and a holding's
    ("本期筹款中，个人捐赠62%，企业捐赠30%。", {"62%", "30%"}),
    ("创始人持股41.5%，员工持股平台持股9.3%。", {"41.5%", "9.3%"}),
])
def test_bare_percentages_listed_after_their_parts_names_are_shares(text, figures):
    assert {c.text for c in extract_claims(text) if c.kind == "share"} == figures


def test_bare_percentages_listed_after_times_stay_rates():
    kinds = {c.text: c.kind for c in extract_claims("全年增长5.3%。分季度看，一季度5.5%、二季度5.1%。")}
    assert kinds["5.5%"] == kinds["5.1%"] == "change"
    # … and so do growths told with their verbs under a whole the sentence opens among
    kinds = {c.text: c.kind for c in extract_claims("规上工业中，汽车产业增长12%，电子产业增长8%。")}
    assert kinds["12%"] == kinds["8%"] == "change"


def test_a_multiple_over_the_level_after_yu_is_a_change():
    assert {c.text: c.kind for c in extract_claims("含钙185毫克，1.8倍于普通牛奶。")}["1.8倍"] == "change"
