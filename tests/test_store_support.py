"""Names and lookups the store tests share (this module holds no tests of its own;
the fixtures are in conftest.py)."""

from __future__ import annotations

from annotator.paths import seed_files
from annotator.store import Store

SEEDS = seed_files()
SEED_DIR = SEEDS[0].parent


def article_named(store: Store, name: str):
    return store.article(store.article_id(name))


def first_claim(store: Store, name: str, text: str):
    """The first claim of article ``name`` whose text is ``text``."""
    return next(c for c in store.claims(store.article_id(name)) if c.text == text)


SEED_000 = "000_4e15f01b3ac168bd.txt"
SEED_003 = "003_7424df761f98a704.txt"
SEED_004 = "004_ad931e7ed8f77a5c.txt"
