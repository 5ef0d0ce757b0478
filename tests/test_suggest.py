"""The conflict finder on the real material, through the store and the command: drafts
against the seeds with their answer keys (draft-01 from ../shared/drafts; draft-02 written
here with other kinds of planted errors), and the seeds alone."""

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main
from annotator.store import Store
from annotator.store.records import Correction

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "tests" / "data" / "drafts"


def suggestions(capsys, db, *paths) -> list[dict]:
    assert main(["import", "--db", str(db), *map(str, paths)]) == 0
    capsys.readouterr()
    assert main(["suggest", "--db", str(db), "--format", "jsonl"]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.mark.parametrize("name", ["draft-01", "draft-02"])
def test_a_draft_against_the_seeds(tmp_path, capsys, name):
    key = json.loads((DRAFTS / f"{name}.key.json").read_text(encoding="utf-8"))
    rows = suggestions(capsys, tmp_path / "s.db", ROOT / "seeds", DRAFTS / f"{name}.txt")
    conflicts = [r for r in rows if r["relation"] == "conflict"]
    pairs = {(r["a"]["text"], r["a"]["article"], r["b"]["text"], r["b"]["article"]) for r in conflicts}
    for planted in key["conflicts"]:
        expected = (planted["seed_text"], planted["seed"], planted["draft"], key["draft"])
        assert expected in pairs or expected[2:] + expected[:2] in pairs, planted
    # nothing else is flagged, but a figure planted as an arithmetic error may also
    # contradict what a seed says of it
    internal = {planted["draft"] for planted in key["internal"]}
    keyed = {(p["seed_text"], p["draft"]) for p in key["conflicts"]}
    others = [r for r in conflicts if (r["a"]["text"], r["b"]["text"]) not in keyed
              and (r["b"]["text"], r["a"]["text"]) not in keyed]
    assert all({r["a"]["text"], r["b"]["text"]} & internal for r in others), others

    inconsistent = [r for r in rows if r["relation"] == "inconsistent"]
    assert len(inconsistent) == len(key["internal"])
    for planted in key["internal"]:
        found = next(r for r in inconsistent if r["a"]["text"] == planted["draft"])
        assert sorted(w["text"] for w in found["with"]) == sorted(planted["with"])

    flagged = {side["text"] for r in conflicts for side in (r["a"], r["b"])
               if side["article"] == key["draft"]} | {r["a"]["text"] for r in inconsistent}
    assert not flagged & set(key["consistent"])
    same = {side["text"] for r in rows if r["relation"] == "same" for side in (r["a"], r["b"])
            if side["article"] == key["draft"]}
    assert set(key["consistent"]) <= same - flagged
    # conflicts come first, worst first
    relations = [r["relation"] for r in rows]
    assert relations == sorted(relations, key=["conflict", "inconsistent", "same"].index)


def test_the_seeds_alone_hold_no_conflict_and_group_repeated_targets(tmp_path, capsys):
    rows = suggestions(capsys, tmp_path / "s.db", ROOT / "seeds")
    assert [r for r in rows if r["relation"] != "same"] == []
    repeated = {r["a"]["text"].rstrip("左右") for r in rows if r["relation"] == "same"
                and r["a"]["article"] == r["b"]["article"] == "003_7424df761f98a704.txt"}
    assert {"6%", "8%", "5%", "10%"} <= repeated


def test_suggestions_are_recorded_once_and_dismissed_ones_stay_away(tmp_path, capsys):
    from annotator.store import Store

    db = tmp_path / "s.db"
    first = suggestions(capsys, db, ROOT / "seeds")
    with Store(db, editor="desk") as store:
        stored = store.links(state="suggested")
        assert len(stored) == len(first)
        store.set_link_state(stored[0].id, stored[0].version, "dismissed")
    assert main(["suggest", "--db", str(db), "--format", "jsonl"]) == 0
    again = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(again) == len(first) - 1
    with Store(db, editor="desk") as store:
        assert len(store.links(include_dismissed=True)) == len(first)


def test_table_format_is_readable(tmp_path, capsys):
    suggestions(capsys, tmp_path / "s.db", ROOT / "seeds")
    assert main(["suggest", "--db", str(tmp_path / "s.db"), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "same" in out and "003_7424df761f98a704.txt" in out


@pytest.mark.parametrize("draft", [DRAFTS / "draft-01.txt",
                                   # (a claim in two conflicts pairing left in either order)
                                   ROOT / "tests" / "data" / "blind55" / "drafts" / "draft-s1.txt"])
def test_the_same_store_always_gets_the_same_suggestions(tmp_path, draft):
    """No dependence on set or dict order: Python's hash seed changes every run."""
    probe = (
        "import sys, json\n"
        "from annotator.store import Store\n"
        "from annotator.store.conflicts import find\n"
        "from annotator.paths import seed_files\n"
        "with Store(sys.argv[1], editor='t') as s:\n"
        "    s.import_paths([*seed_files(), sys.argv[2]])\n"
        "    found, _ = find(s)\n"
        "print(json.dumps([[f.relation, f.claim_ids, f.reason, f.score] for f in found]))\n")
    runs = [subprocess.Popen(  # side by side: one each core
        [sys.executable, "-c", probe, str(tmp_path / f"{seed}.db"), str(draft)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONHASHSEED": seed}) for seed in ("1", "2")]
    outputs = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        outputs.append(json.loads(out))
    assert outputs[0] == outputs[1] and len(outputs[0]) > 20


def test_decisions_are_the_finders_input(tmp_path, capsys):
    """A corrected claim is compared by its corrected value, a rejected one not at all,
    and a dismissed suggestion stays dismissed when the finder runs again."""
    db = tmp_path / "s.db"
    rows = suggestions(capsys, db, ROOT / "seeds", DRAFTS / "draft-01.txt")
    texts = {(r["a"]["text"], r["b"]["text"]) for r in rows if r["relation"] == "conflict"}
    assert {("1804列", "1840列"), ("159个", "195个")} <= texts
    with Store(db, editor="amy") as store:
        draft = store.article_id("draft-01.txt")
        by_text = {c.text: c for c in store.claims(draft)}
        store.decide(by_text["1840列"].id, by_text["1840列"].version, "corrected",
                     correction=Correction(1804, "列"))
        store.decide(by_text["195个"].id, by_text["195个"].version, "rejected")
        (scale,) = [k for k in store.links(relation="conflict")
                    if by_text["突破1.2亿元"].id in k.members]
        store.set_link_state(scale.id, scale.version, "dismissed")
    capsys.readouterr()
    assert main(["suggest", "--db", str(db), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    flagged = {side["text"] for r in rows if r["relation"] == "conflict" for side in (r["a"], r["b"])}
    assert not {"1840列", "195个", "突破1.2亿元"} & flagged
    assert {"15天", "725.8亿元"} <= flagged


def test_suggestions_carry_a_code_and_its_params(tmp_path, capsys):
    rows = suggestions(capsys, tmp_path / "s.db", ROOT / "seeds", DRAFTS / "draft-01.txt")
    transposed = next(r for r in rows if {r["a"]["text"], r["b"]["text"]} == {"1804列", "1840列"})
    assert transposed["code"] == "digits_transposed"
    assert {transposed["params"]["a"], transposed["params"]["b"]} == {"1804列", "1840列"}
    assert transposed["params"]["evidence"]["unit"] == "same"
    assert all(r["code"] for r in rows)


def test_similar_lists_the_closest_figures_elsewhere_with_what_agrees(tmp_path, capsys):
    db = tmp_path / "s.db"
    suggestions(capsys, db, ROOT / "seeds", DRAFTS / "draft-01.txt")
    text = (DRAFTS / "draft-01.txt").read_text(encoding="utf-8")
    assert main(["similar", "draft-01.txt", str(text.index("1840列")), "--db", str(db),
                 "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows[0]["claim"]["text"] == "1804列"
    assert rows[0]["claim"]["article"] == "003_7424df761f98a704.txt"
    assert set(rows[0]["agree"]) >= {"entity", "metric", "period", "unit"}
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert main(["similar", "draft-01.txt", "0", "--db", str(db)]) == 1
    assert "no claim at offset 0" in capsys.readouterr().err


def test_similar_on_a_headings_copy_lists_what_the_figure_it_heads_does(tmp_path, capsys):
    """数字一｜近600家 heads the line that tells 近600家 with its words: the heading's copy has
    no fact of its own, and an editor asking about it gets the figure's neighbours."""
    (tmp_path / "a.txt").write_text("江城法院年报\n\n数字一｜近600家\n全市法院今年接收的调解组织近600家，"
                                   "比上年增加120家。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("江城日报\n\n全市法院今年接收的调解组织近600家，比上年增加120家。\n",
                                   encoding="utf-8")
    db = tmp_path / "s.db"
    suggestions(capsys, db, tmp_path / "a.txt", tmp_path / "b.txt")
    text = (tmp_path / "a.txt").read_text(encoding="utf-8")
    rows = []
    for offset in (text.index("近600家"), text.rindex("近600家")):
        assert main(["similar", "a.txt", str(offset), "--db", str(db), "--format", "jsonl"]) == 0
        rows.append([json.loads(line)["claim"] for line in capsys.readouterr().out.splitlines()])
    assert rows[0] == rows[1] != []
    assert rows[0][0]["article"] == "b.txt"


def test_an_articles_date_and_edition_are_corrected_from_the_command_line(tmp_path, capsys):
    db = tmp_path / "s.db"
    suggestions(capsys, db, ROOT / "seeds", DRAFTS / "draft-01.txt")
    assert main(["article", "draft-01.txt", "--db", str(db)]) == 0
    assert "edition: 7" in capsys.readouterr().out
    assert main(["article", "draft-01.txt", "--db", str(db), "--published", "2025-05-24",
                 "--edition", "8", "--editor", "amy"]) == 0
    out = capsys.readouterr().out
    assert "published: 2025-05-24" in out and "edition: 8" in out and "the finder ran again" in out
    with Store(db, editor="amy") as store:
        history = store.history(article_id=store.article_id("draft-01.txt"))
        assert any(e.editor == "amy" and e.entity == "article_info" for e in history)
        article = store.article(store.article_id("draft-01.txt"))
        assert (article.published, article.edition) == ("2025-05-24", 8)
    assert main(["article", "draft-01.txt", "--db", str(db), "--published", "24.5.2025"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_a_pending_suggestion_is_not_exported_as_a_link_until_accepted(tmp_path, capsys):
    db = tmp_path / "s.db"
    suggestions(capsys, db, ROOT / "seeds", DRAFTS / "draft-01.txt")
    out = tmp_path / "claims.csv"

    def linked_of(text):
        assert main(["export", "--db", str(db), "--format", "csv", "-o", str(out),
                     "--article", "draft-01.txt"]) == 0
        rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
        return next(r["linked claims"] for r in rows if r["claim text"] == text)

    assert linked_of("1840列") == ""
    with Store(db, editor="amy") as store:
        claim = next(c for c in store.claims(store.article_id("draft-01.txt")) if c.text == "1840列")
        (link,) = [k for k in store.links(claim_id=claim.id) if k.relation == "conflict"]
        store.set_link_state(link.id, link.version, "accepted")
    assert "1804列" in linked_of("1840列")


def test_check_prints_a_drafts_suggestions_as_a_full_run_finds_them(tmp_path, capsys):
    """Only the draft's facts are compared with the store's, and the answer is the one a
    full run gives for the draft."""
    full = {(r["relation"], r["a"]["text"], r["b"]["text"]) for r in
            suggestions(capsys, tmp_path / "full.db", ROOT / "seeds", DRAFTS / "draft-01.txt")
            if "draft-01.txt" in (r["a"]["article"], r["b"]["article"])}
    db = tmp_path / "check.db"
    assert main(["import", "--db", str(db), str(ROOT / "seeds")]) == 0
    capsys.readouterr()
    assert main(["check", "--db", str(db), "--format", "jsonl", str(DRAFTS / "draft-01.txt")]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert all("draft-01.txt" in (r["a"]["article"], r["b"]["article"]) for r in rows)
    assert {(r["relation"], r["a"]["text"], r["b"]["text"]) for r in rows} == full
    assert sum(r["relation"] == "conflict" for r in rows) == 5
    assert main(["check", "--db", str(db), str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err
