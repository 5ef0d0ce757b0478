"""Score extraction against gold files, exactly as the claims guide's last section says.

A prediction matches a gold claim when their spans overlap; each gold claim matches at
most one prediction, greedily by largest overlap. Predictions matched to an optional
gold claim count neither as hits nor as false alarms, and missing one costs nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.errors import UserError
from annotator.extract import Claim, extract_claims
from annotator.textio import read_text

Gold = dict[str, Any]  # one line of a gold file: a claim's fields, ``optional`` perhaps

ARTICLE_SUFFIXES = (".txt", ".md")


@dataclass
class Score:
    """Counts for one article or a whole set; the rates are derived."""

    gold: int = 0  # non-optional gold claims
    predicted: int = 0  # predictions, less those matched to optional gold
    matched: int = 0
    value_ok: int = 0
    qualifier_ok: int = 0
    kind_ok: int = 0
    exact_span: int = 0
    misses: list[Gold] = field(default_factory=list)
    false_alarms: list[dict[str, Any]] = field(default_factory=list)
    wrong: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("gold", "predicted", "matched", "value_ok", "qualifier_ok", "kind_ok",
                     "exact_span"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def rates(self) -> dict[str, Any]:
        precision = _ratio(self.matched, self.predicted)
        recall = _ratio(self.matched, self.gold)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": precision, "recall": recall, "f1": f1,
            "value_acc": _ratio(self.value_ok, self.matched),
            "qualifier_acc": _ratio(self.qualifier_ok, self.matched),
            "kind_acc": _ratio(self.kind_ok, self.matched),
            "exact_span": _ratio(self.exact_span, self.matched),
            "gold": self.gold, "predicted": self.predicted, "matched": self.matched,
        }


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def value_matches(predicted: Claim, gold: Gold) -> bool:
    """``value`` and ``value_high`` each within max(1e-6 × |gold|, 5e-4), same unit."""
    if predicted.unit != gold.get("unit"):
        return False
    for mine, theirs in ((predicted.value, gold.get("value")),
                         (predicted.value_high, gold.get("value_high"))):
        if theirs is None or mine is None:
            if theirs is not mine:
                return False
            continue
        if abs(mine - theirs) > max(1e-6 * abs(theirs), 5e-4):
            return False
    return True


def score_article(predicted: list[Claim], gold: list[Gold]) -> Score:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g["end"], p.end) - max(g["start"], p.start)
            if overlap > 0:
                pairs.append((overlap, gi, pi))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    gold_to_pred: dict[int, int] = {}
    pred_taken: set[int] = set()
    for _, gi, pi in pairs:
        if gi not in gold_to_pred and pi not in pred_taken:
            gold_to_pred[gi] = pi
            pred_taken.add(pi)

    score = Score()
    optional_hits = {pi for gi, pi in gold_to_pred.items() if gold[gi].get("optional")}
    score.predicted = len(predicted) - len(optional_hits)
    for gi, g in enumerate(gold):
        if g.get("optional"):
            continue
        score.gold += 1
        found = gold_to_pred.get(gi)
        if found is None:
            score.misses.append(g)
            continue
        p = predicted[found]
        score.matched += 1
        checks = {
            "value": value_matches(p, g),
            "qualifier": p.qualifier == g.get("qualifier"),
            "kind": p.kind == g.get("kind"),
            "span": (p.start, p.end) == (g["start"], g["end"]),
        }
        score.value_ok += checks["value"]
        score.qualifier_ok += checks["qualifier"]
        score.kind_ok += checks["kind"]
        score.exact_span += checks["span"]
        if not all(checks.values()):
            score.wrong.append({"gold": g, "predicted": p.to_dict(),
                                "wrong": [k for k, ok in checks.items() if not ok]})
    score.false_alarms = [predicted[pi].to_dict() for pi in range(len(predicted))
                          if pi not in pred_taken]
    return score


def load_gold(path: Path) -> list[Gold]:
    try:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(f"{path}: not a readable gold file ({exc})") from None


def evaluate(gold_dir: str | Path, articles_dir: str | Path) -> tuple[Score, dict[str, Score]]:
    """Score every ``<stem>.jsonl`` in ``gold_dir`` against ``<stem>.txt`` in ``articles_dir``."""
    gold_dir, articles_dir = Path(gold_dir), Path(articles_dir)
    if not gold_dir.is_dir():
        raise UserError(f"{gold_dir}: no such folder")
    if not articles_dir.is_dir():
        raise UserError(f"{articles_dir}: no such folder")
    gold_files = sorted(gold_dir.glob("*.jsonl"))
    if not gold_files:
        raise UserError(f"{gold_dir}: no gold files (*.jsonl)")
    total, per_article = Score(), {}
    for gold_file in gold_files:
        article = next((articles_dir / (gold_file.stem + s) for s in ARTICLE_SUFFIXES
                        if (articles_dir / (gold_file.stem + s)).is_file()), None)
        if article is None:
            raise UserError(f"{articles_dir}: no article for {gold_file.name}")
        score = score_article(extract_claims(read_text(article)), load_gold(gold_file))
        per_article[article.name] = score
        total.add(score)
    return total, per_article


def report(total: Score, per_article: dict[str, Score]) -> str:
    """A readable table with each article's misses and false alarms; the totals line last."""
    lines = []
    header = f"{'article':32} {'P':>6} {'R':>6} {'F1':>6} {'value':>6} {'qual':>6} {'kind':>6} {'span':>6}"
    lines.append(header)
    for name, score in per_article.items():
        r = score.rates()
        lines.append(f"{name:32} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} "
                     f"{r['value_acc']:6.3f} {r['qualifier_acc']:6.3f} {r['kind_acc']:6.3f} "
                     f"{r['exact_span']:6.3f}")
        for g in score.misses:
            lines.append(f"    missed       {g['start']:>6} {g['text']}")
        for p in score.false_alarms:
            lines.append(f"    false alarm  {p['start']:>6} {p['text']}")
        for w in score.wrong:
            p = w["predicted"]
            lines.append(f"    wrong {','.join(w['wrong']):14} {p['start']:>6} {p['text']} "
                         f"(got {p['value']:g} {p['unit']} {p['qualifier']} {p['kind']}; gold "
                         f"{w['gold']['text']} {w['gold']['value']:g} {w['gold']['unit']} "
                         f"{w['gold']['qualifier']} {w['gold']['kind']})")
    r = total.rates()
    lines.append(
        f"total: P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
        f"value {r['value_acc']:.3f}  qualifier {r['qualifier_acc']:.3f}  kind {r['kind_acc']:.3f}  "
        f"exact span {r['exact_span']:.3f}  (gold {r['gold']}, predicted {r['predicted']}, "
        f"matched {r['matched']})")
    return "\n".join(lines)


def as_json(total: Score, per_article: dict[str, Score]) -> dict[str, Any]:
    result = total.rates()
    result["articles"] = {name: score.rates() for name, score in per_article.items()}
    return result
