"""Finding customers by the words of their name (through ``customer_name_token`` and its indexes) or by the
digits of their phone (``customer.phone_key``): its first digits, or its last four or more.

Shared by the customer search and the orders search. Every typed word must start one of the name's words. The
rarest word is read first (an index range), and the other words are checked per customer with an index seek on
``(customer_id, token)``, instead of intersecting every word's full range: "رضایی 1234" reads a handful of rows,
not the twenty thousand customers called رضایی.
"""

from __future__ import annotations

from sqlalchemy import and_, exists, func
from sqlalchemy.orm import aliased
from sqlmodel import select

from shopdesk.db.models import Customer, CustomerNameToken
from shopdesk.services.text import prefix_upper_bound

COUNT_CAP = 2000


def _in_range(column, prefix: str):  # noqa: ANN001, ANN202
    return and_(column >= prefix, column < prefix_upper_bound(prefix))


def customers_with_phone_prefix(phone_key: str):  # noqa: ANN201
    """A SELECT of the ids of customers whose phone's national digits start with ``phone_key``."""
    return select(Customer.id).where(_in_range(Customer.phone_key, phone_key))


# The fewest typed digits looked up at the end of phones: a customer at the counter gives the last four or more;
# fewer would bring every tenth or hundredth customer.
PHONE_SUFFIX_MIN = 4


def customers_with_phone_suffix(digits: str):  # noqa: ANN201
    """A SELECT of the ids of customers whose phone's national digits end with ``digits`` (ASCII, at least
    ``PHONE_SUFFIX_MIN`` of them). A scan of the phone keys' index (no leading-wildcard index exists): measured in
    benchmarks/phone_suffix.py."""
    if len(digits) < PHONE_SUFFIX_MIN or not (digits.isascii() and digits.isdigit()):
        raise ValueError("a phone suffix is at least four ASCII digits")
    return select(Customer.id).where(Customer.phone_key.like("%" + digits), Customer.phone_key != "")


def customers_with_words(session, words: list[str]):  # noqa: ANN001, ANN201
    """A SELECT of the ids of customers whose name has a word starting with each of ``words``."""
    if not words:
        raise ValueError("no words")
    if len(words) == 1:
        return select(CustomerNameToken.customer_id).where(_in_range(CustomerNameToken.token, words[0])).distinct()
    counts = {}
    for word in words:
        capped = select(CustomerNameToken.customer_id).where(_in_range(CustomerNameToken.token, word)).limit(COUNT_CAP)
        counts[word] = session.exec(select(func.count()).select_from(capped.subquery())).one()
    rarest, *others = sorted(words, key=lambda w: (counts[w], -len(w)))
    statement = select(CustomerNameToken.customer_id).where(_in_range(CustomerNameToken.token, rarest))
    for word in others:
        other = aliased(CustomerNameToken)
        statement = statement.where(
            exists().where(other.customer_id == CustomerNameToken.customer_id, _in_range(other.token, word))
        )
    return statement.distinct()
