"""The exchange formats a graph is exported to, with their media types and file suffixes."""

from __future__ import annotations

from enum import StrEnum


class ExportFormat(StrEnum):
    JSON = "json"
    GRAPHML = "graphml"
    GEXF = "gexf"
    CSV = "csv"

    @property
    def media_type(self) -> str:
        return _MEDIA_TYPES[self]

    @property
    def suffix(self) -> str:
        return ".zip" if self is ExportFormat.CSV else f".{self.value}"


_MEDIA_TYPES = {
    ExportFormat.JSON: "application/json",
    ExportFormat.GRAPHML: "application/graphml+xml",
    ExportFormat.GEXF: "application/gexf+xml",
    ExportFormat.CSV: "application/zip",
}
