"""Who takes part in an initiative (PARTICIPATES_IN)."""
