"""How a server is set up, and the safety checks made before it starts.

Writes need a token: ``POST`` answers 401 without one and 403 with a wrong one. A server that
accepts writes must not listen on a non-loopback address without a token, so
:func:`check_bind` refuses that set-up before anything is opened. Reads are open on loopback;
on any other address they need the token too (:mod:`parley.serve._access`) unless the operator
opts in with ``--public-reads`` (see :func:`reads_open`). Request
bodies are capped (:attr:`ServeConfig.max_body_bytes`), so one client cannot make the server
hold an arbitrary amount of memory.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass

from parley.errors import UsageError

__all__ = ["DEFAULT_MAX_BODY_BYTES", "TOKEN_ENV", "ServeConfig", "check_bind", "is_loopback", "reads_open"]

#: The environment variable holding the write token.
TOKEN_ENV = "PARLEY_TOKEN"

#: 5 MB: a long report is about 100 kB, so this allows a batch of some dozens of articles in one
#: JSONL request while keeping a single request's memory small. Larger batches: `parley ingest`.
DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024

#: Shortest token accepted: shorter ones can be guessed by an attacker who can reach the port.
MIN_TOKEN_CHARS = 16


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """What the app serves and who may write.

    Args:
        db: the store file (as for :class:`parley.store.Store`: None means ``$PARLEY_DB`` or
            ``./parley.duckdb``).
        token: the write token; None means writes are refused.
        read_only: open the store read-only (several servers may share one file) and refuse writes.
        max_body_bytes: the largest request body accepted.
        open_reads: whether reads need no token (see :func:`reads_open`); False makes every page
            and read endpoint ask for the token.
    """

    db: str | None = None
    token: str | None = None
    read_only: bool = False
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    open_reads: bool = True

    @property
    def writable(self) -> bool:
        """Whether ``POST`` can store anything (a token is set and the store is writable)."""
        return self.token is not None and not self.read_only

    @classmethod
    def from_env(cls, db: str | None = None, *, token: str | None = None, read_only: bool = False) -> ServeConfig:
        """A config whose token falls back to ``$PARLEY_TOKEN`` (an empty value counts as none)."""
        return cls(db=db, token=token or os.environ.get(TOKEN_ENV) or None, read_only=read_only)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is only reachable from this machine (``localhost``, 127.0.0.0/8, ::1)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def reads_open(host: str, public_reads: bool = False) -> bool:
    """Whether a server on ``host`` answers reads without the token: on loopback, or when opted in."""
    return public_reads or is_loopback(host)


def check_bind(host: str, config: ServeConfig) -> None:
    """Refuse a set-up that would expose the store to the network unprotected.

    Raises:
        UsageError: a writable server on a non-loopback address without a token, reads guarded by
            a token that is not set, or a token too short to resist guessing.
    """
    if config.token is not None and len(config.token) < MIN_TOKEN_CHARS:
        raise UsageError(
            f"the write token is {len(config.token)} characters; use at least {MIN_TOKEN_CHARS} "
            "(for example: python -c 'import secrets; print(secrets.token_urlsafe(24))')"
        )
    if not is_loopback(host) and not config.read_only and config.token is None:
        raise UsageError(
            f"refusing to serve a writable store on {host} without a token: set {TOKEN_ENV} (or --token), "
            "or pass --read-only, or listen on 127.0.0.1"
        )
    if not config.open_reads and config.token is None:
        raise UsageError(
            f"reads on {host} need a token: set {TOKEN_ENV} (or --token), or pass --public-reads to let "
            "anyone who can reach the port read the store"
        )
