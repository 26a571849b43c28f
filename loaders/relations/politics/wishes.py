"""Measures that parties and politicians ask for, read as initiatives they propose.

'Partierna vill ha fler nattvandrare, bättre belysning och en lokal polisstation', 'kräver
kommunalrådet X ett nationellt avhopparprogram', 'Vi vill också se en satsning på fältassistenter',
'Vi föreslår: att fullmäktige inrättar ett brottsförebyggande råd i Mora': each measure named after
the wish is an ``Initiative`` (its noun phrase, without article) that the one who wishes PROPOSES.
A sum wished for a measure ('vill vi ha 4 miljoner kronor mer för fältarbete') is a proposed FUNDS
of the measure with its amount.

Who wishes: the party or person before the verb (or right after it), 'Partierna'/'De' for the parties
named last, 'vi' for the person quoted (a politician), the signatories of a motion for its list of
demands. Wishes count only from parties, politicians and public bodies: 'polisen vill uppmana' is no
proposal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.politics.amounts import find_amounts

__all__ = ["wished_measures"]

_STRONG = r"kräver|krävde|föreslår|föreslog|yrkar\s+på|efterlyser|efterlyste|motionerar\s+om"
_CUE = re.compile(rf"\b(?P<cue>vill|behöver|{_STRONG})\b", re.IGNORECASE)
_STRONG_CUE = re.compile(rf"^(?:{_STRONG})$", re.IGNORECASE)
# What may stand between the cue and the measure: an inverted subject, adverbs, an infinitive.
_ADVERB = r"(?:också|även|nu|därför|gärna|dessutom|totalt|istället|i\s+stället)"
_VERB = (
    r"(?:ha|se|få|införa|inrätta|anställa|tillsätta|satsa\s+på|prova\s+med|pröva|fördubbla|öka|utöka|skapa"
    r"|starta|bygga\s+upp|ta\s+fram|avsätta|investera\s+i|förstärka|stärka)"
)
_AFTER_CUE = re.compile(
    rf"\s+(?:(?P<we>vi|jag)\s+)?(?:{_ADVERB}\s+)*(?:{_VERB}\s+)?(?:{_ADVERB}\s+)*(?=\S)", re.IGNORECASE
)
_MEASURE_VERB = (
    r"(?:inrätta|inrättar|införa|inför|starta|startar|anställa|anställer|tillsätta|tillsätter|skapa|skapar"
    r"|ta\s+fram|tar\s+fram|bilda|bildar|utreda|utreder|avsätta|avsätter|satsa\s+på|satsar\s+på|utöka|utökar"
    r"|installera|installerar|sätta\s+upp|sätter\s+upp|upprätta|upprättar|genomföra|genomför|erbjuda|erbjuder"
    r"|öka|ökar|stärka|stärker|förstärka|förstärker|bygga\s+ut|bygger\s+ut|arbeta\s+fram|anta|antar)"
)
# 'att kommunfullmäktige inrättar ett X', 'att kommunen ska införa X'
_ATT_CLAUSE = re.compile(
    r"(?:^[\s–—-]*|\s)att\s+(?:\w+\s+){1,3}?(?:(?:ska|skall|bör|måste|snarast|omgående)\s+){0,2}"
    + _MEASURE_VERB
    + r"\s+(?:(?:också|även|fler|snarast)\s+)?",
    re.IGNORECASE,
)
# 'föreslår att kommunen ska inrätta X': the clause right after the cue.
_CUE_ATT = re.compile(r"\s+(?:(?:därför|också|även|nu)\s+)?(?=att\b)", re.IGNORECASE)
# 'Motion om fler ordningsvakter', 'förslaget om en trygghetsfond'
_ABOUT = re.compile(r"\b(?P<cue>motion|förslag|yrkande)\s+om\s+(?!att\b)(?P<we>)", re.IGNORECASE)
_REJECTING = re.compile(r"\b(?:avslag|avslå\w*|återremiss\w*|återremitter\w*|bordlägg\w*)\b", re.IGNORECASE)
# Where a measure's noun phrase ends.
_NP_END = re.compile(
    r"\s+(?:där|när|som|än|hos|eftersom|så\s+att|för\s+att|och\s+så|men|vilket|med\s+tanke)\b"
    r"|\s+i\s+(?-i:(?=[a-zåäö]))|\s+[–—-]\s|[.,;:!?()\"”]|\s+och\s+(?:det|de|den|han|hon|vi|man)\b",
    re.IGNORECASE,
)
# A new list item: 'A, fler B och utökade C'.
_ITEM_SPLIT = re.compile(
    r"\s*,\s*|\s+(?:och|samt)\s+(?=(?:fler|mer|mera|ökade?|utökade?|bättre|nya?|ett|en|större|hårdare|skärpta?"
    r"|tydligare|tidigare)\b)",
    re.IGNORECASE,
)
_HEAD_START = re.compile(
    r"(?:(?:ett|en|sitt|sin|sina|vår|vårt|våra|de|det|den)\s+)?(?:så\s+kallade?\s+)?", re.IGNORECASE
)
_NOT_MEASURE = re.compile(
    r"^(?:att|inte|ingen|inga|något|några|det|detta|den|de|man|vi|jag|ni|hon|han|alla|mycket|mer\s+än|så|för"
    r"|möjlighet\w*|tid|svar|veta|säga|uppmana|påminna|tacka|förtydliga|informera|berätta|understryka"
    r"|bli|vara|kunna|göra|hitta|jobba|arbeta|fortsätta|ta|ge|gå|komma|hålla|lyfta|visa|ha|se|få)\b",
    re.IGNORECASE,
)
_QUANTIFIERS = frozenset({"mera", "extra", "flera", "nya", "andra"})
_SAME_SUBJECT = re.compile(r"\boch\s+(?:så\s+)?$", re.IGNORECASE)
# 'presenterade sitt gemensamma budgetförslag': the proposal itself.
_PRESENTED = re.compile(
    r"\b(?P<cue>presenterade|presenterar|presenterat|lade\s+fram|lägger\s+fram|lagt\s+fram|lämnade|lämnar)\s+"
    r"(?:[\wåäö]+\s+){0,3}?(?:sitt|sin|sina|ett|en)\s+(?:(?:gemensamma|nya|eget|egna)\s+)?"
    r"(?P<noun>budgetförslag|budgetalternativ|motion)\b(?P<we>)",
    re.IGNORECASE,
)
_POLITICAL = frozenset({E.POLITICAL_PARTY, E.MUNICIPAL_BODY})
_BACK_TO_PARTIES = re.compile(
    r"^\s*[–-]?\s*(?:partierna|de|dessa|allianspartierna|oppositionen)\s+$", re.IGNORECASE
)
_QUOTE = re.compile(r"^\s*[–—-]")
_MAX_WORDS = 9


def wished_measures(
    context: RelationContext, items: dict[int, Mention | None], members: dict[str, Mention]
) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, relation) for the measures wished for in the document. ``items`` are the
    sentences of lists of demands (``loaders.relations.politics.proposals``); ``members`` maps a person to
    the party the document puts the person in."""
    for i, sentence in enumerate(context.sentences):
        text = sentence.text
        if i not in items and not _may_wish(text):
            continue
        if i in items:
            proposers = _signatories(context, members) or ([items[i]] if items[i] is not None else [])
            clause = _ATT_CLAUSE.search(text)
            if clause is not None and proposers:
                yield from _propose(context, i, proposers, clause.end())
            continue
        if _REJECTING.search(text):
            continue  # 'yrkar avslag på motionen om X' proposes nothing
        last: list[Mention] = []
        for cue in _CUE.finditer(text):
            after = _AFTER_CUE.match(text, cue.end())
            if after is None:
                continue
            proposers, at = _wisher(context, i, cue, after, members)
            clause = (
                _ATT_CLAUSE.match(text, _CUE_ATT.match(text, cue.end()).end() - 1)
                if _CUE_ATT.match(text, cue.end())
                else None
            )
            if clause is not None:
                at = clause.end()
            # '... och så vill prova med X': a second wish without a subject is the first one's.
            proposers = proposers or (last if _SAME_SUBJECT.search(text, 0, cue.start()) else [])
            if proposers:
                last = proposers
                yield from _propose(context, i, proposers, at)
        about = _ABOUT.search(text)
        if about is not None:
            # 'Eva Ek (L) har lämnat en motion om X'; a title 'Motion om X' is its authors'.
            proposers = [
                m for m in _wisher(context, i, about, about, members)[0] if m.type != E.MUNICIPAL_BODY
            ]
            if not proposers and not text[: about.start()].strip():
                proposers = _authors(context, members)
            if proposers:
                yield from _propose(context, i, proposers, about.end())
        presented = _PRESENTED.search(text)
        if presented is not None:
            proposers, _ = _wisher(context, i, presented, presented, members)
            start = sentence.start + presented.start("noun")
            noun = presented.group("noun").lower()
            measure = Mention(start, start + len(noun), noun, E.INITIATIVE, noun, rule="presented_proposal")
            for proposer in proposers:
                yield i, FoundRelation(proposer, measure, R.PROPOSES, 0.7)


