"""EXTRACTOR_VERSION means something: it is stored with every claim and exported, so the
extractor's output on the seeds may change only with a new version. The snapshot is
rewritten by ``dev/extractor_snapshot.py`` (after a bump); this test never writes."""

import importlib.util
import json
from pathlib import Path

from annotator.extract import EXTRACTOR_VERSION

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOT = json.loads((ROOT / "tests" / "data" / "extractor-snapshot.json").read_text(encoding="utf-8"))


def current_output():
    spec = importlib.util.spec_from_file_location("snapshot", ROOT / "dev" / "extractor_snapshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.output()


def test_the_seeds_output_changes_only_with_a_new_version():
    if SNAPSHOT["version"] == EXTRACTOR_VERSION:
        assert current_output() == SNAPSHOT["claims"], ("the extractor's output on the seeds changed but EXTRACTOR_VERSION did "
                      "not: bump it, then run dev/extractor_snapshot.py")
    else:
        raise AssertionError(f"EXTRACTOR_VERSION is {EXTRACTOR_VERSION} but the snapshot was "
                             f"taken under {SNAPSHOT['version']}: run dev/extractor_snapshot.py")
