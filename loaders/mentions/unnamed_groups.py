"""When one mention of an unnamed group of workers is enough to make it an actor.

Those who do the work (``fältassistenter``, ``fastighetsägare``, ``socialsekreterare``) are a
partner or a target wherever a text names them as a collective of their own: the object of a
measure ('tillsyn på krogar', 'anställer fältassistenter'), a place of work ('en verksamhet där
tre socialsekreterare arbetar'). They are no collective of their own where the noun is
someone's relation or role rather than a group:

- after a possessive pronoun ('deras vårdnadshavare', 'sina medarbetare');
- as a person's role in apposition ('Eva Ek, forskare och polis,', 'Eva Ek och Per Lind, båda
  utredare');
- as the subject of what they only may do ('bolag kan ansöka om medel').
"""

from __future__ import annotations

import re

from graph.model import EntityType
from loaders.mentions.candidates import Candidate

__all__ = ["stands_alone"]

_POSSESSIVES = frozenset(
    ["deras", "dess", "hans", "hennes", "sin", "sitt", "sina", "vår", "vårt", "våra", "er", "ert", "era", "min",
     "mitt", "mina", "din", "ditt", "dina"]
)  # fmt: skip
_MODALS = frozenset(
    ["kan", "kunde", "får", "fick", "bör", "borde", "skulle", "vill", "ville", "måste", "behöver"]
)
# Between a person's name and the role in apposition: ', ', ', båda ', ', som tidigare '.
_APPOSITION = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:båda|bägge|alla|samtliga|tidigare|numera|nu|som|är|var)[ \t]+){0,2}", re.IGNORECASE
)
_TOKEN = re.compile(r"[\wåäöÅÄÖ-]+|,")
_LINKS = frozenset([",", "och", "samt", "eller"])
_NEXT_WORD = re.compile(r"[ \t]+([\wåäöÅÄÖ]+)")
_REACH = 80  # characters looked at before the group
_COORDINATED = 3  # list members walked back over to their determiner


def stands_alone(group: Candidate, text: str, persons: list[Candidate]) -> bool:
    """Whether the group's mention names a collective of its own (see the module's docstring)."""
    if _role_of_person(group, text, persons):
        return False
    after = _NEXT_WORD.match(text, group.end)
    if after is not None and after.group(1).lower() in _MODALS:
        return False
    return not _possessed(group, text)


def _possessed(group: Candidate, text: str) -> bool:
    """'deras vårdnadshavare', 'sina barn och föräldrar': a possessive pronoun before the noun or
    before the list it ends."""
    words = _TOKEN.findall(text, max(0, group.start - _REACH), group.start)
    i = len(words) - 1
    for _ in range(_COORDINATED + 1):
        if i < 0:
            return False
        word = words[i].lower()
        if word in _POSSESSIVES:
            return True
        if word not in _LINKS:
            return False
        i -= 2  # over the link and the list member before it
    return False


def _role_of_person(group: Candidate, text: str, persons: list[Candidate]) -> bool:
    """'Eva Ek, forskare och polis': the noun is the role of the person named right before."""
    for person in persons:
        if person.type is not EntityType.PERSON or person.end > group.start:
            continue
        if _APPOSITION.fullmatch(text, person.end, group.start):
            return True
    return False
