#!/usr/bin/env bash
# Install Debian's chromium for the browser tests (tests/serve/test_browser.py).
#
# Idempotent: does nothing when /usr/bin/chromium is already there. Uses apt only; Playwright's
# own browser download (`playwright install`) is never used, since it cannot reach its servers
# here and the tests drive the system chromium through executable_path.
# Needs root (CI runs as root) or sudo.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-browser: need root (or sudo) to apt-get install chromium" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
echo "installed: $(/usr/bin/chromium --version)"