_WISH_STEMS = (
    "vill",
    "behöver",
    "kräv",
    "föresl",
    "yrka",
    "efterly",
    "motion",
    "förslag",
    "presenter",
    "fram",
    "lämna",
)


def _may_wish(text: str) -> bool:
    """A cheap test before the patterns: most sentences hold none of their words."""
    low = text.lower()
    return any(stem in low for stem in _WISH_STEMS)


def _propose(
    context: RelationContext, i: int, proposers: list[Mention], at: int
) -> Iterator[tuple[int, FoundRelation]]:
    for measure, amount in _measures(context, i, at):
        for proposer in proposers:
            yield i, FoundRelation(proposer, measure, R.PROPOSES, 0.7)
            if amount is not None:
                yield (
                    i,
                    FoundRelation(
                        proposer, measure, R.FUNDS, 0.65, {"amount_sek": amount, "status": "proposed"}
                    ),
                )


def _measures(context: RelationContext, i: int, at: int) -> Iterator[tuple[Mention, int | None]]:
    """The measures named from sentence offset ``at``: each item of the list, with a sum if given."""
    sentence = context.sentences[i]
    text = sentence.text
    end = _NP_END.search(text, at)
    stop = end.start() if end else len(text)
    # A list goes on after commas: read items up to the first end that is no comma.
    while end is not None and end.group(0).strip() == "," and _ITEM_AHEAD.match(text, end.end()):
        end = _NP_END.search(text, end.end())
        stop = end.start() if end else len(text)
    span = text[at:stop]
    pos = at
    for piece in _ITEM_SPLIT.split(span):
        start = text.find(piece, pos)
        pos = start + len(piece)
        found = _measure(context, i, start, piece)
        if found is not None:
            yield found


