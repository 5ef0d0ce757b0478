"""Cross-check parse_number against cn2an on the cases of tests/test_numeral_forms.py.

A development aid, not a test: cn2an is no dependency of 数核. Install it in the venv
by hand (``pip install cn2an``) and run ``python dev/numerals_vs_cn2an.py``. It prints
each case where cn2an's "smart" reading differs from ours or from the table, and a tally.
cn2an reads no percent, 分之, 成, 折, 又, 几 or spaces, so those rows show as its misses.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cn2an

from annotator.numbers import parse_number
from tests.test_numeral_forms import CASES, REJECTED


def _theirs(text: str) -> float | None:
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, TypeError, KeyError, IndexError):
        return None


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def main() -> None:
    ours_ok = theirs_ok = 0
    for text, expected in [*CASES, *((t, None) for t in REJECTED)]:
        ours, theirs = parse_number(text), _theirs(text)
        ours_ok += _same(ours, expected)
        theirs_ok += _same(theirs, expected)
        if not _same(ours, theirs):
            print(f"{text!r:24} expected={expected!s:14} ours={ours!s:14} cn2an={theirs}")
    total = len(CASES) + len(REJECTED)
    print(f"parse_number {ours_ok}/{total}, cn2an {theirs_ok}/{total}")


if __name__ == "__main__":
    main()
