"""Sentence templates of the synthetic corpus, one set per genre, each with the relations it states.

A template is Swedish text with slots in braces. A slot names an actor of the document
(``{lpo}``, ``{muni}``, ``{gang}``, ...) or a value (``{year}``, ``{amount}``); after a colon
comes how to write it: ``C`` capitalised, ``gen`` genitive, ``Cgen`` both, ``party`` a person's
name with the party letter (``Anna Berg (S)``, which states MEMBER_OF) and ``role`` a person's
role and employer (``polisinsatschef på lokalpolisområde X``, which states WORKS_FOR). The
relations a template states are listed beside it as ``R(source slot, type, target slot)``; a
property value starting with ``$`` is read from the document's values.

Sentences without relations (``FILLERS``) mention actors through slots only, so every actor
named anywhere in the text is in the true graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.model import RelationType as T


@dataclass(frozen=True)
class R:
    source: str
    type: T
    target: str
    properties: tuple[tuple[str, str], ...] = field(default=())


Template = tuple[str, tuple[R, ...]]

POLICE = "police"
PROTOCOL = "protocol"
NEWS = "news"
POLITICAL = "political"
GENRES = (POLICE, PROTOCOL, NEWS, POLITICAL)

_SINCE = (("valid_from", "$year"),)

SENTENCES: dict[str, list[Template]] = {
    POLICE: [
        (
            "{lpo:C} har ökat sin närvaro i {area} efter flera skjutningar under våren.",
            (R("lpo", T.ACTIVE_IN, "area"),),
        ),
        (
            "{police:C} inleder nu {operation}, en riktad insats mot narkotikahandeln i {area}.",
            (R("police", T.RUNS, "operation"), R("operation", T.ACTIVE_IN, "area")),
        ),
        (
            "{lpo:C} arbetar i samverkan med {muni}, {partner} och {partner2} för att öka tryggheten.",
            (
                R("lpo", T.COLLABORATES_WITH, "muni"),
                R("lpo", T.COLLABORATES_WITH, "partner"),
                R("lpo", T.COLLABORATES_WITH, "partner2"),
            ),
        ),
        (
            "Enligt {police} har {gang} etablerat sig i {area} under det senaste året.",
            (R("gang", T.ESTABLISHED_IN, "area"),),
        ),
        (
            "{lpo:C} och {agency} har sedan {year} ett nära samarbete mot den organiserade brottsligheten.",
            (R("lpo", T.COLLABORATES_WITH, "agency", _SINCE),),
        ),
        ("{operation:C} är en del av {pledges}.", (R("operation", T.PART_OF, "pledges"),)),
        (
            "{lpo:C} och {muni} har tagit fram {pledges} tillsammans.",
            (
                R("lpo", T.COLLABORATES_WITH, "muni"),
                R("lpo", T.RUNS, "pledges"),
                R("muni", T.RUNS, "pledges"),
            ),
        ),
        ("– Vi ser redan en tydlig skillnad i {area}, säger {commander}, {commander:role}.", ()),
        (
            "– Vi kan inte lösa det här på egen hand, och därför samverkar vi med {partner} och {club}, säger {officer}, {officer:role}.",
            (R("lpo", T.COLLABORATES_WITH, "partner"), R("lpo", T.COLLABORATES_WITH, "club")),
        ),
        (
            "Under veckan har {police} genomfört flera tillslag mot {gang} i {area} tillsammans med {agency}.",
            (R("police", T.COUNTERS, "gang"), R("police", T.COLLABORATES_WITH, "agency")),
        ),
        ("{lpo:C} är en del av {po}.", (R("lpo", T.PART_OF, "po"),)),
        (
            "{chief:C}, chef för {lpo}, berättar att arbetet i {area} har gett resultat.",
            (R("chief", T.WORKS_FOR, "lpo", (("role", "chef"),)),),
        ),
        (
            "{police:C} deltar i {programme} som {muni} driver.",
            (R("police", T.PARTICIPATES_IN, "programme"), R("muni", T.RUNS, "programme")),
        ),
        (
            "{lpo:C} har under året haft en förstärkt närvaro i {area2} och {area}.",
            (R("lpo", T.ACTIVE_IN, "area2"), R("lpo", T.ACTIVE_IN, "area")),
        ),
    ],
    PROTOCOL: [
        (
            "{muni:C} avsätter {amount} till {fund} för perioden {year}–{year2}.",
            (
                R(
                    "muni",
                    T.FUNDS,
                    "fund",
                    (
                        ("amount_sek", "$amount_sek"),
                        ("status", "decided"),
                        ("valid_from", "$year"),
                        ("valid_to", "$year2"),
                    ),
                ),
            ),
        ),
        (
            "{committee:C} föreslår att {muni} inrättar {programme}.",
            (R("committee", T.PROPOSES, "programme"),),
        ),
        ("{board:C} har beslutat att anta {plan}.", (R("board", T.RUNS, "plan"),)),
        (
            "{committee:C} är en del av {muni} och ansvarar för det förebyggande arbetet bland unga.",
            (R("committee", T.PART_OF, "muni"),),
        ),
        (
            "{office:C} deltar i {pledges} tillsammans med {council}.",
            (R("office", T.PARTICIPATES_IN, "pledges"), R("office", T.COLLABORATES_WITH, "council")),
        ),
        ("{chair:party} yrkar att {committee} inför {programme}.", (R("chair", T.PROPOSES, "programme"),)),
        (
            "{council:C} samordnar arbetet mellan {muni}, {lpo} och {agency}.",
            (
                R("muni", T.COLLABORATES_WITH, "lpo"),
                R("muni", T.COLLABORATES_WITH, "agency"),
                R("lpo", T.COLLABORATES_WITH, "agency"),
            ),
        ),
        (
            "{muni:C} har sedan {year} ett samarbete med {agency} och {agency2} mot etableringen av {gang} i {area}.",
            (
                R("muni", T.COLLABORATES_WITH, "agency", _SINCE),
                R("muni", T.COLLABORATES_WITH, "agency2", _SINCE),
                R("muni", T.COUNTERS, "gang"),
            ),
        ),
        (
            "{area:C} i {town} är ett av de områden som {police} bedömer som utsatta.",
            (R("area", T.LOCATED_IN, "town"),),
        ),
        (
            "{programme:C} drivs av {office} i samarbete med {agency}.",
            (R("office", T.RUNS, "programme"), R("office", T.COLLABORATES_WITH, "agency")),
        ),
        ("{plan:C} är ett led i {pledges}.", (R("plan", T.PART_OF, "pledges"),)),
        ("{coordinator:C}, {coordinator:role}, redogjorde för lägesbilden i {area}.", ()),
        (
            "{muni:C} finansierar {local} med {amount} per år.",
            (R("muni", T.FUNDS, "local", (("amount_sek", "$amount_sek"), ("status", "decided"))),),
        ),
    ],
    NEWS: [
        ("{gang:C} har sin bas i {area}, enligt {lpo}.", (R("gang", T.ESTABLISHED_IN, "area"),)),
        (
            "– Det har blivit lugnare i {area} sedan {police} började patrullera här, säger {resident}, som driver en butik i centrum, till {media}.",
            (),
        ),
        (
            "{muni:C} finansierar {local}, som drivs av {club} i {area}.",
            (R("muni", T.FUNDS, "local"), R("club", T.RUNS, "local"), R("local", T.ACTIVE_IN, "area")),
        ),
        (
            "{agency:C} deltar i {model} tillsammans med {muni}.",
            (R("agency", T.PARTICIPATES_IN, "model"), R("agency", T.COLLABORATES_WITH, "muni")),
        ),
        (
            "{muni:C} driver {model}, som nu uppmärksammas av flera andra kommuner.",
            (R("muni", T.RUNS, "model"),),
        ),
        (
            "{police:C} och {muni} har tillsammans fått bort {gang} från {area}.",
            (
                R("police", T.COUNTERS, "gang"),
                R("muni", T.COUNTERS, "gang"),
                R("police", T.COLLABORATES_WITH, "muni"),
            ),
        ),
        ("{mayor:party}, {mayor:role}, säger till {media} att satsningen på {fund} ska fortsätta.", ()),
        (
            "{leader:C}, {leader:role}, berättar att föreningen samarbetar med {lpo} och {office}.",
            (R("club", T.COLLABORATES_WITH, "lpo"), R("club", T.COLLABORATES_WITH, "office")),
        ),
        (
            "{partner:C} i {area} har börjat samverka med {police}.",
            (R("partner", T.COLLABORATES_WITH, "police"),),
        ),
        (
            "{club:C} är med i {local} och ordnar aktiviteter för unga i {area}.",
            (R("club", T.PARTICIPATES_IN, "local"),),
        ),
        ("{operation:C} har pågått i {area} sedan {month}.", (R("operation", T.ACTIVE_IN, "area"),)),
    ],
    POLITICAL: [
        ("Vi i {party} föreslår att {muni} inför {fund}.", (R("party", T.PROPOSES, "fund"),)),
        (
            "{mayor:party} och {opposition:party} har lämnat en gemensam motion om {programme}.",
            (
                R("mayor", T.PROPOSES, "programme"),
                R("opposition", T.PROPOSES, "programme"),
                R("mayor", T.COLLABORATES_WITH, "opposition"),
            ),
        ),
        (
            "{party:C} vill att {muni} avsätter {amount} till {programme}.",
            (R("party", T.PROPOSES, "programme"),),
        ),
        (
            "I budgetförslaget från {party} finns {amount} till {fund}.",
            (R("party", T.FUNDS, "fund", (("amount_sek", "$amount_sek"), ("status", "proposed"))),),
        ),
        (
            "{muni:C} arbetar för att bekämpa {gang}, som har etablerat sig i {area}.",
            (R("muni", T.COUNTERS, "gang"), R("gang", T.ESTABLISHED_IN, "area")),
        ),
        ("Idag skriver jag i {media} om {model} och om hur fler kommuner kan arbeta på samma sätt.", ()),
        (
            "{council:C}, som är en del av {muni}, har tagit initiativ till ett seminarium om {gang}.",
            (R("council", T.PART_OF, "muni"),),
        ),
        (
            "Jag är glad att {lpo} och {muni} nu samverkar kring {pledges}.",
            (R("lpo", T.COLLABORATES_WITH, "muni"),),
        ),
        ("{party:C} i {town} har länge drivit frågan om {local}.", (R("party", T.PROPOSES, "local"),)),
    ],
}

FILLERS: dict[str, list[str]] = {
    POLICE: [
        "Under helgen greps tre personer misstänkta för narkotikabrott i {area}.",
        "Anmälningarna gäller bland annat rån, olaga hot och skadegörelse.",
        "Flera beslag har gjorts av narkotika, kontanter och vapen.",
        "Målet är att minska antalet våldsbrott och öka tryggheten för dem som bor och arbetar här.",
        "Den som har information om händelserna uppmanas att kontakta {police} på 114 14.",
        "{police:Cgen} arbete i området kommer att fortsätta under hösten.",
        "Det handlar om ett långsiktigt arbete som kräver uthållighet.",
        "Ingen har skadats allvarligt.",
        "Utredningen pågår och inga gripanden har ännu gjorts.",
        "{police:C} har under en längre tid sett en oroande utveckling med fler unga som dras in i kriminalitet, ofta genom sociala medier och genom äldre kamrater i närområdet.",
        "Ett av målen med arbetet är att visa hur lätt det är att hamna i en kriminell livsstil.",
        "Insatsen har hittills lett till ett trettiotal anmälningar för bland annat narkotikabrott, olaga hot och brott mot vapenlagen.",
    ],
    PROTOCOL: [
        "Ärendet bordläggs till nästa sammanträde.",
        "Förslaget bedöms rymmas inom befintlig budgetram.",
        "Ledamöterna har tagit del av en lägesbild över utvecklingen.",
        "Beslutet har föregåtts av en bred dialog i kommundelarna.",
        "Uppföljning sker två gånger per år.",
        "Kostnaderna för arbetet beräknas till {amount} under planperioden.",
        "Protokollet justeras omedelbart.",
        "Det brottsförebyggande arbetet behöver bedrivas brett och långsiktigt, och det förutsätter att alla berörda verksamheter tar sitt ansvar för sina delar.",
        "Under de senaste åren har flera skjutningar och sprängningar skapat otrygghet, både i de utsatta områdena och i andra delar av kommunen.",
        "Förvaltningens bedömning är att insatserna bör följas upp med tydliga mål och mätbara indikatorer.",
    ],
    NEWS: [
        "Skjutningarna har skapat stor oro i {area}.",
        "Under det senaste året har antalet anmälda brott minskat.",
        "Många butiker stänger numera tidigare på kvällarna.",
        "Det var strax efter midnatt som larmet kom.",
        "Flera personer har hörts under dagen.",
        "Det är oklart om händelserna har något samband.",
        "Flera av dem som tidningen har talat med säger att de undviker att gå ut sent på kvällen, särskilt i närheten av centrum och tunnelbanan.",
        "Enligt den senaste trygghetsundersökningen känner sig var tredje tillfrågad otrygg i sitt bostadsområde efter mörkrets inbrott.",
    ],
    POLITICAL: [
        "Tryggheten är en av de viktigaste frågorna för oss.",
        "Jag vill tacka alla som har engagerat sig i frågan.",
        "Hur ser det ut där du bor?",
        "Det här är ingen fråga som kan lösas över en natt.",
        "Vi kommer att följa arbetet noga.",
        "Förebyggande arbete lönar sig, både för den enskilde och för samhället.",
        "Varje ung människa som lockas in i kriminalitet är en förlust, och därför måste vi arbeta både förebyggande och med tydliga konsekvenser.",
        "Det räcker inte med fler kameror och mer bevakning om vi inte samtidigt ger unga en meningsfull fritid och en väg till jobb.",
    ],
}

TITLES: dict[str, list[str]] = {
    POLICE: [
        "Ökad polisnärvaro i {area}",
        "{police:C} intensifierar arbetet mot narkotikahandeln i {area}",
        "Riktad insats mot kriminalitet i {town}",
        "Tryggare {area} med ny insats",
    ],
    PROTOCOL: [
        "Åtgärder för ökad trygghet i {area}",
        "Inför {programme}",
        "Medel till {fund}",
    ],
    NEWS: [
        "Lugnare i {area} efter {police:gen} insats",
        "Ny satsning ska minska brottsligheten i {town}",
        "Oro i {area} efter nattens skottlossning",
    ],
    POLITICAL: [
        "Dags att ta nästa steg för ett tryggare {town}",
        "Därför behöver {town} {fund}",
        "Mitt svar om {model}",
    ],
}

#: Persons of a municipality: role, preposition and the slot of the employer; a party slot or None.
ROLES: dict[str, tuple[str, str, str, str | None]] = {
    "chief": ("chef", "för", "lpo", None),
    "commander": ("polisinsatschef", "på", "lpo", None),
    "officer": ("kommunpolis", "på", "lpo", None),
    "mayor": ("kommunalråd", "i", "muni", "party"),
    "opposition": ("oppositionsråd", "i", "muni", "party2"),
    "coordinator": ("brottsförebyggande samordnare", "på", "muni", None),
    "chair": ("ordförande", "i", "committee", "party"),
    "leader": ("verksamhetsledare", "på", "club", None),
}

#: Collectives that work with the police and the municipality (checked against group_nouns.txt).
PARTNERS = [
    "fältassistenter",
    "fastighetsägare",
    "fastighetsförvaltare",
    "näringsidkare",
    "bostadsbolag",
    "fritidsgårdar",
    "nattvandrare",
    "idrottsföreningar",
    "trossamfund",
    "ordningsvakter",
    "skolor",
    "föräldrar",
    "socialsekreterare",
    "fältsekreterare",
    "lokala föreningar",
    "butiksinnehavare",
    "trygghetsvärdar",
    "hyresvärdar",
]

#: Agencies that take part in local crime prevention (checked against agencies.tsv).
AGENCIES = [
    "Kriminalvården",
    "Skatteverket",
    "Statens institutionsstyrelse",
    "Brottsförebyggande rådet",
    "Åklagarmyndigheten",
    "Ekobrottsmyndigheten",
    "Kronofogdemyndigheten",
    "Tullverket",
    "Migrationsverket",
    "Arbetsförmedlingen",
    "Försäkringskassan",
    "Socialstyrelsen",
    "Brottsoffermyndigheten",
    "Center mot våldsbejakande extremism",
]

#: Bodies of every municipality: committees (nämnder), offices (förvaltningar).
COMMITTEES = [
    "Socialnämnden",
    "Kultur- och fritidsnämnden",
    "Utbildningsnämnden",
    "Arbetsmarknadsnämnden",
    "Stadsbyggnadsnämnden",
]
OFFICES = ["Socialförvaltningen", "Kultur- och fritidsförvaltningen", "Utbildningsförvaltningen"]

#: Code names of police operations ("Insats Kompass").
OPERATION_WORDS = [
    "Kompass", "Fyrbåk", "Ankare", "Vågbrytare", "Nordljus", "Stormvind", "Granit", "Ekorre",
    "Kustlinje", "Vinterväg", "Tjäder", "Lodjur", "Bergsmark", "Sälta", "Ljung", "Hägring",
    "Morgonrodnad", "Stenbrott", "Milstolpe", "Glöd", "Nyckelpiga", "Fjärran", "Rönnbär", "Flodvåg",
]  # fmt: skip

#: Common Swedish surnames (SCB, Namnstatistik: efternamn).
SURNAMES = [
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
    "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Axelsson",
    "Bergström", "Lundberg", "Lundgren", "Lundqvist", "Mattsson", "Berglund", "Fredriksson", "Sandberg",
    "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Ali", "Engström", "Mohamed", "Eklund",
    "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström",
    "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren",
    "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Ahmed",
    "Viklund", "Björklund", "Eliasson", "Pålsson", "Hassan", "Berggren", "Sandström", "Nordin",
    "Åberg", "Hermansson", "Ekström", "Holmgren", "Sundberg", "Hedlund", "Dahlberg", "Hellström",
    "Sjögren", "Abrahamsson", "Öberg", "Andreasson", "Månsson", "Jonasson", "Sundström", "Hussein",
]  # fmt: skip

MONTHS = [
    "januari", "februari", "mars", "april", "maj", "juni",
    "juli", "augusti", "september", "oktober", "november", "december",
]  # fmt: skip
WEEKDAYS = ["MÅNDAG", "TISDAG", "ONSDAG", "TORSDAG", "FREDAG", "LÖRDAG", "SÖNDAG"]
