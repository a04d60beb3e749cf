"""The renderers callers ask for a document's file: an engine-neutral base and a registry.

A renderer turns the pure view models (``Memo``, ``PortfolioReport``, ``BudgetReport``) into
the bytes of one file format; it has an ``identifier`` the registry knows it by and a
``verbose_name`` to show people. The registry holds each renderer as a dotted path and imports
it only when asked for, so importing this module (the CLI does for every command) loads no
layout engine. Callers write ``renderers.get().render_memo(memo)``, never a renderer's module.
"""

from __future__ import annotations

import importlib
from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from .budget import BudgetReport
    from .model import Memo
    from .portfolio import PortfolioReport

#: The documents every renderer makes, by the name ``DocumentRenderer.render`` takes.
DOCUMENTS: tuple[str, ...] = ("memo", "portfolio", "budget")


class DocumentRenderer(ABC):
    """Makes the file of each document from its view model; knows no layout engine."""

    identifier: ClassVar[str]
    verbose_name: ClassVar[Mapping[str, str]]  # language -> name
    media_type: ClassVar[str]
    suffix: ClassVar[str]  # the file name's ending, with its dot

    def name(self, lang: str) -> str:
        """The renderer's name for people, in ``lang`` (English when it has none in it)."""
        return self.verbose_name.get(lang) or self.verbose_name["en"]

    @abstractmethod
    def render_memo(self, memo: Memo) -> bytes:
        """The decision memo's file."""

    @abstractmethod
    def render_portfolio(self, report: PortfolioReport) -> bytes:
        """The portfolio report's file."""

    @abstractmethod
    def render_budget(self, report: BudgetReport) -> bytes:
        """The sustainability budget's file."""

    def render(self, document: str, model: object) -> bytes:
        """The file of ``document`` (one of ``DOCUMENTS``) from its view model."""
        if document not in DOCUMENTS:
            raise ValueError(f"no document called {document!r}: expected one of "
                             f"{', '.join(DOCUMENTS)}")
        return getattr(self, f"render_{document}")(model)


class RendererRegistry:
    """Renderers by identifier, each given as ``"package.module:Class"`` and imported when
    first asked for; one of them is the default."""

    def __init__(self, entries: Mapping[str, str], default: str) -> None:
        if default not in entries:
            raise ValueError(f"the default renderer {default!r} is not registered")
        self._entries = dict(entries)
        self.default = default

    def register(self, identifier: str, path: str) -> None:
        """Add the renderer at ``path``; an identifier already taken is refused."""
        if identifier in self._entries:
            raise ValueError(f"a renderer called {identifier!r} is already registered")
        self._entries[identifier] = path

    def modules(self) -> tuple[str, ...]:
        """The modules the registered renderers live in (a bundler must include them, since
        they are imported by name)."""
        return tuple(path.partition(":")[0] for path in self._entries.values())

    def identifiers(self) -> tuple[str, ...]:
        """The registered identifiers, in the order registered."""
        return tuple(self._entries)

    def renderer_class(self, identifier: str | None = None) -> type[DocumentRenderer]:
        """The class registered as ``identifier`` (default: the default renderer)."""
        identifier = identifier or self.default
        try:
            path = self._entries[identifier]
        except KeyError:
            raise LookupError(f"no renderer called {identifier!r}: registered are "
                              f"{', '.join(self._entries)}") from None
        module, _, name = path.partition(":")
        cls = getattr(importlib.import_module(module), name)
        if not (isinstance(cls, type) and issubclass(cls, DocumentRenderer)):
            raise TypeError(f"{path} is not a DocumentRenderer")
        if cls.identifier != identifier:
            raise TypeError(f"{path} calls itself {cls.identifier!r}, registered as "
                            f"{identifier!r}")
        return cls

    def get(self, identifier: str | None = None) -> DocumentRenderer:
        """A fresh renderer registered as ``identifier`` (default: the default renderer)."""
        return self.renderer_class(identifier)()


#: The program's renderers: tagged PDF/A (the archive's format) is the default.
RENDERERS = RendererRegistry({"pdf": "impactapp.report.pdf_renderer:PdfRenderer"},
                             default="pdf")


def get(identifier: str | None = None) -> DocumentRenderer:
    """A renderer from the program's registry (default: PDF/A)."""
    return RENDERERS.get(identifier)
