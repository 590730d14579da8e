"""Who may write: reading needs no login, adding an event needs a curator.

Configured in `.streamlit/secrets.toml` (kept out of git), one of:
- `[auth]`, Streamlit's OpenID Connect login (`st.login`), with the curators' e-mails in `[curation] curators`;
- `[curation] password_hash`, a local curator password (scrypt with a random salt), written by
  `python -m etl curator set-password`.
With neither, nobody can write from the app: the Add page extracts and offers the row as a CSV download.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass

import streamlit as st

# scrypt parameters (RFC 7914's interactive-login cost); stored with each hash so they can be raised later.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
MAX_ATTEMPTS = 5  # wrong passwords per session before the form stops asking
WRONG_PASSWORD_DELAY = 1.0  # seconds: a guessing script gets one try a second per session


@dataclass(frozen=True)
class Settings:
    oidc: bool  # an [auth] section: log in with the identity provider
    curators: tuple[str, ...]  # e-mails allowed to write after an OIDC login (case-insensitive)
    password_hash: str  # "" when no local password is set
    allow_private_hosts: bool = False  # the URL fetch may reach loopback/private addresses (testing only)

    @property
    def enabled(self) -> bool:
        return (self.oidc and bool(self.curators)) or bool(self.password_hash)


def settings(secrets: Mapping) -> Settings:
    """The curation settings from `st.secrets` (or any mapping of the same shape); missing means off."""
    curation = secrets.get("curation", {}) or {}
    return Settings(
        oidc="auth" in secrets,
        curators=tuple(str(e).strip().casefold() for e in curation.get("curators", []) if str(e).strip()),
        password_hash=str(curation.get("password_hash", "") or ""),
        allow_private_hosts=curation.get("allow_private_hosts") is True,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, salt: bytes | None = None) -> str:
    """'scrypt$n$r$p$salt$hash' (base64), for secrets.toml."""
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time comparison against a stored hash; a malformed hash verifies nothing."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def configured() -> Settings:
    """The settings of this server, from its secrets."""
    return settings(_secrets())


def _secrets() -> Mapping:
    try:
        return st.secrets.to_dict()
    except FileNotFoundError:  # no secrets.toml at all: curation is off
        return {}


def current(lang: str) -> str | None:
    """The curator of this session, asking them to log in where curation is configured; None = read only.

    Drawn on the page: a login button (OIDC), or a password form. The answer is re-derived on every run, so
    a session never keeps write access that the configuration no longer grants.
    """
    config = configured()
    if not config.enabled:
        return None
    return _oidc(config, lang) if config.oidc and config.curators else _password(config, lang)


def _oidc(config: Settings, lang: str) -> str | None:
    if not st.user.is_logged_in:
        if st.button("Masuk sebagai kurator" if lang == "id" else "Log in as curator", key="curator_login"):
            st.login()
        return None
    email = str(st.user.get("email") or "").casefold()
    if email not in config.curators:
        st.warning(
            f"{email} bukan kurator: hanya membaca." if lang == "id" else f"{email} is not a curator: read only.",
            icon=":material/lock:",
        )
        return None
    return email


def _password(config: Settings, lang: str) -> str | None:
    state = st.session_state
    if state.get("curator"):
        return state["curator"]
    if state.get("curator_attempts", 0) >= MAX_ATTEMPTS:
        st.error("Terlalu banyak percobaan." if lang == "id" else "Too many attempts.", icon=":material/lock:")
        return None
    with st.form("curator_password"):
        name = st.text_input("Nama kurator" if lang == "id" else "Curator's name", key="curator_name", max_chars=80)
        label = "Kata sandi kurator" if lang == "id" else "Curator password"
        password = st.text_input(label, type="password", key="curator_password")
        submitted = st.form_submit_button("Masuk" if lang == "id" else "Log in", key="curator_submit")
    if submitted:
        if name.strip() and verify_password(password, config.password_hash):
            state["curator"] = f"{name.strip()} (password)"
            return state["curator"]
        state["curator_attempts"] = state.get("curator_attempts", 0) + 1
        time.sleep(WRONG_PASSWORD_DELAY)
        st.error(
            "Nama kosong atau kata sandi salah." if lang == "id" else "Name missing or wrong password.",
            icon=":material/lock:",
        )
    return None
