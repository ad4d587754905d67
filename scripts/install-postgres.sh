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

bash "$(dirname "$0")/apt-install.sh" postgresql
echo "installed: $(ls /usr/lib/postgresql/*/bin/initdb)"
