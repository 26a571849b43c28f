"""Swedish syntax: UPOS and features, lemmas and dependencies from a small shipped spaCy pipeline."""
