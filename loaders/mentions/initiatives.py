"""Initiatives: programmes, plans, funds, operations, models and measures with an identity.

Read from their head nouns (``-fond``, ``-plan``, ``-program``, ``-modellen``, ``-verksamhet``,
``-satsning``, ``insats``, ``-projekt``, ``-strategi``, ``medborgarlöften``), with the adjectives
before them (``riktad insats``, ``nationellt avhopparprogram``) and a ``mot ...`` complement after
(``handlingsplan mot organiserad brottslighet``); from names given in apposition
(``sommarjobbssatsningen Unga för orten``, ``projektet "Trygg i X"``); from capitalised
compounds (``Xmodellen``); and ``Operation X``. Plural forms (``insatser``, ``planer``) are
activities, not initiatives. Definite forms without a qualifier (``planen``, ``insatsen``) only
refer back; loaders.mentions.resolution joins them to the initiative they name or drops them.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import LOWER, UPPER, Candidate, Gated, Scan
from loaders.mentions.collaboration_efforts import find_collaboration_efforts
from loaders.mentions.compound_efforts import find_compound_efforts
from loaders.mentions.effort_phrases import (
    COMPLEMENT_PREPOSITIONS,
    complement_after,
    is_effort_adjective,
    named_as_example,
)
from loaders.mentions.gazetteer import read_list
from loaders.mentions.generic_efforts import is_conducted_activity, is_judged_in_general, is_valued_in_general
from loaders.mentions.heading_names import find_heading_initiatives
from loaders.mentions.initiative_names import (
    descriptor_named,
    find_named_initiatives,
    find_quoted_initiatives,
    name_after,
)
from loaders.mentions.lexicon import Lexicon
from loaders.mentions.named_programmes import find_named_programmes
from loaders.mentions.participles import is_participle_adjective

__all__ = ["HEADS", "find_initiatives", "without_swallowed_actors"]

UP, LO = UPPER, LOWER

#: head noun -> its base (indefinite singular) form
HEADS = {
    "fond": "fond",
    "plan": "plan",
    "program": "program",
    "modell": "modell",
    "verksamhet": "verksamhet",
    "satsning": "satsning",
    "insats": "insats",
    "projekt": "projekt",
    "strategi": "strategi",
    "kampanj": "kampanj",
    "medborgarlöfte": "medborgarlöften",
    "överenskommelse": "överenskommelse",
    "kontroll": "kontroll",
    "händelse": "händelse",
    "arbete": "arbete",
    "samverkan": "samverkan",
    "åtgärd": "åtgärd",
    "undersökning": "undersökning",
    "dialog": "dialog",
    "vandring": "vandring",
    "kartläggning": "kartläggning",
    "paket": "paket",
}
# A quick look for any qualifier before such a head, before its adjectives are read.
_QUALIFIER_NEAR = re.compile(
    r"(?:gemensam|samordna|riktad|riktat|särskil|omfattande|storskalig|förstärkt|utökad|utökat|intensifiera)"
    r"[a-zåäö]*[ \t]+[^.!?\n]{0,30}\Z"
)
# Heads that name an initiative only with a qualifying adjective: "en gemensam kontroll", "en särskild
# händelse" (the police's term for a major operation), "förstärkt fältarbete" (a compound too).
_NEEDS_QUALIFIER = {
    "kontroll": re.compile(
        r"(?:gemensam|gemensamma|gemensamt|samordnad|samordnade|samordnat|riktad|riktade|riktat|"
        r"särskild|särskilda|särskilt|omfattande|storskalig|storskaliga)\Z"
    ),
    "händelse": re.compile(r"(?:särskild|särskilda)\Z"),
    "arbete": re.compile(
        r"(?:förstärkt|förstärkta|utökat|utökade|riktat|riktade|samordnat|samordnade|"
        r"intensifierat|intensifierade|gemensamt|gemensamma)\Z"
    ),
}
# A head noun at the end of a word, in the lower-cased text; the word may be a compound.
_HEAD_HIT = re.compile(
    rf"(?P<head>{'|'.join(HEADS)})(?P<infl>mets|met|ens|en|ets|et|nas|na|ns|n|ts|t|s|erna|er|arna|ar)?(?![\w-])"
)
# Plural endings of the heads that name a described effort only in the plural with an adjective of
# effort: "trygghetsskapande insatser", "brottsförebyggande åtgärder", "riktade satsningar".
_PLURAL = {
    "insats": ("er", "erna"),
    "åtgärd": ("er", "erna"),
    "satsning": ("ar", "arna"),
    "undersökning": ("ar", "arna"),
    "dialog": ("er", "erna"),
    "vandring": ("ar", "arna"),
}
# Compound effort nouns that are initiatives in the plural too: "trygghetsvandringar", "medborgardialoger".
_COMPOUND_PLURAL = frozenset(["undersökning", "dialog", "vandring"])
# Heads that are initiatives only with an adjective of effort or a complement ("samverkan mot
# narkotika", "åtgärder för ökad trygghet"): bare, they are any collaboration or measure.
_NEEDS_PHRASE = frozenset(["samverkan", "åtgärd"])
# Collaboration heads: "mellan" after them names the partners ("samverkan mellan kommun och polis"),
# who collaborate; only a topic makes the collaboration an initiative ("samverkan mot narkotika").
_TOPIC_PREPOSITIONS = COMPLEMENT_PREPOSITIONS - {"mellan"}
_DEFINITE = frozenset(
    ["met", "mets", "en", "ens", "et", "ets", "n", "ns", "na", "nas", "t", "ts", "erna", "arna"]
)
# Inflections that belong only to some heads (plan+t is "plant", plan+et is "planet").
_ODD = {
    ("plan", "t"),
    ("plan", "et"),
    ("plan", "ets"),
    ("program", "et"),
    ("program", "en"),
    ("strategi", "en"),
}
# Heads that never stand alone, or only with a compound: a bare "verksamhet" or "modell" is no initiative.
_NEEDS_COMPOUND = frozenset(
    [
        "verksamhet",
        "modell",
        "projekt",
        "överenskommelse",
        "undersökning",
        "dialog",
        "vandring",
        "kartläggning",
    ]
)
# Heads whose singular and plural look the same: an indefinite one needs a singular determiner.
_SAME_PLURAL = frozenset(["program", "projekt"])
_SINGULAR_DET = re.compile(r"(?:\bett|\bdet|\bvårt|\bsitt|[a-zåäö]t)\s+\Z", re.IGNORECASE)

# Adjectives that make a bare head an initiative ("en riktad insats", "en särskild satsning").
_QUALIFYING = re.compile(
    r"(?:riktad|riktade|särskild|särskilda|särskilt|gemensam|gemensamma|gemensamt|samordnad|samordnade|"
    r"förstärkt|förstärkta|fokuserad|intensifierad|långsiktig|långsiktiga|polisiär|polisiära|nationell|"
    r"nationella|nationellt|lokal|lokala|lokalt|strategisk|strategiska|regional|regionala|regionalt|"
    r"brottsförebyggande|trygghetsskapande|operativ|operativa)\Z"
)
_ADJECTIVE = re.compile(
    r"[a-zåäö]{2,}(?:ad|ade|at|isk|iskt|iska|ig|igt|iga|ell|ellt|ella|al|alt|ala|sam|samt|samma|lig|ligt|liga|"
    r"iv|ivt|iva|ande|ende|är|ära|ärt)\Z"
)
# fmt: off
_NOT_ADJECTIVE = frozenset(
    [
        "att", "det", "ett", "mot", "vart", "inte", "gott", "fått", "den", "de", "en", "som", "har", "hade",
        "var", "vad", "mellan", "samt", "eller", "alla", "andra", "annat", "annan", "kommunala", "kommunal",
        "egen", "eget", "egna", "ny", "nya", "nytt", "detta", "denna", "dessa", "vår", "vårt", "våra",
        "deras", "dess", "sin", "sitt", "sina", "hela", "samma",
    ]
)
# fmt: on
# "ny", "egen": left out of names; "kommunal" stays out too, it is said of the owner.
_DROP_ADJECTIVE = frozenset(["ny", "nya", "nytt", "egen", "eget", "egna"])

# "att", a modal or "kommer att" before a word: it is an infinitive ("ska bedriva"), no adjective.
_INFINITIVE_MARK = re.compile(
    r"(?<![\w-])(?:att|ska|skall|kan|kunna|vill|måste|bör|behöver|får)[ \t]+\Z", re.IGNORECASE
)
# "har" or "hade" a few words before a word in -at/-it/-tt, with no determiner between: the word is
# a supine ("har i år genomfört"), while "har ett förstärkt arbete" keeps its adjective.
_SUPINE_MARK = re.compile(
    r"(?<![\w-])(?:har|hade|har[ \t]+inte|hade[ \t]+inte)(?:[ \t]+(?!(?:en|ett|det|den|de|sitt|sin|sina|vårt|vår"
    r"|våra|ett|ytterligare|flera|fler)\b)[\wåäö]+){0,3}[ \t]+\Z",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(rf"(?<![\w-])([{UP}{LO}][{LO}]+)[ \t]+\Z")
# What stands before the adjectives of a definite noun: a determiner ("den riktade insatsen") or a
# genitive ("kommunens förebyggande arbete", "Moras nya plan").
_DETERMINED = re.compile(
    rf"(?<![\w-])(?:[Dd]en|[Dd]et|[Dd]e|[Dd]enna|[Dd]etta|[Dd]essa|[Ss]amma|[Hh]ela|[{UP}{LO}][{LO}]*s|\w+:s)[ \t]+\Z"
)
# Whose initiative: "Botkyrkas trygghetsfond", "kommunens handlingsplan".
_OWNER_BEFORE = re.compile(
    rf"(?<![\w-])(?P<gen>[{UP}][{LO}]+(?:[ -][{UP}][{LO}]+)?s|[Kk]ommunens|[Ss]tadens)[ \t]+\Z"
)
_YEAR_END = re.compile(r"(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?\Z")
_PLACE_AFTER = re.compile(r"[ \t]+i[ \t]+(?=[A-ZÅÄÖ])")

# Local campaigns named after the place they make safer: "Trygga Trossö", "Tryggare Mölndal", "Trygg i X".
_SAFER_NAME = Gated(
    re.compile(
        rf"\b(?:Trygg|Trygga|Tryggare|Tryggt)(?:[ \t]+(?:i|på))?[ \t]+(?P<place>[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?)"
        rf"(?:[ \t]+centrum|[ \t]+[{UP}][{LO}]+)?(?![\w-])"
    ),
    r"trygg",
)
# Compounds a text capitalises as the title of its own plan or agreement ("Trygghetsplanen",
# "Samverkansöverenskommelsen"): described efforts, unlike a model or fund named after a place.
_CAPITALISED_COMMON = ("planen", "överenskommelsen", "paketet")
_OPERATION = Gated(re.compile(rf"\b[Oo]peration[ \t]+(?P<name>[{UP}][{LO}]+)"), r"operation")
_NAMED_COMPOUND = Gated(
    re.compile(
        rf"\b(?P<word>(?:[{UP}][{LO}]{{2,}}|[{UP}]{{2,}}-)(?:modellen|fonden|programmet|projektet|satsningen|"
        rf"strategin|kampanjen|metoden|konceptet|planen|överenskommelsen|paketet))\b"
    ),
    r"modellen|fonden|programmet|projektet|satsningen|strategin|kampanjen|metoden|konceptet|planen|"
    r"överenskommelsen|paketet",
)


def _place_of_genitive(lexicon: Lexicon, word: str) -> str | None:
    """The known place whose genitive ``word`` is: Botkyrkas -> Botkyrka, Borås -> Borås."""
    for base in (word[:-1], word) if word.endswith("s") else ():
        for entry in lexicon.gazetteer.lookup(base):
            if entry.type == "Place":
                return entry.name
    return None


def _inflection(head: str, infl: str) -> str | None:
    """The ending of a head noun if it makes a singular form (or medborgarlöften, or the plural of
    a head in ``_PLURAL``), else None."""
    if infl in ("er", "erna", "ar", "arna"):
        return infl if infl in _PLURAL.get(head, ()) else None
    if head == "samverkan":
        return infl if infl == "" else None
    if head in ("åtgärd", "dialog", "undersökning", "vandring", "kartläggning"):
        return infl if infl in ("", "en") else None
    if head == "arbete":  # arbetet, not arbeten (plural)
        return infl if infl in ("", "t", "ts") else None
    if head == "händelse":
        return infl if infl in ("", "n", "ns") else None
    if head == "medborgarlöfte":
        return infl if infl in ("", "n", "t", "na", "nas", "ns", "ts") else None
    if infl in ("na", "nas", "t", "ts") or (head, infl) in _ODD:
        return None
    if infl in ("met", "mets"):
        return "et" if head == "program" else None
    return infl


@functools.cache
def _stoplist() -> frozenset[str]:
    return frozenset(read_list("initiative_stopwords.txt"))


def _adjectives_before(text: str, start: int) -> tuple[int, list[str]]:
    """Start of the adjectives right before ``start`` and the adjectives (at most four), also
    coordinated adjectives of effort ("brottsförebyggande och trygghetsskapande arbete")."""
    found: list[str] = []
    pos = start
    for _ in range(4):
        m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if not m:
            break
        word = m.group(1)
        lower = word.lower()
        if found and lower in ("och", "samt") and is_effort_adjective(found[0]):
            joined = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if joined is None or not (
                is_effort_adjective(joined.group(1)) or is_participle_adjective(joined.group(1))
            ):
                break
            found.insert(0, lower)
            pos -= len(m.group(0))
            continue
        if word[0].isupper() and not (_QUALIFYING.match(lower) or is_effort_adjective(lower)):
            break  # only a qualifying adjective opens a name with a capital: "Särskilda gänginsatsen"
        effort = is_effort_adjective(lower)
        if _INFINITIVE_MARK.search(text, max(0, m.start() - 10), m.start()):
            break  # "att bedriva brottsförebyggande arbete": a verb, no adjective
        if lower.endswith(("at", "it", "tt")) and _SUPINE_MARK.search(
            text, max(0, m.start() - 40), m.start()
        ):
            break  # "har under hösten arrangerat trygghetsvandringar": a verb, no adjective
        if lower in _NOT_ADJECTIVE or not (effort or _QUALIFYING.match(lower) or _ADJECTIVE.match(lower)):
            if lower in _DROP_ADJECTIVE:
                pos -= len(m.group(0))
                continue
            break
        found.insert(0, word)
        pos -= len(m.group(0))
    # pos may sit before a dropped "ny": move the span start to the first kept adjective
    if found:
        first = text.rfind(found[0], pos, start)
        return first, found
    return start, found


def _complement(text: str, end: int, limit: int, head: str, compound: str) -> str:
    """The complement after the head ending at ``end`` ("mot organiserad brottslighet")."""
    collaboration = head == "samverkan" or (head == "arbete" and compound.endswith(("sam", "samverkans")))
    return complement_after(
        text, end, limit, _TOPIC_PREPOSITIONS if collaboration else COMPLEMENT_PREPOSITIONS
    )


def _head_candidate(m: re.Match[str], scan: Scan, lexicon: Lexicon) -> Candidate | None:
    """The initiative a head noun at ``m`` heads, with its compound, adjectives, complement and owner."""
    text = scan.text
    word_start = m.start()
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "-"):
        word_start -= 1
    if word_start > 0 and text[word_start - 1].isdigit():
        return None
    head = m.group("head")
    infl = _inflection(head, m.group("infl") or "")
    if infl is None:
        return None
    pre = text[word_start : m.start()]
    compound = pre.lower().rstrip("-")
    qualifier = _NEEDS_QUALIFIER.get(head)
    if (
        qualifier is not None
        and head != "arbete"
        and not _QUALIFIER_NEAR.search(text, max(0, word_start - 40), word_start)
    ):
        return None  # "kontrollen", "en händelse": no qualifier, no initiative
    if compound and (compound in _stoplist() or len(compound) < 3):
        return None
    definite = infl in _DEFINITE and head != "medborgarlöfte"
    # A capitalised compound in mid-sentence is a name, read by _NAMED_COMPOUND
    # ("Huddingemodellen"); "Plan ..." and "Insats ..." may head a title.
    capitalised_name = definite and pre[:1].isupper() and head not in ("plan", "insats")
    if capitalised_name and not scan.is_sentence_initial(word_start):
        return None
    singular = head not in _SAME_PLURAL or definite
    if not singular and not _SINGULAR_DET.search(text[max(0, word_start - 30) : word_start]):
        return None
    complement = _complement(text, m.end(), scan.sentence_end(word_start), head, compound)
    if head in _NEEDS_COMPOUND and not compound and not definite and not complement:
        return None  # "en verksamhet", "ett projekt"; but "ett projekt mot bostadsinbrott"
    if definite and descriptor_named(text, word_start, scan.sentence_end(word_start)):
        return None  # "sommarjobbssatsningen Unga för orten": the name is the initiative

    start, adjectives = _adjectives_before(text, word_start)
    undetermined = not _DETERMINED.search(text, max(0, start - 40), start)
    if definite and adjectives and undetermined and not adjectives[0][:1].isupper():
        # "Polisen startade insatsen": before a definite noun with no determiner, the word is a verb
        start, adjectives = word_start, []
    if adjectives and scan.is_sentence_initial(start) and adjectives[0][1:].islower():
        adjectives[0] = adjectives[0].lower()  # "Förebyggande arbete ..." opens a sentence, no name
    effort = any(is_effort_adjective(a) for a in adjectives)
    if infl in ("er", "erna", "ar", "arna") and not effort and not (compound and head in _COMPOUND_PLURAL):
        return None  # "insatser", "åtgärder": activities, unless of a kind ("trygghetsskapande insatser")
    if compound and named_as_example(text, start):
        return None  # "till exempel trygghetsvandringar": a kind of measure, not one of them
    if head in _NEEDS_PHRASE and not (effort or complement):
        return None
    if head == "arbete":
        # "ett förstärkt arbete" or "arbetet" is any work; "förstärkt fältarbete", "brottsförebyggande
        # arbete" and "arbetet mot narkotikahandeln" are efforts
        if not (complement or effort or (compound and any(qualifier.match(a) for a in adjectives))):
            return None
    elif qualifier is not None and not any(qualifier.match(a) for a in adjectives):
        return None
    if is_conducted_activity(text, start, definite=bool(definite), complement=complement):
        return None
    if is_valued_in_general(text, start, definite=bool(definite)):
        return None
    end = text.find(complement, m.end()) + len(complement) if complement else m.end()
    if is_judged_in_general(text, end, definite=bool(definite)):
        return None
    data = {
        "head_end": str(m.end()),
        "infl": infl,
        "complement": complement,
        "adjectives": " ".join(adjectives),
    }
    if infl in ("er", "erna", "ar", "arna"):
        data["plural"] = infl[:2]  # "trygghetsvandringar" names the initiative, not one "trygghetsvandring"
    if definite:
        data["definite"] = "yes"
    if adjectives or complement:
        data["phrase"] = " ".join(text[start:end].split())
    if (
        compound
        or complement
        or head == "medborgarlöfte"
        or effort
        or any(_QUALIFYING.match(a) for a in adjectives)
    ):
        data["qualified"] = "yes"
    place = _PLACE_AFTER.match(text, end)
    if place:
        data["place_at"] = str(place.end())
    owner = _OWNER_BEFORE.search(text, max(0, start - 40), start)
    if owner:
        gen = owner.group("gen")
        if gen.lower() in ("kommunens", "stadens"):
            data["owner_ref"] = "municipality"
            start = owner.start()
        elif (owner_place := _place_of_genitive(lexicon, gen)) is not None:
            data["owner"] = gen
            data["municipality_place"] = owner_place
            start = owner.start()
    return Candidate(
        start,
        end,
        text[start:end],
        EntityType.INITIATIVE,
        None,
        "initiative",
        ref="initiative",
        head=head,
        key=(compound + HEADS[head]) if compound else "",
        data=data,
    )


def _title(m: re.Match[str], scan: Scan) -> Candidate | None:
    """A capitalised plan or programme with its complement as a title: "Trygghetsplan för
    Alingsås 2024", "Handlingsplan mot våldsbejakande extremism 2025–2027"."""
    text = scan.text
    word_start = m.start()
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "-"):
        word_start -= 1
    if word_start == m.start() or not text[word_start].isupper() or m.group("infl"):
        return None
    found = name_after(text, word_start, scan.sentence_end(word_start))
    if found is None or " " not in found.name:
        return None
    rest = found.name.split()[1:]
    dated = bool(_YEAR_END.search(found.name))
    if rest[0] not in ("för", "mot", "i") and not dated:
        return None  # "Trygghetsplan Kommunen ...": no title
    if scan.is_sentence_initial(word_start) and not dated and not any(w[0].isupper() for w in rest):
        return None  # "Handlingsplan mot våld antogs": a sentence about a plan, not its title
    return Candidate(
        found.start,
        found.end,
        text[found.start : found.end],
        EntityType.INITIATIVE,
        found.name,
        "initiative_name",
        priority=2,
    )


