"""Plain text in plain data: what the wizard keeps of an edit (control characters dropped,
line breaks as LF), and that data already plain comes back as the very same object."""

from __future__ import annotations

import pytest

from impactapp.domain.text import is_plain, plain_data

CLEAN = {"title": "Bom", "alternatives": [{"name": "A\tB\nC", "tonnes": 3.5, "ok": None}]}


def test_plain_data_is_returned_as_the_same_object():
    assert is_plain(CLEAN)
    assert plain_data(CLEAN) is CLEAN


@pytest.mark.parametrize("dirty, cleaned", [
    ("Bjelle\x07 slutt", "Bjelle slutt"),
    ("linje 1\r\nlinje 2\rlinje 3", "linje 1\nlinje 2\nlinje 3"),
    ("C1 kontroll\x85 og surrogat \ud800", "C1 kontroll og surrogat "),
])
def test_a_string_deep_inside_is_cleaned_and_the_rest_kept(dirty, cleaned):
    data = {"title": "Bom", "alternatives": [{"name": "A", "notes": ["ok", dirty]}],
            "n": 2}
    assert not is_plain(data)
    result = plain_data(data)
    assert result == {"title": "Bom", "alternatives": [{"name": "A", "notes": ["ok", cleaned]}],
                      "n": 2}
    assert data["alternatives"][0]["notes"][1] == dirty  # the input is left as it was
    assert is_plain(result)


def test_keys_and_other_scalars_are_not_text_fields():
    data = {"\x07key": 1, "flag": True, "none": None}
    assert is_plain(data) and plain_data(data) is data
