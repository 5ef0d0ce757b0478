"""What the editor's actions do to the store: small functions that call ``Store`` and
return what changed, so the window redraws just that (Anki's ``aqt/operations`` and
its ``OpChanges``).

No Qt and no dialogs here: the caller has asked the editor already, and a refusal
(``StoreError``) is the caller's to show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from annotator.store import Correction, Event, Link, NotFoundError, Store, StoredClaim

# Past this many history events a refresh reads everything again: cheaper than sorting
# out what a bulk import or a finder run touched.
MANY_EVENTS = 300


@dataclass(frozen=True)
class Focus:
    """Where the editor's attention goes after an operation."""

    article_id: int
    claim_id: int | None = None


@dataclass(frozen=True)
class Changes:
    claims: frozenset[int] = field(default_factory=frozenset)    # changed in place
    articles: frozenset[int] = field(default_factory=frozenset)  # claims came, went or were linked
    counts: frozenset[int] = field(default_factory=frozenset)    # progress or conflicts changed
    listing: bool = False          # articles came or went: read everything again
    links: bool = False            # links or suggestions changed
    focus: Focus | None = None
    skipped: Event | None = None   # an undo or redo that would have overwritten later work

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.claims | other.claims, self.articles | other.articles,
                       self.counts | other.counts, self.listing or other.listing,
                       self.links or other.links, other.focus or self.focus,
                       other.skipped or self.skipped)


EVERYTHING = Changes(listing=True, links=True)


def _in_place(claim: StoredClaim) -> Changes:
    return Changes(claims=frozenset({claim.id}), counts=frozenset({claim.article_id}),
                   focus=Focus(claim.article_id, claim.id))


def _linking(articles: Iterable[int], focus: Focus | None = None) -> Changes:
    touched = frozenset(articles)
    return Changes(articles=touched, counts=touched, links=True, focus=focus)


# --- claims ---------------------------------------------------------------------------

def decide(store: Store, claim: StoredClaim, status: str, *, correction: Correction | None = None,
           note: str | None = None, evidence: str | None = None) -> Changes:
    """Decide on ``claim`` as the editor saw it; refused if it changed since."""
    store.decide(claim.id, claim.version, status, correction=correction, note=note,
                 evidence=evidence)
    return _in_place(claim)


def annotate(store: Store, claim: StoredClaim, note: str, evidence: str) -> Changes:
    store.annotate(claim.id, claim.version, note=note, evidence=evidence)
    return _in_place(claim)


def take_linked_decision(store: Store, claim: StoredClaim, other: StoredClaim) -> Changes:
    """Confirm once, apply everywhere: ``other``'s decision (same fact) for ``claim``."""
    if other.status == "corrected":
        return decide(store, claim, "corrected", correction=other.correction)
    return decide(store, claim, "confirmed")


def same_fact_decision(claim: StoredClaim, linked: list[tuple[str, StoredClaim]]
                       ) -> StoredClaim | None:
    """For an unchecked claim, a decided claim linked to it as the same fact."""
    if claim.status != "unchecked":
        return None
    return next((other for relation, other in linked
                 if relation == "same" and other.status in ("confirmed", "corrected")), None)


def add_claim(store: Store, article_id: int, start: int, end: int, *, value: float | None,
              unit: str | None, qualifier: str | None, kind: str | None) -> Changes:
    """A claim the extractor missed, with the value the editor read in it."""
    added = store.add_claim(article_id, start, end, value=value, unit=unit,
                            qualifier=qualifier, kind=kind)
    return Changes(articles=frozenset({article_id}), counts=frozenset({article_id}),
                   focus=Focus(article_id, added.id))


def delete_claim(store: Store, claim: StoredClaim) -> Changes:
    """Delete a claim an editor added; its links go with it."""
    linked = _articles_linked_to(store, [claim.id])
    store.delete_claim(claim.id, claim.version)
    return _linking(linked | {claim.article_id}, Focus(claim.article_id))


def link(store: Store, claim: StoredClaim, target_id: int, relation: str) -> Changes:
    store.link([claim.id, target_id], relation)
    other = store.claim(target_id)
    return _linking({claim.article_id, other.article_id}, Focus(claim.article_id, claim.id))


