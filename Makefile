# Molva — two commands: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DIR := demo-data
DEMO_DB := sqlite:///$(CURDIR)/demo.db
PORT ?= 8000

.PHONY: demo test install install-test bench bench-waits bench-board bench-web lint clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	rm -rf $(DEMO_DIR) demo.db demo.db-wal demo.db-shm
	$(BIN)/molva sample $(DEMO_DIR) > /dev/null
	$(BIN)/molva ingest $(DEMO_DIR)/*/result.json --db $(DEMO_DB)
	@echo "Molva demo: serving the board at http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	$(BIN)/molva serve --db $(DEMO_DB) --port $(PORT) --at latest

test: install-test
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest -q

lint: install-test
	$(BIN)/ruff check src tests

bench: install
	$(BIN)/python bench/extract_bench.py
	$(BIN)/python bench/ingest_bench.py

# The wait estimator against the simulator's truth and two baselines (bench/waits_results.json).
bench-waits: install
	$(BIN)/python bench/waits_bench.py 3

# The board over a million stored reports (bench/board_results.json; builds bench/work/board-bench.db once).
bench-board: install
	$(BIN)/python bench/board_bench.py

# The board page and API under load with wrk (bench/web_results.json; needs Debian's wrk).
bench-web: install
	$(BIN)/python bench/web_bench.py

clean:
	rm -rf $(VENV) $(DEMO_DIR) demo.db demo.db-wal demo.db-shm .pytest_cache
