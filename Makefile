.DEFAULT_GOAL := help
SHELL := /bin/bash

PORT ?= 8000
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
FRONTEND_SOURCES := $(shell find frontend/scss frontend/js -type f 2>/dev/null)
DIST := localoffer/static/dist
# Every test process imports the whole project: with bytecode caches refused by the
# environment, each one would compile it all again (5 s a process).
unexport PYTHONDONTWRITEBYTECODE

.PHONY: help setup run serve test lint check bench services services-stop clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  %-14s %s\n", $$1, $$2}'

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	npm --prefix frontend ci --no-audit --no-fund --loglevel=error
	touch $@

$(DIST)/.built: frontend/node_modules/.installed $(FRONTEND_SOURCES)
	npm --prefix frontend run --silent build
	touch $@

setup: $(BIN)/.installed $(DIST)/.built ## Install Python and front-end dependencies and build the front end

run: setup ## Set up, load the demo Local Offer if the database is empty, serve on 127.0.0.1:$(PORT)
	$(MANAGE) migrate --no-input -v0
	LOG_LEVEL=WARNING $(MANAGE) load_demo_local_offer
	$(MANAGE) runserver 127.0.0.1:$(PORT)

WORKERS ?= 3
PRODUCTION := DJANGO_SETTINGS_MODULE=localoffer.settings.production

serve: setup ## Serve as in production: gunicorn on 127.0.0.1:$(PORT), production settings (SECRET_KEY, ALLOWED_HOSTS... from the environment; see README, Deploy)
	$(PRODUCTION) $(MANAGE) check --deploy --fail-level WARNING
	$(PRODUCTION) $(MANAGE) migrate --no-input -v0
	$(PRODUCTION) $(MANAGE) collectstatic --no-input -v0
	$(PRODUCTION) $(BIN)/gunicorn localoffer.wsgi --bind 127.0.0.1:$(PORT) --workers $(WORKERS) \
		--access-logfile - --forwarded-allow-ips '*'

lint: $(BIN)/.installed ## Check Python style and template indentation
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	find . -path ./$(VENV) -prune -o -path ./frontend/node_modules -prune -o -name '*.html' -path '*/jinja2/*' -print | xargs $(BIN)/djhtml --check

check: $(BIN)/.installed ## Django system checks and migrations up to date
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run
	$(PRODUCTION) SECRET_KEY=$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(64))') \
		ALLOWED_HOSTS=localoffer.example $(MANAGE) check --deploy --fail-level WARNING

# One test process per core. Each is handed the next tests in collection order, so each runs
# the tests that empty the database after those that roll back, as one process would. Two at
# a time, not the scheduler's default of up to a quarter of the suite: otherwise one process
# can be left with a dozen browser tests to run while the other has finished. What `check`
# runs is in the suite (tests/localoffer), without starting Django three more times.
test: setup lint ## Set up, then run the whole suite: lint, checks, unit, integration and browser tests
	$(BIN)/pytest -n auto --dist load --maxschedchunk 2 --ignore=e2e/test_lighthouse.py $(PYTEST_ARGS)  # Lighthouse runs in make bench

BENCH_DATABASE_URL ?= sqlite:///$(CURDIR)/.bench/bench.sqlite3

bench: setup ## Report search latency on both backends (1,000 to 50,000 services) and Lighthouse scores
	rm -rf .bench && mkdir -p .bench
	DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) migrate --no-input -v0
	DATABASE_URL=$(BENCH_DATABASE_URL) LOG_LEVEL=WARNING $(MANAGE) bench_search
	LIGHTHOUSE_CATEGORIES=performance,accessibility,best-practices,seo \
		$(BIN)/pytest e2e/test_lighthouse.py -q -s

services: ## Start PostgreSQL, Elasticsearch and Redis on 127.0.0.1 for development (as root)
	.ci/postgresql start
	.ci/elasticsearch start
	.ci/redis start

services-stop: ## Stop the services started by `make services`
	.ci/redis stop
	.ci/elasticsearch stop
	.ci/postgresql stop

clean: ## Remove the virtualenv, node modules and built assets
	rm -rf $(VENV) frontend/node_modules $(DIST)
