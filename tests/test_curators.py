"""Who may write: the password hash, the settings read from secrets, the set-password command, and the save
itself refusing anyone who is not a curator."""

from __future__ import annotations

import stat
import subprocess
import sys
import tomllib

import pytest

from etl.curate import save_event
from etl.curator import set_password_hash
from netralitas import curators, paths


def test_a_password_verifies_against_its_own_salted_hash_only():
    stored = curators.hash_password("rahasia kurator")
    assert stored.startswith("scrypt$") and "rahasia" not in stored
    assert curators.verify_password("rahasia kurator", stored)
    assert not curators.verify_password("rahasia kurator ", stored)
    assert curators.hash_password("rahasia kurator") != stored  # a fresh salt each time
    assert not curators.verify_password("x", "not-a-hash") and not curators.verify_password("x", "")


@pytest.mark.parametrize(
    ("secrets", "enabled"),
    [
        ({}, False),
        ({"auth": {"client_id": "x"}}, False),  # a login provider but no curator list: nobody writes
        ({"auth": {"client_id": "x"}, "curation": {"curators": ["Rina@Contoh.id"]}}, True),
        ({"curation": {"password_hash": "scrypt$1$1$1$AA==$AA=="}}, True),
    ],
)
def test_settings(secrets, enabled):
    config = curators.settings(secrets)
    assert config.enabled is enabled
    if "curation" in secrets and "curators" in secrets["curation"]:
        assert config.curators == ("rina@contoh.id",)


def test_set_password_keeps_the_rest_of_the_file_and_is_private(tmp_path):
    path = tmp_path / ".streamlit" / "secrets.toml"
    path.parent.mkdir()
    path.write_text('[auth]\nclient_id = "x"\n\n[curation]\ncurators = ["a@b.id"]\npassword_hash = "old"\n')
    set_password_hash(path, "scrypt$new")
    parsed = tomllib.loads(path.read_text())
    assert parsed == {"auth": {"client_id": "x"}, "curation": {"curators": ["a@b.id"], "password_hash": "scrypt$new"}}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_set_password_command_reads_stdin_and_never_prints_the_password(tmp_path):
    path = tmp_path / "secrets.toml"
    done = subprocess.run(
        [sys.executable, "-m", "etl", "curator", "set-password", "--password-stdin", "--secrets", str(path)],
        input="sandi yang cukup panjang\n",
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "sandi" not in done.stdout + done.stderr
    stored = tomllib.loads(path.read_text())["curation"]["password_hash"]
    assert curators.verify_password("sandi yang cukup panjang", stored)
    short = subprocess.run(
        [sys.executable, "-m", "etl", "curator", "set-password", "--password-stdin", "--secrets", str(path)],
        input="pendek\n",
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )
    assert short.returncode == 2 and tomllib.loads(path.read_text())["curation"]["password_hash"] == stored


def test_the_save_refuses_without_a_curator(data_dir):
    before = (data_dir / "curated" / "events.csv").read_bytes()
    with pytest.raises(PermissionError):
        save_event({"title": "x"}, data_dir, data_dir / "db.duckdb", curator="  ")
    assert (data_dir / "curated" / "events.csv").read_bytes() == before


def test_secrets_stay_out_of_git():
    ignored = subprocess.run(
        ["git", "check-ignore", ".streamlit/secrets.toml"], cwd=paths.ROOT, capture_output=True, text=True
    )
    assert ignored.returncode == 0
