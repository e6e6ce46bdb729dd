"""Settings: the shop's details (kept in the database) and this desk's language, digits and calendar."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.shop_settings import ShopSettings
from shopdesk.views.preferences import DEFAULT_CALENDAR, DisplayPreferences
from shopdesk.views.widgets import FieldError

if TYPE_CHECKING:
    from shopdesk.services.settings import SettingsService

# Language names are written in their own language, so anyone can find theirs whatever is showing now.
LANGUAGE_NAMES = {"en": "English", "ar": "العربية", "fa": "فارسی"}
CURRENCIES = ["USD", "EUR", "GBP", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD", "EGP", "IQD", "IRR", "TRY", "MAD"]


class SettingsView(QWidget):
    display_changed = Signal(object)  # DisplayPreferences
    shop_settings_saved = Signal(object)  # ShopSettings

    def __init__(self, *, display: DisplayPreferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings: SettingsService | None = None
        self._display = display
        self._logo = b""

        self.title = QLabel()
        self.title.setObjectName("pageTitle")

        self.shop_box = QGroupBox()
        self.shop_name = QLineEdit()
        self.shop_name.setObjectName("shopName")
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.review_url = QLineEdit()
        self.review_url.setPlaceholderText("https://")
        self.review_url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #ccc;")
        self.choose_logo = QPushButton()
        self.remove_logo = QPushButton()
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveShopSettings")
        self.saved_note = QLabel()
        self.errors = {name: FieldError() for name in ("shop_name", "currency", "review_url", "logo")}

        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        self.shop_form = QFormLayout()
        self._shop_labels = [QLabel() for _ in range(6)]
        rows = [
            (self.shop_name, "shop_name"),
            (self.address, None),
            (self.phone, None),
            (self.currency, "currency"),
            (self.review_url, "review_url"),
            (logo_row, "logo"),
        ]
        for label, (field, error_key) in zip(self._shop_labels, rows, strict=True):
            box = QVBoxLayout()
            box.setSpacing(2)
            if isinstance(field, QWidget):
                box.addWidget(field)
            else:
                box.addLayout(field)
            if error_key:
                box.addWidget(self.errors[error_key])
            self.shop_form.addRow(label, box)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_note)
        save_row.addStretch(1)
        shop_layout = QVBoxLayout(self.shop_box)
        shop_layout.addLayout(self.shop_form)
        shop_layout.addLayout(save_row)
        self.shop_box.setEnabled(False)

        self.display_box = QGroupBox()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.digits = QComboBox()
        self.digits.setObjectName("digits")
        self.calendar = QComboBox()
        self.calendar.setObjectName("calendar")
        self._display_labels = [QLabel() for _ in range(3)]
        display_form = QFormLayout(self.display_box)
        display_form.addRow(self._display_labels[0], self.language)
        display_form.addRow(self._display_labels[1], self.digits)
        display_form.addRow(self._display_labels[2], self.calendar)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.display_box)
        layout.addWidget(self.shop_box)
        layout.addStretch(1)

        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.choose_logo.clicked.connect(self._on_choose_logo_clicked)
        self.remove_logo.clicked.connect(self._on_remove_logo_clicked)
        self.language.activated.connect(self._on_display_combo_activated)
        self.digits.activated.connect(self._on_display_combo_activated)
        self.calendar.activated.connect(self._on_display_combo_activated)
        self._retranslate()

    # --- wiring -------------------------------------------------------------------------------------------
    def attach(self, settings: SettingsService) -> None:
        """Called once the database is open: load and enable the shop's settings."""
        self._settings = settings
        self.show_shop_settings(settings.load())
        self.shop_box.setEnabled(True)

    def show_shop_settings(self, shop: ShopSettings) -> None:
        self.shop_name.setText(shop.shop_name)
        self.address.setText(shop.address)
        self.phone.setText(shop.phone)
        self.currency.setCurrentText(shop.currency)
        self.review_url.setText(shop.review_url)
        self._set_logo(shop.logo)

    def set_display(self, display: DisplayPreferences) -> None:
        self._display = display
        self._fill_display_combos()

    # --- slots ----------------------------------------------------------------------------------------------
    def _on_save_button_clicked(self) -> None:
        if self._settings is None:
            return
        for error in self.errors.values():
            error.show_message("")
        self.saved_note.clear()
        wanted = ShopSettings(
            shop_name=self.shop_name.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            currency=self.currency.currentText(),
            review_url=self.review_url.text(),
            logo=self._logo,
        )
        try:
            stored = self._settings.save(wanted)
        except InvalidInput as exc:
            self.errors.get(exc.field, self.errors["shop_name"]).show_message(self._reason_text(exc))
            return
        self.show_shop_settings(stored)
        self.saved_note.setText(self.tr("Saved."))
        self.shop_settings_saved.emit(stored)

    def _on_choose_logo_clicked(self) -> None:
        path = self.ask_logo_file()
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.errors["logo"].show_message(self.tr("The file cannot be read: %1").replace("%1", exc.strerror or ""))
            return
        self._set_logo(data)

    def ask_logo_file(self) -> str:
        """Ask for an image file (patched in tests)."""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the shop's logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        return path

    def _on_remove_logo_clicked(self) -> None:
        self._set_logo(b"")

    def _on_display_combo_activated(self, _index: int) -> None:
        language = self.language.currentData()
        if language != self._display.language:
            # Another language: take its defaults (Persian: Jalali; Arabic: Arabic-Indic, Gregorian).
            chosen = DisplayPreferences(language=language, calendar=DEFAULT_CALENDAR[language])
        else:
            chosen = replace(self._display, digits=self.digits.currentData(), calendar=self.calendar.currentData())
        if chosen != self._display:
            self._display = chosen
            self.display_changed.emit(chosen)

    # --- helpers -------------------------------------------------------------------------------------------
    def _set_logo(self, data: bytes) -> None:
        self._logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    self.logo_preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))

    def _reason_text(self, exc: InvalidInput) -> str:
        reasons = {
            "required": self.tr("This field is required."),
            "not an ISO 4217 code": self.tr("Use a three-letter currency code such as SAR, AED or IRR."),
            "not a web address": self.tr("Enter a full web address starting with https://"),
            "too large": self.tr("The logo is too large (at most 2 MB)."),
            "not a PNG or JPEG image": self.tr("The logo must be a PNG or JPEG image."),
        }
        return reasons.get(exc.reason, exc.reason)

    def _fill_display_combos(self) -> None:
        self.language.setCurrentIndex(self.language.findData(self._display.language))
        self.digits.clear()
        if self._display.language == "ar":
            self.digits.addItem(self.tr("Arabic-Indic (٠١٢٣)"), "native")
            self.digits.addItem(self.tr("Western (0123)"), "latin")
        elif self._display.language == "fa":
            self.digits.addItem(self.tr("Persian (۰۱۲۳)"), "native")
        else:
            self.digits.addItem(self.tr("Western (0123)"), "native")
        self.digits.setEnabled(self._display.language == "ar")
        self.digits.setCurrentIndex(max(0, self.digits.findData(self._display.digits)))
        self.calendar.clear()
        self.calendar.addItem(self.tr("Gregorian"), "gregorian")
        if self._display.language == "fa":
            self.calendar.addItem(self.tr("Solar Hijri (Jalali)"), "jalali")
        if self._display.language == "ar":
            self.calendar.addItem(self.tr("Hijri"), "hijri")
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(self._display.calendar)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.display_box.setTitle(self.tr("Language and display (this computer)"))
        self.shop_box.setTitle(self.tr("Shop"))
        for label, text in zip(
            self._shop_labels,
            (
                self.tr("Shop name"),
                self.tr("Address"),
                self.tr("Phone"),
                self.tr("Currency"),
                self.tr("Review page"),
                self.tr("Logo"),
            ),
            strict=True,
        ):
            label.setText(text)
        for label, text in zip(
            self._display_labels, (self.tr("Language"), self.tr("Digits"), self.tr("Calendar")), strict=True
        ):
            label.setText(text)
        self.choose_logo.setText(self.tr("Choose…"))
        self.remove_logo.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("Save shop settings"))
        if not self._logo:
            self.logo_preview.setText(self.tr("No logo"))
        self.saved_note.clear()
        self._fill_display_combos()
