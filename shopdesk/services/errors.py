"""Typed errors that services raise and views translate into words for the user."""

from __future__ import annotations


class ShopdeskError(Exception):
    """Base of every error a service raises on purpose."""


class InvalidInput(ShopdeskError):
    """A value typed by a user cannot be used; ``field`` names the input it came from. ``limit``: the most a field
    takes (characters for "too long"), so the message can say it."""

    def __init__(self, field: str, reason: str, value: str = "", *, limit: int | None = None) -> None:
        super().__init__(f"{field}: {reason}" + (f" (at most {limit:,})" if limit is not None else ""))
        self.field = field
        self.reason = reason
        self.value = value
        self.limit = limit


class OverPayment(InvalidInput):
    """More than an order still owes (``balance_minor``, in ``currency``) was to be recorded as paid (or more than
    it was paid to be refunded): refused, the message names both amounts."""

    def __init__(self, amount_minor: int, balance_minor: int, currency: str, *, field: str = "amount") -> None:
        super().__init__(field, "more than the balance", str(amount_minor))
        self.args = (f"{amount_minor} {currency} is more than the {balance_minor} {currency} left",)
        self.amount_minor = amount_minor
        self.balance_minor = balance_minor
        self.currency = currency


class DatabaseDamaged(ShopdeskError):
    """The database file failed its integrity check; it has been left untouched."""

    def __init__(self, location: str, details: str) -> None:
        super().__init__(
            f"The database at {location} is damaged ({details}); nothing was written to it. Restore a backup "
            "(shopdesk restore FILE) or contact support"
        )
        self.location = location
        self.details = details


class DatabaseUnavailable(ShopdeskError):
    """The database could not be opened (missing server, wrong URL, unreadable file)."""

    def __init__(self, location: str, details: str) -> None:
        super().__init__(f"The database at {location} cannot be opened: {details}")
        self.location = location
        self.details = details


class DuplicatePhone(ShopdeskError):
    """Another customer already has this phone; the view offers that customer instead."""

    def __init__(self, phone: str, existing_id: int, existing_name: str) -> None:
        super().__init__(f"{phone} belongs to customer {existing_id}")
        self.field = "phone"
        self.phone = phone
        self.existing_id = existing_id
        self.existing_name = existing_name


class NotFound(ShopdeskError):
    """The record asked for does not exist (or was merged away)."""

    def __init__(self, what: str, key: object) -> None:
        super().__init__(f"{what} {key} not found")
        self.what = what
        self.key = key


class Cancelled(ShopdeskError):
    """The user stopped a long job; nothing it would have written was kept."""


class NotPackable(ShopdeskError):
    """An order the packing station must not pack: already packed or further on, or cancelled."""

    def __init__(self, number: int, status: str) -> None:
        super().__init__(f"order {number} is {status}")
        self.number = number
        self.status = status


class DatabaseInUse(ShopdeskError):
    """Another copy of shopdesk holds the SQLite file (``holder`` is a ``LockHolder``); nothing was opened."""

    def __init__(self, location: str, holder: object) -> None:
        super().__init__(f"The database at {location} is in use by another copy of shopdesk: {holder}")
        self.location = location
        self.holder = holder


class UnreadableFile(ShopdeskError):
    """A file to import cannot be read as an orders export; nothing was written. ``reason`` is one of: empty,
    nul bytes, malformed, missing columns, no such file; ``line`` is where it went wrong (0: unknown)."""

    def __init__(self, reason: str, *, line: int = 0, detail: str = "") -> None:
        super().__init__(f"{reason}" + (f" at line {line}" if line else "") + (f": {detail}" if detail else ""))
        self.reason = reason
        self.line = line
        self.detail = detail


class UnclearEncoding(UnreadableFile):
    """A file to import could be read in more than one encoding and none reads clearly right: the user should see
    the text and name it. ``proposed`` is the likeliest; ``samples`` maps each encoding that could be meant to the
    first lines with letters outside ASCII as that encoding reads them."""

    def __init__(self, proposed: str, samples: dict[str, list[str]]) -> None:
        super().__init__("encoding unclear", detail=proposed)
        self.proposed = proposed
        self.samples = samples


class PinRefused(ShopdeskError):
    """The PIN typed does not belong to this account (or the account is unknown or deactivated)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"wrong PIN for {name!r}")
        self.name = name


class TooManyTries(ShopdeskError):
    """Too many wrong PINs: the account takes no PIN until ``until`` (aware UTC), not even the right one."""

    def __init__(self, name: str, until: object, wait_seconds: int) -> None:
        super().__init__(f"{name!r} must wait {wait_seconds} s")
        self.name = name
        self.until = until
        self.wait_seconds = wait_seconds


class NotPaid(NotPackable):
    """An order not paid yet (``new``, less paid than its total) while the shop packs only paid orders (Settings →
    Shop: pack unpaid orders off); ``due_minor`` is what is left to pay, in ``currency``."""

    def __init__(self, number: int, due_minor: int, currency: str) -> None:
        super().__init__(number, "new")
        self.args = (f"order {number} is not paid ({due_minor} {currency} to pay)",)
        self.due_minor = due_minor
        self.currency = currency


class DatabaseBusy(ShopdeskError):
    """What was being saved waited for a lock that another connection holds (an import being written, another
    desk's long save) and gave up; nothing was written. The same save can be tried again, and goes through once
    the other has finished. ``holder`` is the ``writers.Writer`` that said it was writing, when one did."""

    def __init__(self, holder: object = None) -> None:
        super().__init__(f"the database is busy: {holder}" if holder is not None else "the database is busy")
        self.holder = holder


class OrderNotEditable(ShopdeskError):
    """An order that may no longer be edited: ``reason`` is ``packed`` (packed or further on: a change goes through
    a return or a cancellation), ``cancelled``, or ``returned`` (a return names its lines)."""

    def __init__(self, number: int, status: str, reason: str) -> None:
        super().__init__(f"order {number} cannot be edited: {reason}")
        self.number = number
        self.status = status
        self.reason = reason


class OrderChangedMeanwhile(ShopdeskError):
    """Another desk saved a change to the order after this edit started (``expected`` is the version the edit was
    made on, ``current`` the one saved now); nothing was written, and the edit can be compared and typed again."""

    def __init__(self, number: int, expected: int, current: int) -> None:
        super().__init__(f"order {number} was changed meanwhile (version {expected} is now {current})")
        self.number = number
        self.expected = expected
        self.current = current
