# smmdesk: `make run` opens the program, `make test` runs the suite. Both create .venv on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
TS     := resources/translations/smmdesk_ru.ts
QM     := resources/translations/smmdesk_ru.qm

.PHONY: venv run demo test bench translations lint clean screenshots dist dist-check

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "smmdesk needs Python 3.11 or newer")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[test,dev,server]"
	touch $@

venv: $(STAMP)

# tools/check_qt.py says which system library is missing when Qt cannot open a window.
run: $(STAMP)
	@$(PY) tools/check_qt.py
	$(PY) -m smmdesk

demo: $(STAMP)
	@$(PY) tools/check_qt.py
	$(PY) -m smmdesk --demo

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/run.py

# Collects the tr() strings into the Russian catalogue, then compiles it; finish any
# "unfinished" entries in the .ts (Qt Linguist or a text editor) before committing.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -source-language en -target-language ru \
		$$(find smmdesk -name '*.py' | sort) -ts $(TS)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

lint: $(STAMP)
	$(BIN)/ruff check smmdesk tests tools
	$(BIN)/mypy

clean:
	rm -rf build dist $(DIST_VENV)

# The installable bundle: built in its own clean environment (runtime dependencies and PyInstaller
# only, nothing from development), then packed as a portable archive in dist/.
DIST_VENV := .venv-dist
VERSION = $(shell sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)
dist:
	rm -rf $(DIST_VENV) build dist
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt ".[dist,server]"
	$(DIST_VENV)/bin/python -m PyInstaller --noconfirm --clean --log-level WARN build.spec
	tar -C dist -czf dist/smmdesk-$(VERSION)-linux-$$(uname -m).tar.gz smmdesk-$(VERSION)
	@echo "dist/smmdesk-$(VERSION): $$(du -sh dist/smmdesk-$(VERSION) | cut -f1)"

# Runs the frozen self-test offscreen (fails on a non-zero exit) and prints the bundle's figures.
dist-check: dist $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/dist_check.py dist/smmdesk-$(VERSION)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py
