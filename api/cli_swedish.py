"""Typer's own texts in Swedish: help headings, the help option, type names and usage errors.

Typer carries its own copy of Click whose texts are plain English literals (no gettext), so
they are replaced where they are made: the words Typer passes through `gettext` get a
Swedish catalogue, help pieces are translated before the help is wrapped, and usage errors
are translated when they are shown. Only Typer's modules are touched, so `--help` stays fast.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import IO, Any

import typer.core
from typer._click import core as click_core
from typer._click import exceptions as click_exceptions
from typer._click import formatting as click_formatting
from typer._click.utils import echo

USAGE = "Användning: "
HELP_OPTION = "Visa den här hjälpen och avsluta."

# Texts Typer passes through gettext (typer/core.py).
CATALOGUE = {
    "Arguments": "Argument",
    "Options": "Flaggor",
    "Commands": "Kommandon",
    "default: {default}": "standard: {default}",
    "required": "krävs",
    "env var: {var}": "miljövariabel: {var}",
    "(dynamic)": "(beräknas)",
    "Aborted!": "Avbrutet.",
    "Missing command.": "kommando saknas.",
    "No such command {name!r}.": "okänt kommando {name!r}.",
}

# The usage line's placeholders, as in `samverkan [OPTIONS] COMMAND [ARGS]...`.
USAGE_PIECES = {"[OPTIONS]": "[FLAGGOR]", "COMMAND [ARGS]...": "KOMMANDO [ARGUMENT]..."}

# Type names in help, as in `--depth <int range>`.
TYPE_NAMES = {
    "str": "text",
    "int": "heltal",
    "float": "tal",
    "bool": "ja/nej",
    "int range": "heltal",
    "float range": "tal",
    "path": "sökväg",
    "Path": "sökväg",
    "file": "fil",
    "directory": "mapp",
    "datetime": "datum",
    "date": "datum",
    "%Y-%m-%d": "ÅÅÅÅ-MM-DD",
}

# Usage errors: Click's framing, Typer's messages and pydantic's validation messages.
ERRORS: list[tuple[str, str]] = [
    (r"^Invalid value for (.+?): ", r"ogiltigt värde för \1: "),
    (r"^Invalid value: ", "ogiltigt värde: "),
    (r"^Missing argument (.+)\.", r"argumentet \1 saknas."),
    (r"^Missing option (.+)\.", r"flaggan \1 saknas."),
    (r"^Missing parameter (.+)\.", r"värdet \1 saknas."),
    (r"^Missing (argument|option|parameter)\.", "ett värde saknas."),
    (r"^No such option: (\S+)", r"okänd flagga: \1"),
    (r"\(Possible options: (.+)\)$", r"(menade du: \1)"),
    (r"^Option (.+) requires an argument\.", r"flaggan \1 behöver ett värde."),
    (r"^Option (.+) requires (\d+) arguments\.", r"flaggan \1 behöver \2 värden."),
    (r"^Option (.+) does not take a value\.", r"flaggan \1 tar inget värde."),
    (r"^Argument (.+) takes (\d+) values\.", r"argumentet \1 tar \2 värden."),
    (r"^Got unexpected extra argument\(s\) \((.+)\)", r"oväntade argument: \1"),
    (r"Value error, ", ""),
    (r"(.+) is not one of (.+)\.$", r"\1 är inte ett av \2."),
    (r"Input should be less than or equal to (\S+)", r"ska vara högst \1"),
    (r"Input should be greater than or equal to (\S+)", r"ska vara minst \1"),
    (r"Input should be less than (\S+)", r"ska vara mindre än \1"),
    (r"Input should be greater than (\S+)", r"ska vara större än \1"),
    (r"Input should be a valid integer.*", "ska vara ett heltal"),
    (r"Input should be a valid number.*", "ska vara ett tal"),
    (r"Input should be a valid (date|datetime).*", "ska vara ett datum (ÅÅÅÅ-MM-DD)"),
    (r"Input should be a valid boolean.*", "ska vara ja eller nej (true/false)"),
    (r"Input should be .*", "har fel form"),
    (r"(File|Directory|Path) (.+) does not exist\.", r"\2 finns inte."),
    (r"^Could not open file (.+?): ", r"kunde inte öppna \1: "),
]
_ERRORS = [(re.compile(pattern), replacement) for pattern, replacement in ERRORS]


def translate(message: str) -> str:
    """One of Typer's gettext texts in Swedish (unknown ones are left as they are)."""
    return CATALOGUE.get(message, message)


