"""Importing orders from Shopify-format and mapped CSV files: encodings, Arabic and Persian names, digits in any
script, dry runs, wrong rows, malformed files, re-imports that change nothing."""

from __future__ import annotations

import codecs
import csv
import io
from datetime import UTC, date, datetime

import pytest

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.import_records import SHOPIFY, ColumnMapping
from shopdesk.services.imports import UnreadableFile, parse_when
from shopdesk.services.order_rows import OrderQuery
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings

SHOPIFY_HEADER = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Currency", "Subtotal",
    "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Created at", "Lineitem quantity",
    "Lineitem name", "Lineitem price", "Lineitem sku", "Billing Name", "Billing Phone", "Shipping Phone",
    "Notes", "Cancelled at", "Payment Method", "Refunded Amount", "Phone",
]  # fmt: skip


def _row(**values: str) -> list[str]:
    return [values.get(column, "") for column in SHOPIFY_HEADER]


def shopify_rows() -> list[list[str]]:
    """Three orders: #1001 (two lines, a customer known by phone), #1002 (a new customer, Persian name and digits),
    #1003 (refunded: brought in as cancelled)."""
    return [
        _row(**{
            "Name": "#1001", "Email": "layla@example.com", "Financial Status": "paid",
            "Fulfillment Status": "fulfilled", "Currency": "SAR", "Subtotal": "150.00", "Shipping": "10.00",
            "Total": "160.00",
            "Created at": "2026-03-05 14:22:10 +0300", "Lineitem quantity": "2", "Lineitem name": "صابون الورد",
            "Lineitem price": "50.00", "Lineitem sku": "SOAP-1", "Billing Name": "ليلى الحربي",
            "Phone": "'+966501234567", "Payment Method": "card",  # guarded against formulas, as Shopify does
        }),
        _row(**{"Name": "#1001", "Lineitem quantity": "1", "Lineitem name": "Candle", "Lineitem price": "50.00"}),
        _row(**{
            "Name": "#1002", "Email": "", "Financial Status": "pending", "Currency": "SAR", "Total": "۱۲۰٫۵۰",
            "Created at": "1405/01/10 09:30", "Lineitem quantity": "۳", "Lineitem name": "شمع معطر",
            "Lineitem price": "۴۰٫۱۰", "Billing Name": "مهسا رضایی", "Phone": "۰۵۰ ۹۸۷ ۶۵۴۳",
        }),
        _row(**{
            "Name": "#1003", "Email": "layla@example.com", "Financial Status": "refunded", "Currency": "SAR",
            "Total": "30.00", "Created at": "2026-04-01T10:00:00Z", "Lineitem quantity": "1",
            "Lineitem name": "Gift box", "Lineitem price": "30.00",
        }),
    ]  # fmt: skip


def write_csv(path, rows, *, header=SHOPIFY_HEADER, encoding="utf-8-sig", delimiter=","):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    layla = services.customers.create_customer(CustomerDraft(name="Layla", phone="0501234567"))
    return services, database, layla


