"""Decisions, notes, added claims, links and article edits, and their undo and redo."""

from __future__ import annotations

import pytest
from test_store_support import SEED_000, SEED_003, SEED_004, first_claim

from annotator.store import (
    Correction,
    InvalidInputError,
    NothingToUndoError,
    StaleError,
    Store,
    Suggestion,
)


def test_a_decision_records_who_when_and_a_new_version(seeded):
    claim = first_claim(seeded, SEED_003, "1804列")
    decided = seeded.decide(claim.id, claim.version, "confirmed", note="对过统计公报",
                            evidence="https://example.org/gongbao")
    assert (decided.status, decided.decided_by, decided.version) == ("confirmed", "amy",
                                                                      claim.version + 1)
    assert decided.decided_at and decided.note == "对过统计公报"
    event = seeded.history(claim_id=claim.id)[-1]
    assert (event.action, event.editor, event.before["status"], event.after["status"]) == (
        "decide", "amy", "unchecked", "confirmed")


def test_a_decision_on_a_claim_changed_since_it_was_loaded_is_refused(seeded_path):
    with Store(seeded_path, editor="amy") as amy, Store(seeded_path, editor="bob") as bob:
        loaded_by_amy = first_claim(amy, SEED_003, "1804列")
        loaded_by_bob = bob.claim(loaded_by_amy.id)
        bob.decide(loaded_by_bob.id, loaded_by_bob.version, "corrected",
                   correction=Correction(1840, "列"))
        with pytest.raises(StaleError, match="changed by bob since you loaded it"):
            amy.decide(loaded_by_amy.id, loaded_by_amy.version, "confirmed")
        kept = amy.claim(loaded_by_amy.id)
    assert (kept.status, kept.corrected_value, kept.decided_by) == ("corrected", 1840, "bob")


def test_a_correction_must_come_with_corrected_and_be_valid(seeded):
    claim = seeded.claims(1)[0]
    with pytest.raises(InvalidInputError, match="correction"):
        seeded.decide(claim.id, claim.version, "corrected")
    with pytest.raises(InvalidInputError, match="not a number"):
        seeded.decide(claim.id, claim.version, "corrected", correction=Correction("很多"))
    with pytest.raises(InvalidInputError, match="unknown qualifier"):
        seeded.decide(claim.id, claim.version, "corrected", correction=Correction(5, "个", "roughly"))
    with pytest.raises(InvalidInputError, match="unknown status"):
        seeded.decide(claim.id, claim.version, "approved")
    assert seeded.claim(claim.id).version == claim.version  # nothing written
    fixed = seeded.decide(claim.id, claim.version, "corrected", correction=Correction(55, "个", "about"))
    assert fixed.correction == Correction(55.0, "个", "about")


def test_a_note_is_kept_unless_cleared(seeded):
    claim = seeded.claims(1)[0]
    noted = seeded.annotate(claim.id, claim.version, note="待查", evidence="http://x.cn/1")
    decided = seeded.decide(noted.id, noted.version, "confirmed")
    assert (decided.note, decided.evidence) == ("待查", "http://x.cn/1")
    cleared = seeded.annotate(decided.id, decided.version, note="")
    assert (cleared.note, cleared.evidence) == (None, "http://x.cn/1")


def test_an_editor_adds_a_missed_claim_and_may_delete_only_such_claims(seeded):
    article = seeded.article(seeded.article_id(SEED_000))
    start = article.text.index("西部陆海新通道")  # not a figure: the editor's call
    added = seeded.add_claim(article.id, start, start + 7, value=1, kind="amount")
    assert (added.origin, added.text, added.value) == ("editor", "西部陆海新通道", 1)
    assert added.id in [c.id for c in seeded.claims(article.id)]
    figure = article.text.index("2215.5亿元")
    with pytest.raises(InvalidInputError, match="already a claim"):
        seeded.add_claim(article.id, figure, figure + 8)
    extracted = first_claim(seeded, SEED_000, "2215.5亿元")
    with pytest.raises(InvalidInputError, match="only a claim an editor added"):
        seeded.delete_claim(extracted.id, extracted.version)
    seeded.delete_claim(added.id, added.version)
    assert added.id not in [c.id for c in seeded.claims(article.id)]


def test_an_added_claim_reads_its_value_from_the_selected_text(seeded):
    article = seeded.article(seeded.article_id(SEED_000))
    text = article.text
    pos = text.index("2215.5亿元")  # the number alone, without its unit
    added = seeded.add_claim(article.id, pos, pos + 6)
    assert (added.text, added.value, added.unit) == ("2215.5", 2215.5, None)
    with pytest.raises(InvalidInputError, match="not inside the article"):
        seeded.add_claim(article.id, len(text) - 1, len(text) + 5)


