"""The conflict finder's speed: ``annotator bench --only linking``.

Articles are generated from the seeds' own sentences (``annotator.bench``), so every run
sees distinct text; extraction is left out of the timing.
"""

from __future__ import annotations

import resource
import time

from annotator.bench import generate_articles
from annotator.extract import extract_claims
from annotator.linking import facts_of_articles, find_links
from annotator.linking.accuracy import identified


def run(quick: bool = False) -> None:
    """The conflict finder over many articles: facts and suggestions, extraction untimed."""
    count = 500 if quick else 10_000
    texts, claims = {}, {}
    for article_id, text in enumerate(generate_articles(count, size=1200, seed=3), start=1):
        texts[article_id] = text
        claims[article_id] = [identified(i, c) for i, c in enumerate(extract_claims(text),
                                                                     start=article_id * 1000)]
    started = time.perf_counter()
    facts = facts_of_articles((article_id, f"{article_id}.txt", text, "2025-05-24", 8,
                               claims[article_id]) for article_id, text in texts.items())
    found = find_links(facts, texts)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"linking: {count:,} articles ({len(facts):,} claims) in {seconds:.1f} s, "
          f"{len(found):,} suggestions; peak memory {peak:,.0f} MB (the process, "
          "generated texts and their claims included)")
