"""The live refresh leaves out the program's own saves (``held``), without a server: a fake
listener on a socket pair announces what a test gives it, as the store's listener does."""

from __future__ import annotations

import contextlib
import socket

from impactapp.store.postgres.notify import RELOAD, Change
from impactapp.ui.live_refresh import LiveRefresh

WAIT = 5000


class FakeListener:
    """Announces the changes ``announce`` is given; its socket becomes readable then."""

    def __init__(self) -> None:
        self._ours, self._theirs = socket.socketpair()
        self._ours.setblocking(False)
        self._queue: list[Change] = []

    def fileno(self) -> int:
        return self._ours.fileno()

    def poll(self) -> list[Change]:
        with contextlib.suppress(BlockingIOError):
            self._ours.recv(4096)
        received, self._queue = self._queue, []
        return received

    def announce(self, *changes: Change) -> None:
        self._queue.extend(changes)
        self._theirs.send(b"!")

    def close(self) -> None:
        self._ours.close()
        self._theirs.close()


class FakeStore:
    def __init__(self) -> None:
        self.listener = FakeListener()

    def changes(self) -> FakeListener:
        return self.listener


def _saved(case_id: int, version: int, op: str = "update") -> Change:
    return Change("cases", op, case_id, version)


def _live(qtbot, held_versions: dict[int, int]):
    store = FakeStore()
    live = LiveRefresh(store, held=lambda i, v: held_versions.get(i, 0) >= v)  # type: ignore[arg-type]
    passed: list = []
    live.changed.connect(passed.append)
    return store.listener, live, passed


def test_only_the_programs_own_saves_pass_on_nothing(qtbot):
    listener, live, passed = _live(qtbot, {7: 3})
    listener.announce(_saved(7, 2), _saved(7, 3))  # both stored by the window itself
    listener.announce(_saved(8, 1, "insert"))  # then someone else's new case
    qtbot.waitUntil(lambda: bool(passed), timeout=WAIT)
    assert passed == [frozenset({8})]
    live.close()


def test_a_newer_version_than_the_program_holds_is_passed_on(qtbot):
    listener, live, passed = _live(qtbot, {7: 3})
    listener.announce(_saved(7, 3), _saved(7, 4))
    qtbot.waitUntil(lambda: bool(passed), timeout=WAIT)
    assert passed == [frozenset({7})]
    live.close()


def test_other_changes_beside_own_saves_still_pass_on(qtbot):
    listener, live, passed = _live(qtbot, {7: 3})
    listener.announce(_saved(7, 3), Change("observations", "insert"))
    qtbot.waitUntil(lambda: bool(passed), timeout=WAIT)
    assert passed == [frozenset()]  # figures changed, no case of its own
    live.close()


def test_a_deletion_and_a_reload_are_never_taken_for_own_saves(qtbot):
    listener, live, passed = _live(qtbot, {7: 9})
    listener.announce(_saved(7, 3, "delete"))
    qtbot.waitUntil(lambda: bool(passed), timeout=WAIT)
    listener.announce(_saved(7, 9), Change(RELOAD))
    qtbot.waitUntil(lambda: len(passed) == 2, timeout=WAIT)
    assert passed == [frozenset({7}), None]
    live.close()
