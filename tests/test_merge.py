"""The three-way merge: one test per row of the table in generator/merge.py."""

from __future__ import annotations

from typing import Any

from generator.merge import merge_sheets


def person(name: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "title": None, "evidence": {"text": f"{name} spoke.", "start": 0, "end": 9}, **extra}


def sheet(*people: dict[str, Any], title: str = "Story", sha: str = "a") -> dict[str, Any]:
    return {
        "schema": 1,
        "extractor": "1",
        "article": {"id": "story", "title": title, "sha256": sha},
        "people": list(people),
        "related_headlines": [],
    }


def people(result: Any) -> list[dict[str, Any]]:
    return result.sheet["people"]


def test_untouched_fact_follows_the_machine() -> None:
    result = merge_sheets(sheet(person("Ali")), sheet(person("Ali")), sheet(person("Ali", title="General")))
    assert people(result) == [person("Ali", title="General")]
    assert (result.new, result.changed, result.removed) == (0, 0, 0)


def test_reviewer_edit_stands_when_machine_output_is_unchanged() -> None:
    edited = person("Ali", title="Colonel", reviewed=True)
    result = merge_sheets(sheet(person("Ali")), sheet(edited), sheet(person("Ali")))
    assert people(result) == [edited]


def test_edit_under_a_changed_machine_fact_is_flagged_with_both_versions() -> None:
    edited = person("Ali", title="Colonel")
    result = merge_sheets(sheet(person("Ali")), sheet(edited), sheet(person("Ali", title="General")))
    assert people(result) == [{**edited, "review": "changed", "machine": person("Ali", title="General")}]
    assert result.changed == 1


def test_machine_agreeing_with_the_edit_is_not_a_conflict() -> None:
    edited = person("Ali", title="General")
    result = merge_sheets(sheet(person("Ali")), sheet(edited), sheet(person("Ali", title="General")))
    assert people(result) == [edited]
    assert result.changed == 0


def test_unedited_fact_the_machine_no_longer_finds_is_dropped() -> None:
    result = merge_sheets(sheet(person("Ali"), person("Bo")), sheet(person("Ali"), person("Bo")), sheet(person("Ali")))
    assert people(result) == [person("Ali")]


def test_edited_fact_the_machine_no_longer_finds_is_kept_and_flagged() -> None:
    edited = person("Bo", title="Mayor")
    result = merge_sheets(sheet(person("Ali"), person("Bo")), sheet(person("Ali"), edited), sheet(person("Ali")))
    assert people(result) == [person("Ali"), {**edited, "review": "removed"}]
    assert result.removed == 1


def test_deletion_is_an_edit_that_sticks() -> None:
    result = merge_sheets(
        sheet(person("Ali"), person("Bo")), sheet(person("Ali")), sheet(person("Ali"), person("Bo", title="X"))
    )
    assert people(result) == [person("Ali")]


def test_fact_added_by_hand_is_kept() -> None:
    added = {"name": "Chad Diallo", "evidence": "Added by hand."}
    result = merge_sheets(sheet(person("Ali")), sheet(person("Ali"), added), sheet(person("Ali")))
    assert people(result) == [person("Ali"), added]


def test_renamed_fact_reads_as_delete_plus_add() -> None:
    renamed = person("Ali Touré")
    result = merge_sheets(sheet(person("Ali Kone")), sheet(renamed), sheet(person("Ali Kone", title="General")))
    assert people(result) == [renamed]


def test_accent_fix_is_an_edit_of_the_same_fact() -> None:
    fixed = person("Ali Koné")
    result = merge_sheets(sheet(person("Ali Kone")), sheet(fixed), sheet(person("Ali Kone", title="General")))
    assert people(result) == [{**fixed, "review": "changed", "machine": person("Ali Kone", title="General")}]


def test_new_machine_fact_is_marked_new_and_marks_do_not_count_as_edits() -> None:
    first = merge_sheets(sheet(person("Ali")), sheet(person("Ali")), sheet(person("Ali"), person("Bo")))
    assert people(first) == [person("Ali"), {**person("Bo"), "review": "new"}]
    assert first.new == 1
    # Next extraction: the machine updates Bo; the unreviewed mark stays, the update goes through.
    second = merge_sheets(
        sheet(person("Ali"), person("Bo")), first.sheet, sheet(person("Ali"), person("Bo", title="Mayor"))
    )
    assert people(second) == [person("Ali"), {**person("Bo", title="Mayor"), "review": "new"}]


def test_without_a_base_everything_in_the_sheet_counts_as_human() -> None:
    result = merge_sheets(None, sheet(person("Ali", title="Colonel")), sheet(person("Ali"), person("Bo")))
    assert people(result) == [person("Ali", title="Colonel"), {**person("Bo"), "review": "new"}]


def test_names_match_across_case_and_accents() -> None:
    result = merge_sheets(sheet(person("Assimi Goïta")), sheet(person("Assimi Goïta")), sheet(person("ASSIMI GOITA")))
    assert people(result) == [person("ASSIMI GOITA")]


def test_article_corrections_stand_and_the_hash_follows_the_machine() -> None:
    result = merge_sheets(sheet(), sheet(title="Corrected title"), sheet(title="Machine title", sha="b"))
    assert result.sheet["article"] == {"id": "story", "title": "Corrected title", "sha256": "b"}


def test_repeated_keys_are_all_kept() -> None:
    twice = [person("Ali"), person("Ali")]
    result = merge_sheets(sheet(*twice), sheet(*twice), sheet(*twice))
    assert people(result) == twice


def grouped(reprint_of: str | None, reprints: list[str] | None = None) -> dict[str, Any]:
    out = sheet(person("Ali"))
    out["article"] = {**out["article"], "reprint_of": reprint_of, "reprints": reprints or []}
    return out


def test_a_new_reprint_group_follows_the_machine() -> None:
    result = merge_sheets(grouped(None), grouped(None), grouped("wire"))
    assert result.sheet["article"]["reprint_of"] == "wire"


def test_a_reviewer_who_says_not_a_reprint_is_never_overruled() -> None:
    result = merge_sheets(grouped("wire"), grouped(None), grouped("other-wire"))
    assert result.sheet["article"]["reprint_of"] is None
    assert people(result) == [person("Ali")]
