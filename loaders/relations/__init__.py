"""Relations: trigger patterns, their arguments, discourse, implied hierarchy, amounts and validity."""
