"""A charge at a rate of its base (小计69420元；另按6%税率开具发票，税额4800元; 总保险金额1.35亿元，
总费率0.15%，保险费20.25万元): quotations, invoices and policies state the base, the rate and
the charge, and the charge must be the base times the rate, to their rounding."""

from __future__ import annotations

from collections.abc import Sequence

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import Fact
from annotator.linking.suggestion import Suggestion, make

FIGURES_NEAR = 4  # figures either side of a rate read for its base and its charge
BASE_READ = 60  # characters before a rate its base stands within
CHARGE_READ = 40  # … and after it, its charge


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Each charge named after a rate (税额 after 税率) that is not its base times the rate, the
    three in one sentence (its clauses may close at ；)."""
    found: list[Suggestion] = []
    for index, rate in enumerate(facts):
        if rate.claim.unit not in ("%", "％") or rate.claim.qualifier != "exact" or not _a_charge_rate(rate, text):
            continue
        base = next((f for f in reversed(facts[max(0, index - FIGURES_NEAR):index]) if money_amount(f)), None)
        charge = next((f for f in facts[index + 1:index + 1 + FIGURES_NEAR] if money_amount(f)), None)
        if base is None or charge is None or rate.claim.start - base.claim.end > BASE_READ \
                or charge.claim.start - rate.claim.end > CHARGE_READ \
                or any(stop in text[base.claim.end:charge.claim.start] for stop in "。！？\n") \
                or not (lexicon.CHARGE_BEFORE.search(levels.lead(charge, text)) or _bracketed(rate, charge, text)
                        or _fee_at_fee_rate(rate, charge, text)) \
                or lexicon.CHARGE_BEFORE.search(levels.lead(base, text)):
            continue
        (low, high), (least, most) = levels.counted(base), levels.counted(charge)
        # (价税合计: a base with the tax in it is base × rate / (1 + rate))
        # (a rate a charge is taken at is set, 9% no rounding of 8.5% to 9.5%)
        shares = [(rate.value / 100, rate.value / 100), (rate.value / (100 + rate.value), rate.value / (100 + rate.value))]
        if any(low * a <= most * 1.001 and least <= high * b * 1.001 for a, b in shares):
            continue
        found.append(make("inconsistent", (charge, base, rate), 0.8, "worked_wrong", a=charge.claim.text,
                          expression=f"{base.claim.text}×{rate.claim.text}",
                          expected=units.written_like(base.value * rate.value / 100, charge.claim.text)
                          + (charge.claim.unit or "")))
    return found


def _a_charge_rate(rate: Fact, text: str) -> bool:
    """税率6%, 总费率0.15%, 按6%税率: a rate a charge is taken at, named before or after it."""
    return lexicon.CHARGE_RATE_BEFORE.search(levels.lead(rate, text)) is not None \
        or lexicon.CHARGE_RATE_AFTER.match(text, rate.claim.end) is not None


def _fee_at_fee_rate(rate: Fact, charge: Fact, text: str) -> bool:
    """费率0.3%，保价费6800元: a fee right after a fee rate is the fee taken at it."""
    return lexicon.FEE_RATE_BEFORE.search(levels.lead(rate, text)) is not None \
        and lexicon.CHARGE_NAME.search(levels.lead(charge, text)) is not None


def _bracketed(rate: Fact, charge: Fact, text: str) -> bool:
    """加计增值税9%（28764元）: the charge in brackets right after its rate."""
    return text[rate.claim.end:charge.claim.start].strip() in ("（", "(")


def money_amount(fact: Fact) -> bool:
    """An amount of money, told plainly or hedged (no price per a unit, 元/公斤)."""
    return units.dimension(fact.claim.unit) == "money" and "/" not in (fact.claim.unit or "") \
        and fact.claim.kind == "amount" and fact.claim.qualifier in ("exact", "about") and fact.value > 0
