"""Towns listed as actors are their municipalities: 'där Mora, Orsa och Rättvik enats om en
plan', 'Mora och Orsa blir först ut med metoden'.

A list of two or more towns that no place preposition governs ('i Mora och Orsa', 'från Mora,
Orsa och Leksand') names the municipalities, as Swedish writes a town for its kommun when the
town does something. Each town becomes the municipality the gazetteer names after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import UPPER, Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_acting_towns"]

_NAME = rf"[{UPPER}][\w-]+"
_LIST = Gated(
    re.compile(rf"(?P<list>{_NAME}(?:[ \t]*,[ \t]*{_NAME})*[ \t]+(?:och|samt)[ \t]+{_NAME})(?![\w-])"),
    r" och | samt ",
)
_MEMBER = re.compile(_NAME)
# A place preposition (or a word that makes the list places) right before the list.
_BEFORE = re.compile(
    r"(?:\b(?:i|på|från|till|vid|mellan|kring|utanför|inom|runt|genom|mot|över|av|om|med|för|norr|söder"
    r"|öster|väster|nära|bland|centrala|hela|orterna|städerna|tätorterna)|[\d:–-])[ \t]*\Z",
    re.IGNORECASE,
)
# A plural noun right before the list says what its members are ('lokalpolisområdena Mora och Orsa').
_PLURAL_BEFORE = re.compile(r"\b\w+(?:na|erna|arna|orna)[ \t]+\Z", re.IGNORECASE)
# Words after the list that make it places or name something else ('Mora och Orsa kommuner').
_AFTER = re.compile(r"[ \t]*(?:kommuner|kommun|städer|stad|län|centrum|tingsrätter|[-–:(])", re.IGNORECASE)


def find_acting_towns(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Municipality candidates for the towns of a list that no place preposition governs."""
    text = scan.text
    for m in _LIST.finditer(scan):
        towns = [(name, _municipality(lexicon, name.group(0))) for name in _MEMBER.finditer(m.group("list"))]
        while towns and towns[0][1] is None:
            towns.pop(0)  # 'Där Mora och Orsa enats': the list starts at the first town
        if len(towns) < 2 or any(municipality is None for _, municipality in towns):
            continue
        first = m.start("list") + towns[0][0].start()
        if (
            _BEFORE.search(text, max(0, first - 16), first)
            or _PLURAL_BEFORE.search(text, max(0, first - 30), first)
            or _AFTER.match(text, m.end())
        ):
            continue
        if (
            scan.is_sentence_initial(first)
            and text[scan.sentence_end(first) - 1 : scan.sentence_end(first)] != "."
        ):
            continue  # a heading that lists towns names places
        for name, municipality in towns:
            start = m.start("list") + name.start()
            yield Candidate(
                start,
                start + len(name.group(0)),
                name.group(0),
                EntityType.MUNICIPALITY,
                municipality,
                "acting_town",
                priority=4,
            )


def _municipality(lexicon: Lexicon, name: str) -> str | None:
    """The municipality named after a town ('Mora' -> 'Mora kommun'), when the name is a town."""
    gazetteer = lexicon.gazetteer
    places = [e for e in gazetteer.lookup(name) if e.type == "Place" and e.attribute("code")]
    found = gazetteer.children(EntityType.MUNICIPALITY.value, places[0].name) if places else []
    return found[0].name if found else None
