"""Importing files in other encodings: nothing garbled silently. UTF-8 but for a few bytes names the rows with the
bad bytes; Windows-1256 only when the text reads as Arabic or Persian; Latin-1/Windows-1252 recognised; when unclear
the user sees the text and names the encoding; bad bytes far into the file are still found, at their row."""

from __future__ import annotations

import codecs
import json
import subprocess
import sys

import pytest

from shopdesk.services import errors
from shopdesk.services.database import open_database
from shopdesk.services.import_records import SHOPIFY
from shopdesk.services.order_rows import OrderQuery
from shopdesk.services.registry import build_services
from shopdesk.services.settings import ShopSettings
from tests.integration.test_imports import SHOPIFY_HEADER, _row, write_csv


@pytest.fixture
def shop(database):
    services = build_services(database.unit_of_work)
    services.settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    return services, database, None


def _orders(names: list[str]) -> list[list[str]]:
    return [
        _row(**{"Name": f"#{2000 + i}", "Created at": "2026-05-01 10:00:00 +0300", "Currency": "SAR",
                "Lineitem quantity": "1", "Lineitem name": "Soap", "Lineitem price": "10.00", "Billing Name": name})
        for i, name in enumerate(names)
    ]  # fmt: skip


def test_a_utf8_file_with_one_bad_byte_names_its_row_and_writes_nothing(shop, tmp_path):
    services, _database, _layla = shop
    path = write_csv(tmp_path / "orders.csv", _orders(["علی رضایی", "Ali", "BAD", "مهسا"]), encoding="utf-8")
    path.write_bytes(path.read_bytes().replace(b"BAD", b"Sa\xffra"))  # one byte no UTF-8 has, on line 4
    report = services.imports.import_orders(path, SHOPIFY)
    assert report.encoding == "utf-8" and not report.written
    assert [(p.row, p.column, p.reason, p.value) for p in report.problems] == [
        (4, "Billing Name", "bytes not in the encoding", "Sa\\xffra")
    ]
    assert services.orders.count() == 0
    named = services.imports.import_orders(path, SHOPIFY, encoding="cp1252")  # the user says what it is
    assert named.written and {o.customer_name for o in services.orders.page(OrderQuery(), limit=9)} >= {"Saÿra"}


def test_a_latin1_file_is_read_as_latin_not_as_arabic(shop, tmp_path):
    services, _database, _layla = shop
    names = ["Núñez Ødegård", "José Müller", "François Çelik"]
    path = write_csv(tmp_path / "orders.csv", _orders(names), encoding="latin-1")
    report = services.imports.import_orders(path, SHOPIFY)
    assert report.written and report.encoding == "cp1252" and report.problems == ()
    assert {o.customer_name for o in services.orders.page(OrderQuery(), limit=9)} == set(names)


def test_windows_1256_is_chosen_when_the_text_reads_as_arabic_or_persian(shop, tmp_path):
    services, _database, _layla = shop
    names = ["علي رضايي", "مهسا گلپايگاني", "خالد"]  # Windows-1256 has no Persian ye: Arabic yeh, as such files do
    path = write_csv(tmp_path / "orders.csv", _orders(names), encoding="cp1256")
    report = services.imports.import_orders(path, SHOPIFY)
    assert report.written and report.encoding == "cp1256"
    assert {o.customer_name for o in services.orders.page(OrderQuery(), limit=9)} == set(names)


def test_an_unclear_encoding_is_shown_and_left_to_the_user(shop, tmp_path):
    services, _database, _layla = shop
    path = write_csv(tmp_path / "orders.csv", _orders(["\xe9"]), encoding="latin-1")  # a lone é: Latin? Arabic?
    with pytest.raises(errors.UnclearEncoding) as caught:
        services.imports.import_orders(path, SHOPIFY)
    samples = caught.value.samples
    assert {"cp1256", "cp1252"} <= set(samples) and any("\xe9" in line for line in samples["cp1252"])
    assert services.orders.count() == 0
    assert services.imports.import_orders(path, SHOPIFY, encoding="latin-1").written
    (order,) = services.orders.page(OrderQuery(), limit=9)
    assert order.customer_name == "\xe9"


