"""The sieve registry: one declaration per rule, one order, each rule reachable and switchable,
and a table of sentences (written for these tests) per rule family through the shipped model."""

from __future__ import annotations

import json

import pytest

from service.attribution.context import Context
from service.attribution.engine import attribute
from service.attribution.quotes import scan_quotes
from service.attribution.sieves import registry
from tests.conftest import ROOT

ENGINE_DOC = ROOT / "docs" / "ENGINE.md"
SHARED_DEV = ROOT.parent / "shared" / "quotes-fr" / "dev.jsonl"
OUR_DEV = ROOT / "tests" / "data" / "dev_gold.jsonl"
RULES = registry.load()

# (rule, text, words of the expected quotation, words of the expected speaker's name)
TABLE = [
    (
        "incise_inside",
        "La syndicaliste Odile Marchand a reçu la presse mardi. "
        "« Nous ne partirons pas, a-t-elle prévenu, sans garanties écrites. »",
        "Nous ne partirons pas",
        "Odile Marchand",
    ),
    (
        "postposed_cue",
        "« Le budget sera voté en mars », a assuré le maire de Tours, Bernard Lemoine.",
        "Le budget sera voté en mars",
        "Bernard Lemoine",
    ),
    (
        "postposed_inversion",
        "« C'est une belle journée », rayonnait la maire de Lille, Anne Roux.",
        "C'est une belle journée",
        "Anne Roux",
    ),
    (
        "dialogue_incise",
        "Le gardien Paul Girard ouvrit la porte du local.\n— Vous êtes en retard, lança Paul Girard.",
        "Vous êtes en retard",
        "Paul Girard",
    ),
    (
        "dash_after",
        "« La culture n'est pas un luxe, c'est une nécessité. » – Hélène Morvan",
        "La culture n'est pas un luxe",
        "Hélène Morvan",
    ),
    (
        "signature_line",
        "Les tracts circulaient au marché.\n\n« Notre maternité n'est pas à vendre. »\nLe collectif de défense "
        "de la maternité de Vire",
        "Notre maternité n'est pas à vendre",
        "collectif de défense de la maternité de Vire",
    ),
    (
        "headline_subject",
        "Corrèze : « Chaque euro compte », le président du département serre la vis\n\nLe président du "
        "département, Jean Lacoste, a présenté lundi un budget de rigueur devant les élus.",
        "Chaque euro compte",
        "Jean Lacoste",
    ),
    (
        "headline_for",
        "Handball : les Bleues qualifiées pour Paris, « une délivrance » pour Estelle Nakamba\n\nL'équipe "
        "de France a battu la Norvège. Estelle Nakamba, capitaine des Bleues, a marqué sept buts.",
        "une délivrance",
        "Estelle Nakamba",
    ),
    (
        "according_to_after",
        "Le Conseil d'État rejette le recours de l'opposition, « un déni de justice » selon Me Aminata Sow.",
        "un déni de justice",
        "Aminata Sow",
    ),
    (
        "runs_on_paragraph",
        "« La mer est entrée dans le village. Les bateaux ont coulé contre le quai.\n\n« Le plus dur, c'est "
        "de se dire que ça va recommencer », confie Dominique Luciani, pêcheur à Erbalunga.",
        "La mer est entrée dans le village",
        "Dominique Luciani",
    ),
    (
        "byline",
        "Bleus : « Il fallait absolument gagner ce match » Didier Rossi",
        "Il fallait absolument gagner",
        "Didier Rossi",
    ),
    (
        "colon_after",
        "« Nous avons enfin gagné ! » : la maire de Quimper, Claire Dumas, a salué la décision du tribunal.",
        "Nous avons enfin gagné",
        "Claire Dumas",
    ),
    (
        "colon_cue",
        "La ministre de la Santé, Claire Dumas, a déclaré : « Les hôpitaux recevront des renforts cet hiver. »",
        "Les hôpitaux recevront",
        "Claire Dumas",
    ),
    (
        "colon_bare",
        "Le maire Jean Moulinier : « Nous voulons un référendum local sur ce projet. »",
        "Nous voulons un référendum",
        "Jean Moulinier",
    ),
    (
        "colon_label",
        "Sophie Marin, présidente de l'association des riverains du port : « On nous a oubliés depuis des années »",
        "On nous a oubliés",
        "Sophie Marin",
    ),
    (
        "colon_subject",
        "Sa voisine, Martine Roux, est plus prudente : « Personne ne nous a prévenus de la coupure. »",
        "Personne ne nous a prévenus",
        "Martine Roux",
    ),
    (
        "governing_verb",
        "Le sénateur Marc Durand a dénoncé un « recul historique pour les salariés ».",
        "recul historique",
        "Marc Durand",
    ),
    (
        "qualifying_verb",
        "Le maire de Brest, Yann Le Goff, a qualifié d'« inacceptables » les propos du préfet, a rapporté "
        "Ouest-France.",
        "inacceptables",
        "Yann Le Goff",
    ),
    (
        "sentence_incise",
        "Le trafic restera « très perturbé jusqu'à jeudi » sur toute la ligne, a prévenu la SNCF.",
        "très perturbé",
        "SNCF",
    ),
    (
        "according_to",
        "Selon le maire Paul Ravel, le chantier « ne prendra aucun retard cette année ».",
        "ne prendra aucun retard",
        "Paul Ravel",
    ),
    (
        "clause_subject",
        "Le député de la Somme, Julien Marot, adresse ses « sincères félicitations » à la nouvelle ministre.",
        "sincères félicitations",
        "Julien Marot",
    ),
    (
        "quoted_verb",
        "Le député Marc Olivier « prend acte » du vote des sénateurs.",
        "prend acte",
        "Marc Olivier",
    ),
    (
        "continued_paragraph",
        "« Nous avons tout perdu dans l'incendie, a raconté Léa Martin. Il ne reste rien de la maison.\n"
        "« Les voisins nous hébergent pour l'instant. »",
        "Les voisins nous hébergent",
        "Léa Martin",
    ),
    (
        "words_of_after",
        "« Nous ne lâcherons rien. » Ce sont les mots de la maire de Lunel, Claire Vidal, devant les grévistes.",
        "Nous ne lâcherons rien.",
        "Claire Vidal",
    ),
    (
        "repeated_quote",
        "« On court sans arrêt »\n\nAu CHU de Brest, l'infirmière Julie Tanguy enchaîne les nuits de garde. "
        "« On court sans arrêt, il n'y a jamais assez de bras », confie-t-elle.",
        "On court sans arrêt",
        "Julie Tanguy",
    ),
    (
        "after_reported_speech",
        "Pour Hugo Lenoir, le projet arrive beaucoup trop tard. « On aurait dû agir il y a dix ans. »",
        "On aurait dû agir",
        "Hugo Lenoir",
    ),
    (
        "preceding_subject",
        "Le maire Paul Ravel ne décolère pas. « C'est un scandale absolu pour notre commune. »",
        "C'est un scandale",
        "Paul Ravel",
    ),
    (
        "adjacent_quote",
        "« Nous irons jusqu'au bout », a promis la présidente Léa Martin. « Rien ne nous arrêtera. »",
        "Rien ne nous arrêtera",
        "Léa Martin",
    ),
    (
        "previous_paragraph",
        "« Nous irons jusqu'au bout », a promis la présidente Léa Martin.\n"
        "« Rien ne nous arrêtera, ni les menaces ni les amendes. »",
        "Rien ne nous arrêtera",
        "Léa Martin",
    ),
    (
        "dialogue_turn",
        "Le commissaire Henri Vasseur entra.\n— Où étiez-vous hier soir ? demanda Henri Vasseur.\n"
        "— Chez moi, répondit Marc Olivier.\n— Seul ?",
        "Seul",
        "Henri Vasseur",
    ),
    (
        "indirect_que",
        "La ministre Claire Dumas a affirmé que le projet serait abandonné.",
        "le projet serait abandonné",
        "Claire Dumas",
    ),
    (
        "indirect_coordinated",
        "Le maire Paul Ravel a précisé que la route serait fermée et souligné que les bus seraient déviés.",
        "les bus seraient déviés",
        "Paul Ravel",
    ),
    (
        "indirect_infinitive",
        "Le maire de Vannes, Hervé Pons, affirme ne pas avoir été consulté sur le tracé.",
        "ne pas avoir été consulté",
        "Hervé Pons",
    ),
    (
        "indirect_intention",
        "La sénatrice Anne Morvan a réaffirmé jeudi sa volonté de fermer la centrale avant 2030.",
        "fermer la centrale avant 2030",
        "Anne Morvan",
    ),
    (
        "indirect_according_to",
        "Selon la préfecture du Finistère, deux routes restent fermées à la circulation.",
        "deux routes restent fermées",
        "préfecture",
    ),
    (
        "indirect_postposed",
        "Les négociations reprendront lundi avec les syndicats, a déclaré la ministre Claire Dumas.",
        "Les négociations reprendront",
        "Claire Dumas",
    ),
    (
        "indirect_counts",
        "Ils étaient 12 000 selon la préfecture, 30 000 selon les syndicats, à défiler jeudi à Nantes.",
        "30 000",
        "syndicats",
    ),
    (
        "indirect_cleft",
        "Les loyers du centre-ville ont augmenté de 12 % en deux ans. C'est ce qu'a expliqué mardi la "
        "présidente de l'association des locataires, Claire Dumas.",
        "Les loyers du centre-ville ont augmenté",
        "Claire Dumas",
    ),
]
TABLE.append(
    (
        "interview_answer",
        "La chanteuse Maëlle Dorval sort un nouvel album. Maëlle Dorval nous a reçus à Lannion.\n\n"
        "Vous attendiez-vous à un tel succès ?\nPas du tout. Je pensais jouer devant vingt personnes.\n\n"
        "Qu'est-ce qui a changé pour vous ?\nJ'ai appris à dire non.",
        "Je pensais jouer",
        "Maëlle Dorval",
    )
)
TABLE.append(
    (
        "cleft_after",
        "« Venez nombreux samedi ! » C'est l'appel qu'a lancé le maire Paul Ravel aux habitants.",
        "Venez nombreux samedi",
        "Paul Ravel",
    )
)
TABLE.append(
    (
        "interview_dash_answer",
        "Entretien avec Marc Ollivier, président du club de Lorient.\n\n– Le maintien est-il encore "
        "possible ?\n– Oui, j'y crois. Il reste huit matchs.\n\n– Que dites-vous aux supporters ?\n"
        "– Qu'ils continuent à pousser.",
        "Il reste huit matchs",
        "Marc Ollivier",
    )
)
TABLE.append(
    (
        "signed_paragraph",
        "Le centre-ville se vide, constatent les élus.\n\nNos commerces ferment les uns après les autres "
        "et personne ne réagit. Nous demandons un plan d'urgence pour le centre.\n\n"
        "Paul Ravel, maire de Lunel\n\nLe préfet n'a pas souhaité réagir.",
        "Nos commerces ferment",
        "Paul Ravel",
    )
)
TABLE.append(
    (
        "first_person_paragraph",
        "La chanteuse Maëlle Dorval a remercié son public et a salué la mémoire de son professeur.\n\n"
        "Je dois tout à ceux qui m'ont appris la musique, et c'est à eux que je dédie ce prix ce soir.\n\n"
        "La cérémonie s'est achevée tard dans la nuit.",
        "Je dois tout",
        "Maëlle Dorval",
    )
)
TABLE.extend(
    [
        (
            "introduced_after",
            "Les tontines entrent dans le téléphone\n\n« Ma grand-mère notait tout dans un cahier "
            "d'écolier. Un jour, elle l'a perdu. »\n\nC'est de ce souvenir qu'est née l'application que "
            "Mireille Ngo a lancée en 2023 à Yaoundé.",
            "Ma grand-mère notait tout",
            "Mireille Ngo",
        ),
        (
            "following_subject",
            "« Je ne lâcherai rien. » Dans son bureau de la mairie de Lunel, Claire Dumas affiche sa "
            "détermination face à la fermeture de la maternité.",
            "Je ne lâcherai rien.",
            "Claire Dumas",
        ),
    ]
)
# Rules the full engine rarely reaches because an earlier one answers first: checked alone.
ALONE_ONLY = [
    (
        "que_before",
        "Les riverains se plaignent. Le maire Paul Ravel a répondu hier soir lors du conseil municipal "
        "que les travaux « reprendront dès lundi ».",
        "reprendront dès lundi",
        "Paul Ravel",
    ),
]


