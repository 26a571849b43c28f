"""Relations between the mentions of a sentence, from Swedish trigger patterns.

For each trigger ('i samverkan med', 'etablerade sig i', 'avsatte', 'är utformade av', ...;
see ``loaders.relations.triggers``) the subject and object are found by word order (``loaders.relations.arguments``),
checked against the relation's type signature and paired up, lists included. With a
``RelationContext`` the whole document is read once: 'vi', 'De' and subjectless sentences are
resolved (``loaders.relations.discourse``), people's parties and employers are read from bylines,
protocols and contact blocks (``loaders.relations.people.affiliations``), relations implied by public facts are
added (``loaders.relations.structure.hierarchy``), lists of demands under a proposing line are read item by item
(``loaders.relations.politics.proposals``), and time expressions date what a sentence states (``loaders.relations.validity``).
Each relation is returned with the sentence that states it.

Beyond the triggers, a sentence's relations imply others: the partners of whoever runs an
initiative take part in it; a politician's proposal is the party's; what is only proposed or
wished for ('vill införa en fältgrupp i Rinkeby') is active nowhere yet.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import combinations
from typing import Any

from graph.model import EntityType as E
from graph.model import RelationType as R
from loaders.mentions.document import Mention
from loaders.mentions.gazetteer import POLICE_ROOT, load_gazetteer, read_list
from loaders.relations.arguments import SentenceView, Slot
from loaders.relations.collaboration.authority_collectives import authority_collective_relations
from loaders.relations.collaboration.collaboration import (
    as_organisation,
    joint_signers,
    partner_clique,
    police_parents,
    previous_opener,
    signature_block,
    without_umbrellas,
)
from loaders.relations.collaboration.example_lists import without_example_partners
from loaders.relations.collaboration.joint_sentences import joint_relations
from loaders.relations.collaboration.parties_anaphor import party_anaphor_relations
from loaders.relations.collaboration.partner_checks import without_false_partners
from loaders.relations.criminal.against_groups import against_group_relations
from loaders.relations.criminal.counter_efforts import effort_counters
from loaders.relations.criminal.criminal import criminal_group_relations
from loaders.relations.criminal.group_places import group_place_relations
from loaders.relations.criminal.group_presence import group_presence_relations
from loaders.relations.criminal.group_presence import sentences_to_parse as group_presence_sentences
from loaders.relations.criminal.owned_premises import owned_premises_relations
from loaders.relations.criminal.police_counters import police_counter_relations
from loaders.relations.discourse import RelationContext
from loaders.relations.found_relation import FoundRelation
from loaders.relations.partaking.partaking_subjects import sentences_to_parse as partaking_sentences
from loaders.relations.partaking.participants import add_participants
from loaders.relations.partaking.runner_partakers import without_runner_partakers
from loaders.relations.people.affiliations import party_letters, sentence_affiliations
from loaders.relations.people.appointments import appointments
from loaders.relations.people.employers import (
    fronted_employers,
    pronoun_offices,
    shared_offices,
    with_municipality,
)
from loaders.relations.people.leaders import leader_relations
from loaders.relations.places.area_anaphors import area_anaphor_relations
from loaders.relations.places.area_words import area_word_relations
from loaders.relations.places.covered_places import covered_place_relations
from loaders.relations.places.district_towns import district_towns
from loaders.relations.places.fronted_places import fronted_place_relations
from loaders.relations.places.investigation_places import investigations_where_committed
from loaders.relations.places.measure_echoes import measure_echo_relations
from loaders.relations.places.method_places import method_place_relations
from loaders.relations.places.owned_work import owned_work_relations
from loaders.relations.places.owned_work import sentences_to_parse as owned_work_sentences
from loaders.relations.places.place_chains import place_chain_relations
from loaders.relations.places.place_containment import contained_places, listed_places_in
from loaders.relations.places.place_municipalities import municipality_places
from loaders.relations.places.presence import presence_relations
from loaders.relations.places.presence import sentences_to_parse as presence_sentences
from loaders.relations.places.prompting_events import prompting_event_relations
from loaders.relations.places.town_sides import town_sides
from loaders.relations.places.trailing_places import trailing_place_relations
from loaders.relations.places.unit_presence import unit_presence_relations
from loaders.relations.places.where_clauses import sentences_to_parse as where_sentences
from loaders.relations.places.where_clauses import where_clause_relations
from loaders.relations.politics.amounts import find_amounts
from loaders.relations.politics.budget_parts import budget_parts
from loaders.relations.politics.coalitions import dissolve_named_coalitions
from loaders.relations.politics.funding_checks import without_police_funding
from loaders.relations.politics.funding_recipients import funding_recipient_relations
from loaders.relations.politics.party_voices import party_voices, politicians_not_councils
from loaders.relations.politics.proposal_anaphors import proposal_anaphor_relations
from loaders.relations.politics.proposals import proposal_items, proposal_lists
from loaders.relations.politics.quoted_proposals import quoted_proposals
from loaders.relations.politics.spending import spent_on
from loaders.relations.politics.wishes import wished_measures
from loaders.relations.running.bare_efforts import without_bare_efforts
from loaders.relations.running.commissions import commissioned_runs, without_commissioners
from loaders.relations.running.effort_actions import effort_action_relations
from loaders.relations.running.efforts import effort_relations
from loaders.relations.running.group_runners import groups_take_part
from loaders.relations.running.joint_runners import joint_runner_relations
from loaders.relations.running.owners import owner_relations
from loaders.relations.running.passive_runners import passive_runner_relations
from loaders.relations.running.relative_runners import relative_runner_relations
from loaders.relations.running.resource_runners import resource_runner_relations
from loaders.relations.running.responsibilities import responsible_runs
from loaders.relations.running.topic_runners import topic_runner_relations
from loaders.relations.running.town_runners import town_runner_relations
from loaders.relations.running.undertakings import undertaking_relations
from loaders.relations.running.unrealised import without_proposed_runs
from loaders.relations.running.untied_runners import untied_runner_relations
from loaders.relations.running.verb_goals import verb_goal_relations
from loaders.relations.running.verb_objects import verb_object_relations
from loaders.relations.running.we_runners import sentences_to_parse as we_sentences
from loaders.relations.running.we_runners import we_runner_relations
from loaders.relations.structure.basis_items import without_basis_parts
from loaders.relations.structure.hierarchy import structural_relations
from loaders.relations.structure.pact_initiatives import pact_initiative_relations
from loaders.relations.structure.pacts import pact_relations
from loaders.relations.structure.programme_parts import programme_parts
from loaders.relations.structure.unit_inside import units_inside
from loaders.relations.syntactic import sentences_to_parse as syntactic_sentences
from loaders.relations.syntactic import syntactic_relations
from loaders.relations.trees import parsed as parse_sentences
from loaders.relations.triggers import (
    ACTORS,
    ORGANISATIONS,
    PROPOSAL_CUES,
    TRIGGERS,
    Frame,
    Trigger,
    TriggerSet,
    allowed,
)
from loaders.relations.validity import find_validity

__all__ = ["FoundRelation", "RelationContext", "find_relations", "sentences_to_parse"]

_MAX_TRIGGERS = 40  # trigger matches read per sentence
# Collaboration last: 'X, som drivs tillsammans med Y' needs to know who runs X.
_ORDERED = TriggerSet(sorted(TRIGGERS, key=lambda t: t.types[0] is R.COLLABORATES_WITH))
_MAX_SOURCES = 8
_JOINT = (R.RUNS, R.PROPOSES, R.FUNDS)
_ACTIONS = frozenset(
    {R.RUNS, R.FUNDS, R.PROPOSES, R.COLLABORATES_WITH, R.ACTIVE_IN, R.PARTICIPATES_IN, R.COUNTERS}
)
_WORK_SUBJECT = re.compile(
    r"^\s*[–-]?\s*(?:(?:(?:det|den|vårt|vår|hela)\s+)?(?:[\wåäö-]+\s+)?(?:arbetet|insatsen|insatserna|satsningen"
    r"|projektet|verksamheten|samarbetet|arbetssättet|uppdraget|detta|det\s+hela)\b[^,]*)?$",
    re.IGNORECASE,
)
_CONTINUATION = re.compile(
    r"^\s*[–-]?\s*(?:det\s+gäller|det\s+handlar\s+om|det\s+rör|bland\s+annat|till\s+exempel|exempelvis|främst|särskilt)\b",
    re.IGNORECASE,
)
_REJECTION = re.compile(r"\b(?:avslag|avslå\w*|återremiss\w*|återremitter\w*|bordlägg\w*)\b", re.IGNORECASE)
# A subordinate clause with a subject of its own that is no mention: 'att nämnden ', 'att den '.
_OWN_SUBJECT = re.compile(
    r"\b(?:att|om|när|då|eftersom)\s+(?:nämnden|styrelsen|förvaltningen|fullmäktige|regeringen|den|det|han|hon"
    r"|man|ni)\s+(?:(?:också|även|ska|skall|bör|kan|måste|får|inte|nu)\s+){0,2}\Z",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:inte|ej|aldrig|icke)\b", re.IGNORECASE)
_COUNTERFACTUAL = re.compile(r"^\s*[–-]?\s*(?:utan|om\s+inte)\b", re.IGNORECASE)
_RELATIVE_SOM = re.compile(r"\bsom\s+(?:\w+\s+)?$", re.IGNORECASE)
# A quoted name too ('"Ekvillan" i Ås'), and a part of the larger place ('Mora i norra Dalarna').
_ADJACENT_IN = re.compile(
    r"[\"”»']?\s+(?:i|på)\s+(?:(?:norra|södra|östra|västra|mellersta|centrala|nordöstra|nordvästra|sydöstra"
    r"|sydvästra|inre|yttre)\s+)?"
)
# Between an initiative and the places it is in: 'X bland annat i områdena A och B', 'X, en insats i A'.
_INITIATIVE_IN = re.compile(
    r"\s+(?:(?:bland\s+annat|främst|framför\s+allt|särskilt|även|också)\s+)?(?:i|på)\s+"
    # 'i flera bostadsområden, bland annat i A och B': the areas, then those named
    r"(?:(?:flera|olika|några|alla|samtliga|två|tre|fyra|fem)\s+(?:utsatta\s+)?(?:bostadsområden|områden|stadsdelar"
    r"|kommundelar|kommuner|orter)\s*,?\s*(?:bland\s+annat|främst|däribland|till\s+exempel|som|såsom)\s+(?:i\s+|på\s+)?)?"
    r"(?:(?:områdena|området|stadsdelarna|stadsdelen|bostadsområdena|bostadsområdet|kommundelarna)\s+)?"
    r"|\s*,\s*(?:en|ett)\s+[\wåäö-]*(?:insats|satsning|projekt|initiativ|verksamhet|kontroll|operation"
    r"|samarbete|program)\w*\s+(?:i|på)\s+",
    re.IGNORECASE,
)
# Wishes and plans: what they name is not yet anywhere ('vore välkommet att inrätta X i Y').
_UNREALISED = re.compile(
    r"\b(?:vore|önskar|önskvärt|behöver|behövs|planerar|planeras|föreslås|kommer\s+att\s+behöva)\b"
    r"|\batt\s+(?:inrätta|införa|starta|skapa|bygga\s+upp|ta\s+fram|utreda|se\s+över|pröva|testa)\b",
    re.IGNORECASE,
)
_PROPOSER_CUE = re.compile(
    r"\b(?:föreslår|föreslog|anser|ansåg|tycker|vill|kräver|krävde|yrkar|yrkade)\s+(?:\w+\s+)?att\b",
    re.IGNORECASE,
)
_NAMED_PLACE = re.compile(r"\s(?:i|på|från)\s+[A-ZÅÄÖ][\wåäö-]*\Z")
_MORE_PLACES = re.compile(r"\s*(?:,|och|samt)\s*")
# The agent of a passive that this one is coordinated with: 'drivs av A och finansieras av B'.
_AGENT_OF_EARLIER_PASSIVE = re.compile(r"\b[a-zåäö]+(?:as|s)\s+av\s+\Z")
_JOINED = re.compile(r"\s*(?:,\s*)?(?:och|samt)\s+(?:[a-zåäö]+\s+)?")
_RELATIVE_BEFORE = re.compile(r"\s*,\s*som\s+(?:\w+\s+){0,2}\Z")
_WHERE = re.compile(r"\s*,?\s*där\s+")
# Verbs of carrying something out (not of adopting or deciding it).
_DOING = re.compile(
    r"(?:genomför|genomförde|genomfört|genomföra|driver|drev|drivit|bedriver|bedrev|bedrivit|håller\s+i"
    r"|arrangerar|arrangerade|anordnar|anordnade|organiserar|organiserade|leder|ledde|lett|startade|startat"
    r"|inledde|inlett)",
    re.IGNORECASE,
)
_WITHIN = re.compile(r"\s+(?:i|inom|vid|under)\s+")
_ADJACENT_FROM = re.compile(r"\s+(?:i|på|från)\s+")
_COLON = re.compile(r"\s*:\s*(?:i\s+)?")
_NAMED = re.compile(
    r"\s*,?\s*(?:som\s+(?:\w+\s+)?(?:kallar|kallas|heter|går\s+under\s+namnet)(?:\s+för)?|kallad|kallat|kallade"
    r"|med\s+namnet|under\s+namnet)\s+",
    re.IGNORECASE,
)
# A thing worked with, not a partner: 'tillsammans med kunskap från X', 'samarbete med stöd av X'.
_THING_BEFORE = re.compile(r"\b(?:från|om|av|kring|inom|för|på)\b", re.IGNORECASE)
# Phrases whose object is no object of the trigger before them: 'tillsammans med X', 'hos X'.
_FOREIGN_PHRASE = re.compile(
    r"(?:\b(?:tillsammans|ihop|jämte|gemensamt|samverkan|samarbete[t]?|samarbeta[rt]?|samverka[rt]?)\s+med"
    r"|\b(?:hos|utan|enligt|bland|trots|åt))\s*\Z",
    re.IGNORECASE,
)


def find_relations(
    sentence: str, offset: int, mentions: Sequence[Mention], *, context: RelationContext | None = None
) -> list[FoundRelation]:
    """Relations stated in one sentence (text starting at ``offset`` in its document).

    ``mentions`` are the sentence's mentions. With ``context`` (the whole document, built once
    per document) the discourse is used as well; the relations are those whose evidence is
    this sentence.
    """
    if context is not None:
        i = context.index_at(offset)
        return list(_document_relations(context).get(i, [])) if i is not None else []
    gazetteer = load_gazetteer()
    extra = party_letters(sentence, offset, mentions, gazetteer)
    view = SentenceView(sentence, offset, [*mentions, *extra])
    found = _trigger_relations(view, None, None, []) + sentence_affiliations(view)
    return _dedupe(found)


# ---------------------------------------------------------------------- the document pass


def sentences_to_parse(context: RelationContext) -> list[int]:
    """The sentences whose parse the readings of the parse will ask for, in order."""
    return sorted(
        {
            *syntactic_sentences(context),
            *presence_sentences(context),
            *partaking_sentences(context),
            *where_sentences(context),
            *group_presence_sentences(context),
            *owned_work_sentences(context),
            *we_sentences(context),
        }
    )


def _parse_at_once(context: RelationContext) -> None:
    """Parse every sentence the readings of the parse need in one batch: a call to the parser
    costs as much as several sentences, so one per reading would double the parse's time."""
    if context.trees:  # parsed ahead, together with other documents' (loaders.extract.extract_many)
        return
    wanted = sentences_to_parse(context)
    if wanted:
        parse_sentences(context, wanted)


