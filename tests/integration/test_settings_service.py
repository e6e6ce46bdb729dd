import pytest

from shopdesk.services.errors import InvalidInput
from shopdesk.services.settings import SettingsService, ShopSettings

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82"
)


def test_a_new_shop_starts_with_defaults(database):
    from dataclasses import replace

    from shopdesk.services.shop_clock import desk_zone_name

    # the time zone is the first desk's (tests/integration/test_shop_clock.py)
    assert SettingsService(database.unit_of_work).load() == replace(ShopSettings(), time_zone=desk_zone_name())


def test_settings_are_stored_exactly_and_read_back(database):
    service = SettingsService(database.unit_of_work)
    wanted = ShopSettings(
        shop_name="گلنار <b>&amp;",
        address="خیابان ولیعصر، پلاک ۱۲",
        phone="+98 21 5555 0100",
        email="sales@golnar.example",
        currency="irr",
        review_url="https://g.page/r/golnar/review",
        logo=PNG,
    )
    stored = service.save(wanted)
    assert stored.currency == "IRR"
    assert service.load() == stored
    assert service.load().shop_name == "گلنار <b>&amp;"
    assert service.load().logo == PNG
    assert service.load().email == "sales@golnar.example"  # a setting of its own: no schema change


def test_invalid_settings_change_nothing(database):
    service = SettingsService(database.unit_of_work)
    service.save(ShopSettings(shop_name="First", currency="SAR"))
    with pytest.raises(InvalidInput):
        service.save(ShopSettings(shop_name="Second", currency="riyals"))
    assert service.load().shop_name == "First"
