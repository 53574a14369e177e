# Parallax task runner. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
DB_FILE := data/parallax.db
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help setup system-deps run demo test lint format bench eval clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml | system-deps
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP) system-deps ## create .venv and install everything (pip and Debian packages)

system-deps: ## Debian packages for browser tests and briefs (Chromium, CJK fonts)
	@scripts/install-system-deps.sh

demo: $(STAMP) ## create the default database with the demo data (idempotent)
	$(PY) -m dashboard init --demo

run: $(STAMP) system-deps ## set up, load the demo if the database is absent, start the dashboard on :8501
	@if [ -z "$$DATABASE_URL" ] && [ ! -f $(DB_FILE) ]; then $(PY) -m dashboard init --demo; fi
	$(PY) -m streamlit run dashboard/app.py --server.port $(PORT) --server.headless true \
		--browser.gatherUsageStats false

test: $(STAMP) system-deps ## run the whole test suite (PostgreSQL tests skip, with the reason, if no server)
	$(PY) -m pytest

lint: $(STAMP) ## ruff lint and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP) ## ruff fix and format
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: $(STAMP) ## benchmarks (not part of the tests): import, dashboard, analysis, export, extraction
	$(PY) bench/bench_import.py
	$(PY) bench/bench_dashboard.py
	$(PY) bench/bench_analysis.py --skip-event-gaps
	$(PY) bench/bench_export.py
	$(PY) bench/bench_extract.py

eval: $(STAMP) ## extraction precision, recall and F1 per field on the labelled set
	$(PY) bench/eval_extract.py

clean: ## remove the virtual environment and the default database
	rm -rf $(VENV) $(DB_FILE) $(DB_FILE)-wal $(DB_FILE)-shm