def test_a_bad_byte_after_the_sampled_megabyte_is_still_a_wrong_row_at_its_line(shop, tmp_path):
    services, _database, _layla = shop
    rows = _orders([f"Customer {i}" for i in range(14000)])
    path = write_csv(tmp_path / "orders.csv", rows, encoding="utf-8")
    content = path.read_bytes()
    from shopdesk.services.import_encoding import SAMPLE

    assert len(content) > SAMPLE  # detection reads the first megabyte only: this row lies beyond it
    path.write_bytes(content.replace(b"Customer 13990,", b"Customer \xe9,"))
    report = services.imports.import_orders(path, SHOPIFY, dry_run=True)
    assert report.encoding == "utf-8"
    assert [(p.row, p.value) for p in report.problems] == [(13992, "Customer \\xe9")]


def test_a_bad_byte_on_line_2_after_a_bom_is_reported_at_line_2(shop, tmp_path):
    services, _database, _layla = shop
    path = tmp_path / "bad.csv"
    path.write_bytes(codecs.BOM_UTF8 + ",".join(SHOPIFY_HEADER).encode() + b"\n#1001,\xe3\xa1\xff\n")
    report = services.imports.import_orders(path, SHOPIFY)
    assert report.encoding == "utf-8-sig" and not report.written
    assert [(p.row, p.reason) for p in report.problems] == [(2, "bytes not in the encoding")]


def test_more_than_a_thousand_wrong_rows_are_counted_though_a_thousand_are_listed(shop, tmp_path):
    services, _database, _layla = shop
    rows = _orders([f"C{i}" for i in range(1200)])
    for row in rows:
        row[SHOPIFY_HEADER.index("Lineitem price")] = "fifty"
    report = services.imports.import_orders(write_csv(tmp_path / "orders.csv", rows), SHOPIFY)
    assert len(report.problems) == 1000 and report.problems_total == 1200
    assert report.to_json()["problems_total"] == 1200


def _cli_shop(tmp_path):
    db = tmp_path / "shop.sqlite3"
    database = open_database("sqlite:///" + str(db))
    build_services(database.unit_of_work).settings.save(ShopSettings(shop_name="Golnar", currency="SAR", country="SA"))
    database.close()

    def run(path, *args):
        command = [sys.executable, "-m", "shopdesk", "--db", str(db), "import", "orders", str(path), *args]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)

    return run


def test_the_command_line_shows_an_unclear_file_and_takes_the_encoding_named(tmp_path):
    run = _cli_shop(tmp_path)
    path = write_csv(tmp_path / "orders.csv", _orders(["\xe9"]), encoding="latin-1")
    unclear = run(path, "--dry-run")
    assert unclear.returncode == 1 and "--encoding" in unclear.stderr
    assert "as cp1252:" in unclear.stderr and "\xe9" in unclear.stderr  # the text as each encoding reads it
    named = run(path, "--encoding", "latin-1", "--json")
    assert named.returncode == 0, named.stderr
    assert json.loads(named.stdout)["encoding"] == "latin-1" and json.loads(named.stdout)["written"] is True
    assert run(path, "--encoding", "ebcdic").returncode == 2


def test_the_command_line_says_how_many_wrong_rows_beyond_those_listed(tmp_path):
    run = _cli_shop(tmp_path)
    rows = _orders([f"C{i}" for i in range(1005)])
    for row in rows:
        row[SHOPIFY_HEADER.index("Lineitem price")] = "fifty"
    done = run(write_csv(tmp_path / "orders.csv", rows), "--dry-run")
    assert done.returncode == 1
    assert "and 5 more" in done.stdout and "1005 wrong rows: nothing was written." in done.stdout
    assert json.loads(run(tmp_path / "orders.csv", "--json").stdout)["problems_total"] == 1005


def test_a_bad_byte_in_a_column_name_is_shown_not_crashed_on(shop, tmp_path):
    from shopdesk.services.imports import preview

    services, _database, _layla = shop
    path = write_csv(tmp_path / "orders.csv", _orders(["علی رضایی", "مهسا"]), encoding="utf-8")
    path.write_bytes(path.read_bytes().replace(b"Taxes", b"Tax\xe9s", 1))  # a column the import does not read
    encoding, header, _rows = preview(path)
    assert encoding == "utf-8" and "Tax\\xe9s" in header
    assert services.imports.import_orders(path, SHOPIFY).written
