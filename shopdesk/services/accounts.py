"""Owner and staff accounts with PINs, the wait after wrong PINs, and the audit log of privileged actions.

Roles are off until the owner creates the first account: a shop without accounts runs as before, no PIN asked
(``has_accounts`` tells the desk which). From then on the views ask for the owner's PIN before refunds,
overrides, price and template changes, settings, exports, imports and revenue summaries, and write an audit
entry for each; staff log orders, pack and print without one.

A PIN is at least six digits, typed in any script (Persian and Arabic digits count as their ASCII digits). It is
never stored: only ``hashlib.scrypt`` of it with a random salt of its own and the parameters used, compared with
``hmac.compare_digest``. After ``FREE_TRIES`` wrong PINs in a row the account takes no PIN for a while (30 s, then
twice as long after each further wrong PIN, at most an hour); the wait is kept in the database, so restarting the
app does not reset it. Time comes from an injected clock, so tests never sleep.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from shopdesk.db.models import Account, AuditEntry
from shopdesk.db.types import utcnow
from shopdesk.db.uow import UnitOfWorkFactory
from shopdesk.services.account_records import MAX_NAME, ROLES, AccountRow, AuditRow, clean_pin
from shopdesk.services.errors import InvalidInput, NotFound, PinRefused, TooManyTries
from shopdesk.services.locks import lock_row

__all__ = ["AccountRow", "AccountService", "AuditRow", "ScryptParameters"]

FREE_TRIES = 5
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)
SALT_BYTES = 16


class ScryptParameters:
    """scrypt's cost: n=2**14, r=8, p=1 takes 16 MB and a few tens of milliseconds, once per PIN typed."""

    def __init__(self, n: int = 2**14, r: int = 8, p: int = 1) -> None:
        self.n, self.r, self.p = n, r, p


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=256 * 1024 * 1024, dklen=32)


def wait_after(failed_tries: int) -> timedelta:
    """How long an account takes no PIN after this many wrong PINs in a row (nothing before ``FREE_TRIES``)."""
    if failed_tries < FREE_TRIES:
        return timedelta(0)
    return min(FIRST_WAIT * 2 ** (failed_tries - FREE_TRIES), LONGEST_WAIT)


def _row(account: Account) -> AccountRow:
    return AccountRow(
        id=account.id,
        name=account.name,
        role=account.role,
        active=account.active,
        created_at=account.created_at,
        locked_until=account.locked_until,
    )


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput("name", "required", name)
    if len(cleaned) > MAX_NAME:
        raise InvalidInput("name", "too long", name)
    return cleaned


