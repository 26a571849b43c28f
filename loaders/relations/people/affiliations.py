"""People's parties and employers: 'Namn (C)', 'Namn, polisinsatschef på X', 'kommunalråd'.

MEMBER_OF comes from a party letter in brackets after a name (or after the name's role), a
party word before it ('socialdemokraten Namn', 'S-politikern Namn'), 'Namn, för Partiet', and
signatures ('För Socialdemokraterna' above or below a name on its own line). WORKS_FOR comes
from a role with its organisation ('Namn, polisinsatschef på lokalpolisområde X', 'X:s
säkerhetschef Namn'); a municipal office without one ('kommunalråd') means the document's
municipality. A contact block (a name on its own line, its role on the next) counts as one
sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.mentions.gazetteer import POLICE_ROOT, Gazetteer, load_gazetteer
from loaders.relations.arguments import SentenceView
from loaders.relations.found_relation import FoundRelation
from loaders.relations.people.municipal_staff import staff_office
from loaders.relations.triggers import ORGANISATIONS

if TYPE_CHECKING:
    from loaders.relations.discourse import RelationContext

_LETTER = re.compile(r"\((S|M|SD|C|V|KD|L|MP)\)")
# Words for a party's members, stem -> party letter ('socialdemokraten', 'moderater').
PARTY_DEMONYMS = {
    "socialdemokrat": "S", "moderat": "M", "sverigedemokrat": "SD", "centerpartist": "C",
    "vänsterpartist": "V", "kristdemokrat": "KD", "liberal": "L", "miljöpartist": "MP",
}  # fmt: skip
_PARTY_WORD_BEFORE = re.compile(
    r"\b(?P<demonym>" + "|".join(PARTY_DEMONYMS) + r")(?:en|erna|er)?\s+$"
    r"|\(?(?P<letter>S|M|SD|C|V|KD|L|MP)\)?-(?:politiker(?:n)?|topp(?:en)?|toppen|ledamot(?:en)?|kommunalråd(?:et)?"
    r"|gruppledare(?:n)?|ordförande(?:n)?|råd(?:et)?)\s+$"
)
_ROLE_HEAD = (
    r"(?:chef|ansvarig|samordnare|koordinator|handläggare|sekreterare|direktör|ordförande|ledamot"
    r"|talesperson|inspektör|kommissarie|assistent|strateg|utredare|analytiker|rektor|minister|ledare"
    r"|mästare|åklagare|kommunikatör|informatör|forskare|professor|docent|språkrör|expert|specialist"
    r"|medarbetare|polis|(?:kommunal|oppositions|region|landstings|stads)råd|utvecklare|rådgivare|arbetare"
    r"|lärare|pedagog|kurator|psykolog|konsulent|värd|ombud|tekniker|planerare|förvaltare|intendent|redaktör"
    r"|reporter|journalist|revisor|controller|jurist|advokat|officer|vakt|väktare|coach|mentor|tränare|vd"
    r"|präst|diakon|generalsekreterare)"
)
# Up to three words before the title: 'vice', 'tillförordnad', adjectives ('brottsförebyggande').
_ROLE = (
    r"(?:(?:vice|biträdande|bitr\.|tillförordnad|tf\.?|ställföreträdande|förste|första|andre|andra|ny|nya"
    r"|nytillträdd|nyanställd|nyutnämnd"
    r"|[a-zåäö]+(?:ande|ende|iga?|iska?|al|ella?))\s+){0,3}"
    r"(?:[a-zåäö]+-\s+(?:och|eller)\s+)?[a-zåäö]*(?:-[a-zåäö]+)?" + _ROLE_HEAD + r"(?:en|et|n)?"
)
_PREP = r"(?:på|vid|i|hos|inom|för)"
# What an office is for, between the title and its organisation: 'chef för underrättelseenheten på
# X', 'samordnare för det brottsförebyggande arbetet i X' (lower-case words only, no other actor).
_DUTY = r"\s+(?:för|inom|med|mot)\s+(?:[a-zåäö][\wåäö-]*\s+){0,5}?[a-zåäö][\wåäö-]*"
# 'Namn, som leder Länsstyrelsens arbete': the duty's organisation in the genitive.
_DUTY_OF = re.compile(
    r"^\s*,?\s*som\s+(?:leder|ledde|ansvarar\s+för|ansvarade\s+för|samordnar|samordnade)\s+$", re.IGNORECASE
)
# 'Namn, som leder arbetet på X': a duty in place of a title.
_DUTY_AFTER = re.compile(
    r"^\s*,?\s*som\s+(?:leder|ledde|ansvarar\s+för|ansvarade\s+för|samordnar|samordnade|arbetar\s+med"
    r"|jobbar\s+med|håller\s+i)\s+(?:[a-zåäö][\wåäö-]*\s+){1,6}?" + _PREP + r"\s+(?:den\s+|det\s+)?$",
    re.IGNORECASE,
)
# After a name: ', polisinsatschef på ' | ' (C), kommunalråd och ordförande i ' | ' är chef på '.
# 'Namn, VD Kalmarhem', 'säger Namn chef Lokalpolisområde X': the preposition and comma may go.
# A copula or verb of working, with a time adverbial: 'som sedan i våras är', 'har arbetat som'.
_BEING = (
    r"(?:(?:sedan\s+[\wåäö]+(?:\s+[\wåäö]+)?|numera|nu|tidigare|till\s+vardags|också|även|idag|i\s+dag)\s+)?"
    r"(?:är|var|har\s+varit|arbetar\s+som|jobbar\s+som|arbetade\s+som|jobbade\s+som|har\s+arbetat\s+som"
    r"|har\s+jobbat\s+som)"
    # an adverbial after the verb: 'är till vardags', 'är sedan 2020', 'är också'
    r"(?:\s+(?:till\s+vardags|sedan\s+[\wåäö]+|numera|också|även|idag|i\s+dag|nu|tidigare|själv))?"
)
_ROLE_AFTER = re.compile(
    rf"^\s*(?:\([^)]{{1,4}}\)\s*)?(?:,\s*(?:som\s+{_BEING}\s+)?"
    rf"|\s+(?:som\s+)?{_BEING}\s+|\s+)"
    rf"(?:{_ROLE}\s*(?:\([^)]{{1,4}}\)\s*)?(?:,|och)\s+)*(?P<role>{_ROLE})"
    rf"(?:{_DUTY}\s+{_PREP}\s+(?:den\s+|det\s+)?|\s+{_PREP}\s+(?:den\s+|det\s+)?|\s+)$",
    re.IGNORECASE,
)
# 'Kontakt: Namn, kommunikatör, Mora kommun': the title, then the organisation after a comma.
_ROLE_COMMA = re.compile(rf"^\s*(?:\([^)]{{1,4}}\)\s*)?,\s*(?P<role>{_ROLE})\s*,\s*$", re.IGNORECASE)
# 'Namn, Polismyndigheten,' / 'Namn, Borås stad.': an organisation in apposition to the name.
_APPOSITION = re.compile(r"\s*,\s*")
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)\n]|och\b|samt\b|$)")
# 'Anna Ek (Skatteverket)': the employer in brackets after the name.
_BRACKET = re.compile(r"\s*\(\s*")
_BRACKET_END = re.compile(r"\s*\)")
# 'Foto: Kriminalvården/Namn', 'Namn / Bildbyrån': a credit line.
_CREDIT = re.compile(r"\s*/\s*")


def _credited_employer(org: Mention) -> bool:
    """A credit line ('Foto: Namn/Bildbyrån') names the photographer's employer when it is a media or
    picture agency; an authority's own picture ('Foto: Kriminalvården/Namn') names its source."""
    return org.type == E.ORGANISATION


