"""The finder's full run over a store, as ``bench --only linking`` measures it, runs end to
end at a small size and prints its figures."""

from __future__ import annotations

import re
import tempfile

from annotator.store import finder_bench


def test_the_full_run_over_a_store_prints_its_figures(monkeypatch, tmp_path):
    # what is printed is under test, not the figures: a store smaller than --quick's, built
    # in a folder of the test's own
    monkeypatch.setattr(finder_bench, "QUICK_CLAIMS", 1_500)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    lines: list[str] = []
    finder_bench.run(quick=True, report=lines.append)
    assert re.fullmatch(r"linking: store ready in \d+ s \(.*check-1500-1200-.*\.db\)", lines[0])
    found = re.fullmatch(r"linking: a full run over a store of ([\d,]+) articles \(([\d,]+) claims\) "
                         r"in [\d.]+ s, ([\d,]+) suggestions; peak memory [\d,]+ MB", lines[1])
    assert found, lines[1]
    articles, claims, suggestions = (int(n.replace(",", "")) for n in found.groups())
    assert 100 < articles < claims and claims >= 1_500 and suggestions > 0
    assert re.fullmatch(r"linking: of the run, reading facts a head at a time [\d.]+ s, an article "
                        r"at a time [\d.]+ s, naming the claims [\d.]+ s, the rest \(judging\) "
                        r"-?[\d.]+ s; CPU [\d.]+ s", lines[2]), lines[2]
