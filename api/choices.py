"""The choices the command line offers (store, map format), without the modules behind them."""

from __future__ import annotations

from enum import StrEnum


class StoreKind(StrEnum):
    EMBEDDED = "embedded"
    NEO4J = "neo4j"


class MapFormat(StrEnum):
    HTML = "html"
    PNG = "png"
    SVG = "svg"
    PDF = "pdf"


class LogFormat(StrEnum):
    """Formats of the exported audit log."""

    JSON = "json"
    CSV = "csv"
