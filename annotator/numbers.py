"""Turn one whole numeral string — Arabic, Chinese, or a mix of both — into a float.

``parse_number`` is called for every number the extractor finds, so it is a single
left-to-right pass with table lookups and two precompiled regexes, and it never raises:
anything that is not a well-formed numeral from end to end gives ``None``.
"""

import math
import re

CN_DIGITS = {
    "〇": 0, "零": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2, "俩": 2, "倆": 2,
    "三": 3, "叁": 3, "參": 3, "参": 3, "仨": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
CN_UNITS = {
    "十": 10, "拾": 10,
    "百": 100, "佰": 100,
    "千": 1000, "仟": 1000,
    "万": 10**4, "萬": 10**4,
    "亿": 10**8, "億": 10**8,
    "兆": 10**12,  # Taiwan and Hong Kong usage (新台幣3兆元); 兆瓦 is the extractor's business
}
# Archaic tens; the parser reads them as their spelled-out form ("廿二" is "二十二").
CN_TENS = {"廿": 20, "卅": 30, "卌": 40}

_BIG = 10**4  # 万 and 亿 close a section and multiply everything smaller before them
_HEDGES = frozenset("多余餘几幾来來")  # "十多万" is reported as 十万: the hedge adds nothing
_FEW = frozenset("几幾")  # the one hedge that may follow a 零 gap: "一百零几万" is 一百万
_POINTS = frozenset("点點")
_SIGNS = {"-": True, "负": True, "負": True, "+": False, "正": False}
_PER = {"%": 100, "‰": 1000, "‱": 10000}
_HALF = {"半": 0.5, "一半": 0.5, "半百": 50.0}
_PLACES = "".join(CN_UNITS) + "".join(CN_TENS)
# PDF text extraction puts spaces inside numerals ("三千 八百 九十六 万", "1000 万"). A
# space is dropped only where it touches a place word, so "1 000" stays two numbers.
_PLACE_SPACE = re.compile(rf"[\s\u3000]+(?=[{_PLACES}])|(?<=[{_PLACES}])[\s\u3000]+")

# Full-width ASCII (FF01-FF5E) to ASCII, the typographic minus signs to "-", and the
# archaic tens spelled out, so the parser only ever sees one form of each.
_FOLD: dict[int, int | str] = {0xFF01 + i: 0x21 + i for i in range(94)}
_FOLD.update({0x2212: "-", 0xFE63: "-"})
_FOLD.update({ord(c): "二三四"[v // 10 - 2] + "十" for c, v in CN_TENS.items()})

# Thousands separators only in proper groups of three, so "1,23,4" is not a number.
_ARABIC = re.compile(
    r"(?:(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
)
_ASCII_DIGITS = re.compile(r"[0-9]+")


def parse_number(text: str) -> float | None:
    """Return the value of ``text`` if the whole (stripped) string is one numeral, else None.

    Handles signs, percent/permille signs, "X分之Y" and "a/b" fractions, mixed numbers
    ("三又三分之一"), 成 and 折 on top of the plain numerals that ``_value`` reads.
    """
    s = text.strip().translate(_FOLD)
    if not s.isascii():
        s = _PLACE_SPACE.sub("", s).replace("万万", "亿").replace("萬萬", "亿")  # 万万 is the old word for 亿
    neg, s = _unsign(s)
    if "又" in s:  # a mixed number is a plain value, never a percent: 1又1/2 is 1.5
        whole_s, _, part_s = s.partition("又")
        whole, part = _value(whole_s), _fraction(part_s)
        if whole is None or part is None:
            return None
        return -(whole + part) if neg else whole + part
    if s[-1:] in _TENTHS or "成" in s[1:-1]:
        out = _tenths(s)
        return None if out is None else -out if neg else out
    if "分之" in s:
        den_s, _, num_s = s.partition("分之")
        if not neg:  # "百分之负三" puts the sign on the numerator
            neg, num_s = _unsign(num_s)
        num, den = _value(num_s), _value(den_s)
    elif "/" in s:
        num_s, _, den_s = s.partition("/")
        num, den = _value(num_s), _value(den_s)
    else:
        den = _PER.get(s[-1:], 1)
        num = _value(s[:-1] if den != 1 else s)
    if num is None or not den:
        return None
    out = (-num if neg else num) / den
    return out if math.isfinite(out) else None


def _fraction(s: str) -> float | None:
    """The proper fraction of a mixed number: "三分之一", "1/2"; None for anything else."""
    if "分之" in s:
        den_s, _, num_s = s.partition("分之")
    else:
        num_s, _, den_s = s.partition("/")
    num, den = _value(num_s), _value(den_s)
    if num is None or not den or num >= den:
        return None
    return num / den


_TENTHS = frozenset("成折")


def _tenths(s: str) -> float | None:
    """七成 / 三成五 / 八折 / 八五折 / 7.5折 as a fraction of one (0.7, 0.35, 0.8, 0.85, 0.75)."""
    head, word, tail = s.partition("成") if "成" in s else s.partition("折")
    tens = _value(head)
    if tens is None or (tail and (word == "折" or len(tail) > 1)):
        return None
    if word == "折" and len(head) == 2 and (head.isdigit() or all(c in CN_DIGITS for c in head)):
        return tens / 100  # 八五折, 85折: two digits are hundredths
    extra = _value(tail) if tail else 0.0
    if extra is None or extra >= 10 or tens > 10 or (word == "折" and tens >= 10):
        return None
    return (tens * 10 + extra) / 100  # one division: 六成六 is 0.66, not 0.6599…


def _unsign(s: str) -> tuple[bool, str]:
    if s[:1] in _SIGNS:
        return _SIGNS[s[0]], s[1:]
    return False, s


def _value(s: str) -> float | None:
    """Read an unsigned numeral over the scale hierarchy 亿 > 万 > 千 > 百 > 十."""
    if s in _HALF:
        return _HALF[s]
    stack: list[tuple[float, int]] = []  # (value, unit) groups with strictly falling units
    pending = None  # the coefficient read since the last unit
    run = 0  # Chinese digits in pending; >1 means the digit-by-digit form "二〇二五"
    single = False  # pending is one digit, so at the end it may be an elided "三万五"
    before = None  # unit right before pending (None after 零 or at the start)
    prev = ""  # previous token: "" start, "d" number, "u" unit, "z" 零 gap, "h" hedge
    fixed = False  # after a decimal only units that multiply it may follow ("1.2万亿")
    floor = 10  # those units must exceed every unit used before ("一万点五万", "1.5十")
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        d = CN_DIGITS.get(c)
        u = CN_UNITS.get(c)
        if d == 0 and stack:
            if prev != "u" or fixed:
                return None
            prev = "z"
        elif d is not None:
            if fixed or prev == "h":
                return None
            if pending is None:
                pending, run, single = float(d), 1, True
                before = stack[-1][1] if prev == "u" else None
            elif run and not stack:
                pending, run, single = pending * 10 + d, run + 1, False
            else:  # a digit straight after a digit in unit form: "十四五"
                return None
            prev = "d"
        elif u is not None:
            if fixed:
                if u <= floor:
                    return None
                floor = u
            if prev == "h" and u < _BIG:
                return None
            if pending is not None:
                # "三五万" / "零万" are not coefficients; "三千五万" leaves 5 with no place
                if run > 1 or (run and pending == 0) or (before and 10 < before < u):
                    return None
                coef = pending
            elif prev == "" or (u == 10 and (
                prev == "z" or (prev == "u" and stack[-1][1] >= _BIG)
            )):
                coef = 1.0  # "千三", "十五", "一千零十", "五亿七千万十七"
            elif u >= _BIG and prev in ("u", "h"):
                coef = 0.0  # "十万", "十多万": the smaller groups are the coefficient
            else:
                return None
            if u >= _BIG:
                popped = False
                while stack and stack[-1][1] < u:
                    coef += stack.pop()[0]
                    popped = True
                if not (popped or pending is not None or prev == ""):
                    return None  # "万万", "亿万"
            if stack and (stack[-1][1] <= u or coef * u >= stack[-1][1]):
                return None
            stack.append((coef * u, u))
            pending, run, prev = None, 0, "u"
        elif c in _FEW and prev in ("u", "z") and CN_UNITS.get(s[i + 1:i + 2], _BIG) < stack[-1][1]:
            prev, i = "u", i + 2  # "三百几十", "一千零几十": an unknown smaller place adds nothing
            continue
        elif c in _HEDGES:
            if prev == "z" and c in _FEW:
                prev = "h"
                i += 1
                continue
            if prev not in ("d", "u") or run:  # "十多", "100多" but not "一多", "三万五多"
                return None
            prev = "h"
        elif c in _POINTS:
            if fixed or (prev not in ("d", "u") and i):  # "点二八" is 0.28, as ".28" is
                return None
            base = _close(stack, pending, single, before)
            m = _ASCII_DIGITS.match(s, i + 1)
            j = m.end() if m else i + 1
            while not m and j < n and s[j] in CN_DIGITS:
                j += 1
            frac = m.group() if m else "".join(str(CN_DIGITS[x]) for x in s[i + 1:j])
            if base is None or not frac:
                return None
            floor = stack[0][1] if stack else 10
            stack, pending, run, single, before = [], base + float("0." + frac), 0, False, None
            fixed, prev, i = True, "d", j
            continue
        else:
            m = _ARABIC.match(s, i)
            if m is None or pending is not None or fixed or prev == "h":
                return None
            tok = m.group()
            if "." in tok or "e" in tok or "E" in tok:
                if stack:
                    return None
                fixed = True
            pending, run, single = float(tok.replace(",", "")), 0, len(tok) == 1
            before = stack[-1][1] if prev == "u" else None
            prev, i = "d", m.end()
            continue
        i += 1
    if prev in ("", "z"):
        return None
    return _close(stack, pending, single, before)


def _close(
    stack: list[tuple[float, int]], pending: float | None, single: bool, before: int | None
) -> float | None:
    """Sum the groups plus the trailing coefficient, expanding "三万五" to 三万五千."""
    total = sum(v for v, _ in stack)
    if pending is None or not stack:
        return total + (pending or 0.0)
    if single and before and before >= 100:
        return total + pending * before / 10
    if pending >= (before or stack[-1][1]):  # "十15", "3万40000"
        return None
    return total + pending
