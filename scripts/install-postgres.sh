#!/usr/bin/env bash
# Install Debian's PostgreSQL server binaries for the store tests that run against PostgreSQL.
#
# Idempotent: does nothing when initdb is already there. The tests start their own throwaway
# server (initdb + pg_ctl in a temp dir on a free loopback port); no service is enabled here.
# Needs root (CI runs as root) or sudo.
set -euo pipefail

if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "postgresql already installed"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-postgres: need root (or sudo) to apt-get install postgresql" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
echo "installed: $(ls /usr/lib/postgresql/*/bin/initdb)"
