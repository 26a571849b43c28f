"""The benchmark runner, scaled down to a few documents: one table with a row for every part."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.__main__ import PARTS, main
from benchmarks.report import COLUMNS


def _table_rows(report: str) -> list[list[str]]:
    rows = []
    for line in report.splitlines():
        if line.startswith("| ") and not line.startswith("| part |"):
            rows.append([cell.strip() for cell in line.strip("|").split(" | ")])
        if line.startswith("## "):
            break
    return rows


@pytest.mark.slow
def test_a_tiny_run_reports_every_part_in_one_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "reports" / "bench.md"
    status = main(["--docs", "8", "--out", str(out)])
    report = out.read_text(encoding="utf-8")
    assert capsys.readouterr().out.strip() == report.strip()

    rows = _table_rows(report)
    assert all(len(row) == len(COLUMNS) for row in rows), rows
    assert {row[0] for row in rows} == set(PARTS)
    errors = [row for row in rows if row[2] == "error"]
    assert not errors
    assert status == 0

    extraction = {row[1]: row for row in rows if row[0] == "extraction"}
    assert "MB/s" in extraction["read + extract, MB/s (documents/s)"][2]
    assert extraction["read + extract, MB/s (documents/s)"][3]  # the target is shown
    assert float(extraction["read + extract, MB per CPU-second"][2].split()[0]) > 0
    assert any("F1" in measure for measure in extraction)
    assert any(row[0] == "build" and "embedded" in row[1] and row[2] != "-" for row in rows)
    # The full-run-only part says so rather than vanishing.
    assert any(row[0] == "load" and "full run only" in row[4] for row in rows)

    assert "## Machine" in report and "CPUs:" in report and "Python:" in report
    assert "python -m benchmarks --docs 8" in report
