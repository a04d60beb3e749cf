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

.PHONY: run test lint pytest bench clean i18n reliability package package-smoke wheel icons

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

test: lint pytest

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
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
