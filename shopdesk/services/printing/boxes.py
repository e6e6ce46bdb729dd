"""The area a document is drawn in, with a cursor moving down it, and a canvas that draws nothing so that a part
can be laid out once to learn its height before it is placed."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class _Box:
    """A document's area on the page, with a cursor that moves down as content is drawn."""

    x: float
    y: float
    width: float
    height: float
    rtl: bool
    margin: float = 0.0
    cursor: float = field(init=False)

    def __post_init__(self) -> None:
        self.cursor = self.y + self.height - self.margin

    @property
    def inner_left(self) -> float:
        return self.x + self.margin

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def bottom(self) -> float:
        return self.y + self.margin

    def leading_x(self, item_width: float) -> float:
        """Where an item of this width starts when placed at the reading start of a line."""
        return self.inner_left + self.inner_width - item_width if self.rtl else self.inner_left

    def trailing_x(self, item_width: float) -> float:
        return self.inner_left if self.rtl else self.inner_left + self.inner_width - item_width


class _NoInk:
    """A canvas that draws nothing: every call returns the canvas itself (a path begun on it takes rectangles)."""

    def __getattr__(self, _name: str) -> Callable[..., _NoInk]:
        return self._nothing

    def _nothing(self, *_args: object, **_kwargs: object) -> _NoInk:
        return self


NO_INK = _NoInk()


def measured(box: _Box, draw: Callable[[object, _Box], object]) -> float:
    """The height ``draw(canvas, box)`` moves the cursor down by, found by drawing it with no ink on a copy."""
    probe = copy.copy(box)
    start = probe.cursor
    draw(NO_INK, probe)
    return start - probe.cursor


def _height(lines: int, size: float) -> float:
    """The height a paragraph of ``lines`` lines takes, as ``_text`` draws it."""
    return size + max(0, lines - 1) * size * 1.35 + size * 0.3


def _lead(box: _Box) -> str:
    return "right" if box.rtl else "left"
