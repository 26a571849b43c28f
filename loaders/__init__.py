"""From files to a graph: reading, Swedish text, gazetteers, mentions, resolution, relations."""
