"""The "Copy summary" text and HTML carry page 1's content."""

from __future__ import annotations

from html.parser import HTMLParser

from impactapp.report.formats import MINUS, NBSP
from impactapp.report.summary import summary_html, summary_text


def test_summary_text_has_recommendation_table_goals_climate_and_counts(parking_memo):
    text = summary_text(parking_memo)
    assert text.startswith("Økte parkeringsavgifter i indre by\n")
    assert "Anbefalt alternativ: Avgiftsøkning på 40 prosent" in text
    row = next(line for line in text.splitlines() if line.strip().startswith("Klimagassutslipp"))
    assert row.split()[-2:] == ["0", "+1"]
    assert "10 Mindre ulikhet: − negativt bidrag" in text
    assert f"Avgiftsøkning på 40 prosent: {MINUS}850{NBSP}t{NBSP}CO2e per år fra 2027" in text
    assert "Avveininger: 4, alle håndtert" in text
    investment = next(line for line in text.splitlines() if line.startswith("Investering"))
    assert investment.endswith(f"1{NBSP}500{NBSP}000{NBSP}kr")  # the measure's investment


def test_summary_text_of_an_exempt_case_carries_the_marking(full_memo):
    text = summary_text(full_memo)
    assert "Exempt from public disclosure, offl. § 14" in text.splitlines()[1]
    assert "not quantifiable: Depends on the regional transport model" in text


class _Cells(HTMLParser):
    """Collects the text and style of every table cell."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[tuple[str, str]] = []
        self._style: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "td":
            self._style = dict(attrs).get("style", "")
            self.cells.append(("", self._style))

    def handle_data(self, data):
        if self._style is not None and self.cells:
            text, style = self.cells[-1]
            self.cells[-1] = (text + data, style)

    def handle_endtag(self, tag):
        if tag == "td":
            self._style = None


def test_summary_html_colours_cells_and_keeps_sign_and_number(parking_memo):
    parser = _Cells()
    parser.feed(summary_html(parking_memo))
    assert ("+2", "background:#67a9cf;color:#000000;text-align:center") in parser.cells
    assert ("?", "background:#bdbdbd;color:#000000;text-align:center") in parser.cells


def test_summary_html_escapes_user_text(hostile_memo):
    html = summary_html(hostile_memo)
    assert "<b>Bold?</b>" not in html and "<script>" not in html
    assert "&lt;b&gt;Bold?&lt;/b&gt; &amp; &lt;font size=99&gt;huge&lt;/font&gt;" in html
