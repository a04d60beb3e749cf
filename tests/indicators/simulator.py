"""Local stand-ins for SSB's PxWebApi v2, FHI's open API, Oslo's PxWeb and Miljødirektoratet.

They answer as the real services do where it matters to the client: SSB says 400 "Non-existent
value" for a code the table lacks, 500 with an empty body for a code given twice and 404 for a
GET URL over about 2,100 characters; KOSTRA tables call the region KOKkommuneregion0000 (the
country EAK); SSB's bydel tables write 030101a; FHI's time filter ``bottom`` gives the newest
periods and ``top`` the oldest, the reverse of SSB. Tables are hand-made from the catalog's
queries (no recorded metadata of the indicator tables exists offline), so a code the catalog
guessed is accepted here: these tests prove the mechanics, not the codes.
"""

from __future__ import annotations

import functools
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import unquote

from impactapp.domain.model import Catalog, IndicatorSource
from impactapp.indicators.resolve import PLACEHOLDERS, is_region_dimension

from .fake_ssb import Answer, FakeSsb, Seen

KOMMUNER = ("0301", "4601", "5001", "1103", "3201", "4204", "3301", "3203", "3205", "3107",
            "3405")
OSLO_BYDELER = tuple(f"0301{n:02d}" for n in range(1, 16))
BERGEN_BYDELER = tuple(f"4601{n:02d}" for n in range(1, 9))
YEARS = tuple(str(y) for y in range(2015, 2025))
MAX_URL = 2100


def simulated_value(codes: Sequence[str]) -> float:
    """Every cell's figure follows from its codes, so a test can tell whose figure it got."""
    text = "|".join(codes)
    return round(sum(ord(c) * (i + 1) for i, c in enumerate(text)) % 9000 / 10 + 1, 1)


@dataclass
class Table:
    """A simulated table: dimensions in order, with their codes."""

    id: str
    dims: list[tuple[str, tuple[str, ...]]]
    geo: str
    time: str
    label: str = ""

    def codes(self, dim: str) -> tuple[str, ...]:
        return dict(self.dims)[dim]


def region_codes(publisher: str, dim: str, bydel: bool) -> tuple[str, ...]:
    """The regions of a table as its publisher writes them."""
    kostra = dim.startswith("KOK")
    national = ("EAK",) if kostra else ("0",)
    districts: tuple[str, ...] = ()
    if bydel:
        if publisher == "ssb":
            districts = tuple(f"{c}a" for c in (*OSLO_BYDELER, *BERGEN_BYDELER))
        elif publisher == "oslo":
            districts = tuple(c[1:] for c in OSLO_BYDELER)
        else:
            districts = (*OSLO_BYDELER, *BERGEN_BYDELER)
    if publisher == "oslo":
        return ("100000", *districts)
    return (*national, *KOMMUNER, *districts)


def period_codes(publisher: str, table: str) -> tuple[str, ...]:
    if publisher == "fhi":
        return tuple(f"{int(y) - 2}_{y}" if table.endswith("/360") else f"{y}_{y}"
                     for y in YEARS)
    if table == "12944":
        return tuple(f"{int(y) - 2}-{y}" for y in YEARS)
    return YEARS


def table_for(source: IndicatorSource, bydel: bool, publisher: str) -> Table:
    """A table that has every code ``source``'s query names (plus a spare one per dimension)."""
    dims: list[tuple[str, tuple[str, ...]]] = []
    geo = time = ""
    for dim, codes in source.query:
        if dim.startswith("codelist["):
            continue
        if is_region_dimension(dim):
            geo = dim
            dims.append((dim, region_codes(publisher, dim, bydel)))
        elif dim in ("Tid", "AAR"):
            time = dim
            dims.append((dim, period_codes(publisher, source.table)))
        else:
            named = [c for c in codes if c not in PLACEHOLDERS and not _expression(c)]
            spare = ("1", "2", "3", "4", "5", "6") if not named else ("spare",)
            dims.append((dim, (*named, *spare) if dim != "ContentsCode" or not named
                         else tuple(named)))
    if source.kind == "ssb" and not any(d == "ContentsCode" for d, _ in dims):
        dims.insert(len(dims) - 1, ("ContentsCode", ("Mengde", "PerInnbygger")))
    return Table(source.table, dims, geo, time)


def _expression(code: str) -> bool:
    return any(mark in code for mark in "*?(")


def catalog_tables(catalog: Catalog) -> dict[str, dict[str, Table]]:
    """publisher -> table id -> simulated table, for every fetched source of the catalog."""
    kinds = {"ssb": "ssb", "fhi": "fhi", "oslo_statistikkbank": "oslo"}
    out: dict[str, dict[str, Table]] = {"ssb": {}, "fhi": {}, "oslo": {}}
    for indicator in catalog.indicators.values():
        source = indicator.source
        parts = [source.numerator, source.denominator] if source.kind == "ratio" else [source]
        for part in parts:
            if part is None or part.kind not in kinds:
                continue
            publisher = kinds[part.kind]
            table = table_for(part, "bydel" in indicator.levels, publisher)
            known = out[publisher].get(part.table)
            if known is not None:  # two queries of one table: merge their codes
                merged = dict(known.dims)
                for dim, codes in table.dims:
                    merged[dim] = tuple(dict.fromkeys((*merged.get(dim, ()), *codes)))
                table = Table(table.id, list(merged.items()), table.geo, table.time)
            out[publisher][part.table] = table
    return out