def _add(by_sentence: dict[int, list[FoundRelation]], found: Iterable[tuple[int, FoundRelation]]) -> None:
    """Each relation a reading yields, under the sentence it is read from."""
    for i, relation in found:
        by_sentence[i].append(relation)


def _document_relations(context: RelationContext) -> dict[int, list[FoundRelation]]:
    if context.found is not None:
        return context.found
    _parse_at_once(context)
    by_sentence: dict[int, list[FoundRelation]] = defaultdict(list)
    affiliations = [
        with_municipality(
            sentence_affiliations(context.view(i), i, context)
            + pronoun_offices(context, i)
            + shared_offices(context, i)
            + fronted_employers(context, i)
            + appointments(context, i),
            context,
        )
        for i in range(len(context.sentences))
    ]
    for found in affiliations:
        for rel in found:
            if rel.type is R.WORKS_FOR:
                context.employers.setdefault(rel.source.canonical, rel.target)
    open_collaboration: list[Mention] = []
    for i, sentence in enumerate(context.sentences):
        view = context.view(i)
        pending: list[Mention] = []
        stated = _trigger_relations(view, i, context, pending)
        _remember_subjects(context, i, stated)
        if not stated and open_collaboration and _CONTINUATION.match(sentence.text):
            stated = _continued_collaboration(view, open_collaboration)
        open_collaboration = pending
        by_sentence[i] += [*stated, *affiliations[i]]
    authored = _authors_party(context)
    if authored is not None:
        by_sentence[authored[0]].append(authored[1])
    _add(by_sentence, signature_block(context))
    # Units an office implies ('lokalpolisområdeschef i Rinkeby') have their parents too.
    offices = [
        (i, rel.target) for i, found in enumerate(affiliations) for rel in found if rel.type is R.WORKS_FOR
    ]
    _add(by_sentence, structural_relations(context, offices))
    _add(by_sentence, units_inside(context))
    _add(by_sentence, contained_places(context))
    _add(by_sentence, municipality_places(context))
    _add(by_sentence, town_sides(context))
    _add(by_sentence, programme_parts(context))
    items = proposal_items(context)
    _add(by_sentence, proposal_lists(context, items))
    _add(by_sentence, syntactic_relations(context))
    _add(by_sentence, we_runner_relations(context))
    _add(by_sentence, presence_relations(context))
    _add(by_sentence, where_clause_relations(context))
    _add(by_sentence, group_presence_relations(context))
    _add(by_sentence, owned_work_relations(context))
    _add(by_sentence, fronted_place_relations(context))
    _add(by_sentence, trailing_place_relations(context))
    _add(by_sentence, measure_echo_relations(context))
    _add(by_sentence, covered_place_relations(context))
    _add(by_sentence, group_place_relations(context))
    placed = {f.source.canonical for found in by_sentence.values() for f in found if f.type is R.LOCATED_IN}
    _add(by_sentence, district_towns(context, placed))
    _add(by_sentence, area_word_relations(context))
    _add(by_sentence, method_place_relations(context))
    _add(by_sentence, prompting_event_relations(context))
    _add(by_sentence, verb_object_relations(context))
    for i in items:  # a demand to start something somewhere says nothing of where it is active
        by_sentence[i] = [f for f in by_sentence[i] if f.type is not R.ACTIVE_IN]
    _add(by_sentence, _inferred(by_sentence, context))
    # After the inference above: signing a pact with its participants is no collaboration with them.
    _add(by_sentence, pact_relations(context))
    _add(by_sentence, effort_relations(context))
    _add(by_sentence, owner_relations(context))
    _add(by_sentence, undertaking_relations(context))
    _add(by_sentence, joint_relations(context))
    _add(by_sentence, party_anaphor_relations(context))
    _add(by_sentence, authority_collective_relations(context))
    _add(by_sentence, criminal_group_relations(context, by_sentence))
    _add(by_sentence, against_group_relations(context))
    _add(by_sentence, owned_premises_relations(context))
    members = {r.source.canonical: r.target for f in by_sentence.values() for r in f if r.type is R.MEMBER_OF}
    _add(by_sentence, wished_measures(context, items, members))
    _add(by_sentence, spent_on(context))
    _add(by_sentence, list(funding_recipient_relations(context, by_sentence)))
    _add(by_sentence, verb_goal_relations(context))
    _add(by_sentence, leader_relations(context))
    _add(by_sentence, relative_runner_relations(context))
    _add(by_sentence, town_runner_relations(context))
    _add(by_sentence, resource_runner_relations(context))
    _add(by_sentence, effort_action_relations(context))
    _add(by_sentence, commissioned_runs(context, items))
    _add(by_sentence, responsible_runs(context))
    _add(by_sentence, list(joint_runner_relations(context, by_sentence)))
    _add(by_sentence, list(pact_initiative_relations(context, by_sentence)))
    _add(by_sentence, list(topic_runner_relations(context, by_sentence)))
    # After the pact's own readings: an agentless passive in a pact's page is the signatories' already.
    _add(by_sentence, list(passive_runner_relations(context, by_sentence)))
    add_participants(context, by_sentence)
    _add(by_sentence, list(unit_presence_relations(context, by_sentence)))
    _add(by_sentence, list(area_anaphor_relations(context, by_sentence)))
    _add(by_sentence, list(place_chain_relations(context, by_sentence)))
    _add(by_sentence, list(effort_counters(context, by_sentence)))
    _add(by_sentence, list(police_counter_relations(context, by_sentence)))
    _add(by_sentence, quoted_proposals(context))
    _add(by_sentence, proposal_anaphor_relations(context))
    for found in by_sentence.values():
        found += _party_proposals(found)
    politicians_not_councils(by_sentence, context)
    without_commissioners(by_sentence, context)
    _add(by_sentence, list(party_voices(by_sentence, context)))
    dissolve_named_coalitions(by_sentence, context)
    without_example_partners(by_sentence, context)
    _add(by_sentence, list(budget_parts(by_sentence)))
    groups_take_part(by_sentence)
    without_police_funding(by_sentence)
    without_bare_efforts(by_sentence)
    investigations_where_committed(by_sentence)
    without_runner_partakers(by_sentence)
    # Last of the runners: only what no reading has tied to anyone.
    _add(by_sentence, untied_runner_relations(context, by_sentence))
    without_basis_parts(by_sentence, context)
    context.found = {
        i: _dedupe(without_proposed_runs(found, context.sentences[i].text, context.sentences[i].start))
        for i, found in without_false_partners(by_sentence).items()
    }
    return context.found


