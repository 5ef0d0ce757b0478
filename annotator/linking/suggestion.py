"""A suggestion: what the finder proposes to the editor, with its reason as a code."""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.linking import reasons
from annotator.linking.facts import Fact

ORDER = {"conflict": 0, "inconsistent": 1, "same": 2}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """``relation`` between ``claim_ids`` (the first two are ``a``/``b``; for
    ``inconsistent``, the claim the arithmetic refutes comes first). ``code`` and
    ``params`` say why; ``reason`` is the English sentence of them."""

    relation: str
    claim_ids: tuple[int, ...]
    reason: str
    score: float
    code: str = ""
    params: dict[str, object] = field(default_factory=dict, compare=False, hash=False)


def make(relation: str, facts: tuple[Fact, ...], score: float, code: str,
         **params: object) -> Suggestion:
    return Suggestion(relation, tuple(f.claim_id for f in facts), reasons.render(code, params),
                      round(score, 2), code, params)


def ordered(found: list[Suggestion]) -> list[Suggestion]:
    """Conflicts and inconsistencies first, worst first; then sames."""
    return sorted(found, key=lambda s: (ORDER[s.relation], -s.score, s.claim_ids))