def _jsonstat(table: Table, chosen: list[tuple[str, tuple[str, ...]]], metadata: bool,
             geo_role: bool = True) -> bytes:
    ids = [d for d, _ in chosen]
    data: dict = {
        "version": "2.0", "class": "dataset", "label": table.label or f"Table {table.id}",
        "updated": "2025-06-12T06:00:00Z", "id": ids, "size": [len(c) for _, c in chosen],
        "role": {"geo": [table.geo], "time": [table.time]} if geo_role else
                {"time": [table.time]},
        "dimension": {
            dim: {"label": dim, "category": {"index": {c: i for i, c in enumerate(codes)},
                                             "label": {c: c for c in codes}}}
            for dim, codes in chosen
        },
    }
    if not metadata:
        values = [None]
        for _, codes in chosen:
            values = [v for v in values for _ in codes]
        cells: list[list[str]] = [[]]
        for _, codes in chosen:
            cells = [[*c, code] for c in cells for code in codes]
        data["value"] = [simulated_value(c) for c in cells]
        if table.id.isdigit():
            data["extension"] = {"px": {"tableid": table.id}}
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _error(status: int, detail: str) -> Answer:
    return Answer(status, json.dumps({"title": detail, "status": status,
                                      "detail": detail}).encode())


@dataclass
class Simulator:
    """Installs itself as the fake server's fallback and answers for every publisher."""

    fake: FakeSsb
    ssb: dict[str, Table] = field(default_factory=dict)
    fhi: dict[str, Table] = field(default_factory=dict)
    oslo: dict[str, Table] = field(default_factory=dict)
    workbook: bytes = b""

    def __post_init__(self) -> None:
        self.fake.fallback = self.answer

    def answer(self, seen: Seen) -> Answer | None:
        if seen.method == "GET" and seen.url_length > MAX_URL:
            return Answer(404, b"")  # SSB's front end refuses long GET URLs
        path = seen.path
        if path.startswith("/api/pxwebapi/v2/tables/"):
            table_id, _, what = path.removeprefix("/api/pxwebapi/v2/tables/").partition("/")
            table = self.ssb.get(table_id)
            if table is None:
                return None
            if what == "metadata":
                return Answer(body=_jsonstat(table, table.dims, True))
            if what == "data":
                return self._ssb_data(table, seen)
        if path.startswith("/api/open/v1/"):
            return self._fhi(path.removeprefix("/api/open/v1/"), seen)
        if path.startswith("/oslo/api/v1/no/"):
            return self._oslo(path.removeprefix("/oslo/api/v1/no/"), seen)
        if path == "/miljo/utslippsstatistikk_alle_kommuner.xlsx" and self.workbook:
            return Answer(body=self.workbook, headers={"Content-Type": "application/vnd.ms-excel"})
        return None

    # --- SSB ---------------------------------------------------------------------------------

    def _ssb_data(self, table: Table, seen: Seen) -> Answer:
        asked: dict[str, list[str]] = {}
        lists: set[str] = set()
        if seen.method == "POST":
            for item in json.loads(seen.body)["selection"]:
                asked[item["variableCode"]] = list(item["valueCodes"])
                if item.get("codelist"):
                    lists.add(item["variableCode"])
        else:
            for key, values in seen.params.items():
                if key.startswith("valueCodes[") and key.endswith("]"):
                    asked[key[11:-1]] = _split(values[0])
                elif key.startswith("codelist["):
                    lists.add(key[9:-1])
        chosen: list[tuple[str, tuple[str, ...]]] = []
        for dim, held in table.dims:
            codes = asked.pop(dim, None)
            if codes is None:
                chosen.append((dim, held))
                continue
            if len(set(codes)) != len(codes):
                return Answer(500, b"")  # SSB's answer to a code given twice
            picked: list[str] = []
            for code in codes:
                found = _select(code, held, newest_last=True)
                if found is None:
                    if dim in lists:
                        found = [code]
                    else:
                        return _error(400, f"Non-existent value: {code} for variable {dim}")
                picked.extend(found)
            chosen.append((dim, tuple(dict.fromkeys(picked))))
        if asked:
            return _error(400, f"Non-existent variable: {', '.join(asked)}")
        return Answer(body=_jsonstat(table, chosen, False))

    # --- FHI ---------------------------------------------------------------------------------

    def _fhi(self, rest: str, seen: Seen) -> Answer | None:
        parts = rest.split("/")
        if len(parts) != 4 or parts[1] != "Table":
            return None
        table = self.fhi.get(f"{parts[0]}/{parts[2]}")
        if table is None:
            return None
        if parts[3] == "dimension" and seen.method == "GET":
            dims = []
            for dim, codes in table.dims:
                if dim == "GEO":  # FHI nests bydeler under their kommune
                    top = [c for c in codes if len(c) <= 4]
                    cats = [{"value": k, "label": k, "children": [
                        {"value": b, "label": b} for b in codes
                        if len(b) == 6 and b.startswith(k)]} for k in top]
                else:
                    cats = [{"value": c, "label": c} for c in codes]
                dims.append({"code": dim, "label": dim, "categories": cats})
            return Answer(body=json.dumps({"dimensions": dims}).encode())
        if parts[3] == "data" and seen.method == "POST":
            request = json.loads(seen.body)
            asked = {d["code"]: d for d in request["dimensions"]}
            chosen = []
            for dim, held in table.dims:
                spec = asked.pop(dim, None)
                if spec is None:
                    return _error(400, f"Dimension {dim} is missing from the request")
                kind, values = spec["filter"], spec["values"]
                if kind == "bottom":  # FHI: the newest periods
                    picked = list(held[-int(values[0]):])
                elif kind == "top":  # FHI: the oldest periods
                    picked = list(held[: int(values[0])])
                elif kind == "all":
                    picked = list(held)
                else:
                    missing = [v for v in values if v not in held]
                    if missing:
                        return _error(400, f"Unknown value {missing[0]} for {dim}")
                    picked = list(values)
                chosen.append((dim, tuple(picked)))
            if asked:
                return _error(400, f"Unknown dimension {', '.join(asked)}")
            return Answer(body=_jsonstat(table, chosen, False))
        return None

    # --- Oslo kommune (PxWeb v1) ----------------------------------------------------------------

    def _oslo(self, path: str, seen: Seen) -> Answer | None:
        table = self.oslo.get(unquote(path))
        if table is None:
            return None
        if seen.method == "GET":
            variables = [{"code": d, "text": d, "values": list(c), "valueTexts": list(c)}
                         for d, c in table.dims]
            return Answer(body=json.dumps({"title": table.id, "variables": variables}).encode())
        request = json.loads(seen.body)
        asked = {q["code"]: q["selection"] for q in request["query"]}
        chosen = []
        for dim, held in table.dims:
            sel = asked.pop(dim, None)
            if sel is None:
                chosen.append((dim, held))
            elif sel["filter"] == "top":
                chosen.append((dim, tuple(held[-int(sel["values"][0]):])))
            else:
                missing = [v for v in sel["values"] if v not in held]
                if missing:
                    return _error(400, f"Non-existent value: {missing[0]}")
                chosen.append((dim, tuple(sel["values"])))
        # PxWeb marks no geo role unless the table has a map: the client goes by the name.
        return Answer(body=_jsonstat(table, chosen, False, geo_role=False))