# 'Namn, kommunstyrelsens ordförande': the body in the genitive, the role after it.
_BODY_OF_NAME = re.compile(r"\s*(?:\([^)]{1,4}\))?\s*,?\s*(?:(?:som\s+)?(?:är|var)\s+)?", re.IGNORECASE)
_OFFICE_IN_BODY = re.compile(rf"s?\s+(?P<role>{_ROLE})\b", re.IGNORECASE)
# Before a name, after an organisation: 'polisinsatschef på ' + ORG + ', ' + NAME.
_ROLE_PREP_BEFORE = re.compile(rf"(?P<role>{_ROLE})\s+{_PREP}\s+(?:den\s+|det\s+)?$", re.IGNORECASE)
_ROLE_BEFORE = re.compile(rf"\b(?P<role>{_ROLE})\s+$", re.IGNORECASE)
_GENITIVE_ROLE = re.compile(rf"^(?::?s)?\s+(?P<role>{_ROLE})\s+$", re.IGNORECASE)
_AT_ORG = re.compile(
    r"^\s*(?:,\s*)?(?:(?:som\s+)?(?:(?:har\s+)?(?:arbetar|arbetat|arbetade|jobbar|jobbat|jobbade)"
    r"|(?:är|var)\s+(?:anställd|verksam))\s+)?(?:på|vid|hos|från|inom)\s+$",
    re.IGNORECASE,
)
# 'Polisens Anna Ek', 'socialtjänstens Mia Holm': the employer in the genitive right before the name.
_GENITIVE_GAP = re.compile(r"(?::s)?[ \t]+")
_FOR_PARTY = re.compile(
    rf"^\s*(?:,\s*(?:(?:{_ROLE})\s+)?(?:för\s+|i\s+)?|\s+för\s+|\s*\(\s*"
    # 'Namn, ersättare i kommunstyrelsen för X', 'Namn är gruppledare för X', 'Namn, som sitter i nämnden för X'
    rf"|(?:\s*,\s*|\s+(?:är|var)\s+)(?:{_ROLE})(?:\s+(?:i|på)\s+[\wåäö-]+)?\s+för\s+"
    rf"|\s*,?\s+som\s+(?:sitter|satt)\s+i\s+[\wåäö-]+\s+för\s+)$",
    re.IGNORECASE,
)
# 'Anna Ek, S, kommunalråd': a party letter without brackets between commas.
_BARE_LETTER = re.compile(r"\s*,\s*(?P<letter>S|M|SD|C|V|KD|L|MP)\s*(?=[,.;)]|$)")
_MUNICIPAL_ROLE = re.compile(
    r"\b(?P<role>(?:kommunal|oppositions)råd(?:et)?|kommundirektör(?:en)?|kommunchef(?:en)?|stadsdirektör(?:en)?"
    r"|kommunstyrelseordförande(?:n)?|kommunjurist(?:en)?|kommunsekreterare(?:n)?|stadsjurist(?:en)?"
    # heads of a municipality's own services: 'socialchef i Mora', 'skolchefen'
    r"|socialchef(?:en)?|socialdirektör(?:en)?|skolchef(?:en)?|skoldirektör(?:en)?|fritidschef(?:en)?"
    r"|kommunstyrelsens\s+ordförande|kommunfullmäktiges\s+ordförande)\b",
    re.IGNORECASE,
)
# Offices only the police hold ('polis' alone is too loose: 'forskare och polis').
_POLICE_ROLE = re.compile(
    r"(?:[a-zåäö]*polis(?:område|insats)?s?(?:chef|mästare|inspektör)|(?:kommun|områdes?|när|kontakt|medborgar|"
    r"lokal|ungdoms|gräns)polis|kommissarie|kriminalinspektör|insatschef|spaningsledare|förundersökningsledare)"
    r"(?:en|n)?",
    re.IGNORECASE,
)
# Officers (not heads of a unit) whose employer, without an area stated, is the police itself.
_SERVES_THE_POLICE = re.compile(
    r"(?:kommun|områdes?|när|kontakt|medborgar|ungdoms)polis|polis", re.IGNORECASE
)
_POLICE_APPOSITION = re.compile(
    r"\s*(?:\([^)]{1,4}\)\s*)?,\s*(?P<role>polis)(?=\s*(?:[,.;:)\n]|och\s|(?:i|på|vid)\s+[A-ZÅÄÖ]|\Z))"
)
_POLICE_LEAD = re.compile(r"(?:biträdande\s+)?insatsledare(?:n)?", re.IGNORECASE)
_NAME_ONLY = re.compile(r"^[\s,.:;–-]*$")
_SIGNATURE = re.compile(r"^\s*(?:för|från)\s+$", re.IGNORECASE)
_NEAR = 60


