# newsbrief -- build, test and CI entry points.
# On a fresh clone only python3 and make are needed: every target sets up what it uses.
# `make` alone lists the targets (the `## ` comment after each target is its description).

PYTHON ?= python3
VENV ?= .venv
PYTEST_ARGS ?=
LAB_ARGS ?=

VENV_PY := $(VENV)/bin/python
PIP := $(VENV_PY) -m pip
PIP_INSTALL := $(PIP) install --quiet --no-input --progress-bar off --disable-pip-version-check
STAMP := $(VENV)/.installed
LAB_STAMP := $(VENV)/.lab-installed
LOCK_VENV := .cache/lock-venv

# Prefer the kernels and config of the active environment (.venv) over anything under ~/.
export JUPYTER_PREFER_ENV_PATH := 1

.DEFAULT_GOAL := help
.PHONY: help venv briefings test lab lock clean distclean benchmarks

help: ## list the targets with what they do
	@echo "usage: make TARGET   (PYTHON=$(PYTHON), venv in $(VENV))"
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

venv: $(STAMP) ## create .venv and install the locked deps, the spaCy models and newsbrief (editable)

# Done once; redone when pyproject.toml, requirements.lock or requirements-models.txt change.
$(STAMP): pyproject.toml requirements.lock requirements-models.txt
	@test -x $(VENV_PY) || { echo "creating $(VENV) with $(PYTHON) ($$($(PYTHON) --version))"; $(PYTHON) -m venv $(VENV); }
	$(PIP_INSTALL) -r requirements.lock
	$(PIP_INSTALL) --no-deps --require-hashes -r requirements-models.txt
	$(PIP_INSTALL) --no-deps -e .
	@touch $@

briefings: venv ## render the sample briefings to reports/ (HTML and PDF)
	$(VENV)/bin/newsbrief run data/samples --out reports --to html,pdf --jobs 2
	@echo "Briefings are in reports/: open $(abspath reports/index.html)"

test: venv ## run the test suite (extra pytest args: make test PYTEST_ARGS='-m "not slow"')
	$(VENV_PY) -m pytest $(PYTEST_ARGS)

$(LAB_STAMP): $(STAMP)
	$(PIP_INSTALL) -c requirements.lock -e '.[lab]'
	@touch $@

# Jupyter's config, data and runtime dirs are kept inside .venv: nothing is written or registered under ~/.
lab: $(LAB_STAMP) ## install JupyterLab (the `lab` extra) into .venv on demand and open notebooks/
	JUPYTER_CONFIG_DIR=$(abspath $(VENV))/etc/jupyter \
	JUPYTER_DATA_DIR=$(abspath $(VENV))/share/jupyter \
	JUPYTER_RUNTIME_DIR=$(abspath $(VENV))/share/jupyter/runtime \
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

lock: ## regenerate requirements.lock from pyproject.toml in a fresh throw-away venv
	rm -rf $(LOCK_VENV)
	$(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet --no-input --progress-bar off --disable-pip-version-check -e '.[test]'
	{ \
	  echo "# requirements.lock -- the full pinned dependency tree of newsbrief and its 'test' extra (pytest),"; \
	  echo "# for CPython 3.11 on Linux x86_64. The spaCy models are NOT here: they are pinned by hash in"; \
	  echo "# requirements-models.txt. 'make venv' installs this file, then the models, then newsbrief itself."; \
	  echo "#"; \
	  echo "# Made from a fresh venv with:"; \
	  echo "#   python3 -m venv /tmp/x && /tmp/x/bin/pip install -e '.[test]' && /tmp/x/bin/pip freeze --exclude-editable"; \
	  echo "# Regenerate it with 'make lock' (after changing a pin in pyproject.toml); do not edit it by hand."; \
	  $(LOCK_VENV)/bin/python -m pip freeze --exclude-editable; \
	} > requirements.lock.tmp
	mv requirements.lock.tmp requirements.lock
	rm -rf $(LOCK_VENV)
	@rmdir .cache 2>/dev/null || true
	@echo "requirements.lock regenerated ($$(grep -vc '^#' requirements.lock) packages)"

benchmarks: venv ## run benchmarks/throughput.py (if it exists)
	@if [ -f benchmarks/throughput.py ]; then \
	  echo "$(VENV_PY) benchmarks/throughput.py"; $(VENV_PY) benchmarks/throughput.py; \
	else echo "benchmarks/throughput.py does not exist yet: nothing to run"; fi

clean: ## remove generated reports (keeps reports/README.md, reports/.gitignore), caches, build artefacts
	@if [ -d reports ]; then \
	  find reports -mindepth 1 -maxdepth 1 ! -name README.md ! -name .gitignore -exec rm -rf {} +; fi
	find . -path ./$(VENV) -prune -o -type d \( -name __pycache__ -o -name .ipynb_checkpoints \) -print -exec rm -rf {} +
	rm -rf .pytest_cache .cache build dist src/*.egg-info requirements.lock.tmp

distclean: clean ## like clean, and also remove .venv
	rm -rf $(VENV)
