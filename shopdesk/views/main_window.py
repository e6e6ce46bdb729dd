"""The main window: side navigation over the shop's areas, a status bar, shortcuts, remembered geometry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from shopdesk.services.text import isolate_ltr
from shopdesk.views.i18n import LanguageSwitcher
from shopdesk.views.locale_format import Formatter
from shopdesk.views.preferences import DisplayPreferences, PreferencesStore
from shopdesk.views.roles import OwnerGuard, require_owner

if TYPE_CHECKING:
    # Pages are imported when first built, after the window is painted (their imports cost start-up time).
    from shopdesk.services.backups import BackupService
    from shopdesk.services.orders import OrderService
    from shopdesk.services.registry import Services
    from shopdesk.services.settings import SettingsService
    from shopdesk.views.customers_view import CustomersView
    from shopdesk.views.jobs import JobRunner
    from shopdesk.views.orders_view import OrdersView
    from shopdesk.views.settings_view import SettingsView
    from shopdesk.views.upkeep import Upkeep, UpkeepOutcome


@dataclass(frozen=True)
class Area:
    key: str
    title_source: str  # English source text; translated when shown so a language switch shows new words

    def title(self) -> str:
        return QApplication.translate("MainWindow", self.title_source)


AREAS = (
    Area("orders", QT_TRANSLATE_NOOP("MainWindow", "Orders")),
    Area("customers", QT_TRANSLATE_NOOP("MainWindow", "Customers")),
    Area("print", QT_TRANSLATE_NOOP("MainWindow", "Print")),
    Area("packing", QT_TRANSLATE_NOOP("MainWindow", "Packing station")),
    Area("returns", QT_TRANSLATE_NOOP("MainWindow", "Returns")),
    Area("loyalty", QT_TRANSLATE_NOOP("MainWindow", "Loyalty")),
    Area("followups", QT_TRANSLATE_NOOP("MainWindow", "Follow-ups")),
    Area("summaries", QT_TRANSLATE_NOOP("MainWindow", "Summaries")),
    Area("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings")),
)


class MainWindow(QMainWindow):
    DEFAULT_SIZE = QSize(1100, 700)
    first_painted = Signal()
    data_shown = Signal(int)

    def __init__(
        self,
        *,
        preferences: PreferencesStore,
        display: DisplayPreferences,
        languages: LanguageSwitcher | None,
        jobs: JobRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``jobs``: the runner every page's background work goes through (one is made when not given)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._preferences = preferences
        self._languages = languages
        self.display = display
        self.formatter = Formatter(display)
        self._orders: OrderService | None = None
        self._settings: SettingsService | None = None
        self._orders_view: OrdersView | None = None
        self._customers_view: CustomersView | None = None
        self._services: Services | None = None
        self._jobs: JobRunner | None = jobs
        self.upkeep: Upkeep | None = None  # the automatic backup and birthday rewards, started by start_upkeep
        self._backups: BackupService | None = None
        self._order_count: int | None = None
        self._database_label = ""
        self._painted = False
        # The owner's PIN before privileged actions, once the shop has accounts (views/roles.py).
        self.guard = OwnerGuard(parent=self)
        self._shown_row = 0

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(150)
        self.navigation.setMaximumWidth(260)
        self.pages = QStackedWidget()
        # Pages are built when first shown, so the window paints sooner; until then a blank stands in.
        self.page_by_key: dict[str, QWidget] = {}
        for area in AREAS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.navigation.addItem(item)
            self.pages.addWidget(QWidget())
        loading = QLabel()
        loading.setObjectName("ordersLoading")
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._replace_page("orders", loading)
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([190, 910])
        self.setCentralWidget(self.splitter)

        self.database_status = QLabel()
        self.count_status = QLabel()
        self.network_warning = QLabel()  # a database on a network drive: shown until the window closes
        self.network_warning.setObjectName("networkWarning")
        self.network_warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.network_warning.hide()
        self._network_kind = ""
        self.statusBar().addWidget(self.network_warning)
        self.upkeep_warning = QToolButton()  # the last automatic backup or birthday rewards failed
        self.upkeep_warning.setObjectName("upkeepWarning")
        self.upkeep_warning.setAutoRaise(True)
        self.upkeep_warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.upkeep_warning.hide()
        self.upkeep_warning.clicked.connect(self._on_upkeep_warning_clicked)
        self.statusBar().addWidget(self.upkeep_warning)
        self.statusBar().addWidget(self.database_status, 1)
        self.statusBar().addPermanentWidget(self.count_status)
        self.lock_button = QToolButton()  # shown while the desk is unlocked as owner
        self.lock_button.setObjectName("lockDesk")
        self.lock_button.setAutoRaise(True)
        self.lock_button.hide()
        self.lock_button.clicked.connect(self.guard.lock)
        self.guard.unlocked_changed.connect(self._on_guard_unlocked_changed)
        self.statusBar().addPermanentWidget(self.lock_button)

        self._shortcuts: list[QShortcut] = []
        for index in range(len(AREAS)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.navigation.setCurrentRow(i))
            self._shortcuts.append(shortcut)
        # The platform's own keys plus Ctrl+Q and F5 everywhere (Windows has no standard Quit key).
        for keys, slot in (
            ((QKeySequence(QKeySequence.StandardKey.Quit), QKeySequence("Ctrl+Q")), self.close),
            ((QKeySequence(QKeySequence.StandardKey.Refresh), QKeySequence("F5")), self.refresh),
        ):
            for key in {k.toString(): k for k in keys if not k.isEmpty()}.values():
                shortcut = QShortcut(key, self)
                shortcut.activated.connect(slot)
                self._shortcuts.append(shortcut)

        # Ctrl+N (a new order) and Ctrl+F (the area's search) from any focus in the window: the side bar has it at
        # start-up and after Ctrl+1…9, so a page's own shortcut would not hear them.
        for key, slot in ((QKeySequence.StandardKey.New, self.new_order), (QKeySequence.StandardKey.Find, self.find)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

        # Help → About (on macOS Qt moves it to the application menu, where Mac users look for it)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)
        self.about_dialog = None

        self.navigation.setCurrentRow(0)
        self.resize(self.DEFAULT_SIZE)
        geometry = preferences.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter_state = preferences.geometry("main_splitter")
        if splitter_state is not None:
            self.splitter.restoreState(splitter_state)
        self.installEventFilter(self)
        self._retranslate()

    # --- the database arrives after the window is on screen ------------------------------------------------
    def attach(self, services: Services, *, database_label: str, backups: BackupService | None = None) -> None:
        """The database is open: put the real pages in place and show the first orders. Called again after a
        restore: every page is built anew on the restored data."""
        self._orders = services.orders
        self.guard.attach(services.accounts)
        if backups is not None:
            self._backups = backups
        self._database_label = database_label
        from shopdesk.views.orders_view import OrdersView

        view = OrdersView(
            addresses=services.addresses,
            orders=services.orders,
            customers=services.customers,
            products=services.products,
            shop_currency=lambda: services.settings.load().currency,
            credit_balance=lambda customer_id: services.returns.credit_balance(
                customer_id, services.settings.load().currency
            ),
            loyalty=services.loyalty,
            feedback=services.feedback,
            exports=services.exports,
            jobs=self._job_runner(),
            imports=services.imports,
            backup_first=self._backup_before_import,
            formatter=self.formatter,
            guard=self.guard,
            prints=services.prints,
            payments=services.payments,
            display_for=self._preferences.display_for,
            order_edits=services.order_edits,
            tax=services.tax,
            tax_prints=services.tax_prints,
        )
        view.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        view.orders_changed.connect(self._on_orders_view_orders_changed)
        view.return_asked.connect(self.start_return)
        self._orders_view = view
        self._replace_page("orders", view)
        self._services = services
        self._settings = services.settings
        if "settings" in self.page_by_key:
            self.settings_view.attach(
                services.settings, services.returns, self._backups, services.accounts, tax=services.tax
            )
        for key in ("customers", "print", "packing", "returns", "loyalty", "summaries", "followups"):
            if key in self.page_by_key:  # it was waiting for the database
                self._replace_page(key, self._build_page(key))
        self.refresh()

    def start_return(self, order_id: int) -> None:
        """Open the Returns area with a new return of this order."""
        self.show_area("returns")
        page = self.page("returns")
        if hasattr(page, "start_return"):
            page.start_return(order_id)

    def _on_orders_view_orders_changed(self) -> None:
        if self._orders is not None:
            self._order_count = self._orders.count()
            self._update_status()
        if self._customers_view is not None and self._customers_view.profile is not None:
            self._customers_view.show_customer(self._customers_view.profile.id)

    def _edit_form(self, detail, parent):  # noqa: ANN001, ANN202 - the order form in edit mode
        """The Orders area's order form in edit mode, for an order page opened elsewhere (a customer's history)."""
        return self._orders_view.edit_form(detail, parent)

    def _on_customers_view_customers_changed(self) -> None:
        if self.orders_view is not None:
            self.orders_view.model.reload()

    def show_database_error(self, message: str) -> None:
        loading = self.page_by_key["orders"]
        if isinstance(loading, QLabel):
            loading.setText(message)
            loading.setWordWrap(True)
        self.database_status.setText(message)

    def refresh(self) -> None:
        view = self.orders_view
        if view is None or self._orders is None:
            return
        shown = view.load()
        self._order_count = self._orders.count()
        self._update_status()
        self.data_shown.emit(shown)

    @property
    def orders_view(self) -> OrdersView | None:
        return self._orders_view

    @property
    def settings_view(self) -> SettingsView:
        return self.page("settings")  # type: ignore[return-value]

    def page(self, key: str) -> QWidget:
        """The page of an area, built on first use."""
        if key not in self.page_by_key:
            self._replace_page(key, self._build_page(key))
        return self.page_by_key[key]

    def show_area(self, key: str) -> None:
        self.navigation.setCurrentRow([a.key for a in AREAS].index(key))

    def new_order(self) -> None:
        """Ctrl+N: the Orders area with the new-order form open."""
        if self.orders_view is None:
            return
        self.show_area("orders")
        if AREAS[self._shown_row].key == "orders":
            self.orders_view.open_order_form()

    def find(self) -> None:
        """Ctrl+F: into the current area's search box, its text selected, where the area has one."""
        search = getattr(self.pages.currentWidget(), "search", None)
        if isinstance(search, QLineEdit):
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()

    def _build_page(self, key: str) -> QWidget:
        if key == "settings":
            from shopdesk.views.settings_view import SettingsView

            view = SettingsView(display=self.display, jobs=self._job_runner(), guard=self.guard)
            view.display_changed.connect(self._on_settings_display_changed)
            view.language_chosen.connect(self._on_settings_language_chosen)
            view.shop_settings_saved.connect(self._on_settings_shop_saved)
            view.database_restored.connect(self._on_settings_database_restored)
            if self._settings is not None:
                services = self._services
                view.attach(
                    self._settings,
                    services.returns if services else None,
                    self._backups,
                    services.accounts if services else None,
                    tax=services.tax if services else None,
                )
            if self.upkeep is not None and self.upkeep.last_backup is not None:
                view.backups_view.show_automatic(self.upkeep.last_backup)
            return view
        if key == "customers":
            if self._services is None:
                waiting = QLabel(self.tr("Opening the database…"))
                waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
                return waiting
            from shopdesk.views.customers_view import CustomersView

            view = CustomersView(
                addresses=self._services.addresses,
                customers=self._services.customers,
                orders=self._services.orders,
                formatter=self.formatter,
                returns=self._services.returns,
                loyalty=self._services.loyalty,
                exports=self._services.exports,
                jobs=self._job_runner(),
                guard=self.guard,
                prints=self._services.prints,
                payments=self._services.payments,
                display_for=self._preferences.display_for,
                edit_form=self._edit_form,
                tax=self._services.tax,
            )
            view.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
            view.customers_changed.connect(self._on_customers_view_customers_changed)
            self._customers_view = view
            return view
        if key in ("print", "packing", "returns", "loyalty", "summaries", "followups") and self._services is None:
            waiting = QLabel(self.tr("Opening the database…"))
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return waiting
        if key == "followups":
            from shopdesk.views.follow_ups_view import FollowUpsView

            services = self._services
            return FollowUpsView(
                follow_ups=services.follow_ups,
                customers=services.customers,
                formatter=lambda: self.formatter,
                shop_name=lambda: services.settings.load().shop_name,
                guard=self.guard,
            )
        if key == "summaries":
            from shopdesk.views.summaries_view import SummariesView

            services = self._services
            summaries = SummariesView(
                summaries=services.summaries,
                formatter=lambda: self.formatter,
                shop_name=lambda: services.settings.load().shop_name,
                tax=services.tax,
                tax_report=services.tax_report,
            )
            summaries.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            return summaries
        if key == "loyalty":
            from shopdesk.views.loyalty_view import LoyaltyView

            services = self._services
            loyalty = LoyaltyView(
                loyalty=services.loyalty,
                customers=services.customers,
                formatter=lambda: self.formatter,
                currency=lambda: services.settings.load().currency,
            )
            loyalty.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
            return loyalty
        if key == "returns":
            from shopdesk.views.returns_view import ReturnsView

            returns = ReturnsView(
                returns=self._services.returns,
                order_id_for=self._services.orders.order_id_for_number,
                formatter=lambda: self.formatter,
                prints=self._services.prints,
                display_for=self._preferences.display_for,
                products=self._services.products.list_products,
                guard=self.guard,
            )
            returns.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            return returns
        if key == "packing":
            from shopdesk import paths
            from shopdesk.views.packing_station import PackingStation

            station = PackingStation(
                packing=self._services.packing,
                prints=self._services.prints,
                display_for=self._preferences.display_for,
                formatter=lambda: self.formatter,
                language=lambda: self.display.language,
                queue_dir=paths.print_queue_dir,
            )
            station.order_packed.connect(lambda _id: self._on_orders_view_orders_changed())
            station.order_packed.connect(lambda _id: self.orders_view.model.reload() if self.orders_view else None)
            return station
        if key == "print":
            from shopdesk.views.print_view import PrintView

            view = PrintView(
                prints=self._services.prints,
                selected_orders=lambda: self.orders_view.selected_order_ids() if self.orders_view else [],
                display_for=self._preferences.display_for,
                jobs=self._job_runner(),
                guard=self.guard,
                tax_prints=self._services.tax_prints,
            )
            view.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
            return view
        raise KeyError(f"no page for area {key!r}")

    def _backup_before_import(self) -> None:
        """Run in the import's job, before its first write: an import is undone by restoring this backup."""
        if self._backups is not None and self._backups.available:
            for _step in self._backups.back_up(kind="before-import"):
                pass

    # --- upkeep: the automatic backup and birthday rewards ------------------------------------------------------
    def start_upkeep(self) -> None:
        """Once the database is open: back up (SQLite) and give birthday rewards now and every day the window stays
        open, on the window's job runner; a failure shows in the status bar (and on the Backups tab). Once only."""
        if self.upkeep is not None or self._services is None:
            return
        from shopdesk.views.upkeep import Upkeep

        backups = self._backups
        self.upkeep = Upkeep(
            jobs=self._job_runner(),
            back_up=backups.back_up_if_changed if backups is not None and backups.available else None,
            grant_birthday_rewards=self._services.loyalty.grant_birthday_rewards,
            parent=self,
        )
        self.upkeep.backup_reported.connect(self._on_upkeep_backup_reported)
        self.upkeep.birthdays_reported.connect(self._on_upkeep_reported)
        self.upkeep.start()

    def _on_upkeep_backup_reported(self, outcome: UpkeepOutcome) -> None:
        if "settings" in self.page_by_key:
            self.settings_view.backups_view.show_automatic(outcome)
        self._on_upkeep_reported(outcome)

    def _on_upkeep_reported(self, _outcome: UpkeepOutcome) -> None:
        self._update_status()

    def _on_upkeep_warning_clicked(self) -> None:
        upkeep = self.upkeep
        if upkeep is not None and upkeep.last_backup is not None and upkeep.last_backup.failed:
            self.show_area("settings")
            self.settings_view.show_backups()
        else:
            self.show_area("loyalty")

    def finish_jobs(self) -> None:
        """On quitting: no more upkeep, and the work under way finishes before the database is closed."""
        if self.upkeep is not None:
            self.upkeep.stop()
        if self._jobs is not None:
            self._jobs.wait()

    def _job_runner(self) -> JobRunner:
        """One runner for every page: database writers share one thread."""
        if self._jobs is None:
            from shopdesk.views.jobs import JobRunner

            self._jobs = JobRunner()
        return self._jobs

    def _on_settings_database_restored(self, _result: object) -> None:
        if self._services is not None:
            self.attach(self._services, database_label=self._database_label)
        self.statusBar().showMessage(self.tr("The backup is in place; every area shows the restored data."), 8000)

    def show_network_warning(self, kind: str) -> None:
        """The database file is on a network drive (``kind``: nfs, smbfs, UNC share…): say so while open."""
        self._network_kind = kind
        self.network_warning.setVisible(bool(kind))
        self._retranslate()

    def _on_navigation_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if AREAS[row].key == "summaries" and not require_owner(self.guard, self, "summaries.open"):
            self.navigation.blockSignals(True)  # revenue is the owner's: stay where we were
            self.navigation.setCurrentRow(self._shown_row)
            self.navigation.blockSignals(False)
            return
        self._shown_row = row
        self.pages.setCurrentWidget(self.page(AREAS[row].key))

    def _on_guard_unlocked_changed(self, unlocked: bool) -> None:
        self.lock_button.setVisible(unlocked)
        self._retranslate()
        if not unlocked and AREAS[self._shown_row].key == "summaries" and self.guard.roles_on():
            self.show_area("orders")  # locked: the revenue leaves the screen

    # --- language and display ---------------------------------------------------------------------------------
    def _on_settings_display_changed(self, display: DisplayPreferences) -> None:
        self.apply_display(display)
        self._preferences.save_display(display)

    def _on_settings_language_chosen(self, language: str) -> None:
        self._on_settings_display_changed(self._preferences.display_for(language))

    def apply_display(self, display: DisplayPreferences) -> None:
        """Switch language, digits and calendar live: translators, direction, then every formatted value."""
        self.display = display
        self.formatter = Formatter(display)
        self.statusBar().clearMessage()  # a passing message in the language before would stay on for seconds
        if self._languages is not None:
            self._languages.apply(display)
        if "settings" in self.page_by_key:
            self.settings_view.set_display(display)
        if self.orders_view is not None:
            self.orders_view.set_formatter(self.formatter)
        if self._customers_view is not None:
            self._customers_view.set_formatter(self.formatter)
        self._retranslate()

    def _on_settings_shop_saved(self, _shop: object) -> None:
        self.statusBar().showMessage(self.tr("Shop settings saved."), 4000)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def show_about(self) -> None:
        """Help → About shopdesk: the version, this desk's data folder, the open database, licences."""
        from shopdesk import paths
        from shopdesk.views.about_dialog import AboutDialog
        from shopdesk.views.widgets import open_owned

        database = getattr(self, "_database_label", "") or ""
        open_owned(self, "about_dialog", AboutDialog(data_folder=str(paths.data_dir()), database=database, parent=self))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("shopdesk"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About shopdesk…"))
        for row, area in enumerate(AREAS):
            item = self.navigation.item(row)
            item.setText(area.title())
            item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", area.title()).replace("%2", str(row + 1)))
        owner = self.guard.unlocked_as
        self.lock_button.setText(self.tr("Unlocked as %1 — Lock").replace("%1", "\u2068" + (owner or "") + "\u2069"))
        self.lock_button.setToolTip(self.tr("Lock the owner's actions again (they also lock after 5 minutes)"))
        self._update_status()

    def _update_status(self) -> None:
        if self._network_kind:
            self.network_warning.setText(self.tr("The database is on a network drive"))
            self.network_warning.setToolTip(network_warning_text(self._network_kind))
        if self._database_label:
            # A path or URL is left-to-right text: isolate it so an RTL label does not reorder its slashes.
            label = isolate_ltr(self._database_label)
            self.database_status.setText(self.tr("Database: %1").replace("%1", label))
        elif not self.database_status.text():
            self.database_status.setText(self.tr("Opening the database…"))
        loading = self.page_by_key["orders"]
        if isinstance(loading, QLabel) and not self._database_label and not loading.wordWrap():
            loading.setText(self.tr("Opening the database…"))
        if self._order_count is not None:
            self.count_status.setText(self.tr("%Ln order(s)", "", self._order_count))
        if self.upkeep is not None:
            from shopdesk.views.upkeep import warning_texts

            text, details = warning_texts(self.upkeep.last_backup, self.upkeep.last_birthdays, self.formatter)
            self.upkeep_warning.setText(text)
            self.upkeep_warning.setToolTip(details)
            self.upkeep_warning.setVisible(bool(text))

    # --- window life ------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.first_painted.emit()
        return super().eventFilter(watched, event)

    def closeEvent(self, event) -> None:  # noqa: ANN001
        self._preferences.save_geometry("main", self.saveGeometry())
        self._preferences.save_geometry("main_splitter", self.splitter.saveState())
        super().closeEvent(event)

    def _replace_page(self, key: str, page: QWidget) -> None:
        index = [a.key for a in AREAS].index(key)
        old = self.pages.widget(index)
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(old)
        old.deleteLater()
        self.page_by_key[key] = page
        if self.navigation.currentRow() == index:
            self.pages.setCurrentIndex(index)


def network_warning_text(kind: str) -> str:
    """Why a database on a network drive is a risk, for the status bar's tooltip and the warning at start."""
    return QApplication.translate(
        "MainWindow",
        "The shop's database is on a network drive (%1). SQLite cannot lock a file reliably over a network: "
        "two desks writing at once can damage it. Keep the file on this computer's own disk, or, for several "
        "desks, use a PostgreSQL server.",
    ).replace("%1", kind)
