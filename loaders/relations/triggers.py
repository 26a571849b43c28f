"""Swedish trigger patterns for relations, and which entity types each relation may join.

A trigger is a word or phrase that states a relation ('samverkar med', 'etablerade sig i',
'avsatte', 'är utformade av'). Its frame tells where the two ends stand:

- ``ACTIVE``: the source is the subject (before the trigger, or right after a fronted verb),
  the target follows the trigger ('Polisen driver insatsen');
- ``PASSIVE``: the target is the subject and the source is the agent after 'av'
  ('Medborgarlöftena är utformade av polisen och kommunen');
- ``MUTUAL``: every pair in the list after the trigger ('samverkan mellan A och B');
- ``FRONTED``: the target is fronted and the subjects follow the verb ('I projektet deltar
  A, B och C', 'Bakom satsningen står A och B').

A trigger may name several relation types; the first whose type signature the two ends
satisfy is taken ('ingår i' is PART_OF between two organisations, PARTICIPATES_IN from an
actor to an initiative). An ``implicit`` trigger without a stated target is about the initiative
named just before ('Kommunen är projektägare och Polisen deltar').
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.cues import Needs, WordFinder, finditer_near, fold, pattern_needs

ORGANISATIONS = frozenset(
    {E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.POLITICAL_PARTY, E.ORGANISATION}
)
ACTORS = ORGANISATIONS | {E.GROUP, E.PERSON}
# Bodies that act on their own in funding, proposing and running (not loose groups of people).
_FUNDERS = ORGANISATIONS | {E.PERSON}

# (source types, target types) per relation type: ONTOLOGY.md, "Relationship types".
SIGNATURES: dict[R, tuple[frozenset[E], frozenset[E]]] = {
    R.COLLABORATES_WITH: (ACTORS, ACTORS),
    R.ESTABLISHED_IN: (frozenset({E.CRIMINAL_GROUP}), frozenset({E.PLACE})),
    # A person's whereabouts are no presence of an actor: 'Namn arbetar på X i Falun'.
    R.ACTIVE_IN: ((ACTORS - {E.PERSON}) | {E.INITIATIVE, E.CRIMINAL_GROUP}, frozenset({E.PLACE})),
    R.FUNDS: (_FUNDERS, ORGANISATIONS | {E.INITIATIVE, E.GROUP}),
    R.PROPOSES: (ACTORS, frozenset({E.INITIATIVE})),
    R.RUNS: (ACTORS, frozenset({E.INITIATIVE})),
    R.PARTICIPATES_IN: (ACTORS, frozenset({E.INITIATIVE})),
    R.PART_OF: (ORGANISATIONS | {E.INITIATIVE}, ORGANISATIONS | {E.INITIATIVE}),
    R.LOCATED_IN: (frozenset({E.PLACE}), frozenset({E.PLACE})),
    R.MEMBER_OF: (frozenset({E.PERSON}), frozenset({E.POLITICAL_PARTY})),
    R.WORKS_FOR: (frozenset({E.PERSON}), ORGANISATIONS - {E.POLITICAL_PARTY}),
    R.COUNTERS: (ACTORS - {E.GROUP}, frozenset({E.CRIMINAL_GROUP})),
}


def allowed(type_: R, source: E, target: E) -> bool:
    """Whether a relation of ``type_`` may join an actor of type ``source`` to one of ``target``."""
    if type_ is R.PART_OF and E.CRIMINAL_GROUP in (source, target):
        return source is target  # a chapter or support club of a gang (loaders.relations.criminal.criminal)
    sources, targets = SIGNATURES[type_]
    if source not in sources or target not in targets:
        return False
    if type_ is R.PART_OF:
        # Organisations inside organisations, initiatives inside initiatives; never a municipality
        # inside its own body, nor across the police and the rest.
        if (source is E.INITIATIVE) != (target is E.INITIATIVE):
            return False
        return (source, target) not in _NOT_PART_OF and (source is E.POLICE_UNIT) == (target is E.POLICE_UNIT)
    return True


# (part, whole) type pairs that are never an organisational hierarchy.
_NOT_PART_OF = frozenset(
    {
        (E.MUNICIPALITY, E.MUNICIPAL_BODY),
        (E.MUNICIPALITY, E.MUNICIPALITY),
        (E.AGENCY, E.MUNICIPAL_BODY),
        (E.AGENCY, E.MUNICIPALITY),
        (E.MUNICIPALITY, E.AGENCY),
        (E.POLITICAL_PARTY, E.MUNICIPAL_BODY),
        (E.POLITICAL_PARTY, E.MUNICIPALITY),
        (E.MUNICIPAL_BODY, E.POLITICAL_PARTY),
        (E.MUNICIPALITY, E.POLITICAL_PARTY),
    }
)


class Frame(Enum):
    ACTIVE = "active"
    PASSIVE = "passive"
    MUTUAL = "mutual"
    FRONTED = "fronted"


@dataclass(frozen=True)
class Trigger:
    name: str
    pattern: re.Pattern[str]
    types: tuple[R, ...]
    frame: Frame = Frame.ACTIVE
    confidence: float = 0.8
    window: int = 90  # characters from the trigger to the start of the target
    sources: frozenset[E] | None = None  # narrower source types than the signature
    # A subjectless trigger takes the actor the discourse is about: "topic" (the subject of
    # the sentences before), "owner" (whose document it is) or "author" (who signs it).
    fallback: str | None = None
    # Without a stated target, the initiative named before it in the sentence or the sentences
    # before ('Sundsvalls kommun är projektägare', 'Polisen och Tullverket deltar').
    implicit: bool = False
    # Words one of which every match holds, and where (``loaders.language.cues``): most sentences need no search.
    needs: Needs | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "needs", pattern_needs(self.pattern))

    @property
    def words(self) -> frozenset[str] | None:
        return self.needs.words if self.needs is not None else None

    @cached_property
    def source_types(self) -> frozenset[E]:
        """The types a source may have: those of its relation types, narrowed by ``sources``."""
        types = frozenset().union(*(SIGNATURES[t][0] for t in self.types))
        return types & self.sources if self.sources is not None else types

    @cached_property
    def target_types(self) -> frozenset[E]:
        return frozenset().union(*(SIGNATURES[t][1] for t in self.types))


def _t(
    name: str,
    pattern: str,
    *types: R,
    frame: Frame = Frame.ACTIVE,
    confidence: float = 0.8,
    window: int = 90,
    sources: frozenset[E] | None = None,
    fallback: str | None = None,
    implicit: bool = False,
) -> Trigger:
    return Trigger(
        name,
        re.compile(pattern, re.IGNORECASE),
        types,
        frame,
        confidence,
        window,
        sources,
        fallback,
        implicit,
    )


_ADVERBS = r"(?:(?:även|också|nära|tätt|mer|mycket|bland\s+annat|redan|fortsatt|aktivt|gärna|nu|i\s+dag|idag)\s+){0,2}"
_WITH = r"\s+" + _ADVERBS + r"med\b"
# Up to three words before 'av', but not 'med stöd av', 'på uppdrag av' (no agent of the verb).
_AV = r"\s+(?:(?!(?:stöd|medel|bidrag|hjälp|uppdrag)\b)\w+\s+){0,3}?av\b"
_MEMBERSHIP = (R.PART_OF, R.PARTICIPATES_IN)
_PARTAKE = r"(?:deltar|deltog|deltagit|delta|medverkar|medverkade|medverkat|medverka)"
# Who owns or leads a project ('är projektägare', 'Huvudman för X är').
_OWNER = r"(?:projektägare|projektägaren|huvudm[ae]n(?:nen)?|projektledare|projektledaren|projektansvarig)"
# Passive forms of a first-conjugation verb: utformas, utformades, utformats, utformad, utformat, utformade.
_PASSIVE_ENDING = r"(?:s|des|ts|d|t|de|da)\b"
_PARTICIPLES = (
    r"(?:utforma|arrangera|organisera|initiera|starta|anordna|administrera|samordna|grunda|skapa|lansera"
    r"|inrätta|sjösätta|utveckla|tillämpa)" + r"(?:s|des|ts|d|t|de|da)"
    r"|driv(?:s|es|its|en|et|na)|drevs|genomför(?:s|des|ts|d|da|t)|led(?:s|des|da)|letts"
    r"|(?:tagits|togs|tas)\s+fram|framtag(?:en|et|na)|anta(?:gits|gs|gen|get|gna)|antogs"
    r"|inled(?:s|des|ts|d|da)|inletts|ägs|ägd|ägda|ansvaras\s+för|sköts|skötts"
)

TRIGGERS: tuple[Trigger, ...] = (
    # -- working together
    _t(
        "i samverkan med",
        r"\bi\s+(?:nära\s+|tät\s+|god\s+)?(?:samverkan|samarbete|partnerskap|dialog|samråd)\s+med\b",
        R.COLLABORATES_WITH,
        confidence=0.85,
        window=120,
        fallback="topic",
    ),
    _t(
        "samverkan med",
        r"\b(?:samverkan|samarbete(?:t|n)?|samverkans?avtal(?:et)?|partnerskap(?:et)?|avtal(?:et)?|överenskommelse(?:n)?"
        r"|samarbetsavtal(?:et)?|avsiktsförklaring(?:en)?)"
        # 'Samverkan sker med A och B'
        r"(?:\s+(?:sker|skedde|har\s+skett|ska\s+ske|kommer\s+att\s+ske)(?:\s+(?:även|också|främst|bland\s+annat))?)?"
        r"\s+med\b",
        R.COLLABORATES_WITH,
        confidence=0.8,
        window=120,
        fallback="owner",
    ),
    _t(
        "samverkar med",
        # The verb alone, 'med' ahead: a subject may stand between ('samverkar regionen med ...').
        r"\b(?:samverka[rt]?|samverkade|samarbeta[rt]?|samarbetade|samordnar\s+sig)\b(?=\s+(?:\S+\s+){0,4}?med\b)"
        # 'samordnar arbetet med A och B': coordinating the work with partners
        r"|\b(?:samordna[rt]?|samordnade)\b(?=\s+(?:(?:sitt|sina|sin|det|den|de|vårt|våra|vår)\s+)?"
        r"(?:arbete(?:t)?|insatser(?:na)?|insatsen|åtgärder(?:na)?|resurser(?:na)?)\s+med\b)",
        R.COLLABORATES_WITH,
        confidence=0.85,
        window=120,
        fallback="topic",
    ),
    _t(
        "tillsammans med",
        r"\b(?:tillsammans|gemensamt|ihop)\s+med\b",
        R.COLLABORATES_WITH,
        confidence=0.8,
        window=100,
        fallback="topic",
    ),
    _t(
        "tagit hjälp av",
        r"\b(?:tar|tog|tagit|ta|får|fick|fått)\s+(?:\w+\s+)?(?:hjälp|stöd|bistånd|draghjälp)\s+(?:av|från)\b"
        r"|\bmed\s+(?:hjälp|bistånd|draghjälp|stöd)\s+(?:av|från)\b",
        R.COLLABORATES_WITH,
        confidence=0.7,
        window=80,
        fallback="topic",
    ),
    _t(
        "samlade aktörerna",
        # Convening the actors of a field: those listed work with whoever convenes them.
        r"\b(?:samlar|samlade|samlat|samla|bjuder\s+in|bjöd\s+in|bjudit\s+in)\b"
        r"(?=\s+(?:\w+\s+){0,2}?(?:aktörer|aktörerna|myndigheter|myndigheterna|samverkansparter|samverkansparterna)\b)",
        R.COLLABORATES_WITH,
        confidence=0.7,
        window=60,
    ),
    _t(
        "A och B gemensamt",
        # 'polisen och kommunen ska gemensamt arbeta ...': everyone in the subject list.
        # 'A och B:s gemensamma lägesbild', 'presenterade sitt gemensamma budgetförslag': their joint work.
        r"\b(?:gemensamt|tillsammans)\b(?!\s+(?:\S+\s+){0,3}?med\b)"
        r"|\b(?:sitt|sin|sina|deras)\s+gemensamma\b|(?<=\ws)\s+gemensamma\b"
        # 'Polis och kommun i samverkan mot bostadsinbrott'
        r"|\bi\s+(?:nära\s+)?(?:samverkan|samarbete)\b(?!\s+(?:\S+\s+){0,3}?(?:med|mellan)\b)",
        R.COLLABORATES_WITH,
        frame=Frame.MUTUAL,
        confidence=0.7,
    ),
    _t(
        "samverkan mellan",
        r"\b(?:samverkan|samarbete(?:t)?|samverkansavtal(?:et)?|överenskommelse(?:n)?|avtal(?:et)?|partnerskap(?:et)?"
        r"|medborgarlöfte(?:t|n|na)?|samarbetsavtal(?:et)?|samverkansmöte(?:t|n|na)?|samverkansgrupp(?:en)?"
        r"|samverkansöverenskommelse(?:n)?)\s+(?:\w+\s+){0,3}?mellan\b",
        R.COLLABORATES_WITH,
        frame=Frame.MUTUAL,
        confidence=0.85,
    ),
    _t(
        "har ett samarbete",
        r"\b(?:har|hade)\s+(?:\w+\s+){0,2}?(?:ett|en)\s+(?:\w+\s+)?(?:samarbete|samverkan)\b(?!\s+(?:med|mellan|kring)\b)",
        R.COLLABORATES_WITH,
        frame=Frame.MUTUAL,
        confidence=0.75,
    ),
    _t(
        "tecknat ett samverkansavtal",
        r"\b(?:tecknat|tecknade|tecknar|undertecknat|undertecknade|skrivit\s+under|skrev\s+under|ingått|ingick"
        r"|ingår)\s+(?:\w+\s+){0,2}?(?:samverkansavtal|samarbetsavtal|överenskommelse|avsiktsförklaring"
        r"|partnerskap|samverkansöverenskommelse|medborgarlöfte)\w*",
        R.COLLABORATES_WITH,
        frame=Frame.MUTUAL,
        confidence=0.8,
    ),
    _t(
        "samverkar",
        r"\b(?:samverkar|samarbetar|samverkade|samarbetade|samverkat|samarbetat)\b(?!\s+(?:\S+\s+){0,4}?med\b)",
        R.COLLABORATES_WITH,
        frame=Frame.MUTUAL,
        confidence=0.75,
    ),
    # -- criminal groups and places
    _t(
        "etablerade sig i",
        r"\b(?:etablera(?:de|t|d|s|r)?|etablering(?:en|ar)?)\s+(?:sig\s+)?(?:\w+\s+){0,2}?(?:i|på)\b",
        R.ESTABLISHED_IN,
        confidence=0.85,
    ),
    _t(
        "har sin bas i",
        r"\b(?:har|hade)\s+(?:\w+\s+){0,3}?(?:sin|sina|sitt|en|ett)\s+(?:bas|baser|fäste|fästen|tillhåll|högkvarter"
        r"|klubblokal|klubbhus|lokal|lokaler)\s+i\b"
        r"|\b(?:baserade?|baserat|förankrade?|förankrat|håller\s+till|huserar|har\s+fått\s+fäste)\s+i\b",
        R.ESTABLISHED_IN,
        confidence=0.85,
    ),
    _t(
        "där X har fått fäste",
        # No place after the verb: the place is the one 'där' stands for ('i A och B, där nätverk har fått fäste').
        r"\b(?:fått|få|får|fick)\s+(?:\w+\s+)?fäste\b(?!\s+(?:i|på)\b)"
        r"|\b(?:etablerat|etablerade|etablerar)\s+sig\b(?!\s+(?:\w+\s+){0,2}?(?:i|på)\b)"
        r"|\b(?:är|var)\s+(?:\w+\s+)?(?:verksamma|etablerade|aktiva|baserade)\b(?!\s+(?:\w+\s+){0,2}?(?:i|på)\b)",
        R.ESTABLISHED_IN,
        confidence=0.7,
        window=5,
    ),
    _t(
        "närvaro i",
        r"\b(?:närvaro(?:n)?|insats(?:en|er|erna)?|verksamhet(?:en)?|kontor(?:et)?|station(?:en)?"
        r"|kontroll(?:en|er|erna)?|razzi(?:a|an|or|orna)|tillslag(?:et|en)?|patrullering(?:en|ar|arna)?|patrull(?:en|er|erna)?)\s+i\b",
        R.ACTIVE_IN,
        confidence=0.75,
        window=50,
        sources=ORGANISATIONS | {E.INITIATIVE},
    ),
    _t(
        "verksamma i",
        # A criminal group active somewhere is based there; anyone else is active there.
        r"\b(?:är|var|blivit|blir)\s+"
        + _ADVERBS
        + r"(?:verksamma?|verksamt|etablerade?|etablerat|starka?|starkt)"
        r"\s+(?:\w+\s+){0,2}?(?:i|på)\b",
        R.ESTABLISHED_IN,
        R.ACTIVE_IN,
        confidence=0.75,
        window=50,
    ),
    _t(
        "pågår i",
        r"\b(?:pågår|pågick|pågått|genomförs|genomfördes|genomförts|bedrivs|bedrevs|sker|skedde|skett"
        r"|äger\s+rum|ägde\s+rum|hålls|hölls|införs|infördes|inleds|inleddes|rullar|rullade|utökas|utökades"
        r"|sprids|spreds|finns|fanns|startar|startade|startas|startades|startat|startats|pågå|drivs|drevs|drivits"
        r"|görs|gjordes|gjorts|införts|utökats|utökat|inletts|bedrivits|vänder\s+sig"
        r"|vände\s+sig|når\s+ut|nådde\s+ut|är\s+igång|var\s+igång|kommit\s+igång)\s+"
        r"(?:(?:sedan|under|från)\s+(?:\d{4}|\w+)\s+)?"  # 'pågår sedan 2020 i A', 'genomfördes under hösten i A'
        r"(?:(?:nu|även|också|främst|bland\s+annat|framför\s+allt|särskilt|i\s+första\s+hand)\s+)?(?:till\s+|i\s+|på\s+(?!plats\b))",
        R.ACTIVE_IN,
        confidence=0.7,
        window=35,
        sources=frozenset({E.INITIATIVE}),
    ),
    _t(
        "riktas mot",
        r"\b(?:riktas|riktades|riktar\s+sig|riktade\s+sig|är\s+riktad|är\s+riktade|koncentreras|koncentrerades"
        r"|fokuserar|fokuserade|fokuseras|inriktas|inriktades)\s+(?:\w+\s+)?(?:mot|på|till)\b",
        R.ACTIVE_IN,
        confidence=0.7,
        window=40,
        sources=ACTORS | {E.INITIATIVE},
    ),
    _t(
        "patrullerade polisen i",
        # A fronted verb with its subject after it ('I helgen patrullerade polisen i A'): the match
        # ends at the verb, so the subject is read after it and the place after the subject.
        r"\b(?:patrullerar|patrullerade|patrullerat|arbetar|arbetade|jobbar|jobbade)\b"
        r"(?=\s+[\wåäö-]+\s+(?:(?:även|också|främst|bland\s+annat|på\s+plats)\s+)?(?:i|på)\s+[A-ZÅÄÖ])",
        R.ACTIVE_IN,
        confidence=0.7,
        window=40,
        sources=ORGANISATIONS | {E.GROUP},
    ),
    _t(
        "arbetar i",
        r"\b(?:arbetar|jobbar|verkar|patrullerar|opererar|arbeta|jobba|patrullera|finnas\s+på\s+plats"
        r"|patrullerade|patrullerat|patrullerats|patrulleras|opererade|verkade|var\s+på\s+plats"
        r"|är\s+verksamma?|är\s+aktiva?|är\s+på\s+plats"
        r"|finns\s+på\s+plats|fanns\s+på\s+plats|varit\s+på\s+plats|funnits\s+på\s+plats|vara\s+på\s+plats|arbetat|jobbat|arbetade|jobbade|är\s+(?:\w+\s+)?(?:aktivt|verksamt))"
        r"\s+(?:\w+\s+){0,2}?(?:i|på)\b",
        R.ACTIVE_IN,
        confidence=0.75,
        window=50,
    ),
    _t(
        "gäller i",
        r"\b(?:gäller|gällde|omfattar|omfattade|riktar\s+sig\s+till|är\s+inriktad\s+på)\s+"
        r"(?:(?:främst|framför\s+allt|bland\s+annat|särskilt|i\s+första\s+hand|hela)\s+)?(?:i\s+|för\s+)?",
        R.ACTIVE_IN,
        confidence=0.65,
        window=30,
        sources=frozenset({E.INITIATIVE}),
    ),
    _t(
        "rör sig i",
        r"\b(?:rör\s+sig|härjar|dominerar|opererar|befinner\s+sig|uppehåller\s+sig)\s+(?:i|på|kring|runt)"
        r"(?:\s+och\s+(?:runt(?:om)?|kring|omkring|i))?\b",
        R.ACTIVE_IN,
        confidence=0.75,
        window=50,
        # Field workers and patrols move about where they work; residents moving about are not actors there.
        sources=frozenset({E.CRIMINAL_GROUP, E.POLICE_UNIT, E.MUNICIPAL_BODY, E.ORGANISATION}),
    ),
    _t(
        "syns i",
        # Being seen or keeping watch somewhere: 'polisen kommer att synas mer i A', 'väktare bevakar A'.
        r"\b(?:synas|syns|synts|synliga?|bevakar|bevakade|bevakat|övervakar|övervakade|patrullerar|patrullerade"
        r"|patrullerat)\s+(?:(?:mer|mera|ofta|oftare|extra|särskilt|även|också|nu|främst)\s+){0,2}(?:i\s+|på\s+)?"
        r"(?=[A-ZÅÄÖ])",
        R.ACTIVE_IN,
        confidence=0.7,
        window=40,
        sources=frozenset({E.POLICE_UNIT, E.MUNICIPAL_BODY, E.ORGANISATION, E.GROUP}),
    ),
    # -- money
    _t(
        "satsar N kronor på",
        r"\b(?:satsa[rt]?|satsade|bidrar|bidrog|bidragit|skänker|skänkte|tillför|tillförde|tillfört|tillföra"
        r"|fördela[rt]?|fördelade|delar\s+ut|delade\s+ut|delat\s+ut)"
        r"\s+(?:med\s+)?[^.;]{0,30}?(?:kronor|kr\b|mnkr|mkr|tkr|msek|miljoner|miljarder|medel|pengar)",
        R.FUNDS,
        confidence=0.75,
        window=60,
        sources=_FUNDERS,
    ),
    _t(
        "ger X N kronor",
        # The recipient before the sum: 'ger projektet 14,2 miljoner kronor', 'beviljat kommunen medel för X'.
        r"\b(?:ger|gav|gett|ge|tilldelar|tilldelade|tilldelat|tilldela|beviljar|beviljade|beviljat|bevilja)\b"
        r"(?!(?:\s+\S+){0,4}?\s+(?:möjlighet\w*|uppdrag\w*|chans\w*|rätt(?:en)?|tillstånd\w*)\b)"
        r"(?=(?:\s+[^\s.;]+){0,7}?\s+(?:[\d,]+\s*(?:kronor|kr\b|mnkr|mkr|tkr|msek|miljoner|miljarder)|(?:medel|bidrag"
        r"|pengar|anslag|ekonomiskt\s+stöd)\b))",
        R.FUNDS,
        confidence=0.75,
        window=60,
        sources=_FUNDERS,
    ),
    _t(
        "står för finansieringen",
        r"\b(?:står|stod|svarar|svarade|ansvarar|ansvarade|tar|tog)\s+(?:\w+\s+)?för\s+(?:\w+\s+)?"
        r"(?:finansieringen|medfinansieringen|delfinansieringen|kostnaden|kostnaderna|notan)\b(?:\s+(?:av|för)\b)?"
        r"|\b(?:finansiär|finansiärer|huvudfinansiär|medfinansiär)\s+(?:av|för|till)\b",
        R.FUNDS,
        confidence=0.8,
        window=80,
        sources=_FUNDERS,
        implicit=True,
    ),
    _t(
        "finansierar",
        r"\b(?:finansiera[rt]?|finansierade|delfinansiera[rt]?|delfinansierade|bekosta[rt]?|bekostade"
        r"|avsätter|avsatte|avsatt|avsätta|anslår|anslog|anslagit|anslå|beviljar|beviljade|beviljat|bevilja"
        r"|skjuter\s+till|sköt\s+till|skjutit\s+till)\b",
        R.FUNDS,
        confidence=0.8,
        window=110,
        sources=_FUNDERS,
    ),
    _t(
        "finansieras av",
        r"\b(?:(?:(?:del)?finansiera|bekosta|sponsra|stötta)"
        + _PASSIVE_ENDING
        + r"|betalas|betalades)"
        + _AV,
        R.FUNDS,
        frame=Frame.PASSIVE,
        confidence=0.85,
    ),
    _t(
        "fått medel från",
        r"\b(?:fått|får|fick|erhållit|erhåller|erhöll|beviljats|tilldelats)\s+[^.;]{0,50}?"
        r"(?:kronor|kr\b|mnkr|mkr|miljoner|miljarder|medel|bidrag|pengar|anslag|stöd)\s+(?:\S+\s+){0,3}?(?:från|ur|av)\b",
        R.FUNDS,
        frame=Frame.PASSIVE,
        confidence=0.75,
    ),
    _t(
        "medel från",
        r"\b(?:medel|bidrag|stöd|pengar|anslag|finansiering|ekonomiskt\s+stöd)\s+(?:från|ur|av)\b",
        R.FUNDS,
        frame=Frame.PASSIVE,
        confidence=0.7,
    ),
    # -- proposing
    _t(
        "yrkar bifall till förslaget",
        # The proposal named before: 'Ärendet gäller Trygghetsplan 2024. Eva Ek (C) yrkar bifall till förslaget.'
        r"\b(?:yrkar|yrkade|yrkat|yrka|instämmer\s+i|tillstyrker|tillstyrkte)\s+(?:bifall\s+till\s+)?(?:\w+\s+){0,2}?"
        r"(?:förslag(?:et)?|motion(?:en)?|ärendet|beslutsförslag(?:et)?|yrkandet)\b",
        R.PROPOSES,
        confidence=0.7,
        window=60,
        implicit=True,
    ),
    _t(
        "föreslår",
        r"\b(?:föreslår|föreslog|föreslagit|föreslå|yrkar|yrkade|yrkat|yrka|kräver|krävde|begär|begärde"
        r"|motionerar|motionerade|lägger\s+fram|lade\s+fram|lagt\s+fram|presenterar\s+ett\s+förslag"
        r"|lägger\s+(?:ett\s+)?förslag|väcker\s+(?:en\s+)?motion)\b",
        R.PROPOSES,
        confidence=0.8,
        window=110,
        fallback="author",
    ),
    _t(
        "partiet lovar",
        # A party's promise is its proposal ('Partiet lovar fler fältassistenter'); others' promises
        # (a medborgarlöfte's 'Polisen lovar att ...') are undertakings, read as running.
        r"\b(?:lovar|lovade|har\s+lovat|utlovar|utlovade|går\s+till\s+val\s+på|gick\s+till\s+val\s+på)\b",
        R.PROPOSES,
        confidence=0.7,
        window=110,
        sources=frozenset({E.POLITICAL_PARTY}),
    ),
    _t(
        "budgetförslag",
        r"\b(?:budgetförslag(?:et)?|budgetalternativ(?:et)?|motion(?:en)?|förslag(?:et)?|yrkande(?:t)?"
        r"|reservation(?:en)?)\b",
        R.PROPOSES,
        confidence=0.75,
        window=110,
        fallback="author",
    ),
    _t(
        "vill inrätta",
        r"\b(?:vill|bör|borde|skulle\s+kunna|vore\s+det\s+\w+\s+att)\s+(?:\w+\s+){0,6}?"
        r"(?:inrätta|införa|starta|skapa|bygga\s+upp|utreda|ta\s+fram)\b"
        r"|(?:^|:\s*)(?:inför|inrätta|starta|skapa)\s+(?=en\b|ett\b)",
        R.PROPOSES,
        confidence=0.7,
        window=110,
        fallback="author",
    ),
    # -- running
    _t(
        "driver",
        r"\b(?:driver|drev|drivit|driva|bedriva|bedriver|bedrev|bedrivit|genomför|genomförde|genomfört|genomföra|inleder"
        r"|inledde|inlett|inleda|startar|startade|startat|starta|antar|antog|antagit|anta"
        r"|(?:ansvarar|ansvarade)\s+för(?!\s+(?:\w+\s+)?(?:finansiering|kostnad))|står\s+bakom|stod\s+bakom|tar\s+fram|tog\s+fram|tagit\s+fram"
        r"|(?:går|gick|gått|gå)\s+vidare\s+med"
        # infinitives after 'ska', 'har till uppgift att', 'fått i uppdrag att'
        r"|samordna|samordnar|samordnade|samordnat|initiera|initierar|initierade|initierat|leda|arrangera"
        r"|anordna|organisera|lansera"
        r"|arbetar\s+(?:enligt|utifrån)|jobbar\s+(?:enligt|utifrån)|arrangerar|arrangerade|anordnar|anordnade"
        r"|organiserar|organiserade|lanserar|lanserade|lanserat|införde|infört|inrättar|inrättade|inrättat"
        r"|sjösätter|sjösatte|sjösatt|håller\s+i|leder|ledde|lett|utvecklar|utvecklade|utvecklat|tillämpar"
        # 'grova brott hanterar utredningen': the unit that conducts an investigation
        r"|hanterar|hanterade|hanterat|handlägger|handlade"
        r"|tillämpade|tecknat|tecknade|tecknar|undertecknat|undertecknade|skrivit\s+under|skrev\s+under"
        # 'använder metoden X': a method applied is run
        r"|(?:använder|använde|använt)\s+(?:sig\s+av\s+)?(?=(?:metoden|modellen|arbetssättet|konceptet)\b)"
        r"|godkänner|godkände|godkänt|fastställer|fastställde|fastställt|ingått(?!\s+i\b)|ingick(?!\s+i\b))"
        r"\b(?!\s+till\b)",
        R.RUNS,
        confidence=0.8,
        window=90,
    ),
    _t(
        "bakom X står",
        r"\bbakom\s+(?:\S+\s+){1,6}?(?:står|stod)\b",
        R.RUNS,
        frame=Frame.FRONTED,
        confidence=0.8,
    ),
    _t(
        "är huvudman för",
        r"\b(?:är|var|blir|blev|står\s+som)\s+" + _ADVERBS + r"(?:\w+\s+)?" + _OWNER + r"\s+för\b"
        r"|\bhuvudman(?:nen)?\s+för\b",
        R.RUNS,
        confidence=0.8,
    ),
    _t(
        "är projektägare",
        r"\b(?:är|var|blir|blev|står\s+som)\s+"
        + _ADVERBS
        + r"(?:\w+\s+)?"
        + _OWNER
        + r"\b(?!\s+(?:för|till)\b)",
        R.RUNS,
        confidence=0.75,
        implicit=True,
    ),
    _t(
        "projektägare är",
        r"\b" + _OWNER + r"\s+(?:för\s+(?:\S+\s+){1,5}?)?(?:är|blir|var|blev)\b",
        R.RUNS,
        frame=Frame.FRONTED,
        confidence=0.75,
        implicit=True,
    ),
    _t(
        "arbetar med",
        r"\b(?:arbetar|jobbar|arbetade|jobbade|arbetat|jobbat)\s+" + _ADVERBS + r"med\b",
        R.RUNS,
        confidence=0.6,
        window=40,
    ),
    _t(
        "drivs av",
        r"\b(?:" + _PARTICIPLES + r")" + _AV + r"|\bi\s+regi\s+av\b",
        R.RUNS,
        frame=Frame.PASSIVE,
        confidence=0.85,
    ),
    _t(
        "på uppdrag av",
        # Who commissions an effort runs it: 'Kartläggningen görs på uppdrag av kommunen'.
        r"\bpå\s+uppdrag\s+av\b",
        R.RUNS,
        frame=Frame.PASSIVE,
        confidence=0.7,
    ),
    # -- taking part, being part
    _t(
        "ingår i",
        r"\b(?:ingår|ingick|ingått|" + _PARTAKE + r")\s+" + _ADVERBS + r"i\b"
        r"|\b(?:är|var|blir|blev)\s+"
        + _ADVERBS
        + r"(?:med|delaktiga?|part(?:er)?|(?:en\s+)?(?:\w+\s+)?part)\s+i\b"
        r"|\b(?:är|var)\s+" + _ADVERBS + r"(?:en|ett|några|två|tre)\s+av\s+(?:de\s+)?(?:\w+\s+){0,2}?"
        r"(?:parterna|aktörerna|samverkansparterna|deltagarna|medlemmarna|organisationerna|myndigheterna"
        r"|partnerna|parter|aktörer|deltagare)\s+i\b"
        # a subject after the verb: 'Sedan i höstas medverkar även A och B i X'
        r"|\b"
        + _PARTAKE
        + r"(?=\s+"
        + _ADVERBS
        + r"(?:[A-ZÅÄÖ]|[a-zåäö]+(?:en|et|na)\s)(?:[^\s.;:]*\s+){1,8}?i\b)"
        r"|\b" + _PARTAKE + r"\s+med\s+(?:\S+\s+){1,3}?i\b"
        r"|\b(?:ansluter|anslöt|anslutit)\s+sig\s+till\b",
        R.PART_OF,
        R.PARTICIPATES_IN,
        confidence=0.8,
        window=60,
    ),
    _t(
        "i X deltar",
        r"\b(?:deltar|deltog|medverkar|medverkade|ingår|ingick|finns\s+med)\b(?!\s+(?:\S+\s+){0,2}?i\b)",
        R.PARTICIPATES_IN,
        frame=Frame.FRONTED,
        confidence=0.75,
        implicit=True,
    ),
    _t(
        "en del av",
        r"\b(?:är|utgör|blir|var|blev)\s+(?:\w+\s+){0,2}?(?:en\s+)?del\s+av\b"
        r"|\b(?:är|utgör)\s+(?:\w+\s+){0,2}?ett\s+led\s+i\b"
        r"|\b(?:tillhör|tillhörde|hör\s+till|lyder\s+under|sorterar\s+under|är\s+underställda?)\b",
        *_MEMBERSHIP,
        confidence=0.8,
        window=60,
    ),
    # -- acting against criminal groups
    _t(
        "bekämpar",
        r"\b(?:bekämpa[rt]?|bekämpade|bekämpning(?:en)?\s+av|motverka[rt]?|motverkade|motarbeta[rt]?"
        r"|motarbetade|stoppa[rt]?|stoppade|stävja[rt]?|störa|stör|slå\s+(?:ut|sönder|mot)|slog\s+(?:ut|sönder|mot)"
        r"|knäcka|knäckte|tillslag\s+mot|insats(?:er)?\s+mot|kamp(?:en)?\s+mot|arbete(?:t)?\s+mot"
        r"|åtgärder\s+mot|fått\s+bort|få\s+bort|fick\s+bort|driva\s+bort|drev\s+bort|drivit\s+bort|köra\s+bort"
        r"|körde\s+bort|tränga\s+undan|trängt\s+undan|trycka\s+tillbaka|gripit|grep|griper|gripa|lagfört|lagföra"
        r"|razzia\s+mot|slagit\s+till\s+mot|slog\s+till\s+mot|kartlägg(?:er|a|t|de)|utreder|utredde)\b",
        R.COUNTERS,
        confidence=0.75,
        window=70,
    ),
    _t("mot", r"\bmot\b", R.COUNTERS, confidence=0.6, window=30),
)


class TriggerSet:
    """Triggers in the order they are read, and which of them a text lets match at all."""

    def __init__(self, triggers: Iterable[Trigger]) -> None:
        self.triggers = tuple(triggers)
        self._always = {k for k, trigger in enumerate(self.triggers) if trigger.words is None}
        self._by_word: dict[str, list[int]] = defaultdict(list)
        for k, trigger in enumerate(self.triggers):
            for word in trigger.words or ():
                self._by_word[word].append(k)
        # The words that place a match are looked for too.
        anchors = {
            word
            for trigger in self.triggers
            if trigger.needs and trigger.needs.placed
            for word in trigger.needs.offsets
        }
        self._finder = WordFinder(anchors | set(self._by_word))

    def possible(self, text: str) -> list[Trigger]:
        """The triggers, in order, that may match ``text``: those left out cannot."""
        return [trigger for trigger, _ in self.read(text)]

    def read(self, text: str) -> list[tuple[Trigger, Iterator[re.Match[str]]]]:
        """The triggers, in order, that may match ``text``, each with its matches (as
        ``finditer`` gives them, found only where the trigger's words let a match start)."""
        occurrences = self._finder.occurrences(fold(text))
        found = set(self._always)
        for word in occurrences:
            found.update(self._by_word.get(word, ()))
        return [
            (trigger, finditer_near(trigger.pattern, trigger.needs, text, occurrences))
            for trigger in (self.triggers[k] for k in sorted(found))
        ]


# Words before a mention that make it the object of a preposition, never a subject.
PREPOSITIONS = frozenset(
    [
        "i",
        "på",
        "av",
        "med",
        "för",
        "från",
        "till",
        "mot",
        "hos",
        "om",
        "enligt",
        "utifrån",
        "inom",
        "under",
        "genom",
        "via",
        "vid",
        "åt",
        "bland",
        "efter",
        "kring",
        "runt",
        "utan",
        "än",
        "hos",
        "inför",
        "ur",
        "över",
        "mellan",
        "trots",
        "bakom",
    ]
)
# Sentence cues that a sum was proposed rather than decided.
PROPOSAL_CUES = re.compile(
    r"\b(?:budgetförslag\w*|förslag(?:et)?|föreslår|föreslog|föreslagit|yrkar|yrkade|yrkande\w*|motion\w*"
    r"|vill|skulle|bör|borde|reservation\w*|budgetalternativ\w*|anser|ansåg|tycker|kräver|krävde|vore)\b",
    re.IGNORECASE,
)
