"""`python -m etl curator set-password [--password-stdin] [--secrets PATH]`: turn on local curation.

Writes the scrypt hash of a curator password into `[curation] password_hash` of `.streamlit/secrets.toml`
(created with mode 0600 if missing; other settings in the file are kept). The password is read with getpass,
or from standard input with --password-stdin (for scripts); it is never stored or printed.
"""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
import tempfile
import tomllib
from pathlib import Path

from netralitas import paths
from netralitas.curators import hash_password

SECRETS = paths.ROOT / ".streamlit" / "secrets.toml"
MIN_LENGTH = 10


def set_password_hash(path: Path, hashed: str) -> None:
    """Put `password_hash = "..."` in the [curation] table of a TOML file, keeping every other line."""
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    entry = f'password_hash = "{hashed}"'
    table = next((i for i, line in enumerate(lines) if line.strip() == "[curation]"), None)
    if table is None:
        lines += [*([""] if lines else []), "[curation]", entry]
    else:
        end = next((i for i in range(table + 1, len(lines)) if lines[i].lstrip().startswith("[")), len(lines))
        found = next((i for i in range(table + 1, end) if re.match(r"\s*password_hash\s*=", lines[i])), None)
        if found is None:
            lines.insert(table + 1, entry)
        else:
            lines[found] = entry
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)  # never leave a file Streamlit cannot read
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".secrets.", suffix=".tmp")  # mode 0600
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(tmp, path)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Curator password: ")
    if first != getpass.getpass("Again: "):
        raise ValueError("the two passwords differ")
    return first


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl curator", description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["set-password"])
    parser.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    parser.add_argument("--secrets", type=Path, default=SECRETS, help="the secrets.toml to write")
    args = parser.parse_args(argv)
    try:
        password = _read_password(args.password_stdin)
        if len(password) < MIN_LENGTH:
            raise ValueError(f"use at least {MIN_LENGTH} characters")
        set_password_hash(args.secrets, hash_password(password))
    except (ValueError, tomllib.TOMLDecodeError, OSError) as error:
        print(f"curator: {error}", file=sys.stderr)
        return 2
    print(f"curator password set in {args.secrets}; restart the app to use it")
    return 0