def _remember_subjects(context: RelationContext, i: int, stated: list[FoundRelation]) -> None:
    """Who acted in sentence ``i`` and who runs what, for the sentences after it."""
    for rel in stated:
        if rel.type is R.RUNS:
            context.runners.setdefault(rel.target.canonical, rel.source)
        if rel.type in _ACTIONS and rel.source.type in ORGANISATIONS:
            context.subjects.setdefault(i, rel.source)


def _authors_party(context: RelationContext) -> tuple[int, FoundRelation] | None:
    """A document written by a person in the name of a party ('Vi socialdemokrater ...') says the
    person belongs to it."""
    author, party = context.author, context.author_party
    if author is None or party is None:
        return None
    i, person = author
    return i, FoundRelation(person, party, R.MEMBER_OF, 0.6)


def _party_proposals(found: list[FoundRelation]) -> list[FoundRelation]:
    """'Anna Ek (C) yrkar bifall till ...': what a politician proposes, the party proposes."""
    parties = {f.source.canonical: f.target for f in found if f.type is R.MEMBER_OF}
    return [
        FoundRelation(
            parties[f.source.canonical], f.target, R.PROPOSES, round(f.confidence - 0.1, 2), f.properties
        )
        for f in found
        if f.type is R.PROPOSES and f.source.type == E.PERSON and f.source.canonical in parties
    ]


