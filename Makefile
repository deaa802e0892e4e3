# Wijkgoud — `make demo` to try it, `make test` to prove it. See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PORT ?= 8000
# The UI languages: every folder under wijkgoud/locale (a new one: make messages LANGS=uk).
LANGS ?= $(notdir $(wildcard wijkgoud/locale/*))
UV_VERSION := 0.13.9

# A Python >= 3.12: python3.13 / python3.12 on PATH, else pyenv's installed versions.
PYTHON ?= $(shell for c in python3.13 python3.12 python3 \
	$$(ls -d $$(pyenv root 2>/dev/null || echo $$HOME/.pyenv)/versions/3.1[2-9]* 2>/dev/null | sort -rV | sed 's|$$|/bin/python3|'); do \
	"$$c" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && { command -v "$$c" || echo "$$c"; } && break; done)
PYTHON := $(PYTHON)

export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PYTHON)
export UV_PROJECT_ENVIRONMENT := .venv
UV := .tools/bin/uv
RUN := .venv/bin/python manage.py
# Production settings for `check --deploy`: the same module, as a server would run it.
PRODUCTION_ENV := PRODUCTION=true SECRET_KEY=check-deploy-$$(head -c 32 /dev/urandom | base64 | tr -d '/+=') ALLOWED_HOSTS=wijkgoud.example REDIS_URL=redis://127.0.0.1:6379/0 SMTP_HOST=smtp.wijkgoud.example

.PHONY: frontend python-found help demo serve test check lint messages bench install install-test system-packages clean

help:
	@echo "make demo   install, migrate, load the Almere Haven demo data and serve on http://127.0.0.1:$(PORT)/"
	@echo "make test   install what the tests need and run every check and test"
	@echo "make check  lint, migrations, translations and the production settings check"
	@echo "make messages  update the translation files (.po) and compile them; APP=<app> for one app"
	@echo "make bench  measure page speed and size with production settings"
	@echo "make frontend  rebuild the CSS and icons from the npm packages"

python-found:
	@if [ -z "$(PYTHON)" ]; then \
		echo "Wijkgoud needs Python 3.12 or newer. Install python3.13 (apt-get install python3.13," \
		     "or 'pyenv install 3.13') and run make again, or set PYTHON=/path/to/python3.13."; exit 1; fi

$(UV): | python-found
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet "uv==$(UV_VERSION)"

# The project environment, exactly as uv.lock says; never a downloaded interpreter.
install: $(UV) system-packages
	$(UV) sync --locked --quiet

# msgfmt for the translations; Chromium for the browser tests (Debian's, never a download);
# Pango, HarfBuzz and fonts with Arabic letters for the PDFs (WeasyPrint).
PDF_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
system-packages:
	@missing=""; command -v msgfmt >/dev/null || missing="$$missing gettext"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	for package in $(PDF_PACKAGES); do \
		dpkg -s $$package >/dev/null 2>&1 || missing="$$missing $$package"; done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing Debian packages:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
		else echo "Please install these Debian packages:$$missing (sudo apt-get install$$missing)"; exit 1; fi; fi

var:
	mkdir -p var

demo: install var
	$(RUN) compilemessages --ignore=.venv --ignore=.tools -v 0
	$(RUN) migrate --no-input -v 0
	DEMO_MODE=true $(RUN) load_demo
	$(RUN) collectstatic --no-input -v 0
	@echo ""
	@echo "  Wijkgoud runs on http://127.0.0.1:$(PORT)/  (Ctrl-C stops the server, the worker and the scheduler)"
	@echo "  Demo accounts: see README.md — password wijkgoud-demo"
	@echo ""
	@export DEMO_MODE=true; \
	$(RUN) db_worker & worker=$$!; \
	$(RUN) crontask --no-heartbeat >/dev/null & scheduler=$$!; \
	$(RUN) runserver --noreload 127.0.0.1:$(PORT) & server=$$!; \
	trap 'kill $$worker $$scheduler $$server 2>/dev/null; wait; exit 0' INT TERM; \
	wait -n; kill $$worker $$scheduler $$server 2>/dev/null; wait

lint: install
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .

check: lint var
	$(RUN) makemigrations --check --dry-run
	$(RUN) compilemessages --ignore=.venv --ignore=.tools -v 0
	$(RUN) check_translations
	env $(PRODUCTION_ENV) $(RUN) check --deploy --fail-level WARNING

test: check
	.venv/bin/pytest -n auto

# Each app keeps its own catalogs in wijkgoud/<app>/locale; APP=activities updates only that app's.
messages: install
	@if [ "$(APP)" = core ]; then echo "core's texts are in wijkgoud/locale: run make messages without APP"; exit 2; fi
	@mkdir -p wijkgoud/$(or $(APP),.)/locale
	cd $(if $(APP),wijkgoud/$(APP),.) && $(CURDIR)/.venv/bin/python $(CURDIR)/manage.py makemessages \
		$(addprefix --ignore=,.venv .tools var bench frontend node_modules docs) --add-location=file $(addprefix -l ,$(LANGS))
	$(RUN) compilemessages --ignore=.venv --ignore=.tools

bench: install var
	.venv/bin/python -m bench

# Rebuild the committed CSS and icons from the npm packages (needs Node.js; not needed otherwise).
frontend:
	cd frontend && npm ci --no-audit --no-fund && npm run build

clean:
	rm -rf .venv .tools var/static