_ITEM_AHEAD = re.compile(
    r"\s*(?:fler|mer|mera|ökade?|utökade?|bättre|nya?|ett|en|större|hårdare|skärpta?|tydligare)\b",
    re.IGNORECASE,
)
_SUM_FOR = re.compile(
    r"\b(?:kronor|kr|mnkr|miljoner|miljarder)\b(?:\s+\w+){0,2}?\s+(?:för|till)\s+", re.IGNORECASE
)


def _measure(context: RelationContext, i: int, start: int, piece: str) -> tuple[Mention, int | None] | None:
    sentence = context.sentences[i]
    amount = None
    sums = find_amounts(piece)
    purpose = _SUM_FOR.search(piece)
    if sums and purpose is not None:
        amount = sums[0].sek
        start, piece = start + purpose.end(), piece[purpose.end() :]
    lead = _HEAD_START.match(piece)
    if lead is not None:
        start, piece = start + lead.end(), piece[lead.end() :]
    piece = re.sub(r"\s+så\s+kallade?\s+", " ", piece).strip()
    words = piece.split()
    if not words or len(words) > _MAX_WORDS or _NOT_MEASURE.match(piece) or not piece[:1].isalpha():
        return None
    if piece[:1].isupper() and len(words) == 1:
        return None  # a name alone ('Polisen') is an actor, no measure
    if words[0].endswith("a") and words[0].lower() not in _QUANTIFIERS:
        return None  # an infinitive ('vill göra Mora tryggare'): an aim, no measure named
    absolute = sentence.start + start
    for m in context.mentions[i]:
        if m.type == E.INITIATIVE and absolute <= m.start < absolute + len(piece):
            return m, amount  # a measure already read as an initiative keeps its name
        if m.type != E.PLACE and m.start <= absolute < m.end:
            return None  # an actor, not a measure
    return Mention(absolute, absolute + len(piece), piece, E.INITIATIVE, piece, rule="wished_measure"), amount


