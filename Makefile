# Two commands for a fresh machine: `make site` and `make test`.
# Everything they need (virtual environment, Python packages, the iframe-worker
# shim for offline search, Chromium for browser tests) is installed here.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: site test install install-test node chromium lint format extract check serve bench clean

site: install node  ## Build the demo site into site/
	$(BIN)/briefing build

test: install-test node chromium  ## Install everything and run every test
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/mypy
	$(BIN)/pytest

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PIP) install -e '.[test]'
	touch $@

node: node_modules/.installed

# The offline search shim ships in the npm package iframe-worker (pinned in package-lock.json).
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

# Browser tests drive Debian's Chromium; playwright never downloads a browser of its own.
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && $$SUDO apt-get install -y -q chromium; }

lint: install-test
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench
	$(BIN)/mypy

format: install-test
	$(BIN)/ruff check --fix generator tests bench
	$(BIN)/ruff format generator tests bench

extract: install
	$(BIN)/briefing extract

check: install
	$(BIN)/briefing check

serve: install node
	$(BIN)/briefing serve

clean:
	rm -rf site build .pytest_cache .ruff_cache
