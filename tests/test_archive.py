"""Archives (issue 15): built from folders, JSONL and Parquet, the same rows on a Dask
cluster as in one process, extended with new articles only, and read read-only by
``check --archive``, which finds what a store holding the same articles finds."""

import json
import sqlite3
from pathlib import Path

import pytest

from annotator.archive import sources
from annotator.archive.build import build
from annotator.archive.index import TABLES, Archive
from annotator.archive.rows import article_rows
from annotator.archive.sources import Record
from annotator.cli import main
from annotator.errors import UserError
from annotator.linking.facts import from_row

ROOT = Path(__file__).resolve().parent.parent
SEEDS, DRAFTS = ROOT / "seeds", ROOT / "tests" / "data" / "drafts"


def rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
                for table, order in TABLES.items()}
    finally:
        conn.close()


def jsonl(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


def generated(count: int) -> list[dict]:
    from annotator.bench import generate_articles

    return [{"name": f"gen/{i:04}.txt", "text": text, "published": "2025-05-24", "edition": 8,
             "source": "generated"} for i, text in enumerate(generate_articles(count, size=800, seed=5))]


def checked(capsys, *args) -> list[dict]:
    capsys.readouterr()
    assert main(["check", "--format", "jsonl", *map(str, args)]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_draft_checked_against_an_archive_finds_what_a_store_of_it_finds(tmp_path, capsys):
    archive = tmp_path / "seeds.archive"
    built = build([str(SEEDS)], archive)
    assert (built.added, built.failed) == (5, [])
    assert main(["import", "--db", str(tmp_path / "full.db"), str(SEEDS)]) == 0
    against_store = checked(capsys, DRAFTS / "draft-01.txt", "--db", tmp_path / "full.db")
    before = archive.read_bytes()
    against_archive = checked(capsys, DRAFTS / "draft-01.txt", "--db", tmp_path / "empty.db",
                              "--archive", archive)
    assert archive.read_bytes() == before  # opened read-only, never written
    # the same suggestions (ties in score may come in another order: ids differ)
    assert sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in against_archive) == \
        sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in against_store)
    transposed = {(r["a"]["text"], r["a"]["article"], r["b"]["text"])
                  for r in against_archive if r["code"] == "digits_transposed"}
    assert ("1804列", "003_7424df761f98a704.txt", "1840列") in transposed
    # an archived article the store holds too is judged once, as the store's
    both = checked(capsys, DRAFTS / "draft-01.txt", "--db", tmp_path / "full.db", "--archive", archive)
    assert both == checked(capsys, DRAFTS / "draft-01.txt", "--db", tmp_path / "full.db")


def test_an_archive_is_opened_read_only(tmp_path):
    archive = tmp_path / "seeds.archive"
    build([str(SEEDS)], archive)
    with Archive(archive) as opened:
        assert opened.articles() == 5
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            opened.conn.execute("DELETE FROM articles")
        draft = article_rows(1, Record("draft.txt", (DRAFTS / "draft-01.txt").read_text(encoding="utf-8")))
        facts = opened.facts_near([from_row(json.loads(row)) for _, _, row in draft.facts])
    assert facts and all(f.claim_id < 0 and f.article_id < 0 for f in facts)
    assert "1804列" in {f.claim.text for f in facts}


def test_a_wide_key_is_narrowed_to_the_year_then_the_owner_or_passed_over(tmp_path, monkeypatch):
    """Twelve articles state one figure of one owner and year, twelve of another year:
    past WIDE_KEY facts, a key reads only the checked fact's year; past it still, none."""
    from annotator.archive import index

    texts = [f"2024年，江津班列累计开行18{i:02}列。" for i in range(12)] + \
        [f"2023年，江津班列累计开行17{i:02}列。" for i in range(12)]
    archive = tmp_path / "a.archive"
    build([str(jsonl(tmp_path / "a.jsonl", [{"name": f"{i:02}", "text": t} for i, t in enumerate(texts)]))],
          archive)
    draft = article_rows(1, Record("draft.txt", "2024年，江津班列累计开行1840列。"))
    mine = [from_row(json.loads(row)) for _, _, row in draft.facts]
    with Archive(archive) as opened:
        assert len(opened.facts_near(mine)) == 24
        monkeypatch.setattr(index, "WIDE_KEY", 12)
        assert {f.when.year for f in opened.facts_near(mine)} == {2024}
        monkeypatch.setattr(index, "WIDE_KEY", 11)
        assert opened.facts_near(mine) == []