def test_links_join_claims_across_articles_and_dismissed_suggestions_stay_away(seeded):
    a = first_claim(seeded, SEED_003, "1804列")
    b = first_claim(seeded, SEED_000, "2215.5亿元")
    c = first_claim(seeded, SEED_004, seeded.claims(seeded.article_id(SEED_004))[0].text)
    link = seeded.link([a.id, b.id], "related", reason="同一通道")
    assert (link.origin, link.state, link.members) == ("editor", "accepted", tuple(sorted((a.id, b.id))))
    added = seeded.suggest([Suggestion("conflict", (a.id, c.id), "digits transposed?", 0.9),
                            Suggestion("same", (b.id, a.id), "already linked", 0.5)])
    assert len(added) == 1  # the set {a, b} is linked already
    suggested = seeded.link_by_id(added[0])
    dismissed = seeded.set_link_state(suggested.id, suggested.version, "dismissed")
    assert dismissed.decided_by == "amy"
    assert seeded.suggest([Suggestion("conflict", (c.id, a.id), "again", 0.95)]) == []
    assert [k.id for k in seeded.links(claim_id=a.id)] == [link.id]
    assert {k.id for k in seeded.links(claim_id=a.id, include_dismissed=True)} == {link.id, suggested.id}


def test_open_conflicts_count_until_the_claim_is_decided(seeded):
    a = first_claim(seeded, SEED_003, "1804列")
    b = first_claim(seeded, SEED_000, "2215.5亿元")
    seeded.suggest([Suggestion("conflict", (a.id, b.id), "test", 0.8)])
    assert seeded.article_stats(seeded.article_id(SEED_003)).open_conflicts == 1
    seeded.decide(a.id, a.version, "corrected", correction=Correction(1840, "列"))
    assert seeded.article_stats(seeded.article_id(SEED_003)).open_conflicts == 0
    assert seeded.article_stats(seeded.article_id(SEED_000)).open_conflicts == 1


def test_undo_and_redo_walk_back_across_articles(seeded):
    a = first_claim(seeded, SEED_003, "1804列")
    b = first_claim(seeded, SEED_000, "2215.5亿元")
    seeded.decide(a.id, a.version, "confirmed")
    seeded.decide(b.id, b.version, "rejected")
    assert seeded.undo_target().entity_id == b.id
    seeded.undo()
    assert seeded.claim(b.id).status == "unchecked"
    assert seeded.claim(a.id).status == "confirmed"
    seeded.undo()
    assert seeded.claim(a.id).status == "unchecked"
    with pytest.raises(NothingToUndoError):
        seeded.undo()  # the seeds were imported by "seed", not by amy
    seeded.redo()
    assert seeded.claim(a.id).status == "confirmed"
    seeded.redo()
    assert seeded.claim(b.id).status == "rejected"
    with pytest.raises(NothingToUndoError):
        seeded.redo()


def test_undo_works_after_the_store_is_reopened(seeded_path):
    with Store(seeded_path, editor="amy") as store:
        claim = store.claims(2)[3]
        store.decide(claim.id, claim.version, "corrected", correction=Correction(7, "家"),
                     note="见公报")
    with Store(seeded_path, editor="amy") as store:
        undone = store.undo()
        assert undone.undoes is not None
        assert (store.claim(claim.id).status, store.claim(claim.id).note) == ("unchecked", None)
    with Store(seeded_path, editor="amy") as store:
        store.redo()
        assert store.claim(claim.id).correction == Correction(7, "家", "exact")


def test_undo_undoes_only_the_editors_own_actions(seeded_path):
    with Store(seeded_path, editor="amy") as amy, Store(seeded_path, editor="bob") as bob:
        a, b = amy.claims(1)[:2]
        amy.decide(a.id, a.version, "confirmed")
        bob.decide(b.id, b.version, "confirmed")
        amy.undo()
        assert amy.claim(a.id).status == "unchecked"
        assert amy.claim(b.id).status == "confirmed"