def _continued_collaboration(view: SentenceView, sources: list[Mention]) -> list[FoundRelation]:
    """'... vi måste samverka brett i länet. Det gäller inte minst med A, B och C.'"""
    found = []
    for slot in view.slots:
        if slot.mention is None or slot.type not in ACTORS:
            continue
        for source in sources:
            if source.canonical != slot.mention.canonical:
                found.append(FoundRelation(source, slot.mention, R.COLLABORATES_WITH, 0.6))
    return found


def _inferred(
    by_sentence: dict[int, list[FoundRelation]], context: RelationContext
) -> list[tuple[int, FoundRelation]]:
    """An initiative's runner works with those who take part in it (a person who leads it, through
    the organisation the person works for)."""
    runners: dict[str, list[Mention]] = defaultdict(list)
    for found in by_sentence.values():
        for rel in found:
            if rel.type is R.RUNS:
                runners[rel.target.canonical].append(rel.source)
    inferred = []
    for i, found in list(by_sentence.items()):
        for rel in found:
            if rel.type is not R.PARTICIPATES_IN:
                continue
            for named in runners.get(rel.target.canonical, []):
                runner = as_organisation(named, context) if rel.source.type != E.PERSON else named
                if runner is not None and runner.canonical != rel.source.canonical and runner.type in ACTORS:
                    inferred.append((i, FoundRelation(runner, rel.source, R.COLLABORATES_WITH, 0.55)))
    return inferred


# ---------------------------------------------------------------------- one sentence


def _trigger_relations(
    view: SentenceView, i: int | None, context: RelationContext | None, pending: list[Mention]
) -> list[FoundRelation]:
    found: list[FoundRelation] = []
    claimed: list[tuple[int, int, R, Frame, bool]] = []
    matches = 0
    for trigger, trigger_matches in _ORDERED.read(view.text):
        for match in trigger_matches:
            # Words read by one trigger are not read again for the same type, unless the first
            # found nothing and the other reads them in another word order ('deltar A i X' /
            # 'I X deltar A').
            if any(
                a < match.end()
                and match.start() < b
                and t in trigger.types
                and (stated or frame is trigger.frame)
                for a, b, t, frame, stated in claimed
            ):
                continue
            matches += 1
            if matches > _MAX_TRIGGERS:
                break
            stated = _apply(trigger, match, view, i, context, pending)
            if context is not None:
                for rel in stated:
                    if rel.type is R.RUNS:
                        context.runners.setdefault(rel.target.canonical, rel.source)
            found += stated
            claimed += [(match.start(), match.end(), t, trigger.frame, bool(stated)) for t in trigger.types]
    adjacent = _adjacent(view) + _workers_about(view)
    if adjacent:
        validity = find_validity(view.text, context.date if context else None)
        found += [_dated(f, validity) for f in adjacent]
    found = [f for f in found if f.type is not R.ACTIVE_IN or not _proposed(view, f.source)]
    found += _proposers_of_sums(view, found, i, context)
    found += joint_signers(view)
    found += police_parents(found, view, context)
    return _partners_take_part(_counter_partners(found))


def _proposers_of_sums(
    view: SentenceView, found: list[FoundRelation], i: int | None, context: RelationContext | None
) -> list[FoundRelation]:
    """'Moderaterna anser att kommunen ska avsätta 2 mnkr till X': the party proposes X."""
    proposed = [
        f
        for f in found
        if f.type is R.FUNDS and f.properties.get("status") == "proposed" and f.target.type == E.INITIATIVE
    ]
    if not proposed:
        return []
    cue = _PROPOSER_CUE.search(view.text)
    if cue is None:
        return []
    proposer: Mention | None = None
    for k in view.before(cue.start(), 80):
        slot = view.slots[k]
        if slot.pronoun == "vi" and context is not None and i is not None:
            proposer = context.we(i, proposal=True)
        elif slot.type == E.POLITICAL_PARTY and not view.governed(k):
            proposer = slot.mention
        if proposer is not None or slot.type in ACTORS:
            break
    if proposer is None:
        return []
    return [
        FoundRelation(proposer, f.target, R.PROPOSES, 0.7)
        for f in proposed
        if proposer.canonical not in (f.source.canonical, f.target.canonical)
    ]


