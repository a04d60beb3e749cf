# ImpactApp: `make run` starts the program, `make test` runs every check.
# The virtual environment is created on first use and refreshed only when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP_RUN  := $(VENV)/.stamp-run
STAMP_TEST := $(VENV)/.stamp-test
STAMP_PACKAGE := $(VENV)/.stamp-package
DIST   := dist
BUNDLE := $(DIST)/impactapp

TS := impactapp/ui/i18n/impactapp_nb.ts
TS_EN := impactapp/ui/i18n/impactapp_en.ts
QM := $(TS:.ts=.qm) $(TS_EN:.ts=.qm)

.PHONY: run test lint pytest core-test bench clean i18n reliability package package-smoke wheel icons

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

$(STAMP_PACKAGE): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $@ $(STAMP_RUN)

impactapp/ui/i18n/%.qm: impactapp/ui/i18n/%.ts | $(STAMP_RUN)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Extract new UI texts from the code, fill in impactapp/ui/i18n/nb/*.yaml, compile.
i18n: $(STAMP_TEST)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -extensions py impactapp/ui impactapp/app.py -ts $(TS)
	$(BIN)/python tools/ts_fill.py $(TS) impactapp/ui/i18n/nb/*.yaml
	$(BIN)/pyside6-lupdate -silent -no-obsolete -extensions py impactapp/ui impactapp/app.py -target-language en -ts $(TS_EN)
	$(BIN)/python tools/ts_fill.py --english-plurals $(TS_EN)
	for ts in $(TS) $(TS_EN); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

run: $(STAMP_RUN) $(QM)
	$(BIN)/impactapp

lint: $(STAMP_TEST)
	$(BIN)/ruff check impactapp tests bench tools
	$(BIN)/lint-imports

pytest: $(STAMP_TEST) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

# Python keeps compiled modules, and pytest its assert-rewritten test modules, in __pycache__
# (git ignores it). With PYTHONDONTWRITEBYTECODE set in the environment every xdist worker
# and every Python process a test starts compiled the package and rewrote ~330 test modules
# again: 9 of the 13 s each worker spent collecting.
test pytest core-test reliability: export PYTHONDONTWRITEBYTECODE :=

# The tests' temporary files (pytest's tmp_path, the PostgreSQL clusters, the processes they
# start) go to memory (/dev/shm) where there is one: the suite commits to SQLite tens of
# thousands of times, and each commit's fsync to a disk costs CPU and a wait. Nothing a test
# checks depends on the disk: a killed writer (tests/reliability) leaves the same file either
# way; only a power cut would tell, and no test cuts the power. TEST_TMPDIR= keeps the default.
TEST_TMPDIR ?= $(shell [ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm)
ifneq ($(TEST_TMPDIR),)
test pytest core-test reliability: export TMPDIR := $(TEST_TMPDIR)
endif

# The whole suite on every core (pytest-xdist); TEST_WORKERS=0 runs it in one process.
# Work stealing: a worker that runs out takes tests queued for another, so none idles at the
# end while another still has a queue (the long tests run first, tests/conftest.py).
# One worker more than there are cores: a test that waits (a PostgreSQL restart, a killed
# writer, a window waiting for the event loop) then leaves no core idle.
TEST_WORKERS ?= $(shell $(PYTHON) -c "import os; print((os.cpu_count() or 1) + 1)")

test: lint $(STAMP_TEST) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal \
		$(PYTEST_ARGS)

# The core tests in a second environment without PySide6: proof that nothing below the UI
# needs Qt. The project is installed without its dependencies, then every dependency and test
# tool pyproject.toml names except PySide6 and pytest-qt.
VENV_CORE := .venv-core
CORE_TESTS := tests/domain tests/catalog tests/casefile tests/store tests/analysis tests/report \
	tests/indicators tests/cli tests/archive
STAMP_CORE := $(VENV_CORE)/.stamp-core

$(STAMP_CORE): pyproject.toml
	$(PYTHON) -m venv $(VENV_CORE)
	$(VENV_CORE)/bin/python -m pip install --quiet --upgrade pip
	$(VENV_CORE)/bin/python tools/core_requirements.py > $(VENV_CORE)/requirements.txt
	$(VENV_CORE)/bin/python -m pip install --quiet -r $(VENV_CORE)/requirements.txt
	$(VENV_CORE)/bin/python -m pip install --quiet --no-deps -e .
	touch $@

core-test: $(STAMP_CORE)
	@$(VENV_CORE)/bin/python -c "import importlib.util as u, sys; \
		sys.exit('PySide6 is installed in $(VENV_CORE)' if u.find_spec('PySide6') else 0)"
	$(VENV_CORE)/bin/python -m pytest -n $(TEST_WORKERS) --dist worksteal -p no:cacheprovider \
		-W ignore::pytest.PytestConfigWarning $(CORE_TESTS) $(PYTEST_ARGS)

# The long crash loop: `make test` kills the writer 50 times, this 500 times.
reliability: $(STAMP_TEST) $(QM)
	IMPACTAPP_CRASH_TRIALS=$${IMPACTAPP_CRASH_TRIALS:-500} QT_QPA_PLATFORM=offscreen \
		$(BIN)/python -m pytest -q -s tests/reliability tests/hostile $(PYTEST_ARGS)

bench: $(STAMP_TEST) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(BENCH_ARGS)

# Packaging (packaging/README.md). `package` builds this platform's onedir bundle in dist/;
# `package-smoke` runs the bundle offscreen with --smoke (builds it first if there is none).
package: $(STAMP_PACKAGE) $(QM)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath $(DIST) \
		--workpath build/pyinstaller packaging/impactapp.spec
	@du -sh $(BUNDLE)

$(BUNDLE)/impactapp:
	$(MAKE) package

package-smoke: $(BUNDLE)/impactapp
	QT_QPA_PLATFORM=offscreen IMPACTAPP_LAUNCH_T0=$$(date +%s.%N) $(BUNDLE)/impactapp --smoke

# The wheel and sdist in dist/, with criteria/, forms/, examples/, the guide and the .qm files.
wheel: $(STAMP_PACKAGE) $(QM)
	$(BIN)/python -m build --no-isolation --outdir $(DIST) .

# Regenerates the committed PNG, .ico and .icns files from packaging/icons/impactapp.svg.
icons: $(STAMP_RUN)
	$(BIN)/python tools/make_icons.py

clean:
	rm -rf $(VENV) $(VENV_CORE) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
