"""Criminal groups beyond the gazetteer: ``X MC``, ``Xnätverket``, the MC gang named before
(``MC-gänget``), and unnamed ones (``tre tungt kriminella nätverk``, ``kriminella grupper``,
compounds such as ``kriminella ungdomsgäng`` and ``narkotikanätverket``).

An unnamed group is an actor only where the text ties it to a place (``kriminella nätverk
etablerade i X``, ``kriminella grupper som rör sig i X``) or refers back to one (``de kriminella
nätverken``); ``minska inflödet till kriminella gäng`` speaks of gangs in general and is no actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.language.words import is_common_word, is_finite_verb
from loaders.mentions.candidates import LOWER, UPPER, Candidate, Gated, Scan
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_criminal_groups", "generic_name"]

UP = UPPER
LO = LOWER

_MC = Gated(
    re.compile(
        rf"\b(?P<name>[{UP}][\w&'-]+(?:[ \t][{UP}][\w&'-]+)?)[ \t]+(?:MC|Motorcycle[ \t]+Club)(?![\w-])"
    ),
    r" mc\b|motorcycle",
)
# "Järvanätverket", "Järva-nätverkets", and in lower case where the first part is a known place.
_NETWORK_NAME = Gated(
    re.compile(rf"\b(?P<word>(?P<pre>[{UP}{LO}][{LO}]{{2,}}?)(?P<hyphen>-?)nätverket)(?P<gen>s?)\b"),
    r"nätverket",
)
_MC_BACK = Gated(
    re.compile(
        r"\b(?:(?:[Dd]et|[Dd]etta)[ \t]+)?(?:(?:kriminella|ökända)[ \t]+)?(?:(?:MC|mc)-(?:gänget|klubben)"
        # 'klubben' alone, in a text about an MC gang, is the gang (not 'klubben IFK Mora')
        r"|[Kk]lubben(?![ \t]+[A-ZÅÄÖ])(?:s(?![\w-]))?)\b"
    ),
    r"mc-|klubben",
)
_GENERIC = Gated(
    re.compile(
        r"\b(?P<det>(?:[Dd]e|[Dd]essa|[Tt]re|[Tt]vå|[Ff]yra|[Ff]em|[Ss]ex|[Ff]lera|[Oo]lika|[Nn]ågra|[Mm]ånga|"
        r"[Ee]tt|[Ee]tt[ \t]+antal|\d+)[ \t]+)?"
        r"(?P<adv>(?:tungt|grovt|mycket|ökänt|ökända|lokala|lokalt|välorganiserade)[ \t]+)?"
        r"(?P<adj>(?:[Kk]riminell[at]?|[Gg]ängkriminell[at]?|[Vv]åldsbejakande|[Rr]ivaliserande)[ \t]+|"
        # without the adjective after a number: "två gäng i X", "de två nätverken"
        r"(?<=två )|(?<=tre )|(?<=fyra )|(?<=flera )|(?<=olika )|(?<=\d )|(?<=två rivaliserande ))"
        r"(?P<noun>nätverk(?:en|et)?|grupp(?:en|er|erna)?|gäng(?:en|et)?|grupperingar(?:na)?|gruppering(?:en)?|"
        r"(?:MC|mc)-gäng(?:en|et)?|klaner(?:na)?|klan(?:en)?|släktnätverk(?:en|et)?)\b"
    ),
    r"kriminell|våldsbejakande|rivaliserande|gäng|nätverk",
)
# Compounds whose head is a gang or network: 'kriminella ungdomsgäng', 'narkotikanätverket',
# 'knarkligan'. Without 'kriminella' only a criminal first part makes them a criminal group.
_COMPOUND = Gated(
    re.compile(
        r"\b(?P<adj>(?:[Kk]riminell[at]?|[Gg]rovkriminell[at]?)[ \t]+)?"
        r"(?P<noun>(?P<pre>[A-Za-zåäöÅÄÖ]{3,}?)-?(?:gäng|nätverk|lig[ao]r?)(?:en|et|na|an)?)\b"
    ),
    r"gäng|nätverk|liga|ligor|ligan",
)
_CRIMINAL_FIRST_PARTS = ("narkotika", "knark", "drog", "brotts", "vapen", "langar", "rån", "bedrägeri", "mc")
_DEFINITE_ENDINGS = (
    ("gängen", 2),
    ("gänget", 2),
    ("nätverken", 2),
    ("nätverket", 2),
    ("ligorna", 2),
    ("ligan", 1),
)
_NOT_GROUPS = ("arbets", "samverkans", "kontakt", "trygghets", "nätverks", "social", "förenings")
# Criminals as a collective that is acted against: 'gängkriminella', 'kriminella aktörer'.
_CRIMINALS = Gated(
    re.compile(r"\b(?P<noun>[Gg]ängkriminella|[Kk]riminella[ \t]+aktörer)\b"),
    r"gängkriminella|kriminella",
)
_DEFINITE_BACK = Gated(
    re.compile(r"\b(?:[Dd]e[ \t]+|[Dd]et[ \t]+)?(?:[Nn]ätverken|[Gg]ängen|[Gg]änget|[Gg]rupperingarna)\b"),
    r"nätverken|gängen|gänget|grupperingarna",
)
# After a group: "etablerade i", "som rör sig i och runtom", "har sin bas i", ...
_ANCHOR = re.compile(
    r"[ \t]+(?:som[ \t]+)?(?:(?:är|har|finns|var|varit)[ \t]+)?"
    r"(?:(?:etablerade?|etablerat)(?:[ \t]+sig)?[ \t]+|aktiv[at]?[ \t]+|verksamm?[at]?[ \t]+|rör[ \t]+sig[ \t]+|"
    r"har[ \t]+sin[ \t]+bas[ \t]+|finns[ \t]+|verkar[ \t]+|härjar[ \t]+|)"
    r"(?:i|på|inom|runt|runtom|kring)(?:[ \t]+och[ \t]+(?:runt|runtom|kring|i))?[ \t]+"
)

# Gangs as where young people end up, in general: 'rekryteringen till kriminella gäng', 'dras in i
# kriminella nätverk', 'lämna kriminella gäng'. No group acts there.
_GANGS_IN_GENERAL = re.compile(
    r"(?:rekryter\w*|nyrekryter\w*|inflöde\w*|dras|sugs|hamna\w*|lämna\w*|hoppa\w*\s+av|avhopp\w*|väg\w*"
    r"|ut)(?:\s+[\wåäö]+){0,3}?\s+(?:in\s+)?(?:till|i|från|ur)\s+\Z",
    re.IGNORECASE,
)
# Words that open a noun phrase, never an MC club's name.
_DETERMINERS = frozenset({"ett", "en", "det", "den", "de", "flera", "ytterligare", "ännu", "samma", "varje"})
_NOUN_BASE = {
    "nätverk": "nätverk",
    "grupp": "grupper",
    "gäng": "gäng",
    "gruppering": "grupperingar",
    "mc-gäng": "MC-gäng",
    "klan": "klaner",
    "släktnätverk": "släktnätverk",
}


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _known_place(lexicon: Lexicon, prefix: str) -> bool:
    """Whether ``prefix`` (``Järva``, ``vårby``, ``Biskopsgårds``) names a known place."""
    forms = {prefix, prefix[:-1] if prefix.endswith("s") else prefix}
    return any(e.type == "Place" for f in forms for e in lexicon.gazetteer.lookup(_cap(f)))


_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_PLACE_LATER = re.compile(rf"[ \t](?:i|på|inom)[ \t]+(?=[{UP}])")


def _place_of_act(scan: Scan, end: int) -> int | None:
    """Where a group that is the subject of a verb acts: the first 'i X' after the verb in its
    sentence ("kriminella nätverk rekryterar unga i Ryd")."""
    verb = _NEXT_WORD.match(scan.text, end)
    if verb is None or not is_finite_verb(verb.group(1)):
        return None
    place = _PLACE_LATER.search(scan.text, verb.end(), scan.sentence_end(end))
    return place.end() if place else None


# A place opening the clause, then a verb of being there: 'I Ryd finns (sedan länge) ett ...'.
_FRONTED_PLACE = re.compile(
    rf"(?:I|På|Inom|Runt|Kring)[ \t]+(?P<place>[{UP}][\w-]*(?:[ \t][{UP}][\w-]*)?)[ \t]+"
    r"(?:finns|fanns|verkar|verkade|härjar|härjade|växer|växte|opererar|opererade|dominerar|dominerade|agerar)"
    r"(?:[ \t]+(?:det|nu|också|även|sedan[ \t]+länge|fortfarande|flera|två|tre))*[ \t]+\Z"
)


def _fronted_place(scan: Scan, start: int) -> int | None:
    """Where a sentence that opens with 'I X finns' puts the group named right after its verb."""
    i = scan.sentence_of(start)
    if i < 0:
        return None
    opening = scan.sentences[i].start
    found = _FRONTED_PLACE.match(scan.text, opening, start)
    return found.start("place") if found else None


# An MC club not named: 'ett MC-gäng', 'en känd MC-klubb' (the definite forms are read with _MC_BACK).
_MC_UNNAMED = Gated(re.compile(r"(?<![\w-])(?:MC|mc|Mc)-(?:gäng|klubb|klubbar)(?![\w-])"), r"mc-")


def _unnamed_club(scan: Scan, m: re.Match[str]) -> dict[str, str]:
    """What resolution needs to name an MC club the text does not name: the place it acts in."""
    data = {"phrase": "kriminella MC-gäng"}
    anchor = _ANCHOR.match(scan.text, m.end())
    if anchor:
        data["place_at"] = str(anchor.end())
    elif (acted := _place_of_act(scan, m.end())) is not None:
        data["place_at"] = str(acted)
    elif (fronted := _fronted_place(scan, m.start())) is not None:
        data["place_at"] = str(fronted)
    return data


def _common_prefix(prefix: str) -> bool:
    """Whether the first part of a compound is an ordinary word (``Trygghets``, ``Kontakt``)."""
    low = prefix.lower()
    return is_common_word(low) or (low.endswith("s") and is_common_word(low[:-1]))


def _indefinite(noun: str) -> str:
    """'ungdomsgängen' -> 'ungdomsgäng', 'knarkligan' -> 'knarkliga'."""
    for ending, cut in _DEFINITE_ENDINGS:
        if noun.endswith(ending):
            return noun[:-cut]
    return noun


def generic_name(noun: str) -> tuple[str, str]:
    """Indefinite plural phrase and head of a criminal-group noun: 'grupperna' -> ('kriminella grupper', 'grupp')."""
    low = noun.lower()
    for head in sorted(_NOUN_BASE, key=len, reverse=True):
        if low.startswith(head):
            return f"kriminella {_NOUN_BASE[head]}", head.removeprefix("mc-")
    return f"kriminella {low}", low


def _is_definite(noun: str) -> bool:
    low = noun.lower()
    return low.endswith(("en", "et", "na")) and low not in ("grupper",)


def find_criminal_groups(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    text = scan.text
    crim = EntityType.CRIMINAL_GROUP
    for m in _MC.finditer(scan):
        name = m.group("name")
        words = name.split()
        if (
            scan.is_sentence_initial(m.start())
            and len(words) > 1
            and words[0].lower() in ("att", "när", "där")
        ) or words[0].lower() in _DETERMINERS:
            continue  # 'Ett MC-gäng', 'Det MC': an unnamed club
        known = [e for e in lexicon.gazetteer.lookup(m.group(0)) if e.type == "CriminalGroup"]
        canonical = known[0].name if known else f"{name} MC"
        yield Candidate(m.start(), m.end(), m.group(0), crim, canonical, "mc", data={"kind": "mc"})
    for m in _NETWORK_NAME.finditer(scan):
        word, pre = m.group("word"), m.group("pre")
        known = [e for e in lexicon.gazetteer.lookup(word) if e.type == "CriminalGroup"]
        if known:
            canonical = known[0].name
        elif _known_place(lexicon, pre) or (pre[0].isupper() and not _common_prefix(pre)):
            canonical = _cap(pre) + "nätverket"  # one name whether written with a hyphen or not
        else:
            continue  # "släktnätverket", "Trygghetsnätverket": a network of people, no gang
        yield Candidate(
            m.start(), m.end(), m.group(0), crim, canonical, "network_name", data={"kind": "network"}
        )
    for m in _MC_BACK.finditer(scan):
        data = {}
        if m.group(0).lower().startswith(("mc-", "det", "detta")) or "mc-" in m.group(0).lower():
            # 'MC-gänget' with no named club before it: an unnamed club, named by where it is
            data = _unnamed_club(scan, m)
        yield Candidate(m.start(), m.end(), m.group(0), crim, None, "mc_back", ref="criminal_mc", data=data)
    for m in _MC_UNNAMED.finditer(scan):
        yield Candidate(
            m.start(),
            m.end(),
            m.group(0),
            crim,
            None,
            "criminal_generic",
            ref="criminal_generic",
            head="gäng",
            generic=True,
            data=_unnamed_club(scan, m),
        )
    for m in _GENERIC.finditer(scan):
        noun = m.group("noun")
        phrase, head = generic_name(noun)
        adj = (m.group("adj") or "").lower()
        if adj.startswith("våldsbejakande"):
            continue  # violent extremist milieus are not criminal groups in this sense
        if not adj and not _ANCHOR.match(text, m.end()) and not noun.lower().startswith(("gäng", "nätverk")):
            continue
        definite = _is_definite(noun)
        data = {"phrase": phrase}
        if _GANGS_IN_GENERAL.search(text, max(0, m.start() - 40), m.start()):
            data["general"] = "yes"
        anchor = _ANCHOR.match(text, m.end())
        if anchor:
            at = anchor.end()
            later = (
                None if text[at : at + 1].isupper() else _PLACE_LATER.search(text, at, scan.sentence_end(at))
            )
            # 'etablerat sig i flera bostadsområden i Mora': the place named after the area noun
            data["place_at"] = str(later.end() if later else at)
        elif adj and (acted := _place_of_act(scan, m.end())) is not None:
            data["place_at"] = str(acted)  # "Kriminella nätverk rekryterar unga i Ryd"
        elif (fronted := _fronted_place(scan, m.start())) is not None:
            data["place_at"] = str(fronted)  # "I Ryd finns ett kriminellt nätverk"
        yield Candidate(
            m.start(),
            m.end(),
            m.group(0),
            crim,
            None,
            "criminal_generic",
            ref="criminal_back" if definite else "criminal_generic",
            head=head,
            generic=True,
            data=data,
        )
    for m in _COMPOUND.finditer(scan):
        pre, noun = m.group("pre").lower(), m.group("noun")
        if (
            pre in ("", "kriminal")
            or pre.startswith(_NOT_GROUPS)
            or noun.lower().startswith(("gäng", "nätverk"))
        ):
            continue  # the simple nouns are read above; 'arbetsnätverk' is no gang
        if not m.group("adj") and not pre.startswith(_CRIMINAL_FIRST_PARTS):
            continue
        base = _indefinite(noun.lower())
        phrase = f"kriminella {base}"
        yield Candidate(
            m.start(),
            m.end(),
            m.group(0),
            crim,
            phrase,
            "criminal_compound",
            head=base,
            generic=True,
            data={"phrase": phrase},
        )
    for m in _CRIMINALS.finditer(scan):
        phrase = " ".join(m.group("noun").lower().split())
        yield Candidate(
            m.start(),
            m.end(),
            m.group(0),
            crim,
            phrase,
            "criminals",
            head=phrase.split()[0],
            generic=True,
            data={"phrase": phrase},
        )
    for m in _DEFINITE_BACK.finditer(scan):
        phrase, head = generic_name(m.group(0).split()[-1])
        data = {"phrase": phrase}
        anchor = _ANCHOR.match(text, m.end())
        if anchor and head != "nätverk":
            data["place_at"] = str(anchor.end())  # 'gänget i Norrby': a gang named by its place
        yield Candidate(
            m.start(),
            m.end(),
            m.group(0),
            crim,
            None,
            "criminal_back",
            ref="criminal_back",
            head=head,
            generic=True,
            priority=-1,
            data=data,
        )
