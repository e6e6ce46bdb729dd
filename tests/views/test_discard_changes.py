"""Every dialog that edits asks before throwing away what was typed: Escape, Cancel and the window's close button
ask "Discard the changes?" (Keep editing keeps everything); an untouched dialog closes at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from shopdesk.services.customer_records import CustomerDraft
from shopdesk.services.registry import build_services
from shopdesk.views.locale_format import Formatter
from shopdesk.views.preferences import DisplayPreferences

TYPED = "Sara ۱۲"


def _type(widget, text):
    """Key presses for each character, as a keyboard in any script sends them (QTest only knows ASCII keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _text(widget):
    return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()


# Each editing dialog: how to open it on a shop, and the field a person types in.
def _order_form(s, f):
    from shopdesk.views.order_form import OrderFormDialog

    dialog = OrderFormDialog(
        orders=s.orders, customers=s.customers, products=s.products.list_products(), formatter=f, currency="SAR"
    )
    return dialog, dialog.gift_message


def _order_edit_form(s, f):
    from shopdesk.services.order_rows import LineDraft, OrderDraft
    from shopdesk.views.order_form import OrderFormDialog

    placed = s.orders.place_order(OrderDraft(lines=(LineDraft("Mug", 1, 2200),), notes="as placed"))
    dialog = OrderFormDialog(
        edits=s.order_edits,
        detail=s.orders.get_order(placed.id),
        orders=s.orders,
        customers=s.customers,
        products=s.products.list_products(),
        formatter=f,
        currency="SAR",
    )
    return dialog, dialog.gift_message


def _customer(s, f):
    from shopdesk.views.customer_dialog import CustomerDialog

    dialog = CustomerDialog(customers=s.customers, formatter=f)
    return dialog, dialog.name


def _return(s, f):
    from shopdesk.views.return_dialog import ReturnDialog

    dialog = ReturnDialog(returns=s.returns, order_id_for=lambda _number: None, formatter=f, actor="desk")
    return dialog, dialog.note


def _return_policy(s, f):
    from shopdesk.views.return_policy_dialog import ReturnPolicyDialog

    dialog = ReturnPolicyDialog(returns=s.returns, formatter=f)
    return dialog, dialog.condition


def _message_templates(s, f):
    from shopdesk.views.message_templates_dialog import MessageTemplatesDialog

    dialog = MessageTemplatesDialog(
        prints=s.prints, display_for=lambda language: DisplayPreferences(language=language), language="en"
    )
    return dialog, dialog.text


def _follow_up_messages(s, f):
    from shopdesk.views.follow_up_dialogs import FollowUpMessagesDialog

    dialog = FollowUpMessagesDialog(follow_ups=s.follow_ups, language="fa", shop_name=lambda: "Golnar", formatter=f)
    return dialog, dialog.text


def _response_targets(s, f):
    from shopdesk.views.follow_up_dialogs import ResponseTargetsDialog

    dialog = ResponseTargetsDialog(follow_ups=s.follow_ups, formatter=f)
    return dialog, next(iter(dialog.amounts.values()))


def _promise(s, f):
    from shopdesk.views.follow_ups_view import PromiseDialog

    dialog = PromiseDialog(follow_ups=s.follow_ups, customers=s.customers, formatter=f)
    return dialog, dialog.what


def _loyalty_adjustment(s, f):
    from shopdesk.views.loyalty_history_dialog import LoyaltyHistoryDialog

    customer = s.customers.create_customer(CustomerDraft(name="Sara Ahmadi", phone="09121110001"))
    dialog = LoyaltyHistoryDialog(loyalty=s.loyalty, customer_id=customer, customer_name="Sara Ahmadi", formatter=f)
    return dialog, dialog.reason


def _feedback(s, f):
    from shopdesk.views.feedback_dialog import FeedbackDialog

    dialog = FeedbackDialog(feedback=s.feedback, order_id=1, formatter=f)
    return dialog, dialog.comment


def _owner_pin(s, f):
    from shopdesk.views.roles import PinDialog

    dialog = PinDialog(accounts=s.accounts, name="Owner", action="catalogue.edit")
    return dialog, dialog.pin


def _exchange(s, f):
    from shopdesk.views.exchange_dialog import ExchangeDialog

    dialog = ExchangeDialog(products=s.products.list_products(), formatter=f, currency_digits=2)
    return dialog, dialog.product.lineEdit()


def _import(s, f):
    from shopdesk.views.import_dialog import ImportDialog
    from shopdesk.views.jobs import JobRunner

    dialog = ImportDialog(imports=s.imports, jobs=JobRunner(), formatter=lambda: f)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("\x00new"))  # a new column mapping
    return dialog, dialog.mapping_name


