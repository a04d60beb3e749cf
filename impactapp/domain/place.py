"""The municipality a database's figures are for, with its official districts (bydeler)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class District:
    """An official district (bydel): six-digit code such as "030101", and its name."""

    code: str
    name: str


@dataclass(frozen=True)
class Place:
    """The municipality (four-digit code), its districts (none for most) and the
    municipality codes it is compared with."""

    code: str
    name: str
    districts: tuple[District, ...] = ()
    comparison: tuple[str, ...] = ()
