"""Words of the cost screens: the cost room's stored values (categories, commitment and
pay-application statuses, line decisions) in the user's language, percentages (and the
settings' thresholds as exact ones), and what the user typed as an amount (money is shown by ``labels.money`` with the currency; a
table's money columns by the page's ``CurrencyNote``)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel

from executrek.app.interop.cost_money import parse_amount
from executrek.ui.labels import value_label

_WORDS = {
    "construction": QT_TRANSLATE_NOOP("CostLabels", "Construction"),
    "design": QT_TRANSLATE_NOOP("CostLabels", "Design fees"),
    "fees": QT_TRANSLATE_NOOP("CostLabels", "Fees"),
    "permits": QT_TRANSLATE_NOOP("CostLabels", "Permits"),
    "insurance": QT_TRANSLATE_NOOP("CostLabels", "Insurance"),
    "ffe": QT_TRANSLATE_NOOP("CostLabels", "FF&E"),
    "contingency": QT_TRANSLATE_NOOP("CostLabels", "Contingency"),
    "pmo": QT_TRANSLATE_NOOP("CostLabels", "PMO fees"),
    "active": QT_TRANSLATE_NOOP("CostLabels", "Active"),
    "executed": QT_TRANSLATE_NOOP("CostLabels", "Executed"),
    "under_review": QT_TRANSLATE_NOOP("CostLabels", "Under review"),
    "certified": QT_TRANSLATE_NOOP("CostLabels", "Certified"),
    "reduced": QT_TRANSLATE_NOOP("CostLabels", "Reduced"),
    "contract": QT_TRANSLATE_NOOP("CostLabels", "Contract"),
    "purchase_order": QT_TRANSLATE_NOOP("CostLabels", "Purchase order"),
}


def word(value: str | None) -> str:
    """A stored value of the cost room in words (the shared labels for the rest)."""
    if value is None:
        return ""
    text = _WORDS.get(value)
    return QCoreApplication.translate("CostLabels", str(text)) if text else value_label(value)


def pct(value: Decimal | None) -> str:
    return "" if value is None else f"{value:.1f} %"


def setting_pct(value: float) -> Decimal:
    """A percentage of the settings (a float, as the spin box gives it) as the exact
    ``Decimal`` the cost checks compare with: 12.5 is 12.50, never 12.4999…"""
    return Decimal(str(round(value, 2))).quantize(Decimal("0.01"))


def parse_money(text: str) -> Decimal | str:
    """What the user typed as an amount, read as the imports read a money cell
    (``cost_money.parse_amount``: thousands separators, spaces, currency marks); empty is
    zero; the text itself when it is no amount (the service refuses it in the user's
    words)."""
    if not text.strip():
        return Decimal(0)
    try:
        return parse_amount(text)
    except ValueError:
        pass
    try:  # a number the imports refuse (fractions of a cent): the service says why
        return Decimal(text.replace(",", "").replace(" ", "").replace("\u00a0", "").strip())
    except InvalidOperation:
        return text.strip()


class CurrencyNote(QLabel):
    """ "Amounts in EUR": said once at the top of a cost page, so its tables' money columns
    need no currency in every header (and fit a laptop screen)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("muted")

    def set_currency(self, currency: str) -> None:
        self.setText(self.tr("Amounts in {currency}").format(currency=currency) if currency else "")
