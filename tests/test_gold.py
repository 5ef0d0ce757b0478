"""The seeds scored against the hand-checked gold set (a copy of ../shared/gold)."""

from pathlib import Path

from annotator.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent


def test_extraction_meets_the_gold_set():
    total, per_article = evaluate(ROOT / "tests" / "data" / "gold", ROOT / "seeds")
    rates = total.rates()
    assert len(per_article) == 5
    assert rates["gold"] >= 180
    assert rates["f1"] >= 0.95, rates
    assert rates["value_acc"] >= 0.97, rates
    assert rates["qualifier_acc"] >= 0.95, rates
    assert rates["kind_acc"] >= 0.95, rates
    assert rates["exact_span"] >= 0.90, rates