@pytest.mark.parametrize(
    ("encoding", "delimiter", "expected"),
    [("utf-8-sig", ",", "utf-8-sig"), ("utf-8", ",", "utf-8"), ("utf-16", "\t", "utf-16")],
)
def test_a_shopify_export_is_imported_once_whatever_its_encoding(shop, tmp_path, encoding, delimiter, expected):
    services, database, layla = shop
    path = write_csv(tmp_path / "orders.csv", shopify_rows(), encoding=encoding, delimiter=delimiter)
    report = services.imports.import_orders(path, SHOPIFY)
    assert report.written and report.encoding == expected and report.problems == ()
    assert (report.rows, report.orders_new, report.orders_existing) == (4, 3, 0)
    assert (report.customers_new, report.customers_matched) == (1, 1)  # Mahsa is new; Layla matched by phone
    rows = {row.number: row for row in services.orders.page(OrderQuery(), limit=10)}
    assert len(rows) == 3
    first = services.orders.get_order(next(r.id for r in rows.values() if r.total_minor == 16000))
    assert (first.row.customer_id, first.row.status, first.row.currency) == (layla, "shipped", "SAR")
    assert [(line.description, line.quantity, line.unit_price_minor) for line in first.lines] == [
        ("صابون الورد", 2, 5000),
        ("Candle", 1, 5000),
    ]
    assert first.row.created_at == datetime(2026, 3, 5, 11, 22, 10, tzinfo=UTC)
    mahsa = next(r for r in rows.values() if r.total_minor == 12050)
    assert mahsa.customer_name == "مهسا رضایی" and mahsa.status == "new"
    assert mahsa.created_at.astimezone().date() == date(2026, 3, 30)  # 10 Farvardin 1405
    refunded = next(r for r in rows.values() if r.total_minor == 3000)
    assert refunded.status == "cancelled" and refunded.customer_id == layla  # by the e-mail #1001 gave with her phone
    again = services.imports.import_orders(path, SHOPIFY)
    assert (again.orders_new, again.orders_existing, again.customers_new) == (0, 3, 0)
    assert services.orders.count() == 3  # importing the same file twice changes nothing


def test_windows_arabic_and_a_saved_mapping(shop, tmp_path):
    services, _database, _layla = shop
    header = ["رقم الطلب", "التاريخ", "العميل", "الجوال", "المنتج", "الكمية", "السعر", "الحالة"]
    rows = [
        ["S-77", "03/04/2026", "خالد القحطاني", "0555555555", "عطر", "1", "99.00", "completed"],
        ["S-78", "25/04/2026", "خالد القحطاني", "0555555555", "عطر", "2", "99.00", "processing"],
    ]
    path = write_csv(tmp_path / "salla.csv", rows, header=header, encoding="cp1256")
    mapping = ColumnMapping(
        "salla",
        {
            "external_id": ("رقم الطلب",),
            "created_at": ("التاريخ",),
            "customer_name": ("العميل",),
            "phone": ("الجوال",),
            "line_name": ("المنتج",),
            "line_quantity": ("الكمية",),
            "line_price": ("السعر",),
            "status": ("الحالة",),
        },
        channel="marketplace",
        date_order="dmy",
    )
    services.imports.save_mapping(mapping)
    saved = services.imports.mappings()["salla"]
    assert saved == mapping
    report = services.imports.import_orders(path, saved)
    assert report.written and report.encoding == "cp1256"
    assert (report.orders_new, report.customers_new) == (2, 1)  # one customer for both orders
    orders = services.orders.page(OrderQuery(), limit=10)
    assert {o.customer_name for o in orders} == {"خالد القحطاني"}
    assert {o.created_at.astimezone().date() for o in orders} == {date(2026, 4, 3), date(2026, 4, 25)}
    assert {o.status for o in orders} == {"delivered", "paid"} and {o.channel for o in orders} == {"marketplace"}


def test_a_dry_run_and_a_file_with_wrong_rows_write_nothing(shop, tmp_path):
    services, _database, _layla = shop
    path = write_csv(tmp_path / "orders.csv", shopify_rows())
    dry = services.imports.import_orders(path, SHOPIFY, dry_run=True)
    assert dry.dry_run and not dry.written and (dry.orders_new, dry.customers_new) == (3, 1)
    assert services.orders.count() == 0
    rows = shopify_rows()
    rows[1][SHOPIFY_HEADER.index("Lineitem price")] = "fifty"
    rows[2][SHOPIFY_HEADER.index("Created at")] = "03/04/2026"  # which is the day?
    rows.append(_row(**{"Name": "#1001", "Lineitem quantity": "1", "Lineitem name": "x", "Lineitem price": "1"}))
    rows.append(["#1009", "too", "short"])
    backups = []
    report = services.imports.import_orders(
        write_csv(tmp_path / "bad.csv", rows), SHOPIFY, before_write=lambda: backups.append(1)
    )
    assert not report.written and backups == []
    assert [(p.row, p.column, p.reason) for p in report.problems] == [
        (3, "Lineitem price", "not a number"),
        (4, "Created at", "ambiguous date"),
        (6, "Name", "order rows apart"),
        (7, "", "wrong column count"),
    ]
    assert services.orders.count() == 0  # all or nothing


