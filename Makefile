# Counter POS. Two commands for a newcomer: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench stress screenshots venv clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Counter POS needs Python >= 3.11")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(PY) main.py $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check pos_app tests migrations main.py
	$(VENV)/bin/mypy pos_app

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pos_app.devtools.screenshots

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pos_app.devtools.bench $(BENCH_ARGS)

# `make stress`: the multi-counter fault run on PostgreSQL (POS_TEST_POSTGRES_URL, else the
# local test server; a scratch database of its own). Defaults are the acceptance run: 8
# counters, >= 5,000 operations, a kill -9 every 2 s, one SIGSTOP, one immediate restart.
# The last line printed is one JSON object; the exit status is non-zero on any violation.
COUNTERS          ?= 8
STRESS_OPERATIONS ?= 5000
STRESS_KILL_EVERY ?= 2
STRESS_SIGSTOPS   ?= 1
STRESS_RESTARTS   ?= 1
STRESS_ARGS       ?=
stress: $(STAMP)
	$(PY) -m pos_app.devtools.stress --counters $(COUNTERS) --operations $(STRESS_OPERATIONS) \
	  --kill-every $(STRESS_KILL_EVERY) --sigstops $(STRESS_SIGSTOPS) \
	  --pg-restarts $(STRESS_RESTARTS) $(STRESS_ARGS)
