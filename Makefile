# The README's two commands: `make dashboard` and `make test`. Both install what they need first.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.install-stamp
DB     := data/netralitas.duckdb
INPUTS := $(wildcard data/curated/*.csv data/reference/*.csv data/reference/*.geojson data/datapackage.json)

.PHONY: dashboard serve test install system build lint lock
REPLICAS ?= 2

dashboard: install system $(DB)
	$(PY) -m streamlit run app.py

# The webinar setup: $(REPLICAS) replicas behind HAProxy on http://127.0.0.1:8501, caches warmed first.
serve: install system $(DB)
	$(PY) -m benchmarks serve --replicas $(REPLICAS) --port 8501

test: install system
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m pytest

install: $(STAMP)

# Every package (runtime and dev) at the version and hash requirements.lock records; nothing is resolved anew.
$(STAMP): requirements.lock
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	touch $(STAMP)

# After editing requirements.txt or requirements-dev.txt: writes requirements.lock again, keeping every pin the
# edit does not touch; `make lock UPGRADE=--upgrade` takes the newest releases the requirements allow.
lock: install
	$(PY) -m uv pip compile requirements-dev.txt --generate-hashes --python $(PY) --quiet $(UPGRADE) \
	  --custom-compile-command "make lock" -o requirements.lock

# Debian's Chromium serves kaleido (PNG/SVG export) and the browser tests; no browser download is needed.
# Debian's HAProxy is the load balancer of `python -m benchmarks serve --replicas K` (and its test).
system:
	@command -v chromium >/dev/null 2>&1 && { command -v haproxy || test -x /usr/sbin/haproxy; } >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium haproxy; }

$(DB): $(STAMP) $(INPUTS)
	$(PY) -m etl build

build: install
	$(PY) -m etl build

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
