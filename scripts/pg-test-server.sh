#!/usr/bin/env bash
# Start a throwaway PostgreSQL for trying `--db postgresql://...` by hand; Ctrl-C stops and deletes it.
# Needs Debian's postgresql package (apt-get install -y postgresql) and psycopg in the venv.
# The test-suite does not need this script: tests/store/conftest.py starts its own server.
set -euo pipefail
cd "$(dirname "$0")/.."
exec "${PYTHON:-.venv/bin/python}" -m parley.store.pgserver
