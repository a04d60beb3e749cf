"""``make bench`` never touches the user's home: settings, data and logs go to a temporary one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.isolation import HOME_FOLDERS, isolated_home

ROOT = Path(__file__).resolve().parent.parent

_QT_PATHS = """
import json, sys
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths as P
app = QCoreApplication(sys.argv[:1])
app.setOrganizationName("ImpactApp"); app.setApplicationName("ImpactApp")
kinds = [P.HomeLocation, P.ConfigLocation, P.GenericConfigLocation, P.AppDataLocation,
         P.AppLocalDataLocation, P.GenericDataLocation, P.CacheLocation, P.StateLocation
         if hasattr(P, "StateLocation") else P.CacheLocation, P.RuntimeLocation]
paths = [P.writableLocation(k) for k in kinds]
paths.append(QSettings("ImpactApp", "ImpactApp").fileName())
from impactapp.store import default_db_path
paths.append(str(default_db_path()))
print(json.dumps(paths))
"""


@pytest.fixture
def real_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for the user's own home, with the XDG variables a desktop session sets."""
    home = tmp_path / "real-home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("IMPACTAPP_LOG_DIR", raising=False)
    return home


def _inside(path: str, folder: Path) -> bool:
    return Path(path).resolve().is_relative_to(folder.resolve())


def test_every_home_folder_and_qt_standard_path_points_into_the_temporary_home(
    real_home: Path,
) -> None:
    before = dict(os.environ)
    with isolated_home() as root:
        assert not _inside(str(root), real_home)
        for name in HOME_FOLDERS:
            assert _inside(os.environ[name], root), name
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        out = subprocess.run([sys.executable, "-c", _QT_PATHS], env=env, cwd=ROOT,
                             capture_output=True, text=True, check=True, timeout=120)
        for path in json.loads(out.stdout):
            assert path and _inside(path, root), path
    assert dict(os.environ) == before
    assert not root.exists()


@pytest.mark.slow(seconds=8)
def test_the_startup_benchmark_leaves_the_real_home_untouched(real_home: Path) -> None:
    """The start-up benchmark runs the real program (which writes its settings on exit)."""
    result = subprocess.run(
        [sys.executable, "-m", "bench", "startup", "--cases", "2", "--repeat", "1"],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), cwd=ROOT, capture_output=True,
        text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "GUI start-up to shown window" in result.stdout
    assert sorted(str(p.relative_to(real_home)) for p in real_home.rglob("*")) == []
