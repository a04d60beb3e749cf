"""Audit rows read as plain sentences in both languages, and as JSON for the command line."""

from __future__ import annotations

from datetime import UTC, datetime

from impactapp.domain.history import entry_to_data, history_entry

AT = datetime(2026, 3, 12, 9, 15, tzinfo=UTC)


def test_an_import_names_its_file_and_hash_and_a_plain_creation_does_not():
    detail = {"status": "draft", "imported_from": "sak.yaml", "file_sha256": "0f" * 32}
    imported = history_entry(AT, "kari", "create", detail)
    assert imported.kind == "import"
    assert imported.summary.nb == "Importert som utkast"
    assert [line.en for line in imported.lines] == [f"imported from sak.yaml (SHA-256 {'0f' * 32})"]
    created = history_entry(AT, "kari", "create", {"status": "draft"})
    assert (created.kind, created.summary.en, created.lines) == ("create", "Created as draft", ())


def test_an_approval_says_who_when_and_which_revision():
    entry = history_entry(AT, "kari", "approve", {
        "approved_by": "Ola", "revision": 3, "approved_at": "2026-03-12T10:15:00+01:00"})
    assert entry.summary.nb == "Godkjent av Ola (revisjon 3)"
    assert [line.nb for line in entry.lines] == ["godkjent 12.03.2026 09:15 UTC"]


def test_verdicts_name_the_step_and_the_verdict():
    entry = history_entry(AT, "ola", "update", {
        "fields": ["review"], "verdicts": [{"step": "economy", "verdict": "improve"}]})
    assert entry.kind == "verdict"
    assert [line.en for line in entry.lines] == ["Economic consequences: improve"]


def test_an_unknown_action_is_shown_as_it_is_and_json_keeps_the_detail():
    entry = history_entry(AT, "kari", "export_memo", {"file": "notat.pdf"})
    assert (entry.kind, entry.summary.en) == ("other", "export_memo")
    data = entry_to_data(entry, "en")
    assert data == {"at": "2026-03-12T09:15:00+00:00", "who": "kari", "kind": "other",
                    "summary": "export_memo", "lines": [], "changes": [],
                    "detail": {"file": "notat.pdf"}}


def test_a_verdict_or_status_change_on_a_row_of_its_own_reads_the_same():
    verdict = history_entry(AT, "ola", "verdict", {"step": "sdg", "verdict": "redo", "by": "Ola"})
    assert verdict.kind == "verdict"
    assert [line.nb for line in verdict.lines] == ["Bærekraftsmål: må gjøres om", "gitt av Ola"]
    reopened = history_entry(AT, "kari", "reopen", {"from": "in_review", "to": "draft"})
    assert (reopened.kind, reopened.summary.en) == (
        "status", "Status changed: in review → draft")


def test_an_entry_names_the_person_beside_the_login() -> None:
    named = history_entry(AT, "kari", "status", {"from": "draft", "to": "in_review",
                                                   "by": "Kari Nordmann"})
    assert named.who == "Kari Nordmann (kari)"
    assert history_entry(AT, "kari", "status", {"by": "kari"}).who == "kari"
    assert history_entry(AT, "kari", "status", {"by": "  "}).who == "kari"
