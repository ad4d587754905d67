# Two entry points for a fresh machine (see README):
#   make demo   install parley into .venv and run the demo on the bundled articles
#   make test   install parley with its test tools into .venv and run lint, types and tests
#   make bench  run the scale benchmarks and the checker's (benchmarks/run_all.py) and print figures and ratios
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test install install-test browser postgres screenshot lint typecheck unit accuracy bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'

demo: install
	$(BIN)/parley demo

lint: install-test
	$(BIN)/ruff check src tests benchmarks scripts

typecheck: install-test
	$(BIN)/mypy

# The browser tests drive Debian's chromium and the store tests also run on a throwaway
# PostgreSQL; installing either needs root (CI has it). Without them those tests skip and say why.
browser:
	bash scripts/install-browser.sh || echo "chromium not installed: browser tests will be skipped"

postgres:
	bash scripts/install-postgres.sh || echo "postgresql not installed: PostgreSQL store tests will be skipped"

# One worker per core, at most four: each worker loads spaCy and starts its own throwaway servers.
# --dist loadfile keeps a file's tests (and its module fixtures) on one worker.
unit: install-test browser postgres
	$(BIN)/pytest -m "not slow" -n auto --maxprocesses 4 --dist loadfile

test: lint typecheck unit

# Retake the README screenshot (docs/dashboard.png) with the browser test that checks it.
screenshot: install-test browser
	PARLEY_UPDATE_SCREENSHOT=1 $(BIN)/pytest tests/serve/test_browser.py -k screenshot

bench: install-test postgres
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
