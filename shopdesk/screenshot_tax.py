"""Screens of VAT, for docs/screenshots (``screenshots.py`` calls this in each language, on the Saudi demo shop,
which is registered for VAT): the VAT report tab of Summaries."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication


def tax_screens(window, out_dir: Path, language: str) -> list[Path]:  # noqa: ANN001
    written = []
    window.show_area("summaries")
    page = window.page("summaries")
    page.period.setCurrentIndex(page.period.findData("this_quarter"))
    page.wait()
    if page.show_tax_report():
        QApplication.processEvents()
        path = out_dir / f"main_summaries_tax_{language}.png"
        window.grab().save(str(path))
        written.append(path)
        page.tabs.setCurrentIndex(0)
    page.period.setCurrentIndex(page.period.findData("this_month"))
    page.wait()
    return written
