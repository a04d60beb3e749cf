"""Text is a mapping from language code to string, so a third language is data."""

from __future__ import annotations

import copy
import pickle

import pytest

from impactapp.domain.lang import Text


def test_constructor_forms_build_the_same_text():
    assert Text("Ja", "Yes") == Text(nb="Ja", en="Yes") == Text({"nb": "Ja", "en": "Yes"})
    assert hash(Text("Ja", "Yes")) == hash(Text({"en": "Yes", "nb": "Ja"}))
    assert Text("Ja", "Yes") != Text("Ja", "Yeah")


def test_extra_language_is_kept_and_returned_when_asked():
    text = Text({"nb": "Bolig", "en": "Housing", "nn": "Bustad"})
    assert text.get("nn") == "Bustad"
    assert text.languages == ("nb", "en", "nn")
    assert Text(nb="Bolig", en="Housing", nn="Bustad") == text
    assert text.as_dict() == {"nb": "Bolig", "en": "Housing", "nn": "Bustad"}


@pytest.mark.parametrize(
    ("parts", "lang", "expected"),
    [
        ({"nb": "Bolig", "en": "Housing"}, "nn", "Bolig"),  # nynorsk falls back to bokmål
        ({"nb": "Bolig", "en": "Housing"}, "se", "Bolig"),
        ({"nb": "", "en": "Housing"}, "nb", "Housing"),  # empty bokmål falls back to English
        ({"nb": "Bolig", "en": ""}, "en", "Bolig"),
        ({"en": "Housing"}, "nn", "Housing"),
        ({"se": "Orru"}, "nb", "Orru"),  # a lone language is better than nothing
        ({}, "nb", ""),
    ],
)
def test_get_falls_back_bokmal_then_english(parts, lang, expected):
    assert Text(parts).get(lang) == expected


def test_nb_and_en_properties_are_exact_without_fallback():
    text = Text({"en": "Housing"})
    assert text.nb == ""
    assert text.en == "Housing"
    assert not text.has("nb") and text.has("en")


def test_text_is_immutable_and_survives_copy_and_pickle():
    text = Text({"nb": "Ja", "en": "Yes", "nn": "Ja"})
    with pytest.raises(AttributeError):
        text.nb = "Nei"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(text)) == text
    assert copy.deepcopy(text) == text


def test_empty_text_is_still_true_like_the_dataclass_it_replaces():
    assert Text("", "")
