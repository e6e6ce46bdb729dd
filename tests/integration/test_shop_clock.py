"""One shop clock (issue 18, defect 4): every day of the summaries and of the orders list is a day in the shop's
time zone, whichever desk saved the rows and whichever desk asks."""

from __future__ import annotations

import time as clock
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from shopdesk.services.order_rows import LineDraft, OrderDraft, OrderQuery
from shopdesk.services.registry import build_services
from shopdesk.services.summaries import SummaryService

TEHRAN = ZoneInfo("Asia/Tehran")


def _desk_in(monkeypatch, name: str) -> None:
    monkeypatch.setenv("TZ", name)
    clock.tzset()


@pytest.fixture
def desk(monkeypatch):
    yield lambda name: _desk_in(monkeypatch, name)
    monkeypatch.undo()
    clock.tzset()


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    """A moment of a day in Tehran, in UTC."""
    return datetime.combine(day, time(hour, minute), tzinfo=TEHRAN).astimezone(UTC)


def test_a_day_counts_the_same_orders_in_the_summaries_and_the_orders_list_on_any_desk(db_url, desk, monkeypatch):
    from shopdesk.services import feedback as feedback_module
    from shopdesk.services import orders as orders_module
    from shopdesk.services.database import open_database

    desk("Asia/Tehran")  # the shop's first desk is in Tehran: the shop's clock is Tehran's
    database = open_database(db_url)
    try:
        services = build_services(database.unit_of_work)
        day = date(2026, 11, 10)
        # 00:10 and 00:20 on the 10th in Tehran are still the 9th in UTC; 23:00 on the 9th is the 9th everywhere
        moments = [_at(day, 0, 10), _at(day, 0, 20), _at(day, 12), _at(date(2026, 11, 9), 23)]
        placed = []
        for moment in moments:
            monkeypatch.setattr(orders_module, "utcnow", lambda moment=moment: moment)
            draft = OrderDraft(lines=(LineDraft("Soap", 1, 1000),), paid_minor=1000)
            placed.append(services.orders.place_order(draft).id)
        monkeypatch.setattr(feedback_module, "utcnow", lambda: _at(day, 0, 15))
        services.feedback.record(placed[0], nps=10)

        desk("UTC")  # a second desk, or the laptop after a trip, asks about the same day
        listed = services.orders.count(OrderQuery(date_from=day, date_to=day))
        figures = SummaryService(database.unit_of_work).figures(day, date(2026, 11, 11))
        assert (listed, figures.orders, figures.nps_responses) == (3, 3, 1)
        before = SummaryService(database.unit_of_work).figures(date(2026, 11, 9), day)
        assert (before.orders, before.nps_responses) == (1, 0)
    finally:
        database.close()


def test_the_first_desk_sets_the_shops_time_zone_and_the_owner_can_change_it(db_url, desk):
    from shopdesk.services.database import open_database
    from shopdesk.services.errors import InvalidInput

    desk("America/New_York")
    database = open_database(db_url)
    try:
        services = build_services(database.unit_of_work)
        assert services.settings.load().time_zone == "America/New_York"
        desk("Asia/Tehran")  # another desk opens it: the shop's zone stays
        database.close()
        database = open_database(db_url)
        services = build_services(database.unit_of_work)
        settings = services.settings.load()
        assert settings.time_zone == "America/New_York"
        from dataclasses import replace

        services.settings.save(replace(settings, time_zone="Asia/Dubai"))
        assert services.settings.load().time_zone == "Asia/Dubai"
        with pytest.raises(InvalidInput):
            services.settings.save(replace(settings, time_zone="Mars/Olympus_Mons"))
        assert services.settings.load().time_zone == "Asia/Dubai"
    finally:
        database.close()
