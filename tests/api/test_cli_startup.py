"""The command line starts at once: its module and any command's help load nothing heavy."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = (
    "fastapi",
    "uvicorn",
    "starlette",
    "neo4j",
    "matplotlib",
    "pyvis",
    "scipy",
    "networkx",
    "numpy",
    "loaders.extract",
    "loaders.relations.reader",
    "api.app",
)


def loaded_after(code: str) -> list[str]:
    script = (
        f"import json, sys\n{code}\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_importing_the_command_line_loads_nothing_heavy() -> None:
    assert loaded_after("import api.cli") == []


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["build", "--help"],
        ["map", "--help"],
        ["serve", "--help"],
        ["export", "--help"],
        ["judge", "merge", "--help"],
        ["eval", "--help"],
    ],
)
def test_help_loads_nothing_heavy(args: list[str]) -> None:
    code = (
        "import contextlib, io\n"
        "from api.cli import app\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        f"    app({args!r})"
    )
    assert loaded_after(code) == []
