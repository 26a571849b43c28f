"""Initiatives described as what an actor carries out: 'Polisen bedriver ett långsiktigt arbete
mot narkotikahandeln', 'kommunen har i samarbete med polisen genomfört en trygghetsundersökning
under 2022', 'lokalpolisområdet genomförde en riktad insats i Gävle'.

ONTOLOGY.md counts a described effort as an initiative even without a proper name. The object of a
verb of carrying out (driver, bedriver, genomför, har inlett, startar, leder, arrangerar, anordnar,
ansvarar för, tar initiativ till) is one when its head is an effort noun (arbete, insats, satsning,
konferens, dialog, kontroll, undersökning, ...) and something qualifies it: a compound
('trygghetsundersökning'), an adjective ('långsiktigt arbete') or a complement ('arbete mot X').
Its name is the noun phrase without its determiner and with its complements; the phrase without a
trailing place, the bare qualified head and the phrase with its purpose ('för att ...') are aliases.

The verb's subject RUNS it; the partners named in the clause ('i samverkan med A och B',
'tillsammans med A', 'i samråd med A') PARTICIPATE_IN it; it is ACTIVE_IN the places its
complements name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.cues import WordGate
from loaders.language.words import is_finite_verb
from loaders.mentions.document import Mention
from loaders.mentions.gazetteer import POLICE_ROOT
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation

__all__ = ["undertaking_relations"]

_VERB = re.compile(
    r"(?<![\wåäö])(?:driver|drev|drivit|driva|bedriver|bedrev|bedrivit|bedriva|genomför|genomförde|genomfört"
    r"|genomföra|inleder|inledde|inlett|inleda|startar|startade|startat|starta|leder|ledde|leda"
    r"|arrangerar|arrangerade|arrangerat|arrangera|anordnar|anordnade|anordnat|anordna|organiserar"
    r"|organisera|håller\s+i|höll\s+i|hållit\s+i|hålla\s+i"
    r"|ansvarar\s+för|ansvarade\s+för|ansvarat\s+för|ansvara\s+för"
    r"|(?:tar|tog|tagit|ta)\s+initiativ(?:et)?\s+till)(?![\wåäö])(?!\s+till\b)",
    re.IGNORECASE,
)
_VERB_GATE = WordGate(_VERB)  # most sentences hold none of its words
# Effort nouns, ending a word (a compound is fine), with the endings they take.
_HEAD = re.compile(
    r"(?P<head>arbete|samverkan|insats|satsning|projekt|kampanj|konferens|seminari|utbildning|dialog|möte"
    r"|kontroll|vandring|undersökning|kartläggning|samordning|analys|operation|aktivitet|åtgärd|program"
    r"|nätverk|forum|samtal|övning|träff|tillslag|razzia|patrullering|verksamhet|upphandling|mätning"
    r"|utredning)(?P<infl>[a-zåäö]*)\Z"
)
_ENDINGS: dict[str, tuple[frozenset[str], frozenset[str]]] = {}  # head -> (indefinite, definite)


def _endings(indefinite: str, definite: str) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(indefinite.split()), frozenset(definite.split())


_COMMON = _endings("_ er", "en erna")
for _h in (
    "insats",
    "kampanj",
    "konferens",
    "dialog",
    "kontroll",
    "analys",
    "operation",
    "aktivitet",
    "åtgärd",
):
    _ENDINGS[_h] = _COMMON
for _h in (
    "satsning",
    "utbildning",
    "vandring",
    "undersökning",
    "kartläggning",
    "samordning",
    "övning",
    "träff",
    "patrullering",
    "upphandling",
    "mätning",
    "utredning",
):
    _ENDINGS[_h] = _endings("_ ar", "en arna")
_ENDINGS["arbete"] = _endings("_", "t")
_ENDINGS["samverkan"] = _endings("_", "")
_ENDINGS["projekt"] = _endings("_", "et")
_ENDINGS["seminari"] = _endings("um er", "et erna")
_ENDINGS["möte"] = _endings("_ n", "t na")
_ENDINGS["program"] = _endings("_", "met")
_ENDINGS["nätverk"] = _endings("_", "et")
_ENDINGS["forum"] = _endings("_", "et")
_ENDINGS["samtal"] = _endings("_", "et en")
_ENDINGS["tillslag"] = _endings("_", "et en")
_ENDINGS["razzia"] = _endings("_ or", "n orna")
_ENDINGS["verksamhet"] = _endings("_ er", "en erna")

_WORD = re.compile(r"[\wåäöÅÄÖ][\wåäöÅÄÖ:/-]*|[^\s\wåäöÅÄÖ]")
_DETERMINERS = frozenset(["en", "ett", "flera", "ytterligare", "några", "två", "tre", "fyra", "fem", "olika"])
_KEPT_QUANTIFIERS = frozenset(["fler", "ökad", "ökat", "ökade", "bättre", "utökad", "utökat", "utökade"])
_INTENSIFIERS = frozenset(["särskilt", "extra", "mer", "mycket", "tydligt", "väl"])
# What criminals carry out is no initiative: 'genomföra brottslig verksamhet'.
_CRIMINAL = frozenset(
    ["brottslig", "brottsliga", "brottsligt", "kriminell", "kriminella", "kriminellt", "olaglig", "olagliga"]
)
_DROPPED = frozenset(["ny", "nytt", "nya", "egen", "eget", "egna", "antal", "par"])
_ADJECTIVE = re.compile(
    r"[a-zåäö]{2,}(?:ad|ade|at|isk|iskt|iska|ig|igt|iga|ell|ellt|ella|lig|ligt|liga|iv|ivt|iva|ande|ende"
    r"|sam|samt|samma|al|alt|ala|är|ära|ärt)\Z"
)
_NOT_ADJECTIVE = frozenset(
    ["att", "det", "mot", "inte", "samt", "bland", "annat", "vad", "mellan", "sedan", "tillsammans", "idag"]
)
_PREPOSITIONS = frozenset(
    ["mot", "för", "kring", "med", "om", "på", "i", "inom", "under", "mellan", "av", "till", "vid", "runt"]
)
# Prepositions that make a definite head an initiative of its own ('arbetet mot X'), where a place or
# a time ('insatsen i Gävle') only refers back to one named before.
_CONTENT_PREPOSITIONS = frozenset(["mot", "för", "kring", "med", "om", "av"])
# Words that end a complement.
_STOP = frozenset(
    [
        "som", "där", "vilket", "vilka", "när", "då", "eftersom", "samt", "men", "eller", "genom", "sedan",
        "också", "även", "nu", "idag", "igen", "gemensamt", "tillsammans", "bland", "både", "ska", "skall",
        "kommer", "kan", "har", "är", "var", "blev", "blir", "och", "att",
    ]
)  # fmt: skip
# Partners named in the clause: 'i samverkan med', 'tillsammans med', 'i samråd med', 'i samarbete med'.
_PARTNER = re.compile(
    r"\b(?:i\s+(?:nära\s+)?(?:samverkan|samarbete|samråd|dialog)\s+med|tillsammans\s+med|med\s+stöd\s+(?:av|från))\s+",
    re.IGNORECASE,
)
# Phrases that end a noun phrase's complements.
_AFTER_PHRASE = re.compile(
    r"(?:i\s+samband\s+med|i\s+syfte|med\s+(?:fokus|inriktning|målet|syfte)|bland\s+annat|i\s+form\s+av"
    r"|under\s+(?:ledning|rubriken)|med\s+hjälp\s+av)\b",
    re.IGNORECASE,
)
# What may stand between the verb and its object: adverbs, an inverted subject, a partner phrase.
_GAP_WORDS = frozenset(
    [
        "även", "också", "nu", "redan", "tidigare", "gemensamt", "tillsammans", "under", "året", "våren",
        "hösten", "sommaren", "vintern", "i", "dag", "idag", "sedan", "dessutom", "bland", "annat", "med",
        "samverkan", "samarbete", "samråd", "nära", "och", "fortsatt", "återkommande", "regelbundet",
        "löpande", "aktivt", "kontinuerligt", "under", "förra", "veckan", "helgen", "flera", "platser",
    ]
)  # fmt: skip
_WISH = re.compile(
    r"\b(?:vill|ville|föreslår|föreslog|kräver|krävde|bör|borde|yrkar|yrkade|skulle|önskar|planerar)\b"
    r"|\b(?:inte|ej|aldrig)\b",
    re.IGNORECASE,
)
_AUXILIARY = re.compile(
    r"\b(?:ska|skall|kommer\s+att|lovar\s+att|lovade\s+att|avser\s+att|kan|måste|fortsätter\s+att"
    r"|fortsätta\s+att|börjar|började|beslutat\s+att|beslutade\s+att|beslutar\s+att)\s+(?:\w+\s+)?\Z",
    re.IGNORECASE,
)
_BARE_POLICE = re.compile(r"\b(?:polis|polisen)(?:\s+och\s+\w+)?\s+(?:\w+\s+)?\Z", re.IGNORECASE)
_PLACE_IN = re.compile(r"\b(?:i|på|inom)\s+\Z")
_PLACE_AND = re.compile(r"(?:,|\boch|\bsamt)\s+\Z")
_JOINTLY = re.compile(r"\bgemensamt\s+(?:\w+\s+)?\Z", re.IGNORECASE)
_INDEFINITE = re.compile(r"\s*(?:en|ett)\s", re.IGNORECASE)
_RUNNERS = frozenset({E.POLICE_UNIT, E.MUNICIPALITY, E.MUNICIPAL_BODY, E.AGENCY, E.ORGANISATION, E.PERSON})
_PARTNERS = (_RUNNERS - {E.PERSON}) | {E.GROUP}  # a person beside a runner represents it
_MAX_GAP = 70
_MAX_WORDS = 12


@dataclass(frozen=True)
class _Phrase:
    start: int  # sentence offsets
    end: int
    name: str
    aliases: tuple[str, ...]
    head_at: int
    definite: bool


def undertaking_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, relation) for each effort an actor is said to carry out."""
    for i, sentence in enumerate(context.sentences):
        text = sentence.text
        for verb in _VERB.finditer(text) if _VERB_GATE.may_match(text) else ():
            yield from _undertaking(context, i, verb)
        for verb in _PASSIVE.finditer(text) if _PASSIVE_GATE.may_match(text) else ():
            yield from _passive(context, i, verb)
        for verb in _INCLUDES.finditer(text) if _INCLUDES_GATE.may_match(text) else ():
            yield from _included(context, i, verb)


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(text, start, end)]


