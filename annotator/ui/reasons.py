"""The finder's reasons in the editor's language: a template per code, filled with the
suggestion's params. A link stored before codes keeps the English sentence it was
given; an editor's own link has no reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.store.records import Link
from annotator.ui import QT_TRANSLATE_NOOP

# One source string per code; {a}, {b} … are the params the finder recorded.
_TEMPLATES = {
    "digits_transposed": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, digits transposed?"),
    "off_by_one_digit": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, one digit differs?"),
    "digit_dropped": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, a digit dropped or added?"),
    "decimal_point_moved": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, decimal point moved?"),
    "scale_word": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, scale word {a_scale} vs {b_scale}"),
    "currency": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, currency {a_unit} vs {b_unit}"),
    "percent_vs_points": QT_TRANSLATE_NOOP(
        "Reason", "{what}: {a} vs {b}, a rate written as percentage points?"),
    "person_vs_times": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, people vs person-times"),
    "household_vs_person": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, households vs people"),
    "unit_changed": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, the unit changed"),
    "conversion_slip": QT_TRANSLATE_NOOP(
        "Reason", "{what}: {a} vs {b}, {a_unit} and {b_unit} converted a power of ten off?"),
    "fraction_misread": QT_TRANSLATE_NOOP(
        "Reason", "{what}: {a} vs {b}, a fraction misread as a percentage?"),
    "denominator_changed": QT_TRANSLATE_NOOP(
        "Reason", "{what}: {a} vs {b}, the fraction's denominator's digits swapped?"),
    "rank": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, a different rank in the same ranking"),
    "rounding_beyond_hedge": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, rounding beyond the hedge?"),
    "hedge_direction": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, one says under, the other over"),
    "rise_as_fall": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, a rise in one, a fall in the other"),
    "other_period": QT_TRANSLATE_NOOP(
        "Reason", "{what}: {a} given for {when}, another edition's or period's figure?"),
    "other_entity": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, {a} is {owner}'s figure"),
    "comparison_base": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, {a_base} vs {b_base}"),
    "other_frame": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, told as {a_frame} vs {b_frame}"),
    "goal_as_outcome": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, {goal} is a goal: told as reached?"),
    "other_item": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, {a} is the figure for {item}"),
    "different_figure": QT_TRANSLATE_NOOP("Reason", "{what}: {a} vs {b}, different figures"),
    "growth_as_multiple": QT_TRANSLATE_NOOP("Reason", "{times} is a growth of {growth}: {a} vs {b}"),
    "same_fact": QT_TRANSLATE_NOOP("Reason", "{what}: {a} and {b} agree"),
    "repeated": QT_TRANSLATE_NOOP("Reason", "{what}: {a} stated again"),
    "share_vs_parts": QT_TRANSLATE_NOOP("Reason", "{a} of the whole, but {part} / {total} = {actual}"),
    "growth_vs_levels": QT_TRANSLATE_NOOP("Reason", "{a}, but {later} / {earlier} is {expected}"),
    "yearly_growth_vs_levels": QT_TRANSLATE_NOOP("Reason", "{a} a year, but {earlier} to {later} in {years} years is {expected} a year"),
    "multiple_vs_levels": QT_TRANSLATE_NOOP("Reason", "{a}, but {later} against {earlier} is {expected} times"),
    "difference_vs_levels": QT_TRANSLATE_NOOP("Reason", "{a}, but {later} and {earlier} differ by {expected}"),
    "points_vs_levels": QT_TRANSLATE_NOOP(
        "Reason", "{a}, but {later} and {earlier} differ by {expected} points"),
    "average_vs_total": QT_TRANSLATE_NOOP("Reason", "{a} on average, but {total} / {count} = {actual}"),
    "each_vs_total": QT_TRANSLATE_NOOP("Reason", "{a} each, but {total} / {count} = {actual}"),
    "parts_exceed_total": QT_TRANSLATE_NOOP("Reason", "the parts {parts} add up to more than {total}"),
    "shares_exceed_whole": QT_TRANSLATE_NOOP("Reason", "shares listed together pass 100%: {parts}"),
    "share_out_of_step": QT_TRANSLATE_NOOP(
        "Reason", "{a} of the whole, but the shares beside it make the whole {whole}: {part} / {whole} = {actual}"),
    "listed_sum": QT_TRANSLATE_NOOP("Reason", "{parts} add up to {actual}, not {total}"),
    "worked_wrong": QT_TRANSLATE_NOOP("Reason", "{expression} is {expected}, not {a}"),
    "per_base_vs_counts": QT_TRANSLATE_NOOP("Reason", "{a} per {base}, but {part} over {total} gives {actual}"),
    "ratio_vs_terms": QT_TRANSLATE_NOOP("Reason", "{a}, but {part} to {total} is {actual}"),
    "shares_make_whole": QT_TRANSLATE_NOOP("Reason", "the shares {parts} split one whole, but add up to {actual}"),
    "conversion_vs_figure": QT_TRANSLATE_NOOP("Reason", "{a}, but {b} is {expected}"),
}

_PARTS = {
    "entity": {"same": QT_TRANSLATE_NOOP("Evidence", "same owner"),
               "different": QT_TRANSLATE_NOOP("Evidence", "other owners"),
               "unknown": QT_TRANSLATE_NOOP("Evidence", "owner not stated")},
    "metric": {"same": QT_TRANSLATE_NOOP("Evidence", "same metric"),
               "different": QT_TRANSLATE_NOOP("Evidence", "other metrics"),
               "unknown": QT_TRANSLATE_NOOP("Evidence", "metric not stated")},
    "period": {"same": QT_TRANSLATE_NOOP("Evidence", "same time"),
               "different": QT_TRANSLATE_NOOP("Evidence", "different times"),
               "unknown": QT_TRANSLATE_NOOP("Evidence", "time not stated")},
    "unit": {"same": QT_TRANSLATE_NOOP("Evidence", "same unit"),
             "sibling": QT_TRANSLATE_NOOP("Evidence", "related units"),
             "different": QT_TRANSLATE_NOOP("Evidence", "other units")},
}


def reason_text(link: Link) -> str:
    """Why the finder suggested ``link``, in the app's language."""
    template = _TEMPLATES.get(link.code or "")
    if template is None or link.params is None:
        return link.reason or ""
    try:
        return QCoreApplication.translate("Reason", template).format(**link.params)
    except (KeyError, IndexError, ValueError):  # params of another version: its sentence
        return link.reason or ""


def evidence_text(link: Link) -> str:
    """What agrees in a suggestion, in the app's language (``evidence_parts``)."""
    evidence = (link.params or {}).get("evidence")
    return evidence_parts(evidence) if isinstance(evidence, dict) else ""


def evidence_parts(evidence: dict) -> str:
    """``same owner · same metric · different times · same unit``, in the app's language."""
    return " · ".join(QCoreApplication.translate("Evidence", _PARTS[part][evidence[part]])
                      for part in _PARTS if evidence.get(part) in _PARTS[part])