def test_a_later_build_adds_new_articles_only(tmp_path):
    archive = tmp_path / "a.archive"
    more = jsonl(tmp_path / "more.jsonl", generated(20))
    assert build([str(SEEDS)], archive).added == 5
    first = rows(archive)
    again = build([str(SEEDS), str(more)], archive)
    assert (again.added, again.skipped) == (20, 5)
    after = rows(archive)
    assert after["articles"][:5] == first["articles"]  # kept, ids and all
    assert [a[0] for a in after["articles"][5:]] == list(range(6, 26))
    assert [a[1] for a in after["articles"][5:]] == sorted(a["name"] for a in generated(20))
    assert build([str(more)], archive).added == 0


def test_keys_of_a_build_stopped_half_way_are_filed_by_the_next(tmp_path):
    from annotator.archive.index import Writer

    archive = tmp_path / "a.archive"
    writer = Writer(archive)
    writer.add([article_rows(1, Record("a.txt", "2024年，江津班列累计开行1804列。"))])
    writer.close()  # stopped before ``finish``
    assert rows(archive)["keys"] == []
    Writer(archive).close()
    filed = rows(archive)["keys"]
    assert filed and {key for key, *_ in filed} == {key for key, _ in rows(archive)["key_sizes"]}


def test_jsonl_parts_cut_at_any_byte_read_every_line_once(tmp_path, monkeypatch):
    articles = generated(30)
    path = jsonl(tmp_path / "a.jsonl", articles)
    for block in (1, 2, 97, 4096, 10**9):
        monkeypatch.setattr(sources, "JSONL_BLOCK", block)
        names = [n for part in sources.parts([str(path)]) for n in sources.names(part)]
        assert names == [a["name"] for a in articles], block


def test_records_that_break_the_schema_are_named_and_skipped(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"name": "ok", "text": "全市共有1804家企业。"}\nnot json\n'
                    '{"name": "no-text"}\n{"name": "d", "text": "共5家。", "published": "May"}\n'
                    '{"name": "e", "text": "共5家。", "edition": "8"}\n', encoding="utf-8")
    built = build([str(path)], tmp_path / "a.archive")
    assert built.added == 1 and len(built.failed) == 4
    assert any("at byte" in line and "not JSON" in line for line in built.failed)
    assert any("(d): published must be YYYY-MM-DD" in line for line in built.failed)


def test_two_articles_of_one_name_are_refused(tmp_path):
    one = jsonl(tmp_path / "one.jsonl", [{"name": "a.txt", "text": "共5家。"}])
    with pytest.raises(UserError, match=r"a\.txt"):
        build([str(one), str(one)], tmp_path / "a.archive")


@pytest.mark.slow
def test_archive_build_on_a_local_cluster_from_the_command_line(tmp_path, capsys):
    pytest.importorskip("distributed", reason="Dask is the extra [archive]: pip install -e '.[archive]'")
    out = tmp_path / "seeds.archive"
    assert main(["archive", "build", str(SEEDS), "-o", str(out), "--workers", "1"]) == 0
    assert "5 articles added" in capsys.readouterr().out
    assert main(["archive", "build", str(SEEDS), "-o", str(out), "--workers", "1"]) == 0
    assert "0 articles added" in capsys.readouterr().out and len(rows(out)["articles"]) == 5


@pytest.mark.slow
def test_a_cluster_build_equals_a_single_process_build(tmp_path, monkeypatch):
    """Seeds, JSONL and Parquet on a 2-worker LocalCluster, cut in many parts, give the
    rows one process gives."""
    pytest.importorskip("distributed", reason="Dask is the extra [archive]: pip install -e '.[archive]'")
    from annotator.archive.build import cluster

    pyarrow = pytest.importorskip("pyarrow", reason="Parquet is read by pyarrow, the extra [archive]")
    import pyarrow.parquet as pq

    articles = generated(240)
    inputs = [str(SEEDS), str(jsonl(tmp_path / "a.jsonl", articles[:200]))]
    pq.write_table(pyarrow.Table.from_pylist(articles[200:]), tmp_path / "b.parquet", row_group_size=15)
    inputs.append(str(tmp_path / "b.parquet"))
    monkeypatch.setattr(sources, "JSONL_BLOCK", 32 * 1024)
    monkeypatch.setattr(sources, "FILES_PER_PART", 2)
    single = build(inputs, tmp_path / "single.archive")
    with cluster(None, workers=2, processes=False) as client:
        assert len(client.nthreads()) == 2
        spread = build(inputs, tmp_path / "cluster.archive", client)
    assert (spread.added, spread.claims, spread.failed) == (single.added, single.claims, []) == \
        (245, single.claims, [])
    assert rows(tmp_path / "cluster.archive") == rows(tmp_path / "single.archive")
