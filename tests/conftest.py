import functools
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

# Qt needs no display in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from annotator.paths import seed_files
from annotator.store import Store

# --- a store holding the seeds -------------------------------------------------------
# Importing the seeds takes a few hundred milliseconds, so it is done once per test run
# into a template file that each test copies.

@functools.cache
def _seeded_template(folder: str) -> Path:
    path = Path(folder) / "seeded.db"
    with Store(path, editor="seed") as store:
        store.import_paths([seed_files()[0].parent])
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
