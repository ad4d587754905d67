"""A throwaway PostgreSQL server for tests and benchmarks: ``initdb`` + ``pg_ctl`` in a temp directory.

It runs the binaries of Debian's ``postgresql`` package (``/usr/lib/postgresql/<N>/bin``, or
whatever ``initdb`` is on ``PATH``) on a free loopback port, trusts local connections, and
deletes everything on exit. Durability is switched off (``fsync=off``): it is for tests and
benchmarks, never for data you keep. PostgreSQL refuses to run as root, so under root the server
runs as the ``postgres`` system user that the Debian package creates.

    python -m parley.store.pgserver        # start one, print its URL, stop on Ctrl-C

    >>> with PgServer() as server:                          # doctest: +SKIP
    ...     url = server.create_database("parley_test")
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

from parley.errors import StoreError

__all__ = ["PgServer", "find_pg_bin", "unavailable_reason"]

_SUPERUSER = "parley"


def find_pg_bin() -> Path | None:
    """The directory holding ``initdb`` and ``pg_ctl``, or None when PostgreSQL is not installed."""
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).resolve().parent
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return versions[-1].parent if versions else None


def unavailable_reason() -> str | None:
    """Why a throwaway server cannot be started here, or None when it can."""
    if find_pg_bin() is None:
        return "PostgreSQL binaries not found (apt-get install postgresql puts initdb in /usr/lib/postgresql/*/bin)"
    if os.geteuid() == 0 and not _has_user("postgres"):
        return "running as root and there is no 'postgres' user to run the server as"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg 3 is not installed (pip install 'psycopg[binary]')"
    return None


class PgServer:
    """A PostgreSQL server living in a temporary directory for the duration of a ``with`` block."""

    def __init__(self) -> None:
        reason = unavailable_reason()
        if reason:
            raise StoreError(f"cannot start a test PostgreSQL: {reason}")
        self._bin = find_pg_bin() or Path()
        self._dir = Path(tempfile.mkdtemp(prefix="parley-pg-"))
        self._data = self._dir / "data"
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0

    @property
    def url(self) -> str:
        """URL of the default ``postgres`` database (superuser, no password)."""
        return self.database_url("postgres")

    def database_url(self, name: str) -> str:
        """URL of the database ``name`` on this server, as the superuser (it need not exist yet)."""
        return f"postgresql://{_SUPERUSER}@127.0.0.1:{self.port}/{name}"

    def start(self) -> PgServer:
        """Create the cluster and start the server; returns the server, so ``PgServer().start()``
        can be kept. Under root the files are handed to ``postgres`` first, as PostgreSQL will
        not run as root.

        Raises:
            StoreError: ``initdb`` or ``pg_ctl`` failed (with their output and the server log).
        """
        if self._as_postgres:
            user = pwd.getpwnam("postgres")
            os.chown(self._dir, user.pw_uid, user.pw_gid)
        self._run("initdb", "-D", str(self._data), "-U", _SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-locale",
                  "--no-sync")
        options = f"-h 127.0.0.1 -p {self.port} -k {self._dir} -F -c max_connections=50"
        self._run("pg_ctl", "-D", str(self._data), "-o", options, "-l", str(self._dir / "server.log"), "-w",
                  "-t", "60", "start")
        return self

    def stop(self) -> None:
        """Stop the server at once and delete its files (idempotent)."""
        if self._data.exists():
            with contextlib.suppress(StoreError):
                self._run("pg_ctl", "-D", str(self._data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self._dir, ignore_errors=True)

    def create_database(self, name: str) -> str:
        """Create an empty database and return its URL."""
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return self.database_url(name)

    def __enter__(self) -> PgServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self._bin / tool), *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=self._dir)
        if done.returncode != 0:
            log = self._dir / "server.log"
            detail = (done.stderr or done.stdout).strip() + (f"\n{log.read_text()[-2000:]}" if log.exists() else "")
            raise StoreError(f"{tool} failed ({done.returncode}): {detail}")


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def main() -> int:
    """Start a server, print its URL, and keep it until interrupted."""
    with PgServer() as server:
        print(server.url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