# ---------------------------------------------------------------------- who wishes


def _wisher(
    context: RelationContext, i: int, cue: re.Match[str], after: re.Match[str], members: dict[str, Mention]
) -> tuple[list[Mention], int]:
    """Who wishes, and where the measure starts."""
    sentence = context.sentences[i]
    text = sentence.text
    strong = bool(_STRONG_CUE.match(cue.group("cue")))
    before = text[: cue.start()]
    mentions = context.mentions[i]
    # The subject before the verb: the mentions of the clause before it that no preposition governs.
    clause_start = _clause_start(before, [m.end - sentence.start for m in mentions])
    subject = [
        m
        for m in mentions
        if clause_start <= m.start - sentence.start < cue.start()
        and not _governed(text, m.start - sentence.start)
    ]
    if subject:
        return _political(subject, strong, members), after.end()
    if after.group("we") is None:
        # The subject right after the verb: 'kräver kommunalrådet Anna Ek, (M), krafttag'.
        inverted = [
            m
            for m in mentions
            if m.type == E.PERSON and cue.end() <= m.start - sentence.start <= cue.end() + 40
        ]
        if inverted:
            end = inverted[0].end - sentence.start
            letters = _PARTY_AFTER.match(text, end)
            rest = _AFTER_CUE.match(text, letters.end() if letters else end)
            return _political(inverted[:1], strong, members), (rest.end() if rest else len(text))
    if _BACK_TO_PARTIES.match(before):
        return _parties_before(context, i), after.end()
    if after.group("we") or re.search(r"\bvi\s+$", before, re.IGNORECASE):
        speaker = _speaker(context, i)
        if speaker is not None:
            return ([speaker] if speaker.canonical in members else []), after.end()
        return _authors(context, members), after.end()  # 'Vi föreslår' in a motion: those who sign it
    return [], after.end()


def _authors(context: RelationContext, members: dict[str, Mention]) -> list[Mention]:
    """Who writes a political text: its signatories, else the party that signs it."""
    signed = _signatories(context, members)
    if any(m.type == E.POLITICAL_PARTY for m in signed):
        return signed
    return [context.author_party] if context.author_party is not None else []


_PARTY_AFTER = re.compile(r",?\s*\(?[A-ZÅÄÖ]{1,3}\)?\s*,?|,")


def _political(subject: list[Mention], strong: bool, members: dict[str, Mention]) -> list[Mention]:
    """Those of the subject who propose: parties, politicians and public bodies (any actor for 'kräver')."""
    out = []
    for m in subject:
        if (
            m.type in _POLITICAL
            or (m.type == E.PERSON and m.canonical in members)
            or (strong and m.type in (E.MUNICIPALITY, E.PERSON))
        ):
            out.append(m)
    return out


