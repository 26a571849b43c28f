"""Every actor's names on Neo4j, for a search the full-text index cannot answer.

The index's Swedish analyzer leaves out its stop words ('i', 'mot', 'och'), so a question of
stop words only has no term to ask it for; such a search reads every name (with the number of
relations, to rank) and matches them as the embedded store does.
"""

from __future__ import annotations

from graph.cypher import ALL_RELATION_TYPES

# Without the actors' documents (a hub has thousands), with their number of relations.
EVERY_NAME = f"""
MATCH (n:Actor)
WHERE $type IS NULL OR n.type = $type
RETURN collect({{id: n.id, type: n.type, name: n.name, aliases: n.aliases,
                 degree: COUNT {{ (n)-[:{ALL_RELATION_TYPES}]-() }}}}) AS rows
"""
