"""Migrations: an empty database goes to head, an older database keeps its data, models match migrations."""

import sqlite3
import warnings

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Column, inspect, text
from sqlmodel import SQLModel

from shopdesk.db import migrate
from shopdesk.db.engine import make_engine
from shopdesk.services.database import open_database

TABLES = {"setting", "counter", "customer", "product", "shop_order", "order_line", "order_event", "alembic_version"}


def test_the_revisions_known_to_start_up_are_alembics():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.HEAD_REVISION == migrate.head_revision()
    assert migrate.KNOWN_REVISIONS == tuple(r.revision for r in reversed(list(script.walk_revisions())))


def test_an_empty_database_is_migrated_to_the_newest_schema(db_url):
    database = open_database(db_url)
    try:
        assert TABLES <= set(inspect(database.engine).get_table_names())
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        assert database.migration.from_revision is None
    finally:
        database.close()


def test_the_tables_in_code_match_what_the_migrations_build(db_url):
    database = open_database(db_url)
    try:
        with database.engine.connect() as conn, warnings.catch_warnings():
            # autogenerate cannot compare indexes on expressions; the next test checks those
            warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression-based index")
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
            diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        assert diff == [], f"models and migrations disagree; add a migration: {diff}"
    finally:
        database.close()


def test_the_indexes_on_expressions_in_code_are_built_by_the_migrations(db_url):
    in_code = {
        (table.name, index.name)
        for table in SQLModel.metadata.tables.values()
        for index in table.indexes
        if any(not isinstance(expression, Column) for expression in index.expressions)
    }
    assert ("customer", "ix_customer_email_lower") in in_code
    database = open_database(db_url)
    try:
        with database.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                built = set(conn.execute(text("SELECT tbl_name, name FROM sqlite_master WHERE type = 'index'")))
            else:
                built = set(conn.execute(text("SELECT tablename, indexname FROM pg_indexes")))
        assert in_code <= {tuple(row) for row in built}
    finally:
        database.close()


def test_a_database_made_by_the_first_migration_keeps_its_data_when_upgraded(db_url, tmp_path):
    engine = make_engine(db_url)
    migrate.upgrade(engine, sqlite_path=None, backup_dir=None, to="0001_settings")
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO setting (key, value, updated_at) VALUES ('shop_name', :v, '2026-01-02 03:04:05')"),
            {"v": "گلنار & Co. <b>"},
        )
    engine.dispose()

    backups = tmp_path / "backups"
    database = open_database(db_url, backup_dir=backups)
    try:
        assert database.migration.from_revision == "0001_settings"
        assert database.migration.to_revision == migrate.head_revision()
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT value FROM setting WHERE key='shop_name'")).scalar() == "گلنار & Co. <b>"
        if database.sqlite_path is not None:
            # The file was backed up before the migration touched it, and the backup holds the old data.
            assert database.migration.backup is not None and database.migration.backup.parent == backups
            with sqlite3.connect(database.migration.backup) as old:
                assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001_settings"
                assert old.execute("SELECT value FROM setting").fetchone()[0] == "گلنار & Co. <b>"
    finally:
        database.close()


def test_opening_an_up_to_date_database_makes_no_backup(db_url, tmp_path):
    open_database(db_url).close()
    database = open_database(db_url, backup_dir=tmp_path / "backups")
    database.close()
    assert database.migration.backup is None
    assert not (tmp_path / "backups").exists()


def test_customers_from_before_the_phone_key_get_one_when_upgraded(db_url):
    engine = make_engine(db_url)
    migrate.upgrade(engine, sqlite_path=None, backup_dir=None, to="0002_orders")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customer (name, name_key, phone, language, marketing_consent, notes, tags, created_at) "
                "VALUES ('مهسا', 'مهسا', '+989121234567', 'fa', true, '', '', '2026-01-02 03:04:05')"
            )
        )
        # An order that points at the customer: rebuilding the customer table must keep it valid.
        conn.execute(
            text(
                "INSERT INTO shop_order (number, customer_id, status, channel, currency, subtotal_minor, "
                "discount_minor, shipping_minor, total_minor, paid_minor, payment_method, carrier, tracking_number, "
                "gift_message, notes, created_at) SELECT 1001, id, 'paid', 'website', 'IRR', 5, 0, 0, 5, 5, 'cash', "
                "'', '', '', '', '2026-01-02 03:04:05' FROM customer"
            )
        )
    engine.dispose()
    database = open_database(db_url)
    try:
        with database.engine.connect() as conn:
            row = conn.execute(text("SELECT name, phone, phone_key, merged_into_id FROM customer")).one()
            tokens = conn.execute(text("SELECT token FROM customer_name_token")).scalars().all()
        assert tuple(row) == ("مهسا", "+989121234567", "9121234567", None)
        assert tokens == ["مهسا"]
        with database.engine.connect() as conn:
            assert conn.execute(
                text("SELECT c.name FROM shop_order o JOIN customer c ON c.id = o.customer_id")
            ).all() == [("مهسا",)]
    finally:
        database.close()


