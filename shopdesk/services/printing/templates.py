"""Messages the shop writes for its printed documents, with ``$placeholders`` filled per order.

``string.Template`` substitution only: shop text is never passed to ``str.format`` or ``eval``. Documents are drawn
glyph by glyph (``bidi_text``), never through ReportLab's paragraph markup, so a value such as ``Sara <b>&`` prints
exactly as typed; each value is isolated (FSI … PDI) so its own direction or a stray U+202E cannot reorder the
message around it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from string import Template

from shopdesk.services.errors import InvalidInput

PLACEHOLDERS = (
    "first_name",
    "customer_name",
    "order_number",
    "items",
    "shop_name",
    "review_link",
    "return_by",
    "return_days",
    "stamps_to_reward",  # stamps still missing on the customer's first punch card
    "discount_code",  # a reward code the customer has not used yet
)
MAX_TEMPLATE_LENGTH = 2000
_FSI, _PDI = "\u2068", "\u2069"
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def validate_template(text: str, field: str = "template", placeholders: Sequence[str] = PLACEHOLDERS) -> str:
    """Return the template with outer whitespace trimmed, or raise ``InvalidInput`` saying what is wrong. Other
    messages (follow-ups) pass their own ``placeholders``."""
    text = text.strip()
    if len(text) > MAX_TEMPLATE_LENGTH:
        raise InvalidInput(field, "too long", text[:50])
    template = Template(text)
    if not template.is_valid():
        raise InvalidInput(field, "a $ not followed by a placeholder name (write $$ for a dollar sign)", text)
    unknown = [name for name in template.get_identifiers() if name not in placeholders]
    if unknown:
        raise InvalidInput(field, "unknown placeholder", "$" + unknown[0])
    return text


def fill(
    text: str, values: Mapping[str, str], placeholders: Sequence[str] = PLACEHOLDERS, *, isolated: bool = True
) -> str:
    """Fill a validated template; each value is isolated so it keeps its own direction (``isolated=False`` for a
    left-to-right message sent as plain text, where the isolates would only be invisible clutter)."""
    keep = isolate if isolated else (lambda value: _BIDI_CONTROLS.sub("", value))
    isolated_values = {name: keep(values.get(name, "")) for name in placeholders}
    return Template(text).safe_substitute(isolated_values)


def isolate(value: str) -> str:
    """A value that keeps its own direction inside text of another (FSI … PDI). Its own embedding, override and
    isolate controls are dropped first: a name such as ``Sara<PDI><RLO>evil`` could otherwise close the isolate
    early and reverse everything printed after it."""
    return f"{_FSI}{_BIDI_CONTROLS.sub('', value)}{_PDI}" if value else ""


def isolate_lines(text: str) -> str:
    """What a person wrote (a gift message, a note) as it prints: each line cleaned of bidi controls and isolated in
    its own direction, so ``Happy birthday!`` keeps its "!" on an Arabic page, a Persian message reads in its own
    clause order on an English one, and a U+202E in it reverses nothing."""
    return "\n".join(isolate(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def names_someone(template: str) -> bool:
    """Whether a template greets the customer by name ($first_name or $customer_name)."""
    return any(f"${name}" in template or f"${{{name}}}" in template for name in ("first_name", "customer_name"))


def first_name(full_name: str) -> str:
    parts = full_name.split()
    return parts[0] if parts else ""
