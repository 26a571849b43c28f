"""Measures named as the object of a verb of carrying out, and who carries them out.

'Polisen genomför fler trafikkontroller i centrum', 'I höstas införde kommunen hembesök och
föräldrautbildning', 'Gislaveds kommun satsar på fler fältassistenter': what an organisation sets
going is a measure of its own, an ``Initiative`` named by the object's noun phrase (ONTOLOGY.md:
a described effort is an initiative even without a proper name), and the subject RUNS it. Each
conjunct of a coordinated object is a measure of its own, and each organisation of a
coordinated subject runs it.

The clause is read from the mentions around the verb rather than from the parse: the shipped
parser often takes a present-tense 'genomför' or 'inför' before an unknown compound for a
preposition. The subject stands right before the verb (after 'ska', 'kommer att', 'har', 'lovar
att' ...) or, in a clause opened by an adverbial, right after it.

Only an object whose head noun names an activity is read: a noun of action ('-ning', '-ering',
'-tion'), or one of the heads that measures are named by ('kontroller', 'besök', 'insatser',
'åtgärder', 'dialoger', 'närvaro', '-kameror', '-vakter', '-assistenter', '-tjänster'); 'inför
en ny regel' or 'erbjuder lokaler' name no measure. Wishes and demands ('vill införa', 'kräver
att kommunen inför') are proposals, read elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.language.cues import WordGate
from loaders.language.words import FUNCTION_WORDS, is_finite_verb
from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.triggers import ORGANISATIONS

__all__ = ["verb_object_relations"]

# Verbs that set a measure going, in the forms a clause of doing takes; 'satsa' takes it with 'på'.
_VERB = re.compile(
    r"(?<![\w-])(?P<verb>genomför|genomförde|genomfört|genomföra|inför|införde|infört|införa"
    r"|startar|startade|startat|starta|anordnar|anordnade|anordnat|anordna|arrangerar|arrangerade|arrangerat"
    r"|arrangera|erbjuder|erbjöd|erbjudit|erbjuda|bedriver|bedrev|bedrivit|bedriva|intensifierar"
    r"|intensifierade|intensifiera|utökar|utökade|utöka|inleder|inledde|inlett|inleda"
    r"|(?P<pa>satsar|satsade|satsat|satsa)(?=[ \t]+(?:\w+[ \t]+){0,2}?på\b))(?![\w-])",
    re.IGNORECASE,
)
_VERB_GATE = WordGate(_VERB)  # most sentences hold none of its words
# What may stand between the subject and the verb: auxiliaries, 'lovar att', adverbs.
_ADVERB = (
    r"(?:även|också|nu|därför|dessutom|gemensamt|tillsammans|redan|snart|i[ \t]+år|i[ \t]+höst|i[ \t]+vår)"
)
_BEFORE_VERB = re.compile(
    rf"[ \t]+(?:(?:ska|skall|har|hade|kan|{_ADVERB})[ \t]+"
    rf"|(?:kommer|lovar|fortsätter)[ \t]+(?:{_ADVERB}[ \t]+){{0,2}}att[ \t]+){{0,3}}\Z",
    re.IGNORECASE,
)
_ADVERBS = re.compile(
    r"[ \t]+(?:(?:även|också|nu|därför|gemensamt|tillsammans|bland[ \t]+annat|särskilt|fortsatt|redan"
    r"|stort|mer|extra|i[ \t]+år|på)[ \t]+)*",
    re.IGNORECASE,
)
# Heads that name an activity: nouns of action and the nouns measures are named by.
_ACTIVITY = re.compile(
    r"(?:ning|ningar|ering|eringar|tion|tioner|kontroll|kontroller|besök|insats|insatser|åtgärd|åtgärder"
    r"|dialog|dialoger|närvaro|kameror|kamera|vakter|assistenter|tjänster|kampanj|kampanjer|träffar"
    r"|utbildning|utbildningar|vandringar)\Z"
)
# Heads that end like a noun of action yet name no measure.
_NOT_MEASURES = frozenset(
    ["regering", "ordning", "mening", "tidning", "förening", "ledning", "lösning", "situation", "station"]
)
# A general head alone names no measure ('genomförde en insats'); a compound or a qualified one does.
_BARE = re.compile(
    r"(?:insats|insatser|åtgärd|åtgärder|kontroll|kontroller|kampanj|kampanjer|dialog|dialoger|närvaro"
    r"|utbildning|utbildningar|tjänster|träffar|besök|verksamhet|ning|ningar|ering|eringar)\Z"
)
_OPENERS = frozenset(["en", "ett", "flera", "fler", "ytterligare"])
_QUANTIFIERS = frozenset(["fler", "flera", "ytterligare"])
_COMPLEMENT = frozenset(["mot", "kring", "för", "om"])
_UNREALISED = re.compile(
    r"\b(?:vill|ville|önska\w*|kräv\w*|föreslå\w*|föreslog|yrka\w*|motion\w*|bör|borde|behöv\w*"
    r"|skulle|vore|inte|ej|aldrig)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[ \t]*(?P<w>[\wåäöÅÄÖ-]+)")
_MAX_WORDS = 7


def verb_object_relations(context: RelationContext) -> Iterator[tuple[int, FoundRelation]]:
    """(sentence index, RUNS) from the subject of a verb of carrying out to each measure it sets going."""
    for i, sentence in enumerate(context.sentences):
        text = sentence.text
        mentions = context.mentions[i]
        if not any(m.type in ORGANISATIONS for m in mentions) or _UNREALISED.search(text):
            continue
        for match in _VERB.finditer(text) if _VERB_GATE.may_match(text) else ():
            runners, after = _subjects(text, sentence.start, mentions, match)
            if not runners:
                continue
            gap = _ADVERBS.match(text, after)
            pos = gap.end() if gap else after
            for measure in _measures(text, sentence.start, mentions, pos):
                for runner in runners:
                    yield i, FoundRelation(runner, measure, R.RUNS, 0.5)


def _subjects(
    text: str, offset: int, mentions: list[Mention], match: re.Match[str]
) -> tuple[list[Mention], int]:
    """The organisations that do what the verb says, and where the object may start."""
    before = [m for m in mentions if m.end - offset <= match.start()]
    if before and _BEFORE_VERB.fullmatch(text, before[-1].end - offset, match.start()) is not None:
        if before[-1].type in ORGANISATIONS:
            return _run(text, offset, before), match.end()
        return [], match.end()
    after = [m for m in mentions if m.start - offset >= match.end()]
    if (
        after
        and not text[match.end() : after[0].start - offset].strip()
        and after[0].type in ORGANISATIONS
        and not _opens_clause(text[: match.start()])
    ):
        # 'I höstas införde kommunen ...': the subject after the verb, the object after it
        return [after[0]], after[0].end - offset
    return [], match.end()


def _opens_clause(before: str) -> bool:
    """Whether the verb opens its sentence (a question or imperative: no subject after it)."""
    return not before.strip(' \t"–-')


def _run(text: str, offset: int, before: list[Mention]) -> list[Mention]:
    """The subject and the organisations coordinated before it ('Polisen och kommunen')."""
    run = [before[-1]]
    for mention in reversed(before[:-1]):
        link = text[mention.end - offset : run[-1].start - offset]
        if mention.type not in ORGANISATIONS or not re.fullmatch(r"\s*(?:,|och|samt)\s*", link):
            break
        run.append(mention)
    return run


def _measures(text: str, offset: int, mentions: list[Mention], pos: int) -> list[Mention]:
    """The measures of a coordinated object starting at ``pos``: 'hembesök och föräldrautbildning'."""
    found: list[Mention] = []
    while len(found) < 4:
        measure, end = _measure(text, offset, mentions, pos)
        if measure is None:
            break
        found.append(measure)
        link = re.match(r"[ \t]*(?:,|och|samt)[ \t]*", text[end:])
        if link is None:
            break
        pos = end + link.end()
    return found


def _measure(text: str, offset: int, mentions: list[Mention], pos: int) -> tuple[Mention | None, int]:
    """The noun phrase at ``pos`` when its head names an activity; an initiative already found
    there is taken as it is."""
    at = offset + pos + (len(text[pos:]) - len(text[pos:].lstrip()))
    known = next((m for m in mentions if m.start <= at < m.end), None)
    if known is not None:
        return (known, known.end - offset) if known.type == E.INITIATIVE else (None, pos)
    words: list[tuple[str, int, int]] = []
    cursor = pos
    while len(words) < _MAX_WORDS:
        m = _WORD.match(text, cursor)
        if m is None or not m.group("w").islower():
            break
        words.append((m.group("w"), m.start("w"), m.end("w")))
        cursor = m.end()
    if words and words[0][0] in _OPENERS - {"fler", "flera", "ytterligare"}:
        words = words[1:]
    head = _head(words)
    if head is None:
        return None, pos
    end = words[head][2]
    rest = words[head + 1 :]
    if len(rest) >= 2 and rest[0][0] in _COMPLEMENT and rest[1][0] not in FUNCTION_WORDS:
        tail = 1
        while tail < len(rest) and tail < 4 and _content(rest[tail][0]):
            end = rest[tail][2]
            tail += 1
    start = words[0][1]
    if start == words[head][1] and end == words[head][2] and _BARE.match(words[head][0]):
        return None, pos
    if any(m.start < offset + end and offset + start < m.end for m in mentions):
        return None, pos
    name = " ".join(text[start:end].split())
    return Mention(
        offset + start, offset + end, name, E.INITIATIVE, name, head=words[head][0], rule="verb_object"
    ), end


def _head(words: list[tuple[str, int, int]]) -> int | None:
    """Index of the object's head noun: the last word of its opening run of modifiers and nouns."""
    head = None
    for k, (word, _, _) in enumerate(words):
        low = word.lower()
        if low in _QUANTIFIERS:
            continue  # 'fler' ends like a verb ('flera' its lemma) but opens the object
        if low in FUNCTION_WORDS or is_finite_verb(low):
            break
        if _ACTIVITY.search(low) and low not in _NOT_MEASURES:
            head = k
        elif head is not None:
            break
    return head


def _content(word: str) -> bool:
    return word not in FUNCTION_WORDS and not is_finite_verb(word)
