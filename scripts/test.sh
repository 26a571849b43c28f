#!/usr/bin/env bash
# Lint and run every test against both stores, with a real Neo4j started and stopped here.
# Expects the project's virtual environment first on PATH (`make test` does that).
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests need Debian's chromium, report tests its poppler-utils (pdftotext, pdfimages);
# install them where we may (CI runs as root).
if { ! command -v chromium || ! command -v pdftotext; } >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "== installing chromium and poppler-utils"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
fi

echo "== lint"
ruff check .
ruff format --check .

NEO4J_DIR="${SAMVERKAN_TEST_NEO4J_DIR:-.neo4j-test}"
echo "== starting Neo4j ($NEO4J_DIR)"
python scripts/neo4j_local.py start --dir "$NEO4J_DIR" --gds
trap 'python scripts/neo4j_local.py stop --dir "$NEO4J_DIR" || true' EXIT
set -a
# shellcheck disable=SC1091
. "$NEO4J_DIR/env"
set +a

echo "== tests"
python -m pytest "$@"

echo "== benchmarks (quick)"
python -m benchmarks --quick --out test-artifacts/benchmarks-quick.md
