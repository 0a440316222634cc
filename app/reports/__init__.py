"""PDF reports: branded, paginated, reproducible documents built with reportlab.

Typical use (the query layer fills the dataclasses; the GUI runs this in a worker)::

    from executrek.app.i18n import translate
    from executrek.app import reports as r

    def story(ctx: r.ReportContext) -> list[r.Flowable]:
        return [
            r.section_heading("Punch items", ctx.styles),
            r.data_table(ctx, columns, rows),
            r.bar_chart(ctx, [r.Datum("Open", 12, r.Tone.RED)]),
        ]

    built = r.build_pdf(path, meta, branding, story, translate=translate, progress=on_progress)

No Qt here: the translator is passed in. See docs/reports.md.
"""

from reportlab.platypus import Flowable, PageBreak, Spacer

from executrek.app.reports.build import BuiltReport, StoryBuilder, build_pdf
from executrek.app.reports.chart_kit import empty_chart
from executrek.app.reports.charts import (
    Datum,
    Series,
    TimeSeries,
    bar_chart,
    donut_chart,
    line_chart,
    stacked_bar_chart,
)
from executrek.app.reports.context import ReportContext
from executrek.app.reports.errors import ReportCancelled, ReportError
from executrek.app.reports.flowables import (
    SectionHeading,
    Status,
    key_value_block,
    lead_para,
    muted_note,
    section_heading,
    status_pill,
)
from executrek.app.reports.fonts import FontSet, register_fonts
from executrek.app.reports.formatting import Formatter
from executrek.app.reports.markup import escape, para
from executrek.app.reports.palette import Tone
from executrek.app.reports.photos import Photo, photo_grid
from executrek.app.reports.progress import IsCancelled, Progress
from executrek.app.reports.risk_matrix import RiskBand, RiskItem, risk_matrix
from executrek.app.reports.settings import (
    Branding,
    DateStyle,
    NegativeStyle,
    NumberStyle,
    PageSetup,
    Paper,
    ReportMeta,
)
from executrek.app.reports.signature import Signature, signature_blocks
from executrek.app.reports.tables import (
    Align,
    CellValue,
    Column,
    ColumnKind,
    TextWithNote,
    data_table,
)
from executrek.app.reports.translate import Translate, untranslated
from executrek.app.reports.waterfall import Change, Subtotal, budget_waterfall

__all__ = [
    "Align",
    "Branding",
    "BuiltReport",
    "CellValue",
    "Change",
    "Column",
    "ColumnKind",
    "DateStyle",
    "Datum",
    "Flowable",
    "FontSet",
    "Formatter",
    "IsCancelled",
    "NegativeStyle",
    "NumberStyle",
    "PageBreak",
    "PageSetup",
    "Paper",
    "Photo",
    "Progress",
    "ReportCancelled",
    "ReportContext",
    "ReportError",
    "ReportMeta",
    "RiskBand",
    "RiskItem",
    "SectionHeading",
    "Series",
    "Signature",
    "Spacer",
    "Status",
    "StoryBuilder",
    "Subtotal",
    "TextWithNote",
    "TimeSeries",
    "Tone",
    "Translate",
    "bar_chart",
    "budget_waterfall",
    "build_pdf",
    "data_table",
    "donut_chart",
    "empty_chart",
    "escape",
    "key_value_block",
    "lead_para",
    "line_chart",
    "muted_note",
    "para",
    "photo_grid",
    "register_fonts",
    "risk_matrix",
    "section_heading",
    "signature_blocks",
    "stacked_bar_chart",
    "status_pill",
    "untranslated",
]
