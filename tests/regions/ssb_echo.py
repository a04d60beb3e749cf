"""Routes for the fake SSB server that answer any PxWebApi v2 data request the way SSB does:
one cell per requested code, refusing a region code the table does not have (400)."""

from __future__ import annotations

import itertools
import json

from impactapp.catalog import load_catalog
from impactapp.catalog.municipalities import region_data
from impactapp.domain.model import Catalog
from tests.indicators.fake_ssb import Answer, FakeSsb, Seen

PERIODS = ("2019", "2020", "2021", "2022", "2023")


def table_regions() -> list[str]:
    """Every region an SSB region table has: the country, municipalities and districts."""
    data = region_data()
    codes = ["0", *data.municipalities]
    codes += [d.code for ds in data.districts.values() for d in ds]
    return codes


def value_of(region: str, period: str) -> float:
    """A figure that tells which region and period it belongs to: 3405 in 2023 -> 3405.2023."""
    return float(int(region)) + int(period) / 10_000


def _is_region(dim: str) -> bool:
    """SSB names its region dimension "Region"; KOSTRA tables "KOKkommuneregion0000" and the
    like."""
    return dim == "Region" or (dim.startswith("KOK") and "region" in dim.lower())


def _dataset(table: str, dims: list[tuple[str, list[str]]], values: list) -> bytes:
    geo = [d for d, _ in dims if _is_region(d)]
    out = {
        "version": "2.0", "class": "dataset", "label": f"table {table}",
        "updated": "2025-06-12T06:00:00Z",
        "id": [d for d, _ in dims], "size": [len(c) for _, c in dims],
        "role": {"geo": geo, "time": ["Tid"]},
        "dimension": {d: {"label": d, "category": {"index": {c: i for i, c in enumerate(codes)},
                                                    "label": {c: c for c in codes}}}
                      for d, codes in dims},
        "extension": {"px": {"tableid": table}},
        "value": values,
    }
    return json.dumps(out).encode("utf-8")


def _codes(seen: Seen, dim: str, default: list[str]) -> list[str]:
    raw = seen.params.get(f"valueCodes[{dim}]", [",".join(default)])[0]
    codes = raw.split(",")
    if any(c.startswith(("top(", "bottom(")) for c in codes):
        return list(PERIODS)
    if codes == ["*"]:
        return ["x1"]
    return codes


def table_dimensions(catalog: Catalog) -> dict[str, list[tuple[str, list[str]]]]:
    """Each SSB table's dimensions as its metadata lists them: the regions of the whole
    country in its region dimension, five years in ``Tid``, and in every other dimension the
    codes the catalog's queries of that table name."""
    found: dict[str, dict[str, list[str]]] = {}
    for indicator in catalog.indicators.values():
        top = indicator.source
        for source in (top, top.numerator, top.denominator):
            if source is None or not source.table:
                continue
            table = found.setdefault(source.table, {})
            for dim, codes in source.query:
                held = table.setdefault(dim, [])
                held.extend(c for c in codes if c not in held and not c.startswith(("{", "top(",
                                                                                   "bottom(")))
    regions = table_regions()
    out = {}
    for table, dims in found.items():
        out[table] = [(d, regions if _is_region(d) else list(PERIODS) if d == "Tid"
                       else (codes or ["x1"])) for d, codes in dims.items()]
    return out


def serve_tables(ssb: FakeSsb, tables: list[str]) -> None:
    """Answer data and metadata requests of ``tables`` (SSB tables of the shipped catalog)."""
    known = set(table_regions())
    shapes = table_dimensions(load_catalog())
    for table in tables:
        def data(seen: Seen, table=table) -> Answer:
            dims_asked = [k[len("valueCodes["):-1] for k in seen.params
                          if k.startswith("valueCodes[")]
            dims = [(d, _codes(seen, d, [])) for d in dims_asked]
            region_dim = next((d for d, _ in dims if _is_region(d)), "Region")
            regions = dict(dims).get(region_dim, [])
            unknown = [c for c in regions if c not in known]
            if unknown:
                return Answer(400, json.dumps({"title": f"Non-existent value {unknown[0]}"})
                              .encode())
            # cells in row-major order of dims; the value depends on region and period only
            values = []
            for combo in itertools.product(*(codes for _, codes in dims)):
                picked = dict(zip((d for d, _ in dims), combo, strict=True))
                values.append(value_of(picked[region_dim], picked["Tid"]))
            return Answer(body=_dataset(table, dims, values))

        def metadata(seen: Seen, table=table) -> Answer:
            dims = shapes.get(table, [("Region", table_regions()), ("Tid", list(PERIODS))])
            return Answer(body=_dataset(table, dims, []))

        ssb.serve(f"/tables/{table}/data", data)
        ssb.serve(f"/tables/{table}/metadata", metadata)
