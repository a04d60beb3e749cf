"""The proof of the wizard: from an empty database, a caseworker completes a simplified
assessment of a realistic case with the keyboard and the mouse only, sends it for review, a
second person reviews it at her own desk, the caseworker answers the note (taking the case back
to draft), the reviewer confirms her verdicts and approves, and the store then holds exactly
what was typed, frozen as revision 1.

Every value reaches the case through the widgets (typing, Tab, arrow keys, clicks, menus); the
expected case is written out below by hand, never read back from the store.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt

from impactapp.domain.model import (
    STEP_IDS,
    UNKNOWN,
    Alternative,
    Assessment,
    Case,
    GhgEstimate,
    Recommendation,
    ReviewVerdict,
    ScreeningEntry,
    SdgLink,
    TradeOffHandling,
)
from impactapp.domain.screening import QUESTIONS
from impactapp.domain.sdg import suggest_sdg_targets
from impactapp.domain.serialize import case_to_data
from impactapp.store import Profile, Store, content_hash
from impactapp.ui.controller import AppController
from impactapp.ui.draft import VALIDATE_MS
from impactapp.ui.settings import UiSettings
from impactapp.ui.wizard.window import CaseWindow

from .conftest import save_screenshot
from .driving import (
    BINDINGS_BROKEN,
    activate,
    back_tab,
    bindings_keep_references,
    by_focus_key,
    choose_in_menu,
    click,
    editor_of,
    field_of,
    focused,
    open_list_and_choose,
    press,
    tab,
    type_text,
)

# --- the case, as the caseworker types it -------------------------------------------------------

CASEWORKER = "Máret Ŋuolláš Čuđe"  # her profile names the caseworker's desk
REVIEWER = "Ingrid Bakke"  # the second person, at her own desk: she approves
DETAILS = {  # step 1, in tab order
    "title": "Hjertesone ved Tøyen skole: færre biler og trygg skolevei på Tøyen",
    "case_number": "26/04711",
    "unit": "Bymiljøetaten",
    "caseworker": CASEWORKER,
    "decision_body": "Bystyret",
}
SCREENING_ANSWERS = {"people_affected": "many", "costs": "medium", "irreversible_nature": "no",
                     "principled": "no", "children_affected": "yes"}
NOT_RELEVANT = {"env.water": "Tiltaket berører ikke vassdrag eller drikkevann.",
                "soc.housing": "Tiltaket endrer ikke boligtilbudet i området."}
PROBLEM = ("Mange foreldre kjører barna helt fram til skoleporten.\n"
           "Morgentrafikken gir farlige situasjoner for elevene.")
GOALS = "Flere elever går eller sykler trygt til skolen innen 2028."
PRINCIPLED = "Ingen."
ZERO_DESCRIPTION = "Dagens 30-sone uten fysiske tiltak ved skolen."
MEASURE = "Hjertesone med bilfri skolegate og sykkelfelt"
MEASURE_DESCRIPTION = "Bilfri gate 07.30-08.30, opphøyde gangfelt og sykkelfelt i Hagegata."

# (criterion, what is typed into the cell, the rating it gives, the justification), per step
# in the grid's order. "−" is U+2212, as a Norwegian keyboard layout may send it.
ENVIRONMENT = [
    ("env.climate_mitigation", "1", 1, "Færre korte bilturer til og fra skolen."),
    ("env.climate_adaptation", "0", 0, "Ingen endring i overvann eller flomveier."),
    ("env.energy", "0", 0, "Tiltaket endrer ikke energibruken."),
    ("env.nature", "?", UNKNOWN,
     "Trærne langs Hagegata er ikke kartlagt; kartlegging bestilles fra Naturbase."),
    ("env.land_use", "0", 0, "Bygges på eksisterende vei."),
    ("env.air_quality", "1", 1, "Mindre tomgangskjøring ved skoleporten."),
    ("env.noise", "2", 2, "Lavere fart og færre biler gir mindre støy."),
    ("env.resources_waste", "0", 0, "Lite materialbruk utover asfalt og skilt."),
    ("env.green_spaces", "0", 0, "Ingen grøntarealer berøres."),
]
DISTRIBUTION = [
    ("soc.public_health", "2", 2, "Flere barn går og sykler til skolen."),
    ("soc.education", "0", 0, "Skoletilbudet endres ikke."),
    ("soc.safety", "3", 3, "Færre konfliktpunkter mellom barn og biler."),
    ("soc.participation", "0", 0, "Elevrådet og FAU er hørt; tjenestene endres ikke."),
    ("dist.low_income", "1", 1, "Trygg skolevei hjelper familier uten bil."),
    ("dist.children_youth", "3", 3, "Barnets beste: tryggere skolevei, og elevrådet er hørt."),
    ("dist.elderly", "-1", -1, "Lengre gangavstand for eldre som kjøres til legesenteret."),
    ("dist.disability", "1", 1, "Opphøyde gangfelt gir trinnfri kryssing."),
    ("dist.gender", "0", 0, "Ingen kjent forskjell mellom kjønn."),
    ("dist.minorities", "0", 0, "Ingen kjent forskjell for minoriteter."),
    ("dist.geography", "0", 0, "Virker bare rundt én skole i bydel Gamle Oslo."),
    ("dist.future_generations", "1", 1, "Vaner med aktiv transport varer inn i voksenlivet."),
]
ECONOMY = [
    ("econ.municipal_budget", "−1", -1, "Investering på om lag 4 mill. kr i 2027."),
    ("econ.employment", "0", 0, "Ingen virkning på sysselsettingen."),
    ("econ.business", "0", 0, "Varelevering kan skje før kl. 07.30."),
]
MITIGATION = {"dist.elderly": "To HC-plasser ved legesenteret beholdes."}
GHG_TYPED, GHG_TONNES, GHG_YEAR = "−1 234,5", -1234.5, "2027"
GHG_METHOD = "Anslag fra reisevaneundersøkelsen for turer til skolen."
SDG_NOTE = ("3.6", "Færre trafikkskader på skoleveien.")
HANDLINGS = {  # the trade-offs the program must flag, in catalog order
    "dist.elderly": "Kompensasjon: hentesone og HC-plasser ved legesenteret beholdes.",
    "econ.municipal_budget": "Aksepteres: dekkes av trafikksikkerhetsmidlene for 2027.",
}
JUSTIFICATION = "Hjertesonen gir tryggere skolevei; ulempene for eldre kompenseres."
PREREQUISITES = "Skiltvedtak fra politiet og midler i budsjettet for 2027."
IMPROVE = ("distribution", "Beskriv virkningen for eldre – også i omsorgsboligene.",
           "Utdypet i steg 6: hentesonen ved legesenteret beholdes.")


def expected_case(catalog) -> Case:
    """The approved case as the test typed it: written out here, not taken from the store."""
    ratings = ENVIRONMENT + DISTRIBUTION + ECONOMY
    measure = Alternative(
        id="a1", name=MEASURE, description=MEASURE_DESCRIPTION,
        ghg=GhgEstimate(tonnes_co2e_per_year=GHG_TONNES, from_year=int(GHG_YEAR),
                        method=GHG_METHOD),
        assessments=[Assessment(c, value, justification=text, mitigation=MITIGATION.get(c, ""))
                     for c, _typed, value, text in ratings],
        trade_offs=[TradeOffHandling(n, text) for n, text in HANDLINGS.items()],
    )
    # "Confirm all" takes what the domain suggests for these ratings (the rule is the domain's).
    measure.sdg_targets = [
        SdgLink(s.target, s.contribution, SDG_NOTE[1] if s.target == SDG_NOTE[0] else "")
        for s in suggest_sdg_targets(measure, catalog)]
    step, note, answer = IMPROVE
    return Case(
        **DETAILS, decision_date=date(2026, 6, 17), language="nb", depth="simplified",
        status="approved", problem=PROBLEM, goals=GOALS, principled_questions=PRINCIPLED,
        screening_answers=dict(SCREENING_ANSWERS),
        screening=[ScreeningEntry(c, False, reason) for c, reason in NOT_RELEVANT.items()],
        alternatives=[Alternative("a0", "Nullalternativ – dagens situasjon", zero=True,
                                  description=ZERO_DESCRIPTION), measure],
        recommendation=Recommendation("a1", JUSTIFICATION), prerequisites=PREREQUISITES,
        review=[ReviewVerdict(s, "improve", note, answer) if s == step else ReviewVerdict(s, "ok")
                for s in STEP_IDS],
    )


# --- the steps -------------------------------------------------------------------------------

#: Steps a simplified case leaves empty: nothing is required there, so no check mark.
OPTIONAL_STEPS = {"indicators": "optional", "review": "optional"}


def next_step(qtbot, window: CaseWindow, expected: str) -> None:
    """Pause as a person does (validation runs once typing stops), check that the step list
    marks the finished step complete (or, for a step with nothing required at this depth and
    nothing entered, optional), save a picture of it, then click Next onto ``expected``."""
    done, number = window.pages.currentWidget().step.id, window.pages.currentIndex() + 1
    qtbot.wait(VALIDATE_MS + 50)
    state = OPTIONAL_STEPS.get(done, "complete")
    assert window.step_state(done) == state, [
        i.message.get("nb") for i in window.draft.issues if i.step == done]
    assert window.steps.item(number - 1).text().endswith("✓" if state == "complete" else "–")
    save_screenshot(window, f"walkthrough_{number:02d}_{done}")
    click(qtbot, window.next_button)
    assert window.pages.currentWidget().step.id == expected


def fill_details(qtbot, window: CaseWindow) -> None:
    click(qtbot, editor_of(window, "details", "title"))
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # over "Ny sak"
    type_text(qtbot, DETAILS["title"])
    for field_id in ("case_number", "unit", "caseworker", "decision_body", "decision_date"):
        assert tab(qtbot) is editor_of(window, "details", field_id)
        type_text(qtbot, DETAILS.get(field_id, "17.06.2026"))
    assert tab(qtbot) is editor_of(window, "details", "language")  # leaving stores the date
    assert window.draft.case.decision_date == date(2026, 6, 17)


def fill_screening(qtbot, window: CaseWindow, catalog) -> None:
    questions = field_of(window, "screening", "screening_answers")
    for question in QUESTIONS:
        label = next(a.label.nb for a in question.answers
                     if a.id == SCREENING_ANSWERS[question.id])
        click(qtbot, next(b for b in questions.groups[question.id].buttons()
                          if b.text() == label))
    assert questions.suggested_label.text() == "Foreslått utredningsnivå: forenklet"
    assert questions.differs_label.text() == "Valgt nivå, forenklet, følger forslaget."
    assert editor_of(window, "screening", "depth").currentText() == "Forenklet"
    screening = field_of(window, "screening", "screening")
    for criterion, reason in NOT_RELEVANT.items():
        check, reason_edit, _issue = screening.pillars[
            catalog.criteria[criterion].pillar].rows[criterion]
        click(qtbot, check)  # ticked means relevant: untick it
        assert tab(qtbot) is reason_edit
        type_text(qtbot, reason)


def fill_problem(qtbot, window: CaseWindow) -> None:
    click(qtbot, editor_of(window, "problem", "problem"))
    type_text(qtbot, PROBLEM)
    for field_id, text in (("goals", GOALS), ("principled_questions", PRINCIPLED)):
        assert tab(qtbot) is editor_of(window, "problem", field_id)
        type_text(qtbot, text)


def fill_alternatives(qtbot, window: CaseWindow) -> None:
    field = field_of(window, "alternatives", "alternatives")
    click(qtbot, field.cards["a0"].description_edit)
    type_text(qtbot, ZERO_DESCRIPTION)
    click(qtbot, field.add_button)
    card = field.cards["a1"]
    assert focused() is card.name_edit and card.name_edit.selectedText() == "Tiltak 1"
    type_text(qtbot, MEASURE)
    assert tab(qtbot) is card.description_edit
    type_text(qtbot, MEASURE_DESCRIPTION)


def rate(qtbot, window: CaseWindow, step_id: str, ratings) -> None:
    """Down the grid's column: type the rating, Enter, Tab to the justification, type it,
    Shift+Tab back to the grid, Down to the next criterion."""
    field = field_of(window, step_id, "ratings")
    view = field.view
    first = field.model.position("a1", ratings[0][0])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(first).center())
    assert view.hasFocus()
    for n, (criterion, typed, value, justification) in enumerate(ratings):
        if n:
            press(qtbot, Qt.Key.Key_Down)
        assert view.currentIndex() == field.model.position("a1", criterion), criterion
        type_text(qtbot, typed)
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda c=criterion, v=value: _rating(window, c) == v)
        assert tab(qtbot) is field.editor.justification
        type_text(qtbot, justification)
        if criterion in MITIGATION:  # past certainty, effect and horizon
            assert tab(qtbot, 4) is field.editor.mitigation
            type_text(qtbot, MITIGATION[criterion])
            back_tab(qtbot, 4)
        assert back_tab(qtbot) is view


def _rating(window: CaseWindow, criterion: str):
    a = window.draft.case.alternative("a1").assessment(criterion)
    return None if a is None else a.rating


def fill_climate(qtbot, window: CaseWindow) -> None:
    section = field_of(window, "environment", "ghg").sections["a1"]
    click(qtbot, section.tonnes.edit)
    type_text(qtbot, GHG_TYPED)
    assert tab(qtbot) is section.unquantifiable
    assert tab(qtbot) is section.year.edit
    type_text(qtbot, GHG_YEAR)
    assert tab(qtbot) is section.scope
    assert tab(qtbot) is section.method
    type_text(qtbot, GHG_METHOD)
    # Shown back in Norwegian format, grouped with a no-break space.
    assert section.tonnes.edit.text() == "\u22121\u00a0234,5"


def confirm_targets(qtbot, window: CaseWindow) -> None:
    body = field_of(window, "sdg", "sdg_targets").body
    click(qtbot, by_focus_key(body, "a1|confirm_all"))
    click(qtbot, by_focus_key(body, f"a1|{SDG_NOTE[0]}|note"))
    type_text(qtbot, SDG_NOTE[1])


def handle_trade_offs(qtbot, window: CaseWindow) -> None:
    field = field_of(window, "trade_offs", "trade_offs")
    assert list(field.editors) == [("a1", negative) for negative in HANDLINGS]
    first, second = (field.editors[("a1", negative)] for negative in HANDLINGS)
    assert field.summary.text() == "! 2 avveininger mangler håndtering"
    click(qtbot, first)
    type_text(qtbot, HANDLINGS["dist.elderly"])
    assert tab(qtbot) is second
    type_text(qtbot, HANDLINGS["econ.municipal_budget"])
    assert field.summary.text() == "✓ Alle avveininger er håndtert."


def recommend(qtbot, window: CaseWindow) -> None:
    combo = editor_of(window, "recommendation", "recommendation.alternative")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "—", "Nullalternativ – dagens situasjon", MEASURE]
    open_list_and_choose(qtbot, combo, 2)
    assert window.draft.case.recommendation.alternative == "a1"
    for field_id, text in (("recommendation.justification", JUSTIFICATION),
                           ("prerequisites", PREREQUISITES)):
        assert tab(qtbot) is editor_of(window, "recommendation", field_id)
        type_text(qtbot, text)


def review(qtbot, window: CaseWindow) -> None:
    """The reviewer: OK on every step but one, which gets "Improve" and a note; Tab walks the
    table row by row (an answer box opens only where a note needs one; the answer is the
    caseworker's, so it is read-only for the reviewer)."""
    field = field_of(window, "review", "review")
    step, note, _answer = IMPROVE
    open_list_and_choose(qtbot, field.verdicts[STEP_IDS[0]], 1)
    for n, step_id in enumerate(STEP_IDS):
        combo = field.verdicts[step_id]
        assert focused() is combo, step_id
        if n:
            press(qtbot, Qt.Key.Key_Down, times=2 if step_id == step else 1)
        assert tab(qtbot) is field.notes[step_id]
        if step_id == step:
            assert combo.currentText() == "! Bør forbedres"
            type_text(qtbot, note)
            assert tab(qtbot) is field.answers[step]
            assert field.answers[step].isReadOnly()
        else:
            assert combo.currentText() == "✓ I orden"
        if n + 1 < len(STEP_IDS):
            tab(qtbot)


# --- the walk --------------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path):
    """The caseworker's desk: her OS login and her profile."""
    with Store.open(tmp_path / "walkthrough.db", who="maret") as s:
        s.save_profile(Profile(name=CASEWORKER, unit=DETAILS["unit"]))
        yield s


@pytest.fixture
def reviewer_app(qtbot, store, catalog, tmp_path, prompts):
    """The reviewer's desk: the same database under her own login and profile."""
    with Store.open(store.path, who="ingrid") as theirs:
        theirs.save_profile(Profile(name=REVIEWER, unit="Byrådsavdeling for miljø"))
        settings = UiSettings(QSettings(str(tmp_path / "ingrid.ini"),
                                        QSettings.Format.IniFormat))
        controller = AppController(theirs, catalog, theirs.path, "nb", settings, prompts)
        qtbot.addWidget(controller.main)
        yield controller
        controller.close_all()


@pytest.fixture
def app(qtbot, lang_nb, store, catalog, tmp_path, prompts):
    """The program on an empty database; the examples are offered and declined."""
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    controller = AppController(store, catalog, store.path, "nb", settings, prompts)
    qtbot.addWidget(controller.main)
    controller.main.show()
    prompts.answer("confirm", False)
    assert controller.offer_examples() == 0 and store.count_cases(include_deleted=True) == 0
    prompts.asked.clear()
    yield controller
    controller.close_all()


@pytest.fixture
def message_boxes(prompts):
    """What the walk was shown since the last look ("Not allowed", a store error), as text
    and informative text; each look forgets what it returned."""

    def shown() -> list[str]:
        texts = [f"{a.text} {a.options.get('informative', '')}" for a in prompts.asked]
        prompts.asked.clear()
        return texts

    return shown


def test_the_qt_bindings_keep_their_references(qapp):
    """Thousands of calls into Qt must not wear the interpreter down (see BINDINGS_BROKEN)."""
    assert bindings_keep_references(), BINDINGS_BROKEN


@pytest.mark.slow(seconds=10)
def test_a_simplified_assessment_from_an_empty_database_to_approval(
        qtbot, app, reviewer_app, store, catalog, message_boxes, prompts):
    # On leaking bindings the walk would abort the whole test run instead of failing.
    assert bindings_keep_references(), BINDINGS_BROKEN
    qtbot.keyClick(app.main, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    (case_id, window), = app.case_windows.items()
    activate(qtbot, window)
    assert window.pages.currentWidget().step.id == "details"

    fill_details(qtbot, window)
    next_step(qtbot, window, "screening")
    fill_screening(qtbot, window, catalog)
    next_step(qtbot, window, "problem")
    fill_problem(qtbot, window)
    next_step(qtbot, window, "alternatives")
    fill_alternatives(qtbot, window)
    next_step(qtbot, window, "environment")
    rate(qtbot, window, "environment", ENVIRONMENT)
    fill_climate(qtbot, window)
    next_step(qtbot, window, "distribution")
    rate(qtbot, window, "distribution", DISTRIBUTION)
    next_step(qtbot, window, "economy")
    rate(qtbot, window, "economy", ECONOMY)
    next_step(qtbot, window, "sdg")
    confirm_targets(qtbot, window)
    next_step(qtbot, window, "trade_offs")
    handle_trade_offs(qtbot, window)
    next_step(qtbot, window, "indicators")
    next_step(qtbot, window, "recommendation")
    recommend(qtbot, window)
    next_step(qtbot, window, "review")

    # Every step is marked complete in the step list before the case goes for review, but for
    # the indicators, which a simplified case need not have, and the review still to come.
    assert {s: window.step_state(s) for s in STEP_IDS} == {
        s: OPTIONAL_STEPS.get(s, "complete") for s in STEP_IDS}
    assert window.counts_label.text() == "0 avveininger uten håndtering · 1 kunnskapshull"
    choose_in_menu(window, "Send til &godkjenning")
    assert message_boxes() == []
    assert store.get_case(case_id).status == "in_review"

    # In review the case is read-only for its caseworker, and she cannot approve it herself.
    assert window.banner.text().startswith("Til godkjenning – skrivebeskyttet for saksbehandler")
    assert editor_of(window, "details", "title").isReadOnly()
    choose_in_menu(window, "&Godkjenn")
    refused, = message_boxes()
    assert f"{CASEWORKER} er saksbehandler for saken og kan ikke godkjenne" in refused
    assert store.get_case(case_id).status == "in_review"
    window.close()

    # The reviewer, at her own desk: verdicts, a note, and the refusal while it is unanswered.
    mine = reviewer_app.open_case(case_id)
    activate(qtbot, mine)
    assert not mine.banner.isVisible()
    mine.go_to(STEP_IDS.index("review"))
    review(qtbot, mine)
    save_screenshot(mine, "walkthrough_12_review")
    choose_in_menu(mine, "&Godkjenn")
    assert any("Svar på merknaden" in line for line in mine.blocker_dialog.lines())
    mine.blocker_dialog.reject()
    mine.close()

    # The caseworker takes it back to draft, answers the note and sends it again.
    window = app.open_case(case_id)
    activate(qtbot, window)
    choose_in_menu(window, "&Tilbake til utkast")
    assert all(v.stale for v in store.get_case(case_id).review)
    window.go_to(STEP_IDS.index("review"))
    step, _note, answer = IMPROVE
    field = field_of(window, "review", "review")
    assert not field.verdicts[step].isEnabled()  # verdicts are the reviewer's
    click(qtbot, field.answers[step])
    type_text(qtbot, answer)
    choose_in_menu(window, "Send til &godkjenning")
    assert message_boxes() == []
    window.close()

    # The reviewer confirms her stale verdicts and approves (the lock is confirmed).
    mine = reviewer_app.open_case(case_id)
    activate(qtbot, mine)
    mine.go_to(STEP_IDS.index("review"))
    field = field_of(mine, "review", "review")
    for step_id in STEP_IDS:
        open_list_and_choose(qtbot, field.verdicts[step_id], 0)
    assert not any(v.stale for v in mine.draft.case.review)
    prompts.answer("ask", "approve")
    choose_in_menu(mine, "&Godkjenn")
    confirmation, = prompts.asked
    assert confirmation.title == "Godkjenne og låse?" and confirmation.parent is mine
    assert [c.label for c in confirmation.options["choices"]] == ["Godkjenn og lås", ""]
    assert confirmation.options["default"] == "cancel"
    assert message_boxes() == [f"{confirmation.text} {confirmation.options['informative']}"]
    window = mine
    save_screenshot(window, "walkthrough_13_approved")

    stored = store.get_case(case_id)
    assert window.banner.isVisible()
    approved_on = stored.approved_at.astimezone().strftime("%d.%m.%Y")
    assert window.banner.text().splitlines()[0] == f"Godkjent {approved_on} – låst"
    assert f"Godkjent av {REVIEWER}." in window.banner.text()
    assert editor_of(window, "details", "title").isReadOnly()
    assert (stored.status, stored.revision, stored.approved_by) == ("approved", 1, REVIEWER)
    assert stored.approved_at is not None
    assert case_to_data(stored) == case_to_data(expected_case(catalog))
    links = {link.target: link.contribution
             for link in stored.alternative("a1").sdg_targets}
    assert (links["3.6"], links["11.2"], links["10.2"]) == ("positive", "positive", "mixed")
    revision, = store.revisions(case_id)
    assert (revision.revision, revision.approved_by) == (1, REVIEWER)
    assert revision.sha256 == content_hash(stored)
    actions = [entry.action for entry in store.audit_log(case_id)]
    assert actions[0] == "create" and actions[-1] == "approve"
    assert "update" in actions and actions.count("status") == 3  # to review, back, again
    log = store.audit_log(case_id)
    assert {(e.who, e.detail.get("by")) for e in log if e.action == "verdict"} == {
        ("ingrid", REVIEWER)}
    assert [(e.who, e.detail["by"]) for e in log if e.action in ("status", "approve")] == [
        ("maret", CASEWORKER), ("maret", CASEWORKER), ("maret", CASEWORKER),
        ("ingrid", REVIEWER)]

    choose_in_menu(window, "Start en &ny revisjon")
    again = store.get_case(case_id)
    assert (again.status, again.revision, again.approved_by) == ("draft", 2, "")
    assert not window.banner.isVisible()
    assert not editor_of(window, "details", "title").isReadOnly()
    assert len(store.revisions(case_id)) == 1
    assert store.audit_log(case_id)[-1].action == "new_revision"
    assert message_boxes() == []
