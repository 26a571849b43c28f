"""How the command line reports errors: one clear line on stderr, never a traceback."""

from __future__ import annotations

import errno
import functools
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from graph.errors import SamverkanError
from loaders.errors import LoaderError

F = TypeVar("F", bound=Callable[..., Any])

# The operating system's messages are English whatever the locale: the common ones in Swedish.
OS_ERRORS = {
    errno.ENOENT: "finns inte",
    errno.EACCES: "åtkomst nekad",
    errno.EPERM: "åtgärden är inte tillåten",
    errno.EISDIR: "är en mapp, inte en fil",
    errno.ENOTDIR: "en del av sökvägen är inte en mapp",
    errno.ENOSPC: "disken är full",
    errno.EROFS: "skrivskyddat filsystem",
    errno.ECONNREFUSED: "anslutningen nekades",
}


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"fel: {message}", err=True)
    raise typer.Exit(code)


def one_line_errors(func: F) -> F:
    """Errors end the command with one clear line on stderr, not a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (SamverkanError, LoaderError) as exc:
            fail(exc.message)
        except ValueError as exc:  # malformed JSON or a graph that breaks the ontology
            fail(str(exc).splitlines()[0])
        except OSError as exc:
            reason = OS_ERRORS.get(exc.errno or 0) or exc.strerror or str(exc)
            fail(f"{exc.filename or ''}: {reason}" if exc.filename else reason)
        except KeyboardInterrupt:
            fail("avbrutet", 130)

    return wrapper  # type: ignore[return-value]
