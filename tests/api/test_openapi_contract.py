"""Schemathesis with all its checks over the OpenAPI document finds nothing, on both stores.

Its command line runs every phase (the schema's examples, coverage of each parameter's
edges, random requests valid and invalid, and chains of calls the responses link) against
the real app over HTTP, with an admin key so that writes are tried too, and applies every
check: no server error, status codes, content types and headers as documented, responses
matching their schema, schema-violating requests refused and schema-valid ones accepted
(tests/api/schemathesis.toml names the few refusals no schema can state). Its response
time limit is the request timeout, no stricter: no test asserts a wall-clock time. The
number of examples is small and the generation deterministic, so a run is the same run
every time and stays well under two minutes.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from api.ingest import import_graph
from graph.store import GraphStore
from tests.api.served import API_KEY, sample_graph, served

SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
CONFIG = Path(__file__).with_name("schemathesis.toml")
MAX_EXAMPLES = 5
# Seconds a request may take (a report or a large picture is drawn on request).
REQUEST_TIMEOUT = 120


@pytest.mark.slow
def test_schemathesis_with_all_checks_finds_nothing(store: GraphStore, tmp_path: Path) -> None:
    import_graph(store, sample_graph())
    with served(store, data_dir=tmp_path / "api", max_upload_bytes=50_000) as client:
        result = subprocess.run(
            [
                str(SCHEMATHESIS),
                "--config-file",
                str(CONFIG),
                "--no-color",
                "run",
                f"{client.base_url}/openapi.json",
                "--checks",
                "all",
                # A time limit is no part of the contract (speed is measured in benchmarks/):
                # the response time check waits as long as a request may take at all.
                "--max-response-time",
                str(REQUEST_TIMEOUT),
                "--request-timeout",
                str(REQUEST_TIMEOUT),
                "--header",
                f"X-API-Key: {API_KEY}",
                "--max-examples",
                str(MAX_EXAMPLES),
                "--generation-deterministic",
                "--continue-on-failure",
                "--workers",
                "1",
                "--report-dir",
                str(tmp_path / "rapport"),
            ],
            capture_output=True,
            text=True,
            timeout=600,
            cwd=tmp_path,
        )
        summary = result.stdout[-6000:]
        assert result.returncode == 0, summary
        tested = re.search(r"Tested:\s+(\d+)", summary)
        assert tested is not None and int(tested.group(1)) >= 25, summary
        assert client.get("/health").status_code == 200