def test_undo_skips_a_colleagues_later_decision_and_goes_on(seeded_path):
    with Store(seeded_path, editor="amy") as amy, Store(seeded_path, editor="bob") as bob:
        earlier, claim = amy.claims(1)[:2]
        amy.decide(earlier.id, earlier.version, "confirmed")
        amy.decide(claim.id, claim.version, "confirmed")
        fresh = bob.claim(claim.id)
        bob.decide(fresh.id, fresh.version, "rejected")
        skipped = amy.undo()
        assert (skipped.action, skipped.entity_id) == ("skip", claim.id)
        assert amy.claim(claim.id).status == "rejected"  # never overwritten
        assert amy.undo().action == "undo"  # not stuck: on to the action before it
        assert amy.claim(earlier.id).status == "unchecked"
        assert amy.redo().entity_id == earlier.id
        with pytest.raises(NothingToUndoError):
            amy.redo()  # a skip is nothing to redo
    with Store(seeded_path, editor="amy") as amy:  # after a restart too
        assert amy.undo_target().entity_id == earlier.id


def test_undo_that_cannot_be_put_back_is_skipped(seeded_path):
    with Store(seeded_path, editor="amy") as amy, Store(seeded_path, editor="bob") as bob:
        amy.delete_article(amy.article_id(SEED_000))
        bob.import_text(SEED_000, "另一篇同名稿件：全年产值达5亿元。")  # takes its name
        assert amy.undo().action == "skip"
        assert amy.article(amy.article_id(SEED_000)).text.startswith("另一篇")
        with pytest.raises(NothingToUndoError):
            amy.undo()


def test_a_new_action_after_undo_clears_redo(seeded):
    a, b = seeded.claims(1)[:2]
    seeded.decide(a.id, a.version, "confirmed")
    seeded.undo()
    seeded.decide(b.id, b.version, "confirmed")
    assert seeded.redo_target() is None
    with pytest.raises(NothingToUndoError):
        seeded.redo()


def test_deleting_an_article_takes_its_claims_and_links_and_undo_restores_them(seeded):
    article_id = seeded.article_id(SEED_003)
    a = first_claim(seeded, SEED_003, "1804列")
    b = first_claim(seeded, SEED_000, "2215.5亿元")
    seeded.decide(a.id, a.version, "confirmed", note="核实")
    link = seeded.link([a.id, b.id], "related")
    claims_before = seeded.claims(article_id)
    seeded.delete_article(article_id)
    assert SEED_003 not in [s.name for s in seeded.articles()]
    assert seeded.links(claim_id=b.id) == []
    assert seeded.search("1804列") == []
    seeded.undo()
    restored = seeded.claims(article_id)
    assert [(c.id, c.text, c.status, c.note) for c in restored] == [
        (c.id, c.text, c.status, c.note) for c in claims_before]
    assert [k.id for k in seeded.links(claim_id=b.id)] == [link.id]
    assert seeded.search("1804列")[0].article_id == article_id
    seeded.redo()
    assert SEED_003 not in [s.name for s in seeded.articles()]


def test_article_date_and_edition_are_editable_and_undoable(seeded):
    article = seeded.article(seeded.article_id(SEED_000))
    assert (article.published, article.edition) == ("2025-05-24", 8)
    edited = seeded.update_article(article.id, article.version, published="2025-05-25")
    assert (edited.published, edited.edition) == ("2025-05-25", 8)
    with pytest.raises(InvalidInputError, match="not a date"):
        seeded.update_article(article.id, edited.version, published="5月25日")
    with pytest.raises(StaleError):
        seeded.update_article(article.id, article.version, edition=7)
    seeded.undo()
    assert seeded.article(article.id).published == "2025-05-24"


def test_an_import_stays_undoable_after_the_finder_ran(tmp_path):
    from annotator.store import conflicts

    with Store(tmp_path / "store.db", editor="amy") as store:
        store.import_text("甲.txt", "今年一季度，重庆外贸进出口总值达2215.5亿元。")
        store.import_text("乙.txt", "今年一季度，重庆外贸进出口总值达2251.5亿元。")
        found, _claims = conflicts.record(store)
        assert found  # the two figures now share a suggested link
    with Store(tmp_path / "store.db", editor="amy") as store:  # and after a restart
        assert store.undo().action == "undo"
        assert [a.name for a in store.articles()] == ["甲.txt"]
        assert store.undo().action == "undo"
        assert store.articles() == []


def test_undo_of_an_import_removes_the_article(tmp_path):
    with Store(tmp_path / "store.db", editor="amy") as store:
        result = store.import_text("快讯.txt", "今年一季度，重庆外贸进出口总值达2215.5亿元。")
        assert result.status == "new" and result.claims == 1
        store.undo()
        assert store.articles() == []
        store.redo()
        assert [a.name for a in store.articles()] == ["快讯.txt"]
