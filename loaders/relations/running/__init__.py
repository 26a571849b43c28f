"""Who runs an initiative (RUNS), and what is only proposed or not run."""
