"""Imports never invent an approver; the history names the file an approval came from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from impactapp.domain.history import ImportOrigin
from impactapp.domain.model import Case, ReviewVerdict
from impactapp.store import NotFound, Store

NewCase = Callable[..., Case]
APPROVED_AT = datetime(2026, 3, 12, 9, 15, tzinfo=UTC)
ORIGIN = ImportOrigin("parkering.yaml", "ab" * 32)


def _approved(new_case: NewCase) -> Case:
    case = new_case()
    case.status, case.approved_by, case.approved_at, case.revision = (
        "approved", "Kristin Aas", APPROVED_AT, 2)
    return case


@pytest.mark.parametrize("missing", ["approved_by", "approved_at"])
def test_an_approved_case_without_its_record_is_refused_not_given_the_importer(
    store: Store, new_case: NewCase, missing: str
) -> None:
    case = _approved(new_case)
    setattr(case, missing, "" if missing == "approved_by" else None)
    with pytest.raises(ValueError, match="approval record"):
        store.add_case(case)
    assert store.list_cases() == []


def test_the_approval_record_is_kept_as_it_came_not_replaced_by_who_imports(
    store: Store, new_case: NewCase
) -> None:
    added = store.add_case(_approved(new_case), ORIGIN)
    again = store.get_case(added.id)
    assert (again.approved_by, again.approved_at, again.revision) == ("Kristin Aas",
                                                                      APPROVED_AT, 2)
    [revision] = store.revisions(added.id)
    assert (revision.revision, revision.approved_by, revision.approved_at) == (
        2, "Kristin Aas", APPROVED_AT)
    assert store.who == "kari" and "kari" not in {again.approved_by, revision.approved_by}


def test_the_audit_marks_rows_from_a_file_with_its_name_and_sha256(
    store: Store, new_case: NewCase
) -> None:
    added = store.add_case(_approved(new_case), ORIGIN)
    create, approve = store.audit_log(added.id)
    assert (create.action, approve.action) == ("create", "approve")
    for row in (create, approve):
        assert row.who == "kari"
        assert row.detail["imported_from"] == "parkering.yaml"
        assert row.detail["file_sha256"] == "ab" * 32
    assert approve.detail["approved_by"] == "Kristin Aas"


def test_the_history_reads_import_and_approval_in_plain_words(
    store: Store, new_case: NewCase
) -> None:
    added = store.add_case(_approved(new_case), ORIGIN)
    imported, approved = store.history(added.id)
    assert imported.kind == "import" and imported.who == "kari"
    assert imported.summary.nb == "Importert som godkjent"
    assert approved.kind == "approve"
    assert approved.summary.nb == "Godkjent av Kristin Aas (revisjon 2)"
    assert approved.summary.en == "Approved by Kristin Aas (revision 2)"
    lines = [line.en for line in approved.lines]
    assert f"imported from parkering.yaml (SHA-256 {'ab' * 32})" in lines


def test_a_case_made_here_has_no_file_in_its_history(store: Store, new_case: NewCase) -> None:
    added = store.add_case(new_case())
    [created] = store.history(added.id)
    assert created.kind == "create" and created.lines == ()
    assert "imported_from" not in created.detail


def test_verdicts_status_changes_and_revisions_are_in_the_history(
    store: Store, new_case: NewCase, catalog
) -> None:
    case = store.add_case(new_case())
    case = store.set_status(case.id, "in_review", by="Kari")
    case.review = [ReviewVerdict("details", "ok"),
                   ReviewVerdict("economy", "redo", note="Mangler drift.")]
    case = store.save_case(case, by="Ola")
    case = store.approve(case.id, "Ola")
    case = store.new_revision(case.id, by="Kari")
    case.goals = "Nye mål."
    case = store.save_case(case, by="Kari")
    case = store.set_status(case.id, "in_review", by="Kari")
    store.approve(case.id, "Ola")

    entries = store.history(case.id, catalog, "nb")
    kinds = [e.kind for e in entries]
    assert kinds == ["create", "status", "update", "verdict", "verdict", "approve",
                     "new_revision", "update", "status", "approve"]
    # Each verdict is a row of its own, naming the person who gave it.
    assert [[line.nb for line in e.lines] for e in entries[3:5]] == [
        ["Saksopplysninger: i orden", "gitt av Ola"],
        ["Økonomiske konsekvenser: må gjøres om", "gitt av Ola"]]
    assert entries[1].summary.nb == "Status endret: utkast → til godkjenning"
    assert entries[7].summary.en == "Changed: Problem and goals"
    # The second approval lists what changed since revision 1, field by field.
    assert entries[5].changes == ()
    [change] = entries[9].changes
    assert (change.step, change.after) == ("Problem og mål", "Nye mål.")
    assert change.before == "Renere luft og lavere utslipp."


def test_the_history_of_an_unknown_case_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        store.history(404)