def _proposed(view: SentenceView, source: Mention) -> bool:
    """'vill införa en fältgrupp i Rinkeby': what is only proposed is active nowhere yet."""
    at = source.start - view.offset
    if not 0 <= at <= len(view.text):
        return False
    start, end = view.clause(at, at)
    return bool(PROPOSAL_CUES.search(view.text, start, end) or _UNREALISED.search(view.text, start, at))


def _apply(
    trigger: Trigger,
    match: re.Match[str],
    view: SentenceView,
    i: int | None,
    context: RelationContext | None,
    pending: list[Mention],
) -> list[FoundRelation]:
    if trigger.frame is Frame.MUTUAL:
        return _date(_mutual(trigger, match, view, i, context), view, match, [], context)
    if trigger.frame is Frame.PASSIVE:
        targets = _resolve_targets(_passive_target(trigger, match, view), view, i, context)
        agents = _agents(view, match, trigger.source_types)
        sources = [m for m in (_resolve(view.slots[a], view, i, context, trigger) for a in agents) if m]
    elif trigger.frame is Frame.FRONTED:
        targets = _resolve_targets(_fronted_target(trigger, match, view), view, i, context)
        subjects = _list_after(view, match.end(), 25, trigger.source_types)
        sources = [m for m in (_resolve(view.slots[a], view, i, context, trigger) for a in subjects) if m]
        if not sources and trigger.implicit:
            sources = _sources(trigger, match, view, i, context, set())  # 'A och B deltar.'
    else:
        # A verb before its subject ('I budgeten avsätter regionen ...'): the object comes after the subject.
        begin = match.end()
        inverted = _inverted_subject(trigger, match, view, i, context)
        if inverted is not None:
            begin = max(view.slots[m].end for m in view.list_of(inverted) if m >= inverted)
        own = None if trigger.types[0] is R.COLLABORATES_WITH else match
        target_slots = _list_after(view, begin, trigger.window, trigger.target_types, own)
        if trigger.types[0] is R.COLLABORATES_WITH:
            if target_slots and _THING_BEFORE.search(
                view.text, match.end(), view.slots[target_slots[0]].start
            ):
                target_slots = []  # 'tillsammans med kunskap från polisen': no partner named
            target_slots = without_umbrellas(view, target_slots)
        resolved = (_resolve(view.slots[t], view, i, context, trigger) for t in target_slots)
        targets = [t for t in (_as_place(r, trigger.target_types, context) for r in resolved) if t]
        if R.FUNDS in trigger.types and target_slots:
            # 'beviljat Mora kommun medel för Trygg sommar': the recipient and what the money is for
            purpose = _purpose(view, view.slots[target_slots[-1]].end, trigger.window)
            if purpose is not None and purpose not in target_slots:
                target_slots.append(purpose)
                found_purpose = _resolve(view.slots[purpose], view, i, context, trigger)
                if found_purpose is not None:
                    targets.append(found_purpose)
        if not targets and E.PLACE in trigger.target_types:
            targets = _places_before_where(view, match)
        via: list[Mention] = []
        sources = _sources(trigger, match, view, i, context, set(target_slots), via)
        if not targets and trigger.types[0] is R.COLLABORATES_WITH:
            pending.extend(sources)
        if via and trigger.types[0] is R.COLLABORATES_WITH:
            # 'Insatsen har skett i samverkan med A och B': A and B take part in it
            return [
                *_date(_pairs(trigger, sources, targets, view, match), view, match, targets, context),
                *(
                    FoundRelation(t, via[0], R.PARTICIPATES_IN, 0.65)
                    for t in targets
                    if allowed(R.PARTICIPATES_IN, t.type, E.INITIATIVE)
                    and t.canonical not in {s.canonical for s in sources}
                ),
            ]
    if not targets and sources and trigger.implicit:
        targets = _implicit_target(view, match, i, context, sources)
    found = _pairs(trigger, sources[:_MAX_SOURCES], targets, view, match)
    if R.RUNS in trigger.types and found and _DOING.fullmatch(match.group(0)):
        found += _where_run(view, sources[:_MAX_SOURCES], match)
    if R.PROPOSES in trigger.types and _REJECTION.search(
        view.text, max(0, match.start() - 20), match.end() + 20
    ):
        found = [f for f in found if f.type is not R.PROPOSES]  # 'yrkar avslag på motionen om X'
    return _date(found, view, match, targets, context)


def _where_run(view: SentenceView, sources: list[Mention], match: re.Match[str]) -> list[FoundRelation]:
    """'Polisen genomförde en insats i Rinkeby': who carries out an initiative somewhere is active there."""
    runners = [s for s in sources if s.type in ORGANISATIONS]
    if not runners:
        return []
    for k in view.after(match.end(), 90):
        slot = view.slots[k]
        if slot.type != E.INITIATIVE:
            continue
        following = k + 1
        if following >= len(view.slots) or view.slots[following].type != E.PLACE:
            return []
        if not _INITIATIVE_IN.fullmatch(view.text, slot.end, view.slots[following].start):
            return []
        places = [view.slots[j].mention for j in view.list_of(following) if j >= following]
        return [
            FoundRelation(r, p, R.ACTIVE_IN, 0.6)
            for r in runners
            for p in places
            if p is not None and p.type == E.PLACE
        ]
    return []


def _implicit_target(
    view: SentenceView,
    match: re.Match[str],
    i: int | None,
    context: RelationContext | None,
    sources: list[Mention],
) -> list[Mention]:
    """The initiative a trigger without an object is about: named before it in the sentence, else
    in the sentence before ('Projektet startade i januari. Kommunen är projektägare.')."""
    own = {s.canonical for s in sources}
    for k in view.before(match.start(), 200):
        found = view.slots[k].mention
        if found is not None and found.type == E.INITIATIVE and found.canonical not in own:
            return [found]
    if context is None or i is None:
        return []
    antecedent = context.antecedent(i)
    return [antecedent] if antecedent is not None and antecedent.canonical not in own else []


def _date(
    found: list[FoundRelation],
    view: SentenceView,
    match: re.Match[str],
    targets: list[Mention],
    context: RelationContext | None,
) -> list[FoundRelation]:
    """The time expressions of the trigger's clause date what it states."""
    if not found:
        return found
    start, end = view.clause(match.start(), max([match.end(), *(t.end - view.offset for t in targets)]))
    validity = find_validity(view.text[start:end], context.date if context else None)
    return [_dated(f, validity) for f in found]


