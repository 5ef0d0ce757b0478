"""Reasons as codes with parameters, and their English sentence (the command line's).
The app says the same codes in the editor's language."""

from __future__ import annotations

ENGLISH = {
    "digits_transposed": "digits transposed?",
    "off_by_one_digit": "one digit differs?",
    "digit_dropped": "a digit dropped or added?",
    "decimal_point_moved": "decimal point moved?",
    "scale_word": "scale word: {a_scale} vs {b_scale}",
    "currency": "currency: {a_unit} vs {b_unit}",
    "percent_vs_points": "a rate written as percentage points? {a_unit} vs {b_unit}",
    "person_vs_times": "people vs person-times: {a_unit} vs {b_unit}",
    "household_vs_person": "households vs people: {a_unit} vs {b_unit}",
    "unit_changed": "the unit changed: {a_unit} vs {b_unit}",
    "conversion_slip": "{a_unit} converted to {b_unit} with the decimal point moved?",
    "fraction_misread": "a fraction misread as a percentage?",
    "denominator_changed": "the fraction's denominator's digits swapped?",
    "rank": "a different rank in the same ranking",
    "rounding_beyond_hedge": "rounding beyond the hedge?",
    "hedge_direction": "hedge: one says under, the other over",
    "rise_as_fall": "direction: a rise in one, a fall in the other",
    "other_period": "the figure given for {when} — another edition's or period's figure?",
    "other_entity": "{a} is {owner}'s figure — another owner's figure?",
    "comparison_base": "compared with another time: {a_base} vs {b_base}",
    "other_frame": "told in another frame: {a_frame} vs {b_frame}",
    "goal_as_outcome": "{goal} is a goal: told as reached?",
    "other_item": "{a} is the figure for {item} — the next item's figure?",
    "different_figure": "different figures for the same fact",
    "growth_as_multiple": "{times} is a growth of {growth}: {a} vs {b}",
}


def conflict(code: str, params: dict[str, object]) -> str:
    why = ENGLISH[code].format(**params)
    return f"same metric ({params['what']}): {params['a']} vs {params['b']} — {why}"


# The other suggestions: agreement, and a figure the article's own arithmetic refutes.
OTHERS = {
    "same_fact": "same fact ({what}): {a} and {b} agree",
    "repeated": "the same figure stated again ({what}): {a}",
    "share_vs_parts": "{a} of the whole, but {part} / {total} = {actual}",
    "growth_vs_levels": "{a}, but {later} / {earlier} is {expected}",
    "yearly_growth_vs_levels": "{a} a year, but {earlier} to {later} in {years} years is {expected} a year",
    "multiple_vs_levels": "{a}, but {later} against {earlier} is {expected} times",
    "difference_vs_levels": "{a}, but {later} and {earlier} differ by {expected}",
    "points_vs_levels": "{a}, but {later} and {earlier} differ by {expected} points",
    "average_vs_total": "{a} on average, but {total} / {count} = {actual}",
    "each_vs_total": "{a} each, but {total} / {count} = {actual}",
    "parts_exceed_total": "the parts {parts} add up to more than the total {total}",
    "listed_sum": "the figures {parts} add up to {actual}, not {total}",
    "shares_exceed_whole": "shares listed together add up to more than 100%: {parts}",
    "share_out_of_step": "{a} of the whole, but the shares beside it make the whole {whole}: {part} / {whole} = {actual}",
    "worked_wrong": "{expression} is {expected}, not {a}",
    "per_base_vs_counts": "{a} per {base}, but {part} over {total} gives {actual}",
    "ratio_vs_terms": "{a}, but {part} to {total} is {actual}",
    "shares_make_whole": "the shares {parts} split one whole, but add up to {actual}",
    "conversion_vs_figure": "{a}, but {b} is {expected}",
}


def render(code: str, params: dict[str, object]) -> str:
    """The English sentence of any suggestion."""
    if code in ENGLISH:
        return conflict(code, params)
    return OTHERS[code].format(**params)
