"""PDF reports: branded, paginated, reproducible documents built with reportlab.

Typical use (the query layer fills the dataclasses; the GUI runs this in a worker)::

    from executrek.app.i18n import translate
    from executrek.app import pdf as r

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

from executrek.app.pdf.build import BuiltReport, StoryBuilder, build_pdf
from executrek.app.pdf.chart_kit import empty_chart
from executrek.app.pdf.charts import (
    Datum,
    Series,
    TimeSeries,
    bar_chart,
    donut_chart,
    line_chart,
    stacked_bar_chart,
)
from executrek.app.pdf.context import ReportContext
from executrek.app.pdf.errors import ReportCancelled, ReportError
from executrek.app.pdf.flowables import (
    SectionHeading,
    Status,
    key_value_block,
    lead_para,
    muted_note,
    section_heading,
    side_by_side,
    status_pill,
)
from executrek.app.pdf.fonts import FontSet, register_fonts
from executrek.app.pdf.formatting import Formatter
from executrek.app.pdf.markup import escape, para
from executrek.app.pdf.page_refs import Stack, page_anchor, page_ref
from executrek.app.pdf.palette import Tone
from executrek.app.pdf.photos import Photo, photo_grid, photo_strips
from executrek.app.pdf.progress import IsCancelled, Progress
from executrek.app.pdf.risk_matrix import RiskBand, RiskItem, risk_matrix
from executrek.app.pdf.settings import (
    Branding,
    DateStyle,
    MoneyStyle,
    NegativeStyle,
    NumberStyle,
    PageSetup,
    Paper,
    ReportMeta,
)
from executrek.app.pdf.signature import Signature, signature_blocks
from executrek.app.pdf.tables import (
    Align,
    CellValue,
    Column,
    ColumnKind,
    TextWithNote,
    data_table,
    detail_width,
    with_details,
)
from executrek.app.pdf.translate import Translate, untranslated
from executrek.app.pdf.waterfall import Change, Subtotal, budget_waterfall

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
    "MoneyStyle",
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
    "Stack",
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
    "detail_width",
    "donut_chart",
    "empty_chart",
    "escape",
    "key_value_block",
    "lead_para",
    "line_chart",
    "muted_note",
    "page_anchor",
    "page_ref",
    "para",
    "photo_grid",
    "photo_strips",
    "register_fonts",
    "risk_matrix",
    "section_heading",
    "side_by_side",
    "signature_blocks",
    "stacked_bar_chart",
    "status_pill",
    "untranslated",
    "with_details",
]
