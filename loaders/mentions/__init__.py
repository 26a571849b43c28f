"""Mentions and resolution: gazetteers, the mention rules per actor type, and what each mention names."""
