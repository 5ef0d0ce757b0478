"""Arithmetic written out with its result (32.5%−28.1%=3.4个百分点, 9÷45=20%,
1250×（1−96%）=60个): answer keys, explainers and reports show their working, and the
expression must give the result to the result's rounding."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from annotator import lexicon
from annotator.linking import levels, units
from annotator.linking.facts import Fact
from annotator.linking.suggestion import Suggestion, make

REACH = 60  # how far before its = sign an expression may start
TOLD_REACH = 400  # an operand written bare is the figure told this close above, as written
FACTORS_READ = 4  # 2份×3天×38元: how many factors a product may have
HEDGED = 0.02  # a result said roughly (约60个) may stray this much further, relatively
_SIGNS = str.maketrans("＋−－×*÷（）％", "+--xx/()%")
_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)?%?|[-+x/()]")


def wrong(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """Each written expression whose result, a figure of the article, it does not give."""
    found = _products(facts, text)
    if "=" not in text and "＝" not in text:
        return found  # (most texts: no regex pass over them)
    starts = {f.claim.start: f for f in facts}
    for sign in lexicon.EQUALS.finditer(text):
        expression = lexicon.EXPRESSION.search(text, max(0, sign.start() - REACH), sign.start())
        result = next((starts[at] for at in range(sign.end(), sign.end() + 2) if at in starts), None)
        if expression is None or result is None:
            continue
        written = expression.group().strip()
        # (…12.8万−3.2万=: an expression cut at a scale word is not read whole)
        if lexicon.EXPRESSION_CUT.search(text, max(0, expression.start() - 1), expression.start()):
            continue
        value = evaluate(written)
        number = lexicon.OPERAND.search(result.claim.text)
        if value is None or number is None:
            continue
        # a percentage result is worked in hundredths (1−96%=4%) or in points already
        # (32.5−28.1=4.4个百分点, 48÷60×100=80%)
        scales = (100, 1) if lexicon.PERCENT_LIKE.search(result.claim.text) else (1,)
        stated = float(number.group())
        places = len(number.group().partition(".")[2])
        rough = result.claim.qualifier != "exact" or sign.group() == "≈"
        slack = 0.5 * 10 ** -places + (HEDGED * stated if rough else 0)
        if any(abs(value * scale - stated) <= slack + 1e-9 for scale in scales):
            continue
        scale = scales[0] if "%" in written.translate(_SIGNS) else scales[-1]
        operands = _operands(facts, text, expression.start(), written, result)
        if operands:
            expected = f"{value * scale:.{places}f}{result.claim.text[number.end():]}"
            found.append(make("inconsistent", (result, *operands), 0.9, "worked_wrong",
                              a=result.claim.text, expression=written, expected=expected))
    return found


def _products(facts: Sequence[Fact], text: str) -> list[Suggestion]:
    """``960人×1500元，计144万元``: figures with their units multiplied (two or a few:
    早餐2份×3天×38元=228元), and right after them what they make, in the unit of one of them."""
    found: list[Suggestion] = []
    for index in range(2, len(facts)):
        made, factors = facts[index], [facts[index - 1]]
        if not lexicon.PRODUCT_MADE.fullmatch(text, factors[0].claim.end, made.claim.start):
            continue
        while len(factors) < FACTORS_READ and index - 1 - len(factors) >= 0 and lexicon.TIMES.fullmatch(
                text, facts[index - 1 - len(factors)].claim.end, factors[0].claim.start):
            factors.insert(0, facts[index - 1 - len(factors)])
        # (in the unit of a factor, or of one priced per another's: 86.5平方米×32元/平方米=T元)
        if len(factors) < 2 or made.claim.kind != "amount" \
                or made.claim.unit not in {f.claim.unit for f in factors} | {_priced_in(f, factors) for f in factors} \
                or any(f.claim.kind != "amount" or not f.claim.unit for f in factors):
            continue
        # (2份 is two: a count written out is exact, its product no wider)
        low, high = sorted((math.prod(levels.counted(f)[0] for f in factors), math.prod(levels.counted(f)[1] for f in factors)))
        least, most = levels.counted(made)
        if least <= high * 1.001 and low * 0.999 <= most:
            continue
        found.append(make("inconsistent", (made, *factors), 0.9, "worked_wrong", a=made.claim.text,
                          expression="×".join(f.claim.text for f in factors),
                          expected=units.written_like(math.prod(f.value for f in factors), made.claim.text)
                          + (made.claim.unit or "")))
    return found


def _priced_in(price: Fact, factors: Sequence[Fact]) -> str | None:
    """The unit a price per another factor's unit is in (元 of 元/平方米 beside 平方米)."""
    money, _, per = (price.claim.unit or "").partition("/")
    return money if per and any(f.claim.unit == per for f in factors) else None


def _operands(facts: Sequence[Fact], text: str, start: int, written: str, result: Fact) -> list[Fact]:
    """The figures an expression works with: those written in it, or else those told
    above it as its bare numbers are written (36吨 for 45−36)."""
    inside = [f for f in facts if start <= f.claim.start and f.claim.end <= result.claim.start - 1]
    if inside:
        return inside
    above = [f for f in facts if start - TOLD_REACH <= f.claim.start and f.claim.end <= start]
    numbers = set(lexicon.OPERAND.findall(written))
    return [f for f in reversed(above) if (n := lexicon.OPERAND.search(f.claim.text)) and n.group() in numbers][:2]


def evaluate(written: str) -> float | None:
    """The value of + − × ÷ over numbers and brackets, a percentage a hundredth; None when
    it is no expression of two numbers or more (a date, a lone figure)."""
    tokens = _TOKEN.findall(written.translate(_SIGNS).replace(" ", ""))
    if "".join(tokens) != written.translate(_SIGNS).replace(" ", "").replace("\t", "") \
            or sum(t[0].isdigit() for t in tokens) < 2:
        return None
    parser = _Parser(tokens)
    try:
        value = parser.sum()
    except (IndexError, ZeroDivisionError, ValueError):
        return None
    return value if parser.at == len(tokens) else None


class _Parser:
    """Recursive descent: sum of products of numbers, bracketed sums and negations."""

    def __init__(self, tokens: list[str]):
        self.tokens, self.at = tokens, 0

    def sum(self) -> float:
        value = self.product()
        while self.at < len(self.tokens) and self.tokens[self.at] in "+-":
            sign = self.tokens[self.at]
            self.at += 1
            value = value + self.product() if sign == "+" else value - self.product()
        return value

    def product(self) -> float:
        value = self.factor()
        while self.at < len(self.tokens) and self.tokens[self.at] in "x/":
            sign = self.tokens[self.at]
            self.at += 1
            value = value * self.factor() if sign == "x" else value / self.factor()
        return value

    def factor(self) -> float:
        token = self.tokens[self.at]
        self.at += 1
        if token == "(":
            value = self.sum()
            if self.tokens[self.at] != ")":
                raise ValueError(token)
            self.at += 1
            return value
        if token == "-":
            return -self.factor()
        if not token[0].isdigit():
            raise ValueError(token)
        return float(token.rstrip("%")) / (100 if token.endswith("%") else 1)
