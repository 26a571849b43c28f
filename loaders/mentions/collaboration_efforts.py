"""Collaborations that a text states with a verb and then speaks of as a thing: "Bostadsbolaget
och kommunen ska samarbeta för ökad trygghet. Samarbetet gäller ...".

A verb of collaboration ("samarbetar", "samverkar") says that actors work together; when the next
sentences take the collaboration up as a noun ("Samarbetet", "denna samverkan", "detta
samarbete"), the text treats it as one effort with an identity, an initiative (ONTOLOGY.md's
"described joint effort"). It is named from the verb's topic ("samarbete för ökad trygghet")
or, without one, from its two parties ("samverkan mellan Polisen och Mora kommun"). Without a
later noun the verb only says who works with whom, which relation rules read as collaboration.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.model import EntityType
from loaders.mentions.candidates import LOWER, UPPER, Candidate, Scan
from loaders.mentions.effort_phrases import COMPLEMENT_PREPOSITIONS, complement_after
from loaders.mentions.lexicon import Lexicon

__all__ = ["find_collaboration_efforts"]

UP, LO = UPPER, LOWER

_VERB = re.compile(
    r"(?<![\w-])(?P<word>(?P<verb>samarbet|samverk)(?:ar|a|ade|at))(?![\w-])"
    r"(?:[ \t]+(?:tätare|närmare|mer|mera|bättre|också|även|nu|redan|ytterligare|aktivt|gemensamt|tillsammans))?",
)
# The collaboration taken up as a noun in a later sentence: "Samarbetet ...", "denna samverkan",
# "detta samarbete"; "samverkan" alone only as the subject of a clause ("Samverkan gäller ...").
_TAKEN_UP = re.compile(
    r"(?<![\w-])(?:samarbetet|samarbetets|(?:detta|det[ \t]+här|vårt|ett[ \t]+sådant)[ \t]+samarbete|"
    r"(?:denna|den[ \t]+här|vår|en[ \t]+sådan)[ \t]+samverkan|"
    r"samverkan(?=[ \t]+(?:är|har|ska|handlar|innebär|syftar|gäller|består|omfattar|sker|pågår)\b))",
    re.IGNORECASE,
)
_TOPIC = COMPLEMENT_PREPOSITIONS - {"mellan", "på", "inför", "runt"}
# Two named parties right before the verb: "Polisen och Mora kommun samverkar".
_PARTY = rf"[{UP}][{LO}]+(?:[ \t]+[{UP}][{LO}]+)?(?:[ \t]+(?:kommun|stad|län|region))?"
_PARTIES_BEFORE = re.compile(
    rf"(?<![\w-])(?P<a>{_PARTY})[ \t]+och[ \t]+(?P<b>{_PARTY})[ \t]+(?:har[ \t]+|ska[ \t]+|kommer[ \t]+att[ \t]+)?\Z"
)
_NOUN = {"samarbet": "samarbete", "samverk": "samverkan"}
_FOLLOWING = 3  # sentences after the verb's in which the noun may take it up


def _taken_up(scan: Scan, offset: int) -> bool:
    """Whether one of the sentences after the one holding ``offset`` takes the collaboration up."""
    i = scan.sentence_of(offset)
    if i < 0:
        return False
    start = scan.sentences[i].end
    last = scan.sentences[min(i + _FOLLOWING, len(scan.sentences) - 1)].end
    return start < last and _TAKEN_UP.search(scan.text, start, last) is not None


def find_collaboration_efforts(scan: Scan, lexicon: Lexicon) -> Iterator[Candidate]:
    """Initiative candidates for collaborations stated by a verb and taken up as a noun."""
    del lexicon  # read from the words alone
    if "samarbet" not in scan.lower and "samverk" not in scan.lower:
        return
    text = scan.text
    for m in _VERB.finditer(scan.lower):
        if not _taken_up(scan, m.start()):
            continue
        noun = _NOUN[m.group("verb")]
        end = scan.sentence_end(m.start())
        complement = complement_after(text, m.end(), end, _TOPIC)
        if complement:
            name = f"{noun} {complement}"
            span_end = text.find(complement, m.end()) + len(complement)
        else:
            sentence_start = scan.sentences[scan.sentence_of(m.start())].start
            parties = _PARTIES_BEFORE.search(text, sentence_start, m.start())
            if parties is None:
                continue
            name = f"{noun} mellan {parties.group('a')} och {parties.group('b')}"
            span_end = m.end("word")
        yield Candidate(
            m.start(),
            span_end,
            text[m.start() : span_end],
            EntityType.INITIATIVE,
            name,
            "collaboration_effort",
            ref="initiative",
            head=noun,
            key=noun,
            data={"qualified": "yes", "complement": complement, "head_end": str(m.end("word"))}
            if complement
            else {"qualified": "yes"},
        )