def party_letters(text: str, offset: int, mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Mentions for '(C)', '(S)' ... not already covered by a party mention of the sentence."""
    found: list[Mention] = []
    for match in _LETTER.finditer(text):
        start, end = offset + match.start(), offset + match.end()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        party = gazetteer.party_by_letter(match.group(1))
        if party is not None:
            found.append(Mention(start, end, match.group(0), E.POLITICAL_PARTY, party.name))
    return found


def _party(letter_or_demonym: str, gazetteer: Gazetteer, start: int, end: int, text: str) -> Mention | None:
    letter = PARTY_DEMONYMS.get(letter_or_demonym.lower(), letter_or_demonym)
    party = gazetteer.party_by_letter(letter)
    return Mention(start, end, text, E.POLITICAL_PARTY, party.name) if party else None


_NEWLY = frozenset({"ny", "nya", "nytillträdd", "nyanställd", "nyutnämnd"})


def _base_role(role: str) -> str:
    """'Kommunalrådet' -> 'kommunalråd', 'ordföranden' -> 'ordförande', 'chefen' -> 'chef'."""
    words = role.lower().split()
    while len(words) > 1 and words[0] in _NEWLY:  # 'ny chef' is the office 'chef'
        words = words[1:]
    role = " ".join(words)
    head = re.compile(_ROLE_HEAD + r"\Z", re.IGNORECASE)
    for ending in ("et", "en", "n"):
        if role.endswith(ending) and head.search(role[: -len(ending)]):
            return role[: -len(ending)]
    return role


def sentence_affiliations(
    view: SentenceView, index: int | None = None, context: RelationContext | None = None
) -> list[FoundRelation]:
    """MEMBER_OF and WORKS_FOR stated in one sentence."""
    gazetteer = context.gazetteer if context else load_gazetteer()
    text, offset, slots = view.text, view.offset, view.slots
    found: list[FoundRelation] = []
    people = [i for i, s in enumerate(slots) if s.type == E.PERSON]
    for p in people:
        person = slots[p].mention
        assert person is not None
        # -- party: '(C)' after the name or its role; 'för Partiet'; a party word before the name
        for q in range(p + 1, len(slots)):
            other = slots[q]
            if other.start - slots[p].end > _NEAR or other.type == E.PERSON:
                break
            if other.type == E.POLITICAL_PARTY and other.mention is not None:
                gap = text[slots[p].end : other.start]
                if _LETTER.fullmatch(other.mention.text.strip()) or other.mention.text.startswith("("):
                    if "." not in gap and "säger" not in gap:
                        found.append(
                            FoundRelation(person, other.mention, R.MEMBER_OF, 0.9 if not gap.strip() else 0.8)
                        )
                        break
                elif _FOR_PARTY.fullmatch(gap):
                    found.append(FoundRelation(person, other.mention, R.MEMBER_OF, 0.8))
                    break
        bare = _BARE_LETTER.match(text, slots[p].end)
        if bare:
            party = _party(
                bare.group("letter"),
                gazetteer,
                offset + bare.start("letter"),
                offset + bare.end("letter"),
                bare.group("letter"),
            )
            if party:
                found.append(FoundRelation(person, party, R.MEMBER_OF, 0.8))
        before = text[max(0, slots[p].start - 40) : slots[p].start]
        word = _PARTY_WORD_BEFORE.search(before)
        if word:
            key = word.group("demonym") or word.group("letter")
            party = _party(
                key,
                gazetteer,
                offset + slots[p].start - len(before) + word.start(),
                offset + slots[p].start - len(before) + word.end(),
                word.group(0).strip(),
            )
            if party:
                found.append(FoundRelation(person, party, R.MEMBER_OF, 0.8))
        party_before = slots[p - 1].mention if p > 0 else None
        if party_before is not None and party_before.type == E.POLITICAL_PARTY:
            gap = text[slots[p - 1].end : slots[p].start]
            if _GENITIVE_ROLE.fullmatch(gap):  # 'Centerpartiets gruppledare Namn'
                found.append(FoundRelation(person, party_before, R.MEMBER_OF, 0.75))
            elif party_before.text.endswith("s") and re.fullmatch(r"[ \t]+", gap):  # 'Vänsterpartiets Namn'
                found.append(FoundRelation(person, party_before, R.MEMBER_OF, 0.7))
        # -- employer: ', role på ORG' after the name
        for q in range(p + 1, len(slots)):
            other = slots[q]
            if other.start - slots[p].end > 2 * _NEAR or other.type == E.PERSON:
                break
            if other.type not in ORGANISATIONS - {E.POLITICAL_PARTY} or other.mention is None:
                continue
            gap = text[slots[p].end : other.start]
            match = _ROLE_AFTER.match(gap) or (
                _ROLE_COMMA.match(gap) if _APPOSITION_END.match(text, other.end) else None
            )
            if match:
                role = _base_role(match.group("role"))
                found.append(FoundRelation(person, other.mention, R.WORKS_FOR, 0.85, {"role": role}))
            elif _DUTY_AFTER.fullmatch(gap) or (_DUTY_OF.fullmatch(gap) and _genitive(other.mention)):
                found.append(FoundRelation(person, other.mention, R.WORKS_FOR, 0.65))
            elif _AT_ORG.fullmatch(gap):
                # 'Kommunpolis Anna Berg på X': the role, if any, stands before the name.
                title = _ROLE_BEFORE.search(text, 0, slots[p].start)
                properties = {"role": _base_role(title.group("role"))} if title else {}
                found.append(FoundRelation(person, other.mention, R.WORKS_FOR, 0.6, properties))
            elif (
                (_APPOSITION.fullmatch(gap) and _APPOSITION_END.match(text, other.end))
                or (_CREDIT.fullmatch(gap) and _credited_employer(other.mention))
                or (_BRACKET.fullmatch(gap) and _BRACKET_END.match(text, other.end))
            ):
                found.append(FoundRelation(person, other.mention, R.WORKS_FOR, 0.7))
            elif _BODY_OF_NAME.fullmatch(gap) and (
                other.type == E.MUNICIPAL_BODY or _genitive(other.mention)
            ):
                # 'Namn, kommunstyrelsens ordförande', 'Namn, polisens presstalesperson'
                genitive = other.mention.text.endswith("s")
                office = _OFFICE_IN_BODY.match(text, other.end - 1 if genitive else other.end)
                if office and (genitive or text.startswith("s", other.end)):
                    role = _base_role(office.group("role"))
                    found.append(FoundRelation(person, other.mention, R.WORKS_FOR, 0.75, {"role": role}))
            break
        # -- employer before the name: 'chef på ORG, Namn' / 'ORG:s chef Namn'
        if (
            p > 0
            and slots[p - 1].mention is not None
            and slots[p - 1].type in ORGANISATIONS - {E.POLITICAL_PARTY}
        ):
            org = slots[p - 1]
            gap = text[org.end : slots[p].start]
            genitive = _GENITIVE_ROLE.fullmatch(gap)
            if genitive:
                role = _base_role(genitive.group("role"))
                found.append(FoundRelation(person, org.mention, R.WORKS_FOR, 0.8, {"role": role}))  # type: ignore[arg-type]
            elif (_CREDIT.fullmatch(gap) and _credited_employer(org.mention)) or _genitive_before(
                gap, org.mention
            ):  # type: ignore[arg-type]
                found.append(FoundRelation(person, org.mention, R.WORKS_FOR, 0.7))  # type: ignore[arg-type]
            elif re.fullmatch(r"\s*,?\s*", gap):
                prefix = _ROLE_PREP_BEFORE.search(text, 0, org.start)
                if prefix:
                    role = _base_role(prefix.group("role"))
                    found.append(FoundRelation(person, org.mention, R.WORKS_FOR, 0.8, {"role": role}))  # type: ignore[arg-type]
        # -- a municipal office: 'kommunalråd (M) i Järfälla', else the document's municipality
        office = _municipal_office(text, slots[p].end, before)
        if office is not None and not any(
            f.type is R.WORKS_FOR and f.source is person and f.target.type == E.MUNICIPALITY for f in found
        ):
            role, place_at = office
            municipality = (
                _municipality_at(view, place_at, gazetteer)
                or _sole_municipality(view, gazetteer)
                or (context.home_municipality if context else None)
            )
            if municipality is not None:
                found.append(FoundRelation(person, municipality, R.WORKS_FOR, 0.7, {"role": role}))
        # -- a municipal staff office without its employer: 'säkerhetssamordnare Namn'
        if context is not None and not _employed(found, person):
            staff = staff_office(view, p, before, context)
            if staff is not None:
                found.append(staff)
        # -- a police office without its unit: 'kommunpolisen Namn', 'Namn, lokalpolisområdeschef i X'
        if context is not None and not any(f.type is R.WORKS_FOR and f.source is person for f in found):
            police = _police_office(view, p, before, context)
            if police is not None:
                found.append(police)
        # -- an office named after its agency: 'Namn, kriminalvårdschef i Halland'
        if context is not None and not _employed(found, person):
            found += _agency_office(view, p, context)
        # -- an office in the body whose protocol this is: 'Lars Ek (M), ordförande', 'Ordföranden Lars Ek'
        if context is not None and not _employed(found, person):
            seat = _protocol_seat(view, p, before, context)
            if seat is not None:
                found.append(seat)
        # -- a signature: the name ends its line, the role (and organisation) on the lines below
        signs = "\n" in text[slots[p].end : slots[p].end + 8]
        if context is not None and index is not None and signs and not _employed(found, person):
            found += _signature(view, p, index, context)
    if context is not None and index is not None:
        found += _contact_block(view, index, context)
    return found


# The place or area a police office is for: 'lokalpolisområdeschef i Rinkeby', '... norra Lappland'.
_OFFICE_AREA = re.compile(
    r"\s+(?:(?:i|på|vid|för)\s+)?(?P<place>(?:(?:norra|södra|östra|västra|mellersta)\s+)?[A-ZÅÄÖ][\wåäö/-]+"
    r"(?:\s+älvdal)?)"
)
_NEXT_NAME = re.compile(r"\s*")
_ROLE_AREA_BEFORE = re.compile(
    rf"\b(?P<role>{_ROLE})\s+(?:i|på|för)\s+(?P<place>(?:(?:norra|södra|östra|västra)\s+)?[A-ZÅÄÖ][\wåäö/-]+)\s*,?\s+$",
    re.IGNORECASE,
)


def _office_level(role: str) -> str | None:
    """The level of police unit an office heads: 'regionpolischef' -> 'Polisregion'."""
    role = role.lower()
    if "lokalpolisområde" in role:
        return "Lokalpolisområde"
    if "polisområde" in role:
        return "Polisområde"
    if "regionpolis" in role:
        return "Polisregion"
    return None


def _police_office(view: SentenceView, p: int, before: str, context: RelationContext) -> FoundRelation | None:
    """A police office next to a name: the unit of the place it names, else the local police area.

    An office of a level ('lokalpolisområdeschef i Rinkeby', 'regionpolischef i Stockholm') names
    its unit even where the text does not; without a place, a regional office is in the police
    region the document names.
    """
    text, slot = view.text, view.slots[p]
    person = slot.mention
    assert person is not None
    after = re.match(
        r"\s*(?:\([^)]{1,4}\)\s*)?(?:,\s*|\s+(?:som\s+)?(?:är|var|arbetar\s+som|jobbar\s+som)\s+)(?P<role>"
        + _ROLE
        + r")",
        text[slot.end : slot.end + _NEAR],
    )
    role_end = slot.end + after.end() if after else None
    if role_end is not None and any(
        s.type == E.PERSON and _NEXT_NAME.fullmatch(text, role_end, s.start) for s in view.slots[p + 1 :]
    ):
        after, role_end = None, None  # ', lokalpolisområdeschef Jan Ek': the next name's title
    title = after if after and _is_police_role(after.group("role"), context) else None
    if title is None:
        # 'Namn, polis i Mora,': the bare word is an office only in apposition to the name.
        title = _POLICE_APPOSITION.match(text, slot.end)
        role_end = title.end() if title else None
    area: re.Match[str] | None = None
    if title is None:
        title = _ROLE_BEFORE.search(before)
        role_end = None
        if title is None:  # 'Kommunpolisen i Mora, Anna Ek': the office and its area before the name
            title = area = _ROLE_AREA_BEFORE.search(before)
        if title is None or not _is_police_role(title.group("role"), context):
            return None
    level = _office_level(title.group("role"))
    unit = context.police
    if level is None and _SERVES_THE_POLICE.fullmatch(_base_role(title.group("role"))):
        unit = None  # 'kommunpolis Anna Ek' with no area: an officer of the police, not of the local area
    if level == "Polisregion":
        unit = next(
            (
                m
                for _, m in context.all_mentions()
                if m.type == E.POLICE_UNIT and m.canonical.startswith(level)
            ),
            None,
        )
    if role_end is not None:
        place = _OFFICE_AREA.match(text, role_end)
        if place is not None:
            unit = (
                _police_unit_for(context, place.group("place"), level, view.offset + place.start("place"))
                or unit
            )
    if area is not None:
        at = view.offset + slot.start - len(before) + area.start("place")
        unit = _police_unit_for(context, area.group("place"), level, at) or unit
    if unit is None:
        # 'kommunpolis i Linköping', 'rikspolischef Namn': an office only the police hold is the
        # police's, named in the text or not.
        unit = context.first(POLICE_ROOT, E.POLICE_UNIT) or Mention(
            person.start, person.start, POLICE_ROOT, E.POLICE_UNIT, POLICE_ROOT
        )
    return FoundRelation(person, unit, R.WORKS_FOR, 0.65, {"role": _base_role(title.group("role"))})


_AGENCY_OFFICE = re.compile(
    r"\s*(?:\([^)]{1,4}\)\s*)?,\s*(?:(?:regional|biträdande|tillförordnad|vice)\s+)?"
    r"(?P<stem>[a-zåäö]{4,}?)s?(?P<head>chef|direktör)(?:en)?\b(?:\s+(?:i|för)\s+(?P<place>[A-ZÅÄÖ][\wåäö-]+))?"
)


def _agency_office(view: SentenceView, p: int, context: RelationContext) -> list[FoundRelation]:
    """'Namn, kriminalvårdschef i Halland': the agency the title is made of, and its unit in the place."""
    slot = view.slots[p]
    person = slot.mention
    assert person is not None
    office = _AGENCY_OFFICE.match(view.text, slot.end)
    if office is None:
        return []
    stem = office.group("stem").lower()
    forms = (stem + "en", stem + "n", stem + "et")
    # The agency itself, or one of its county units ('Kriminalvården i Dalarna').
    named = {
        m.canonical.partition(" i ")[0]: m
        for _, m in context.all_mentions()
        if m.type == E.AGENCY and m.canonical.partition(" i ")[0].lower() in forms
    }
    if len(named) != 1:
        return []
    name, seen = next(iter(named.items()))
    agency = context.first(name, E.AGENCY) or Mention(
        seen.start, seen.start + len(name), name, E.AGENCY, name
    )
    role = _base_role(view.text[office.start("stem") : office.end("head")])
    found = [FoundRelation(person, agency, R.WORKS_FOR, 0.7, {"role": role})]
    if office.group("place"):
        unit = context.first(f"{agency.canonical} i {office.group('place')}", E.AGENCY)
        if unit is not None:
            found.append(FoundRelation(person, unit, R.WORKS_FOR, 0.7, {"role": role}))
    return found


def _is_police_role(role: str, context: RelationContext) -> bool:
    if _POLICE_ROLE.fullmatch(role.split()[-1]):  # 'biträdande regionpolischef
        return True
    # 'insatsledare' leads rescue operations too: the police's only where no rescue service is named.
    return bool(_POLICE_LEAD.fullmatch(role)) and not any(
        "räddning" in m.canonical.lower() for _, m in context.all_mentions() if m.type == E.AGENCY
    )


def _police_unit_for(context: RelationContext, place: str, level: str | None, start: int) -> Mention | None:
    """The police unit of ``place``: one the document names, else the unit of ``level`` there."""
    for _, m in context.all_mentions():
        if m.type == E.POLICE_UNIT and place.lower() in m.canonical.lower():
            return m
    if level is None:
        return None
    name = f"{level} {place}"
    entries = [e for e in context.gazetteer.lookup(name) if e.type == E.POLICE_UNIT.value]
    if entries:
        name = entries[0].name
    elif level == "Polisregion":
        return None  # the regions are all in the gazetteer
    # The unit as the office names it ('Lokalpolisområde Rinkeby') is an alias of its gazetteer name.
    written = f"{level} {place}"
    return context.first(name, E.POLICE_UNIT) or Mention(
        start, start + len(place), written, E.POLICE_UNIT, name
    )


_SEAT_AFTER = re.compile(
    r"[ \t]*(?:\([^)]{1,4}\)[ \t]*)?(?:,|\n)\s*(?P<role>(?:(?:1:e|2:e|förste|andre|första|andra)\s+)?(?:vice\s+)?ordförande"
    r"|ledamot|tjänstgörande\s+ersättare)\b",
    re.IGNORECASE,
)
_SEAT_BEFORE = re.compile(r"\b(?P<role>(?:vice\s+)?ordförande(?:n)?|ledamoten)\s+$", re.IGNORECASE)


def _genitive(org: Mention) -> bool:
    """Whether a mention is written in the genitive ('polisens', 'Skatteverkets', 'Tullverket:s')."""
    text = org.text
    return text.endswith(":s") or (text.endswith("s") and not org.canonical.endswith("s"))


def _genitive_before(gap: str, org: Mention) -> bool:
    """'Polisens Anna Ek', 'Tullverket:s Anna Ek': the organisation in the genitive, then the name."""
    return bool(_GENITIVE_GAP.fullmatch(gap)) and (org.text.endswith("s") or ":s" in gap)


def _employed(found: list[FoundRelation], person: Mention) -> bool:
    return any(f.type is R.WORKS_FOR and f.source is person for f in found)


def _protocol_seat(view: SentenceView, p: int, before: str, context: RelationContext) -> FoundRelation | None:
    """A chair or member in the protocol of a nämnd or styrelse holds an office in that body."""
    body = context.protocol_body
    if body is None:
        return None
    slot = view.slots[p]
    seat = _SEAT_AFTER.match(view.text, slot.end) or _SEAT_BEFORE.search(before)
    if seat is None:
        return None
    assert slot.mention is not None
    return FoundRelation(slot.mention, body, R.WORKS_FOR, 0.7, {"role": _base_role(seat.group("role"))})


# A role line: the title, then its organisation after a comma or preposition, or on the next line.
_ROLE_LINE = re.compile(
    rf"\s*(?:\([^)]{{1,4}}\)\s*)?\n\s*(?P<role>(?:[A-ZÅÄÖ][a-zåäö]+\s+)?{_ROLE})(?P<rest>[^\n]*)",
    re.IGNORECASE,
)


def _signature(view: SentenceView, p: int, index: int, context: RelationContext) -> list[FoundRelation]:
    """'Anna Berg / brottsförebyggande samordnare, Gävle kommun' (or the organisation a line below)."""
    slot = view.slots[p]
    person = slot.mention
    assert person is not None
    line = _ROLE_LINE.match(view.text, slot.end)
    if line is None:
        return []
    role = _base_role(line.group("role"))
    employer: Mention | None = None
    for other in view.slots[p + 1 :]:
        if other.type == E.PERSON:
            break
        if other.mention is not None and other.type in ORGANISATIONS - {E.POLITICAL_PARTY}:
            employer = other.mention
            break
    if employer is None and index + 1 < len(context.sentences):
        employer = _only_organisation(context.view(index + 1))
    if employer is None:
        return []
    return [FoundRelation(person, employer, R.WORKS_FOR, 0.75, {"role": role})]


def _only_organisation(view: SentenceView) -> Mention | None:
    """The organisation a short line consists of ('Socialförvaltningen')."""
    slots = [s for s in view.slots if s.mention is not None]
    if len(view.text) > 80 or len(slots) != 1 or slots[0].type not in ORGANISATIONS - {E.POLITICAL_PARTY}:
        return None
    rest = view.text[: slots[0].start] + view.text[slots[0].end :]
    return slots[0].mention if _NAME_ONLY.fullmatch(rest) else None


def _municipal_office(text: str, after_name: int, before_name: str) -> tuple[str, int] | None:
    """A municipal office next to a name, and where a following 'i X' would stand."""
    apposition = re.match(
        r"\s*(?:\([^)]{1,4}\)\s*)?(?:,\s*)?(?:(?:S|M|SD|C|V|KD|L|MP)\s*,\s*)?(?:som\s+(?:är|var)\s+)?",
        text[after_name:],
    )
    if apposition:
        office = _MUNICIPAL_ROLE.match(text, after_name + apposition.end(), after_name + _NEAR)
        if office:
            return _base_role(office.group("role")), office.end()
    office = re.search(_MUNICIPAL_ROLE.pattern + r"\s+$", before_name, re.IGNORECASE)
    if office:
        return _base_role(office.group("role")), after_name
    return None


_IN_PLACE = re.compile(r"\s*(?:\([^)]{1,4}\)\s*)?(?:i|för)\s+$", re.IGNORECASE)


def _municipality_at(view: SentenceView, position: int, gazetteer: Gazetteer) -> Mention | None:
    """The municipality of 'i Järfälla' (a place or a municipality) right after ``position``."""
    for slot in view.slots:
        if slot.start < position or slot.mention is None or slot.type == E.POLITICAL_PARTY:
            continue
        if not _IN_PLACE.fullmatch(view.text, position, slot.start):
            return None
        if slot.type == E.MUNICIPALITY:
            return slot.mention
        if slot.type == E.PLACE:
            orgs = gazetteer.children(E.MUNICIPALITY.value, slot.mention.canonical)
            if orgs:
                mention = slot.mention
                return Mention(mention.start, mention.end, mention.text, E.MUNICIPALITY, orgs[0].name)
        return None
    return None


def _sole_municipality(view: SentenceView, gazetteer: Gazetteer) -> Mention | None:
    """The one municipality a sentence names, as a municipality or as its place."""
    found: dict[str, Mention] = {}
    for slot in view.slots:
        mention = slot.mention
        if mention is None:
            continue
        if slot.type == E.MUNICIPALITY:
            found[mention.canonical] = mention
        elif slot.type == E.PLACE:
            for org in gazetteer.children(E.MUNICIPALITY.value, mention.canonical):
                found[org.name] = Mention(mention.start, mention.end, org.name, E.MUNICIPALITY, org.name)
                break
    return next(iter(found.values())) if len(found) == 1 else None


def _only_person(view: SentenceView) -> Mention | None:
    """The person a sentence consists of, as in a signature or a contact block."""
    slots = [s for s in view.slots if s.mention is not None]
    if len(slots) != 1 or slots[0].type != E.PERSON:
        return None
    rest = view.text[: slots[0].start] + view.text[slots[0].end :]
    return slots[0].mention if _NAME_ONLY.fullmatch(rest) else None


def _contact_block(view: SentenceView, index: int, context: RelationContext) -> list[FoundRelation]:
    """A role line under a name line ('kommunalråd (C) och ordförande i X'); a party signature line."""
    found: list[FoundRelation] = []
    if index > 0 and not any(s.type == E.PERSON for s in view.slots):
        person = _only_person(context.view(index - 1))
        if person is not None:
            found += _role_line(view, person, context)
    person = _only_person(view)
    if person is not None:
        for j in (index - 1, index + 1):
            if not 0 <= j < len(context.sentences):
                continue
            line = context.view(j)
            parties = [s for s in line.slots if s.type == E.POLITICAL_PARTY and s.mention is not None]
            if len(parties) == 1 and _SIGNATURE.fullmatch(line.text[: parties[0].start]):
                found.append(FoundRelation(person, parties[0].mention, R.MEMBER_OF, 0.75))  # type: ignore[arg-type]
    return found


def _role_line(view: SentenceView, person: Mention, context: RelationContext) -> list[FoundRelation]:
    text = view.text
    if not re.match(rf"^\s*(?:{_ROLE}|\()", text, re.IGNORECASE):
        return []
    found: list[FoundRelation] = []
    for slot in view.slots:
        if slot.mention is None:
            continue
        if slot.type == E.POLITICAL_PARTY:
            found.append(FoundRelation(person, slot.mention, R.MEMBER_OF, 0.8))
        elif slot.type in ORGANISATIONS:
            prefix = _ROLE_PREP_BEFORE.search(text, 0, slot.start)
            if prefix:
                role = _base_role(prefix.group("role"))
                found.append(FoundRelation(person, slot.mention, R.WORKS_FOR, 0.8, {"role": role}))
    office = _MUNICIPAL_ROLE.search(text)
    if office and context.municipality is not None:
        role = _base_role(office.group("role"))
        found.append(FoundRelation(person, context.municipality, R.WORKS_FOR, 0.7, {"role": role}))
    return found
