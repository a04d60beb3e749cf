"""Indicator data packages: the publishers' responses in one zip file, for machines without a
network.

A connected machine writes the package (``impactapp-cli indicators fetch --all --package
FILE.zip``); any machine imports it. The zip holds ``manifest.json`` and one file per
indicator under ``responses/``: a JSON-stat response as the publisher sent it, or a CSV file.
The manifest names, per file, the indicator, the source, the query, when it was fetched, its
size and its SHA-256 checksum. A package is read whole and checked before anything is stored:
a bad checksum, a missing or unexpected file, a name that would leave the folder, a
compression ratio of a zip bomb or a wrong manifest refuses the whole package.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from impactapp.domain.model import Indicator
from impactapp.domain.observation import Observation
from impactapp.domain.place import Place

from .csvfile import read_observation_csv
from .errors import IndicatorDataError
from .jsonstat_read import read_jsonstat
from .ssb import FETCH_MAX_BYTES
from .tidy import dataset_observations

FORMAT = "impactapp-indicator-package/1"
MANIFEST = "manifest.json"
FOLDER = "responses/"
KINDS = ("json-stat", "csv")
#: Limits that keep a hostile file from filling the memory or the disk.
MAX_FILES = 500
MAX_FILE_BYTES = FETCH_MAX_BYTES
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
#: Real responses compress 5-30 times; far more than this is a zip bomb.
MAX_RATIO = 200
_SAFE_NAME = re.compile(r"responses/[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.(json|csv)")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_KOMMUNE = re.compile(r"[0-9]{4}")


class PackageError(Exception):
    """The package cannot be imported; the message says what is wrong and where."""

    def __init__(self, package: Path | str, message: str):
        self.package = str(package)
        super().__init__(f"{package}: {message}")


@dataclass(frozen=True)
class PackageEntry:
    """One response in the package, as the manifest describes it."""

    path: str  # "responses/ind.low_income_households.json"
    indicator: str
    kind: str  # json-stat | csv
    source: str  # who published it, e.g. "SSB table 06947"
    table: str
    fetched: datetime
    sha256: str
    size: int
    url: str = ""
    updated: str = ""
    query: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Package:
    """A package read and checked: its manifest, and each entry's bytes."""

    created: datetime
    municipality: str
    municipality_name: str
    entries: tuple[PackageEntry, ...]
    data: dict[str, bytes] = field(repr=False)


def entry_for(indicator: Indicator, kind: str, data: bytes, *, source: str, fetched: datetime,
              url: str = "", updated: str = "", query: Sequence[tuple[str, Sequence[str]]] = (),
              ) -> PackageEntry:
    """The manifest entry of ``data`` (a response for ``indicator``), checksum included."""
    suffix = "json" if kind == "json-stat" else "csv"
    return PackageEntry(
        path=f"{FOLDER}{indicator.id}.{suffix}", indicator=indicator.id, kind=kind,
        source=source, table=indicator.source.table, fetched=fetched,
        sha256=hashlib.sha256(data).hexdigest(), size=len(data), url=url, updated=updated,
        query=tuple((dim, tuple(codes)) for dim, codes in query))


def _entry_json(entry: PackageEntry) -> dict[str, Any]:
    return {
        "path": entry.path, "indicator": entry.indicator, "kind": entry.kind,
        "source": entry.source, "table": entry.table, "url": entry.url,
        "updated": entry.updated, "fetched": entry.fetched.isoformat(),
        "query": [[dim, list(codes)] for dim, codes in entry.query],
        "bytes": entry.size, "sha256": entry.sha256,
    }


