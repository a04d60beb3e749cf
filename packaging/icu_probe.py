"""Runs what Qt does with ICU and locale data, and prints the results as JSON.

``impactapp --icu-probe`` (the bundle) and ``python packaging/icu_probe.py`` (the source tree)
run the same calls: collation (QCollator), locale-aware case mapping (QLocale::toUpper and
toLower), time zone names (QTimeZone::displayName), codecs (QStringDecoder, and XML in
legacy encodings), and Qt's own locale formatting and text boundaries. The bundle ships
trimmed ICU data (``icu_trim``); the two outputs' ``results`` must be identical for the
languages the program supports. ``icu_data_library`` says which data library was loaded.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCollator,
    QDate,
    QDateTime,
    QIODevice,
    QLocale,
    QStringConverter,
    QStringDecoder,
    Qt,
    QTextBoundaryFinder,
    QTime,
    QTimeZone,
    QXmlStreamReader,
)

LOCALES = ("nb_NO", "nn_NO", "no", "nb", "en_GB", "en_US", "en")
#: Norwegian letters, their Swedish/German cousins, "aa" (sorted as å in Norwegian), accents,
#: numbers and punctuation (for the collator's options), letters with special casing.
WORDS = ("Å", "Ø", "Æ", "Z", "aa", "Aa", "ab", "Ål", "Åse", "Aase", "ære", "Ærlig", "øl",
         "Ödegaard", "Ängel", "zebra", "Zürich", "side10", "side2", "co-op", "coop", "Côte",
         "cote", "e", "é", "ð", "þ", "ß", "ss", "Łódź", "İ", "ı", "Tromsø", "Troms og Finnmark")
CASE_TEXT = "æøå ÆØÅ straße ǆ iı İI ĳ ὈΔΥΣΣΕΎΣ Ängel"
CASE_LOCALES = (*LOCALES, "tr_TR", "az", "lt", "el", "nl")
TEXT = ("Blåbærsyltetøy på brødskiva, sa Åse – «ja!». Kommunen (Tromsø) har 77 000 "
        "innbyggere; 1,5 % bor på øyer. Dr. Ødegård kom kl. 08.30.")
ZONES = (b"Europe/Oslo", b"Arctic/Longyearbyen", b"America/New_York", b"Asia/Tokyo", b"UTC")
ZONE_LOCALES = ("nb_NO", "nn_NO", "en_GB", "en_US")
CODECS = ("ISO-8859-1", "ISO-8859-15", "windows-1252", "IBM850", "IBM865", "KOI8-R",
          "Shift_JIS", "EUC-JP", "GB18030", "Big5", "EUC-KR", "EUC-TW", "x-unknown")
XML_SAMPLES = (("ISO-8859-15", "€ æøå ÆØÅ"), ("windows-1252", "€ “sitat” æøå"),
               ("IBM865", "æøå ÆØÅ"), ("Shift_JIS", "日本語"), ("GB18030", "中文 €"),
               ("KOI8-R", "Мурманск"))


def collation() -> dict[str, dict[str, list[str]]]:
    """WORDS sorted by each locale's collator, with the options Qt offers."""
    result = {}
    for name in LOCALES:
        orders = {}
        for option in ("default", "numeric", "case-insensitive", "ignore-punctuation"):
            collator = QCollator(QLocale(name))
            collator.setNumericMode(option == "numeric")
            collator.setIgnorePunctuation(option == "ignore-punctuation")
            if option == "case-insensitive":
                collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            orders[option] = sorted(WORDS, key=functools.cmp_to_key(collator.compare))
        result[name] = orders
    return result


def case_mapping() -> dict[str, list[str]]:
    """CASE_TEXT in upper and lower case by each locale's rules."""
    return {name: [QLocale(name).toUpper(CASE_TEXT), QLocale(name).toLower(CASE_TEXT)]
            for name in CASE_LOCALES}


