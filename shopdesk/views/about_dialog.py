"""Help → About shopdesk: the version, where this desk keeps its data, which database is open, and the free
software and fonts shopdesk carries with their licences."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shopdesk import about
from shopdesk.resource_paths import resource_path
from shopdesk.services.text import isolate_ltr
from shopdesk.views.widgets import IsolatingDelegate


def app_icon() -> QIcon:
    """shopdesk's icon in every size it ships (the window, the task bar, this dialog)."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"shopdesk-{size}.png")))
    icon.addFile(str(resource_path("icons", "shopdesk.png")))
    return icon


class AboutDialog(QDialog):
    def __init__(self, *, data_folder: str, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._data_folder, self._database = data_folder, database
        logo = QLabel()
        logo.setPixmap(QPixmap(str(resource_path("icons", "shopdesk-64.png"))))
        self.title = QLabel()
        self.title.setObjectName("aboutTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.tagline = QLabel()
        self.tagline.setWordWrap(True)
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.tagline)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.version = QLabel(about.version())
        self.version.setObjectName("aboutVersion")
        self.data_folder = QLabel(isolate_ltr(data_folder))
        self.database = QLabel(isolate_ltr(database))
        for label in (self.version, self.data_folder, self.database):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        self.form = QFormLayout()
        self.version_label, self.folder_label, self.database_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.version_label, self.version)
        self.form.addRow(self.folder_label, self.data_folder)
        self.form.addRow(self.database_label, self.database)

        self.licences_label = QLabel()
        self.licences = QTableWidget(0, 3)
        self.licences.setObjectName("aboutLicences")
        self.licences.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.licences.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.licences.verticalHeader().hide()
        self.licences.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read only: no cell to focus
        self.licences.setItemDelegate(IsolatingDelegate(self.licences))
        header = self.licences.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        rows = about.components()
        self.licences.setRowCount(len(rows))
        for row, component in enumerate(rows):
            for column, text in enumerate((component.name, component.version, component.licence)):
                self.licences.setItem(row, column, QTableWidgetItem(text))
        self.fonts_note = QLabel()
        self.fonts_note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.form)
        layout.addWidget(self.licences_label)
        layout.addWidget(self.licences, 1)
        layout.addWidget(self.fonts_note)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self._retranslate()

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LayoutDirectionChange):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        # A label aligns by its text's own direction: "shopdesk", a version or a path would sit on the left of a
        # right-to-left dialog. They keep to the dialog's leading edge.
        leading = Qt.AlignmentFlag.AlignLeft if self.isLeftToRight() else Qt.AlignmentFlag.AlignRight
        for label in (self.title, self.version, self.data_folder, self.database):
            label.setAlignment(leading | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self.setWindowTitle(self.tr("About shopdesk"))
        self.title.setText("shopdesk")
        self.tagline.setText(self.tr("An offline back office for small shops: your data stays on your own computer."))
        self.version_label.setText(self.tr("Version"))
        self.folder_label.setText(self.tr("Data folder"))
        self.database_label.setText(self.tr("Database"))
        self.licences_label.setText(self.tr("shopdesk is built on free software, with thanks:"))
        self.licences.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.fonts_note.setText(
            self.tr("Each library's licence text ships with it (its dist-info folder); the fonts' is fonts/OFL.txt.")
        )
