# Every target sets up what it needs: a virtual environment in .venv with the project's packages.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check --quiet

.PHONY: site test check records lint clean

site: $(VENV)/.site  ## Build the site into site/ (and refresh documents/)
	$(PY) build.py

test: $(VENV)/.test  ## Lint, type-check and run the whole test suite
	$(PY) -m ruff check src tests build.py
	$(PY) -m mypy
	$(PY) -m pytest

check: $(VENV)/.site  ## Fail if the committed records differ from what the seeds produce
	$(PY) build.py --check

records: site  ## Rewrite documents/*.yaml from the seeds (then review and commit them)

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	touch $@

$(VENV)/.site: pyproject.toml $(VENV)/.created
	$(PIP) install -e .
	touch $@

$(VENV)/.test: pyproject.toml $(VENV)/.site
	$(PIP) install -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) site .site.* .pytest_cache .ruff_cache .mypy_cache
