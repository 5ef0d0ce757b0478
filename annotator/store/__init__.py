"""The claim store: articles, claims, decisions, links and their history in one SQLite file.

No Qt here: the app, the commands and the tests all go through ``Store``.
"""

from annotator.linking import Suggestion
from annotator.store.errors import (
    InvalidInputError,
    NewerStoreError,
    NotAStoreError,
    NotFoundError,
    NothingToUndoError,
    StaleError,
    StoreBusyError,
    StoreCorruptError,
    StoreError,
)
from annotator.store.records import (
    Article,
    ArticleStats,
    Correction,
    Event,
    ImportResult,
    Link,
    SearchHit,
    StoredClaim,
)
from annotator.store.store import Store

__all__ = [
    "Article", "ArticleStats", "Correction", "Event", "ImportResult", "InvalidInputError",
    "Link", "NewerStoreError", "NotAStoreError", "NotFoundError", "NothingToUndoError",
    "SearchHit", "StaleError", "Store", "StoreBusyError", "StoreCorruptError", "StoreError",
    "StoredClaim",
    "Suggestion",
]