def find_initiatives(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Initiative candidates; ``key`` is the compound (``avhopparverksamhet``), ``head`` the head noun."""
    text = scan.text
    for m in _HEAD_HIT.finditer(scan.lower):
        title = _title(m, scan)
        if title is not None:
            yield title
            continue
        cand = _head_candidate(m, scan, lexicon)
        if cand is not None:
            yield cand

    for named in (*find_named_initiatives(scan, lexicon), *find_quoted_initiatives(scan, lexicon)):
        yield Candidate(
            named.start,
            named.end,
            text[named.start : named.end],
            EntityType.INITIATIVE,
            named.name,
            "initiative_name",
            priority=2,
        )
    yield from find_heading_initiatives(scan, lexicon)
    yield from find_collaboration_efforts(scan, lexicon)
    yield from find_named_programmes(scan, lexicon)
    yield from find_compound_efforts(scan, lexicon)
    for m in _SAFER_NAME.finditer(scan):
        place = m.group("place")
        if scan.is_sentence_initial(m.start()) and not lexicon.gazetteer.lookup(place):
            continue
        if any(e.type != "Place" for e in lexicon.gazetteer.lookup(m.group(0))):
            continue  # "Tryggare Sverige" is a foundation
        yield Candidate(m.start(), m.end(), m.group(0), EntityType.INITIATIVE, m.group(0), "initiative_name")
    for m in _OPERATION.finditer(scan):
        yield Candidate(
            m.start(), m.end(), m.group(0), EntityType.INITIATIVE, f"Operation {m.group('name')}", "operation"
        )
    for m in _NAMED_COMPOUND.finditer(scan):
        word = m.group("word")
        prefix = re.match(rf"[{UP}][{LO}]+|[{UP}]+", word)
        known_prefix = prefix is not None and any(
            e.type == "Place" for e in lexicon.gazetteer.lookup(prefix.group(0).rstrip("s"))
        )
        if scan.is_sentence_initial(m.start()) and not known_prefix and "-" not in word:
            continue
        base = word[:-1] if word.endswith("elsen") else re.sub(r"(?:met|en|et|n)\Z", "", word)
        base = base[:-1] if base.endswith("programm") else base
        if word.endswith(_CAPITALISED_COMMON) and not known_prefix and "-" not in word:
            # "enligt Trygghetsplanen": a document's own plan written with a capital, named as one
            yield Candidate(
                m.start(), m.end(), word, EntityType.INITIATIVE, None, "initiative", ref="initiative",
                head=_named_head(word), key=base.lower(),
                data={"definite": "yes", "qualified": "yes", "head_end": str(m.end())},
            )  # fmt: skip
            continue
        yield Candidate(
            m.start(),
            m.end(),
            word,
            EntityType.INITIATIVE,
            word,
            "initiative_compound",
            priority=1,
            head=_named_head(word),
            key=base.lower(),
        )


def _named_head(word: str) -> str:
    for head in HEADS:
        if head in word.lower():
            return head
    return ""


def without_swallowed_actors(cands: list[Candidate]) -> list[Candidate]:
    """The candidates, with an initiative's span cut before its complement where another actor
    stands in it: in "en satsning på fler fältassistenter" the assistants are an actor of their
    own. The initiative keeps its complement for its name ("satsning på fler fältassistenter")."""
    starts = sorted(c.start for c in cands if c.type != EntityType.INITIATIVE and c.ref != "initiative")
    out: list[Candidate] = []
    for c in cands:
        head_end = int(c.data.get("head_end", "0"))
        if c.data.get("complement") and head_end:
            i = bisect.bisect_left(starts, head_end)
            if i < len(starts) and starts[i] < c.end:
                c = dataclasses.replace(c, end=head_end, text=c.text[: head_end - c.start])
        out.append(c)
    return out
