"""The command line speaks Swedish: its own help and Typer's texts, in help and usage errors."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

SAMVERKAN = [sys.executable, "-m", "api"]

# Texts Typer, Click and pydantic print in English when left alone.
ENGLISH = re.compile(
    r"Usage|Options|Arguments|Commands|Show this message|\bError\b|\bTry\b|for help|Missing|"
    r"Invalid value|default|required|No such|unexpected|Input should|Value error|is not one of|"
    r"requires an|does not|\[OPTIONS\]|COMMAND|\[ARGS\]|<str>|<path>|<Path>|<int|<float|range|"
    r"env var|Aborted|Possible options|x<="
)

COMMANDS = [
    [],
    ["build"],
    ["extract"],
    ["map"],
    ["stats"],
    ["serve"],
    ["import"],
    ["changes"],
    ["export"],
    ["review"],
    ["eval"],
    ["forget"],
    ["report"],
    ["judge"],
    ["judge", "merge"],
    ["judge", "reject"],
    ["judge", "undo"],
    ["judge", "export"],
]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SAMVERKAN_STORE": "embedded", "COLUMNS": "100"}
    return subprocess.run([*SAMVERKAN, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


def english_in(text: str) -> list[str]:
    return sorted({m.group(0) for m in ENGLISH.finditer(text)})


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "samverkan")
def test_help_is_swedish(command: list[str], tmp_path: Path) -> None:
    result = run(*command, "--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Användning: ")
    assert "Flaggor:" in result.stdout
    assert "Visa den här hjälpen och avsluta." in result.stdout
    assert english_in(result.stdout) == [], result.stdout


def test_help_names_types_defaults_and_ranges_in_swedish(tmp_path: Path) -> None:
    help_text = run("map", "--help", cwd=tmp_path).stdout
    assert "--depth <heltal>" in help_text
    assert "[standard: 1; 1–3]" in help_text
    assert "-o, --output <sökväg>" in help_text
    build_help = run("build", "--help", cwd=tmp_path).stdout
    assert "Användning: python -m api build [FLAGGOR] {FILER}..." in build_help
    assert "Argument:" in build_help and "[krävs]" in build_help
    top = run("--help", cwd=tmp_path).stdout
    assert "[FLAGGOR] KOMMANDO [ARGUMENT]..." in top and "Kommandon:" in top


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["map", "--depth", "9"], "ogiltigt värde för '--depth': ska vara högst 3"),
        (["map", "--depth", "två"], "ogiltigt värde för '--depth': ska vara ett heltal"),
        (["map", "--format", "jpg"], "'jpg' är inte ett av 'html', 'png', 'svg', 'pdf'"),
        (["map", "--formt", "png"], "okänd flagga: --formt (menade du: --format, --from)"),
        (["map", "--entity"], "flaggan '--entity' behöver ett värde"),
        (["build"], "argumentet 'FILER' saknas"),
        (["build", "--workers", "0", "x"], "ska vara minst 1"),
        (["changes", "--to", "2021-01-01"], "flaggan '--from' saknas"),
        (["changes", "--from", "2021-13-01", "--to", "2021-12-31"], "ska vara ett datum (ÅÅÅÅ-MM-DD)"),
        (["stats", "överbliven"], "oväntade argument: överbliven"),
        (["finns-inte"], "okänt kommando 'finns-inte'"),
        (["judge", "retype", "Någon", "Okänd", "--by", "X"], "ogiltigt värde för 'TYP'"),
    ],
)
def test_usage_errors_are_swedish(args: list[str], expected: str, tmp_path: Path) -> None:
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert expected in result.stderr
    assert "fel: " in result.stderr
    assert english_in(result.stderr) == [], result.stderr
    usage = [line for line in result.stderr.splitlines() if line.startswith("Användning:")]
    hint = [line for line in result.stderr.splitlines() if line.startswith("Se '")]
    assert len(usage) <= 1 and len(hint) <= 1
    if usage:
        assert hint and hint[0].endswith("--help' för hjälp.")


def test_system_errors_are_swedish(tmp_path: Path) -> None:
    missing = run("import", str(tmp_path / "saknas.json"), cwd=tmp_path)
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"fel: {tmp_path / 'saknas.json'}: finns inte"
    folder = run("import", str(tmp_path), cwd=tmp_path)
    assert folder.stderr.strip() == f"fel: {tmp_path}: är en mapp, inte en fil"
