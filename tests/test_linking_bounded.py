"""The finder on one huge article (a table pasted as text, a report of thousands of
figures) costs what prose costs per claim: time at 2n is at most 2.5× time at n."""

from types import SimpleNamespace

import pytest

from annotator import extract_claims
from annotator.linking import facts_of_articles, find_links
from tests.hostile import assert_linear

pytestmark = pytest.mark.slow  # the finder over thousands of claims, at two sizes: the full tier's

SHAPES = {
    "a table as one sentence": "12%\n",
    "one endless sentence of rates": "营收增长5%，",
    "sums and shares in every sentence": "全市共有企业120家，其中新增12家、改造30家，占全市的25%，比上年的100家增长20%。",
    "a survey's answers, each with its share of an unnamed whole": "有效问卷1200份，满意416份，占34.7%；一般300份，占约六成。\n",
    "eaches and totals in one endless sentence": "四枚面值各1.2元，两枚面值各1.5元，全套共7.8元，",
    "a table whose column is worked from two others": "品种｜2024年｜2025年｜增幅\n甲｜3.42｜3.87｜13.2%\n乙｜1.56｜1.84｜1.79%\n",
    "labelled figures and their averages": "甲馆　面积1200平方米\n乙馆　面积800平方米\n两个展馆平均面积1000平方米。\n",
    "a table's rows and notes on them": "指标｜2022年｜2023年\n营业收入｜36.8亿元｜41.2亿元\n注：2023年营业收入同比增长12%。\n",
    "a data card of endless lines": "2024年营业额：2.96亿元\n2025年营业额：3.58亿元\n增幅：20.9%\n",
    "a make-up of endless part lines": "出行方式构成\n公交｜46.2%\n小汽车｜31.4%\n步行｜22.4%\n",
    "weekdays, shifts and headways in one endless sentence": "2025年3月1日至4月30日每周一、周三排练，共排练18次，"
                                                            "20:30至次日5:00，每班作业8小时30分，每天运行8小时，每10分钟发一班，共发车48班，",
}


@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_the_finder_is_linear_in_one_huge_article(unit):
    def claims_of(n):
        text = unit * n
        return text, [SimpleNamespace(id=i, **c.to_dict()) for i, c in enumerate(extract_claims(text))]

    def run(article):
        text, claims = article
        # the entry point the store uses, which pauses the garbage collector as a big run needs
        find_links(facts_of_articles([(1, "a.txt", text, None, None, claims)]), {1: text})

    assert_linear(claims_of, 2000, run)