def test_a_problem_in_the_last_batch_undoes_the_batches_already_written(shop, tmp_path, monkeypatch):
    from shopdesk.services import imports

    services, database, _layla = shop
    monkeypatch.setattr(imports, "BATCH", 1)
    rows = shopify_rows()
    rows.append(_row(**{"Name": "#1004", "Created at": "not a date", "Lineitem quantity": "1",
                        "Lineitem name": "x", "Lineitem price": "1"}))  # fmt: skip
    backups = []
    report = services.imports.import_orders(
        write_csv(tmp_path / "late.csv", rows), SHOPIFY, before_write=lambda: backups.append(1)
    )
    assert not report.written and [(p.row, p.reason) for p in report.problems] == [(6, "not a date")]
    if database.engine.dialect.name == "sqlite":  # the batches were only staged: the shop's file was never touched
        assert backups == []
    else:
        assert backups == [1]  # the first batches were being written (after a backup), then undone
    assert services.orders.count() == 0 and len(services.customers.find_customers("مهسا", limit=5)) == 0


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (",".join(SHOPIFY_HEADER).encode() + b'\n"#1001,2026-01-01\n', "malformed"),  # an unterminated quote
        (b"Name,Created\x00 at\n", "nul bytes"),
        (b"", "empty"),
        (b"just,some,columns\n1,2,3\n", "missing columns"),
        (("\u0000" * 10).encode("utf-16-le"), "nul bytes"),  # UTF-16 without its BOM
    ],
)
def test_a_malformed_file_gets_a_clear_reason_and_changes_nothing(shop, tmp_path, content, reason):
    services, _database, _layla = shop
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(UnreadableFile) as caught:
        services.imports.import_orders(path, SHOPIFY)
    assert caught.value.reason == reason
    assert services.orders.count() == 0


def test_a_hundred_megabytes_of_junk_is_refused_at_its_first_line(shop, tmp_path):
    services, _database, _layla = shop
    path = tmp_path / "junk.csv"
    with open(path, "wb") as junk:
        chunk = bytes(range(1, 256)) * 4096
        for _ in range(100):
            junk.write(chunk)
    with pytest.raises(UnreadableFile) as caught:
        services.imports.import_orders(path, SHOPIFY)
    assert caught.value.reason in ("missing columns", "malformed", "encoding unclear")
    assert services.orders.count() == 0


def test_dates_as_other_shops_write_them():
    assert parse_when("2026-03-05 14:22:10 +0300") == datetime(2026, 3, 5, 11, 22, 10, tzinfo=UTC)
    assert parse_when("2026-03-05T14:22:10Z") == datetime(2026, 3, 5, 14, 22, 10, tzinfo=UTC)
    assert parse_when("۱۴۰۵/۰۱/۰۱").date() == date(2026, 3, 21)  # Nowruz 1405, in Persian digits
    assert parse_when("25/12/2025").date() == date(2025, 12, 25)
    assert parse_when("12/25/2025").date() == date(2025, 12, 25)
    assert parse_when("03/04/2026", date_order="mdy").date() == date(2026, 3, 4)
    assert parse_when("05/05/2026").date() == date(2026, 5, 5)
    for bad in ("03/04/2026", "2026-02-30", "yesterday"):
        with pytest.raises(Exception):  # noqa: B017, PT011 - InvalidInput, with its reason checked above
            parse_when(bad)


def test_a_bom_is_not_part_of_the_first_column(tmp_path):
    from shopdesk.services.imports import preview

    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + b"Name,Created at\n#1,2026-01-01\n")
    encoding, header, rows = preview(path)
    assert (encoding, header, rows) == ("utf-8-sig", ["Name", "Created at"], [["#1", "2026-01-01"]])


