"""A retelling read beside its source sentence by sentence (``linking.retold``), on articles
written for the test: a figure whose own words differ, in a sentence told alike, between
two articles that tell three figures or more alike to the digit."""

import pytest
from test_linking import links, only

SOURCE = ("江北日报\n\n江北区今年新建口袋公园46个，新增绿地面积180公顷，全区公园总数达到312个。"
          "秋季花展吸引游客12.6万人次，来自9个省份的260余名园艺师带来了各自的作品。"
          "全区共整治背街小巷137条，其中主干道两侧21条，清运垃圾20余吨。")
OPENING = "记者了解到，江北区今年新建口袋公园46个，新增绿地面积180公顷，公园总数达312个。"
FLOWERS = "秋季花展上各自带来作品的园艺师共有{}，来自9个省份。"
LANES = "全区共整治背街小巷137条，垃圾清运量达{}，其中主干道两侧21条。"
VOLUNTEERS = "开幕式当天，还有260余名市民志愿者参与服务。"


def conflicts(*articles):
    return [(texts, why.split(" — ")[1]) for _, texts, why in only("conflict", links(*articles))]


@pytest.mark.parametrize("retold, found", [
    (FLOWERS.format("近200名"), [(["260余名", "近200名"], "different figures for the same fact")]),
    (FLOWERS.format("二百六十多名"), []),
    (LANES.format("两万多吨"), [(["20余吨", "两万多吨"], "decimal point moved?")]),
    (LANES.format("两万多公斤"), []),  # (converted, not wrong)
    # its digits kept under another dimension's unit (two of them at least)
    ("全区共整治背街小巷137公里，其中主干道两侧21条。", [(["137公里", "137条"], "the unit changed: 条 vs 公里")]),
    ("全区共整治背街小巷137条，其中主干道两侧21%。", [(["21%", "21条"], "the unit changed: 条 vs %")]),
    ("全区共整治背街小巷137条，其中主干道两侧2%。", []),
])
def test_a_figure_told_in_other_words_is_read_beside_the_sources_alike_sentence(retold, found):
    """园艺师共有近200名 for 来自9个省份的260余名园艺师: no words of the figure's own clause
    to pair by, but the sentence is the source's told again, and its figure differs."""
    assert conflicts((SOURCE, "2025-10-01", None), (OPENING + retold, "2025-10-02", None)) == found


@pytest.mark.parametrize("figure, found", [
    ("近200名", [(["260余名", "近200名"], "different figures for the same fact")]),
    ("二百六十余名", []),
])
def test_a_figure_whose_place_another_takes_is_read_beside_it_though_told_elsewhere(figure, found):
    """The retelling tells 260余名 too, of the volunteers, in a sentence unlike the source's:
    the figure in the source's sentence (近200名) is what took its place."""
    retold = OPENING + FLOWERS.format(figure) + VOLUNTEERS
    assert conflicts((SOURCE, "2025-10-01", None), (retold, "2025-10-02", None)) == found


def test_two_articles_that_tell_fewer_figures_alike_are_not_read_sentence_by_sentence():
    retold = "记者了解到，江北区今年新建口袋公园46个。" + FLOWERS.format("近200名")
    assert conflicts((SOURCE, "2025-10-01", None), (retold, "2025-10-02", None)) == []


def test_a_figure_a_third_article_states_the_same_is_no_retellings_slip():
    """The retelling's 近200名 is what another paper says: a figure that merely differs from
    the source is not called wrong where a third article confirms it."""
    third = "江北晚报\n\n秋季花展共有近200名园艺师带来各自作品，来自9个省份。"
    assert conflicts((SOURCE, "2025-10-01", None), (OPENING + FLOWERS.format("近200名"), "2025-10-02", None),
                     (third, "2025-10-03", None)) == []
