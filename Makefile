# The two commands a fresh clone needs: `make run` and `make test`. Both rely on `make setup`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
# Extra pip arguments for torch, e.g. a CPU-only index in Docker (see Dockerfile).
TORCH_PIP_ARGS ?=
UD_DIR ?= ../shared/ud-french

.PHONY: setup run test lint format openapi model model-eval bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Idempotent: re-running only checks what is installed. torch is pinned first so stanza gets the CPU build.
setup: $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0 $(TORCH_PIP_ARGS)
	$(BIN)/pip install -q -r requirements.txt
	$(BIN)/pip install -q --no-deps -e .

setup-dev: setup
	$(BIN)/pip install -q -r requirements-dev.txt

run: setup
	$(BIN)/gunicorn -c gunicorn.conf.py service.wsgi:app

test: setup-dev
	$(BIN)/ruff check service tests bench training
	$(BIN)/python -m pytest -q

lint: setup-dev
	$(BIN)/ruff check service tests bench training
	$(BIN)/ruff format --check service tests bench training

format:
	$(BIN)/ruff format service tests bench training
	$(BIN)/ruff check --fix service tests bench training

openapi: setup
	$(BIN)/python -m service.openapi > openapi.yaml
