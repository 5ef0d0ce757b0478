"""Speed figures, printed: ``annotator bench``.

Inputs are generated from the seeds' own sentences with every figure, scale word, unit
and hedge varied, so each run sees distinct text and no cache can help. Each figure is
the median of several runs.
"""

from __future__ import annotations

import random
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

from annotator import lexicon

# a seed sentence and its claims' (start, end, unit), relative to the sentence
Template = tuple[str, list[tuple[int, int, str | None]]]


def _templates() -> list[Template]:
    """Seed sentences, each with its claims (offsets relative to the sentence)."""
    from annotator.extract import extract_claims
    from annotator.paths import seed_files
    from annotator.textio import read_text

    out: list[Template] = []
    for path in seed_files():
        text = read_text(path)
        claims = extract_claims(text)
        start = 0
        for stop in [m.end() for m in re.finditer("。", text)] + [len(text)]:
            inside = [c for c in claims if start <= c.start and c.end <= stop]
            if 8 <= stop - start <= 300:
                out.append((text[start:stop], [(c.start - start, c.end - start, c.unit) for c in inside]))
            start = stop
    return out


def _figure(unit: str | None, rng: random.Random) -> str:
    family = next((f for f in lexicon.BENCH_UNIT_FAMILIES if unit in f), [unit or "个"])
    unit = rng.choice(family)
    if unit == "%":
        number, scale = f"{rng.uniform(0.1, 99):.{rng.choice((0, 1, 2))}f}", ""
    else:
        number = f"{rng.uniform(1, 9999):.{rng.choice((0, 0, 1, 2))}f}"
        scale = rng.choice(lexicon.BENCH_SCALES) if unit in lexicon.BENCH_SCALED_UNITS else ""
    return f"{rng.choice(lexicon.BENCH_HEDGES)}{number}{scale}{unit}{rng.choice(lexicon.BENCH_SUFFIX_HEDGES)}"


def _vary(sentence: str, claims: list[tuple[int, int, str | None]], rng: random.Random) -> str:
    parts, pos = [], 0
    for start, end, unit in claims:
        parts += [sentence[pos:start], _figure(unit, rng)]
        pos = end
    return "".join(parts) + sentence[pos:]


def generate_articles(count: int, size: int = 2500, seed: int = 0) -> list[str]:
    """``count`` distinct articles of about ``size`` characters, made of varied seed sentences."""
    rng = random.Random(seed)
    pool = _templates()
    articles = []
    for _ in range(count):
        parts, length = [], 0
        while length < size:
            sentence = _vary(*rng.choice(pool), rng)
            parts.append(sentence)
            length += len(sentence)
        articles.append("".join(parts))
    return articles


def _median_seconds(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def extraction(quick: bool = False) -> None:
    from annotator.extract import extract_claims
    from annotator.words import tags

    tags()  # load once, outside the timing: the load is measured on its own below
    articles = generate_articles(40 if quick else 480, seed=1)
    chars = sum(map(len, articles))
    claims = sum(len(extract_claims(a)) for a in articles)
    seconds = _median_seconds(lambda: [extract_claims(a) for a in articles], 3 if quick else 5)
    print(f"extraction: {chars / seconds:,.0f} characters/s with kind, metric, entity, period "
          f"({chars:,} distinct characters, {claims:,} claims, median of {3 if quick else 5} runs)")
    # one traditional character in each article (a quoted name): the cost of reading it,
    # the two timed in turns, each its best (a busy neighbour only ever adds time)
    quoted = [a[:len(a) // 2] + "億" + a[len(a) // 2:] for a in articles]
    plain = traditional = float("inf")
    for _ in range(3 if quick else 7):
        plain = min(plain, _median_seconds(lambda: [extract_claims(a) for a in articles], 1))
        traditional = min(traditional, _median_seconds(lambda: [extract_claims(a) for a in quoted], 1))
    print(f"extraction: one traditional character in each article costs "
          f"{(traditional / plain - 1) * 100:+.1f}% (goal at most +5%; best of "
          f"{3 if quick else 7} turns each)")


_LOAD_PROBE = (
    "import time; t = time.perf_counter(); import annotator; "
    "annotator.extract_claims('今年一季度，重庆外贸进出口总值达2215.5亿元，同比增长34.3%。'); "
    "print(time.perf_counter() - t)"
)


def load_time(quick: bool = False) -> None:
    """Import plus the first extraction in a fresh process, jieba's dictionary included."""
    run = [sys.executable, "-c", _LOAD_PROBE]
    subprocess.run(run, check=True, capture_output=True)  # warm the dictionary cache
    times = [float(subprocess.run(run, check=True, capture_output=True, text=True).stdout)
             for _ in range(3 if quick else 7)]
    print(f"load: {statistics.median(times):.3f} s to import and extract the first sentence, "
          f"jieba's dictionary included (cache warm, median of {len(times)} fresh processes)")


SECTIONS = [extraction, load_time]


def run(quick: bool = False) -> None:
    for section in SECTIONS:
        section(quick=quick)
        sys.stdout.flush()
