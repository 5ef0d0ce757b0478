"""The conflict finder over a store: its stored facts (store/facts.py) in, the finder's
suggestions back into the links table (sets already linked, or dismissed, are skipped).
Decisions are input: a rejected claim is left out, a corrected one compared by its
corrected value. New or changed articles are checked against the stored facts that
share a block key with theirs, so suggestions between untouched articles stay."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from annotator.linking import Evidence, Fact, Index, Suggestion, find_links, similar, suggest
from annotator.store.errors import NotFoundError
from annotator.store.records import StoredClaim
from annotator.store.store import Store

Progress = Callable[[int, int], None] | None  # (articles done, in all) while facts are built


def find(store: Store, only: set[int] | None = None, progress: Progress = None
         ) -> tuple[list[Suggestion], dict[int, tuple[str, StoredClaim]]]:
    """The finder's suggestions, worst first, and the claims they name. With ``only``
    (new or changed articles), those touching them: their stored facts against the
    stored facts that share a block key with them, read by index, not the whole store.
    Facts missing or built by another finder version are built first."""
    store.refresh_facts(progress)
    if only is None:
        with store.snapshot():  # a head at a time: never every fact at once
            found = suggest(store.facts_by_head(), store.facts_by_article(), store.facts_of)
    else:
        drafts = store.facts_of(only)
        near, wide = store.fact_candidates(drafts)
        sames = store.confirmed((f.claim_id for f in near), set(only))
        found = find_links(drafts + near, store.texts(), set(only), sames, wide, store.facts_of)
    return found, named(store, {i for s in found for i in s.claim_ids})


def named(store: Store, claim_ids: set[int]) -> dict[int, tuple[str, StoredClaim]]:
    """For each claim id its (article name, StoredClaim as decided), to print or show."""
    claims = store.claims_by_id(claim_ids)
    names = store.article_names({c.article_id for c in claims})
    return {c.id: (names[c.article_id], _as_decided(c)) for c in claims}


class Neighbours:
    """The figures elsewhere closest to one claim, from the stored facts."""

    def __init__(self, store: Store):
        self.store = store

    def closest(self, claim_id: int, limit: int = 10) -> list[tuple[Fact, Evidence]]:
        found = self.store.claim_facts([claim_id]) or [
            f for c in self.store.claims_by_id([claim_id]) if (f := _copy_told(self.store, c.article_id, c.start))]
        return self.of(found[0], limit) if found else []

    def of(self, fact: Fact, limit: int = 10) -> list[tuple[Fact, Evidence]]:
        return similar(fact, Index(self.store.fact_candidates([fact])[0]), limit)


def similar_to(store: Store, article: str, offset: int,
               limit: int = 10) -> tuple[Fact, list[tuple[Fact, Evidence]]]:
    """The claim of ``article`` at ``offset``, and the figures elsewhere closest to it,
    best first, with the evidence for each: ``(fact, [(fact, Evidence)])``."""
    article_id = store.article_id(article)
    store.refresh_facts()
    here = [f for f in store.facts_of([article_id]) if f.claim.start <= offset < f.claim.end]
    fact = here[0] if here else _copy_told(store, article_id, offset)
    if fact is None:
        raise NotFoundError(f"{article}: no claim at offset {offset}")
    return fact, Neighbours(store).of(fact, limit)


def _copy_told(store: Store, article_id: int, offset: int) -> Fact | None:
    """A heading's copy of the next line's figure (数字一｜近600家) has no fact of its own:
    the fact of the figure it heads stands for it."""
    claim = next((c for c in store.claims(article_id) if c.start <= offset < c.end and not c.orphaned), None)
    if claim is None:
        return None
    return min((f for f in store.facts_of([article_id]) if f.claim.start >= claim.end and f.claim.text == claim.text),
               key=lambda f: f.claim.start, default=None)


def _as_decided(claim: StoredClaim) -> StoredClaim:
    """A corrected claim is compared by the value the editor gave it."""
    fixed = claim.correction
    if fixed is None:
        return claim
    return replace(claim, value=fixed.value, value_high=None, unit=fixed.unit or claim.unit,
                   qualifier=fixed.qualifier)


def record(store: Store, only: set[int] | None = None, progress: Progress = None
           ) -> tuple[list[Suggestion], dict[int, tuple[str, StoredClaim]]]:
    """Find, store the new suggestions, and return those not dismissed before."""
    found, claims = find(store, only, progress)
    if only is None:
        store.suggest(found)
    else:
        store.suggest_for(found, set(only))
    dismissed = {tuple(sorted(link.members)) for link in store.links(state="dismissed",
                                                                     include_dismissed=True)}
    return [s for s in found if tuple(sorted(s.claim_ids)) not in dismissed], claims
