"""Editing the catalogue in a table, without CSV: good rows are saved, bad rows say why and keep their text."""

from PySide6.QtCore import Qt

from shopdesk.services.registry import build_services
from shopdesk.views import products_dialog as pd


def _dialog(make_window, database, language="en"):
    window = make_window(language, database)
    window.orders_view.open_catalogue()
    return window.orders_view.catalogue


def test_products_are_added_and_edited_in_the_table(make_window, fresh_shop):
    dialog = _dialog(make_window, fresh_shop)
    assert dialog.table.rowCount() == 3
    row = dialog.add_row()
    for column, text in (
        (pd.SKU, "candle-oud"),
        (pd.NAME_EN, "Oud candle"),
        (pd.NAME_AR, "شمعة العود"),
        (pd.NAME_FA, "شمع عود"),
        (pd.PRICE, "۳۵٫۰۰"),
        (pd.CARE_EN, "Trim the wick."),
        (pd.CARE_AR, "قصّ الفتيل."),
        (pd.CARE_FA, "فتیله را کوتاه کنید."),
    ):
        dialog.set_cell(row, column, text)
    dialog.table.item(row, pd.RETURNABLE).setCheckState(Qt.CheckState.Unchecked)
    dialog.set_cell(0, pd.PRICE, "13.00")  # MUG, sorted first
    assert dialog.save() == 2
    products = {p.sku: p for p in build_services(fresh_shop.unit_of_work).products.list_products()}
    assert products["CANDLE-OUD"].price_minor == 3500
    assert products["CANDLE-OUD"].name("fa") == "شمع عود"
    assert not products["CANDLE-OUD"].returnable
    tips = products["CANDLE-OUD"].care_tip_en, products["CANDLE-OUD"].care_tip_ar, products["CANDLE-OUD"].care_tip_fa
    assert tips == ("Trim the wick.", "قصّ الفتيل.", "فتیله را کوتاه کنید.")
    assert products["MUG"].price_minor == 1300


def test_a_bad_row_is_marked_with_the_reason_and_the_good_ones_are_saved(make_window, fresh_shop):
    dialog = _dialog(make_window, fresh_shop)
    bad = dialog.add_row()
    dialog.set_cell(bad, pd.SKU, "SOAP")  # already used
    dialog.set_cell(bad, pd.NAME_EN, "Another soap")
    good = dialog.add_row()
    dialog.set_cell(good, pd.SKU, "HONEY")
    dialog.set_cell(good, pd.NAME_FA, "عسل")
    dialog.set_cell(good, pd.PRICE, "abc")
    assert dialog.save() == 0
    assert "Row 4: this SKU is already used" in dialog.message.text()
    assert "Row 5: the price is not a number." in dialog.message.text()
    assert dialog.table.item(good, pd.PRICE).text() == "abc"
    dialog.set_cell(good, pd.PRICE, "52")
    dialog.set_cell(bad, pd.SKU, "SOAP-2")
    assert dialog.save() == 2
    assert dialog.message.text() == "Saved."


def test_cells_are_drawn_as_isolates_so_latin_punctuation_stays_put_in_rtl(make_window, fresh_shop):
    from PySide6.QtWidgets import QStyleOptionViewItem

    dialog = _dialog(make_window, fresh_shop, "ar")
    dialog.set_cell(0, pd.CARE, "Keep dry (always).")
    index = dialog.table.model().index(0, pd.CARE)
    option = QStyleOptionViewItem()
    dialog.table.itemDelegate().initStyleOption(option, index)
    assert option.text == "\u2068Keep dry (always).\u2069"
    assert dialog.table.item(0, pd.CARE).text() == "Keep dry (always)."  # what is stored is what was typed


def test_closing_the_catalogue_saves_what_was_changed(make_window, fresh_shop):
    dialog = _dialog(make_window, fresh_shop)
    dialog.set_cell(0, pd.PRICE, "19.50")
    dialog.close_button.click()
    products = {p.sku: p for p in build_services(fresh_shop.unit_of_work).products.list_products()}
    assert products["MUG"].price_minor == 1950


def test_a_reorder_interval_is_typed_in_any_digits_and_a_negative_one_says_why(make_window, fresh_shop):
    dialog = _dialog(make_window, fresh_shop, "fa")
    assert dialog.table.item(0, pd.REORDER).text() == ""  # blank: not a consumable
    dialog.set_cell(0, pd.REORDER, "۴۵")  # MUG
    dialog.set_cell(1, pd.REORDER, "-3")
    assert dialog.save() == 1
    assert dialog.table.item(1, pd.REORDER).text() == "-3"  # kept as typed, marked
    assert dialog.table.item(1, pd.REORDER).background().color().name() == "#fde2e4"
    products = {p.sku: p for p in build_services(fresh_shop.unit_of_work).products.list_products()}
    assert products["MUG"].reorder_days == 45
    dialog.set_cell(1, pd.REORDER, "")
    assert dialog.save() == 1
    products = {p.sku: p for p in build_services(fresh_shop.unit_of_work).products.list_products()}
    assert products[sorted(products)[1]].reorder_days is None
    dialog.close()
    dialog = _dialog(make_window, fresh_shop, "fa")
    assert dialog.table.item(0, pd.REORDER).text() == "۴۵"  # shown in the desk's digits


def test_a_reorder_interval_that_is_not_a_number_of_days_is_explained(make_window, fresh_shop):
    dialog = _dialog(make_window, fresh_shop)
    dialog.set_cell(0, pd.REORDER, "2.5")
    assert dialog.save() == 0
    assert "Row 1: reorder every: a whole number of days" in dialog.message.text()
