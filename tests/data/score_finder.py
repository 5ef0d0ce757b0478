"""Score a finder set (drafts/ with keys, unrelated/) through the real store and command
line. Usage: score_finder.py SET_FOLDER ANNOTATOR_BIN [-v]"""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

here, bin_ = Path(sys.argv[1]).resolve(), sys.argv[2]
verbose = "-v" in sys.argv
seeds = str(Path(__file__).resolve().parent.parent.parent / "seeds")


def suggest(paths):
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, ANNOTATOR_DB=f"{tmp}/s.db")
        subprocess.run([bin_, "import", seeds, *map(str, paths)], env=env, check=True, capture_output=True)
        out = subprocess.run([bin_, "suggest", "--format", "jsonl"], env=env, check=True,
                             capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def told(s):
    """The figures an inconsistency names: which of a sum's parts is wrong, no one knows."""
    return {x["text"] for x in (s["a"], s["b"], *s.get("with", []))}


total_c = hit_c = total_i = hit_i = fa = 0
for key_path in sorted((here / "drafts").glob("*.key.json")):
    key = json.loads(key_path.read_text())
    draft = key["draft"]
    found = suggest([here / "drafts" / draft])
    alarms = [s for s in found if s["relation"] in ("conflict", "inconsistent")
              and draft in (s["a"]["article"], s["b"]["article"])]
    planted = {c["draft"] for c in key["conflicts"]} | {c["draft"] for c in key.get("internal", [])}
    for c in key["conflicts"]:
        total_c += 1
        ok = any(s["relation"] == "conflict" and {(s["a"]["article"], s["a"]["text"]), (s["b"]["article"], s["b"]["text"])}
                 == {(draft, c["draft"]), (c["seed"], c["seed_text"])} for s in alarms)
        hit_c += ok
        verbose and print(f"  {'HIT ' if ok else 'MISS'} {draft} {c['draft']} vs {c['seed_text']} ({c.get('kind')})")
    for c in key.get("internal", []):
        total_i += 1
        ok = any(s["relation"] == "inconsistent" and c["draft"] in told(s) for s in alarms)
        hit_i += ok
        verbose and print(f"  {'HIT ' if ok else 'MISS'} {draft} internal {c['draft']} ({c.get('kind')})")
    for s in alarms:
        side = s["a"] if s["a"]["article"] == draft else s["b"]
        if side["text"] not in planted and not (s["relation"] == "inconsistent" and told(s) & planted):
            fa += 1
            verbose and print(f"  FALSE {draft} {s['relation']} {s['a']['article'][:8]}:{s['a']['text']} / {s['b']['article'][:8]}:{s['b']['text']} {s.get('reason','')[:80]}")
unrelated = sorted((here / "unrelated").glob("*.txt"))
found = suggest(unrelated)
names = {p.name for p in unrelated}
ufa = [s for s in found if s["relation"] in ("conflict", "inconsistent")
       and (s["a"]["article"] in names or s["b"]["article"] in names)]
for s in ufa:
    verbose and print(f"  UNRELATED-FALSE {s['relation']} {s['a']['article']}:{s['a']['text']} / {s['b']['article']}:{s['b']['text']} {s.get('reason','')[:80]}")
print(f"drafts: conflicts paired {hit_c}/{total_c} = {hit_c/max(total_c,1):.2f}; arithmetic {hit_i}/{total_i}; false alarms {fa}")
print(f"unrelated ({len(unrelated)} articles): false alarms {len(ufa)}")
