"""VAT: the arithmetic (``rules``), the shop's settings and records (``records``), the service that prices orders
and keeps them (``service``), the issued invoices and credit notes (``documents``), the ZATCA QR (``zatca``) and
the tax report (``report``)."""
