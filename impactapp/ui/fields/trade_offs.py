"""Step 9: the trade-offs the program finds in the ratings, each handled in writing."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.issues import Issue
from ...domain.model import Alternative, Case, TradeOffHandling
from ...domain.tradeoffs import TradeOff, case_trade_offs
from .base import ISSUE_STYLE, FieldWidget, HelpTopic
from .rating_style import UNKNOWN_COLOUR, rating_text, swatch_colours
from .sdg import (
    FOCUS_KEY,
    chain_tab_order,
    clear_layout,
    focused_key,
    make_label,
    restore_focus,
)


class TradeOffsField(FieldWidget):
    """Per measure, each trade-off (one negative against its positives) with its handling."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.hint = QLabel(self.tr(
            "Three ways to handle a trade-off: mitigation that reduces the harm, compensation "
            "for those who lose, or an explicit acceptance with the reason."), self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self._layout.addWidget(self.hint)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self._layout.addWidget(self.summary)
        self.body = QWidget(self)
        self.body.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # anchors the rebuilt tab order
        self.groups = QVBoxLayout(self.body)
        self.groups.setContentsMargins(0, 0, 0, 0)
        self.add_input(self.body, stretch=1)
        self.editors: dict[tuple[str, str], QPlainTextEdit] = {}
        self.flags: dict[tuple[str, str], QLabel] = {}
        self._signature: object = None
        self._read_only = False
        self.refresh()

    # --- reading the case ---------------------------------------------------------------

    def trade_offs(self) -> list[TradeOff]:
        return case_trade_offs(self.draft.case, self.ctx.catalog)

    def _orphans(self, alt: Alternative, found: list[TradeOff]) -> list[TradeOffHandling]:
        """Handlings written for a negative criterion that is no longer a trade-off."""
        negatives = {t.negative for t in found if t.alternative == alt.id}
        return [e for e in alt.trade_offs if e.negative not in negatives and e.handling.strip()]

    def _signature_of(self, case: Case, found: list[TradeOff]) -> tuple:
        out = []
        for alt in case.measures:
            ratings = {a.criterion: a.rating for a in alt.assessments}
            out.append((
                alt.id, alt.name,
                tuple((t.negative, ratings.get(t.negative),
                       tuple((p, ratings.get(p)) for p in t.positives))
                      for t in found if t.alternative == alt.id),
                tuple((e.negative, e.handling) for e in self._orphans(alt, found)),
            ))
        return tuple(out)

    def relevant_issues(self, issues: list[Issue]) -> list[Issue]:
        return [i for i in issues if i.where.in_part("trade_offs")]

    def show_issues(self, issues: list[Issue]) -> None:
        # Unhandled trade-offs are flagged on their own group; the rest goes under the field.
        super().show_issues([i for i in issues if i.code != "trade_off_unhandled"])

    # --- display ------------------------------------------------------------------------

    def refresh(self) -> None:
        case = self.draft.case
        found = self.trade_offs()
        signature = self._signature_of(case, found)
        if signature != self._signature:
            self._signature = signature
            self._rebuild(case, found)
        for t in found:
            key = (t.alternative, t.negative)
            self._show_flag(self.flags[key], t.handled)
            editor = self.editors[key]
            if editor.toPlainText() != t.handling:
                editor.blockSignals(True)
                editor.setPlainText(t.handling)
                editor.blockSignals(False)
        unhandled = sum(not t.handled for t in found)
        if unhandled:
            self.summary.setText("! " + self.tr("%n trade-off(s) without handling", "", unhandled))
        else:
            self.summary.setText("✓ " + (self.tr("Every trade-off is handled.") if found
                                         else self.tr("No trade-offs found.")))
        self.summary.setStyleSheet(ISSUE_STYLE + " font-weight: bold;" if unhandled else "")

    def _rebuild(self, case: Case, found: list[TradeOff]) -> None:
        had_focus = focused_key(self.body)
        clear_layout(self.groups)
        self.editors.clear()
        self.flags.clear()
        focusables: list[QWidget] = []
        if not case.measures:
            self.groups.addWidget(make_label(
                self.tr("The case has no measures yet. Add them under Alternatives."), self.body))
        for alt in case.measures:
            self.groups.addWidget(make_label(alt.name or alt.id, self.body, bold=True,
                                             scale=1.15))
            box = QWidget(self.body)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 8)
            own = [t for t in found if t.alternative == alt.id]
            if not own:
                column.addWidget(make_label(self.tr("No trade-offs for this measure."), box))
            for t in own:
                column.addWidget(self._card(alt, t, box, focusables))
            for entry in self._orphans(alt, found):
                column.addWidget(self._orphan(alt, entry, box, focusables))
            self.groups.addWidget(box)
        chain_tab_order(self.body, focusables)
        if had_focus:
            restore_focus(self.body, had_focus)
        self.set_read_only(self._read_only)

    def chip(self, alt: Alternative, criterion_id: str) -> str:
        """A criterion with its rating, as rich text: sign and number on the palette colour."""
        criterion = self.ctx.catalog.criteria[criterion_id]
        assessment = alt.assessment(criterion_id)
        rating = assessment.rating if assessment else None
        colours = swatch_colours(rating, self.ctx.catalog.scales.get(criterion.scale))
        background, text = (c.name() for c in colours) if colours else (UNKNOWN_COLOUR, "#000")
        return (f'<span style="background-color:{background}; color:{text};">'
                f"&nbsp;{rating_text(rating)}&nbsp;</span>&nbsp;"
                f"{escape(criterion.name.get(self.ctx.lang))}")

    def _card(self, alt: Alternative, t: TradeOff, parent: QWidget,
              focusables: list[QWidget]) -> QFrame:
        card = QFrame(parent)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        flag = QLabel(card)
        flag.setTextFormat(Qt.TextFormat.PlainText)
        self.flags[(alt.id, t.negative)] = flag
        layout.addWidget(flag)
        negative_word = escape(self.tr("Negative:"))
        negative = QLabel(f"<b>{negative_word}</b> {self.chip(alt, t.negative)}", card)
        negative.setTextFormat(Qt.TextFormat.RichText)
        negative.setWordWrap(True)
        layout.addWidget(negative)
        positives = ", ".join(self.chip(alt, p) for p in t.positives)
        against_word = escape(self.tr("Against:"))
        against = QLabel(f"<b>{against_word}</b> {positives}", card)
        against.setTextFormat(Qt.TextFormat.RichText)
        against.setWordWrap(True)
        layout.addWidget(against)
        editor = QPlainTextEdit(t.handling, card)
        editor.setTabChangesFocus(True)
        editor.setPlaceholderText(self.tr(
            "Describe the mitigation or compensation, or why the harm is accepted."))
        editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 3 + 14)
        name = self.ctx.catalog.criteria[t.negative].name.get(self.ctx.lang)
        editor.setAccessibleName(self.tr("Handling of the negative effect on %1 – %2")
                                 .replace("%1", name).replace("%2", alt.name or alt.id))
        editor.setAccessibleDescription(self.hint.text())
        editor.setProperty(FOCUS_KEY, f"{alt.id}|{t.negative}|handling")
        editor.setProperty("trade_off", t.negative)
        editor.installEventFilter(self)
        editor.textChanged.connect(
            lambda e=editor, n=t.negative: self._set_handling(alt.id, n, e.toPlainText()))
        self.editors[(alt.id, t.negative)] = editor
        layout.addWidget(editor)
        self._show_flag(flag, t.handled)
        focusables.append(editor)
        return card

    def _orphan(self, alt: Alternative, entry: TradeOffHandling, parent: QWidget,
                focusables: list[QWidget]) -> QFrame:
        """A handling left over after the ratings changed: kept, shown, and removable."""
        frame = QFrame(parent)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(0, 6, 0, 0)
        criterion = self.ctx.catalog.criteria.get(entry.negative)
        name = criterion.name.get(self.ctx.lang) if criterion else entry.negative
        layout.addWidget(make_label(self.tr(
            "Handling written for “%1”, which is no longer a trade-off:").replace("%1", name),
            frame))
        layout.addWidget(make_label(entry.handling, frame))
        remove = QPushButton(self.tr("Remove this handling"), frame)
        remove.setAccessibleName(self.tr("Remove the handling of %1 – %2")
                                 .replace("%1", name).replace("%2", alt.name or alt.id))
        remove.setAutoDefault(False)
        remove.setProperty(FOCUS_KEY, f"{alt.id}|{entry.negative}|remove")
        remove.clicked.connect(lambda: self._remove_handling(alt.id, entry.negative))
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        focusables.append(remove)
        return frame

    def _show_flag(self, flag: QLabel, handled: bool) -> None:
        """Unhandled: "!" and words in dark red, bold; handled: a check mark and words."""
        if handled:
            flag.setText("✓ " + self.tr("Handled"))
            flag.setStyleSheet("")
        else:
            flag.setText("! " + self.tr("Handling missing"))
            flag.setStyleSheet(ISSUE_STYLE + " font-weight: bold;")

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for editor in self.editors.values():
            editor.setReadOnly(read_only)
        for button in self.body.findChildren(QPushButton):
            button.setEnabled(not read_only)

    # --- help ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        negative = watched.property("trade_off") if watched is not self.body else None
        if event.type() == QEvent.Type.FocusIn and negative:
            criterion = self.ctx.catalog.criteria[str(negative)]
            self.help_requested.emit(HelpTopic(
                criterion.name.get(self.ctx.lang),
                self.hint.text() + "\n\n" + criterion.description.get(self.ctx.lang),
                targets=criterion.target_ids, guide="trade_offs"))
            return False
        return super().eventFilter(watched, event)

    # --- editing ------------------------------------------------------------------------

    def _set_handling(self, alt_id: str, negative: str, text: str) -> None:
        def mutate(case: Case) -> None:
            alt = case.alternative(alt_id)
            if alt is None:
                return
            rest = [e for e in alt.trade_offs if e.negative != negative]
            if text.strip():
                existing = next((e for e in alt.trade_offs if e.negative == negative), None)
                if existing is None:
                    rest.append(TradeOffHandling(negative, text))
                else:  # keep its place in the list; duplicates are dropped
                    existing.handling = text
                    rest.insert(alt.trade_offs.index(existing), existing)
            alt.trade_offs = rest
        name = self.ctx.catalog.criteria[negative].name.get(self.ctx.lang)
        self.draft.edit(self.tr("Handling of %1").replace("%1", name), mutate,
                        merge_key=f"trade_off:{alt_id}:{negative}:handling")

    def _remove_handling(self, alt_id: str, negative: str) -> None:
        def mutate(case: Case) -> None:
            alt = case.alternative(alt_id)
            if alt is not None:
                alt.trade_offs = [e for e in alt.trade_offs if e.negative != negative]
        self.draft.edit(self.tr("Remove handling"), mutate)