def _head(word: str) -> tuple[str, bool, bool] | None:
    """(head, compound, definite) when ``word`` ends in an effort noun with one of its endings."""
    m = _HEAD.search(word.lower())
    if m is None:
        return None
    head, infl = m.group("head"), m.group("infl")
    indefinite, definite = _ENDINGS[head]
    if (infl or "_") in indefinite or (head == "seminari" and infl in indefinite):
        is_definite = False
    elif infl in definite:
        is_definite = True
    else:
        return None
    return head, m.start() > 0, is_definite


def _phrase(text: str, at: int, mentions: list[tuple[int, int, E]]) -> _Phrase | None:
    """The effort noun phrase starting at ``at`` (sentence offsets), if there is one."""
    words = _words(text, at, min(len(text), at + 220))
    k = 0
    while k < len(words) and words[k][2].lower() in _DETERMINERS | _DROPPED:
        k += 1
    kept: list[tuple[int, int, str]] = []
    while k < len(words) and len(kept) < 5:
        word = words[k][2]
        low = word.lower()
        if _head(word) is not None and not (low.endswith("ande") or low.endswith("ende")):
            break
        if low in _DROPPED:
            k += 1
            continue
        if low in _CRIMINAL:
            return None
        if low in _INTENSIFIERS and k + 1 < len(words) and _ADJECTIVE.match(words[k + 1][2].lower()):
            kept.append(words[k])
            k += 1
            continue
        if low in _KEPT_QUANTIFIERS or (
            low not in _NOT_ADJECTIVE and word.islower() and _ADJECTIVE.match(low)
        ):
            kept.append(words[k])
            k += 1
            continue
        if (
            low in ("och", "samt")
            and kept
            and k + 1 < len(words)
            and _ADJECTIVE.match(words[k + 1][2].lower())
        ):
            kept.append(words[k])
            k += 1
            continue
        return None
    if k >= len(words):
        return None
    found = _head(words[k][2])
    if found is None or (kept and kept[-1][2].lower() in ("och", "samt")):
        return None
    _, compound, definite = found
    head_word = words[k]
    start = kept[0][0] if kept else head_word[0]
    end = head_word[1]
    k += 1
    # complements: prepositional phrases up to a stop word, a verb, a partner phrase or punctuation
    complement_preps: list[str] = []
    tail_place_end = end  # the end before a trailing place
    purpose_end = None
    count = 0
    while k < len(words) and count < _MAX_WORDS:
        s, _e, word = words[k]
        low = word.lower()
        if _PARTNER.match(text, s) or _AFTER_PHRASE.match(text, s):
            break
        if low == "för" and k + 1 < len(words) and words[k + 1][2].lower() == "att":
            purpose_end = _purpose_end(text, words, k + 2)
            break
        if low not in _PREPOSITIONS or k + 1 >= len(words):
            break
        # the preposition's noun phrase
        j = k + 1
        np_words = 0
        while j < len(words) and np_words < 6:
            w = words[j][2]
            wl = w.lower()
            if not (w[0].isalnum()) and w not in ("-", "–", "/"):
                break
            if wl in _STOP and not (
                wl == "och"
                and np_words > 0
                and j + 1 < len(words)
                and not is_finite_verb(words[j + 1][2].lower())
                and not (j + 2 < len(words) and is_finite_verb(words[j + 2][2].lower()))
            ):
                break
            if wl in _PREPOSITIONS and np_words > 0:
                break
            if is_finite_verb(wl) and not _head(w):
                break
            np_words += 1
            j += 1
        if np_words == 0:
            break
        if words[j - 1][2].lower() == "och":
            j -= 1
        place_phrase = low in ("i", "på", "inom") and any(
            t == E.PLACE and s <= ms < words[j - 1][1] for ms, _, t in mentions
        )
        if not place_phrase:
            tail_place_end = words[j - 1][1]
        elif tail_place_end != end:
            pass
        complement_preps.append(low)
        end = words[j - 1][1]
        count += j - k
        k = j
    qualified = compound or bool(kept) or bool(complement_preps)
    if not qualified and purpose_end is None:
        return None
    if definite and not compound and not kept and not set(complement_preps) & _CONTENT_PREPOSITIONS:
        return None
    # the phrase must not swallow an actor: 'genomför en insats med polisen' is a partner, not a name
    if any(
        t not in (E.PLACE, E.INITIATIVE, E.GROUP, E.CRIMINAL_GROUP) and start <= ms < end
        for ms, _, t in mentions
    ) and set(complement_preps) & {"med", "av", "till", "vid"}:
        return None
    if not qualified and purpose_end is not None:  # 'en upphandling för att erbjuda avhoppare hjälp'
        end, purpose_end = purpose_end, None
    name = _lower_first(text[start:end])
    aliases = [text[start : head_word[1]]] if qualified else []
    if tail_place_end < end:
        aliases.append(text[start:tail_place_end])
    if purpose_end is not None:
        aliases.append(text[start:purpose_end])
    aliases = [_lower_first(a) for a in aliases if a != text[start:end]]
    return _Phrase(start, end, name, tuple(dict.fromkeys(aliases)), head_word[0], definite)


