"""The default message of each kind of follow-up, in any of the three languages, as a template the shop can edit.

The texts keep the source strings (and so the translations) the queue has always used, with Qt's ``%1`` (first
name), ``%2`` (shop), ``%3`` (what was promised) and ``%4`` (product); they are turned into the ``$first_name``…
placeholders the shop's own templates use, so the editor shows one syntax.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from shopdesk.views.print_texts import translated

_CONTEXT = "FollowUpsView"
_MESSAGES = {
    "check_in": QT_TRANSLATE_NOOP(
        "FollowUpsView", "Hello %1, your order has arrived. Is everything as you hoped? — %2"
    ),
    "birthday": QT_TRANSLATE_NOOP("FollowUpsView", "Happy birthday, %1! Everyone at %2 wishes you a wonderful year."),
    "nudge": QT_TRANSLATE_NOOP("FollowUpsView", "Hello %1, one more stamp and your next reward at %2 is yours."),
    "return": QT_TRANSLATE_NOOP(
        "FollowUpsView", "Hello %1, we are looking after your return and will write soon. — %2"
    ),
    "promise": QT_TRANSLATE_NOOP("FollowUpsView", "Hello %1, about what we promised: %3 — %2"),
    "reorder": QT_TRANSLATE_NOOP(
        "FollowUpsView", "Hello %1, your %4 may be running low by now. Shall we put some aside for you? — %2"
    ),
}
# Kept in the contexts where these words were first translated, so their translations still apply.
_KINDS = {
    "promise": QT_TRANSLATE_NOOP("FollowUpsView", "Promise"),
    "check_in": QT_TRANSLATE_NOOP("FollowUpsView", "Check-in after delivery"),
    "birthday": QT_TRANSLATE_NOOP("FollowUpsView", "Birthday"),
    "nudge": QT_TRANSLATE_NOOP("FollowUpsView", "One stamp from a reward"),
    "return": QT_TRANSLATE_NOOP("FollowUpsView", "Return waiting"),
    "reorder": QT_TRANSLATE_NOOP("FollowUpsView", "Time to reorder"),
}
_CHANNELS = {
    "chat": QT_TRANSLATE_NOOP("PromiseDialog", "Chat"),
    "email": QT_TRANSLATE_NOOP("PromiseDialog", "E-mail"),
    "ticket": QT_TRANSLATE_NOOP("PromiseDialog", "Ticket"),
    "phone": QT_TRANSLATE_NOOP("PromiseDialog", "Phone"),
    "whatsapp": QT_TRANSLATE_NOOP("PromiseDialog", "WhatsApp"),
    "other": QT_TRANSLATE_NOOP("PromiseDialog", "Other"),
}
_PLACES = {"%1": "$first_name", "%2": "$shop_name", "%3": "$promise", "%4": "$product"}


def default_message(kind: str, language: str) -> str:
    """The message a kind of follow-up starts with, in ``language``, with ``$placeholders``."""
    text = translated(language, _CONTEXT, _MESSAGES.get(kind, _MESSAGES["promise"])).replace("$", "$$")
    for marker, placeholder in _PLACES.items():
        text = text.replace(marker, placeholder)
    return text


def kind_name(kind: str) -> str:
    """A kind of follow-up as the screen names it, in the screen's language."""
    return QCoreApplication.translate("FollowUpsView", _KINDS[kind]) if kind in _KINDS else kind


def channel_name(channel: str) -> str:
    """A channel (chat, e-mail…) in the screen's language."""
    return QCoreApplication.translate("PromiseDialog", _CHANNELS[channel]) if channel in _CHANNELS else channel
