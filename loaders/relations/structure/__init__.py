"""Hierarchy and pacts: units and programmes inside larger ones (PART_OF), medborgarlöften and agreements."""