DIALOGS = {
    "order form": _order_form,
    "order edit form": _order_edit_form,
    "customer": _customer,
    "return": _return,
    "return policy": _return_policy,
    "printed messages": _message_templates,
    "follow-up messages": _follow_up_messages,
    "response times": _response_targets,
    "promise": _promise,
    "loyalty adjustment": _loyalty_adjustment,
    "feedback": _feedback,
    "owner's PIN": _owner_pin,
    "exchange": _exchange,
    "import column mapping": _import,
}


@pytest.fixture
def open_dialog(fresh_shop, qtbot):  # noqa: ANN001, ANN201
    services = build_services(fresh_shop.unit_of_work)
    formatter = Formatter(DisplayPreferences())

    def open_(name):  # noqa: ANN001, ANN202
        dialog, field = DIALOGS[name](services, formatter)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        field.setFocus()
        return dialog, field

    return open_


@pytest.mark.parametrize("name", DIALOGS)
def test_escape_after_typing_asks_and_keep_editing_keeps_what_was_typed(open_dialog, qtbot, monkeypatch, name):
    dialog, field = open_dialog(name)
    _type(field, TYPED)
    typed = _text(field)
    assert TYPED in typed
    asked = []
    monkeypatch.setattr(dialog, "ask_discard", lambda: asked.append(True) or False)  # Keep editing

    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert asked == [True]
    assert dialog.isVisible() and _text(field) == typed

    dialog.close()  # the window's close button
    assert asked == [True, True]
    assert dialog.isVisible() and _text(field) == typed

    monkeypatch.setattr(dialog, "ask_discard", lambda: asked.append(True) or True)  # Discard
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert len(asked) == 3
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("name", DIALOGS)
def test_an_untouched_dialog_closes_on_escape_without_asking(open_dialog, qtbot, monkeypatch, name):
    dialog, field = open_dialog(name)
    monkeypatch.setattr(dialog, "ask_discard", lambda: pytest.fail("asked although nothing was typed"))
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_typing_then_deleting_it_again_is_no_change(open_dialog, qtbot, monkeypatch):
    dialog, field = open_dialog("customer")
    _type(field, "Sa")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    monkeypatch.setattr(dialog, "ask_discard", lambda: pytest.fail("asked although nothing is left typed"))
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_cancel_button_asks_too(open_dialog, qtbot, monkeypatch):
    dialog, field = open_dialog("customer")
    _type(field, TYPED)
    asked = []
    monkeypatch.setattr(dialog, "ask_discard", lambda: asked.append(True) or False)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert asked == [True] and dialog.isVisible() and dialog.name.text() == TYPED


