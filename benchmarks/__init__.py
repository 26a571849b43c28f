"""Benchmarks: `python -m benchmarks.<name>`; each prints its figures, none asserts a timing."""