def test_a_shop_that_lost_the_email_index_gets_it_back_when_upgraded(db_url):
    engine = make_engine(db_url)
    migrate.upgrade(engine, sqlite_path=None, backup_dir=None, to="0024_phone_unverified")
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX IF EXISTS ix_customer_email_lower"))  # as a batch rebuild left SQLite shops
    engine.dispose()
    database = open_database(db_url)
    try:
        with database.engine.connect() as conn:
            if conn.dialect.name == "sqlite":
                names = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars())
            else:
                names = set(conn.execute(text("SELECT indexname FROM pg_indexes")).scalars())
        assert "ix_customer_email_lower" in names
    finally:
        database.close()


def _downgrade(engine, revision):
    """Undo the migrations after ``revision`` (foreign keys off on SQLite while batch mode rebuilds tables)."""
    from alembic import command

    cfg = migrate.alembic_config()
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)
        conn.commit()


def test_orders_from_before_edits_keep_their_data_start_at_version_0_and_can_be_edited(db_url):
    from shopdesk.services.order_rows import LineDraft, OrderDraft
    from shopdesk.services.registry import build_services

    database = open_database(db_url)  # an order written at head, then the schema taken back to 0026
    services = build_services(database.unit_of_work)
    placed = services.orders.place_order(OrderDraft(lines=(LineDraft("Coffee", 2, 1000),), notes="kept"))
    database.close()
    engine = make_engine(db_url)
    _downgrade(engine, "0026_addresses")
    engine.dispose()
    database = open_database(db_url)  # upgraded again, with the order in it
    try:
        services = build_services(database.unit_of_work)
        detail = services.orders.get_order(placed.id)
        assert (detail.notes, detail.row.total_minor, detail.version, detail.changes) == ("kept", 2000, 0, ())
        edited = services.order_edits.edit_order(
            placed.id, 0, OrderDraft(lines=(LineDraft("Coffee", 3, 1000),), notes="kept"), by="Sara"
        )
        assert edited.version == 1
    finally:
        database.close()


def test_the_roll_ups_go_and_the_orders_stay_when_upgraded_to_the_shop_clock(db_url):
    engine = make_engine(db_url)
    migrate.upgrade(engine, sqlite_path=None, backup_dir=None, to="0026_addresses")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO customer (name, name_key, phone_key, phone_verified, language, "
                          "marketing_consent, notes, tags, created_at) VALUES ('A', 'a', '', true, 'en', false, '', "
                          "'', '2026-11-01 10:00:00')"))  # fmt: skip
        conn.execute(text("INSERT INTO shop_order (number, customer_id, status, channel, currency, subtotal_minor, "
                          "discount_minor, discount_code, shipping_minor, total_minor, paid_minor, payment_method, "
                          "carrier, tracking_number, gift_message, notes, created_at, prev_at, seq, kept_before, "
                          "source) VALUES (1001, 1, 'paid', 'in_store', 'SAR', 500, 0, '', 0, 500, 500, '', '', '', "
                          "'', '', '2026-11-02 10:00:00', NULL, 1, 0, '')"))  # fmt: skip
        conn.execute(text("INSERT INTO sales_day VALUES ('2026-11-02', 'SAR', 'in_store', 1, 500)"))
    engine.dispose()
    database = open_database(db_url)
    try:
        tables = set(inspect(database.engine).get_table_names())
        assert not tables & {"sales_day", "customer_sales", "chain_day"}
        columns = {c["name"] for c in inspect(database.engine).get_columns("shop_order")}
        assert not columns & {"prev_at", "seq", "kept_before"}
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT number, total_minor FROM shop_order")).one() == (1001, 500)
        _downgrade(database.engine, "0026_addresses")  # and back: the structures return, the order stays
        with database.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM sales_day")).scalar() == 0
            assert conn.execute(text("SELECT number FROM shop_order")).scalar() == 1001
    finally:
        database.close()


def test_care_tips_written_before_languages_move_to_their_own_language_when_upgraded(db_url):
    engine = make_engine(db_url)
    migrate.upgrade(engine, sqlite_path=None, backup_dir=None, to="0029_tax")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (key, value, updated_at) VALUES ('country', 'IR', CURRENT_TIMESTAMP)"))
        for sku, tip in (("SOAP", "Keep dry."), ("TEA", "۳ دقیقه دم کنید."), ("MUG", "")):
            conn.execute(
                text(
                    "INSERT INTO product (sku, name_en, name_ar, name_fa, price_minor, returnable, care_tip, active,"
                    " tax_rate) VALUES (:sku, :sku, '', '', 100, true, :tip, true, '')"
                ),
                {"sku": sku, "tip": tip},
            )
    migrate.upgrade(engine, sqlite_path=None, backup_dir=None)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT sku, care_tip_en, care_tip_ar, care_tip_fa FROM product ORDER BY sku")).all()
    assert [tuple(row) for row in rows] == [
        ("MUG", "", "", ""),
        ("SOAP", "Keep dry.", "", ""),
        ("TEA", "", "", "۳ دقیقه دم کنید."),  # a shop in Iran wrote it in Persian
    ]
    _downgrade(engine, "0029_tax")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT sku, care_tip FROM product ORDER BY sku")).all()
    assert [tuple(row) for row in rows] == [("MUG", ""), ("SOAP", "Keep dry."), ("TEA", "۳ دقیقه دم کنید.")]
    engine.dispose()