def _inverted_subject(
    trigger: Trigger, match: re.Match[str], view: SentenceView, i: int | None, context: RelationContext | None
) -> int | None:
    """The subject right after a fronted verb, when none stands before it."""
    types = trigger.source_types
    before, inverted, *_ = view.subject(match.start(), match.end())
    for k in before:
        resolved = _resolve(view.slots[k], view, i, context, trigger)
        if view.slots[k].pronoun == "vi" or (resolved is not None and resolved.type in types):
            return None
    for k in inverted:
        resolved = _resolve(view.slots[k], view, i, context, trigger)
        if view.slots[k].pronoun == "vi" or (resolved is not None and resolved.type in types):
            return k
    return None


def _places_before_where(view: SentenceView, match: re.Match[str]) -> list[Mention]:
    """'i Vivalla och Oxhagen, där nätverk har fått fäste': the places 'där' stands for."""
    for k in view.before(match.start(), 120):
        slot = view.slots[k]
        if slot.type != E.PLACE:
            continue
        where = _WHERE.match(view.text, slot.end)
        if where is None or where.end() > match.start():
            return []
        return [
            m for m in (view.slots[j].mention for j in view.list_of(k)) if m is not None and m.type == E.PLACE
        ]
    return []


def _purpose(view: SentenceView, end: int, window: int) -> int | None:
    """The initiative after 'för'/'till' that a sum given to a recipient is for."""
    for k in view.after(end, window):
        slot = view.slots[k]
        if slot.type != E.INITIATIVE:
            continue
        at = view.governor(k)
        if at is not None and view.text[at : at + 4].lower().rstrip() in ("för", "till"):
            return k
        return None
    return None


def _list_after(
    view: SentenceView, end: int, window: int, types: frozenset[E], trigger: re.Match[str] | None = None
) -> list[int]:
    """The first slot after ``end`` of a fitting type, and the fitting slots listed with it.

    With ``trigger``, a slot inside a phrase of its own ('tillsammans med X', 'hos X') is passed
    over: it is no object of the trigger. A municipality or 'i staden' stands for its place.
    """
    for k in view.after(end, window):
        if not _fits(view.slots[k], types):
            continue
        at = view.governor(k) if trigger is not None else None
        outside = trigger is not None and at is not None and not trigger.start() <= at < trigger.end()
        if outside and at is not None and _foreign(view.text, at):
            continue
        members = [m for m in view.list_of(k) if m >= k and (_fits(view.slots[m], types) or m == k)]
        # 'en särskild insats som vi kallar Operation Höst': one initiative, two names
        last = view.slots[members[-1]]
        for j in range(members[-1] + 1, len(view.slots)):
            if view.slots[j].pronoun is not None:
                continue
            if _NAMED.fullmatch(view.text, last.end, view.slots[j].start) and _fits(view.slots[j], types):
                members.append(j)
            break
        return members
    return []


def _fits(slot: Slot, types: frozenset[E]) -> bool:
    if slot.type in types:
        return True
    if E.PLACE in types and E.MUNICIPALITY not in types:
        return slot.type == E.MUNICIPALITY or slot.pronoun == "home"
    return False


def _as_place(
    mention: Mention | None, types: frozenset[E], context: RelationContext | None
) -> Mention | None:
    """A municipality where a place is wanted ('etablering i kommunen') is its place, if named."""
    if mention is None or mention.type in types:
        return mention
    if mention.type == E.MUNICIPALITY and E.PLACE in types and context is not None:
        return context.place_of(mention)
    return None


def _foreign(text: str, at: int) -> bool:
    """Whether the preposition at ``at`` opens a phrase of its own ('tillsammans med', 'enligt')."""
    word = re.match(r"\w+", text[at:])
    end = at + (word.end() if word else 0)
    return bool(_FOREIGN_PHRASE.search(text, max(0, at - 30), end))


def _agents(view: SentenceView, match: re.Match[str], types: frozenset[E]) -> list[int]:
    """The agent list right after the trigger's 'av' ('utformade av A, B och C')."""
    found = _list_after(view, match.end(), 40, types)
    if found:
        at = view.governor(found[0])
        if at is None or not match.start() <= at < match.end():
            return []
    return found


def _fronted_target(trigger: Trigger, match: re.Match[str], view: SentenceView) -> list[int]:
    """'I projektet deltar ...', 'Bakom satsningen står ...': the fronted phrase, governed by i/bakom."""
    types = trigger.target_types
    for k in view.before(match.end(), 60):
        slot = view.slots[k]
        if slot.end > match.end() or slot.type not in types:
            continue
        at = view.governor(k)
        if at is not None and view.text[at : at + 6].split()[0].lower() in ("i", "bakom", "inom"):
            return [k]
        return []
    return []


def _passive_target(trigger: Trigger, match: re.Match[str], view: SentenceView) -> list[int]:
    types = trigger.target_types
    for k in view.before(match.start()):
        slot = view.slots[k]
        if _AGENT_OF_EARLIER_PASSIVE.search(view.text, 0, slot.start) and _JOINED.fullmatch(
            view.text, slot.end, match.start()
        ):
            continue  # 'X drivs av A och finansieras av B': B funds X, not A
        if slot.type in types or slot.pronoun == "anaphor":
            return [k]
    # 'till projektet Trygg i Sätra, som drivs av ...': the antecedent of the relative clause
    relative = _RELATIVE_BEFORE.search(view.text, max(0, match.start() - 40), match.start())
    if relative is not None:
        for k, slot in enumerate(view.slots):
            if slot.end == relative.start() and slot.type in types:
                return [k]
    return []


def _resolve_targets(
    slots: list[int], view: SentenceView, i: int | None, context: RelationContext | None
) -> list[Mention]:
    out = []
    for k in slots:
        slot = view.slots[k]
        if slot.pronoun == "anaphor":
            found = context.antecedent(i) if context is not None and i is not None else None
        else:
            found = _resolve(slot, view, i, context, None)
        if found is not None:
            out.append(found)
    return out


def _resolve(
    slot: Slot, view: SentenceView, i: int | None, context: RelationContext | None, trigger: Trigger | None
) -> Mention | None:
    """The actor a slot stands for: 'vi' resolved, generic 'polisen' narrowed to the local area."""
    if context is None or i is None:
        return slot.mention
    if slot.pronoun == "home":
        return context.home_place
    if slot.pronoun == "vi":
        proposal = trigger is not None and (
            R.PROPOSES in trigger.types
            or (R.FUNDS in trigger.types and bool(PROPOSAL_CUES.search(view.text)))
        )
        return context.we(i, proposal)
    if slot.mention is None:
        return None
    return context.specialise(slot.mention, i)


