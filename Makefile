# The targets a developer runs are the ones CI runs (.ci/run calls `make test`).
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus/huddinge

.PHONY: install demo serve test lint bench parser neo4j-start neo4j-stop

$(BIN)/samverkan: pyproject.toml constraints.txt
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e ".[test,lint]"
	touch $@

install: $(BIN)/samverkan

## Build the graph from the demo corpus on the embedded store and draw it to map.html.
demo: install
	$(BIN)/samverkan build $(CORPUS)
	$(BIN)/samverkan map -o map.html

## The same, then serve the API and the explorer on http://127.0.0.1:8000.
serve: demo
	$(BIN)/samverkan serve

## Lint, then every test against both stores (a real Neo4j is started and stopped).
test: install
	PATH="$(abspath $(BIN)):$$PATH" scripts/test.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: install
	$(BIN)/python -m benchmarks --quick

## Retrain the Swedish syntax pipeline (loaders/syntax/model/) from ../shared/ud-swedish; work files in build/syntax/.
parser: install
	$(BIN)/python -m loaders.syntax.train

neo4j-start: install
	$(BIN)/python scripts/neo4j_local.py start

neo4j-stop:
	$(PY) scripts/neo4j_local.py stop
