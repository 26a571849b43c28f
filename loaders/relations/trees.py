"""The dependency parse of a document's sentences, kept on the context for every reading of it.

A sentence is parsed once, by whichever reading asks first; the model loads only for documents
that need it. The helpers read a mention's place in the tree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from loaders.mentions.document import Mention
from loaders.relations.discourse import RelationContext

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def parsed(context: RelationContext, wanted: Iterable[int]) -> dict[int, Doc]:
    """The parse of each wanted sentence, parsing those no reading has parsed yet in one batch."""
    wanted = list(wanted)
    missing = [i for i in wanted if i not in context.trees]
    if missing:
        from loaders.syntax.pipeline import parse

        docs = parse((context.sentences[i].text for i in missing), tags=False)
        context.trees.update(zip(missing, docs, strict=True))
    return {i: context.trees[i] for i in wanted}


def parse_together(wanted: Sequence[tuple[RelationContext, Sequence[int]]]) -> None:
    """Parse the wanted sentences of several documents in one call to the parser.

    A sentence's parse does not depend on the sentences parsed with it, so each document's
    trees are the ones it would parse alone; fewer, longer calls spare the parser's fixed cost
    per call.
    """
    missing = [(context, i) for context, indices in wanted for i in indices if i not in context.trees]
    if not missing:
        return
    from loaders.syntax.pipeline import parse

    docs = parse((context.sentences[i].text for context, i in missing), tags=False)
    for (context, i), doc in zip(missing, docs, strict=True):
        context.trees[i] = doc


def tree(context: RelationContext, i: int) -> Doc:
    """The parse of one sentence."""
    return parsed(context, [i])[i]


def span_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that begin within a span of character offsets in the sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")  # found in C, not token by token
    if span is None:
        return [t for t in doc if start <= t.idx < end]
    return [t for t in span if start <= t.idx < end]


def span_head(doc: Doc, start: int, end: int) -> Token | None:
    """The token of a span (character offsets in the sentence) whose head lies outside it."""
    tokens = span_tokens(doc, start, end)
    outside = [t for t in tokens if not start <= t.head.idx < end or t.head.i == t.i]
    return outside[0] if outside else (tokens[-1] if tokens else None)


def mention_head(doc: Doc, offset: int, mention: Mention) -> Token | None:
    """A mention's syntactic head, in the parse of the sentence that begins at ``offset``."""
    return span_head(doc, mention.start - offset, mention.end - offset)


def first_conjunct(token: Token) -> Token:
    """The first of a coordination ('A, B och C'): the one whose role is the clause's."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
