from decimal import Decimal

import pytest

from shopdesk.services.errors import InvalidInput
from shopdesk.views.widgets import NumberLineEdit


@pytest.mark.parametrize("typed", ["۱۲٫۵", "١٢٫٥", "12.5"])
def test_number_fields_accept_digits_typed_in_any_script(qtbot, typed):
    edit = NumberLineEdit()
    qtbot.addWidget(edit)
    edit.insert(typed)  # as typed or pasted; QTest cannot synthesize non-Latin key presses offscreen
    assert edit.text() == typed
    assert edit.hasAcceptableInput()
    assert edit.value() == Decimal("12.5")


def test_text_that_is_not_a_number_stays_as_typed_and_is_refused_on_use(qtbot):
    edit = NumberLineEdit()
    qtbot.addWidget(edit)
    qtbot.keyClicks(edit, "abc")
    assert edit.text() == "abc"
    assert not edit.hasAcceptableInput()
    with pytest.raises(InvalidInput):
        edit.value()
