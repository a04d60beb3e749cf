"""The catalog loaded once per content, for the whole test run.

A CLI test runs ``impactapp-cli`` a dozen times in-process and every command loads the catalog
(parsing 250 kB of YAML with line numbers): a third of the CLI tests' time went to parsing
the same unchanged files again. During the tests ``load_catalog`` answers from a cache keyed
by its arguments and by the bytes of every file it can read (the criteria and forms folders,
the configuration folder, settings and targets), so a test that writes its own catalog or
configuration still gets exactly what it wrote. A catalog is a frozen dataclass, changed only
by making a new one (``dataclasses.replace``), so sharing one is safe. Failures are not
cached: an invalid catalog is loaded, and refused, every time.
"""

from __future__ import annotations

import functools
import hashlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from impactapp.domain.model import Catalog


def _fingerprint(path: Path | None) -> tuple[Any, ...]:
    """What a path holds: a file's digest, a folder's files with their digests."""
    if path is None:
        return (None,)
    if path.is_file():
        return (str(path), hashlib.blake2b(path.read_bytes()).hexdigest())
    if path.is_dir():
        return (str(path), *(_fingerprint(p) for p in sorted(path.iterdir()) if p.is_file()))
    return (str(path), "missing")


def _places(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Iterator[Path | None]:
    """Every file and folder ``load_catalog(*args, **kwargs)`` may read."""
    from impactapp.resources import config_dir, resource_dir

    named = dict(zip(("criteria_dir", "forms_dir", "settings_file", "targets_dir"), args,
                     strict=False))
    named.update(kwargs)
    config = config_dir()
    yield Path(named.get("criteria_dir") or resource_dir("criteria"))
    yield Path(named.get("forms_dir") or resource_dir("forms"))
    yield config
    for key in ("settings_file", "targets_dir"):
        yield Path(named[key]) if named.get(key) is not None else None


def caching(load: Callable[..., Catalog]) -> Callable[..., Catalog]:
    """``load`` answering repeated calls on unchanged files from a cache."""
    cache: dict[tuple[Any, ...], Catalog] = {}

    @functools.wraps(load)
    def load_catalog(*args: Any, **kwargs: Any) -> Catalog:
        try:
            key = (repr(args), repr(sorted(kwargs.items())),
                   *(_fingerprint(p) for p in _places(args, kwargs)))
        except OSError:  # a folder the test made unreadable: let the loader report it
            return load(*args, **kwargs)
        found = cache.get(key)
        if found is None:
            found = cache[key] = load(*args, **kwargs)
        return found

    load_catalog.uncached = load  # type: ignore[attr-defined]
    return load_catalog


def install() -> Callable[[], None]:
    """Put the caching ``load_catalog`` wherever the original is bound; returns the undo."""
    import impactapp.catalog
    import impactapp.catalog.loader

    original = impactapp.catalog.loader.load_catalog
    cached = caching(original)
    replaced = []
    for module in list(sys.modules.values()):
        if getattr(module, "load_catalog", None) is original:
            module.load_catalog = cached  # type: ignore[attr-defined]
            replaced.append(module)

    def undo() -> None:
        for module in replaced:
            module.load_catalog = original  # type: ignore[attr-defined]

    return undo
