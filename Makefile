# Two entry points (see README): `make demo` and `make test`. Both create .venv if needed.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin

.PHONY: demo test install-dev lint typecheck unit docs bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

demo: $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	$(BIN)/policyparse parse examples/000.txt

install-dev: $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	bash scripts/ensure-chromium.sh

lint:
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck:
	$(BIN)/mypy

unit:
	$(BIN)/python -m pytest -q -n 2

docs:
	$(BIN)/mkdocs build --strict

test: install-dev lint typecheck unit docs

bench: $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/python benchmarks/run.py
