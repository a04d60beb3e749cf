"""Fill translations into a Qt .ts file from a YAML mapping (developer tool, not shipped).

Usage: python tools/ts_fill.py impactapp/ui/i18n/impactapp_nb.ts impactapp/ui/i18n/nb/*.yaml
       python tools/ts_fill.py --english-plurals impactapp/ui/i18n/impactapp_en.ts

Each YAML file maps context -> source text -> translation (one file per area of the UI, so
several people can add translations without touching the same file); plural sources
(containing %n) map to a list of forms [singular, plural]. Contexts missing from the .ts (Qt's
own, such as QPlatformTheme for the standard buttons) are added. `make i18n` runs this.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import yaml


def read_tables(yaml_paths: list[str]) -> dict[str, dict[str, object]]:
    """All translation files merged; the same context may appear in several files."""
    table: dict[str, dict[str, object]] = {}
    for path in yaml_paths:
        with open(path, encoding="utf-8") as fh:
            for context, entries in (yaml.safe_load(fh) or {}).items():
                table.setdefault(context, {}).update(entries)
    return table


def fill(ts_path: str, yaml_paths: list[str]) -> int:
    tree = ET.parse(ts_path)
    root = tree.getroot()
    table = read_tables(yaml_paths)
    contexts = {c.findtext("name"): c for c in root.findall("context")}
    missing = 0
    for name, entries in table.items():
        ctx = contexts.get(name)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = name
            contexts[name] = ctx
        messages = {m.findtext("source"): m for m in ctx.findall("message")}
        for source, target in entries.items():
            msg = messages.get(source)
            if msg is None:
                msg = ET.SubElement(ctx, "message")
                ET.SubElement(msg, "source").text = source
                ET.SubElement(msg, "translation")
            tr = msg.find("translation")
            tr.attrib.pop("type", None)
            for child in list(tr):
                tr.remove(child)
            if isinstance(target, list):
                msg.set("numerus", "yes")
                tr.text = None
                for form in target:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = str(target)
    for ctx in root.findall("context"):
        for msg in ctx.findall("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                missing += 1
                print(f"untranslated: [{ctx.findtext('name')}] {msg.findtext('source')!r}")
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    if missing:
        print(f"{missing} text(s) still untranslated; they show in English until translated")
    return 0


def english_plurals(ts_path: str) -> int:
    """English needs a catalogue only for plurals: "%n case(s)" -> "1 case" / "2 cases"."""
    tree = ET.parse(ts_path)
    for msg in tree.getroot().iter("message"):
        if msg.get("numerus") != "yes":
            continue
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        for form in (source.replace("(s)", ""), source.replace("(s)", "s")):
            ET.SubElement(tr, "numerusform").text = form
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "--english-plurals":
        sys.exit(english_plurals(sys.argv[2]))
    sys.exit(fill(sys.argv[1], sys.argv[2:]))