def review(store: Store, suggestion: Link, state: str) -> Changes:
    """Accept or dismiss one of the finder's suggestions."""
    store.set_link_state(suggestion.id, suggestion.version, state)
    return _linking(_articles_of(store, suggestion.members))


# --- articles -------------------------------------------------------------------------

def paste(store: Store, name: str, text: str) -> Changes:
    result = store.import_text(name, text)
    assert result.article_id is not None  # a text is stored or import_text raises
    return Changes(listing=True, focus=Focus(result.article_id))


def update_article(store: Store, article_id: int, *, title: str, published: str,
                   edition: int) -> Changes:
    """Correct an article's title, date ("" clears) and edition (0 clears)."""
    article = store.article(article_id)
    store.update_article(article_id, article.version, title=title, published=published,
                         edition=edition)
    return Changes(articles=frozenset({article_id}), counts=frozenset({article_id}),
                   listing=True, focus=Focus(article_id))


def delete_article(store: Store, article_id: int) -> Changes:
    store.delete_article(article_id)
    return EVERYTHING


# --- history --------------------------------------------------------------------------

def undo(store: Store, near: int | None = None) -> Changes:
    """Undo the editor's last action; ``near``: the article open now, where a link's
    claim is looked for first."""
    return _replayed(store, store.undo(), near)


def redo(store: Store, near: int | None = None) -> Changes:
    return _replayed(store, store.redo(), near)


def _replayed(store: Store, event: Event, near: int | None) -> Changes:
    """What an undo or redo changed, with the editor's attention where it happened."""
    if event.action == "skip":
        return Changes(skipped=event)
    return changes_of(store, [event]) | Changes(focus=_focus_of(store, event, near))


def _focus_of(store: Store, event: Event, near: int | None) -> Focus | None:
    if event.entity == "link":  # one of its claims: in the open article if it has one
        places = {_article_of(store, m): m for m in reversed(_members(event))}
        for article_id in (near, event.article_id, *places):
            if article_id in places and article_id is not None:
                return Focus(article_id, places[article_id])
        return None
    if event.article_id is None or not _exists(store.article, event.article_id):
        return None
    if event.entity == "claim":
        claim_id = event.entity_id if _exists(store.claim, event.entity_id) else None
        return Focus(event.article_id, claim_id)
    return Focus(event.article_id)


# --- what changed, from the history ---------------------------------------------------

def changes_since(store: Store, event_id: int) -> Changes:
    """What other windows, workers or commands changed after ``event_id``."""
    events = store.history(after_id=event_id, limit=MANY_EVENTS + 1)
    return EVERYTHING if len(events) > MANY_EVENTS else changes_of(store, events)


def changes_of(store: Store, events: Iterable[Event]) -> Changes:
    changes = Changes()
    for event in events:
        changes = changes | _change_of(store, event)
    return changes


def _change_of(store: Store, event: Event) -> Changes:
    here = frozenset() if event.article_id is None else frozenset({event.article_id})
    if event.action == "skip":
        return Changes()
    if event.entity == "claim":
        if event.before is not None and event.after is not None:  # a decision or a note
            return Changes(claims=frozenset({event.entity_id}), counts=here)
        return _linking(here)  # added or deleted, and its links with it
    if event.entity == "link":
        return _linking(here | _articles_of(store, _members(event)))
    return EVERYTHING  # a whole article came, went or was re-imported; or its title


def _members(event: Event) -> list[int]:
    for state in (event.before, event.after):
        if isinstance(state, dict) and "members" in state:
            return state["members"]
    return []


def _articles_linked_to(store: Store, claim_ids: Iterable[int]) -> set[int]:
    members = {m for claim_id in claim_ids for k in store.links(claim_id=claim_id) for m in k.members}
    return _articles_of(store, members)


def _articles_of(store: Store, claim_ids: Iterable[int]) -> set[int]:
    return {a for a in (_article_of(store, c) for c in claim_ids) if a is not None}


def _article_of(store: Store, claim_id: int) -> int | None:
    try:
        return store.claim(claim_id).article_id
    except NotFoundError:
        return None


def _exists(read, record_id: int) -> bool:
    try:
        read(record_id)
    except NotFoundError:
        return False
    return True
