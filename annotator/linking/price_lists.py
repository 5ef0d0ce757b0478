"""A price told once and a count charged at it further on (40英尺箱每箱6800元 … 托运40英尺箱10个，
运费合计76000元; 每字资费零点五元 … 本电八十二字，计资费四十八元): rate cards, tariffs and
notices state the price a line or two above the example or the bill, and the total must be
the count times the price, to their rounding. Where the text prices one measure several
times, the price whose label the count's clause names is it, or else any of them may be.
A bill's line the other way round (谷段单价0.31元/千瓦时，谷段电费T) charges the quantity
its label names above (谷段30000千瓦时)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import CLAUSE_STOP, Fact
from annotator.linking.suggestion import Suggestion, make

PRICE_READ = 400  # characters before a charged count the price it is charged at may stand (and the reverse)
QUANTITIES_BACK = 12  # figures before a unit price read for the quantity its label names
CLAUSE_READ = 40  # characters after a price its clause is read within (另按每页3元收取校对费)


class _Price(NamedTuple):
    fact: Fact
    per: str  # the measure it is per (箱 of 每箱)
    label: str  # the words before its 每 (40英尺箱), "" where none


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Each charged total whose count, at the price told above for that count's measure,
    does not make it."""
    found = _metered(facts, text)
    prices = [price for f in facts if (price := _price(f, text)) is not None]
    for count, total in pairwise(facts) if prices else ():
        if not _charged(total, count, text):
            continue
        clause = CLAUSE_STOP.split(text[count.sentence:count.claim.start])[-1]
        if any(p.fact.sentence == total.sentence and p.fact.claim.end <= count.claim.start
               and (count.claim.unit == p.per or p.per in clause) for p in prices):
            continue  # (…；打印机每台2350元，购6台，计T: its own sentence prices it)
        told = [p for p in prices if p.fact.sentence != total.sentence
                and total.claim.start - PRICE_READ <= p.fact.claim.start and p.fact.claim.end <= count.sentence
                and (count.claim.unit == p.per or p.per in clause)]
        told = [p for p in told if p.label and p.label in clause] or told
        # (排版费每千字12元，另按每页3元收取校对费；…240页，排版费960元: the total another
        # price's charge by name)
        told = [p for p in told if not _charge_of_another(total, p, prices, text)]
        # (成人票每人80元，儿童半价；…成人25人、儿童30人，共计T: one price not for all, one count
        # of a list not all charged)
        if any(f.sentence == count.sentence and f.claim.end <= count.claim.start and units.same(f.claim.unit, count.claim.unit)
               and not CLAUSE_STOP.search(text, f.claim.end, count.claim.start) for f in facts) \
                or (told and lexicon.PRICE_CUT.search(text, told[-1].fact.claim.end, total.claim.start)):
            continue
        offs = [_off(total, count, p.fact, charges_on_top(p.fact, count.claim.start, facts, text)) for p in told]
        found += offs[-1] if offs and [] not in offs else []
    return found


def _metered(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """谷段单价0.31元/千瓦时，谷段电费T: a unit price and the charge right after it, both named
    by a label, charge the last quantity above in the price's measure that the label names."""
    found: list[Suggestion] = []
    for index, (price, charge) in enumerate(pairwise(facts), start=1):
        money, _, per = (price.claim.unit or "").partition("/")
        words = levels.lead(price, text)
        label = lexicon.UNIT_PRICE_NAMED.search(words)
        if not per or label is None or not units.same(money, charge.claim.unit) or price.sentence != charge.sentence \
                or price.claim.qualifier != "exact" or label["label"] not in levels.lead(charge, text) \
                or lexicon.CHARGED_TOTAL.search(levels.lead(charge, text)) is None:
            continue
        quantity = next((f for f in reversed(facts[max(0, index - QUANTITIES_BACK):index - 1])
                         if price.claim.start - f.claim.start <= PRICE_READ and units.same(f.claim.unit, per)
                         and f.claim.qualifier == "exact" and label["label"] in levels.lead(f, text)), None)
        if quantity is not None:
            found += _off(charge, quantity, price)
    return found


def _price(fact: Fact, text: str) -> _Price | None:
    """每箱6800元, 每字资费零点五元: so much money for one of a measure, told on its own (no
    second 每 of a time: 每人每月 is a month's)."""
    if units.dimension(fact.claim.unit) != "money" or fact.claim.qualifier != "exact":
        return None
    words = levels.lead(fact, text)
    each = lexicon.PRICE_PER_BEFORE.search(words)
    if each is None or "每" in words[each.start() + 1:]:
        return None
    return _Price(fact, each["per"], CLAUSE_STOP.split(words[:each.start()])[-1])


def _charge_of_another(total: Fact, price: _Price, prices: list[_Price], text: str) -> bool:
    """Whether the charge a total names (排版费) is named in another price's clause, not this one's."""
    named = lexicon.CHARGE_NAME.search(levels.lead(total, text))
    return named is not None and named["name"] not in _clause(price.fact, text) \
        and any(named["name"] in _clause(p.fact, text) for p in prices if p is not price)


def _clause(fact: Fact, text: str) -> str:
    """The words of a figure's clause, before it and after it (另按每页3元收取校对费)."""
    return levels.clause_before(fact, text) + CLAUSE_STOP.split(text[fact.claim.end:fact.claim.end + CLAUSE_READ])[0]


def _charged(total: Fact, count: Fact, text: str) -> bool:
    """运费合计T, 计资费T: money charged for the count right before it in its sentence."""
    return units.dimension(total.claim.unit) == "money" and total.sentence == count.sentence \
        and count.claim.qualifier == "exact" and count.value > 0 and count.claim.kind == "amount" \
        and units.additive(count.claim.unit) and units.measure(count.claim.unit) is None \
        and units.dimension(count.claim.unit) != "money" \
        and lexicon.CHARGED_TOTAL.search(words := levels.lead(total, text)) is not None \
        and lexicon.PRICE_PER_BEFORE.search(words) is None  # (其余15人每人收费900元: a price)


def charges_on_top(price: Fact, until: int, facts: Sequence[Fact], text: str) -> list[Fact]:
    """学费每人1800元，另收教材费150元、报名费80元；全班36人合计T: the charges told on top of a
    price (另收) before ``until``, each head's too."""
    if lexicon.EXTRA_CHARGE.search(text, price.claim.end, until) is None:
        return []
    return [f for f in facts if price.claim.end <= f.claim.start and f.claim.end <= until
            and units.same(f.claim.unit, price.claim.unit) and f.claim.qualifier == "exact"]


def _off(total: Fact, count: Fact, price: Fact, extras: Sequence[Fact] = ()) -> list[Suggestion]:
    """The alarm where the count at the price (and the charges on top of it) does not make
    the total, to their rounding."""
    low, high = levels.counted(price)
    on_top = sum(f.value for f in extras)
    least, most = levels.counted(total)
    if (low + on_top) * count.value <= most * 1.001 and least <= (high + on_top) * count.value * 1.001:
        return []
    each = "+".join(f.claim.text for f in (price, *extras))
    return [make("inconsistent", (total, count, price, *extras), 0.8, "worked_wrong", a=total.claim.text,
                 expression=f"{count.claim.text}×({each})" if extras else f"{count.claim.text}×{each}",
                 expected=units.written_like((price.value + on_top) * count.value, total.claim.text)
                 + (total.claim.unit or ""))]
