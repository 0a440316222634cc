"""Numbers, money, percentages, dates and durations as they print in reports.

One ``Formatter`` per report, built from its ``NumberStyle``: every figure in the
document then follows the same rules. Money is ``Decimal`` only (floats are refused:
binary fractions must never reach a cost report) and is rounded half away from zero to
the currency's minor unit.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import ROUND_HALF_UP, Decimal

from executrek.app.pdf.settings import DateStyle, MoneyStyle, NegativeStyle, NumberStyle
from executrek.app.pdf.translate import Translate

# ISO 4217 currencies whose minor unit is not 2 digits (the rest use 2).
_MINOR_UNITS: dict[str, int] = {
    "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0,
    "PYG": 0, "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0,
    "XPF": 0, "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
}  # fmt: skip
# The symbols money prints with in the symbol style (MoneyStyle.SYMBOL), as English
# (CLDR) writes them: a dollar other than the US one says whose; a currency not listed
# prints its code. Every one of them is in the report fonts.
SYMBOLS: dict[str, str] = {
    "USD": "$", "EUR": "\u20ac", "GBP": "\u00a3", "JPY": "\u00a5", "CNY": "CN\u00a5",
    "INR": "\u20b9", "KRW": "\u20a9", "ILS": "\u20aa", "NGN": "\u20a6", "PHP": "\u20b1",
    "VND": "\u20ab", "TRY": "\u20ba", "RUB": "\u20bd", "THB": "\u0e3f", "UAH": "\u20b4",
    "CAD": "CA$", "AUD": "A$", "NZD": "NZ$", "HKD": "HK$", "MXN": "MX$", "BRL": "R$",
    "TWD": "NT$",
}  # fmt: skip
_CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")
MISSING = "\u2014"  # em dash, printed where a value is absent


def minor_units(currency: str) -> int:
    """Decimal places of ``currency`` (ISO 4217 code)."""
    if not _CURRENCY_CODE.match(currency):
        raise ValueError(f"not an ISO 4217 currency code: {currency!r}")
    return _MINOR_UNITS.get(currency, 2)


class Formatter:
    """Formats values for print following one ``NumberStyle``."""

    def __init__(self, style: NumberStyle, translate: Translate) -> None:
        self.style = style
        self.translate = translate

    # -- numbers -------------------------------------------------------------------

    def _digits(self, value: Decimal, places: int) -> tuple[bool, str]:
        """(negative, grouped absolute value) rounded to ``places``."""
        quantum = Decimal(1).scaleb(-places)
        rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
        negative = rounded < 0  # -0.001 rounds to 0.00 and prints without a sign
        whole, _, fraction = f"{abs(rounded):f}".partition(".")
        groups: list[str] = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        text = self.style.group_separator.join(groups)
        if places > 0:
            text += self.style.decimal_separator + fraction.ljust(places, "0")[:places]
        return negative, text

    def _signed(self, negative: bool, text: str) -> str:
        if not negative:
            return text
        if self.style.negative is NegativeStyle.PARENTHESES:
            return f"({text})"
        return f"-{text}"

    def number(self, value: Decimal | int | float, places: int = 0) -> str:
        """A grouped number: ``number(Decimal("1234.5"), 1)`` → "1,234.5"."""
        if isinstance(value, float):
            if not math.isfinite(value):
                return MISSING
            value = Decimal(repr(value))
        return self._signed(*self._digits(Decimal(value), places))

    def money(self, amount: Decimal | int, currency: str, *, with_code: bool = True) -> str:
        """``money(Decimal("-1234.5"), "USD")`` → "USD (1,234.50)" (or "USD -1,234.50");
        in the symbol style "($1,234.50)" (or "-$1,234.50").

        ``with_code=False`` gives the bare amount for columns whose heading names the
        currency.
        """
        if isinstance(amount, float) or not isinstance(amount, Decimal | int):
            raise TypeError(f"money amounts must be Decimal or int, not {type(amount).__name__}")
        if isinstance(amount, Decimal) and not amount.is_finite():
            raise ValueError(f"money amount is not a number: {amount}")
        negative, text = self._digits(Decimal(amount), minor_units(currency))
        return self._with_currency(negative, text, currency if with_code else None)

    def _with_currency(self, negative: bool, text: str, currency: str | None) -> str:
        """The signed amount ``text`` with the currency in the report's money style."""
        symbol = SYMBOLS.get(currency or "") if self.style.money is MoneyStyle.SYMBOL else None
        if symbol is not None:
            return self._signed(negative, symbol + text)
        signed = self._signed(negative, text)
        return f"{currency} {signed}" if currency else signed

    def money_compact(self, amount: Decimal | int | float, currency: str | None = None) -> str:
        """Short money for chart axes: 1,250,000 → "1.3M", 8,500 → "8.5k"."""
        value = Decimal(repr(amount)) if isinstance(amount, float) else Decimal(amount)
        magnitude = abs(value)
        for size, suffix in ((Decimal(10**9), "B"), (Decimal(10**6), "M"), (Decimal(1000), "k")):
            if magnitude >= size:
                _, text = self._digits(magnitude / size, 1)
                text = text.removesuffix(self.style.decimal_separator + "0") + suffix
                return self._with_currency(value < 0, text, currency)
        negative, text = self._digits(value, 0)
        return self._with_currency(negative, text, currency)

    def percent(self, ratio: Decimal | float | int, places: int = 1) -> str:
        """A ratio as a percentage: ``percent(0.873)`` → "87.3%"."""
        if isinstance(ratio, float) and not math.isfinite(ratio):
            return MISSING
        value = (Decimal(repr(ratio)) if isinstance(ratio, float) else Decimal(ratio)) * 100
        return self.number(value, places) + "%"

    # -- dates and durations -------------------------------------------------------

    def _month(self, month: int) -> str:
        names = (
            self.translate("Reports", "Jan", "month abbreviation"),
            self.translate("Reports", "Feb", "month abbreviation"),
            self.translate("Reports", "Mar", "month abbreviation"),
            self.translate("Reports", "Apr", "month abbreviation"),
            self.translate("Reports", "May", "month abbreviation"),
            self.translate("Reports", "Jun", "month abbreviation"),
            self.translate("Reports", "Jul", "month abbreviation"),
            self.translate("Reports", "Aug", "month abbreviation"),
            self.translate("Reports", "Sep", "month abbreviation"),
            self.translate("Reports", "Oct", "month abbreviation"),
            self.translate("Reports", "Nov", "month abbreviation"),
            self.translate("Reports", "Dec", "month abbreviation"),
        )
        return names[month - 1]

    def date(self, value: dt.date) -> str:
        """Like "25 Nov 2026", or "2026-11-25" in the ISO style."""
        if self.style.dates is DateStyle.ISO:
            return value.isoformat()
        return f"{value.day} {self._month(value.month)} {value.year}"

    def month(self, value: dt.date) -> str:
        """Like "Nov 2026" (chart axes); ISO style: "2026-11"."""
        if self.style.dates is DateStyle.ISO:
            return f"{value.year:04d}-{value.month:02d}"
        return f"{self._month(value.month)} {value.year}"

    def datetime(self, value: dt.datetime) -> str:
        """Like "25 Nov 2026 14:05 UTC+01:00"; naive datetimes print without a zone."""
        text = f"{self.date(value.date())} {value.hour:02d}:{value.minute:02d}"
        offset = value.utcoffset()
        if offset is None:
            return text
        return f"{text} {self.utc_offset(offset)}"

    @staticmethod
    def utc_offset(offset: dt.timedelta) -> str:
        minutes = int(offset.total_seconds() // 60)
        if minutes == 0:
            return "UTC"
        sign = "+" if minutes > 0 else "-"
        hours, rest = divmod(abs(minutes), 60)
        return f"UTC{sign}{hours:02d}:{rest:02d}"

    def period(self, start: dt.date, end: dt.date) -> str:
        """Like "1 Nov 2026 – 30 Nov 2026"; a period of one day is that day."""
        if start == end:
            return self.date(start)
        return f"{self.date(start)} \u2013 {self.date(end)}"

    def days(self, count: int) -> str:
        """Like "1 day", "12 days". Singular or plural is picked here, so the texts are
        translated as plain (non-plural) entries; a count passed to Qt would make it look
        for plural forms the .ts does not hold and fall back to English."""
        if abs(count) == 1:
            text = self.translate("Reports", "%n day")
        else:
            text = self.translate("Reports", "%n days")
        # A duration reads "-3 days", never "(3) days", whatever the number style.
        sign = "-" if count < 0 else ""
        return text.replace("%n", sign + self.number(abs(count)))
