"""The user guide: every chapter in both languages, one per wizard step, links that resolve."""

import re
from pathlib import Path

import pytest

from impactapp.resources import resource_dir

GUIDE = resource_dir("docs") / "guide"
EXTRA = ("index", "method", "rating", "knowledge_gaps", "memo", "sources")
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def chapters(lang: str) -> set[str]:
    return {p.stem for p in (GUIDE / lang).glob("*.md")}


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_there_is_a_chapter_for_every_wizard_step_and_topic(lang, catalog):
    expected = {step.id for step in catalog.form.steps} | set(EXTRA)
    assert chapters(lang) == expected


def test_both_languages_have_the_same_chapters():
    assert chapters("nb") == chapters("en")


@pytest.mark.parametrize(
    "path", sorted(GUIDE.rglob("*.md")), ids=lambda p: f"{p.parent.name}/{p.name}"
)
def test_links_resolve_and_no_drafting_marks_remain(path: Path):
    text = path.read_text(encoding="utf-8")
    assert not re.search(r"\b(TODO|FIXME|TBD)\b", text)
    for target in LINK.findall(text):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        assert (path.parent / target.split("#")[0]).resolve().is_file(), target
