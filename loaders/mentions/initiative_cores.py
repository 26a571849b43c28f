"""The short name a named initiative goes by after it is introduced.

'Polisen inledde i går Operation Vinterljus i Ås. ... Inom ramen för Vinterljus har 40 personer
gripits.': a text introduces an operation with its kind and its place, then calls it by its proper
name alone. The short name (without 'Operation' before it or 'i <Ort>' after it) is read as a
later mention of the same initiative, so that what the text says of it is read too.
"""

from __future__ import annotations

import re

from loaders.mentions.lexicon import Lexicon

__all__ = ["short_name"]

_KIND = re.compile(r"^(?:Operation|Operationen|Insatsen|Projektet|Satsningen|Kampanjen)\s+(?=[A-ZÅÄÖ])")
_PLACE_AFTER = re.compile(r"\s+(?:i|på)\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*)?\Z")
_MIN_LENGTH = 4


def short_name(name: str, lexicon: Lexicon) -> str | None:
    """The proper name inside an initiative's longer name, or None when it has none of its own (a
    place, a known actor, a lower-case phrase, a word too short to be told from others)."""
    core = _PLACE_AFTER.sub("", _KIND.sub("", name))
    if core == name or len(core) < _MIN_LENGTH or not core[:1].isupper():
        return None
    if lexicon.gazetteer.lookup(core) or core.lower() in lexicon.gazetteer.first_names:
        return None
    return core
