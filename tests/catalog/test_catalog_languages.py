"""A third language in the catalog YAML is data: loaded, and used when asked for."""

from __future__ import annotations


def test_extra_nynorsk_key_is_loaded_and_used_when_asked(catalog_copy):
    catalog = catalog_copy.replace(
        "criteria/criteria.yaml",
        "{nb: Bolig, en: Housing}",
        "{nb: Bolig, en: Housing, nn: Bustad}",
    ).load()
    name = catalog.criteria["soc.housing"].name
    assert name.get("nn") == "Bustad"
    assert name.get("nb") == "Bolig"
    assert name.get("en") == "Housing"
    assert name.languages == ("nb", "en", "nn")


def test_text_without_the_third_language_falls_back_to_bokmal(catalog_copy):
    catalog = catalog_copy.replace(
        "criteria/criteria.yaml",
        "{nb: Bolig, en: Housing}",
        "{nb: Bolig, en: Housing, se: Orrunsadji}",
    ).load()
    description = catalog.criteria["soc.housing"].description
    assert description.get("nn") == "Tilgang til og kostnad for bolig."
    assert catalog.criteria["soc.housing"].name.get("se") == "Orrunsadji"


def test_empty_third_language_is_reported_with_its_line(catalog_copy):
    catalog_copy.replace(
        "criteria/criteria.yaml", "{nb: Bolig, en: Housing}", "{nb: Bolig, en: Housing, nn: ''}"
    )
    assert catalog_copy.errors() == [
        "criteria/criteria.yaml:28: criteria[1].name.nn: the 'nn' text is empty"
    ]
