"""The graph core: the ontology model, the stores that hold it, and what reads it."""
