"""The conflict finder over a store: every article's claims to facts, the finder's
suggestions back into the links table (sets already linked, or dismissed, are skipped).
Decisions are input: a rejected claim is left out, a corrected one compared by its
corrected value."""

from __future__ import annotations

from dataclasses import replace

from annotator.linking import (
    Evidence,
    Fact,
    Index,
    Suggestion,
    facts_of_articles,
    find_links,
    similar,
)
from annotator.store.errors import NotFoundError
from annotator.store.records import StoredClaim
from annotator.store.store import Store


def facts(store: Store) -> tuple[list[Fact], dict[int, str], dict[int, tuple[str, StoredClaim]]]:
    """Every article's facts, its text by id, and for each claim id its (article name,
    StoredClaim), so callers can print or show what the finder found."""
    articles, texts, claims = [], {}, {}
    for stats in store.articles():
        article = store.article(stats.id)
        texts[article.id] = article.text
        current = [_as_decided(c) for c in store.claims(article.id)
                   if not c.orphaned and c.status != "rejected"]
        claims.update({c.id: (article.name, c) for c in current})
        articles.append((article.id, article.name, article.text, article.published,
                         article.edition, current))
    # A stored claim's value, qualifier and kind may be unset (an editor's), where ClaimLike
    # has them; facts_of_articles drops claims without a value or kind. To be typed by a
    # TypeGuard in facts_of_article once the linking branch is merged.
    return facts_of_articles(articles), texts, claims  # type: ignore[arg-type]


def find(store: Store, only: set[int] | None = None
         ) -> tuple[list[Suggestion], dict[int, tuple[str, StoredClaim]]]:
    """The finder's suggestions, worst first (or those touching the articles ``only``
    names), and the claims they name."""
    found, texts, claims = facts(store)
    return find_links(found, texts, only), claims


class Neighbours:
    """Every claim's fact, indexed, to list the figures elsewhere closest to one claim."""

    def __init__(self, store: Store):
        found, _, _ = facts(store)
        self.by_claim = {fact.claim_id: fact for fact in found}
        self.index = Index(found)

    def closest(self, claim_id: int, limit: int = 10) -> list[tuple[Fact, Evidence]]:
        fact = self.by_claim.get(claim_id)
        return similar(fact, self.index, limit) if fact is not None else []


def similar_to(store: Store, article: str, offset: int,
               limit: int = 10) -> tuple[Fact, list[tuple[Fact, Evidence]]]:
    """The claim of ``article`` at ``offset``, and the figures elsewhere closest to it,
    best first, with the evidence for each: ``(fact, [(fact, Evidence)])``."""
    neighbours = Neighbours(store)
    article_id = store.article_id(article)
    here = [f for f in neighbours.by_claim.values()
            if f.article_id == article_id and f.claim.start <= offset < f.claim.end]
    if not here:
        raise NotFoundError(f"{article}: no claim at offset {offset}")
    return here[0], neighbours.closest(here[0].claim_id, limit)


def _as_decided(claim: StoredClaim) -> StoredClaim:
    """A corrected claim is compared by the value the editor gave it."""
    fixed = claim.correction
    if fixed is None:
        return claim
    return replace(claim, value=fixed.value, value_high=None, unit=fixed.unit or claim.unit,
                   qualifier=fixed.qualifier)


def record(store: Store, only: set[int] | None = None
           ) -> tuple[list[Suggestion], dict[int, tuple[str, StoredClaim]]]:
    """Find, store the new suggestions, and return those not dismissed before."""
    found, claims = find(store, only)
    store.suggest(found)
    dismissed = {tuple(sorted(link.members)) for link in store.links(state="dismissed",
                                                                     include_dismissed=True)}
    return [s for s in found if tuple(sorted(s.claim_ids)) not in dismissed], claims
