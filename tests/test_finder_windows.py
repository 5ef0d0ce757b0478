"""A block too large to compare whole is read in windows of values. The shortcuts that
make that cheap must give what the plain reading gives: every pair of every part's
windows, and every pair ``mistake`` names."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from itertools import count
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.bench import generate_articles
from annotator.extract import extract_claims
from annotator.linking.facts import facts_of_article
from annotator.linking.judge import could_name, figure, mistake
from annotator.linking.retrieval import (
    BLOCK_LIMIT,
    WINDOW,
    _blocks,
    candidate_pairs,
    head,
    parts,
    window_pairs,
)

# --- every window pair, read part by part ---------------------------------------------


def _plain_parts(members):
    """A block's parts as the finder defines them: split by year, then by owner, the
    facts with neither joining every group; each part whole or too large."""
    def split(facts, key):
        groups = defaultdict(list)
        for fact in facts:
            groups[key(fact)].append(fact)
        unknown = groups.pop(None, [])
        return [group + unknown for group in groups.values()] or [unknown]

    if len(members) <= BLOCK_LIMIT:
        return [(members, False)]
    found = []
    for group in split(members, lambda f: f.when.year):
        if len(group) <= BLOCK_LIMIT:
            found.append((group, False))
        else:
            found += [(part, len(part) > BLOCK_LIMIT) for part in split(group, lambda f: f.entity)]
    return found


def _plain_pairs(members):
    whole, windowed = set(), set()
    for part, too_large in _plain_parts(members):
        if too_large:
            part = sorted(part, key=lambda f: (f.value, f.claim_id))
            windowed |= {frozenset((a.claim_id, b.claim_id)) for i, a in enumerate(part)
                         for b in part[i + 1:i + 1 + WINDOW]}
        else:
            whole |= {frozenset((a.claim_id, b.claim_id)) for i, a in enumerate(part)
                      for b in part[i + 1:]}
    return whole, windowed


_member = st.tuples(st.sampled_from([None, None, 2023, 2024, 2025]),
                    st.sampled_from([None, None, None, "重庆", "成都", "浙江", "全国"]),
                    st.integers(1, 60), st.sampled_from([1, 1, 0.5, 10]))


@settings(max_examples=200, deadline=None)
@given(st.lists(_member, min_size=BLOCK_LIMIT + 1, max_size=300))
def test_windows_read_once_a_part_are_every_parts_windows(specs):
    members = [SimpleNamespace(claim_id=i, article_id=i, value=n * scale, entity=entity,
                               when=SimpleNamespace(year=year))
               for i, (year, entity, n, scale) in enumerate(specs)]
    small, large = parts(members)
    whole = {frozenset((a.claim_id, b.claim_id)) for part in small for i, a in enumerate(part)
             for b in part[i + 1:]}
    found = [frozenset((a.claim_id, b.claim_id)) for groups, shared in large
             for a, b in window_pairs(groups, shared)]
    plain_whole, plain_windowed = _plain_pairs(members)
    assert whole == plain_whole
    assert set(found) == plain_windowed
    # once a year's part: only an undated fact meets another again, in another year
    undated = {f.claim_id for f in members if f.when.year is None}
    assert all(pair <= undated for pair, n in Counter(found).items() if n > 1)


# --- could_name: a bound that never hides a mistake -------------------------------------

ids = count(1)
_number = st.builds(lambda digits, point: digits[:point] + ("." + digits[point:] if point < len(digits) else ""),
                    st.text("0123456789", min_size=1, max_size=6).filter(lambda d: d[0] != "0"),
                    st.integers(1, 6))


def _slips(written: str) -> list[str]:
    """The figure itself, and slips of it: two digits swapped, one digit off, the point
    moved, a scale word or a hedge changed, rounded."""
    digits = written.replace(".", "")
    found = [written, written + "万", "约" + written, "近" + written, "超" + written]
    if len(digits) >= 2:
        found.append(written[1] + written[0] + written[2:] if written[1] != "." else written)
        found.append(str(int(float(written) * 10)) if "." not in written else written.replace(".", ""))
    found.append(written[:-1] + str((int(written[-1]) + 1) % 10) if written[-1] != "." else written)
    found.append(str(round(float(written))))
    return found


@settings(max_examples=100, deadline=None)
@given(st.lists(_number, min_size=1, max_size=3), st.sampled_from(["亿元", "%", "人", "美元"]),
       st.sampled_from(["亿元", "%", "人次", "万元", "个百分点"]))
def test_could_name_holds_wherever_mistake_names_a_slip(numbers, unit, other_unit):
    figures = [f"{w}{u}" for n in numbers for w in _slips(n) for u in (unit, other_unit)]
    figures += ["五分之一", "20%", "1/5"]
    facts = []
    for i, text in enumerate(figures):
        line = f"今年一季度，全市外贸进出口总值{text}。"
        claims = [SimpleNamespace(id=next(ids), **c.to_dict()) for c in extract_claims(line)]
        facts += facts_of_article(i, f"{i}.txt", line, "2025-05-24", None, claims)
    # and each a hair off, as a float read two ways may be (the same figure to mistake)
    facts += [replace(f, claim_id=next(ids), value=f.value * (1 + 1e-9),
                      claim=SimpleNamespace(**{**vars(f.claim), "value": f.value * (1 + 1e-9)}))
              for f in facts]
    shown = {f.claim_id: figure(f) for f in facts}
    for a in facts:
        for b in facts:
            if a.value != b.value and mistake(a, b) is not None:
                # a window meets the two in either order
                assert could_name(shown[a.claim_id], shown[b.claim_id]), (a.claim.text, b.claim.text)
                assert could_name(shown[b.claim_id], shown[a.claim_id]), (a.claim.text, b.claim.text)


# --- each pair once, in the order one set of every pair met gives ---------------------


def _plain_candidates(facts):
    """``candidate_pairs`` with every pair met kept to the end, in one set."""
    whole, windows = _blocks(facts)
    met = set()

    def new(a, b):
        pair = frozenset((a.claim_id, b.claim_id))
        if a.article_id == b.article_id or pair in met:
            return False
        met.add(pair)
        return True

    for chunk, sampled in whole:
        for i, a in enumerate(chunk):
            for b in chunk[i + 1:]:
                if new(a, b):
                    yield (a, b, False, sampled) if a.claim_id < b.claim_id else (b, a, False, sampled)
    for groups, shared in windows:
        for a, b in window_pairs(groups, shared):
            if new(a, b) and (a.value == b.value or could_name(figure(a), figure(b))):
                yield (a, b, True, False) if a.claim_id < b.claim_id else (b, a, True, False)


def test_pairs_met_are_kept_only_until_met_again_and_each_is_met_once_in_order():
    ids = count(1)
    heads = defaultdict(list)
    for i, text in enumerate(generate_articles(300, 1200, seed=11)):
        claims = [SimpleNamespace(id=next(ids), **c.to_dict()) for c in extract_claims(text)]
        for fact in facts_of_article(i, f"{i}.txt", text, "2025-05-24", None, claims):
            heads[head(fact.claim.kind, fact.dimension)].append(fact)
    by_id = {f.claim_id: f.article_id for facts in heads.values() for f in facts}
    windowed = 0
    for facts in heads.values():
        plain = [(a.claim_id, b.claim_id, w, s) for a, b, w, s in _plain_candidates(facts)]
        assert [(a.claim_id, b.claim_id, w, s) for a, b, w, s in candidate_pairs(facts)] == plain
        drafts = {f.article_id for f in facts[::40]}  # those touching a few articles
        assert [(a.claim_id, b.claim_id) for a, b, _, _ in candidate_pairs(facts, drafts)] == \
            [(a, b) for a, b, _, _ in plain if {by_id[a], by_id[b]} & drafts]
        windowed += sum(w for _, _, w, _ in plain)
    assert windowed > 100  # windows too, where most pairs are met again
