"""A numeric claim: one quantity mention, the one name for it in every layer."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Claim:
    """One quantity mention: the guide's fields, plus its context where stated."""

    start: int
    end: int
    text: str
    value: float
    value_high: float | None
    unit: str | None
    qualifier: str
    kind: str
    metric: str | None = None
    entity: str | None = None
    period: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
