"""Offices in a list of members stand for the organisations that hold them.

'Rådet består av kommundirektören, socialchefen och kommunpolisen', 'en grupp där säkerhetschefen
och kommunpolis ingår': a member named by an office only one kind of organisation has is that
organisation taking part (ONTOLOGY.md, "Annotation conventions": in a list of offices and
representatives, their organisations are the members). A police office is the Police's; a
municipal office is the document's municipality's. Each office becomes a mention of its
organisation at the office's place in the sentence, for the readings of membership lists only.
"""

from __future__ import annotations

import re

from graph.model import EntityType as E
from loaders.language.cues import WordGate
from loaders.mentions.document import Mention
from loaders.mentions.gazetteer import POLICE_ROOT
from loaders.relations.discourse import RelationContext

__all__ = ["with_member_roles"]

# Offices only the police hold (SSYK; Polismyndigheten, befattningar).
_POLICE = re.compile(
    r"\b(?:kommunpolis|kommunpoliser|områdespolis|närpolis|lokalpolisområdeschef|polisområdeschef|polischef"
    r"|polisinspektör|polisinsatschef)(?:en|erna|na)?\b",
    re.IGNORECASE,
)
# Offices only a municipality holds (SKR, förtroendeuppdrag och chefsbefattningar i kommuner).
_MUNICIPAL = re.compile(
    r"\b(?:kommundirektör|kommunchef|stadsdirektör|säkerhetschef|socialchef|skolchef|fritidschef|kulturchef"
    r"|förvaltningschef|kommunalråd|säkerhetssamordnare|trygghetssamordnare|brottsförebyggande\s+samordnare"
    r"|folkhälsosamordnare|socialtjänstchef)(?:en|erna|et|na|n)?\b",
    re.IGNORECASE,
)
# A cue that the sentence lists members: only such sentences get the offices as mentions.
_MEMBERSHIP = re.compile(
    r"\b(?:ingår|ingick|ingå|består\s+av|bestod\s+av|bestå\s+av|utgörs\s+av|utgöras\s+av|sitter|satt|sitta|deltar"
    r"|deltog|delta|medverkar|medverkade|medverka"
    r"|finns\s+med|representanter|representerade)\b",
    re.IGNORECASE,
)
_MEMBERSHIP_GATE = WordGate(_MEMBERSHIP)  # most sentences hold none of its words


def with_member_roles(
    context: RelationContext, i: int, mentions: list[Mention], *, listed: bool = False
) -> list[Mention]:
    """The sentence's mentions, with each office of a list of members as its organisation; an item
    line under a line announcing members (``listed``) needs no word of membership of its own."""
    text, base = context.sentences[i].text, context.sentences[i].start
    if not listed and not (_MEMBERSHIP_GATE.may_match(text) and _MEMBERSHIP.search(text)):
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    extra: list[Mention] = []
    for pattern, organisation in ((_POLICE, _police(context)), (_MUNICIPAL, context.home_municipality)):
        if organisation is None:
            continue
        for match in pattern.finditer(text):
            start, end = base + match.start(), base + match.end()
            if any(a < end and start < b for a, b in taken):
                continue
            extra.append(
                Mention(start, end, match.group(0), organisation.type, organisation.canonical, rule="office")
            )
    if not extra:
        return mentions
    return sorted([*mentions, *extra], key=lambda m: (m.start, -m.end))


def _police(context: RelationContext) -> Mention | None:
    """The Police, as the document names it."""
    return context.first(POLICE_ROOT, E.POLICE_UNIT) or Mention(0, 0, POLICE_ROOT, E.POLICE_UNIT, POLICE_ROOT)