def _clause_start(before: str, ends: list[int]) -> int:
    """Where the clause before a verb starts: after ':' or 'att', or a comma that closes no listed name
    and stands in no brackets ('Alliansen (M, C och KD) vill ...')."""
    start = max(before.rfind(":"), before.rfind(" att "), 0)
    for comma in (m.start() for m in re.finditer(",", before)):
        if before.count("(", 0, comma) > before.count(")", 0, comma):
            continue
        if comma > start and comma not in ends and comma - 1 not in ends:
            start = comma
    return start


def _governed(text: str, at: int) -> bool:
    words = text[:at].split()
    return bool(words) and words[-1].lower() in {
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
    }


def _parties_before(context: RelationContext, i: int) -> list[Mention]:
    """The parties 'Partierna' refers to: those listed last in the sentences before."""
    for j in range(i - 1, max(-1, i - 10), -1):
        parties = {m.canonical: m for m in context.mentions[j] if m.type == E.POLITICAL_PARTY}
        if len(parties) >= 2:
            return list(parties.values())
    return []


def _speaker(context: RelationContext, i: int) -> Mention | None:
    """The person a quoted sentence is from: 'säger X' here or after, else the quote's speaker before."""
    speaker = context.speaker(i)
    if speaker is not None:
        return speaker
    for j in range(i - 1, max(-1, i - 5), -1):
        found = context.speaker(j)
        if found is not None:
            return found
        if _PRONOUN_SPEAKS.search(context.sentences[j].text):
            return _last_person(context, j)  # '..., säger hon.': the one spoken of last
        persons = [m for m in context.mentions[j] if m.type == E.PERSON]
        if persons and context.sentences[j].text.rstrip().endswith(":"):
            return persons[-1]
        if persons:
            break  # someone else is spoken of: the quote is not theirs
    return None


# A quote closed by a pronoun: '..., säger hon.', 'menar han'.
_PRONOUN_SPEAKS = re.compile(r"\b(?:säger|sa|sade|menar|betonar|understryker|fortsätter)\s+(?:hon|han)\b")


def _last_person(context: RelationContext, i: int) -> Mention | None:
    """The person named last in sentence ``i`` or the few before it."""
    for j in range(i, max(-1, i - 4), -1):
        persons = [m for m in context.mentions[j] if m.type == E.PERSON]
        if persons:
            return persons[-1]
    return None


def _signatories(context: RelationContext, members: dict[str, Mention]) -> list[Mention]:
    """The persons who sign a motion at its end, and their parties."""
    n = len(context.sentences)
    out: list[Mention] = []
    for j in range(max(0, n - 8), n):
        if len(context.sentences[j].text) > 80:
            continue
        found = context.mentions[j]
        persons = [m for m in found if m.type == E.PERSON]
        if len(persons) != 1:
            continue
        out.append(persons[0])
        party = next((m for m in found if m.type == E.POLITICAL_PARTY), None)
        party = party or _local_party(context, j, persons[0]) or members.get(persons[0].canonical)
        if party is not None:
            out.append(party)
    return out


# A local party signing beside its member: 'Anna Ek, Moraborgarna', 'Eva Ek, Skinnskattebergsdemokraterna'.
_LOCAL_PARTY = re.compile(r",\s*(?P<party>[A-ZÅÄÖ][a-zåäö]+(?:demokraterna|partiet|borgarna|listan))\s*$")


def _local_party(context: RelationContext, j: int, person: Mention) -> Mention | None:
    sentence = context.sentences[j]
    m = _LOCAL_PARTY.search(sentence.text, person.end - sentence.start)
    if m is None:
        return None
    start = sentence.start + m.start("party")
    name = m.group("party")
    return Mention(start, start + len(name), name, E.POLITICAL_PARTY, name, rule="local_party")
