"""Data packages: written on a connected machine, imported anywhere; bad ones refused whole."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from impactapp.catalog import load_catalog
from impactapp.cli import main
from impactapp.indicators import ratelimit
from impactapp.indicators.package import MANIFEST
from impactapp.store import Store
from tests.indicators.fake_ssb import FakeSsb

from .ssb_echo import serve_tables, value_of
from .test_fetch_for_municipality import SSB_TABLES


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch):
    monkeypatch.delenv("IMPACTAPP_SSB_URL", raising=False)
    monkeypatch.setattr(ratelimit, "_process_limiter", ratelimit.RateLimiter(100_000, 60))


def _ssb_indicators() -> list[str]:
    """The indicators fetch --all reads from SSB (the simulator serves all their tables)."""
    return [i.id for i in load_catalog().indicators.values() if i.source.kind == "ssb"]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _rows(db: str) -> set[tuple]:
    with Store.open(db) as store:
        return {tuple(row) for row in store._db.execute(
            "SELECT indicator, region, period, value, status, unit, source_table, updated,"
            " fetched FROM observations").fetchall()}


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> tuple[Path, str]:
    """A package for Lillehammer of every SSB indicator (the publisher packages hold today),
    fetched through the simulator, and its db."""
    folder = tmp_path_factory.mktemp("connected")
    db, target = str(folder / "connected.db"), folder / "lillehammer.zip"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(ratelimit, "_process_limiter", ratelimit.RateLimiter(100_000, 60))
        with FakeSsb() as ssb:
            serve_tables(ssb, SSB_TABLES)
            assert main(["--db", db, "municipality", "set", "3405"]) == 0
            ssb_ids = [i.id for i in load_catalog().indicators.values()
                       if i.source.kind == "ssb"]
            status = main(["--db", db, "indicators", "fetch", *ssb_ids, "--base-url",
                           ssb.base_url, "--package", str(target)])
    assert status == 0
    return target, db


def _fresh(tmp_path: Path, capsys, code: str = "3405") -> str:
    db = str(tmp_path / f"offline-{code}.db")
    assert run(capsys, "--db", db, "municipality", "set", code)[0] == 0
    return db


def test_the_package_has_a_manifest_with_sources_times_and_checksums(package):
    target, _ = package
    with zipfile.ZipFile(target) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        assert manifest["format"] == "impactapp-indicator-package/1"
        assert manifest["municipality"] == {"code": "3405", "name": "Lillehammer"}
        assert len(manifest["files"]) == len(_ssb_indicators()) > 0
        for entry in manifest["files"]:
            data = archive.read(entry["path"])
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
            assert entry["bytes"] == len(data)
            assert entry["source"] == f"SSB table {entry['table']}"
            assert entry["fetched"] and entry["url"].startswith("http://127.0.0.1")
        assert set(archive.namelist()) == {MANIFEST, *(e["path"] for e in manifest["files"])}


def test_a_package_round_trips_into_an_offline_database(capsys, tmp_path, package):
    target, connected = package
    db = _fresh(tmp_path, capsys)
    status, out, err = run(capsys, "--db", db, "indicators", "import-package", str(target))
    assert status == 0, err
    count = len(_ssb_indicators())
    assert out.splitlines()[-1].startswith(f"Imported {count} indicators from {target}")
    assert _rows(db) == _rows(connected) and _rows(db)
    with Store.open(db) as store:
        low = {(o.region, o.period): o for o in store.observations("ind.low_income_households")}
        assert low[("3405", "2023")].value == pytest.approx(value_of("3405", "2023"))
        assert store.last_package()["file"] == "lillehammer.zip"
    # importing again changes nothing
    assert run(capsys, "--db", db, "indicators", "import-package", str(target))[0] == 0
    assert _rows(db) == _rows(connected)


def test_a_package_for_another_municipality_is_refused(capsys, tmp_path, package):
    target, _ = package
    db = _fresh(tmp_path, capsys, "4601")
    status, out, err = run(capsys, "--db", db, "indicators", "import-package", str(target))
    assert status == 1 and out == ""
    assert err.strip() == (f"{target}: the package holds figures for Lillehammer (3405), but "
                           "this database is for Bergen (4601); nothing was imported.")
    assert _rows(db) == set()


def _rewrite(source: Path, target: Path, change) -> Path:
    """Copy the package, letting ``change(name, data)`` return new (name, data) or None."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w",
                                                         zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            result = change(info.filename, old.read(info))
            if result is not None:
                new.writestr(result[0], result[1])
    return target


def _manifest_changed(edit):
    def change(name, data):
        if name != MANIFEST:
            return name, data
        manifest = json.loads(data)
        edit(manifest)
        return name, json.dumps(manifest).encode()
    return change


LOW = "responses/ind.low_income_households.json"


