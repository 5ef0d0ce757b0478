"""How well the conflict finder catches planted errors: ``annotator bench --only links-accuracy``.

Every generated draft (``planting``) is checked alone against the corpus, as an editor
checks one draft against what was published. A hit is a planted figure paired with the
claim it restates (``conflict``), or, for arithmetic, an ``inconsistent`` that names it.
A false alarm is any ``conflict`` or ``inconsistent`` on an honest restatement.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from annotator.extract import Claim, extract_claims
from annotator.linking import Suggestion, facts_of_articles, find_links
from annotator.linking.facts import Article, ClaimValues
from annotator.linking.guess import guess_edition, guess_published
from annotator.linking.planting import COMPUTED, ERRORS, FORMS, HONEST, WIDE, Case, Draft, make_drafts
from annotator.paths import seed_files
from annotator.textio import read_text

ALARMS = ("conflict", "inconsistent")


def identified(claim_id: int, claim: Claim) -> ClaimValues:
    """A claim with the id a store would give it."""
    return ClaimValues(claim_id, **claim.to_dict())


@dataclass
class Report:
    found: Counter[str]        # kind → planted errors paired with their source
    planted: Counter[str]      # kind → planted errors the extractor read as a claim
    unread: Counter[str]       # kind → rewritten figures the extractor did not read
    alarms: Counter[str]       # honest kind → restatements raised as conflict or inconsistent
    honest: Counter[str]       # honest kind → restatements
    by_form: Counter[tuple[str, bool]] = field(default_factory=Counter)  # (form, found) → planted errors

    def lines(self) -> list[str]:
        out = ["error kind                   recall   found/planted  (unread)"]
        for kind in sorted(self.planted, key=lambda k: (k not in ERRORS, k)):
            n = self.planted[kind]
            out.append(f"  {kind:26} {self.found[kind] / n:6.2f}   {self.found[kind]:4}/{n:<4}"
                       f"      ({self.unread[kind]})")
        out.append("honest restatement           false alarms  alarms/restated")
        for kind in HONEST:
            if self.honest[kind] or self.unread[kind]:
                out.append(f"  {kind:26} {self.alarms[kind] / max(self.honest[kind], 1):6.1%}"
                           f"        {self.alarms[kind]:4}/{self.honest[kind]:<4}"
                           f"  ({self.unread[kind]})")
        total_found, total = sum(self.found.values()), sum(self.planted.values())
        total_alarms, total_honest = sum(self.alarms.values()), sum(self.honest.values())
        out.append("by form: " + ", ".join(
            f"{form} {self.by_form[form, True] / max(self.by_form[form, True] + self.by_form[form, False], 1):.2f}"
            for form in FORMS))
        out.append(f"overall: recall {total_found / max(total, 1):.3f} ({total_found}/{total}), "
                   f"false alarms {total_alarms / max(total_honest, 1):.1%} "
                   f"({total_alarms}/{total_honest})")
        return out


Finder = Callable[[list[Article]], list[Suggestion]]  # articles → suggestions


def score(corpus: list[tuple[str, str]], finder: Finder, per_kind: int = 24, seed: int = 0) -> Report:
    """``corpus``: (name, text) articles; ``finder`` takes ``(id, name, text, published,
    edition, claims)`` tuples, as the store gives them, and returns suggestions."""
    next_id = iter(range(1, 10**9))
    published = {name: guess_published(text) for name, text in corpus}
    articles: list[Article] = []
    by_start: dict[tuple[str, int], int] = {}
    for article_id, (name, text) in enumerate(corpus, start=1):
        articles.append(_article(article_id, name, text, next_id))
        by_start.update({(name, c.start): c.id for c in articles[-1][5]})
    report = Report(Counter(), Counter(), Counter(), Counter(), Counter())
    drafts = make_drafts(((n, t, published[n]) for n, t in corpus), per_kind=per_kind, seed=seed)
    for draft_id, draft in enumerate(drafts, start=len(articles) + 1):
        article = _article(draft_id, draft.name, draft.text, next_id)
        _score_draft(report, draft, article, articles, by_start, finder)
    return report


def _article(article_id: int, name: str, text: str, ids: Iterator[int]) -> Article:
    claims = [identified(next(ids), c) for c in extract_claims(text)]
    return (article_id, name, text, guess_published(text), guess_edition(text), claims)


def _score_draft(report: Report, draft: Draft, article: Article, corpus: list[Article],
                 by_start: dict[tuple[str, int], int], finder: Finder) -> None:
    claims = article[5]
    at = {case: next((c.id for c in claims if c.start <= case.offset < c.end), None)
          for case in draft.cases}
    found = finder([*corpus, article])
    alarmed = [s for s in found if s.relation in ALARMS]
    for case, claim_id in at.items():
        if claim_id is None:
            report.unread[case.kind] += 1
            continue
        raised = [s for s in alarmed if claim_id in s.claim_ids]
        if case.honest and case.kind in COMPUTED:
            # its levels are invented for a real subject: a conflict with the real figure
            # is the finder's to raise; only its own arithmetic must hold
            raised = [s for s in raised if s.relation == "inconsistent"]
        if case.honest:
            report.honest[case.kind] += 1
            report.alarms[case.kind] += bool(raised)
        else:
            hit = any(_hit(case, s, by_start) for s in raised)
            report.planted[case.kind] += 1
            report.found[case.kind] += hit
            report.by_form[draft.form, hit] += 1
    planted = {claim_id for case, claim_id in at.items() if not case.honest}
    rewritten = set(at.values())
    # a rewrite of the sentence's year or verb rewrites its other figures too, and an
    # arithmetic sentence is written whole (its levels are invented, no restatement)
    touched = [_line(draft.text, case.offset) for case in draft.cases if case.kind in WIDE + COMPUTED]
    if draft.form == "listicle":  # an item's heading line repeats its figure, as rewritten
        touched += [_line(draft.text, _line(draft.text, case.offset)[0] - 1) for case in draft.cases]
    for claim in claims:  # the sentences' other figures are copied as they were
        if claim.id in rewritten or any(lo <= claim.start < hi for lo, hi in touched):
            continue
        raised = [s for s in alarmed if claim.id in s.claim_ids and not planted & set(s.claim_ids)]
        report.honest["verbatim"] += 1
        report.alarms["verbatim"] += bool(raised)


def _line(text: str, offset: int) -> tuple[int, int]:
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, end if end >= 0 else len(text)


def _hit(case: Case, suggestion: Suggestion, by_start: dict[tuple[str, int], int]) -> bool:
    if case.source is None:
        return suggestion.relation == "inconsistent"
    return suggestion.relation == "conflict" and by_start.get(case.source) in suggestion.claim_ids


def corpus(folders: Iterable[str | Path] = ()) -> list[tuple[str, str]]:
    """The bundled seeds, or the ``.txt`` articles of the folders given."""
    paths = [p for folder in folders for p in sorted(Path(folder).glob("*.txt"))] or seed_files()
    return [(path.name, read_text(path)) for path in paths]


def current_finder(articles: list[Article]) -> list[Suggestion]:
    return find_links(facts_of_articles(articles), {a[0]: a[2] for a in articles})


def run(quick: bool = False, report: Callable[[str], None] = print,
        folders: Iterable[str | Path] = ()) -> Report:
    articles = corpus(folders)
    report(f"links accuracy: planted errors and restatements over {len(articles)} articles")
    result = score(articles, current_finder, per_kind=8 if quick else 24)
    for line in result.lines():
        report(line)
    return result
