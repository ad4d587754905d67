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

bash "$(dirname "$0")/apt-install.sh" chromium fonts-liberation
echo "installed: $(/usr/bin/chromium --version)"
