"""One vocabulary: every id has its words in nb and en, and no other module spells them again."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

import impactapp
from impactapp.domain.vocabulary import VOCABULARY, capitalised, word

PACKAGE = Path(impactapp.__file__).parent
VOCABULARY_FILE = PACKAGE / "domain" / "vocabulary.py"

#: Translations of UI texts that are the same word for another thing (context, source).
NOT_VOCABULARY = {
    ("QFileDialog", "Unknown"),  # Qt's own file dialog: a file of unknown type
    ("BudgetView", "Decided"),  # a column of tonnes cut by decided measures, not a status
    ("SdgTargets", "high"),  # a target's local relevance, not a rating's certainty
    ("SdgTargets", "low"),
}

#: Words that drifted from the table before it was the only one (the in_review status, verdicts).
DRIFTED = ("til gjennomgang", "forbedres", "gjøres om")

ENTRIES = [(kind, key) for kind, words in VOCABULARY.items() for key in words]


@pytest.mark.parametrize(("kind", "key"), ENTRIES, ids=[f"{k}.{i}" for k, i in ENTRIES])
def test_every_id_has_a_word_in_bokmal_and_english(kind, key):
    text = VOCABULARY[kind][key]
    assert text.nb.strip() and text.en.strip()
    assert word(kind, key, "nb") == text.nb
    assert word(kind, key, "en") == text.en


def test_an_unknown_id_is_shown_as_it_is():
    assert word("status", "archived", "nb") == "archived"


def test_capitalised_keeps_every_language():
    assert capitalised(VOCABULARY["status"]["in_review"]).as_dict() == {
        "nb": "Til godkjenning", "en": "In review"
    }


def _norwegian_words() -> set[str]:
    """The table's bokmål words that differ from the English (so they are Norwegian)."""
    words = {
        text.nb.lower()
        for table in VOCABULARY.values()
        for text in table.values()
        if text.nb.lower() != text.en.lower()
    }
    return words | set(DRIFTED)


def _string_constants(path: Path) -> list[tuple[int, str]]:
    """(line, value) of every string constant in a module except docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_module_spells_out_a_vocabulary_word_again():
    words = _norwegian_words()
    copies = [
        f"{path.relative_to(PACKAGE)}:{line}: {value!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != VOCABULARY_FILE
        for line, value in _string_constants(path)
        if value.strip().lower() in words
    ]
    assert copies == []


def test_no_ui_translation_spells_out_a_vocabulary_word_again():
    words = _norwegian_words()
    copies = []
    for path in sorted((PACKAGE / "ui" / "i18n" / "nb").glob("*.yaml")):
        for context, messages in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).items():
            for source, translation in messages.items():
                lowered = str(translation).strip().lower()
                if (context, source) in NOT_VOCABULARY:
                    continue
                if lowered in words or DRIFTED[0] in lowered:
                    copies.append(f"{path.name}: {context}: {source!r} -> {translation!r}")
    assert copies == []


def test_the_scan_finds_a_copy_when_there_is_one(tmp_path):
    module = tmp_path / "copy.py"
    module.write_text('"""Doc: utkast."""\nLABEL = "Til gjennomgang"\n', encoding="utf-8")
    found = [v for _, v in _string_constants(module) if v.strip().lower() in _norwegian_words()]
    assert found == ["Til gjennomgang"]