def write_package(target: Path, municipality: tuple[str, str],
                  items: Iterable[tuple[PackageEntry, bytes]], *, created: datetime) -> int:
    """Write the package to ``target`` (whole or not at all: through a temporary file that
    replaces it); returns the number of responses in it."""
    items = list(items)
    manifest = {
        "format": FORMAT,
        "created": created.isoformat(),
        "municipality": {"code": municipality[0], "name": municipality[1]},
        "files": [_entry_json(entry) for entry, _ in items],
    }
    target = Path(target)
    handle, temporary = tempfile.mkstemp(prefix=".package-", suffix=".zip", dir=target.parent)
    os.close(handle)
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            for entry, data in items:
                archive.writestr(entry.path, data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return len(items)


def read_package(path: Path) -> Package:
    """The package at ``path``, every file checked against the manifest; PackageError if not."""
    path = Path(path)
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise PackageError(path, "no such file") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(path, f"is not a zip file ({exc})") from None
    with archive:
        infos = _checked_members(path, archive.infolist())
        manifest = _manifest(path, _read_member(path, archive, infos[MANIFEST]))
        entries = _entries(path, manifest)
        expected = {entry.path for entry in entries} | {MANIFEST}
        extra = sorted(set(infos) - expected)
        if extra:
            raise PackageError(path, f"{extra[0]} is not listed in the manifest")
        data: dict[str, bytes] = {}
        for entry in entries:
            info = infos.get(entry.path)
            if info is None:
                raise PackageError(path, f"{entry.path} is listed in the manifest but missing")
            content = _read_member(path, archive, info)
            if len(content) != entry.size:
                raise PackageError(path, f"{entry.path} holds {len(content)} bytes, the manifest "
                                         f"says {entry.size}")
            if hashlib.sha256(content).hexdigest() != entry.sha256:
                raise PackageError(path, f"{entry.path}: its SHA-256 checksum does not match the "
                                         "manifest (the file was changed or damaged)")
            data[entry.path] = content
    created = _timestamp(path, manifest.get("created"), "created")
    place = manifest["municipality"]
    return Package(created, place["code"], place["name"], entries, data)


def _checked_members(path: Path, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > MAX_FILES + 1:
        raise PackageError(path, f"holds {len(infos)} files; a package holds at most {MAX_FILES}")
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name != MANIFEST and not _SAFE_NAME.fullmatch(name):
            raise PackageError(path, f"the file name {name!r} is not allowed in a package "
                                     "(only responses/NAME.json or .csv)")
        if name in members:
            raise PackageError(path, f"{name} is in it twice")
        if stat.S_ISLNK(info.external_attr >> 16) or info.is_dir():
            raise PackageError(path, f"{name} is a link or folder, not a file")
        if info.flag_bits & 0x1:
            raise PackageError(path, f"{name} is encrypted")
        limit = MAX_MANIFEST_BYTES if name == MANIFEST else MAX_FILE_BYTES
        if info.file_size > limit:
            raise PackageError(path, f"{name} unpacks to {info.file_size} bytes, more than the "
                                     f"{limit} allowed")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size,
                                                                              1):
            raise PackageError(path, f"{name} is compressed more than {MAX_RATIO} times, as a "
                                     "zip bomb is; it was not unpacked")
        total += info.file_size
        members[name] = info
    if total > MAX_TOTAL_BYTES:
        raise PackageError(path, f"unpacks to {total} bytes, more than the {MAX_TOTAL_BYTES} "
                                 "allowed")
    if MANIFEST not in members:
        raise PackageError(path, f"has no {MANIFEST}; it is not an indicator package")
    return members


def _read_member(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, never more than its header declares (a lying header is refused)."""
    try:
        with archive.open(info) as member:
            content = member.read(info.file_size + 1)
    except (zipfile.BadZipFile, RuntimeError, OSError, EOFError, ValueError) as exc:
        raise PackageError(path, f"{info.filename} cannot be unpacked ({exc})") from None
    if len(content) > info.file_size:
        raise PackageError(path, f"{info.filename} is larger than its zip header says")
    return content


def _manifest(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageError(path, f"{MANIFEST} is not JSON ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise PackageError(path, f"{MANIFEST}: format is {found!r}, not {FORMAT!r}")
    place = manifest.get("municipality")
    if (not isinstance(place, dict) or not isinstance(place.get("code"), str)
            or not _KOMMUNE.fullmatch(place["code"]) or not isinstance(place.get("name"), str)):
        raise PackageError(path, f"{MANIFEST}: municipality must give a four-digit code and "
                                 "a name")
    if not isinstance(manifest.get("files"), list):
        raise PackageError(path, f"{MANIFEST}: files must be a list")
    return manifest


def _timestamp(path: Path, value: Any, where: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise PackageError(path, f"{MANIFEST}: {where} is not a date and time") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _entries(path: Path, manifest: dict[str, Any]) -> tuple[PackageEntry, ...]:
    entries: list[PackageEntry] = []
    seen: set[str] = set()
    for i, item in enumerate(manifest["files"]):
        where = f"files[{i}]"
        if not isinstance(item, dict):
            raise PackageError(path, f"{MANIFEST}: {where} is not a mapping")
        texts = {key: item.get(key) for key in ("path", "indicator", "kind", "source", "table",
                                                "sha256")}
        bad = next((key for key, value in texts.items() if not isinstance(value, str)), None)
        if bad is not None:
            raise PackageError(path, f"{MANIFEST}: {where}.{bad} is missing or not text")
        if not _SAFE_NAME.fullmatch(texts["path"]):
            raise PackageError(path, f"{MANIFEST}: {where}.path {texts['path']!r} is not "
                                     "allowed")
        if texts["path"] in seen or texts["indicator"] in {e.indicator for e in entries}:
            raise PackageError(path, f"{MANIFEST}: {where} repeats a file or an indicator")
        if texts["kind"] not in KINDS:
            raise PackageError(path, f"{MANIFEST}: {where}.kind must be json-stat or csv")
        if not _SHA256.fullmatch(texts["sha256"]):
            raise PackageError(path, f"{MANIFEST}: {where}.sha256 is not a SHA-256 checksum")
        size = item.get("bytes")
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise PackageError(path, f"{MANIFEST}: {where}.bytes is not a size")
        query = _query(path, item.get("query", []), where)
        seen.add(texts["path"])
        entries.append(PackageEntry(
            path=texts["path"], indicator=texts["indicator"], kind=texts["kind"],
            source=texts["source"], table=texts["table"],
            fetched=_timestamp(path, item.get("fetched"), f"{where}.fetched"),
            sha256=texts["sha256"], size=size, url=str(item.get("url") or ""),
            updated=str(item.get("updated") or ""), query=query))
    return tuple(entries)


def _query(path: Path, value: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    ok = isinstance(value, list) and all(
        isinstance(part, list) and len(part) == 2 and isinstance(part[0], str)
        and isinstance(part[1], list) and all(isinstance(c, str) for c in part[1])
        for part in value)
    if not ok:
        raise PackageError(path, f"{MANIFEST}: {where}.query must be a list of "
                                 "[dimension, [codes]]")
    return tuple((dim, tuple(codes)) for dim, codes in value)


def package_observations(package: Package, entry: PackageEntry, indicator: Indicator,
                         name: str = "") -> list[Observation]:
    """The observations in one entry of a checked package; IndicatorDataError if unusable."""
    data = package.data[entry.path]
    source = f"{name}:{entry.path}" if name else entry.path
    if entry.kind == "csv":
        return read_observation_csv(data, indicator.id, source=source,
                                    source_table=indicator.source.table,
                                    unit=indicator.unit.nb, fetched=entry.fetched)
    dataset = read_jsonstat(data, source, max_bytes=MAX_FILE_BYTES)
    return dataset_observations(
        dataset, indicator.id, query=entry.query, source=source,
        source_table=indicator.source.table, check_table=indicator.source.kind == "ssb",
        unit=indicator.unit.nb, fetched=entry.fetched)


def all_observations(package: Package, indicators: dict[str, Indicator], name: str = "",
                     ) -> dict[str, list[Observation]]:
    """Every entry's observations, by indicator, or PackageError for the first that fails
    (an indicator the catalog lacks, a response that cannot be read)."""
    out: dict[str, list[Observation]] = {}
    for entry in package.entries:
        indicator = indicators.get(entry.indicator)
        if indicator is None:
            raise PackageError(name or "package", f"{entry.path} is for {entry.indicator}, "
                                                  "which is not in this program's indicator set")
        try:
            out[entry.indicator] = package_observations(package, entry, indicator, name)
        except IndicatorDataError as exc:
            raise PackageError(name or "package", f"{entry.path} cannot be read: {exc}") from None
    return out


class PackageStore(Protocol):
    """Where a package's figures go (the Store implements it)."""

    def replace_package_observations(
        self, by_indicator: Mapping[str, list[Observation]], *, name: str, created: datetime,
        municipality: str,
    ) -> dict[str, int]: ...


@dataclass(frozen=True)
class PackageImported:
    package: Package
    counts: dict[str, int]  # rows stored per indicator


def import_package(path: Path, place: Place, indicators: dict[str, Indicator],
                   store: PackageStore) -> PackageImported:
    """Read and check the package, refuse one made for another municipality, and store every
    indicator's figures in one transaction; PackageError (nothing stored) if anything fails."""
    path = Path(path)
    package = read_package(path)
    if package.municipality != place.code:
        raise PackageError(path, f"the package holds figures for {package.municipality_name} "
                                 f"({package.municipality}), but this database is for "
                                 f"{place.name} ({place.code})")
    by_indicator = all_observations(package, indicators, str(path))
    counts = store.replace_package_observations(
        by_indicator, name=path.name, created=package.created, municipality=place.code)
    return PackageImported(package, counts)
