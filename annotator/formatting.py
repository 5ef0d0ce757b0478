"""Values as a newspaper writes them: ``2215.5亿元``, ``近1400家``, ``34.3%``, ``第3``,
``60%–80%``."""

from __future__ import annotations

from annotator import lexicon

# Largest first: a value is shown in the biggest scale word it reaches.
_SCALES = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))
_QUALIFIER_WORDS = {"about": "约", "nearly": "近", "over": "超", "under": "不足"}


def _number(value: float) -> str:
    # Grouping only from five digits on: papers write 1400家, 2215.5亿元, but 12,345 吨.
    grouping = "," if abs(value) >= 1e4 else ""
    text = f"{value:{grouping}.4f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _joiner(unit: str) -> str:
    """Chinese units and scale words sit on the number (2215.5亿元); Latin ones (5 km) not."""
    return " " if unit[:1].isascii() and unit[:1].isalpha() else ""


def format_value(value: float | None, unit: str | None = None, kind: str | None = None,
                 value_high: float | None = None, qualifier: str | None = None) -> str:
    """A normalised value written back the way a newspaper would, with thousands separators."""
    if value is None:
        return ""
    if kind == "rank":
        return f"第{_number(value)}"
    scale_word, factor = "", 1.0
    if unit in lexicon.SCALED_UNITS:
        for threshold, word in _SCALES:
            if abs(value) >= threshold:
                scale_word, factor = word, threshold
                break
    low = _number(value / factor)
    unit_text = unit or ""
    joiner = _joiner(scale_word + unit_text)
    if value_high is not None:
        text = f"{low}–{_number(value_high / factor)}{joiner}{scale_word}{unit_text}"
    else:
        text = f"{low}{joiner}{scale_word}{unit_text}"
    text = text.strip()
    hedge = _QUALIFIER_WORDS.get(qualifier or "")
    return f"{hedge}{text}" if hedge else text
