"""The benchmark report: one Markdown table of figures, the machine they were measured on, and
the command that measures them again."""

from __future__ import annotations

import datetime as dt
import os
import platform
from dataclasses import dataclass

COLUMNS = ("part", "measure", "value", "target", "note")


@dataclass
class Row:
    part: str
    measure: str
    value: str
    target: str = ""
    note: str = ""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|---|---|---:|---|---|"]
    for r in rows:
        lines.append(
            "| " + " | ".join(_cell(c) for c in (r.part, r.measure, r.value, r.target, r.note)) + " |"
        )
    return "\n".join(lines)


def verdict(met: bool) -> str:
    return "meets target" if met else "BELOW TARGET"


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gb() -> str:
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemTotal:"):
                    return f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except (OSError, ValueError):
        pass
    return "unknown"


def machine() -> dict[str, str]:
    """What the figures were measured on; the load average tells how shared the machine was."""
    try:
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        load = "unknown"
    return {
        "CPUs": str(os.cpu_count() or "unknown"),
        "CPU model": _cpu_model(),
        "RAM": _memory_gb(),
        "Python": f"{platform.python_version()} ({platform.python_implementation()})",
        "OS": platform.platform(),
        "load average at start (1, 5, 15 min)": load,
    }


def document(
    title: str,
    rows: list[Row],
    machine_info: dict[str, str],
    command: str,
    *,
    notes: list[str] | None = None,
    details: list[tuple[str, str]] | None = None,
    seconds: float | None = None,
) -> str:
    """The whole report as Markdown."""
    out = [f"# {title}", "", markdown_table(rows), ""]
    for note in notes or []:
        out += [note, ""]
    out += ["## Machine", ""]
    out += [f"- {key}: {value}" for key, value in machine_info.items()]
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    took = f", took {seconds:.0f} s" if seconds is not None else ""
    out += [f"- finished: {stamp}{took}", "", "## Reproduce", "", "```sh", command, "```", ""]
    for heading, body in details or []:
        out += [f"## {heading}", "", body, ""]
    return "\n".join(out).rstrip() + "\n"
