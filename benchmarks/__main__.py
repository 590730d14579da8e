"""`python -m benchmarks [queries|load|browser|serve|record|pack] ...`; without a subcommand it runs `queries` (the
query benchmark's original command line keeps working)."""

from __future__ import annotations

import sys

COMMANDS = {  # name -> (module, function taking the remaining arguments)
    "queries": ("benchmarks.queries", "main"),  # DuckDB vs pandas, build time and memory (issue 4)
    "load": ("benchmarks.commands", "load_command"),  # protocol-level sessions against the server(s)
    "serve": ("benchmarks.commands", "serve_command"),  # K replicas behind HAProxy, until Ctrl-C
    "browser": ("benchmarks.browser", "main"),  # cold and warm page time in headless Chromium
    "record": ("benchmarks.record", "main"),  # docs/load.json: the runs behind README's load table
    "pack": ("benchmarks.pack", "run"),  # the report pack's build time (issue 12's ≤ 5 s)
}


def main(argv: list[str]) -> int:
    import importlib

    name = argv[0] if argv and argv[0] in COMMANDS else "queries"
    rest = argv[1:] if argv and argv[0] in COMMANDS else argv
    module, function = COMMANDS[name]
    return getattr(importlib.import_module(module), function)(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