def test_the_command_line_imports_once_dry_runs_and_reports_wrong_rows(tmp_path):
    import json
    import subprocess
    import sys

    from shopdesk.services.database import open_database

    db = tmp_path / "shop.sqlite3"
    database = open_database("sqlite:///" + str(db))
    build_services(database.unit_of_work).settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    database.close()
    path = write_csv(tmp_path / "orders.csv", shopify_rows(), encoding="utf-16", delimiter="\t")

    def run(*args):
        command = [sys.executable, "-m", "shopdesk", "--db", str(db), "import", "orders", str(path), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=60)

    dry = run("--dry-run", "--json")
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["dry_run"] is True and report["written"] is False
    assert report["orders"] == {"new": 3, "existing": 0} and report["customers"] == {"new": 2, "matched": 0}
    assert report["encoding"] == "utf-16" and report["problems"] == []
    done = run("--json")
    assert done.returncode == 0 and json.loads(done.stdout)["written"] is True
    assert list((tmp_path / "data" / "backups").glob("*before-import*"))  # backed up before writing
    again = run()
    assert again.returncode == 0 and "imported 0 orders (3 already there)" in again.stdout
    assert run("--format", "nonesuch").returncode == 2
    path.write_text("Name,Created at\n", encoding="utf-8")
    unreadable = run()
    assert unreadable.returncode == 1 and "cannot be read" in unreadable.stderr


def test_imported_customers_are_found_as_typed_ones_are(shop, tmp_path):
    from shopdesk.services.text import name_search_tokens

    services, database, _layla = shop
    rows = shopify_rows()
    rows[2][SHOPIFY_HEADER.index("Billing Name")] = "علی\u200cاکبر رضایی"
    services.imports.import_orders(write_csv(tmp_path / "orders.csv", rows), SHOPIFY)
    (found,) = services.customers.find_customers("اکبر", limit=5)
    assert found.name == "علی\u200cاکبر رضایی"
    with database.engine.connect() as connection:
        stored = {t for (t,) in connection.exec_driver_sql(
            f"SELECT token FROM customer_name_token WHERE customer_id = {found.id}")}  # fmt: skip
    assert stored == name_search_tokens(found.name)


def test_a_year_no_shop_sold_in_is_refused_or_read_as_jalali():
    from shopdesk.services.errors import InvalidInput

    assert parse_when("1405-01-10").date() == date(2026, 3, 30)  # ISO-looking, but a Jalali year, as 1405/01/10
    assert parse_when("1405-01-10 09:30:00").date() == date(2026, 3, 30)
    for bad in ("0001-01-01 00:00:00", "25/12/25", "9999-12-31T23:00:00-05:00", "1/1/1"):
        with pytest.raises(InvalidInput):  # not ValueError or OverflowError, and not the year 25 either
            parse_when(bad)


def test_a_placeholder_date_is_a_wrong_row_not_a_crash(shop, tmp_path):
    services, _database, _layla = shop
    rows = shopify_rows()
    rows[3][SHOPIFY_HEADER.index("Created at")] = "0001-01-01 00:00:00"  # .NET's DateTime.MinValue
    report = services.imports.import_orders(write_csv(tmp_path / "orders.csv", rows), SHOPIFY)
    assert not report.written and [(p.row, p.column, p.reason) for p in report.problems] == [
        (5, "Created at", "not a date")
    ]
    assert services.orders.count() == 0


