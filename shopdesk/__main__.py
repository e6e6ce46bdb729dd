"""``shopdesk`` and ``python -m shopdesk``: hand over to the command line."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from shopdesk.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
