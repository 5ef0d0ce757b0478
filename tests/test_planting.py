"""The generator of planted errors and honest restatements, and the finder scored on it."""

import re

import pytest

from annotator.extract import extract_claims
from annotator.linking import accuracy
from annotator.linking.guess import guess_published
from annotator.linking.planting import ERRORS, HONEST, chinese, make_drafts

CORPUS = accuracy.corpus()


@pytest.fixture(scope="module")
def drafts():
    return make_drafts(((name, text, guess_published(text)) for name, text in CORPUS),
                       per_kind=8, seed=1)


@pytest.mark.parametrize("n, written", [(10, "十"), (1400, "一千四百"), (305, "三百零五"),
                                        (2015, "二千零一十五"), (10_500, "一万零五百"),
                                        (1_300_000, "一百三十万")])
def test_chinese_numerals_are_written_as_a_reporter_writes_them(n, written):
    assert chinese(n) == written


def test_every_kind_is_planted_from_real_sentences(drafts):
    kinds = {case.kind for draft in drafts for case in draft.cases}
    missing = set(ERRORS) - kinds - {"other_edition", "person_vs_times", "fraction_misread"}
    assert not missing  # the seeds hold no edition, 人次 or fraction pair for some kinds
    assert {"scale", "rounding_within_hedge", "chinese_numerals", "labelled_period"} <= kinds


def test_a_planted_figure_is_a_claim_with_another_value_and_an_honest_one_keeps_it(drafts):
    texts = dict(CORPUS)
    for draft in drafts:
        claims = extract_claims(draft.text)
        for case in draft.cases:
            if case.source is None:
                continue
            here = next((c for c in claims if c.start <= case.offset < c.end), None)
            source = next(c for c in extract_claims(texts[case.source[0]]) if c.start == case.source[1])
            if here is None or case.kind not in ("scale", "chinese_numerals", "digits_transposed",
                                                  "scale_word", "decimal_point_moved",
                                                  "fraction_misread", "digit_dropped"):
                continue
            same = here.value == pytest.approx(source.value)
            assert same == case.honest, (case, here.text, source.text)


def test_every_arithmetic_kind_is_written_and_caught():
    report = accuracy.score(CORPUS, accuracy.current_finder, per_kind=6)
    for kind in ("difference_vs_levels", "points_vs_levels", "average_vs_total"):
        assert report.planted[kind] and report.found[kind] == report.planted[kind], report.lines()
    assert report.alarms["arithmetic_ok"] == 0, report.lines()


def test_the_finder_catches_planted_errors_and_leaves_restatements_alone():
    report = accuracy.score(CORPUS, accuracy.current_finder, per_kind=8)
    assert sum(report.found.values()) / sum(report.planted.values()) >= 0.9, report.lines()
    assert sum(report.alarms.values()) / sum(report.honest.values()) <= 0.02, report.lines()
    assert set(report.honest) <= set(HONEST)


def test_drafts_come_in_every_form_with_each_case_at_its_figure(drafts):
    from annotator.linking.planting import FORMS
    assert {draft.form for draft in drafts} == set(FORMS)
    for draft in drafts:
        claims = extract_claims(draft.text)
        for case in draft.cases:
            if case.kind not in ("scale", "chinese_numerals", "digits_transposed", "scale_word"):
                continue
            here = next(c for c in claims if c.start <= case.offset < c.end)
            line_start = draft.text.rfind("\n", 0, case.offset) + 1
            if draft.form == "listicle":  # its heading, the line above, opens with the figure
                assert draft.text[:line_start].rstrip("\n").endswith("｜" + here.text)
            if draft.form == "thread":  # (the first item may follow the dateline: 【本报…讯】①…)
                assert re.sub("^【[^】]*】", "", draft.text[line_start:])[0] in "①②③④⑤⑥⑦⑧⑨⑩"


def test_a_fraction_misread_never_gives_the_fraction_its_own_value():
    made = make_drafts([(f"{n}.txt", f"外资企业撑起开放半壁江山\n记者获悉。外资企业贡献了全市{fraction}的税收。\n", None)
                        for n, fraction in enumerate(("十分之一", "二十五分之一"))], per_kind=4, seed=0)
    told = [extract_claims(d.text) for d in made]
    misread = [next(c for c in claims if c.start <= case.offset < c.end).text
               for d, claims in zip(made, told) for case in d.cases if case.kind == "fraction_misread"]
    assert misread == ["25%"]  # 二十五分之一 read as 25%; 十分之一 is 10%, no misreading


@pytest.mark.parametrize("sentence, figure, planted", [
    ("力争到2027年全市充电桩达到12万个。", "12万个", True),
    ("明年全市交通投资计划安排380亿元，比今年增长6%。", "380亿元", False),  # 明年…已安排: still a plan
    ("全省实施农村专项计划，共有12所高校安排专项计划招生960个。", "960个", False),  # a goal word left
    ("全线共投入列车28列，较原计划增加3列。", "3列", False),            # a plan compared with: an outcome
])
def test_a_goal_told_as_reached_leaves_no_goal_or_future_before_its_figure(sentence, figure, planted):
    from annotator.linking.planting import _goal_as_outcome, _Spot
    claim = next(c for c in extract_claims(sentence) if c.text == figure)
    written = _goal_as_outcome(_Spot("a.txt", None, sentence, claim.start, claim.end, claim, ()), None)
    assert (written is not None) is planted
    if written:
        assert "已" in written[0][:written[1]] and written[0][written[1]:].startswith(figure)