def test_an_order_whose_rows_come_back_after_other_orders_is_caught_however_far_back(shop, tmp_path):
    services, _database, _layla = shop
    line = {"Lineitem quantity": "1", "Lineitem name": "Soap", "Lineitem price": "5.00"}
    rows = [
        _row(**{"Name": f"#{n}", "Created at": "2026-03-05 10:00:00 +0300", "Currency": "SAR", **line})
        for n in range(1, 31)
    ]
    rows.insert(25, _row(**{"Name": "#4", **line}))  # row 27: #4's rows are rows 5 and 27
    rows.append(_row(**{"Name": "#30", **line}))  # #30's second line, right after its first: fine
    report = services.imports.import_orders(write_csv(tmp_path / "orders.csv", rows), SHOPIFY, dry_run=True)
    assert [(p.row, p.column, p.reason, p.value) for p in report.problems] == [(27, "Name", "order rows apart", "#4")]
    del rows[25]
    report = services.imports.import_orders(write_csv(tmp_path / "orders.csv", rows), SHOPIFY)
    assert report.written and report.orders_new == 30 and report.rows == 31
    again = services.imports.import_orders(write_csv(tmp_path / "orders.csv", rows), SHOPIFY)
    assert again.problems == () and (again.orders_new, again.orders_existing) == (0, 30)


def test_an_order_number_too_long_to_keep_whole_is_a_wrong_row_not_cut(shop, tmp_path):
    """Cut to the 64 characters kept, two orders of another shop could be taken for one (the second never
    imported, as already there)."""
    services, database, _layla = shop
    rows = shopify_rows()
    long_id = "MKT-" + "7" * 60 + "-A"
    for row in rows[:2]:
        row[SHOPIFY_HEADER.index("Name")] = long_id
    report = services.imports.import_orders(write_csv(tmp_path / "orders.csv", rows), SHOPIFY)
    assert not report.written and [(p.row, p.column, p.reason, p.value) for p in report.problems] == [
        (2, "Name", "order number too long", long_id),
        (3, "Name", "order number too long", long_id),
    ]
    assert services.orders.count() == 0
    rows[0][SHOPIFY_HEADER.index("Name")] = rows[1][SHOPIFY_HEADER.index("Name")] = long_id[:64]  # as long as kept
    report = services.imports.import_orders(write_csv(tmp_path / "orders.csv", rows), SHOPIFY)
    assert report.written and report.orders_new == 3
    with database.engine.connect() as connection:
        kept = connection.exec_driver_sql("SELECT external_id FROM shop_order ORDER BY id").scalars().all()
    assert kept == [long_id[:64], "#1002", "#1003"]


def test_a_partly_refunded_shopify_order_comes_in_as_paid(shop, tmp_path):
    services, _database, _layla = shop
    rows = shopify_rows()
    rows[2][SHOPIFY_HEADER.index("Financial Status")] = "partially_refunded"  # Shopify's word; not yet fulfilled
    report = services.imports.import_orders(write_csv(tmp_path / "orders.csv", rows), SHOPIFY)
    assert report.written and report.problems == ()
    assert {row.total_minor: row.status for row in services.orders.page(OrderQuery(), limit=10)}[12050] == "paid"


def test_utf16_cut_off_in_a_character_is_a_wrong_row_at_its_line(shop, tmp_path):
    services, _database, _layla = shop
    path = tmp_path / "bad.csv"
    path.write_bytes("\t".join(SHOPIFY_HEADER).encode("utf-16") + b"\n\x00A")  # the last character half there
    report = services.imports.import_orders(path, SHOPIFY)
    assert [(p.row, p.reason) for p in report.problems] == [(2, "bytes not in the encoding")]
    assert not report.written and services.orders.count() == 0


def test_a_field_empty_in_its_first_column_is_read_from_the_next_one(shop, tmp_path):
    services, _database, layla = shop
    rows = shopify_rows()[:2]
    rows[0][SHOPIFY_HEADER.index("Phone")] = ""  # Shopify's Phone is often empty
    rows[0][SHOPIFY_HEADER.index("Billing Phone")] = "+966 50 123 4567"
    rows[0][SHOPIFY_HEADER.index("Email")] = ""
    report = services.imports.import_orders(write_csv(tmp_path / "orders.csv", rows), SHOPIFY)
    assert (report.customers_new, report.customers_matched) == (0, 1)
    (order,) = services.orders.page(OrderQuery(), limit=5)
    assert order.customer_id == layla