# A rule that builds on another's answer runs with it.
NEEDS = {"indirect_coordinated": {"indirect_que"}}


def test_order_names_every_declared_rule_once():
    rules = registry.load()
    assert len(registry.ORDER) == len(set(registry.ORDER))
    assert set(registry.ORDER) == set(rules)


def test_every_rule_is_declared_with_an_example_a_confidence_and_its_family_module():
    for rule in registry.load().values():
        assert 0 < rule.confidence <= 1, rule.name
        assert rule.example.strip(), rule.name
        assert rule.family in registry.FAMILIES, rule.name
        assert rule.function.__module__.endswith("." + rule.family)


def test_stages_run_in_order_within_the_order_list():
    stages = [registry.RULES[name].stage for name in registry.ORDER]
    # indirect rules come after the quote and continuation ones: a reported clause never hides a quote
    assert stages.index(registry.INDIRECT_VERB) > max(i for i, s in enumerate(stages) if s == registry.QUOTE)


def test_engine_doc_carries_the_registry_table():
    doc = ENGINE_DOC.read_text(encoding="utf-8")
    table = doc.split("<!-- rules:start -->\n", 1)[1].split("\n<!-- rules:end -->", 1)[0]
    assert table == registry.rule_table(), "regenerate it: python -m service.attribution.sieves"


