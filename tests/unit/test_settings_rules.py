import pytest

from shopdesk.services.errors import InvalidInput
from shopdesk.services.settings import ShopSettings, validate

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20


def test_clean_settings_are_trimmed_and_normalized():
    clean = validate(
        ShopSettings(
            shop_name="  Golnar ",
            currency="aed",
            phone="۰۹۱۲ ۳۴۵ ۶۷۸۹",
            review_url=" https://g.page/r/x ",
            email=" hello@golnar.example ",
        )
    )
    assert clean.email == "hello@golnar.example"
    assert clean.shop_name == "Golnar"
    assert clean.currency == "AED"
    assert clean.phone == "0912 345 6789"
    assert clean.review_url == "https://g.page/r/x"


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        (ShopSettings(shop_name=" "), "shop_name"),
        (ShopSettings(currency="dollars"), "currency"),
        (ShopSettings(review_url="javascript:alert(1)"), "review_url"),
        (ShopSettings(review_url="reviews.example.com"), "review_url"),
        (ShopSettings(logo=b"GIF89a...."), "logo"),
        (ShopSettings(email="golnar.example"), "email"),
        (ShopSettings(email="hello@golnar"), "email"),
        (ShopSettings(email="two words@golnar.example"), "email"),
        (ShopSettings(email="a@" + "b" * 320 + ".com"), "email"),
        (ShopSettings(logo=PNG + b"\x00" * (3 * 1024 * 1024)), "logo"),
    ],
)
def test_bad_settings_name_the_field_that_is_wrong(settings, field):
    with pytest.raises(InvalidInput) as caught:
        validate(settings)
    assert caught.value.field == field