def _purpose_end(text: str, words: list[tuple[int, int, str]], k: int) -> int | None:
    """The end of a purpose clause 'för att öka tryggheten i X' (to its first comma or stop)."""
    end = None
    for _s, e, word in words[k : k + 10]:
        if not word[0].isalnum() or word.lower() in ("som", "där", "och", "samt", "men"):
            break
        end = e
    return end


def _lower_first(name: str) -> str:
    words = name.split()
    if words and words[0][:1].isupper() and not (len(words[0]) > 1 and words[0][1:2].isupper()):
        return name[0].lower() + name[1:]
    return name


def _undertaking(
    context: RelationContext, i: int, verb: re.Match[str]
) -> Iterator[tuple[int, FoundRelation]]:
    sentence = context.sentences[i]
    text = sentence.text
    mentions = context.mentions[i]
    spans = sorted((m.start - sentence.start, m.end - sentence.start, m.type) for m in mentions)
    # the object: after adverbs, an inverted subject or a partner phrase
    if verb.group(0).lower().endswith("a") and not _AUXILIARY.search(
        text, max(0, verb.start() - 30), verb.start()
    ):
        return  # an infinitive only after an auxiliary: not 'de kriminellas förmåga att genomföra ...'
    pos = verb.end()
    limit = min(len(text), verb.end() + _MAX_GAP)
    phrase = None
    loose = False  # words passed over that are no adverbs: the object must then open with 'en'/'ett'
    while pos < limit:
        phrase = _phrase(text, pos, spans)
        if phrase is not None and (not loose or _INDEFINITE.match(text, pos)):
            break
        phrase = None
        nxt = _skip(text, pos, spans)
        if nxt is None:
            word = _WORD.search(text, pos)
            if word is None or not word.group(0)[0].isalpha() or is_finite_verb(word.group(0).lower()):
                return
            nxt, loose = word.end(), True
        pos = nxt
    if phrase is None:
        return
    head_at = sentence.start + phrase.head_at
    known = next((m for m in mentions if m.type == E.INITIATIVE and m.start <= head_at < m.end), None)
    if known is not None:
        effort = Mention(
            known.start,
            known.end,
            known.text,
            E.INITIATIVE,
            known.canonical,
            head=known.head,
            rule="undertaking",
            aliases=(phrase.name, *phrase.aliases),
        )
    else:
        if any(
            m.start < sentence.start + phrase.end and m.end > sentence.start + phrase.start
            for m in mentions
            if m.type == E.INITIATIVE
        ):
            return  # part of a longer initiative named otherwise
        effort = Mention(
            sentence.start + phrase.start,
            sentence.start + phrase.end,
            phrase.name,
            E.INITIATIVE,
            phrase.name,
            head=_head(text[phrase.head_at : phrase.end].split()[0])[0],  # type: ignore[index]
            rule="undertaking",
            aliases=phrase.aliases,
        )
    partners = list(_partners(context, i, verb))
    # 'X genomförde i samverkan med Y en insats': the partner after the verb is no inverted subject
    named = {p.canonical for p in partners}
    runners = [r for r in _runners(context, i, verb) if r.canonical not in named]
    for runner in runners:
        yield i, FoundRelation(runner, effort, R.RUNS, 0.65)
    placed = False  # only places the effort is in ('i Ryd', 'på Öster och i Sätra'), not 'mot gäng från Ryd'
    for m in sorted(mentions, key=lambda m: m.start):
        at = m.start - sentence.start
        if m.type != E.PLACE or not phrase.start <= at < phrase.end:
            continue
        placed = bool(
            _PLACE_IN.search(text, max(0, at - 12), at)
            or (placed and _PLACE_AND.search(text, max(0, at - 6), at))
        )
        if placed:
            yield i, FoundRelation(effort, m, R.ACTIVE_IN, 0.6)
    if not runners:
        return
    own = {r.canonical for r in runners}
    # 'A gör detta tillsammans med B som gemensamt genomfört X': partners who act jointly run it too
    joint = _JOINTLY.search(text, max(0, verb.start() - 30), verb.start()) is not None
    for partner in partners:
        if partner.canonical not in own:
            type_ = R.RUNS if joint and partner.type in _RUNNERS else R.PARTICIPATES_IN
            yield i, FoundRelation(partner, effort, type_, 0.6)


