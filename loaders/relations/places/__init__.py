"""Where actors and initiatives are (ACTIVE_IN) and where places lie (LOCATED_IN)."""
