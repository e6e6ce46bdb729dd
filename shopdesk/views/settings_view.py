"""Settings: the shop's details (kept in the database), this desk's language, digits and calendar, backups and
accounts. Once the shop has accounts, saving the shop's details, the return policy and the Backups and Accounts
tabs need the owner's PIN; this desk's language and display stay open to everyone."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopdesk.services.errors import InvalidInput
from shopdesk.services.numbers import ascii_digits
from shopdesk.services.shop_clock import zone_names
from shopdesk.services.shop_settings import ShopSettings
from shopdesk.views.backups_view import BackupsView
from shopdesk.views.input_errors import input_error_text
from shopdesk.views.jobs import JobRunner
from shopdesk.views.locale_format import Formatter
from shopdesk.views.preferences import DisplayPreferences
from shopdesk.views.roles import OwnerGuard, require_owner
from shopdesk.views.widgets import FieldError, fill_language_combo, open_owned

if TYPE_CHECKING:
    from shopdesk.services.accounts import AccountService
    from shopdesk.services.backups import BackupService
    from shopdesk.services.returns import ReturnService
    from shopdesk.services.settings import SettingsService
    from shopdesk.services.tax.service import TaxService

CURRENCIES = ["USD", "EUR", "GBP", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD", "EGP", "IQD", "IRR", "TRY", "MAD"]


class SettingsView(QWidget):
    display_changed = Signal(object)  # DisplayPreferences: other digits or calendar, same language
    language_chosen = Signal(str)  # the main window restores what this desk chose for that language before
    shop_settings_saved = Signal(object)  # ShopSettings
    database_restored = Signal(object)  # RestoreResult: the main window shows the restored data everywhere

    def __init__(
        self,
        *,
        display: DisplayPreferences,
        jobs: JobRunner | None = None,
        guard: OwnerGuard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings: SettingsService | None = None
        self._guard = guard
        self._display = display
        self._logo = b""
        self._errors_shown: dict[str, InvalidInput] = {}

        self.title = QLabel()
        self.title.setObjectName("pageTitle")

        self.shop_box = QGroupBox()
        self.shop_name = QLineEdit()
        self.shop_name.setObjectName("shopName")
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.email.setObjectName("shopEmail")
        self.email.setPlaceholderText("shop@example.com")
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.country = QLineEdit()
        self.country.setObjectName("country")
        self.country.setMaxLength(2)
        self.country.setPlaceholderText("SA, AE, IR…")
        # the shop's time zone (IANA names, the same in every language): every day the shop counts is a day in it
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("timeZone")
        self.time_zone.setEditable(True)
        self.time_zone.addItems(zone_names())
        self.review_url = QLineEdit()
        self.review_url.setPlaceholderText("https://")
        self.review_url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.feedback_url = QLineEdit()
        self.feedback_url.setPlaceholderText("https://")
        self.feedback_url.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.return_days = QLineEdit()
        self.return_days.setObjectName("returnDays")
        self.return_days.setMaxLength(4)
        self.pack_unpaid = QCheckBox()
        self.pack_unpaid.setObjectName("packUnpaid")
        self.pack_unpaid_note = QLabel()
        self.pack_unpaid_note.setWordWrap(True)
        self.pack_unpaid_note.setStyleSheet("color: palette(placeholder-text);")
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #ccc;")
        self.choose_logo = QPushButton()
        self.remove_logo = QPushButton()
        self.save_button = QPushButton()
        self.return_policy_button = QPushButton()
        self.return_policy_button.hide()
        self.return_policy_button.clicked.connect(self.open_return_policy)
        self._returns = None
        self.return_policy_dialog = None
        self.save_button.setObjectName("saveShopSettings")
        self.saved_note = QLabel()
        fields = (
            "shop_name",
            "email",
            "currency",
            "country",
            "time_zone",
            "review_url",
            "feedback_url",
            "return_days",
            "logo",
        )
        self.errors = {name: FieldError() for name in fields}

        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        self.shop_form = QFormLayout()
        self._shop_labels = [QLabel() for _ in range(12)]  # one per row below
        packing = QVBoxLayout()
        packing.setSpacing(2)
        packing.addWidget(self.pack_unpaid)
        packing.addWidget(self.pack_unpaid_note)
        rows = [
            (self.shop_name, "shop_name"),
            (self.address, None),
            (self.phone, None),
            (self.email, "email"),
            (self.currency, "currency"),
            (self.country, "country"),
            (self.time_zone, "time_zone"),
            (self.review_url, "review_url"),
            (self.feedback_url, "feedback_url"),
            (self.return_days, "return_days"),
            (packing, None),
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
        save_row.addWidget(self.return_policy_button)
        save_row.addWidget(self.saved_note)
        save_row.addStretch(1)
        shop_layout = QVBoxLayout(self.shop_box)
        shop_layout.addLayout(self.shop_form)
        shop_layout.addLayout(save_row)
        self.shop_box.setEnabled(False)

        self.display_box = QGroupBox()
        self.language = QComboBox()
        self.language.setObjectName("language")
        fill_language_combo(self.language, display.language)
        self.digits = QComboBox()
        self.digits.setObjectName("digits")
        self.calendar = QComboBox()
        self.calendar.setObjectName("calendar")
        self._display_labels = [QLabel() for _ in range(3)]
        display_form = QFormLayout(self.display_box)
        display_form.addRow(self._display_labels[0], self.language)
        display_form.addRow(self._display_labels[1], self.digits)
        display_form.addRow(self._display_labels[2], self.calendar)

        self.backups_view = BackupsView(
            jobs=jobs or JobRunner(), formatter=lambda: Formatter(self._display), guard=guard
        )
        self.backups_view.database_restored.connect(self.database_restored)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.setContentsMargins(0, 0, 0, 0)
        general_layout.addWidget(self.display_box)
        general_layout.addWidget(self.shop_box)
        general_layout.addStretch(1)
        general_page = QScrollArea()  # a small window scrolls the shop's details instead of squeezing them
        general_page.setWidget(general)
        general_page.setWidgetResizable(True)
        general_page.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(general_page, "")
        self.tabs.addTab(self.backups_view, "")
        from shopdesk.views.tax_settings_view import TaxSettingsView

        self.tax_view = TaxSettingsView()
        tax_page = QScrollArea()
        tax_page.setWidget(self.tax_view)
        tax_page.setWidgetResizable(True)
        tax_page.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(tax_page, "")
        self.accounts_view = None
        if guard is not None:
            from shopdesk.views.accounts_view import AccountsView

            self.accounts_view = AccountsView(guard=guard, formatter=lambda: Formatter(self._display))
            self.tabs.addTab(self.accounts_view, "")
            guard.unlocked_changed.connect(self._on_guard_unlocked_changed)
        self._shown_tab = 0
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)

        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.choose_logo.clicked.connect(self._on_choose_logo_clicked)
        self.remove_logo.clicked.connect(self._on_remove_logo_clicked)
        self.language.activated.connect(self._on_display_combo_activated)
        self.digits.activated.connect(self._on_display_combo_activated)
        self.calendar.activated.connect(self._on_display_combo_activated)
        self._retranslate()

    # --- wiring -------------------------------------------------------------------------------------------
    def attach(
        self,
        settings: SettingsService,
        returns: ReturnService | None = None,
        backups: BackupService | None = None,
        accounts: AccountService | None = None,
        tax: TaxService | None = None,
    ) -> None:
        """Called once the database is open: load and enable the shop's settings (and its backups, accounts, tax)."""
        if tax is not None:
            self.tax_view.attach(tax)
        if backups is not None:
            self.backups_view.attach(backups)
        if accounts is not None and self.accounts_view is not None:
            self.accounts_view.attach(accounts)
        self._settings = settings
        self._returns = returns
        self.return_policy_button.setVisible(returns is not None)
        self.show_shop_settings(settings.load())
        self.shop_box.setEnabled(True)

    def open_return_policy(self) -> None:
        """The return policy (also under Returns); the window saved there is the return window here."""
        from shopdesk.views.return_policy_dialog import ReturnPolicyDialog

        if self._returns is None or not require_owner(self._guard, self, "returns.policy"):
            return
        dialog = ReturnPolicyDialog(returns=self._returns, formatter=Formatter(self._display), parent=self)
        dialog.accepted.connect(lambda: self.show_shop_settings(self._settings.load()))
        open_owned(self, "return_policy_dialog", dialog)

    def show_shop_settings(self, shop: ShopSettings) -> None:
        self.shop_name.setText(shop.shop_name)
        self.address.setText(shop.address)
        self.phone.setText(shop.phone)
        self.email.setText(shop.email)
        self.currency.setCurrentText(shop.currency)
        self.review_url.setText(shop.review_url)
        self.feedback_url.setText(shop.feedback_url)
        self.return_days.setText(Formatter(self._display).integer(shop.return_days) if shop.return_days else "")
        self.country.setText(shop.country)
        self.time_zone.setCurrentText(shop.time_zone)
        self.pack_unpaid.setChecked(shop.pack_unpaid)
        self._set_logo(shop.logo)

    def set_display(self, display: DisplayPreferences) -> None:
        self._display = display
        self._fill_display_combos()
        days = ascii_digits(self.return_days.text()).strip()
        if days.isdigit():  # a number shown in the language before (saved or typed): the same number in the new digits
            self.return_days.setText(Formatter(display).integer(int(days)))
        self.backups_view.set_formatter()
        if self.accounts_view is not None:
            self.accounts_view.set_formatter()

    def show_backups(self) -> None:
        self.tabs.setCurrentWidget(self.backups_view)

    def _on_tabs_current_changed(self, index: int) -> None:
        """Backups and Accounts are the owner's (once the shop has accounts); a refused PIN goes back."""
        if index == self._shown_tab:
            return
        if index != 0 and not require_owner(self._guard, self, "settings.open"):
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self._shown_tab)
            self.tabs.blockSignals(False)
            return
        self._shown_tab = index
        if index != 0 and self.tabs.widget(index) is self.accounts_view:
            self.accounts_view.refresh()

    def _on_guard_unlocked_changed(self, unlocked: bool) -> None:
        """The owner locked the desk (or the unlock ran out): the owner's tabs close."""
        if not unlocked and self._shown_tab != 0 and self._guard.roles_on():
            self.tabs.setCurrentIndex(0)

    # --- slots ----------------------------------------------------------------------------------------------
    def _on_save_button_clicked(self) -> None:
        if self._settings is None:
            return
        self._clear_errors()
        self.saved_note.clear()
        if not require_owner(self._guard, self, "settings.save"):
            return
        wanted = ShopSettings(
            shop_name=self.shop_name.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            currency=self.currency.currentText(),
            review_url=self.review_url.text(),
            feedback_url=self.feedback_url.text(),
            return_days=self.return_days.text(),
            logo=self._logo,
            country=self.country.text(),
            pack_unpaid=self.pack_unpaid.isChecked(),
            time_zone=self.time_zone.currentText(),
        )
        try:
            stored = self._settings.save(wanted)
        except InvalidInput as exc:
            self._show_error(exc.field if exc.field in self.errors else "shop_name", exc)
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
            self._show_error("logo", InvalidInput("logo", "unreadable file", exc.strerror or ""))
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
            self.language_chosen.emit(language)
            return
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

    def _show_error(self, key: str, exc: InvalidInput) -> None:
        self._errors_shown[key] = exc
        self.errors[key].show_message(self._reason_text(exc))

    def _clear_errors(self) -> None:
        self._errors_shown.clear()
        for error in self.errors.values():
            error.show_message("")

    def _reason_text(self, exc: InvalidInput) -> str:
        if exc.reason == "unreadable file":
            return self.tr("The file cannot be read: %1").replace("%1", exc.value)
        reasons = {
            "required": self.tr("This field is required."),
            "not an ISO 4217 code": self.tr("Use a three-letter currency code such as SAR, AED or IRR."),
            "not a web address": self.tr("Enter a full web address starting with https://"),
            "too large": self.tr("The logo is too large (at most 2 MB)."),
            "not a PNG or JPEG image": self.tr("The logo must be a PNG or JPEG image."),
            "not a country code": self.tr("Use a two-letter country code such as SA, AE or IR."),
            "not a time zone": self.tr("Choose a time zone from the list, such as Asia/Tehran or Asia/Riyadh."),
            "not a number of days": self.tr("Enter a whole number of days from 0 to 365 (0: no return-by date)."),
        }
        return reasons.get(exc.reason) or input_error_text(exc)  # the words every form uses (e-mail, too long…)

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
        self.tabs.setTabText(0, self.tr("Shop and display"))
        self.tabs.setTabText(1, self.tr("Backups"))
        self.tabs.setTabText(2, self.tr("Tax"))
        if self.accounts_view is not None:
            self.tabs.setTabText(3, self.tr("Accounts"))
        self.display_box.setTitle(self.tr("Language and display (this computer)"))
        self.shop_box.setTitle(self.tr("Shop"))
        for label, text in zip(
            self._shop_labels,
            (
                self.tr("Shop name"),
                self.tr("Address"),
                self.tr("Phone"),
                self.tr("E-mail (printed on packing slips)"),
                self.tr("Currency"),
                self.tr("Country (for phone numbers)"),
                self.tr("Time zone (the shop's days in every summary and list)"),
                self.tr("Review page"),
                self.tr("Private feedback page (optional second QR code)"),
                self.tr("Return window in days (printed as a return-by date)"),
                self.tr("Packing station"),
                self.tr("Logo"),
            ),
            strict=True,
        ):
            label.setText(text)
        for label, text in zip(
            self._display_labels, (self.tr("Language"), self.tr("Digits"), self.tr("Calendar")), strict=True
        ):
            label.setText(text)
        self.pack_unpaid.setText(self.tr("Pack unpaid orders (cash on delivery)"))
        self.pack_unpaid_note.setText(
            self.tr(
                "On: an unpaid order is packed with a warning of what to collect. Off: it is refused until it is paid."
            )
        )
        self.choose_logo.setText(self.tr("Choose…"))
        self.remove_logo.setText(self.tr("Remove"))
        self.save_button.setText(self.tr("Save shop settings"))
        self.return_policy_button.setText(self.tr("Return policy…"))
        if not self._logo:
            self.logo_preview.setText(self.tr("No logo"))
        self.saved_note.clear()
        for key, exc in self._errors_shown.items():  # messages on screen follow the language too
            self.errors[key].show_message(self._reason_text(exc))
        self._fill_display_combos()
