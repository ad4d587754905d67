# Two entry points for a fresh machine (see README):
#   make demo   install parley into .venv and run the demo on the bundled articles
#   make test   install parley with its test tools into .venv and run lint, types and tests
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: demo test install install-test browser screenshot lint typecheck unit accuracy bench clean

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
	$(BIN)/ruff check src tests benchmarks

typecheck: install-test
	$(BIN)/mypy

# The browser tests drive Debian's chromium; installing it needs root (CI has it). Without it
# those tests skip and say why.
browser:
	bash scripts/install-browser.sh || echo "chromium not installed: browser tests will be skipped"

unit: install-test browser
	$(BIN)/pytest -m "not slow"

test: lint typecheck unit

# Retake the README screenshot (docs/dashboard.png) with the browser test that checks it.
screenshot: install-test browser
	PARLEY_UPDATE_SCREENSHOT=1 $(BIN)/pytest tests/serve/test_browser.py -k screenshot

bench: install-test
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