def _sources(
    trigger: Trigger,
    match: re.Match[str],
    view: SentenceView,
    i: int | None,
    context: RelationContext | None,
    targets: set[int],
    via: list[Mention] | None = None,
) -> list[Mention]:
    """The subject of a trigger; for an initiative as subject its runner, noted in ``via``."""
    types = trigger.source_types
    if _OWN_SUBJECT.search(view.text, max(0, match.start() - 60), match.start()):
        return []  # 'föreslår att nämnden antar X': the subject of 'antar' is no actor named here
    for tier, candidates in enumerate(view.subject(match.start(), match.end())):
        for k in candidates:
            if k in targets:
                continue
            slot = view.slots[k]
            resolved = _resolve(slot, view, i, context, trigger)
            if slot.pronoun == "vi" and resolved is None:
                return []  # an unknown 'vi' is still the subject
            if (
                context is not None
                and resolved is not None
                and resolved.type == E.INITIATIVE
                and resolved.type not in types
                and resolved.canonical in context.runners
            ):
                if via is not None:
                    via.append(resolved)
                # 'Insatsen genomförs i samverkan med ...': whoever runs it, or the runner's employer
                runner = context.runners[resolved.canonical]
                if R.COLLABORATES_WITH in trigger.types:
                    runner = as_organisation(runner, context)  # type: ignore[assignment]
                return [runner] if runner is not None else []
            if resolved is None or resolved.type not in types:
                if tier == 0 and slot.pronoun is None and slot.type in (E.PERSON,) and types & {E.PERSON}:
                    return []
                continue
            members = [
                m
                for m in view.list_of(k)
                if m not in targets and (view.slots[m].end <= match.start() or m == k or tier > 0)
            ]
            out = [r for r in (_resolve(view.slots[m], view, i, context, trigger) for m in members) if r]
            return [m for m in out if m.type in types]
    if context is not None and i is not None and E.INITIATIVE in types and view.anaphor(match.start()):
        antecedent = context.antecedent(i)  # 'Projektet pågår i Fittja'
        if antecedent is not None:
            return [antecedent]
    if _RELATIVE_SOM.search(view.text, 0, match.start()):
        existential = view.existential(match.end())
        if existential:
            members = view.list_of(existential[0])
            out = [r for r in (_resolve(view.slots[m], view, i, context, trigger) for m in members) if r]
            return [m for m in out if m.type in types]
    if context is None or i is None or trigger.fallback is None:
        return []
    subjectless = not any(s.end <= match.start() and s.type in ACTORS for s in view.slots)
    fallback: Mention | None = None
    if trigger.fallback == "topic" and _WORK_SUBJECT.match(view.text, 0, match.start()):
        # 'Arbetet sker i samverkan med ...': whoever the text was about, else whose document it is.
        fallback = context.topic(i) or context.owner
    elif trigger.fallback == "owner" and subjectless:
        fallback = previous_opener(context, i) or context.owner
    elif trigger.fallback == "author" and subjectless:
        fallback = context.author_party
    return [fallback] if fallback is not None and fallback.type in types else []


def _pairs(
    trigger: Trigger,
    sources: list[Mention],
    targets: list[Mention],
    view: SentenceView,
    match: re.Match[str],
) -> list[FoundRelation]:
    found: list[FoundRelation] = []
    for n, target in enumerate(targets):
        if _negated(view, match, target):
            continue
        for source in sources:
            if source.canonical == target.canonical:
                continue
            type_ = next((t for t in trigger.types if allowed(t, source.type, target.type)), None)
            if type_ is R.PART_OF and not _upward(source):
                continue
            if type_ is None:
                if R.PART_OF in trigger.types and allowed(R.PART_OF, target.type, source.type):
                    # 'I Umeå kommun ingår fritidsförvaltningen': the whole named first
                    found.append(FoundRelation(target, source, R.PART_OF, round(trigger.confidence - 0.1, 2)))
                continue
            confidence = trigger.confidence - (0.05 if n else 0.0)
            found.append(
                FoundRelation(source, target, type_, round(confidence, 2), _properties(type_, view, match))
            )
    if len(sources) > 1 and found and found[0].type in _JOINT:
        for a, b in combinations(sources, 2):
            if a.canonical != b.canonical and allowed(R.COLLABORATES_WITH, a.type, b.type):
                found.append(FoundRelation(a, b, R.COLLABORATES_WITH, 0.6))
    if trigger.types[0] is R.COLLABORATES_WITH and trigger.frame is Frame.ACTIVE and len(targets) > 1:
        # 'i samverkan med A, B och C': the partners listed together work with each other too
        found += partner_clique([t for t in targets if not _negated(view, match, t)], groups=False)
    return found


def _upward(part: Mention) -> bool:
    """PART_OF points from the part to the whole: Polisen itself is part of none of its units."""
    return part.canonical != POLICE_ROOT


def _negated(view: SentenceView, match: re.Match[str], target: Mention) -> bool:
    """'har inte samarbetat med X', 'Samarbetet med X fungerar inte' (but 'Utan X hade vi inte ...')."""
    if _COUNTERFACTUAL.match(view.text):
        return False
    end = max(match.end(), target.end - view.offset) + 20
    return bool(_NEGATION.search(view.text, max(0, match.start() - 15), min(len(view.text), end)))


def _properties(type_: R, view: SentenceView, match: re.Match[str]) -> dict[str, Any]:
    if type_ is not R.FUNDS:
        return {}
    properties: dict[str, Any] = {"status": "proposed" if PROPOSAL_CUES.search(view.text) else "decided"}
    amounts = find_amounts(view.text)
    if amounts:
        nearest = min(amounts, key=lambda a: abs(a.start - match.end()))
        properties["amount_sek"] = nearest.sek
    return properties


def _mutual(
    trigger: Trigger, match: re.Match[str], view: SentenceView, i: int | None, context: RelationContext | None
) -> list[FoundRelation]:
    types = trigger.source_types
    if match.group(0).lower().rstrip().endswith("mellan"):
        members = _list_after(view, match.end(), 40, types)
    else:
        tiers = view.subject(match.start(), match.end())
        members = view.list_of(tiers[0][0]) if tiers[0] else []
        members = [m for m in members if view.slots[m].end <= match.start()]
    members = without_umbrellas(view, members)
    actors = [r for r in (_resolve(view.slots[m], view, i, context, trigger) for m in members) if r]
    actors = [a for a in actors if a.type in types][:_MAX_SOURCES]
    return [
        FoundRelation(a, b, trigger.types[0], trigger.confidence)
        for a, b in combinations(actors, 2)
        if a.canonical != b.canonical
    ]


