"""Local accounts: who may write to the store. Passwords kept as bcrypt hashes, never in clear.

There is no default account and no default password: the first editor is
made with `python -m metrics user add NAME --role editor`.
"""

from __future__ import annotations

from functools import cache

import bcrypt

from metrics.store import Store

ROLES = ("editor", "viewer")
WRITERS = ("editor",)
MIN_PASSWORD = 8


class AccountError(ValueError):
    """A Vietnamese sentence saying why an account could not be made."""


def hash_password(password: str) -> str:
    """>>> check_password("mật khẩu dài", hash_password("mật khẩu dài")), check_password("sai", hash_password("đúng lắm"))
    (True, False)
    """
    # bcrypt reads at most 72 bytes; longer passwords are cut there, as every bcrypt implementation does.
    return bcrypt.hashpw(password.encode("utf-8")[:72], bcrypt.gensalt()).decode("ascii")


def check_password(password: str, hashed: str) -> bool:
    try:
        return bcrypt.checkpw(password.encode("utf-8")[:72], hashed.encode("ascii"))
    except ValueError:  # not a bcrypt hash
        return False


def add_user(store: Store, name: str, role: str, password: str) -> None:
    name = name.strip()
    if not name:
        raise AccountError("tên tài khoản không được để trống")
    if role not in ROLES:
        raise AccountError(f"vai trò phải là một trong: {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"mật khẩu cần ít nhất {MIN_PASSWORD} ký tự")
    store.add_user(name, role, hash_password(password))


def sign_in(store: Store, name: str, password: str) -> str | None:
    """The account's role when the password is right, else None (the same answer for an unknown name)."""
    found = store.user(name.strip())
    if found is None:
        check_password(password, _dummy_hash())  # the same time whether or not the name exists
        return None
    role, hashed = found
    return role if check_password(password, hashed) else None


def can_write(role: str | None) -> bool:
    return role in WRITERS


@cache
def _dummy_hash() -> str:
    return hash_password("không có tài khoản này")
