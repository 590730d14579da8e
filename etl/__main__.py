"""Command line: `python -m etl {build,geometry,extract,synth,check,datapackage,curator,ingest} ...`."""

from __future__ import annotations

import importlib
import sys

COMMANDS = {
    "build": "etl.build",
    "geometry": "etl.geometry",
    "extract": "etl.extract",
    "synth": "etl.synth",
    "check": "etl.check",
    "datapackage": "etl.datapackage",
    "curator": "etl.curator",
    "ingest": "etl.ingest",
}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(f"usage: python -m etl {{{','.join(COMMANDS)}}} [options]", file=sys.stderr)
        return 2
    module = importlib.import_module(COMMANDS[argv[0]])
    return module.main(argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