def _split(text: str) -> list[str]:
    """valueCodes: codes separated by commas, a code with a comma in brackets."""
    out, depth, current = [], 0, ""
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(current)
            current = ""
        else:
            current += ch
    out.append(current)
    return out


def _select(code: str, held: Sequence[str], *, newest_last: bool) -> list[str] | None:
    """SSB's selection expressions: top(n) = the newest n, bottom(n) the oldest, * all."""
    lower = code.lower()
    if lower.startswith("top(") and lower.endswith(")"):
        return list(held[-int(lower[4:-1].split(",")[0]):])
    if lower.startswith("bottom(") and lower.endswith(")"):
        return list(held[: int(lower[7:-1].split(",")[0])])
    if code == "*":
        return list(held)
    if "*" in code:
        prefix = code.split("*")[0]
        return [h for h in held if h.startswith(prefix)]
    return [code] if code in held else None


def emissions_workbook(regions: Sequence[str], years: Sequence[str]) -> bytes:
    """A small workbook shaped like Miljødirektoratet's, with a "total" row that must not count.

    Made once per ``regions`` and ``years`` (the bytes never change; writing the workbook took
    0.15 s, in each of the 66 tests of every indicator)."""
    return _emissions_workbook(tuple(regions), tuple(years))


@functools.cache
def _emissions_workbook(regions: tuple[str, ...], years: tuple[str, ...]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Oversikt - detaljert"
    sheet.append(["Utslipp av klimagasser per kommune"])
    sheet.append(["Kommunenummer", "Kommunenavn", "År", "Sektor", "Undersektor", "Klimagass",
                  "Utslipp (tonn CO2-ekvivalenter)"])
    for region in regions:
        for year in years:
            base = simulated_value([region, year]) * 100
            sheet.append([int(region), region, int(year), "Veitrafikk", "Personbiler", "CO2", base])
            sheet.append([int(region), region, int(year), "Oppvarming", "Husholdninger", "CH4",
                          10.0])
            sheet.append([int(region), region, int(year), "Totalt", "", "Totalt", base + 10.0])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
