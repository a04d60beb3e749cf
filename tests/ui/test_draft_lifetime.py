"""A case draft is freed as soon as the last reference to it goes, undo history and autosave
included: nothing in it points back at it strongly, so it never waits for the garbage
collector. (Freeing such a cycle from the collector deleted the draft's undo stack while its
commands were being freed: a crash at the end of a test run, and a risk in the program.)"""

from __future__ import annotations

import gc
import weakref

from impactapp.casefile import read_case_file
from impactapp.store import Store
from impactapp.ui.draft import CaseDraft


def test_a_draft_with_undo_history_and_pending_saves_is_freed_without_the_collector(
        qapp, tmp_path, catalog, case_file):
    with Store.open(tmp_path / "draft.db") as store:
        draft = CaseDraft(store.add_case(read_case_file(case_file, catalog)), store, catalog)
        for text in ("P", "Pa", "Parkering"):
            draft.set_value("title", text)
        draft.set_value("goals", "Færre biler")
        draft.undo_stack.undo()
        assert draft.undo_stack.count() == 2 and draft.autosave.pending
        gone = weakref.ref(draft)
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            del draft
            assert gone() is None
        finally:
            if was_enabled:
                gc.enable()


def test_undo_and_redo_still_restore_the_case(qapp, tmp_path, catalog, case_file):
    with Store.open(tmp_path / "draft.db") as store:
        draft = CaseDraft(store.add_case(read_case_file(case_file, catalog)), store, catalog)
        before = draft.case.title
        draft.set_value("title", "Ny tittel")
        draft.undo_stack.undo()
        assert draft.case.title == before
        draft.undo_stack.redo()
        assert draft.case.title == "Ny tittel"
        assert draft.autosave.draft is draft
        draft.close()
