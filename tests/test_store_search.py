"""Full-text search in Chinese: one, two and more characters, notes, and index upkeep."""

from __future__ import annotations

from test_store_support import SEED_000, SEED_003, SEEDS, first_claim

from annotator.textio import read_text

TEXTS = {p.name: read_text(p) for p in SEEDS}


def _places(hits):
    return {(h.article_name, h.start, h.end) for h in hits}


def _expected(query):
    """Every occurrence of ``query`` in the seeds, found the slow, obvious way."""
    return {(name, i, i + len(query)) for name, text in TEXTS.items()
            for i in range(len(text)) if text.startswith(query, i)}


def test_one_character_finds_every_place(seeded):
    hits = seeded.search("渝", limit=10_000)
    assert _places(hits) == _expected("渝") and hits
    assert all(TEXTS[h.article_name][h.start:h.end] == "渝" for h in hits)


def test_two_characters_find_every_place(seeded):
    assert _places(seeded.search("江津", limit=10_000)) == _expected("江津")


def test_three_or_more_characters_use_the_index_and_find_every_place(seeded):
    assert _places(seeded.search("进出口", limit=10_000)) == _expected("进出口")
    assert _places(seeded.search("西部陆海新通道", limit=10_000)) == _expected("西部陆海新通道")


def test_a_hit_inside_a_claim_names_the_claim(seeded):
    claim = first_claim(seeded, SEED_003, "1804列")
    [hit] = seeded.search("1804")
    assert (hit.article_name, hit.claim_id) == (SEED_003, claim.id)
    assert "1804" in hit.snippet


def test_absent_text_and_quotes_find_nothing_without_error(seeded):
    assert seeded.search("火星基地") == []
    assert seeded.search('"重庆') == []
    assert seeded.search("   ") == []


def test_notes_are_searched_too(seeded):
    claim = first_claim(seeded, SEED_000, "2215.5亿元")
    seeded.annotate(claim.id, claim.version, note="与海关月报核对一致")
    [hit] = seeded.search("海关月报")
    assert (hit.claim_id, hit.article_name) == (claim.id, SEED_000)


def test_the_index_follows_a_reimport(seeded):
    name = "快讯.txt"
    seeded.import_text(name, "渝新欧班列今年开行五千列。")
    assert name in {h.article_name for h in seeded.search("渝新欧")}
    seeded.import_text(name, "中欧班列今年开行五千列。")
    assert name not in {h.article_name for h in seeded.search("渝新欧")}
    assert name in {h.article_name for h in seeded.search("中欧班列")}