def formatting() -> dict[str, dict[str, object]]:
    """Numbers, currency, dates, month and day names per locale (Qt's own CLDR tables)."""
    day, moment = QDate(2024, 2, 29), QDateTime(QDate(2024, 12, 31), QTime(23, 5, 9))
    result = {}
    for name in LOCALES:
        locale = QLocale(name)
        result[name] = {
            "numbers": [locale.toString(1234567.891, "f", 2), locale.toString(-0.5),
                        locale.toString(77000), locale.toCurrencyString(1234.5),
                        locale.formattedDataSize(123456789), locale.percent(),
                        locale.decimalPoint(), locale.groupSeparator()],
            "dates": [locale.toString(day, QLocale.FormatType.LongFormat),
                      locale.toString(day, QLocale.FormatType.ShortFormat),
                      locale.toString(moment, QLocale.FormatType.LongFormat),
                      locale.toString(day, "dddd d. MMMM yyyy"),
                      locale.dateFormat(), locale.timeFormat(), locale.amText(),
                      locale.firstDayOfWeek().name],
            "months": [locale.monthName(m, f) for m in range(1, 13)
                       for f in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)]
            + [locale.standaloneMonthName(m) for m in range(1, 13)],
            "days": [locale.dayName(d) for d in range(1, 8)],
            "names": [locale.name(), locale.bcp47Name(), locale.nativeLanguageName(),
                      locale.nativeTerritoryName(), *locale.uiLanguages()],
        }
    return result


def boundaries() -> dict[str, list[list[object]]]:
    """TEXT's boundaries (position and reasons) for each kind of text boundary."""
    result = {}
    for kind in QTextBoundaryFinder.BoundaryType:
        finder = QTextBoundaryFinder(kind, TEXT)
        found = []
        while (position := finder.toNextBoundary()) != -1:
            found.append([position, str(finder.boundaryReasons())])
        result[kind.name] = found
    return result


def time_zones() -> dict[str, list[str]]:
    """Each zone's names (standard, daylight, generic; long, short, offset) per locale."""
    result = {}
    for zone_id in ZONES:
        zone = QTimeZone(zone_id)
        for name in ZONE_LOCALES:
            result[f"{zone_id.decode()} {name}"] = [
                zone.displayName(kind, style, QLocale(name))
                for kind in QTimeZone.TimeType for style in QTimeZone.NameType]
    return result


def _decode_xml(encoding: str, body: bytes) -> str:
    """The text of an XML document in ``encoding``, as Qt's XML reader decodes it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(f'<?xml version="1.0" encoding="{encoding}"?><a>'.encode()
                              + body + b"</a>"))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QXmlStreamReader(buffer)
    reader.readNextStartElement()
    text = reader.readElementText()
    return f"error: {reader.errorString()}" if reader.hasError() else text


def codecs() -> dict[str, object]:
    """The codecs Qt offers, which names it accepts, and XML decoded from legacy encodings."""
    python_names = {"IBM850": "cp850", "IBM865": "cp865"}
    return {
        "available": sorted(QStringConverter.availableCodecs()),
        "decoders": {name: [QStringDecoder(name).isValid(), QStringDecoder(name).name()]
                     for name in CODECS},
        "xml": {encoding: _decode_xml(encoding, text.encode(python_names.get(encoding,
                                                                              encoding)))
                for encoding, text in XML_SAMPLES},
    }


def icu_data_library() -> str | None:
    """The ICU data library this process loaded (Linux), or None when it cannot tell."""
    maps = Path("/proc/self/maps")
    if not maps.exists():
        return None
    for line in maps.read_text(encoding="utf-8", errors="replace").splitlines():
        path = line.split(maxsplit=5)[-1]
        if "libicudata" in Path(path).name:
            return str(Path(path).resolve())
    return None


def probe() -> dict[str, object]:
    """Everything above: ``results`` to compare, and the data library that produced them."""
    results = {"collation": collation(), "case": case_mapping(), "formatting": formatting(),
               "boundaries": boundaries(), "time_zones": time_zones(), "codecs": codecs()}
    return {"results": results, "icu_data_library": icu_data_library()}


def main() -> int:
    """Prints the probe's JSON (ASCII only, so any console encoding shows it)."""
    sys.stdout.write(json.dumps(probe(), sort_keys=True, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
