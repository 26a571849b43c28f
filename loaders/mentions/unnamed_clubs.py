"""'MC-gänget', 'MC-klubben' in a text that names no MC club: an unnamed club, a criminal group of
its own (ONTOLOGY: 'a gang, criminal network or MC club, named or not'), named like the other
unnamed groups by the place it acts in ('kriminella MC-gäng i Byhult')."""

from __future__ import annotations

from loaders.mentions.candidates import Candidate

__all__ = ["unnamed_club"]


def unnamed_club(c: Candidate, anchored: str | None, acting: bool) -> bool:
    """Name ``c`` as an unnamed club; False when the text says neither where it is nor who faces it."""
    if anchored is not None:
        c.canonical = f"{c.data['phrase']} i {anchored}"
    elif acting:
        c.canonical = c.data["phrase"]  # 'polisen har koll på MC-gänget': the club it faces
    else:
        return False
    c.ref, c.generic, c.head = "criminal_generic", True, "gäng"
    return True