def test_table_covers_every_rule():
    assert {row[0] for row in TABLE + ALONE_ONLY} == set(registry.load())


@pytest.fixture(scope="module")
def parsed_rows(shipped_parser):
    rows = TABLE + ALONE_ONLY
    return dict(
        zip([row[1] for row in rows], shipped_parser.parse_many([row[1] for row in rows]), strict=True)
    )


def _quote_with(result, words: str):
    found = [q for q in result.quotes if words in q.text]
    assert found, f"no quotation holding {words!r} in {[q.text for q in result.quotes]}"
    return found[0]


@pytest.mark.model
@pytest.mark.parametrize(
    ("rule", "text", "quote_words", "speaker_words"), TABLE, ids=[row[0] for row in TABLE]
)
def test_rule_table_through_the_model(parsed_rows, rule, text, quote_words, speaker_words):
    quote = _quote_with(attribute(parsed_rows[text]), quote_words)
    assert quote.rule == rule
    assert quote.speaker is not None and speaker_words in quote.speaker.name


@pytest.mark.model
@pytest.mark.parametrize(
    ("rule", "text", "quote_words", "speaker_words"),
    [row for row in TABLE + ALONE_ONLY if RULES[row[0]].stage != registry.CONTINUATION],
    ids=[row[0] for row in TABLE + ALONE_ONLY if RULES[row[0]].stage != registry.CONTINUATION],
)
def test_each_cue_rule_alone_finds_its_speaker(parsed_rows, rule, text, quote_words, speaker_words):
    quote = _quote_with(attribute(parsed_rows[text], rules={rule} | NEEDS.get(rule, set())), quote_words)
    assert quote.rule == rule
    assert quote.speaker is not None and speaker_words in quote.speaker.name


