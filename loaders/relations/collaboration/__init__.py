"""Who works with whom (COLLABORATES_WITH) and who is a member of what."""
