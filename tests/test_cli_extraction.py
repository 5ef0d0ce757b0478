"""The extraction commands as a user runs them: output keys, readable tables, errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_4e15f01b3ac168bd.txt"
GUIDE_KEYS = {"start", "end", "text", "value", "value_high", "unit", "qualifier", "kind"}


def test_extract_jsonl_has_the_guide_keys_sorted_by_start(capsys):
    assert main(["extract", str(SEED), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) >= 20
    assert all(GUIDE_KEYS <= row.keys() for row in rows)
    assert [r["start"] for r in rows] == sorted(r["start"] for r in rows)
    first = next(r for r in rows if r["text"] == "2215.5亿元")
    assert (first["value"], first["unit"], first["metric"], first["period"]) == (
        221550000000, "元", "外贸进出口总值", "今年一季度")


def test_extract_table_is_readable(capsys):
    assert main(["extract", str(SEED), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "近1400家" in out and "nearly" in out


def test_eval_json_keys_and_figures(capsys):
    assert main(["eval", "--gold", str(ROOT / "tests/data/gold"), "--articles", str(ROOT / "seeds"),
                 "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {"precision", "recall", "f1", "value_acc", "qualifier_acc", "kind_acc", "exact_span",
            "gold", "predicted", "matched", "articles"} <= result.keys()
    assert len(result["articles"]) == 5
    assert result["f1"] >= 0.95


def test_eval_readable_lists_misses_and_ends_with_the_totals(tmp_path, capsys):
    gold, articles = tmp_path / "gold", tmp_path / "articles"
    gold.mkdir(), articles.mkdir()
    (articles / "a.txt").write_text("总投资达52亿元，吸引了上百家企业。", encoding="utf-8")
    rows = [{"start": 3, "end": 8, "text": "52亿元", "value": 5.2e9, "value_high": None, "unit": "元",
             "qualifier": "exact", "kind": "amount", "optional": False},
            {"start": 0, "end": 2, "text": "总投", "value": 1, "value_high": None, "unit": None,
             "qualifier": "exact", "kind": "amount", "optional": False}]
    (gold / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows),
                                  encoding="utf-8")
    assert main(["eval", "--gold", str(gold), "--articles", str(articles)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert any("missed" in line and "总投" in line for line in lines)
    assert any("false alarm" in line and "上百家" in line for line in lines)
    assert lines[-1].startswith("total:")
    assert "matched 1" in lines[-1]


def run_cli(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "annotator", *args], capture_output=True,
                          text=True, **kwargs)


@pytest.mark.parametrize("content", [None, b"\x81\x30\x81" * 3 + b"\xff\xff\x00\x00abc"])
def test_a_missing_or_undecodable_file_is_one_line_and_exit_1(tmp_path, content):
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    result = run_cli("extract", str(path))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "article.txt" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_usage_exits_2():
    assert run_cli("extract").returncode == 2


@pytest.mark.slow  # the load figure starts five fresh programs; extraction reads 40 articles 4 times
def test_bench_prints_its_figures():
    result = run_cli("bench", "--quick", "--only", "extraction")
    assert result.returncode == 0, result.stderr
    assert "characters/s" in result.stdout
    assert "load:" in result.stdout
