"""The actions a case window is built with, declared instead of attached from outside."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..followup.actions import FollowUpActions
    from .memo_actions import MemoActions
    from .status_actions import StatusActions
    from .window import CaseWindow


@dataclass(frozen=True)
class WindowActions:
    """Makers of the menus' actions; the window calls each with itself once it is built
    (a frozen revision gets the memo only, a test only what it drives)."""

    memo: Callable[[CaseWindow], MemoActions] | None = None
    status: Callable[[CaseWindow], StatusActions] | None = None
    followup: Callable[[CaseWindow], FollowUpActions] | None = None
