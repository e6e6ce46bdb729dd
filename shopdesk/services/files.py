"""Files the shop keeps (PDFs, reports) appear whole or not at all: written under a temporary name in the same
folder (``shopdesk.temporary_files``: it names this process, so a later write into that folder can sweep what a
killed one left), synced to disk, then renamed over the target. A crash, a cancel or a full disk leaves the
earlier file, if any, untouched, and no partial file behind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from shopdesk.temporary_files import temporary_beside


@contextmanager
def written_whole(out: Path) -> Iterator[BinaryIO]:
    """``with written_whole(path) as handle: handle.write(...)``; the file is in place when the block ends."""
    out = Path(out)
    with temporary_beside(out) as partial:
        with open(partial, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, out)
