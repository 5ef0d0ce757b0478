"""Facts are plain values: a stored row reads back as the same fact, so the finder judges
stored facts exactly as freshly built ones."""

import json
from pathlib import Path

from annotator.extract import extract_claims
from annotator.linking import find_links
from annotator.linking.facts import ROW_FIELDS, ClaimValues, facts_of_article, from_row, to_row

SEEDS = Path(__file__).parent.parent / "seeds"


def _facts():
    built, texts = [], {}
    for number, path in enumerate(sorted(SEEDS.glob("*.txt")), 1):
        text = path.read_text(encoding="utf-8")
        claims = [ClaimValues(number * 1000 + i, c.start, c.end, c.text, c.value, c.value_high,
                              c.unit, c.qualifier, c.kind, c.metric, c.entity, c.period)
                  for i, c in enumerate(extract_claims(text))]
        texts[number] = text
        built += facts_of_article(number, path.stem, text, None, None, claims)
    return built, texts


def test_a_fact_survives_a_json_round_trip():
    facts, _ = _facts()
    assert len(facts) > 100
    for fact in facts:
        row = to_row(fact)
        assert tuple(row) == ROW_FIELDS
        back = from_row(json.loads(json.dumps(row, ensure_ascii=False)))
        # the text nearby is kept where the judge reads it: an owner taken from the article
        kept = {"nearby"} if fact.entity and not fact.entity_stated else set()
        fields = [n for n in type(fact).__slots__ if n not in ("claim", "nearby")] + [*kept]
        assert {n: getattr(back, n) for n in fields} == {n: getattr(fact, n) for n in fields}
        assert (back.claim.text, back.claim.unit, back.claim.start, back.claim.kind) == \
            (fact.claim.text, fact.claim.unit, fact.claim.start, fact.claim.kind)


def test_stored_facts_find_what_fresh_facts_find():
    facts, texts = _facts()
    rows = [json.loads(json.dumps(to_row(f), ensure_ascii=False)) for f in facts]
    fresh = find_links(facts, texts)
    stored = find_links([from_row(r) for r in rows], texts)
    assert [(s.relation, s.claim_ids, s.code) for s in stored] == \
        [(s.relation, s.claim_ids, s.code) for s in fresh]
    assert stored
