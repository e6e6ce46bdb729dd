"""Switching language without a restart shows exactly what a window opened in that language shows.

A window is opened in English on the demo with every area built and a customer's profile open, then switched
English → Arabic → Persian → English. After each switch every visible text of every area (labels, buttons, combo
items, headers, placeholders, tooltips, titles, spin-box values, list and tree items, tab names) is compared with a
fresh window opened in that language on the same data. Combo boxes must also be wide enough for their new words.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from shopdesk import paths
from shopdesk.services.order_rows import OrderQuery
from shopdesk.views.main_window import AREAS, MainWindow
from shopdesk.views.preferences import PreferencesStore


def _columns(model) -> int:  # noqa: ANN001
    return model.columnCount(QModelIndex()) if not isinstance(model, QAbstractListModel) else 1


def _texts(widget: QWidget) -> dict[str, str]:
    """Every text a person can see in or over ``widget``, keyed by where it is."""
    found: dict[str, str] = {}

    def note(path: str, kind: str, text: str) -> None:
        if text:
            found[f"{path}:{kind}"] = text

    def walk(w: QWidget, path: str) -> None:
        note(path, "tooltip", w.toolTip())
        if w.isWindow():
            note(path, "title", w.windowTitle())
        if isinstance(w, QLabel):
            note(path, "text", w.text())
        elif isinstance(w, QAbstractButton):
            note(path, "text", w.text())
        elif isinstance(w, QGroupBox):
            note(path, "title", w.title())
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                note(path, f"item{i}", w.itemText(i))
            note(path, "placeholder", w.placeholderText())
            note(path, "width", str(w.sizeHint().width()))  # wide enough for the new words, not the old ones
        elif isinstance(w, QAbstractSpinBox):
            note(path, "value", w.text())
            note(path, "special", getattr(w, "specialValueText", lambda: "")())
        elif isinstance(w, QLineEdit):
            note(path, "placeholder", w.placeholderText())
            note(path, "value", w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            note(path, "placeholder", w.placeholderText())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                note(path, f"tab{i}", w.tabText(i))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for orientation, count in (
                (Qt.Orientation.Horizontal, _columns(model)),
                (Qt.Orientation.Vertical, 0),
            ):
                for section in range(count):
                    note(path, f"header{orientation.name}{section}", str(model.headerData(section, orientation) or ""))
            if isinstance(w, QListWidget) or model.rowCount(QModelIndex()) < 60:
                for row in range(min(model.rowCount(QModelIndex()), 60)):
                    for column in range(_columns(model)):
                        index = model.index(row, column)
                        note(path, f"cell{row},{column}", str(index.data() or ""))
                        note(path, f"celltip{row},{column}", str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
        children = [c for c in w.children() if isinstance(c, QWidget)]
        counts: dict[str, int] = {}
        for child in children:
            name = child.objectName() or type(child).__name__
            counts[name] = counts.get(name, 0) + 1
            walk(child, f"{path}/{name}#{counts[name]}")

    walk(widget, type(widget).__name__)
    return found


def _narrow_combos(widget: QWidget) -> list[str]:
    """Combo boxes whose size hint is narrower than their longest item."""
    narrow = []
    for combo in widget.findChildren(QComboBox):
        if combo.count() == 0 or not combo.isVisibleTo(widget):
            continue
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        if combo.sizeHint().width() < widest:
            narrow.append(f"{combo.objectName() or combo.parent().objectName()}: {combo.currentText()}")
    return narrow


def _open_everything(window: MainWindow, services, qtbot) -> None:  # noqa: ANN001
    """Build every area and open the newest customer's profile, as a person going through the areas would."""
    for area in AREAS:
        window.show_area(area.key)
    window.page("customers").show_customer(services.customers.newest_customers(limit=1)[0].id)
    studio = window.page("print")
    studio.numbers.setText(", ".join(str(row.number) for row in services.orders.page(OrderQuery(), limit=2)))
    studio.from_numbers.setChecked(True)
    studio.preview()
    qtbot.waitUntil(lambda: studio.ready is not None)
    window.show_area("orders")


def _differences(switched: MainWindow, fresh: MainWindow) -> list[str]:
    before, after = _texts(switched), _texts(fresh)
    return [
        f"{key}: {before.get(key)!r} instead of {after.get(key)!r}"
        for key in sorted(set(before) | set(after))
        if before.get(key) != after.get(key)
    ]


def test_switching_language_live_shows_what_a_fresh_window_in_that_language_shows(qtbot, qapp, sqlite_demo):
    from shopdesk.services.registry import build_services
    from shopdesk.views.appearance import apply_style, register_fonts
    from shopdesk.views.i18n import LanguageSwitcher
    from shopdesk.views.preferences import DisplayPreferences

    register_fonts(qapp)
    apply_style(qapp)
    switcher = LanguageSwitcher(qapp)
    store = PreferencesStore(paths.preferences_path())
    services = build_services(sqlite_demo.unit_of_work)

    def open_window(language: str) -> MainWindow:
        window = MainWindow(preferences=store, display=store.display_for(language), languages=switcher)
        qtbot.addWidget(window)
        window.attach(services, database_label="demo")
        window.resize(1100, 700)
        window.show()
        qtbot.waitExposed(window)
        _open_everything(window, services, qtbot)
        return window

    try:
        switcher.apply(store.display_for("en"))
        switched = open_window("en")
        for language in ("ar", "fa", "en"):
            switched.apply_display(store.display_for(language))
            fresh = open_window(language)
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # pages replaced when the data came
            differences = _differences(switched, fresh)
            assert differences == [], language + "\n" + "\n".join(differences)
            assert _narrow_combos(switched) == [], language
            fresh.close()
    finally:
        switcher.apply(DisplayPreferences())