def _tampered(name, data):
    return name, data.replace(b"3405", b"3406", 1) if name == LOW else data


def _wrong_format(manifest):
    manifest["format"] = "something-else/2"


def _traversal(name, data):
    return ("../../evil.json" if name == LOW else name), data


def _absolute(name, data):
    return ("/etc/evil.json" if name == LOW else name), data


BAD = [
    (_tampered, f"{LOW}: its SHA-256 checksum does not match the manifest"),
    (lambda name, data: None if name == LOW else (name, data),
     f"{LOW} is listed in the manifest but missing"),
    (lambda name, data: None if name == MANIFEST else (name, data),
     "has no manifest.json; it is not an indicator package"),
    (_traversal, "the file name '../../evil.json' is not allowed in a package"),
    (_absolute, "the file name '/etc/evil.json' is not allowed in a package"),
    (_manifest_changed(_wrong_format),
     "manifest.json: format is 'something-else/2', not 'impactapp-indicator-package/1'"),
    (_manifest_changed(lambda m: m["files"][0].update(sha256="abc")),
     "manifest.json: files[0].sha256 is not a SHA-256 checksum"),
    (_manifest_changed(lambda m: m["files"][1].update(indicator="ind.unheard_of")),
     "is for ind.unheard_of, which is not in this program's indicator set"),
]


@pytest.mark.parametrize(("change", "message"), BAD)
def test_a_bad_package_is_refused_whole_with_a_clear_message(capsys, tmp_path, package,
                                                            change, message):
    target, _ = package
    db = _fresh(tmp_path, capsys)
    before = _rows(db)
    bad = _rewrite(target, tmp_path / "bad.zip", change)
    status, out, err = run(capsys, "--db", db, "indicators", "import-package", str(bad))
    assert status == 1 and out == ""
    assert message in err and err.strip().endswith("; nothing was imported.")
    assert len(err.strip().splitlines()) == 1
    assert _rows(db) == before


def test_an_extra_file_and_a_zip_bomb_are_refused(capsys, tmp_path, package):
    target, _ = package
    db = _fresh(tmp_path, capsys)
    extra = _rewrite(target, tmp_path / "extra.zip",
                     lambda n, d: (n, d))
    with zipfile.ZipFile(extra, "a") as archive:
        archive.writestr("responses/smuggled.json", b"{}")
    status, _, err = run(capsys, "--db", db, "indicators", "import-package", str(extra))
    assert status == 1 and "responses/smuggled.json is not listed in the manifest" in err

    bomb = _rewrite(target, tmp_path / "bomb.zip", lambda n, d: (n, d))
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("responses/bomb.json", b"\0" * (50 * 1024 * 1024))
    status, _, err = run(capsys, "--db", db, "indicators", "import-package", str(bomb))
    assert status == 1 and "responses/bomb.json is compressed more than 200 times" in err
    assert _rows(db) == set()


def test_a_file_that_is_no_zip_and_one_that_is_missing(capsys, tmp_path):
    db = _fresh(tmp_path, capsys)
    text = tmp_path / "notes.zip"
    text.write_text("not a zip", encoding="utf-8")
    status, _, err = run(capsys, "--db", db, "indicators", "import-package", str(text))
    assert status == 1 and f"{text}: is not a zip file" in err
    status, _, err = run(capsys, "--db", db, "indicators", "import-package",
                         str(tmp_path / "gone.zip"))
    assert status == 1 and "gone.zip: no such file; nothing was imported." in err


def test_a_response_that_does_not_parse_names_the_file(capsys, tmp_path, package):
    target, _ = package

    def broken(name, data):
        if name == LOW:
            return name, b"{not json"
        if name == MANIFEST:
            manifest = json.loads(data)
            for entry in manifest["files"]:
                if entry["path"] == LOW:
                    entry.update(sha256=hashlib.sha256(b"{not json").hexdigest(), bytes=9)
            return name, json.dumps(manifest).encode()
        return name, data

    db = _fresh(tmp_path, capsys)
    bad = _rewrite(target, tmp_path / "broken.zip", broken)
    status, _, err = run(capsys, "--db", db, "indicators", "import-package", str(bad))
    assert status == 1 and f"{LOW} cannot be read" in err
    assert _rows(db) == set()


def test_fetch_package_needs_a_municipality_and_a_zip_name(capsys, tmp_path):
    db = str(tmp_path / "none.db")
    status, _, err = run(capsys, "--db", db, "indicators", "fetch", "--all", "--package",
                         str(tmp_path / "p.zip"))
    assert status == 2 and "No municipality is set" in err
    run(capsys, "--db", db, "municipality", "set", "3405")
    status, _, err = run(capsys, "--db", db, "indicators", "fetch", "--all", "--package",
                         str(tmp_path / "p.tar"))
    assert status == 2 and "a data package is a .zip file" in err
    assert not (tmp_path / "p.tar").exists()