def test_the_catalogue_asks_for_rows_changed_and_not_saved(open_dialog, fresh_shop, qtbot, monkeypatch):
    from shopdesk.views.products_dialog import NAME_AR, ProductsDialog

    services = build_services(fresh_shop.unit_of_work)
    dialog = ProductsDialog(products=services.products, formatter=Formatter(DisplayPreferences()), currency="SAR")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    monkeypatch.setattr(dialog, "ask_discard", lambda: pytest.fail("asked although nothing was typed"))
    dialog.set_cell(0, NAME_AR, "صابون الورد")
    asked = []
    monkeypatch.setattr(dialog, "ask_discard", lambda: asked.append(True) or False)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert asked == [True] and dialog.isVisible() and dialog.table.item(0, NAME_AR).text() == "صابون الورد"
    assert dialog.save() == 1  # saved: nothing is lost by closing now
    monkeypatch.setattr(dialog, "ask_discard", lambda: pytest.fail("asked although everything was saved"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_printed_messages_ask_for_a_message_typed_under_another_document(open_dialog, qtbot, monkeypatch):
    dialog, field = open_dialog("printed messages")
    _type(field, TYPED)
    dialog.document.setCurrentIndex(1)  # the typed message is kept as a draft while another is shown
    assert TYPED not in dialog.text.toPlainText()
    asked = []
    monkeypatch.setattr(dialog, "ask_discard", lambda: asked.append(True) or False)
    dialog.close()
    assert asked == [True] and dialog.isVisible()
    dialog.document.setCurrentIndex(0)
    assert TYPED in dialog.text.toPlainText()


def test_a_saved_message_closes_without_asking(open_dialog, qtbot, monkeypatch):
    dialog, field = open_dialog("follow-up messages")
    _type(field, " $first_name")
    assert dialog.save()
    monkeypatch.setattr(dialog, "ask_discard", lambda: pytest.fail("asked although it was saved"))
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_loyalty_adjustment_made_closes_without_asking(fresh_shop, qtbot, monkeypatch):
    from shopdesk.services.loyalty_rules import PunchCard

    services = build_services(fresh_shop.unit_of_work)
    for name in ("Soap card", "Tea card"):
        services.loyalty.save_program(name, PunchCard(stamps_to_fill=5, reward="fixed", reward_value=500))
    dialog, field = _loyalty_adjustment(services, Formatter(DisplayPreferences()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.program.setCurrentIndex(1)  # chosen, and still chosen after the adjustment
    dialog.amount.setValue(2)
    _type(field, "paper card")
    assert dialog.adjust()
    monkeypatch.setattr(dialog, "ask_discard", lambda: pytest.fail("asked although the adjustment was saved"))
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize("language", ["en", "ar", "fa"])
def test_the_question_is_asked_in_the_desks_language_and_enter_keeps_editing(
    make_window, fresh_shop, qtbot, language, tmp_path
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    window = make_window(language, fresh_shop)
    window.show_area("orders")
    window.orders_view.open_order_form()
    form = window.orders_view.order_form
    qtbot.waitExposed(form)
    _type(form.customer_search, "علي حسيني")
    seen = {}

    def answer():  # runs once the question's own event loop is running
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        seen["buttons"] = sorted(button.text() for button in box.buttons())
        seen["direction"] = box.layoutDirection()
        box.grab().save(str(tmp_path / f"discard_question_{language}.png"))
        qtbot.keyClick(box, Qt.Key.Key_Return)  # the default: Keep editing

    QTimer.singleShot(0, answer)
    qtbot.keyClick(form.customer_search, Qt.Key.Key_Escape)
    assert form.isVisible() and form.customer_search.text() == "علي حسيني"
    expected = {
        "en": ("Discard the changes?", ["Discard", "Keep editing"]),
        "ar": ("هل تريد تجاهل التغييرات؟", ["تجاهل", "متابعة التعديل"]),
        "fa": ("از تغییرات صرف‌نظر شود؟", ["ادامهٔ ویرایش", "صرف‌نظر"]),
    }[language]
    assert (seen["text"], seen["buttons"]) == (expected[0], sorted(expected[1]))
    rtl = Qt.LayoutDirection.RightToLeft if language != "en" else Qt.LayoutDirection.LeftToRight
    assert seen["direction"] == rtl


def test_an_import_closes_without_asking_after_a_file_was_read(fresh_shop, qtbot, monkeypatch, tmp_path):
    from tests.integration.test_imports import write_csv

    services = build_services(fresh_shop.unit_of_work)
    dialog, _field = _import(services, Formatter(DisplayPreferences()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = ["رقم", "تاريخ", "عميل", "منتج", "كمية", "سعر"]  # no known format: the columns are offered to choose
    rows = [["Z-1", "2026-05-01", "نورة", "عطر", "1", "120"]]
    assert dialog.open_file(write_csv(tmp_path / "zid.csv", rows, header=header))
    monkeypatch.setattr(dialog, "ask_discard", lambda: pytest.fail("asked although nothing was typed"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_every_dialog_in_the_views_that_is_not_an_editing_dialog_only_shows():
    """A new dialog that edits must ask before discarding too: derive it from EditingDialog, and list it above."""
    import importlib
    import inspect
    import pkgutil

    import shopdesk.views
    from shopdesk.views.widgets import EditingDialog

    plain = set()
    for module_info in pkgutil.iter_modules(shopdesk.views.__path__):
        module = importlib.import_module(f"shopdesk.views.{module_info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__ and not issubclass(cls, EditingDialog):
                plain.add(cls.__name__)
    # The order's page only shows the order (its buttons act at once); the database-in-use notice is a message; the
    # refund question (GiveBackDialog, from the returns work) is a question answered at once, not a form; the About
    # box only shows.
    assert (
        {"OrderDetailDialog", "DatabaseInUseDialog"}
        <= plain
        <= {
            "OrderDetailDialog",
            "DatabaseInUseDialog",
            "GiveBackDialog",
            "AboutDialog",
        }
    )


def test_a_table_cell_still_being_typed_in_counts_as_typed(open_dialog, qtbot, monkeypatch):
    from PySide6.QtWidgets import QLineEdit

    dialog, _field = open_dialog("order form")
    dialog.lines.setFocus()
    dialog.lines.setCurrentCell(0, 0)
    dialog.lines.editItem(dialog.lines.item(0, 0))
    editor = dialog.lines.findChild(QLineEdit)
    _type(editor, "Mug")
    asked = []
    monkeypatch.setattr(dialog, "ask_discard", lambda: asked.append(True) or False)
    dialog.close()  # the window's close button, the cell not yet left
    assert asked == [True] and dialog.isVisible() and editor.text() == "Mug"


def test_a_customer_chosen_in_the_order_form_counts_even_after_the_search_is_emptied(open_dialog, qtbot, monkeypatch):
    from shopdesk.services.customer_records import CustomerSummary

    dialog, _field = open_dialog("order form")
    dialog.choose_customer(CustomerSummary(id=1, name="Sara", phone="", email="", language="en"))
    asked = []
    monkeypatch.setattr(dialog, "ask_discard", lambda: asked.append(True) or False)
    qtbot.keyClick(dialog.customer_search, Qt.Key.Key_Escape)
    assert asked == [True] and dialog.isVisible() and "Sara" in dialog.customer_chosen.text()
