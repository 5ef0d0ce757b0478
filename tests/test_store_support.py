"""Helpers the store tests share (this module holds no tests of its own).

Importing the seeds takes a few hundred milliseconds, so it is done once per test run
into a template file that each test copies.
"""

from __future__ import annotations

import functools
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotator.paths import seed_files
from annotator.store import Store

SEEDS = seed_files()
SEED_DIR = SEEDS[0].parent


@functools.cache
def _seeded_template(folder: str) -> Path:
    path = Path(folder) / "seeded.db"
    with Store(path, editor="seed") as store:
        store.import_paths([SEED_DIR])
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file: copyable
    conn.close()
    return path


@pytest.fixture
def seeded_path(tmp_path_factory, tmp_path) -> Path:
    """A store file holding the five seeds, private to the test."""
    template = _seeded_template(str(tmp_path_factory.getbasetemp()))
    path = tmp_path / "seeded.db"
    shutil.copy(template, path)
    return path


@pytest.fixture
def seeded(seeded_path):
    with Store(seeded_path, editor="amy") as store:
        yield store


def article_named(store: Store, name: str):
    return store.article(store.article_id(name))


def first_claim(store: Store, name: str, text: str):
    """The first claim of article ``name`` whose text is ``text``."""
    return next(c for c in store.claims(store.article_id(name)) if c.text == text)


SEED_000 = "000_4e15f01b3ac168bd.txt"
SEED_003 = "003_7424df761f98a704.txt"
SEED_004 = "004_ad931e7ed8f77a5c.txt"