def _skip(text: str, pos: int, spans: list[tuple[int, int, E]]) -> int | None:
    """The position after the word or mention at ``pos`` when it may stand between verb and object."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    for s, e, t in spans:
        if s == pos and t in _PARTNERS | {E.PLACE}:
            return e
    m = _WORD.match(text, pos)
    if m is None:
        return None
    word = m.group(0).lower()
    if word in _GAP_WORDS or word == "," or re.fullmatch(r"(?:19|20)\d\d", word):
        return m.end()
    return None


def _runners(context: RelationContext, i: int, verb: re.Match[str]) -> list[Mention]:
    """The subject of the verb, its list included; 'vi' is whoever writes.

    A finite verb with an actor right after it has that actor as its subject (Swedish puts the
    subject after the verb when something else opens the clause: 'År 2020 genomförde Järfälla en
    upphandling'); a place there stands for its municipality.
    """
    view = context.view(i)
    if _WISH.search(view.text, max(0, verb.start() - 40), verb.start()):
        return []
    inverted = _inverted(context, i, verb)
    if inverted:
        return inverted
    for tier in view.subject(verb.start(), verb.end()):
        for k in tier:
            slot = view.slots[k]
            if slot.pronoun == "vi":
                we = context.we(i)
                return [we] if we is not None and we.type in _RUNNERS else []
            if slot.mention is None:
                continue
            if slot.type not in _RUNNERS:
                if slot.type in (E.INITIATIVE, E.PLACE):
                    continue
                return []
            return [r for r in (_runner(context, i, view.slots[j].mention) for j in view.list_of(k)) if r]
    if _BARE_POLICE.search(view.text, max(0, verb.start() - 40), verb.start()):
        police = context.first(POLICE_ROOT, E.POLICE_UNIT)  # 'har polis och kommun genomfört ...'
        return [context.specialise(police, i)] if police is not None else []
    return []


def _runner(context: RelationContext, i: int, mention: Mention | None) -> Mention | None:
    if mention is None:
        return None
    if mention.type == E.PLACE:
        municipality = context.municipality
        if municipality is not None:
            place = context.place_of(municipality)
            if place is not None and place.canonical == mention.canonical:
                return municipality
        return None
    return context.specialise(mention, i) if mention.type in _RUNNERS else None


def _inverted(context: RelationContext, i: int, verb: re.Match[str]) -> list[Mention]:
    """The actors right after a finite verb (adverbs aside), when no actor stands right before it."""
    word = verb.group(0).split()[0].lower()
    if not is_finite_verb(word) or word.endswith("t"):
        return []
    view = context.view(i)
    before = view.text[max(0, verb.start() - 3) : verb.start()]
    if not before.strip() or before.rstrip().endswith(("•", ":")):
        return []  # a list item or a sentence that opens with the verb
    for k in view.after(verb.end(), 30):
        slot = view.slots[k]
        gap = view.text[verb.end() : slot.start].split()
        if any(w.lower() not in _GAP_WORDS for w in gap):
            return []
        if slot.mention is None or slot.type not in _RUNNERS | {E.PLACE}:
            return []
        members = [j for j in view.list_of(k) if j >= k]
        return [r for r in (_runner(context, i, view.slots[j].mention) for j in members) if r]
    return []


def _partners(context: RelationContext, i: int, verb: re.Match[str]) -> list[Mention]:
    """The actors named after a partner phrase in the verb's clause."""
    view = context.view(i)
    start, end = view.clause(verb.start(), verb.end())
    found: list[Mention] = []
    for cue in _PARTNER.finditer(view.text, max(0, start - 1), end + 120):
        for k in view.after(cue.end(), 25):
            slot = view.slots[k]
            if slot.mention is None or slot.type not in _PARTNERS:
                break
            for j in view.list_of(k):
                member = view.slots[j].mention
                if member is not None and member.type in _PARTNERS and j >= k:
                    found.append(context.specialise(member, i))
            break
    return found


# 'konferensen, som arrangerades av A i samråd med B': A runs it, B takes part.
_PASSIVE = re.compile(
    r"\b(?:arrangerades|arrangeras|anordnades|anordnas|genomfördes|genomförs|leddes|leds|drevs|drivs"
    r"|organiserades|organiseras|hölls|hålls)\s+(?:\w+\s+)?av\s+",
    re.IGNORECASE,
)
_PASSIVE_GATE = WordGate(_PASSIVE)  # most sentences hold none of its words
_EFFORT_BEFORE = re.compile(
    r"(?<![\wåäö-])(?P<word>[\wåäö-]+)\s*,?\s+(?:som\s+(?:\w+\s+)?)?\Z",
    re.IGNORECASE,
)
# 'Samarbetet inkluderar även A och B': those it takes in take part in it.
_INCLUDES = re.compile(
    r"\b(?:inkluderar|inkluderade|omfattar|omfattade|involverar|involverade)\s+(?:även|också|bland\s+annat\s+)?",
    re.IGNORECASE,
)
_INCLUDES_GATE = WordGate(_INCLUDES)  # most sentences hold none of its words
_ANAPHORIC_SUBJECT = re.compile(
    r"^\s*[–-]?\s*(?:(?:det|den|detta|denna)\s+)?(?:\w+\s+)?[\wåäö]*(?:arbetet|samarbetet|samverkan|projektet"
    r"|insatsen|satsningen|nätverket|konferensen|verksamheten|programmet)\s+\Z",
    re.IGNORECASE,
)


def _passive(context: RelationContext, i: int, verb: re.Match[str]) -> Iterator[tuple[int, FoundRelation]]:
    sentence = context.sentences[i]
    text = sentence.text
    before = _EFFORT_BEFORE.search(text, max(0, verb.start() - 60), verb.start())
    if before is None:
        return
    word = before.group("word")
    found = _head(word)
    if found is None:
        return
    at = sentence.start + before.start("word")
    effort = next((m for m in context.mentions[i] if m.type == E.INITIATIVE and m.start <= at < m.end), None)
    if effort is None:
        if not found[2] and not found[1]:
            return  # a bare indefinite 'en insats' names nothing
        name = _lower_first(word)
        effort = Mention(at, at + len(word), word, E.INITIATIVE, name, head=found[0], rule="undertaking")
    view = context.view(i)
    agents: list[Mention] = []
    last = verb.end()
    for k in view.after(verb.end(), 10):
        slot = view.slots[k]
        if slot.mention is None or slot.type not in _RUNNERS:
            return
        for j in view.list_of(k):
            runner = _runner(context, i, view.slots[j].mention)
            if runner is not None and j >= k:
                agents.append(runner)
                last = max(last, view.slots[j].end)
        break
    for agent in agents:
        yield i, FoundRelation(agent, effort, R.RUNS, 0.65)
    if not agents:
        return
    own = {a.canonical for a in agents}
    cue = _PARTNER.match(text, _skip_space(text, last))
    if cue is None:
        return
    for partner in _listed(context, i, cue.end()):
        if partner.canonical not in own:
            yield i, FoundRelation(partner, effort, R.PARTICIPATES_IN, 0.6)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t,":
        pos += 1
    return pos


def _listed(context: RelationContext, i: int, at: int) -> list[Mention]:
    """The actors listed right after ``at`` (sentence offset)."""
    view = context.view(i)
    for k in view.after(at, 25):
        slot = view.slots[k]
        if slot.mention is None or slot.type not in _PARTNERS:
            return []
        return [
            context.specialise(m, i)
            for m in (view.slots[j].mention for j in view.list_of(k) if j >= k)
            if m is not None and m.type in _PARTNERS
        ]
    return []


def _included(context: RelationContext, i: int, verb: re.Match[str]) -> Iterator[tuple[int, FoundRelation]]:
    sentence = context.sentences[i]
    text = sentence.text
    effort: Mention | None = None
    for m in context.mentions[i]:
        if m.type == E.INITIATIVE and m.end - sentence.start <= verb.start():
            between = text[m.end - sentence.start : verb.start()]
            if not between.strip():
                effort = m
    if effort is None and _ANAPHORIC_SUBJECT.match(text, 0, verb.start()):
        effort = context.antecedent(i)
    if effort is None:
        return
    for partner in _listed(context, i, verb.end()):
        yield i, FoundRelation(partner, effort, R.PARTICIPATES_IN, 0.6)
