"""Benchmarks of indicator data: a 1 MB JSON-stat response read and stored, and the largest
response SSB sends (800,000 cells) read, with its time and peak memory."""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from impactapp.indicators import (
    FETCH_MAX_BYTES,
    SSB_MAX_CELLS,
    dataset_observations,
    read_jsonstat,
)
from impactapp.store import Store

from .core import median_time, report

MB = 1024 * 1024


def ssb_like_response(regions: int, periods: int, contents: int = 1, seed: int = 6947) -> bytes:
    """A JSON-stat 2.0 answer shaped like SSB's: Region x ContentsCode x Tid, one decimal,
    about one cell in fifty published only as a symbol."""
    rng = random.Random(seed)
    region_codes = [f"{3000 + i:04d}" for i in range(regions)]
    content_codes = [f"Innhold{i}" for i in range(contents)]
    years = [str(1900 + i) for i in range(periods)]
    cells = regions * contents * periods
    values: list[Any] = [round(rng.uniform(0, 100), 1) for _ in range(cells)]
    status: dict[str, str] = {}
    for position in rng.sample(range(cells), cells // 50):
        values[position] = None
        status[str(position)] = rng.choice(("..", ":", "."))

    def dimension(label: str, codes: list[str], names: list[str]) -> dict[str, Any]:
        return {
            "label": label,
            "category": {
                "index": {code: i for i, code in enumerate(codes)},
                "label": dict(zip(codes, names, strict=True)),
            },
        }

    document = {
        "version": "2.0",
        "class": "dataset",
        "label": "Benchmark: generated SSB-like table",
        "source": "generated",
        "updated": "2025-06-12T06:00:00Z",
        "role": {"time": ["Tid"], "geo": ["Region"], "metric": ["ContentsCode"]},
        "id": ["Region", "ContentsCode", "Tid"],
        "size": [regions, contents, periods],
        "dimension": {
            "Region": dimension("region", region_codes, [f"Kommune {c}" for c in region_codes]),
            "ContentsCode": dimension("statistikkvariabel", content_codes, content_codes),
            "Tid": dimension("år", years, years),
        },
        "extension": {"px": {"tableid": "99999"}},
        "value": values,
        "status": status,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def report_memory(name: str, megabytes: float, target: float,
                  baseline: tuple[str, float] | None = None) -> None:
    line = f"{name:<44} {megabytes:10.1f} MB   target < {target:.0f} MB "
    line += f"({'ok' if megabytes < target else 'MISSED'})"
    if baseline is not None:
        label, base = baseline
        line += f"   {megabytes / base:6.1f}x {label} ({base:.1f} MB)"
    print(line, flush=True)


def bench_one_megabyte(args: argparse.Namespace) -> None:
    """Read a 1 MB response and store its observations; baseline: json.loads of the same."""
    regions = 1600
    raw = ssb_like_response(regions, periods=100)
    regions = int(regions * 0.998 * MB / len(raw))  # the size grows in step with the regions
    raw = ssb_like_response(regions, periods=100)
    while len(raw) > MB:
        regions -= 1
        raw = ssb_like_response(regions, periods=100)
    cells = read_jsonstat(raw).cells
    fetched = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "b.db") as store:

        def read_and_store() -> None:
            dataset = read_jsonstat(raw)
            observations = dataset_observations(dataset, "ind.bench", fetched=fetched)
            store.replace_observations("ind.bench", observations)

        seconds = median_time(read_and_store, args.repeat)
    base = median_time(lambda: json.loads(raw), args.repeat)
    report(f"{len(raw) / MB:.2f} MB JSON-stat read + stored ({cells:,} cells)", seconds,
           target=1.0, baseline=("json.loads only", base))


# VmHWM is the process's own peak; ru_maxrss would include the parent's size at fork on Linux.
_PEAK_PROBE = """
import json, sys
from impactapp.indicators import FETCH_MAX_BYTES, SSB_MAX_CELLS, read_jsonstat
raw = open(sys.argv[1], "rb").read()
if sys.argv[2] == "read":
    dataset = read_jsonstat(raw, max_bytes=FETCH_MAX_BYTES, max_cells=SSB_MAX_CELLS)
    for cell in dataset.iter_cells():
        pass
else:
    json.loads(raw)
status = open("/proc/self/status").read().split("VmHWM:")[1]
print(int(status.split()[0]))
"""


def _process_peak_mb(path: Path, mode: str) -> float:
    out = subprocess.run([sys.executable, "-c", _PEAK_PROBE, str(path), mode],
                         check=True, capture_output=True, text=True).stdout
    return int(out.split()[-1]) / 1024  # VmHWM is in KiB


def bench_largest_response(args: argparse.Namespace) -> None:
    """Read SSB's largest response (800,000 cells) into tidy cells: time and peak memory."""
    raw = ssb_like_response(regions=2000, periods=100, contents=4)
    limits = {"max_bytes": FETCH_MAX_BYTES, "max_cells": SSB_MAX_CELLS}

    def read_cells() -> int:
        dataset = read_jsonstat(raw, **limits)
        count = 0
        for _ in dataset.iter_cells():
            count += 1
        return count

    if read_cells() != SSB_MAX_CELLS:
        raise RuntimeError("the generated response does not have 800,000 cells")
    repeat = max(1, min(args.repeat, 3))
    seconds = median_time(read_cells, repeat)
    base = median_time(lambda: json.loads(raw), repeat)
    report(f"{SSB_MAX_CELLS:,} cells ({len(raw) / MB:.1f} MB) read to tidy rows", seconds,
           target=5.0, baseline=("json.loads only", base))

    tracemalloc.start()
    read_cells()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    tracemalloc.start()
    json.loads(raw)
    _, json_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    report_memory("  peak Python allocations while reading", peak / MB, target=500,
                  baseline=("json.loads only", json_peak / MB))
    if not Path("/proc/self/status").exists():
        return  # the process figure needs Linux's /proc
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "largest.json"
        path.write_bytes(raw)
        report_memory("  peak process memory (fresh process)", _process_peak_mb(path, "read"),
                      target=500, baseline=("json.loads only", _process_peak_mb(path, "json")))


def bench_indicators(args: argparse.Namespace) -> None:
    """Both indicator benchmarks."""
    bench_one_megabyte(args)
    bench_largest_response(args)
