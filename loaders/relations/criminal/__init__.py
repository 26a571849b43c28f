"""Criminal groups: where they act and settle (ACTIVE_IN, ESTABLISHED_IN), and who counters them (COUNTERS)."""
