"""criteria/regions.yaml: municipalities (kommuner) and their districts (bydeler)."""

from __future__ import annotations

import re
from typing import Any

from impactapp.domain.model import Region

from .check import FileCheck, Unique

FILE = "regions.yaml"
KEYS = ("regions",)

KOMMUNE_CODE = re.compile(r"[0-9]{4}")
DISTRICT_CODE = re.compile(r"[0-9]{6}")


def parse_regions(check: FileCheck, top: dict[str, Any]) -> dict[str, Region]:
    """Every kommune followed by its districts, by code."""
    regions: dict[str, Region] = {}
    codes = Unique(check, "region code")
    for path, entry in check.entries(top, (), "regions", ("code", "name"), ("districts",)):
        code = check.string(entry, path, "code")
        name = check.string(entry, path, "name")
        if code is not None and not KOMMUNE_CODE.fullmatch(code):
            check.error((*path, "code"), f"'{code}' is not a kommune number of 4 digits")
            code = None
        if code is not None and codes.add(code, (*path, "code")) and name is not None:
            regions[code] = Region(code=code, name=name, kind="kommune")
        for district_path, district in check.entries(entry, path, "districts", ("code", "name")):
            district_code = check.string(district, district_path, "code")
            district_name = check.string(district, district_path, "name")
            if district_code is None:
                continue
            if not DISTRICT_CODE.fullmatch(district_code):
                message = f"'{district_code}' is not a district code of 6 digits"
                check.error((*district_path, "code"), message)
            elif code is not None and not district_code.startswith(code):
                check.error(
                    (*district_path, "code"),
                    f"'{district_code}' does not start with its kommune number '{code}'",
                )
            elif codes.add(district_code, (*district_path, "code")) and district_name is not None:
                regions[district_code] = Region(
                    code=district_code, name=district_name, kind="bydel", parent=code
                )
    return regions
