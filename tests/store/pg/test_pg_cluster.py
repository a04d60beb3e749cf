"""The throwaway test cluster itself: socket only, no durability work, found or skipped
cleanly, and gone after its session (server stopped, folder removed)."""

from __future__ import annotations

from bench import pgcluster


def test_the_cluster_listens_on_its_socket_only(pg_cluster):
    with pg_cluster.connect() as conn:
        settings = dict(conn.execute(
            "SELECT name, setting FROM pg_settings WHERE name IN"
            " ('listen_addresses', 'fsync', 'unix_socket_directories')").fetchall())
    assert settings == {"listen_addresses": "", "fsync": "off",
                        "unix_socket_directories": str(pg_cluster.socket_dir)}


def test_no_server_binary_means_a_reason_to_skip(monkeypatch):
    monkeypatch.setattr(pgcluster.shutil, "which", lambda name: None)
    monkeypatch.setattr(pgcluster.glob, "glob", lambda pattern: [])
    assert pgcluster.find_bindir() is None
    reason = pgcluster.start_cluster()
    assert isinstance(reason, str) and "no PostgreSQL server" in reason


def test_the_newest_installed_server_is_chosen(monkeypatch, tmp_path):
    for version in ("9.6", "15", "13"):
        bindir = tmp_path / version / "bin"
        bindir.mkdir(parents=True)
        for tool in ("initdb", "pg_ctl", "postgres"):
            (bindir / tool).touch()
    monkeypatch.setattr(pgcluster.shutil, "which", lambda name: None)
    monkeypatch.setattr(pgcluster.glob, "glob",
                        lambda pattern: [str(p / "bin") for p in tmp_path.iterdir()])
    assert pgcluster.find_bindir() == tmp_path / "15" / "bin"


def test_a_stopped_cluster_leaves_no_server_and_no_folder(pg_cluster):
    other = pgcluster.PgCluster(pg_cluster.bindir)
    other.start()
    pid = int((other.data / "postmaster.pid").read_text().split()[0])
    assert _running(pid)
    other.stop()
    assert not other.root.exists()
    assert not _running(pid)
    other.stop()  # a second stop (the atexit fallback) is harmless


def _running(pid: int) -> bool:
    """Whether the process runs (a zombie waiting for init to reap it has ended)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