def _adjacent(view: SentenceView) -> list[FoundRelation]:
    """'Insatsen i Flemingsberg', 'nätverk från Rinkeby', 'Fittja i Botkyrka', 'i Huddinge: i A, B och C'."""
    found: list[FoundRelation] = []
    slots = view.slots
    for k in range(len(slots) - 1):
        a, b = slots[k], slots[k + 1]
        if a.mention is None or b.mention is None:
            continue
        if _WITHIN.fullmatch(view.text, a.end, b.start) and b.type in (
            E.MUNICIPALITY,
            E.POLICE_UNIT,
            E.AGENCY,
        ):
            # 'socialförvaltningen i Malmö stad', 'lokalpolisområde Rinkeby inom polisområde Stockholm nord'
            if allowed(R.PART_OF, a.type, b.type) and a.type != E.MUNICIPALITY and _upward(a.mention):
                found.append(FoundRelation(a.mention, b.mention, R.PART_OF, 0.7))
            continue
        if b.type != E.PLACE:
            continue
        places = [
            m.mention
            for m in (slots[j] for j in view.list_of(k + 1) if j > k)
            if m.mention is not None and m.type == E.PLACE
        ]
        if a.type == E.INITIATIVE and _INITIATIVE_IN.fullmatch(view.text, a.end, b.start):
            found += [FoundRelation(a.mention, p, R.ACTIVE_IN, 0.6) for p in places]
        elif a.type == E.CRIMINAL_GROUP and _ADJACENT_FROM.fullmatch(view.text, a.end, b.start):
            found += [FoundRelation(a.mention, p, R.ESTABLISHED_IN, 0.55) for p in places]
        elif a.type in (E.CRIMINAL_GROUP, E.INITIATIVE) and _NAMED_PLACE.search(a.mention.text):
            # 'kriminella nätverk i Rinkeby och Tensta': a name that ends in its place, and more places
            if _MORE_PLACES.fullmatch(view.text, a.end, b.start):
                type_ = R.ESTABLISHED_IN if a.type == E.CRIMINAL_GROUP else R.ACTIVE_IN
                found += [FoundRelation(a.mention, p, type_, 0.55) for p in places]
        elif a.type == E.PLACE and _ADJACENT_IN.fullmatch(view.text, a.end, b.start):
            found.append(FoundRelation(a.mention, b.mention, R.LOCATED_IN, 0.7))
            found += listed_places_in(view, k, b.mention)  # 'i A och på B i X': A too
        elif a.type == E.PLACE and _COLON.fullmatch(view.text, a.end, b.start):
            found += [FoundRelation(p, a.mention, R.LOCATED_IN, 0.6) for p in places]
    return found


# Verbs of being out and about somewhere ('fältassistenterna rör sig i A', 'nattvandrarna går runt i A').
_ABOUT = re.compile(
    r"\s+(?:(?:\w+\s+){0,2}?)(?:rör\s+sig|rörde\s+sig|är\s+ute|var\s+ute|finns\s+ute|fanns\s+ute"
    r"|går\s+runt|gick\s+runt|vandrar|vandrade|cirkulerar)\s+(?:(?:runt|ute|främst|bland\s+annat)\s+)?(?:i|på|kring)\s+",
    re.IGNORECASE,
)


def _workers_about(view: SentenceView) -> list[FoundRelation]:
    """A group named by its work ('fältassistenterna', 'nattvandrare') is active where it moves about.

    Residents moving about a place are not actors there, so only groups whose head is a role
    (``loaders/data/roles.txt``) count.
    """
    found: list[FoundRelation] = []
    slots = view.slots
    for k in range(len(slots) - 1):
        a, b = slots[k], slots[k + 1]
        if a.mention is None or a.type != E.GROUP or b.type != E.PLACE:
            continue
        if not _working_group(a.mention.text) or not _ABOUT.fullmatch(view.text, a.end, b.start):
            continue
        places = [slots[j].mention for j in view.list_of(k + 1) if j > k]
        found += [
            FoundRelation(a.mention, p, R.ACTIVE_IN, 0.6)
            for p in places
            if p is not None and p.type == E.PLACE
        ]
    return found


def _working_group(text: str) -> bool:
    word = text.lower().split()[-1] if text.split() else ""
    return any(word.startswith(role) and len(word) - len(role) <= 5 for role in _role_words())


@cache
def _role_words() -> frozenset[str]:
    return frozenset(r.lower() for r in read_list("roles.txt") if " " not in r and len(r) > 4)


def _counter_partners(found: list[FoundRelation]) -> list[FoundRelation]:
    """Those a subject works with in the same sentence counter the same group with it."""
    partners: dict[str, list[Mention]] = defaultdict(list)
    for rel in found:
        if rel.type is R.COLLABORATES_WITH:
            partners[rel.source.canonical].append(rel.target)
    extra = [
        FoundRelation(partner, rel.target, R.COUNTERS, 0.6)
        for rel in found
        if rel.type is R.COUNTERS
        for partner in partners.get(rel.source.canonical, [])
        if allowed(R.COUNTERS, partner.type, rel.target.type)
    ]
    return found + extra


def _partners_take_part(found: list[FoundRelation]) -> list[FoundRelation]:
    """'genomförde polisen tillsammans med kommunen en kontroll': the partners of the sentence's
    runner take part in what it runs."""
    runs = [rel for rel in found if rel.type is R.RUNS]
    if not runs:
        return found
    running = {(rel.source.canonical, rel.target.canonical) for rel in runs}
    extra = []
    for rel in found:
        if rel.type is not R.COLLABORATES_WITH:
            continue
        for runner, partner in ((rel.source, rel.target), (rel.target, rel.source)):
            for run in runs:
                if (
                    run.source.canonical != runner.canonical
                    or (partner.canonical, run.target.canonical) in running
                ):
                    continue
                if allowed(R.PARTICIPATES_IN, partner.type, run.target.type):
                    extra.append(
                        FoundRelation(partner, run.target, R.PARTICIPATES_IN, 0.6, dict(run.properties))
                    )
    return found + extra


def _dated(found: FoundRelation, validity: dict[str, str]) -> FoundRelation:
    if not validity or found.type in (R.LOCATED_IN, R.PART_OF):
        return found
    return FoundRelation(
        found.source, found.target, found.type, found.confidence, {**found.properties, **validity}
    )


def _dedupe(found: list[FoundRelation]) -> list[FoundRelation]:
    """One relation per (source, type, target) actor triple, keeping the strongest reading."""
    best: dict[tuple[Any, ...], FoundRelation] = {}
    for rel in found:
        if not allowed(rel.type, rel.source.type, rel.target.type):
            continue
        ends = ((rel.source.type, rel.source.canonical), (rel.target.type, rel.target.canonical))
        if rel.type is R.COLLABORATES_WITH:
            ends = tuple(sorted(ends))  # type: ignore[assignment]
        key = (rel.type, *ends)
        old = best.get(key)
        if old is None or rel.confidence > old.confidence:
            merged = {**(old.properties if old else {}), **rel.properties}
            best[key] = FoundRelation(rel.source, rel.target, rel.type, rel.confidence, merged)
        else:
            best[key] = FoundRelation(
                old.source, old.target, old.type, old.confidence, {**rel.properties, **old.properties}
            )
    return list(best.values())
