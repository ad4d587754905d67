#!/usr/bin/env bash
# Install Debian packages for the test setup: apt-get update once, then install without
# recommends. Shared by install-browser.sh and install-postgres.sh.
# Usage: scripts/apt-install.sh PACKAGE...   Needs root (CI runs as root) or sudo.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "apt-install: need root (or sudo) to apt-get install $*" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
