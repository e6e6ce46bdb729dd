"""Numbers, money and dates as the chosen language expects, all from ``QLocale`` and ``QCalendar``.

Qt has no switch for a locale's numbering system, so the digits choice picks a territory whose CLDR
data has the wanted digits and otherwise the same words: ``ar_SA`` writes Arabic-Indic digits,
``ar_AE`` Western digits, both with the same Arabic month names. Persian (``fa_IR``) writes Persian digits.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCalendar, QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from shopdesk.services.money import minor_digits
from shopdesk.views.preferences import DisplayPreferences

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateTimeEdit

_CALENDAR_SYSTEMS = {
    "gregorian": QCalendar.System.Gregorian,
    "jalali": QCalendar.System.Jalali,
    "hijri": QCalendar.System.IslamicCivil,
}


def locale_for(prefs: DisplayPreferences) -> QLocale:
    if prefs.language == "ar":
        return QLocale("ar_AE" if prefs.digits == "latin" else "ar_SA")
    if prefs.language == "fa":
        return QLocale("fa_IR")
    return QLocale("en_GB")


class Formatter:
    """Turns values into the text a person of this language reads."""

    def __init__(self, prefs: DisplayPreferences) -> None:
        self.prefs = prefs
        self.locale = locale_for(prefs)
        self.calendar = QCalendar(_CALENDAR_SYSTEMS[prefs.calendar])

    def integer(self, value: int) -> str:
        return self.locale.toString(int(value))

    def plain_digits(self, value: int) -> str:
        """Digits without grouping (order numbers, years)."""
        text = self.locale.toString(int(value))
        return text.replace(self.locale.groupSeparator(), "")

    def money(self, amount_minor: int, currency: str) -> str:
        """Exact money text from integer minor units; no float is involved."""
        return f"{self.amount(amount_minor, currency)} {currency}"

    def amount(self, amount_minor: int, currency: str) -> str:
        """``money`` without the currency code: an amount for an edit field (read back in any digits)."""
        digits = minor_digits(currency)
        sign = self.locale.negativeSign() if amount_minor < 0 else ""
        whole, fraction = divmod(abs(int(amount_minor)), 10**digits)
        text = self.locale.toString(whole)
        if digits:
            frac = self.plain_digits(fraction).rjust(digits, self.locale.zeroDigit())
            text += self.locale.decimalPoint() + frac
        return f"{sign}{text}"

    def percent(self, ratio) -> str:  # noqa: ANN001
        """A ratio (``Decimal('0.3333')``) as a percentage with one decimal, in the language's digits; exact."""
        return self.percent_of_number(self.decimal(Decimal(ratio) * 100, 1))

    def basis_points(self, points: int) -> str:
        """A percent kept in hundredths (``1250``) as typed: ``12.5%``, ``۱۲٫۵٪``; no trailing zeros."""
        whole, hundredths = divmod(abs(int(points)), 100)
        text = self.integer(whole)
        if hundredths:
            fraction = self.plain_digits(hundredths).rjust(2, self.locale.zeroDigit()).rstrip(self.locale.zeroDigit())
            text += self.locale.decimalPoint() + fraction
        return self.percent_of_number(text)

    def percent_of_number(self, number: str) -> str:
        """The one place a percent sign is put: the locale's sign (``%``, ``٪``, Arabic's ``٪`` with its letter mark)
        after a number already in the locale's digits. Inside right-to-left text, isolate it (U+2068…U+2069):
        after Arabic letters, Persian digits read as Arabic numbers and the sign would move to their left."""
        return number + self.locale.percent()

    def decimal(self, value, places: int) -> str:  # noqa: ANN001
        """An exact decimal (``Decimal('-16.7')``) with ``places`` decimals, in the language's digits."""
        from decimal import ROUND_HALF_EVEN, Decimal

        scaled = int((Decimal(value) * 10**places).to_integral_value(rounding=ROUND_HALF_EVEN))
        whole, fraction = divmod(abs(scaled), 10**places)
        sign = self.locale.negativeSign() if scaled < 0 else ""
        text = f"{sign}{self.integer(whole)}"
        if places:
            text += self.locale.decimalPoint() + self.plain_digits(fraction).rjust(places, self.locale.zeroDigit())
        return text

    def phone(self, text: str) -> str:
        """A phone number to show (never to store or export): the language's digits, kept left to right inside
        right-to-left text."""
        shown = "".join(self.locale.toString(int(ch)) if "0" <= ch <= "9" else ch for ch in text)
        return "\u2066" + shown + "\u2069"

    def dress_date_edit(self, edit: QDateTimeEdit) -> None:
        """A date field in this language: its calendar, digits and the locale's short date order. Qt fixes a date
        field's format when it is made, so a language switch calls this again."""
        edit.setCalendar(self.calendar)
        edit.setLocale(self.locale)
        edit.setDisplayFormat(self.locale.dateFormat(QLocale.FormatType.ShortFormat))

    def data_size(self, size: int) -> str:
        """A file's size in the language's digits and words (``3.3 MB``, ``٣٫٣ ميغابايت``, ``۳٫۳ مگابایت``): Qt's
        own ``formattedDataSize`` writes "MiB" in every language."""
        units = (
            QT_TRANSLATE_NOOP("Formatter", "%1 B"),
            QT_TRANSLATE_NOOP("Formatter", "%1 KB"),
            QT_TRANSLATE_NOOP("Formatter", "%1 MB"),
            QT_TRANSLATE_NOOP("Formatter", "%1 GB"),
        )
        step = 0
        value = Decimal(max(0, int(size)))
        while value >= 1024 and step < len(units) - 1:
            value /= 1024
            step += 1
        number = self.integer(int(value)) if step == 0 else self.decimal(value, 1)
        return QCoreApplication.translate("Formatter", units[step]).replace("%1", number)

    def date(self, value: date) -> str:
        return self.locale.toString(QDate(value), QLocale.FormatType.ShortFormat, self.calendar)

    def long_date(self, value: date) -> str:
        return self.locale.toString(QDate(value), QLocale.FormatType.LongFormat, self.calendar)

    def datetime(self, value: datetime) -> str:
        """A stored UTC moment shown in this computer's local time."""
        utc = value.astimezone(UTC)
        moment = QDateTime(
            QDate(utc.year, utc.month, utc.day), QTime(utc.hour, utc.minute, utc.second), QTimeZone.utc()
        ).toLocalTime()
        day = self.locale.toString(moment.date(), QLocale.FormatType.ShortFormat, self.calendar)
        return f"{day} {self.locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"
