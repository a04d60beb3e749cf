"""One save path: the draft hands the saver the plain data it already has, and a synchronous
saver stores it before ``save`` returns; the store converts it no more than it must."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from impactapp.casefile import read_case_file
from impactapp.domain import serialize
from impactapp.store import DatabaseFailure, Store, content
from impactapp.ui.autosave import SynchronousSaver
from impactapp.ui.draft import CaseDraft

#: Conversions between a Case, its plain data and its JSON text.
CONVERSIONS = {f.__code__: f.__name__ for f in (
    serialize.case_to_data, serialize.case_from_data, content.canonical_text)}


def _of_a_case(frame) -> bool:
    """Whether a conversion is of a case (JSON text is also written for audit details)."""
    data = frame.f_locals.get("data")
    return frame.f_code is not content.canonical_text.__code__ or (
        isinstance(data, dict) and "title" in data)


@contextmanager
def conversions() -> Iterator[Counter]:
    """Count the conversions of a case made on this thread while the block runs."""
    counts: Counter = Counter()

    def profile(frame, event, _arg):
        if event == "call" and frame.f_code in CONVERSIONS and _of_a_case(frame):
            counts[CONVERSIONS[frame.f_code]] += 1

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        yield counts
    finally:
        sys.setprofile(previous)


@pytest.fixture
def opened(qtbot, tmp_path, catalog, case_file):
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        case = store.add_case(read_case_file(case_file, catalog))
        saver = SynchronousSaver(lambda: Store.open(path), case.id, case.version)
        draft = CaseDraft(case, store, catalog, saver=saver)
        yield store, draft
        draft.close()


def test_an_edit_is_saved_with_one_json_text_and_one_case_for_the_projections(opened):
    store, draft = opened
    draft.set_value("goals", "Første.")
    draft.autosave.save()  # the saver opens its connection on the first save
    draft.set_value("goals", "Andre.")
    with conversions() as counts:
        assert draft.autosave.save()
    assert counts == {"canonical_text": 1, "case_from_data": 1}  # no case_to_data at all
    assert not draft.autosave.pending
    assert store.get_case(draft.case.id).goals == "Andre."
    assert draft.case.version == store.get_case(draft.case.id).version == 3


def test_content_unchanged_since_the_last_save_is_only_compared(opened):
    store, draft = opened
    draft.set_value("goals", "Frem.")
    draft.set_value("goals", store.get_case(draft.case.id).goals)  # and back again
    with conversions() as counts:
        assert draft.autosave.save()
    assert counts == {"canonical_text": 1}
    assert draft.case.version == 1  # no new version for the same content


def test_a_synchronous_saver_has_the_result_in_before_save_returns(qtbot, opened):
    store, draft = opened
    draft.set_value("problem", "Lagret med en gang.")
    assert draft.autosave.pending
    assert draft.autosave.save()
    assert not draft.autosave.pending and draft.autosave.last_saved is not None
    assert store.get_case(draft.case.id).problem == "Lagret med en gang."


def test_a_failed_synchronous_save_returns_false_keeps_the_edit_and_retries(
        qtbot, tmp_path, catalog, case_file):
    path = tmp_path / "f.db"
    broken = {"on": True}

    def opener() -> Store:
        if broken["on"]:
            raise DatabaseFailure("readonly")
        return Store.open(path)

    with Store.open(path) as store:
        case = store.add_case(read_case_file(case_file, catalog))
        draft = CaseDraft(case, store, catalog,
                          saver=SynchronousSaver(opener, case.id, case.version))
        draft.set_value("goals", "Ikke tapt.")
        assert not draft.autosave.save()
        assert draft.autosave.pending and draft.autosave.save_failure.problem == "readonly"
        assert not draft.flush()
        broken["on"] = False
        draft.autosave.retry_now()
        assert not draft.autosave.pending and draft.autosave.save_failure is None
        assert store.get_case(case.id).goals == "Ikke tapt."
        draft.close()


def test_without_a_saver_the_draft_saves_through_its_own_store_and_never_closes_it(
        qtbot, tmp_path, catalog, case_file):
    with Store.open(tmp_path / "d.db") as store:
        case = store.add_case(read_case_file(case_file, catalog))
        draft = CaseDraft(case, store, catalog)
        draft.set_value("goals", "Gjennom samme forbindelse.")
        assert draft.flush()
        draft.close()
        assert store.get_case(case.id).goals == "Gjennom samme forbindelse."  # still open
