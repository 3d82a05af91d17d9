# The two commands of the README's quick start, plus a few helpers for developers.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install lint messages check-messages bench check-image clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

install: $(STAMP)

## make run: the real bot when TELEGRAM_BOT_TOKEN is set, otherwise a local sandbox
run: $(STAMP)
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then exec $(BIN)/hrbot run; else exec $(BIN)/hrbot sandbox --web; fi

## make test: install what the tests need and run them all
# PYTHONDONTWRITEBYTECODE (set in many containers) emptied, as .ci/run does: the test workers
# and the `python -m bot` processes the tests start keep this checkout's bytecode in its
# git-ignored __pycache__ folders instead of each compiling every module (and pytest rewriting
# every test module) again, run after run.
test: $(STAMP)
	PYTHONDONTWRITEBYTECODE= $(BIN)/python -m pytest -q -p no:cacheprovider -n auto --dist loadfile --no-loadscope-reorder

lint: $(STAMP)
	$(BIN)/ruff check bot tests bench
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## make messages: sync the gettext catalogs with the code (then translate the new entries)
messages: $(STAMP)
	$(BIN)/python -m bot.i18n_tools update

check-messages: $(STAMP)
	$(BIN)/python -m bot.i18n_tools check

bench: $(STAMP)
	for script in bench/*_bench.py; do echo "== $$script"; $(BIN)/python $$script --quick || exit 1; done

## make check-image: build the container image and check it end to end (podman or docker; slow)
check-image: $(STAMP)
	PYTHON=$(BIN)/python deploy/check-image.sh

clean:
	rm -rf $(VENV) build dist *.egg-info test-output
