"""Simple interest on a deposit or a loan (本金50000元，存期3年，年利率2.1%，到期利息3150元):
a bank's estimate, a savings column or a loan notice tells the principal, the term, the
yearly rate and the interest, and the interest is the principal times the rate times the
term in years, to its rounding. Compound interest and instalments (复利, 等额本息, 月供)
are reckoned otherwise: such a sentence is left alone."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from annotator import lexicon
from annotator.linking import charges, levels, units
from annotator.linking.facts import Fact
from annotator.linking.suggestion import Suggestion, make


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Each interest its sentence's principal, yearly rate and term do not make."""
    found: list[Suggestion] = []
    for index, interest in enumerate(facts):
        if not charges.money_amount(interest) or not lexicon.INTEREST_BEFORE.search(levels.lead(interest, text)):
            continue
        before = [f for f in facts[:index] if f.sentence == interest.sentence]
        principal = _last(before, text, lexicon.PRINCIPAL_BEFORE, charges.money_amount)
        rate = _last(before, text, lexicon.YEARLY_RATE_BEFORE, lambda f: f.claim.unit in ("%", "％"))
        term = _last(before, text, lexicon.TERM_BEFORE, lambda f: f.claim.unit in lexicon.TERMS_A_YEAR)
        if principal is None or rate is None or term is None \
                or lexicon.NOT_SIMPLE_INTEREST.search(_sentence(interest, text)):
            continue
        years = term.value / lexicon.TERMS_A_YEAR[term.claim.unit or ""]
        least, most = levels.counted(interest)
        low, high = levels.counted(principal)
        times = rate.value / 100 * years  # (a rate and a term are set, exact as told)
        if low * times <= most * 1.001 and least * 0.999 <= high * times:
            continue
        found.append(make("inconsistent", (interest, principal, rate, term), 0.8, "worked_wrong", a=interest.claim.text,
                          expression=f"{principal.claim.text}×{rate.claim.text}×{term.claim.text}",
                          expected=units.written_like(principal.value * times, interest.claim.text)
                          + (interest.claim.unit or "")))
    return found


def _last(before: list[Fact], text: str, named: re.Pattern[str], fits: Callable[[Fact], bool]) -> Fact | None:
    """The last exact figure before the interest in its sentence that its words name so."""
    return next((f for f in reversed(before) if f.claim.qualifier == "exact" and fits(f)
                 and named.search(levels.lead(f, text))), None)


def _sentence(fact: Fact, text: str) -> str:
    ends = [at for stop in "。！？!?\n" if (at := text.find(stop, fact.claim.end)) >= 0]
    return text[fact.sentence:min(ends, default=len(text))]
