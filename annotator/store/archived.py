"""Drafts checked against an archive opened read-only: only the archived facts that
share a block key with a draft's facts are read (indexed), and the finder judges them
with the drafts' as one run would, since it pairs claims per pair of articles."""

from __future__ import annotations

from annotator.archive.index import Archive
from annotator.linking import ClaimLike, Suggestion, facts_of_articles, find_links
from annotator.store.conflicts import _as_decided
from annotator.store.errors import NotFoundError
from annotator.store.records import StoredClaim
from annotator.store.store import Store


def suggestions(store: Store, archive: Archive, drafts: set[int]
                ) -> tuple[list[Suggestion], dict[int, tuple[str, StoredClaim | ClaimLike]]]:
    """The drafts' suggestions with archived claims (negative ids), worst first, and
    every claim they name as (article name, claim). An archived article the store holds
    under its name too (a draft published, an article imported) is the store's to judge."""
    articles, texts = [], {}
    claims: dict[int, tuple[str, StoredClaim | ClaimLike]] = {}
    for article_id in sorted(drafts):
        article = store.article(article_id)
        current = [_as_decided(c) for c in store.claims(article_id)
                   if not c.orphaned and c.status != "rejected"]
        texts[article_id] = article.text
        claims.update({c.id: (article.name, c) for c in current})
        articles.append((article_id, article.name, article.text, article.published,
                         article.edition, current))
    # a stored claim may lack a value or kind (an editor's), which facts_of_article drops
    mine = facts_of_articles(articles)  # type: ignore[arg-type]
    archived = archive.facts_near(mine)
    stored = {name for name in {f.article for f in archived} if _stored(store, name)}
    archived = [f for f in archived if f.article not in stored]
    claims.update({f.claim_id: (f.article, f.claim) for f in archived})
    found = find_links(mine + archived, texts, only=drafts)
    return [s for s in found if any(i < 0 for i in s.claim_ids)], claims


def _stored(store: Store, name: str) -> bool:
    try:
        store.article_id(name)
    except NotFoundError:
        return False
    return True
