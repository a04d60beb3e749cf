"""A scripted stand-in for ui/prompts.py: answers are queued before the test acts, every
prompt is recorded, and a prompt nobody expected fails the test instead of waiting for a
click that never comes."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from impactapp.ui.prompts import Choice

ANSWERED = ("ask", "confirm", "open_file", "open_files", "save_file", "choose_folder")


class UnexpectedPrompt(AssertionError):
    """The code asked something the test did not queue an answer for."""


@dataclass
class Asked:
    """One prompt as the person would have seen it; the parent window is held weakly, so a
    record does not keep a closed view (and its workers) alive into the next test."""

    kind: str
    title: str
    text: str
    owner: Callable[[], Any] = lambda: None
    options: dict = field(default_factory=dict)

    @property
    def parent(self) -> Any:
        return self.owner()


def _weak(parent: Any) -> Callable[[], Any]:
    return (lambda: None) if parent is None else weakref.ref(parent)


class ScriptedPrompts:
    """Answers given in advance with ``answer(kind, value)``, in the order they are asked.

    Questions and file choices need a queued answer of their kind; notices (``inform``,
    ``warn``) need none and are only recorded in ``asked``.
    """

    def __init__(self) -> None:
        self.asked: list[Asked] = []
        self.queue: list[tuple[str, Any]] = []

    def answer(self, kind: str, value: Any) -> ScriptedPrompts:
        """Queue the answer to the next prompt, which must be of ``kind``."""
        assert kind in ANSWERED, f"{kind} takes no answer"
        self.queue.append((kind, value))
        return self

    def texts(self, *kinds: str) -> list[str]:
        """The texts of what was shown, of the kinds given (all when none are)."""
        return [a.text for a in self.asked if not kinds or a.kind in kinds]

    def _next(self, kind: str, title: str, text: str, parent: Any, **options: Any) -> Any:
        self.asked.append(Asked(kind, title, text, _weak(parent), options))
        if not self.queue:
            raise UnexpectedPrompt(f"unexpected {kind} prompt: {title!r}: {text!r}")
        expected, value = self.queue.pop(0)
        if expected != kind:
            raise UnexpectedPrompt(f"a {kind} prompt ({title!r}: {text!r}) came where the "
                                   f"test expected {expected}")
        return value

    def ask(self, parent, title: str, text: str, choices: list[Choice], *,
            default: str | None = None, escape: str | None = None, icon: str = "question",
            informative: str = "", details: str = "") -> str | None:
        keys = [c.key for c in choices]
        key = self._next("ask", title, text, parent, choices=choices, default=default,
                         escape=escape, icon=icon, informative=informative, details=details)
        assert key is None or key in keys, f"{key!r} is not one of the buttons {keys}"
        return key

    def confirm(self, parent, title: str, text: str, *, default: str | None = None,
                refuse: str = "no", warning: bool = False) -> bool:
        return bool(self._next("confirm", title, text, parent, default=default, refuse=refuse,
                               warning=warning))

    def inform(self, parent, title: str, text: str, *, informative: str = "") -> None:
        self.asked.append(Asked("inform", title, text, _weak(parent),
                                {"informative": informative}))

    def warn(self, parent, title: str, text: str, *, informative: str = "", details: str = "",
             wait: bool = True) -> None:
        self.asked.append(Asked("warn", title, text, _weak(parent),
                                {"informative": informative, "details": details,
                                 "wait": wait}))

    def open_file(self, parent, title: str, folder, filters: str) -> Path | None:
        chosen = self._next("open_file", title, "", parent, folder=folder, filters=filters)
        return Path(chosen) if chosen else None

    def open_files(self, parent, title: str, folder, filters: str) -> list[Path]:
        chosen = self._next("open_files", title, "", parent, folder=folder, filters=filters)
        return [Path(p) for p in chosen]

    def save_file(self, parent, title: str, suggested, filters: str, *,
                  confirm_overwrite: bool = True) -> tuple[Path, str] | None:
        chosen = self._next("save_file", title, "", parent, suggested=suggested,
                            filters=filters, confirm_overwrite=confirm_overwrite)
        if not chosen:
            return None
        if isinstance(chosen, tuple):
            return Path(chosen[0]), chosen[1]
        return Path(chosen), filters.split(";;")[0]

    def choose_folder(self, parent, title: str, folder) -> Path | None:
        chosen = self._next("choose_folder", title, "", parent, folder=folder)
        return Path(chosen) if chosen else None
