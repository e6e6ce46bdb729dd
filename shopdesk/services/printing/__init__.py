"""Printed documents. This package's own names are light (no ReportLab) so the command line can list them."""

DOCUMENTS = ("inserts", "notes")
SIZE_NAMES = ("a6", "a5", "a4", "4x6", "a4-2up", "a4-4up")
TAX_DOCUMENTS = ("receipts", "invoices", "credit-notes")  # services/tax/printing.py
TAX_SIZES = ("80mm", "58mm", "a5", "a4")  # roll paper for receipt printers, then sheets
