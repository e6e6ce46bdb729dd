"""A realistic demo shop: Arabic, Persian and English customers, a catalogue, and orders in every status.

Used by ``shopdesk demo`` and ``shopdesk --demo`` so every screen has something real to show, and by the
benchmarks. Rows go in with SQLAlchemy Core ``insert`` executemany (the ORM's ``add_all`` is an order of
magnitude slower for bulk loads).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import phonenumbers
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from shopdesk.db.models import (
    Counter,
    Customer,
    CustomerNameToken,
    Order,
    OrderEvent,
    OrderLine,
    Payment,
    Product,
    Setting,
)
from shopdesk.db.types import utcnow
from shopdesk.services.demo_life import bring_to_life, live_orders
from shopdesk.services.demo_payments import add_payments
from shopdesk.services.demo_tax import demo_tax_setting, tax_bulk_orders
from shopdesk.services.errors import ShopdeskError
from shopdesk.services.order_rows import STATUSES
from shopdesk.services.shop_clock import SETTING as TIME_ZONE
from shopdesk.services.text import name_search_tokens, search_key

FIRST_ORDER_NUMBER = 1001
DEMO_MARKER = "demo_database"
DEMO_SETTINGS = {
    "shop_name": "Golnar & Co.",
    "review_url": "https://reviews.example.com/golnar",
    "return_days": "14",
}


@dataclass(frozen=True)
class DemoCountry:
    """What a demo shop in one country looks like: its money, its address and phone, its customers' phones
    (country code and mobile prefix, then how many random digits) and languages (weights of ar, fa, en)."""

    currency: str
    price_factor: int  # the catalogue's prices (in US cents) times this, rounded to ``price_step``
    price_step: int
    address: str
    phone: str
    mobile_prefixes: tuple[tuple[str, int], ...]
    language_weights: tuple[int, int, int]


COUNTRIES = {
    "SA": DemoCountry(
        "SAR",
        4,
        100,
        "King Fahd Road, Riyadh",
        "+966 11 555 0100",
        (("+96650", 7), ("+96655", 7), ("+96654", 7)),
        (75, 8, 17),
    ),
    "AE": DemoCountry(
        "AED",
        4,
        100,
        "12 Market Street, Dubai",
        "+971 4 555 0100",
        (("+97150", 7), ("+97155", 7), ("+97152", 7)),
        (62, 15, 23),
    ),
    "IR": DemoCountry(
        "IRR",
        4200,
        10_000,
        "Vali-Asr Street, Tehran",
        "+98 21 5555 0100",
        (("+98912", 7), ("+98935", 7), ("+98919", 7)),
        (4, 86, 10),
    ),
}
DEFAULT_COUNTRY = "SA"

_NAMES = {
    "ar": (
        [
            "محمد",
            "أحمد",
            "علي",
            "خالد",
            "عمر",
            "يوسف",
            "فاطمة",
            "عائشة",
            "مريم",
            "نور",
            "سارة",
            "ليلى",
            "هدى",
            "إبراهيم",
            "عبدالله",
            "رنا",
            "جميلة",
            "زينب",
            "حسن",
            "سلمى",
        ],
        [
            "العتيبي",
            "الحربي",
            "القحطاني",
            "الشمري",
            "المصري",
            "حداد",
            "الأحمد",
            "الخطيب",
            "النجار",
            "السيد",
            "عبدالرحمن",
            "الزهراني",
            "منصور",
            "الفارس",
        ],
    ),
    "fa": (
        [
            "علی",
            "محمد",
            "حسین",
            "رضا",
            "مهدی",
            "امیر",
            "مهسا",
            "زهرا",
            "فاطمه",
            "نگار",
            "پریسا",
            "سارا",
            "کیان",
            "آرش",
            "شیرین",
            "یگانه",
            "گلناز",
            "ژیلا",
            "پژمان",
            "نیلوفر",
        ],
        [
            "احمدی",
            "محمدی",
            "رضایی",
            "حسینی",
            "کریمی",
            "موسوی",
            "جعفری",
            "قاسمی",
            "صادقی",
            "نوری",
            "کاظمی",
            "رحیمی",
            "اکبری",
            "یزدانی",
        ],
    ),
    "en": (
        [
            "Emma",
            "Olivia",
            "Sophia",
            "Liam",
            "Noah",
            "James",
            "Sara",
            "Adam",
            "Lina",
            "Omar",
            "Maya",
            "Daniel",
            "Grace",
            "Leo",
        ],
        ["Smith", "Johnson", "Brown", "Taylor", "Wilson", "Khan", "Haddad", "Martin", "Lee", "Walker", "Hughes"],
    ),
}
_EMAIL_DOMAINS = ["example.com", "example.org", "example.net"]

# (sku, English, Arabic, Persian, price in minor units, returnable, care tip)
PRODUCTS = [
    ("SOAP-ROSE", "Rose soap", "صابون الورد", "صابون گل رز", 1200, True, "Keep dry between uses."),
    ("SOAP-OLIVE", "Olive oil soap", "صابون زيت الزيتون", "صابون روغن زیتون", 1000, True, "Keep dry between uses."),
    ("CANDLE-OUD", "Oud candle", "شمعة العود", "شمع عود", 3500, True, "Trim the wick before each burn."),
    ("CANDLE-AMBER", "Amber candle", "شمعة العنبر", "شمع کهربا", 3200, True, "Never leave a burning candle."),
    ("TEA-SAFFRON", "Saffron tea", "شاي بالزعفران", "چای زعفرانی", 2400, False, "Steep 4 minutes at 90°C."),
    ("TEA-MINT", "Mint tea", "شاي بالنعناع", "چای نعناع", 1800, False, "Steep 3 minutes."),
    ("SCARF-SILK", "Silk scarf", "وشاح حرير", "روسری ابریشمی", 8900, True, "Hand wash cold, dry flat."),
    ("SCARF-WOOL", "Wool scarf", "وشاح صوف", "شال پشمی", 6500, True, "Hand wash cold."),
    ("MUG-CERAMIC", "Ceramic mug", "كوب سيراميك", "ماگ سرامیکی", 2200, True, ""),
    ("BAG-TOTE", "Cotton tote bag", "حقيبة قماش", "کیف پارچه‌ای", 1500, True, ""),
    ("PERFUME-50", "Perfume 50 ml", "عطر ٥٠ مل", "عطر ۵۰ میل", 12900, False, "Keep away from sunlight."),
    ("DATES-BOX", "Date box", "علبة تمر", "جعبه خرما", 4500, False, "Store in a cool, dry place."),
    ("HONEY-JAR", "Mountain honey", "عسل جبلي", "عسل کوهی", 5200, False, ""),
    ("RING-SILVER", "Silver ring", "خاتم فضة", "انگشتر نقره", 15000, True, "Polish with a soft cloth."),
    ("NOTEBOOK", "Leather notebook", "دفتر جلد", "دفترچه چرمی", 2800, True, ""),
    ("GIFT-CARD", "Gift card", "بطاقة هدية", "کارت هدیه", 5000, False, ""),
]

# The care tips above in Arabic and Persian.
CARE_TIPS = {
    "Keep dry between uses.": ("احفظه جافًا بين الاستعمالات.", "بین استفاده‌ها خشک نگهش دارید."),
    "Trim the wick before each burn.": ("قصّ الفتيل قبل كل إشعال.", "پیش از هر بار روشن کردن، فتیله را کوتاه کنید."),
    "Never leave a burning candle.": ("لا تترك شمعة مشتعلة دون رقابة.", "شمع روشن را هرگز به حال خود رها نکنید."),
    "Steep 4 minutes at 90°C.": ("انقعه ٤ دقائق في ماء بدرجة ٩٠°م.", "۴ دقیقه در آب ۹۰ درجه دم کنید."),
    "Steep 3 minutes.": ("انقعه ٣ دقائق.", "۳ دقیقه دم کنید."),
    "Hand wash cold, dry flat.": ("يُغسل باليد بماء بارد ويُجفف مفرودًا.", "با دست در آب سرد بشویید و صاف خشک کنید."),
    "Hand wash cold.": ("يُغسل باليد بماء بارد.", "با دست در آب سرد بشویید."),
    "Keep away from sunlight.": ("يُحفظ بعيدًا عن ضوء الشمس.", "دور از نور خورشید نگهداری کنید."),
    "Store in a cool, dry place.": ("يُحفظ في مكان بارد وجاف.", "در جای خشک و خنک نگهداری کنید."),
    "Polish with a soft cloth.": ("يُلمّع بقطعة قماش ناعمة.", "با پارچهٔ نرم برق بیندازید."),
}

CHANNEL_WEIGHTS = {"in_store": 30, "website": 25, "instagram": 20, "whatsapp": 15, "marketplace": 8, "other": 2}
PAYMENT_METHODS = ["cash", "card", "bank_transfer", "cash_on_delivery", "wallet"]
CARRIERS = ["Aramex", "DHL", "SMSA", "Post", "Tipax"]


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    products: int
    orders: int
    country: str = DEFAULT_COUNTRY


def build_demo(
    engine: Engine,
    *,
    customers: int = 400,
    orders: int = 2000,
    seed: int = 7,
    now: datetime | None = None,
    months: int = 18,
    force: bool = False,
    country: str = DEFAULT_COUNTRY,
) -> DemoSummary:
    """Replace every customer, product and order in the (migrated) database with demo data of a shop in
    ``country`` (a key of ``COUNTRIES``: its currency, its customers' phones and languages, its weekend).

    Refuses with ``RealShopData`` (checked in the same transaction as the replacement) when the database holds
    anything a person entered, unless ``force`` is given.
    """
    place = COUNTRIES[country]
    live = live_orders(orders)  # the newest are placed through the order service, after the bulk
    bulk = orders - live
    rng = random.Random(seed)
    now = now or utcnow()
    start = now - timedelta(days=int(months * 30.4))
    with engine.begin() as conn:
        if not force and _holds_real_shop_data(conn):
            raise RealShopData()
        for table in _replaced_tables():  # what hangs on orders and customers first (prints, returns, cards…)
            conn.execute(delete(table))
        conn.execute(delete(Counter))
        settings = {
            **DEMO_SETTINGS,
            "currency": place.currency,
            "country": country,
            "address": place.address,
            "phone": place.phone,
            DEMO_MARKER: now.isoformat(),
            **demo_tax_setting(country),  # SA and AE: registered for VAT, prices including it
        }
        conn.execute(delete(Setting).where(Setting.key.in_(list(settings))))
        conn.execute(insert(Setting), [{"key": k, "value": v, "updated_at": now} for k, v in settings.items()])
        conn.execute(
            insert(Product),
            [
                {
                    "sku": sku,
                    "name_en": en,
                    "name_ar": ar,
                    "name_fa": fa,
                    "price_minor": _price(price, place),
                    "returnable": ret,
                    "care_tip_en": tip,
                    "care_tip_ar": CARE_TIPS.get(tip, ("", ""))[0],
                    "care_tip_fa": CARE_TIPS.get(tip, ("", ""))[1],
                    "active": True,
                }
                for sku, en, ar, fa, price, ret, tip in PRODUCTS
            ],
        )
        product_rows = conn.execute(text("SELECT id, price_minor, name_en FROM product ORDER BY id")).all()
        conn.execute(insert(Customer), list(_customers(rng, customers, start, place)))
        customer_rows = conn.execute(text("SELECT id, name FROM customer ORDER BY id")).all()
        customer_ids = [row[0] for row in customer_rows]
        tokens = [{"customer_id": cid, "token": t} for cid, name in customer_rows for t in name_search_tokens(name)]
        if tokens:
            conn.execute(insert(CustomerNameToken), tokens)
        order_rows, line_rows, event_rows = _orders(rng, bulk, customer_ids, product_rows, start, now, place)
        payment_rows = add_payments(seed, order_rows, event_rows, now)
        if order_rows:  # an empty executemany would insert one row of defaults
            conn.execute(insert(Order), order_rows)
        ids = [row[0] for row in conn.execute(text("SELECT id FROM shop_order ORDER BY number"))]
        for rows in (line_rows, event_rows, payment_rows):
            for row in rows:
                row["order_id"] = ids[row.pop("order_index")]
        if line_rows:
            conn.execute(insert(OrderLine), line_rows)
        if event_rows:
            conn.execute(insert(OrderEvent), event_rows)
        if payment_rows:
            conn.execute(insert(Payment.__table__), payment_rows)
        conn.execute(insert(Counter), [{"name": "order_number", "next_value": FIRST_ORDER_NUMBER + bulk}])
        tax_bulk_orders(conn, country)
    bring_to_life(engine, rng, now, live=live, price=lambda us_cents: _price(us_cents, place))
    with engine.begin() as conn:  # what was placed through the services is the demo's too, not a person's work
        built = max(now, utcnow()).isoformat()
        conn.execute(update(Setting).where(Setting.key == DEMO_MARKER).values(value=built))
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    return DemoSummary(customers=customers, products=len(PRODUCTS), orders=orders, country=country)


def _price(us_cents: int, place: DemoCountry) -> int:
    """A catalogue price (US cents) in the country's money, rounded as a shop there would price it."""
    return max(place.price_step, round(us_cents * place.price_factor / place.price_step) * place.price_step)


def _replaced_tables() -> list:
    """The tables a demo replaces: customers, products and orders, and every table whose rows point at them (order
    prints, returns, store credit, loyalty ledgers, feedback, follow-ups, roll-ups…), those pointing first. Found
    from the schema, so a table added later cannot make a demo fail on its foreign key. Settings, loyalty programs
    and accounts stay."""
    replaced = {Customer.__table__, Order.__table__, Product.__table__}
    tables = SQLModel.metadata.sorted_tables  # a table comes after the tables it points at
    for table in tables:
        if any(fk.column.table in replaced for fk in table.foreign_keys):
            replaced.add(table)
    return [table for table in reversed(tables) if table in replaced]


class RealShopData(ShopdeskError):
    """The database holds a shop's own data; a demo will not replace it without ``force``."""


def holds_real_shop_data(engine: Engine) -> bool:
    """True when the database holds anything a person entered (see ``_holds_real_shop_data``)."""
    with engine.connect() as conn:
        return _holds_real_shop_data(conn)


def _holds_real_shop_data(conn) -> bool:  # noqa: ANN001
    """A database not made by ``build_demo`` is real as soon as it has any customer, order, product or setting.
    A demo database becomes real when a customer, order or setting is newer than the demo, or its catalogue
    is no longer the demo's."""
    marker = conn.execute(select(Setting.value).where(Setting.key == DEMO_MARKER)).scalar()
    built_at = None
    if marker:
        try:
            built_at = datetime.fromisoformat(marker)
        except ValueError:
            built_at = None
    if built_at is None:  # the time zone is the first desk's, not something a person entered
        given = select(Setting.key).where(Setting.key != TIME_ZONE)
        return conn.execute(given.limit(1)).first() is not None or any(
            conn.execute(select(*table.primary_key.columns).limit(1)).first() is not None
            for table in _replaced_tables()
        )
    newer = [
        select(Customer.id).where(Customer.created_at > built_at),
        select(Order.id).where(Order.created_at > built_at),
        select(Setting.key).where(Setting.updated_at > built_at, Setting.key.not_in((DEMO_MARKER, TIME_ZONE))),
    ]
    if any(conn.execute(q.limit(1)).first() is not None for q in newer):
        return True
    skus = set(conn.execute(select(Product.sku)).scalars())
    return skus != {p[0] for p in PRODUCTS}


def _customers(rng: random.Random, count: int, start: datetime, place: DemoCountry) -> Iterator[dict]:
    used_phones: set[str] = set()
    for i in range(count):
        lang = rng.choices(["ar", "fa", "en"], weights=place.language_weights)[0]
        first, last = rng.choice(_NAMES[lang][0]), rng.choice(_NAMES[lang][1])
        name = f"{first} {last}"
        prefix, digits = rng.choice(place.mobile_prefixes)
        while True:
            phone = prefix + "".join(rng.choice("0123456789") for _ in range(digits))
            if phone not in used_phones and phonenumbers.is_valid_number(phonenumbers.parse(phone)):
                used_phones.add(phone)
                break
        email = None
        if lang == "en" or rng.random() < 0.4:
            email = f"customer{i + 1}@{rng.choice(_EMAIL_DOMAINS)}"
        birthday = None
        if rng.random() < 0.6:
            birthday = date(rng.randint(1960, 2006), rng.randint(1, 12), rng.randint(1, 28))
        yield {
            "name": name,
            "name_key": search_key(name),
            "phone": phone,
            "phone_key": str(phonenumbers.parse(phone).national_number),
            "email": email,
            "birthday": birthday,
            "language": lang,
            "marketing_consent": rng.random() < 0.7,
            "notes": "",
            "tags": rng.choice(["", "", "vip", "wholesale", "gift"]),
            "created_at": start + timedelta(minutes=rng.randint(0, 60 * 24 * 30)),
        }


def _status_for_age(rng: random.Random, age_days: float) -> str:
    if rng.random() < 0.05:
        return "cancelled"
    if age_days > 14:
        return "delivered"
    if age_days > 7:
        return rng.choice(["shipped", "delivered", "delivered"])
    if age_days > 2:
        return rng.choice(["packed", "shipped", "shipped", "delivered"])
    return rng.choice(["new", "new", "paid", "paid", "packed"])


def _orders(rng, count, customer_ids, products, start, now, place):  # noqa: ANN001, ANN202
    span = (now - start).total_seconds()
    # Orders arrive faster as the shop grows. Like a real small shop, a bit over half of the customers order once;
    # the others come back, a few of them often.
    times = sorted(start + timedelta(seconds=span * (rng.random() ** 0.8)) for _ in range(count))
    walk_ins = sum(1 for _ in range(count) if not customer_ids or rng.random() < 0.03)
    buyers = _buyers(rng, count - walk_ins, customer_ids) + [None] * walk_ins
    rng.shuffle(buyers)
    channels, weights = zip(*CHANNEL_WEIGHTS.items(), strict=True)
    order_rows, line_rows, event_rows = [], [], []
    for index, created in enumerate(times):
        created = created.replace(microsecond=0)
        customer_id = buyers[index]
        subtotal = 0
        for _ in range(rng.choices([1, 2, 3, 4], weights=[50, 30, 15, 5])[0]):
            product_id, price, name = rng.choice(products)
            quantity = rng.choices([1, 2, 3], weights=[75, 20, 5])[0]
            discount = price * quantity // 10 if rng.random() < 0.1 else 0
            subtotal += price * quantity - discount
            line_rows.append(
                {
                    "order_index": index,
                    "product_id": product_id,
                    "description": name,
                    "quantity": quantity,
                    "unit_price_minor": price,
                    "discount_minor": discount,
                }
            )
        order_discount = subtotal // 20 if rng.random() < 0.15 else 0
        channel = rng.choices(channels, weights=weights)[0]
        shipping = 0 if channel == "in_store" else rng.choice([0, _price(500, place), _price(800, place)])
        total = subtotal - order_discount + shipping
        age_days = (now - created).total_seconds() / 86400
        status = _status_for_age(rng, age_days)
        path = _status_path(status)
        moment = created
        delivered_at = None
        previous = None
        for step in path:
            if previous is not None:
                moment = min(now, moment + timedelta(hours=rng.randint(2, 60)))
            event_rows.append(
                {"order_index": index, "from_status": previous, "to_status": step, "at": moment, "note": ""}
            )
            if step == "delivered":
                delivered_at = moment
            previous = step
        shipped = status in ("shipped", "delivered")
        order_rows.append(
            {
                "number": FIRST_ORDER_NUMBER + index,
                "customer_id": customer_id,
                "status": status,
                "channel": channel,
                "currency": place.currency,
                "subtotal_minor": subtotal,
                "discount_minor": order_discount,
                "shipping_minor": shipping,
                "total_minor": total,
                "paid_minor": 0 if status in ("new", "cancelled") else total,
                "payment_method": rng.choice(PAYMENT_METHODS),
                "carrier": rng.choice(CARRIERS) if shipped and channel != "in_store" else "",
                "tracking_number": f"TRK{rng.randint(10**9, 10**10 - 1)}" if shipped and channel != "in_store" else "",
                "expected_delivery": (created + timedelta(days=5)).date() if channel != "in_store" else None,
                "gift_message": "Happy birthday!" if rng.random() < 0.05 else "",
                "notes": "",
                "created_at": created,
                "delivered_at": delivered_at,
            }
        )
    return order_rows, line_rows, event_rows


REPEAT_SHARE = 0.42  # of the customers who ordered, those who ordered again


def _buyers(rng: random.Random, count: int, customer_ids: list[int]) -> list[int]:
    """The customer of each of ``count`` orders (in no order): every customer who orders orders once, about
    ``REPEAT_SHARE`` of them again, as often as their (skewed) taste for the shop says."""
    if not count:
        return []
    active = len(customer_ids) if count >= len(customer_ids) else max(1, int(count / 1.6))
    buyers = rng.sample(customer_ids, k=active)
    repeaters = buyers[: max(1, round(active * REPEAT_SHARE))]
    tastes = [rng.lognormvariate(0, 0.8) for _ in repeaters]
    second = repeaters[: count - active]  # each comes back at least once, when there are orders enough
    return buyers + second + rng.choices(repeaters, weights=tastes, k=count - active - len(second))


def _status_path(final: str) -> list[str]:
    if final == "cancelled":
        return ["new", "cancelled"]
    pipeline = [s for s in STATUSES if s != "cancelled"]
    return pipeline[: pipeline.index(final) + 1]
