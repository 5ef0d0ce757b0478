"""Articles imported one by one, the finder run over each new one against the stored
facts, end with the suggestions one full run over them all gives."""

from __future__ import annotations

import itertools
import tempfile
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_retold import FLOWERS, OPENING, SOURCE

from annotator.bench import generate_articles
from annotator.paths import seed_files
from annotator.store import Store, conflicts

DRAFTS = Path(__file__).parent / "data" / "drafts"


@cache
def _pool() -> tuple[tuple[str, str], ...]:
    """Seeds, drafts and generated articles: restatements and slips of one another."""
    named = [(p.name, p.read_text(encoding="utf-8"))
             for p in [*seed_files(), *sorted(DRAFTS.glob("*.txt"))]]
    named += [(f"gen-{i}.txt", text) for i, text in enumerate(generate_articles(6, 900, seed=7))]
    return tuple(named)


def _suggested(store: Store) -> set[tuple]:
    """Every suggestion recorded, by where its claims stand (ids differ between stores)."""
    names = {a.id: a.name for a in store.articles()}

    def place(claim_id: int) -> tuple:
        claim = store.claim(claim_id)
        return names[claim.article_id], claim.start, claim.end

    return {(link.relation, link.code, frozenset(map(place, link.members)))
            for link in store.links(include_dismissed=True)}


def _in_turn_and_at_once(folder: Path, articles: list[tuple[str, str]]) -> tuple[list[set[tuple]], set[tuple]]:
    """The suggestions after each article imported and checked in turn, and those of one
    full run over them all imported at once."""
    steps = []
    with Store(folder / "one.db", editor="t") as store:
        for name, text in articles:
            conflicts.record(store, {store.import_text(name, text).article_id})
            steps.append(_suggested(store))
    with Store(folder / "all.db", editor="t") as store:
        for name, text in articles:
            store.import_text(name, text)
        conflicts.record(store)
        return steps, _suggested(store)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(range(len(_pool()))).map(lambda order: order[:8]))
def test_one_by_one_ends_where_one_full_run_does(order):
    articles = [_pool()[i] for i in order]
    with tempfile.TemporaryDirectory() as tmp:
        steps, full = _in_turn_and_at_once(Path(tmp), articles)
    assert steps[-1] == full
    assert full or len(articles) < 2


LINE = "重庆江津讯 2024年，江津综保区班列累计开行1804列，同比增长12%。"


@pytest.mark.parametrize("order", list(itertools.permutations("abc")))
def test_a_figure_confirmed_elsewhere_is_not_contradicted_in_any_order(tmp_path, order):
    """Two articles agree on 1804, a third says 2250: whichever comes last, the open
    conflict goes as a full run would never suggest it."""
    texts = {"a": LINE, "b": LINE, "c": LINE.replace("1804", "2250")}
    steps, full = _in_turn_and_at_once(tmp_path, [(f"{name}.txt", texts[name]) for name in order])
    assert steps[-1] == full


@pytest.mark.parametrize("order", list(itertools.permutations("abc")))
def test_a_retelling_read_beside_its_source_ends_as_a_full_run_in_any_order(tmp_path, order):
    """A figure only reading the two articles sentence by sentence finds wrong (the
    retelling's 近200名), then a third article that states it the same: the open conflict
    is there while only the two are stored, and goes once the third is, as a full run
    would never suggest it."""
    texts = {"a": SOURCE, "b": OPENING + FLOWERS.format("近200名"),
             "c": "江北晚报\n\n秋季花展共有近200名园艺师带来各自作品，来自9个省份。"}
    steps, full = _in_turn_and_at_once(tmp_path, [(f"{name}.txt", texts[name]) for name in order])
    for done, found in enumerate(steps, start=1):
        if set(order[:done]) == {"a", "b"}:
            assert {(r, c) for r, c, _ in found if r == "conflict"} == {("conflict", "different_figure")}
    assert steps[-1] == full
    assert not any(relation == "conflict" for relation, _, _ in full)
