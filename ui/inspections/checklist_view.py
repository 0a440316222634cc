"""The checklist runner's layout: the heading (back, title, result button), the progress
line and live score, a message banner, the checklist table on the left and, on the
right, the current item's card with its Previous / Next / Complete bar, or the result
and signature page. A view only: ``ChecklistRunner`` (``checklist_runner.py``) holds the
behaviour and fills it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from executrek.models.human_numbers import plain
from executrek.models.records.inspection.queries import InspectionHeader
from executrek.models.records.inspection.scoring import Score
from executrek.ui.inspections.checklist_card import ChecklistCard, bigger
from executrek.ui.inspections.checklist_model import ChecklistModel, Col
from executrek.ui.inspections.inspection_finish import InspectionFinish
from executrek.ui.inspections.inspections_text import FAIL_COLOUR, PASS_COLOUR, inspection_word
from executrek.ui.widgets.adaptive_splitter import split
from executrek.ui.widgets.page_text import page_title

INFO_COLOUR = "#1F5FA8"
CARD_PAGE, FINISH_PAGE = 0, 1


class ChecklistView(QWidget):
    """Layout of the runner; ``finish`` is the result and signature page it shows."""

    def __init__(self, finish: InspectionFinish, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("◀ Inspections"))
        self.back_button.setMinimumHeight(48)
        self.back_button.setToolTip(self.tr("Back to the list (Esc)"))
        self.title_label = page_title()
        bigger(self.title_label, 1.4)
        self.title_label.setWordWrap(True)  # a long title wraps, never widens the window
        self.result_button = QPushButton(self.tr("Result && signature"))
        self.result_button.setMinimumHeight(48)
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.result_button)
        layout.addLayout(top)
        second = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.score_label = QLabel()
        self.score_label.setObjectName("liveScore")
        bigger(self.score_label, 1.4)
        self.score_label.setWordWrap(True)
        second.addWidget(self.progress_label, 1)
        second.addWidget(self.score_label)
        layout.addLayout(second)
        self.banner = QLabel()
        self.banner.setObjectName("runnerMessage")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.model = ChecklistModel(self)
        self.table = self._checklist_table()
        self.card = ChecklistCard()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.card)
        card_page = QWidget()
        card_layout = QVBoxLayout(card_page)
        card_layout.setContentsMargins(0, 0, 0, 0)
        card_layout.addWidget(scroll, 1)
        card_layout.addWidget(self.card.nav_bar)  # Complete stays in view
        self.finish = finish
        finish_scroll = QScrollArea()
        finish_scroll.setWidgetResizable(True)
        finish_scroll.setWidget(finish)
        self.right = QStackedWidget()
        self.right.addWidget(card_page)
        self.right.addWidget(finish_scroll)

        splitter = split(Qt.Orientation.Horizontal, (self.table, 2, 480), (self.right, 3, 720))
        layout.addWidget(splitter, 1)

    def _checklist_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("checklist")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(40)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Col.PROMPT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Col.ANSWER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Col.ANSWER, 130)
        table.setColumnHidden(Col.SECTION, True)
        return table

    # --- showing ---------------------------------------------------------------------
    def show_loading(self) -> None:
        self.title_label.setText(self.tr("Loading…"))

    def show_header(self, h: InspectionHeader, *, editable: bool) -> None:
        self.title_label.setText(f"{h.number} — {h.title}")
        bits = [inspection_word(h.status), h.inspection_date.isoformat()]
        if h.location:
            bits.append(h.location)
        if h.contractor:
            bits.append(h.contractor)
        if h.template_name:
            bits.append(self.tr("template: {name}").format(name=h.template_name))
        self.progress_label.setText(" · ".join(bits))
        self.card.complete_button.setEnabled(editable)
        self.result_button.setEnabled(not editable)

    def show_score(self, score: Score, pass_mark: Decimal | None) -> None:
        value = "—" if score.score is None else f"{score.score}%"
        colour = PASS_COLOUR if score.result.value == "pass" else FAIL_COLOUR
        self.score_label.setStyleSheet(f"color: {colour};")
        self.score_label.setText(
            self.tr(
                "Score {score} (pass mark {mark}%) · {answered}/{total} answered · {failed} failed"
            ).format(
                score=value,
                mark=plain(pass_mark) if pass_mark is not None else "—",
                answered=score.answered,
                total=score.total,
                failed=score.failed,
            )
        )

    def show_card(self) -> None:
        self.right.setCurrentIndex(CARD_PAGE)

    def show_finish(self) -> None:
        self.right.setCurrentIndex(FINISH_PAGE)

    def finish_shown(self) -> bool:
        return self.right.currentIndex() == FINISH_PAGE

    def show_banner(self, message: str, *, error: bool = True) -> None:
        colour = FAIL_COLOUR if error else INFO_COLOUR
        self.banner.setStyleSheet(
            f"QLabel {{ color: white; background: {colour}; padding: 8px; border-radius: 4px; }}"
        )
        self.banner.setText(message)
        self.banner.show()

    def hide_banner(self) -> None:
        self.banner.hide()