@pytest.mark.model
def test_switching_every_rule_off_leaves_no_speaker(parsed_rows):
    for text, document in parsed_rows.items():
        result = attribute(document, rules=set())
        assert all(q.speaker is None and q.rule is None for q in result.quotes), text
        assert not any(q.type == "indirect" for q in result.quotes)


@pytest.mark.model
def test_a_sieve_proposes_without_changing_the_document_until_the_engine_commits(shipped_parser):
    text = "« Les écoles resteront fermées lundi », a annoncé la porte-parole de la mairie."
    document = shipped_parser.parse(text)
    spans = scan_quotes(text)
    context = Context.build(document, spans)
    before = ([e.id for e in context.entities], list(context.descriptions))
    candidate = registry.RULES["postposed_cue"].function(context, spans[0])
    assert candidate is not None and candidate.mention.text == "la porte-parole de la mairie"
    assert candidate.attachments, "a new description is proposed as an attachment"
    assert ([e.id for e in context.entities], list(context.descriptions)) == before
    context.commit(candidate)
    assert context.descriptions[-1] == (candidate.mention, candidate.entity)
    assert candidate.entity in context.entities


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize("gold", [OUR_DEV, SHARED_DEV], ids=["dev_gold", "quotes-fr-dev"])
def test_every_rule_a_response_carries_is_registered(shipped_parser, gold):
    if not gold.exists():
        pytest.skip(f"{gold} is not here")
    texts = [
        json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    emitted = {q.rule for document in shipped_parser.parse_many(texts) for q in attribute(document).quotes}
    assert None in emitted or emitted  # quotes without a speaker carry no rule
    assert emitted - {None} <= set(registry.load())
    assert len(emitted - {None}) >= 8, "most families answer on a real dev set"


def test_a_loose_repetition_keeps_most_words_in_order():
    from service.attribution.sieves.continuation import _repeats

    body = tuple(
        "ma porte est ouverte je suis prêt à discuter avec tout le monde y compris la gauche".split()
    )
    assert _repeats(body, tuple("je suis prêt à discuter avec la gauche".split()))
    assert not _repeats(body, tuple("je ne suis pas prêt à discuter avec la droite".split()))
    assert not _repeats(body, tuple("la gauche est prête à discuter".split()))
