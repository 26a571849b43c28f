"""The in-memory graph view now lives in graph.view (the embedded store answers filtered questions with it)."""

from graph.view import GraphView, ends_match

__all__ = ["GraphView", "ends_match"]