def swedish_error(message: str) -> str:
    """A usage error's message in Swedish."""
    for pattern, replacement in _ERRORS:
        message = pattern.sub(replacement, message)
    return message


def swedish_type(label: str) -> str:
    """`<int range>` -> `<heltal>`; choices (`<html|png>`) and unknown names are kept."""
    inner = label[1:-1] if label.startswith("<") and label.endswith(">") else label
    list_of = re.fullmatch(r"list\[(.+)\]", inner)
    if list_of:
        inner = list_of.group(1)
    inner = TYPE_NAMES.get(inner, inner)
    return f"<{inner}>" if label.startswith("<") else inner


def swedish_range(low: float | None, high: float | None) -> str | None:
    """A number range in help: `1–3`, `minst 1`, `högst 3`."""
    if low is None and high is None:
        return None
    if low is None:
        return f"högst {high}"
    if high is None:
        return f"minst {low}"
    return f"{low}–{high}"


def _show_click_error(self: click_exceptions.ClickException, file: IO[Any] | None = None) -> None:
    echo(f"fel: {swedish_error(self.format_message())}", file=file or sys.stderr, color=self.show_color)


def _show_usage_error(self: click_exceptions.UsageError, file: IO[Any] | None = None) -> None:
    file = file or sys.stderr
    color = self.ctx.color if self.ctx is not None else None
    if self.ctx is not None:
        hint = ""
        if self.ctx.command.get_help_option(self.ctx) is not None:
            hint = f"Se '{self.ctx.command_path} {self.ctx.help_option_names[0]}' för hjälp.\n"
        echo(f"{self.ctx.get_usage()}\n{hint}", file=file, color=color)
    echo(f"fel: {swedish_error(self.format_message())}", file=file, color=color)


def _with_usage_prefix(write_usage: Callable[..., None]) -> Callable[..., None]:
    def swedish_write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        write_usage(self, prog, args, USAGE if prefix is None else prefix)

    return swedish_write_usage


def _with_help_text(get_help_option: Callable[..., Any]) -> Callable[..., Any]:
    def swedish_help_option(self: Any, ctx: Any) -> Any:
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = HELP_OPTION
        return option

    return swedish_help_option


def _with_swedish_type(display_type: Callable[..., str]) -> Callable[..., str]:
    def swedish_display_type(self: Any, ctx: Any) -> str:
        return swedish_type(display_type(self, ctx))

    return swedish_display_type


def _with_swedish_pieces(collect_usage_pieces: Callable[..., list[str]]) -> Callable[..., list[str]]:
    def swedish_usage_pieces(self: Any, ctx: Any) -> list[str]:
        return [USAGE_PIECES.get(piece, piece) for piece in collect_usage_pieces(self, ctx)]

    return swedish_usage_pieces


_installed = False


def use_swedish() -> None:
    """Make Typer speak Swedish in help and usage errors (once per process)."""
    global _installed
    if _installed:
        return
    _installed = True
    typer.core._ = translate  # type: ignore[attr-defined]
    click_exceptions.ClickException.show = _show_click_error  # type: ignore[method-assign]
    click_exceptions.UsageError.show = _show_usage_error  # type: ignore[method-assign]
    formatter = click_formatting.HelpFormatter
    formatter.write_usage = _with_usage_prefix(formatter.write_usage)  # type: ignore[method-assign]
    command = click_core.Command
    command.get_help_option = _with_help_text(command.get_help_option)  # type: ignore[method-assign]
    for kind in (command, typer.core.TyperGroup):
        kind.collect_usage_pieces = _with_swedish_pieces(kind.collect_usage_pieces)  # type: ignore[method-assign]
    typer.core.describe_number_range = swedish_range  # type: ignore[assignment]
    parameter = typer.core._TyperParameter
    parameter.display_type = _with_swedish_type(parameter.display_type)  # type: ignore[method-assign]
