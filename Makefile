# Every target a contributor needs; `make help` lists them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.DEFAULT_GOAL := help
.PHONY: help install install-dev system-packages run migrate demo messages makemessages test lint format check bench bench-search bench-signatures screenshots clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.runtime-installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime-installed

install: $(VENV)/.runtime-installed ## Create .venv and install the site's packages

install-dev: $(VENV)/.dev-installed system-packages ## Install test and lint tools too

system-packages: ## Install the Debian packages tests need (gettext), when missing
	@.ci/install-system-packages

messages: install ## Compile the translation catalogs (locale/*.po -> .mo)
	$(MANAGE) compilemessages --ignore=.venv -v 0

makemessages: install ## Update locale/*.po from the templates and code
	$(MANAGE) makemessages

migrate: install ## Apply migrations and fill the page tree's language columns
	$(MANAGE) update_database

demo: migrate ## Load (or refresh) the demo content in four languages, and index it
	$(MANAGE) load_demo_content
	$(MANAGE) update_index

run: messages ## Set up the site and a demo editor (log: build/set-up.log), serve on 127.0.0.1:$(PORT)
	$(MANAGE) set_up_local_site --port $(PORT)
	$(MANAGE) runserver 127.0.0.1:$(PORT)

check: install-dev ## Django's system checks and a check for missing migrations
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

lint: install-dev ## Ruff lint and format check, hadolint on the Dockerfile
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/hadolint Dockerfile

format: install-dev ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: install-dev messages lint check ## Run the whole suite: lint, checks and tests
	$(BIN)/pytest -m "not browser" -n auto --dist loadfile
	$(BIN)/pytest -m browser

bench: install-dev ## Benchmark pages under gunicorn with wrk (benchmarks/run.py)
	$(BIN)/python benchmarks/run.py

bench-search: install-dev ## Search latency with ~1,000 pages on SQLite and PostgreSQL
	$(BIN)/python benchmarks/search.py

bench-signatures: install-dev ## A viral appeal: 32 connections signing one petition for 30 s
	$(BIN)/python benchmarks/signatures.py

screenshots: install-dev messages ## Screenshot every page in Chromium; refresh docs/screenshots/
	rm -rf build/screenshots
	BROWSER_SCREENSHOTS=build/screenshots $(BIN)/pytest -q tests/browser/test_accessibility.py
	$(BIN)/python -m tests.browser.screenshots build/screenshots docs/screenshots

clean: ## Remove the virtualenv, local database, media, collected static files and build/
	rm -rf $(VENV) db.sqlite3 media staticfiles build
