"""The case list says "i dag" and "i går" by the program's clock, not the computer's."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from impactapp.domain.model import CaseSummary
from impactapp.ui.case_list_model import CaseListModel


def _changed(model: CaseListModel, row: int) -> str:
    column = CaseListModel.COLUMNS.index("updated")
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_today_and_yesterday_follow_the_clock_given(qapp, lang_nb, clock):
    now = clock.now().astimezone()
    rows = [CaseSummary(1, "I dag", "", "", "draft", "simplified", now),
            CaseSummary(2, "I går", "", "", "draft", "simplified", now - timedelta(days=1)),
            CaseSummary(3, "Før", "", "", "draft", "simplified", now - timedelta(days=9))]
    model = CaseListModel("nb", clock=clock)
    model.set_cases(rows)
    assert [_changed(model, r) for r in range(3)] == [
        f"i dag {now:%H:%M}", f"i går {now:%H:%M}", f"{now - timedelta(days=9):%d.%m.%Y}"]
    clock.advance(timedelta(days=1))  # the next day: today's change is now yesterday's
    model.set_cases(rows)
    assert _changed(model, 0) == f"i går {now:%H:%M}"