class AccountService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        *,
        clock: Callable[[], datetime] = utcnow,
        scrypt: ScryptParameters | None = None,
    ) -> None:
        self._uow = uow
        self._clock = clock
        self._scrypt = scrypt or ScryptParameters()
        # Hashed when a name is unknown, so a wrong name takes as long as a wrong PIN.
        self._dummy_salt = secrets.token_bytes(SALT_BYTES)

    # --- reading ------------------------------------------------------------------------------------------------
    def has_accounts(self) -> bool:
        """True once the owner has created the first account: from then on privileged actions need the owner."""
        with self._uow() as uow:
            return uow.session.exec(select(Account.id).limit(1)).first() is not None

    def accounts(self) -> list[AccountRow]:
        """Every account, the owner first, then staff by name; deactivated ones included."""
        with self._uow() as uow:
            rows = uow.session.exec(select(Account).order_by(Account.role, Account.name)).all()
            return [_row(a) for a in rows]

    def owners(self) -> list[AccountRow]:
        """The active owner accounts (one today), whose PIN unlocks privileged actions."""
        return [a for a in self.accounts() if a.role == "owner" and a.active]

    # --- changing -------------------------------------------------------------------------------------------------
    def create_owner(self, name: str, pin: str) -> AccountRow:
        """Create the shop's owner: the first account, which turns roles on. Refused once any account exists."""
        name = _clean_name(name)
        pin = clean_pin(pin)
        with self._uow() as uow:
            if uow.session.exec(select(Account.id).limit(1)).first() is not None:
                raise InvalidInput("name", "owner exists", name)
            account = self._new_account(name, "owner", pin)
            uow.session.add(account)
            try:
                uow.session.flush()
            except IntegrityError as exc:  # another desk created the owner since the check above
                raise InvalidInput("name", "owner exists", name) from exc
            self._audit_in(uow.session, name, "accounts.owner_created", {"name": name})
            row = _row(account)
            uow.commit()
        return row

    def add_staff(self, name: str, pin: str, *, by: str) -> AccountRow:
        """Add a staff account (``by``: the owner who did it, for the audit log)."""
        name = _clean_name(name)
        pin = clean_pin(pin)
        with self._uow() as uow:
            if uow.session.exec(select(Account.id).where(Account.name == name)).first() is not None:
                raise InvalidInput("name", "taken", name)
            account = self._new_account(name, "staff", pin)
            uow.session.add(account)
            uow.session.flush()
            self._audit_in(uow.session, by, "accounts.staff_added", {"name": name})
            row = _row(account)
            uow.commit()
        return row

    def set_active(self, name: str, active: bool, *, by: str) -> AccountRow:
        """Deactivate (or bring back) a staff account; the owner cannot be deactivated."""
        with self._uow() as uow:
            account = self._account(uow.session, name)
            if account.role == "owner" and not active:
                raise InvalidInput("name", "owner cannot be deactivated", name)
            if account.active != active:
                account.active = active
                self._audit_in(
                    uow.session, by, "accounts.deactivated" if not active else "accounts.reactivated", {"name": name}
                )
            row = _row(account)
            uow.commit()
        return row

    def change_pin(self, name: str, new_pin: str, *, by: str) -> None:
        """Give an account a new PIN (a new salt too); any wait it had earned is cleared."""
        pin = clean_pin(new_pin)
        with self._uow() as uow:
            account = self._account(uow.session, name)
            salt = secrets.token_bytes(SALT_BYTES)
            params = self._scrypt
            account.pin_salt = salt.hex()
            account.pin_hash = _hash(pin, salt, params.n, params.r, params.p).hex()
            account.scrypt_n, account.scrypt_r, account.scrypt_p = params.n, params.r, params.p
            account.failed_tries = 0
            account.locked_until = None
            self._audit_in(uow.session, by, "accounts.pin_changed", {"name": name})
            uow.commit()

    # --- checking a PIN -------------------------------------------------------------------------------------------
    def verify(self, name: str, pin: str) -> AccountRow:
        """The account when ``pin`` is its PIN. Raises ``InvalidInput`` (not a PIN at all: not counted),
        ``TooManyTries`` (still waiting: the PIN is not even looked at), or ``PinRefused`` (wrong PIN, unknown or
        deactivated account); each wrong PIN is counted and written to the audit log."""
        pin = clean_pin(pin)
        now = self._clock()
        with self._uow() as uow:
            session = uow.session
            account = session.exec(select(Account).where(Account.name == name)).first()
            if account is None or not account.active:
                _hash(pin, self._dummy_salt, self._scrypt.n, self._scrypt.r, self._scrypt.p)
                raise PinRefused(name)
            lock_row(session, Account.__table__, account.id)  # two desks counting wrong PINs do not lose one
            session.refresh(account)
            if account.locked_until is not None and now < account.locked_until:
                raise TooManyTries(name, account.locked_until, _seconds(account.locked_until - now))
            expected = bytes.fromhex(account.pin_hash)
            typed = _hash(pin, bytes.fromhex(account.pin_salt), account.scrypt_n, account.scrypt_r, account.scrypt_p)
            if hmac.compare_digest(typed, expected):
                if account.failed_tries or account.locked_until is not None:
                    account.failed_tries = 0
                    account.locked_until = None
                row = _row(account)
                uow.commit()
                return row
            account.failed_tries += 1
            wait = wait_after(account.failed_tries)
            self._audit_in(session, name, "accounts.pin_refused", {"tries": account.failed_tries})
            if wait:
                account.locked_until = now + wait
                self._audit_in(session, name, "accounts.locked", {"seconds": _seconds(wait)})
            uow.commit()
        if wait:
            raise TooManyTries(name, now + wait, _seconds(wait))
        raise PinRefused(name)

    # --- the audit log --------------------------------------------------------------------------------------------
    def audit(self, account: str, action: str, details: Mapping[str, object] | None = None) -> None:
        """Write that ``account`` did ``action`` (a code such as ``export.orders``) now, with plain details."""
        with self._uow() as uow:
            self._audit_in(uow.session, account, action, details)
            uow.commit()

    def audit_log(self, limit: int = 200, *, before_id: int | None = None, action: str | None = None) -> list[AuditRow]:
        """The newest entries first (``before_id``: the page after the last row shown; ``action``: one code)."""
        with self._uow() as uow:
            query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
            if before_id is not None:
                query = query.where(AuditEntry.id < before_id)
            if action is not None:
                query = query.where(AuditEntry.action == action)
            rows = uow.session.exec(query).all()
            return [AuditRow(e.id, e.at, e.account, e.action, _details(e.details)) for e in rows]

    def audit_count(self) -> int:
        with self._uow() as uow:
            return uow.session.exec(select(func.count()).select_from(AuditEntry)).one()

    # --- helpers --------------------------------------------------------------------------------------------------
    def _new_account(self, name: str, role: str, pin: str) -> Account:
        assert role in ROLES
        salt = secrets.token_bytes(SALT_BYTES)
        params = self._scrypt
        return Account(
            name=name,
            role=role,
            pin_hash=_hash(pin, salt, params.n, params.r, params.p).hex(),
            pin_salt=salt.hex(),
            scrypt_n=params.n,
            scrypt_r=params.r,
            scrypt_p=params.p,
            active=True,
            created_at=self._clock(),
        )

    @staticmethod
    def _account(session, name: str) -> Account:  # noqa: ANN001
        account = session.exec(select(Account).where(Account.name == name)).first()
        if account is None:
            raise NotFound("account", name)
        return account

    def _audit_in(self, session, account: str, action: str, details: Mapping[str, object] | None) -> None:  # noqa: ANN001
        text = json.dumps(dict(details or {}), ensure_ascii=False, sort_keys=True, default=str)
        session.add(AuditEntry(at=self._clock(), account=account[:MAX_NAME], action=action, details=text))


def _seconds(delta: timedelta) -> int:
    return max(1, int(-(-delta.total_seconds() // 1)))  # rounded up: "wait 0 s" would be a lie


def _details(text: str) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {"text": text}
    return value if isinstance(value, dict) else {"value": value}
