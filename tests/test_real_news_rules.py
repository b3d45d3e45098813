"""Constructions of French news writing, on sentences written for these tests, through the shipped
model: each row names the construction, the text, the words of the expected quotation, its type,
the words of the speaker's name and the rule; negative rows name text that must not be a quotation."""

from __future__ import annotations

import pytest

from service.attribution.engine import attribute, sentences_to_parse
from tests.test_engine_model import quotes_of

pytestmark = pytest.mark.model

# (construction, text, quotation words, type, speaker name words, rule)
FOUND = [
    (
        "speech verb + bare infinitive, negated content",
        "Le maire de Vannes, Hervé Pons, affirme ne pas avoir été consulté sur le tracé.",
        "ne pas avoir été consulté",
        "indirect",
        "Hervé Pons",
        "indirect_infinitive",
    ),
    (
        "directive verb + object + à + infinitive",
        "La présidente du club, Sonia Marchal, a appelé les supporters à rester calmes samedi.",
        "rester calmes samedi",
        "indirect",
        "Sonia Marchal",
        "indirect_infinitive",
    ),
    (
        "demander à quelqu'un de + infinitive",
        "L'avocate Léa Brun a demandé au tribunal de relaxer son client.",
        "relaxer son client",
        "indirect",
        "Léa Brun",
        "indirect_infinitive",
    ),
    (
        "a short fragment in a sentence its incise attributes",
        "Le projet relève du « bricolage », a tranché la députée Anne Morel.",
        "bricolage",
        "partial",
        "Anne Morel",
        "sentence_incise",
    ),
    (
        "a participle set off by a comma speaks for the main clause",
        "Le maire de Lannion, Paul Kerhervé, a reconnu des retards sur le chantier, évoquant des "
        "« difficultés de recrutement ».",
        "difficultés de recrutement",
        "partial",
        "Paul Kerhervé",
        "governing_verb",
    ),
    (
        "a fragment woven into a clause with no speech verb: its named subject",
        "Le député de la Somme, Julien Marot, adresse ses « sincères félicitations » à la nouvelle ministre.",
        "sincères félicitations",
        "partial",
        "Julien Marot",
        "clause_subject",
    ),
]
# partial quotations: fragments woven into a sentence
FOUND += [
    (
        "a fragment whose first word the tokenizer glued to the mark",
        "Le maire de Rimouski, Louis Gagnon, a tenu à souligner l'«ouverture» du dialogue avec la région.",
        "ouverture",
        "partial",
        "Louis Gagnon",
        "governing_verb",
    ),
    (
        "a second fragment the parser hangs on the first is no further from the verb",
        "La sénatrice Hélène Roux a dénoncé une réforme « en trompe-l'œil » et des mesures « injustes ».",
        "injustes",
        "partial",
        "Hélène Roux",
        "governing_verb",
    ),
    (
        "a two-word cue above a reported clause whose cue form has a thing for subject",
        "Le préfet Alain Berger a laissé entendre que les travaux reprendraient « dans les meilleurs délais ».",
        "dans les meilleurs délais",
        "partial",
        "Alain Berger",
        "governing_verb",
    ),
    (
        "a judgement a verb gives its object speaks for the verb's subject, not for the closing incise",
        "Les habitants ont reçu des lettres de la préfecture qui jugeaient leur démarche « irrecevable », "
        "a affirmé l'avocate Léa Brun.",
        "irrecevable",
        "partial",
        "préfecture",
        "qualifying_verb",
    ),
    (
        "a participle after an incise qualifies its object with a quoted judgement",
        "« Les stocks fondent », a expliqué la ministre Claire Dumas, qualifiant la situation des hôpitaux "
        "de la région d'« alarmante ».",
        "alarmante",
        "partial",
        "Claire Dumas",
        "qualifying_verb",
    ),
    (
        "a second judgement coordinated with the first speaks for the same verb's subject",
        "La CFDT a qualifié la réforme d'« injuste » et de « brutale », a indiqué son secrétaire "
        "général, Marc Dupin.",
        "brutale",
        "partial",
        "CFDT",
        "qualifying_verb",
    ),
    (
        "an intertitle fragment after a determiner that the article quotes below is a quotation, not a term",
        "Une « casse sociale sans précédent »\n\nLe délégué syndical Marc Dupin dénonce une « casse sociale "
        "sans précédent » dans l'usine de Cholet.",
        "casse sociale",
        "partial",
        "Marc Dupin",
        "repeated_quote",
    ),
    (
        "a participle after an incise whose inverted subject the parser took for an object",
        "« C'est une honte », a réagi Marc Vidal, évoquant un « abandon » de l'État.",
        "abandon",
        "partial",
        "Marc Vidal",
        "governing_verb",
    ),
    (
        "« parler de « … » » introduces the speaker's word",
        "Le président du club, Marc Vidal, parle d'un « non-événement ».",
        "non-événement",
        "partial",
        "Marc Vidal",
        "governing_verb",
    ),
    (
        "a judgement given by a participle's « par X »: X speaks",
        "Les négociations, qualifiées de « constructives » par la direction, reprendront lundi.",
        "constructives",
        "partial",
        "direction",
        "qualifying_verb",
    ),
    (
        "a fragment the parser made the subject of the closing incise",
        "Ce « sabotage » de l'hôpital public doit cesser, a martelé la députée Anne Morel.",
        "sabotage",
        "partial",
        "Anne Morel",
        "sentence_incise",
    ),
    (
        "a sentence-closing incise whose cue the tagger took for a noun",
        "C'est un « désaveu » pour le gouvernement, juge le politologue Jean Petit.",
        "désaveu",
        "partial",
        "Jean Petit",
        "sentence_incise",
    ),
    (
        "one word in the que-clause of « juge » (the verb, not the judge) is the speaker's word",
        "Après trois défaites de suite, M. Lambert juge que cette saison est un « gâchis ».",
        "gâchis",
        "partial",
        "Lambert",
        "governing_verb",
    ),
    (
        "a sentence-opening subject the parser took for a vocative",
        "Maître Jean Dufour, avocat de la famille de la victime, déplore lui aussi la lenteur de "
        "l'enquête, mais se dit rassuré qu'enfin « les choses avancent ».",
        "les choses avancent",
        "partial",
        "Jean Dufour",
        "governing_verb",
    ),
    (
        "one quoted adjective with no determiner, woven into a named subject's clause, is a judgement",
        "Le maire Paul Ravel est reparti « déçu » de la réunion avec le préfet.",
        "déçu",
        "partial",
        "Paul Ravel",
        "clause_subject",
    ),
    (
        "« décrire X comme « … » »",
        "L'avocate Léa Brun décrit son client comme « un homme brisé par la procédure ».",
        "un homme brisé",
        "partial",
        "Léa Brun",
        "qualifying_verb",
    ),
    (
        "« X juge que … « … » » : « juge » after its subject is the verb, whatever the tagger says",
        "Après trois défaites de suite, M. Lambert juge que cette saison est un « vrai gâchis pour le club ».",
        "vrai gâchis",
        "partial",
        "Lambert",
        "governing_verb",
    ),
    (
        "a fragment in the que-clause of a conviction (« reste persuadée que »)",
        "La maire de Lunel, Claire Vidal, reste persuadée que « la ville peut encore gagner ce procès ».",
        "la ville peut encore gagner",
        "partial",
        "Claire Vidal",
        "que_before",
    ),
    (
        "a verb in marks is the word of its named subject",
        "Le député Marc Olivier « prend acte » du vote des sénateurs.",
        "prend acte",
        "partial",
        "Marc Olivier",
        "quoted_verb",
    ),
    (
        "a fragment in the clause reported by « faire valoir que »",
        "Le président du club, Marc Vidal, a fait valoir que l'équipe traversait une « mauvaise passe ».",
        "mauvaise passe",
        "partial",
        "Marc Vidal",
        "governing_verb",
    ),
]
FOUND += [
    (
        "a quotation that goes on from an incise-closed reported sentence",
        "Il était impossible de rouvrir les écoles dès lundi, explique la rectrice Anne Morel. "
        "« Aucun enfant ne sera renvoyé chez lui. »",
        "Aucun enfant ne sera renvoyé",
        "direct",
        "Anne Morel",
        "after_reported_speech",
    ),
    (
        "a quotation that goes on from « Pour X, … »",
        "Pour Hugo Lenoir, le projet arrive beaucoup trop tard. « On aurait dû agir il y a dix ans. »",
        "On aurait dû agir",
        "direct",
        "Hugo Lenoir",
        "after_reported_speech",
    ),
]
FOUND += [
    (
        "a headline quotation repeating words the article attributes",
        "« On court sans arrêt »\n\nAu CHU de Brest, l'infirmière Julie Tanguy enchaîne les nuits de garde. "
        "« On court sans arrêt, il n'y a jamais assez de bras », confie-t-elle.",
        "On court sans arrêt",
        "direct",
        "Julie Tanguy",
        "repeated_quote",
    ),
]
FOUND += [
    (
        "a speaker label line: name, role, colon",
        "Sophie Marin, présidente de l'association des riverains du port : « On nous a oubliés depuis des années »",
        "On nous a oubliés",
        "direct",
        "Sophie Marin",
        "colon_label",
    ),
    (
        "a headline label: the role, not its complement",
        "Le ministre ivoirien de l'Énergie : « Les délestages vont cesser avant la fin du mois »",
        "Les délestages vont cesser",
        "direct",
        "Le ministre ivoirien",
        "colon_bare",
    ),
    (
        "a headline topic before the colon is no speaker; « selon » after the quotation is",
        "Incendie à Brest : « On a tout perdu en une nuit », selon une habitante du quartier.",
        "On a tout perdu",
        "direct",
        "une habitante",
        "according_to_after",
    ),
]
FOUND += [
    (
        "a reason after a comma goes on with what was said",
        "Le gouverneur Paul Ravel a estimé que la cible restait la bonne, car elle protégeait les ménages.",
        "car elle protégeait",
        "indirect",
        "Paul Ravel",
        "indirect_que",
    ),
    (
        "« selon X » after a sentence connective",
        "Ainsi, selon la préfète Hélène Gire, le chantier devrait s'achever en juin.",
        "le chantier devrait",
        "indirect",
        "Hélène Gire",
        "indirect_according_to",
    ),
]
FOUND += [
    (
        "a headline quotation signed by the name closing its line",
        "Bleus : « Il fallait absolument gagner ce match » Didier Rossi",
        "Il fallait absolument gagner",
        "direct",
        "Didier Rossi",
        "byline",
    ),
    (
        "a headline quotation, a colon, then the named person's clause",
        "« Nous avons enfin gagné ! » : la maire de Quimper, Claire Dumas, a salué la décision du tribunal.",
        "Nous avons enfin gagné",
        "direct",
        "Claire Dumas",
        "colon_after",
    ),
    (
        "« pour X, » after a colon",
        "La séance a repris lundi : pour Maître Léon Bastide, avocat de la famille, "
        "« ce procès doit enfin dire la vérité ».",
        "ce procès doit enfin dire",
        "partial",
        "Léon Bastide",
        "according_to",
    ),
]
FOUND += [
    (
        "a reported clause stops at a participle set off by a comma (the next predicate)",
        "La Banque centrale a fait savoir que la dette avait atteint un niveau record, mettant en garde "
        "contre « un fardeau pour les générations futures ».",
        "la dette avait atteint un niveau record",
        "indirect",
        "Banque centrale",
        "indirect_que",
    ),
    (
        "the quoted fragment after that participle keeps the same speaker",
        "La Banque centrale a fait savoir que la dette avait atteint un niveau record, mettant en garde "
        "contre « un fardeau pour les générations futures ».",
        "un fardeau pour les générations",
        "partial",
        "Banque centrale",
        "governing_verb",
    ),
]
INTERVIEW = (
    "La chanteuse Maëlle Dorval sort un nouvel album. Maëlle Dorval nous a reçus chez elle, à Lannion.\n\n"
    "Vous attendiez-vous à un tel succès ?\n"
    "Pas du tout. Je pensais jouer devant vingt personnes, et nous avons rempli trois salles.\n\n"
    "Qu'est-ce qui a changé pour vous depuis le premier disque ?\n"
    "J'ai appris à dire non. On m'a longtemps poussée à suivre les modes."
)
FOUND += [
    (
        "the first answer of a question/answer transcript",
        INTERVIEW,
        "Pas du tout. Je pensais jouer",
        "direct",
        "Maëlle Dorval",
        "interview_answer",
    ),
    (
        "a later answer of the same transcript",
        INTERVIEW,
        "J'ai appris à dire non",
        "direct",
        "Maëlle Dorval",
        "interview_answer",
    ),
]
FOUND += [
    (
        "a dialogue line whose speech goes on after the incise is one quotation",
        "Le gardien Paul Girard ouvrit la porte du local.\n"
        "— Expliquez-moi, lui dit Paul Girard, comment vous êtes entré ici.",
        "Expliquez-moi, lui dit Paul Girard, comment vous êtes entré",
        "direct",
        "Paul Girard",
        "dialogue_incise",
    ),
]
FOUND += [
    (
        "« selon qui » speaks for its antecedent",
        "La ministre Claire Dumas, selon qui la réforme « ne peut plus attendre », sera entendue lundi.",
        "ne peut plus attendre",
        "partial",
        "Claire Dumas",
        "according_to",
    ),
    (
        "« selon le témoignage de X » is X",
        "Selon le témoignage de Luc Henrard, le feu aurait pris dans la cuisine.",
        "le feu aurait pris",
        "indirect",
        "Luc Henrard",
        "indirect_according_to",
    ),
]
FOUND += [
    (
        "an impersonal incise names its source after « à »",
        "« Le calendrier tiendra », assure-t-on à Matignon.",
        "Le calendrier tiendra",
        "direct",
        "Matignon",
        "postposed_cue",
    ),
    (
        "an impersonal incise names its source after « au » (the article is not part of the name)",
        "« Les récoltes vont souffrir », a-t-on expliqué au ministère de l'Agriculture.",
        "Les récoltes vont souffrir",
        "direct",
        "ministère de l'Agriculture",
        "postposed_cue",
    ),
]
FOUND += [
    (
        "a cleft after the quotation: « C'est ce que dénonce X »",
        "La ville ferme ses piscines. « C'est une décision absurde. » C'est ce que dénonce la présidente "
        "de l'association, Anne Morel.",
        "C'est une décision absurde",
        "direct",
        "Anne Morel",
        "cleft_after",
    ),
    (
        "a cleft after the quotation: « C'est l'appel qu'a lancé X »",
        "« Venez nombreux samedi ! » C'est l'appel qu'a lancé le maire Paul Ravel aux habitants.",
        "Venez nombreux samedi",
        "direct",
        "Paul Ravel",
        "cleft_after",
    ),
]
FOUND += [
    (
        "a two-word cue in an incise: « a fait valoir X »",
        "« Nous ne lâcherons rien », a fait valoir le porte-parole de la CGT, Luc Henrard.",
        "Nous ne lâcherons rien",
        "direct",
        "Luc Henrard",
        "postposed_cue",
    ),
]
FOUND += [
    (
        "a document speaks for its author",
        "« Les routes resteront fermées jusqu'à lundi », souligne le communiqué de la préfecture du Finistère.",
        "Les routes resteront fermées",
        "direct",
        "la préfecture du Finistère",
        "postposed_cue",
    ),
    (
        "« d'après » is not part of the source's name",
        "D'après l'entourage du ministre, celui-ci « n'a jamais envisagé de démissionner ».",
        "n'a jamais envisagé",
        "partial",
        "l'entourage du ministre",
        "according_to",
    ),
]
FOUND += [
    (
        "an infinitive inside the quotation is no incise",
        "L'infirmière Julie Tanguy a pris la parole : « Nous, les soignants, on n'en peut plus. On nous "
        "demande de supplier chaque service, tous les soirs. »",
        "Nous, les soignants",
        "direct",
        "Julie Tanguy",
        "colon_cue",
    ),
    (
        "of two incises closing reported speech, the first one speaks (the second names the medium)",
        "L'inflation reviendra sous les 2 % en 2026, a indiqué le gouverneur Paul Ravel lors d'un colloque "
        "à Québec, rapporte Reuters.",
        "L'inflation reviendra",
        "indirect",
        "Paul Ravel",
        "indirect_postposed",
    ),
]
FOUND += [
    (
        "« ont été interpellés » is an arrest, not speech: « selon » names the source",
        "Deux suspects ont été interpellés mardi par la police, « sans violence », selon le parquet.",
        "sans violence",
        "partial",
        "le parquet",
        "according_to_after",
    ),
]
FOUND += [
    (
        "a detached participle has no subject of its own, even when the parser hangs one on it",
        "Le président brésilien a de nouveau défendu sa politique, jugeant que la forêt amazonienne était "
        "« sous contrôle ».",
        "sous contrôle",
        "partial",
        "Le président brésilien",
        "governing_verb",
    ),
]
# speaker choice: who speaks through the cue
FOUND += [
    (
        "a medium's whole name after a preposition is skipped on the way to the cue's subject",
        "« La réforme est nécessaire », a estimé jeudi sur Radio Canada le ministre des Finances, Paul Ravel.",
        "La réforme est nécessaire",
        "direct",
        "Paul Ravel",
        "postposed_cue",
    ),
    (
        "a verbless phrase set off by commas after the cue tells the manner, not the speaker",
        "« On a tout perdu », témoigne, les larmes aux yeux, une habitante du quartier.",
        "On a tout perdu",
        "direct",
        "une habitante",
        "postposed_cue",
    ),
    (
        "a portrait's manner verb as an incise (« philosophe », « rit », « marmonne »)",
        "« On verra bien », philosophe le maire, Paul Ravel.",
        "On verra bien",
        "direct",
        "Paul Ravel",
        "postposed_cue",
    ),
    (
        "a speech infinitive after « est venu », which is active, not passive",
        "Paul Vidal, maire de Lunel est venu s'expliquer en personne devant les parents : « Nous ne "
        "laisserons pas fermer cette école. »",
        "Nous ne laisserons pas fermer cette école.",
        "direct",
        "Paul Vidal",
        "colon_cue",
    ),
    (
        "a cue form inside the reported clause is part of what is reported, not the colon's cue",
        "Le député Marc Vidal a regretté que la ministre n'ait rien voulu expliquer : « On nous traite avec "
        "mépris. »",
        "On nous traite avec mépris.",
        "direct",
        "Marc Vidal",
        "colon_cue",
    ),
]
# reported speech (indirect)
FOUND += [
    (
        "an infinitive cue found by its form when the lemmatizer errs (« promis »)",
        "La ministre Claire Dumas a, dans un entretien au Monde, promis de réformer le statut des "
        "enseignants avant l'été.",
        "réformer le statut des enseignants",
        "indirect",
        "Claire Dumas",
        "indirect_infinitive",
    ),
    (
        "« de l'aveu de X » closing the sentence, with who X is after it",
        "La réforme divise jusque dans la majorité, de l'aveu même de Paul Girard, député de la Marne.",
        "La réforme divise jusque dans la majorité",
        "indirect",
        "Paul Girard",
        "indirect_according_to",
    ),
    (
        "« aux dires de X » opening the sentence",
        "Aux dires de la préfecture, la situation reste sous contrôle dans le quartier depuis lundi soir.",
        "la situation reste sous contrôle",
        "indirect",
        "la préfecture",
        "indirect_according_to",
    ),
    (
        "« selon X » set off by commas inside the clause it modifies",
        "La députée Anne Morel a critiqué le budget mardi. Le gouvernement aurait dû, selon elle, "
        "organiser un référendum avant l'été.",
        "Le gouvernement aurait dû, selon elle, organiser un référendum",
        "indirect",
        "Anne Morel",
        "indirect_according_to",
    ),
    (
        "« selon X » closing a coordinated clause with no comma before it",
        "Les victimes n'ont pas encore été identifiées, mais il s'agit très probablement de randonneurs "
        "selon la gendarmerie, les familles ayant signalé leur disparition samedi.",
        "il s'agit très probablement de randonneurs",
        "indirect",
        "la gendarmerie",
        "indirect_according_to",
    ),
    (
        "« Pour X, who X is, » then a clause closed by a colon that opens a quotation",
        "Pour Marc Vidal, le président du club, cette saison restera dans les mémoires : « Nous n'avons "
        "jamais vu une telle ferveur. »",
        "cette saison restera dans les mémoires",
        "indirect",
        "Marc Vidal",
        "indirect_according_to",
    ),
    (
        "« se dire prêt à » : a declared stance and its infinitive",
        "Le maire de Brest, Paul Girard, se dit prêt à rouvrir le dossier du tramway dès la rentrée.",
        "prêt à rouvrir le dossier du tramway",
        "indirect",
        "Paul Girard",
        "indirect_infinitive",
    ),
    (
        "« se déclarer favorable à » + infinitive",
        "La ministre Claire Dumas s'est déclarée favorable à reporter la réforme d'un an.",
        "favorable à reporter la réforme",
        "indirect",
        "Claire Dumas",
        "indirect_infinitive",
    ),
    (
        "« a-t-on appris de source X » closing unmarked speech: the source speaks",
        "Un incendie a détruit un entrepôt de la zone industrielle dans la nuit de lundi à mardi, "
        "a-t-on appris mardi de source policière.",
        "Un incendie a détruit un entrepôt",
        "indirect",
        "source policière",
        "indirect_postposed",
    ),
    (
        "« apprend-on d'une source X »",
        "Le suspect a été placé en garde à vue, apprend-on d'une source judiciaire.",
        "Le suspect a été placé en garde à vue",
        "indirect",
        "source judiciaire",
        "indirect_postposed",
    ),
    (
        "« anticiper que » : an institution's forecast",
        "La Banque de France a anticipé que l'inflation reculerait nettement l'an prochain.",
        "l'inflation reculerait nettement",
        "indirect",
        "Banque de France",
        "indirect_que",
    ),
    (
        "« selon le rapport » : a document named again speaks for the author it was introduced with",
        "Dans un rapport publié mardi, la Cour des comptes a estimé que la dette publique devait être "
        "réduite. Selon le rapport, plusieurs ministères ont largement dépassé leur budget en 2024.",
        "plusieurs ministères ont largement dépassé",
        "indirect",
        "Cour des comptes",
        "indirect_according_to",
    ),
    (
        "a second que-clause of the same cue after a comma, « …, mais qu'il fallait … »",
        "Le maire Paul Ravel a affirmé qu'il n'était pas simple de trouver un accord avec l'opposition, "
        "mais qu'il fallait avancer rapidement sur le budget.",
        "il fallait avancer rapidement",
        "indirect",
        "Paul Ravel",
        "indirect_coordinated",
    ),
    (
        "a closing incise whose speaker is the subject of the narrated clause reports the reason given",
        "Le maire Paul Ravel refuse de signer le permis, parce que le projet menace une zone humide "
        "protégée, explique-t-il.",
        "le projet menace une zone humide",
        "indirect",
        "Paul Ravel",
        "indirect_postposed",
    ),
    (
        "« Comme l'a rappelé X, content » : the source of an « as X said » clause",
        "Comme l'a rappelé le préfet du Finistère, la baignade reste interdite sur toutes les plages du "
        "département.",
        "la baignade reste interdite",
        "indirect",
        "préfet du Finistère",
        "indirect_according_to",
    ),
    (
        "« content, comme l'a rappelé X. »",
        "La baignade reste interdite sur toutes les plages du département, comme l'a rappelé mardi le "
        "préfet du Finistère.",
        "La baignade reste interdite",
        "indirect",
        "préfet du Finistère",
        "indirect_according_to",
    ),
    (
        "« Aux yeux de X, content »",
        "Aux yeux du ministre de l'Intérieur, la réforme de la police ne peut plus attendre.",
        "la réforme de la police ne peut plus attendre",
        "indirect",
        "ministre de l'Intérieur",
        "indirect_according_to",
    ),
    (
        "a long insert between the cue and « que » when the parse makes the clause the cue's",
        "Le ministre de l'Économie Paul Girard a déclaré mardi lors d'une conférence de presse à Bercy que "
        "les impôts n'augmenteraient pas.",
        "les impôts n'augmenteraient pas",
        "indirect",
        "Paul Girard",
        "indirect_que",
    ),
    (
        "the person told, the direct object of « avertir », stands before « que »",
        "Le préfet Alain Berger a averti les automobilistes que la route resterait fermée jusqu'à lundi.",
        "la route resterait fermée",
        "indirect",
        "Alain Berger",
        "indirect_que",
    ),
    (
        "« soutenir » + bare infinitive : a claim",
        "Le prévenu Marc Dubois soutient avoir agi en état de légitime défense.",
        "avoir agi en état de légitime défense",
        "indirect",
        "Marc Dubois",
        "indirect_infinitive",
    ),
    (
        "« prier quelqu'un de » + infinitive : a request",
        "La maire Claire Dumas a prié les habitants de limiter leurs déplacements pendant la tempête.",
        "limiter leurs déplacements",
        "indirect",
        "Claire Dumas",
        "indirect_infinitive",
    ),
    (
        "an impersonal « on » speaks for the company the sentence opens with (« Chez X, on … »)",
        "Chez Renault, on indique que l'usine de Flins ne fermera pas avant 2030.",
        "l'usine de Flins ne fermera pas",
        "indirect",
        "Renault",
        "indirect_que",
    ),
    (
        "« Au ministère de X, on précise que … »",
        "Au ministère de l'Intérieur, on précise que les contrôles seront renforcés pendant les fêtes.",
        "les contrôles seront renforcés",
        "indirect",
        "ministère de l'Intérieur",
        "indirect_que",
    ),
    (
        "« …, précise son communiqué » : the document of « son » speaks for the speaker before it",
        "Deux incendies ont détruit des hangars agricoles dans la nuit de samedi, a annoncé la préfecture "
        "du Gers. Les causes des sinistres restent inconnues, précise son communiqué.",
        "Les causes des sinistres restent inconnues",
        "indirect",
        "préfecture du Gers",
        "indirect_postposed",
    ),
    (
        "« D'après X, » alone in its sentence is read (the elided « après » selects it for parsing)",
        "D'après l'Insee, le chômage a légèrement reculé au troisième trimestre.",
        "le chômage a légèrement reculé",
        "indirect",
        "Insee",
        "indirect_according_to",
    ),
    (
        "a clause closed by an incise when the parser made its verb a modifier of its subject",
        "Les enquêteurs privilégient la piste criminelle, a précisé le procureur de la République de "
        "Lille, Paul Girard.",
        "Les enquêteurs privilégient la piste criminelle",
        "indirect",
        "Paul Girard",
        "indirect_postposed",
    ),
    (
        "« s'est dit convaincu que » : the participle of a declared conviction belongs to the cue",
        "Le ministre Paul Girard s'est dit convaincu que l'accord serait signé avant la fin du mois.",
        "l'accord serait signé",
        "indirect",
        "Paul Girard",
        "indirect_que",
    ),
    (
        "« Toujours selon X, content »",
        "Toujours selon la préfecture, une centaine de pompiers restent mobilisés sur place.",
        "une centaine de pompiers restent mobilisés",
        "indirect",
        "la préfecture",
        "indirect_according_to",
    ),
    (
        "« Selon X, directeur de Y, content » : who the source is, set off after it, is not content",
        "Selon Paul Girard, directeur de l'Observatoire des prix, les tarifs devraient encore augmenter "
        "cet hiver.",
        "les tarifs devraient encore augmenter",
        "indirect",
        "Paul Girard",
        "indirect_according_to",
    ),
    (
        "« …, a déclaré X, avant de préciser que … » : the incise's speaker goes on",
        "« Nous irons jusqu'au bout », a déclaré la secrétaire générale du syndicat, Sophie Marchal, "
        "avant de préciser que la grève serait reconduite jeudi.",
        "la grève serait reconduite jeudi",
        "indirect",
        "Sophie Marchal",
        "indirect_que",
    ),
    (
        "« À ses yeux, content » : the person « ses » stands for",
        "La députée Anne Morel a voté contre le texte mardi. À ses yeux, la réforme ne règle aucun des "
        "problèmes de fond.",
        "la réforme ne règle aucun",
        "indirect",
        "Anne Morel",
        "indirect_according_to",
    ),
    (
        "a participle cue opening the sentence: its clause ends where the main clause begins",
        "Soulignant que la dette avait doublé en dix ans, la Cour des comptes appelle à des économies "
        "rapides.",
        "la dette avait doublé en dix ans",
        "indirect",
        "Cour des comptes",
        "indirect_que",
    ),
    (
        "an insert set off by commas between the cue and « que » may hold a verb",
        "Le ministre Paul Girard a reconnu, dans un long entretien accordé au Monde, que des erreurs "
        "avaient été commises.",
        "des erreurs avaient été commises",
        "indirect",
        "Paul Girard",
        "indirect_que",
    ),
    (
        "a time noun closes the phrase before the incise's subject (« en fin de matinée un porte-parole »)",
        "Le trafic restera perturbé jusqu'à jeudi, a indiqué en fin de matinée un porte-parole de la SNCF, "
        "l'opérateur ferroviaire public.",
        "Le trafic restera perturbé",
        "indirect",
        "porte-parole de la SNCF",
        "indirect_postposed",
    ),
    (
        "a nickname that opens with « D' » after the incise's verb is the speaker, not a preposition",
        "Le chanteur Moussa Traoré dit D'Jo a présenté son album lundi. La tournée passera par dix villes, "
        "a affirmé D'Jo lors de la fête organisée par Sékou Diallo.",
        "La tournée passera par dix villes",
        "indirect",
        "D'Jo",
        "indirect_postposed",
    ),
    (
        "« un communiqué selon lequel … » : the relative clause, for the author who published it",
        "Le ministère de la Santé a publié mardi un communiqué selon lequel trois nouveaux cas ont été "
        "détectés.",
        "trois nouveaux cas ont été détectés",
        "indirect",
        "ministère de la Santé",
        "indirect_according_to",
    ),
    (
        "« une source proche du dossier, selon laquelle … » : the head of the phrase before the comma",
        "Une source proche du dossier, selon laquelle le suspect aurait avoué, a été entendue par les "
        "enquêteurs.",
        "le suspect aurait avoué",
        "indirect",
        "source proche du dossier",
        "indirect_according_to",
    ),
]
FOUND += [
    (
        "a headline quotation trims the words the article attributes below",
        "« Nous ne fermerons aucune classe à la rentrée »\n\nLe conseil municipal de Lunel s'est "
        "réuni mardi soir dans une ambiance tendue.\n\n« Je vous le dis clairement : nous ne fermerons "
        "aucune classe de l'école Jean-Moulin à la rentrée prochaine », a déclaré le maire, Paul Ravel.",
        "Nous ne fermerons aucune classe",
        "direct",
        "Paul Ravel",
        "repeated_quote",
    ),
]
FOUND += [
    (
        "the sentence after a quotation says whose words they were, past a question mark",
        "« Tout sera prêt lundi » ? Tels sont les propos tenus par le recteur Paul Ravel devant "
        "les parents d'élèves.",
        "Tout sera prêt lundi",
        "direct",
        "Paul Ravel",
        "words_of_after",
    ),
]
FOUND += [
    (
        "the interviewer's question, told in one sentence, opens the paragraph of the guest's answer",
        "Le maire de Lunel, Paul Ravel, était l'invité de notre matinale.\n\n« Notre budget ne "
        "prévoit aucune hausse d'impôts », a-t-il expliqué.\n\nEt la hausse des tarifs de la cantine ? "
        "« Elle reste inférieure à l'inflation. Les familles modestes ne paieront pas plus. »",
        "Elle reste inférieure",
        "direct",
        "Paul Ravel",
        "previous_paragraph",
    ),
]
FOUND += [
    (
        "a speech act named by a verb and a noun (« monter au créneau ») is a colon's cue",
        "Le député Marc Vidal est monté au créneau face au ministre : « Vous avez menti aux Français. »",
        "Vous avez menti aux Français.",
        "direct",
        "Marc Vidal",
        "colon_cue",
    ),
    (
        "a speech act named by a verb and a noun announces the next paragraph's testimony",
        "Le syndicaliste Paul Ravel a tiré la sonnette d'alarme sur l'état des urgences.\n\n« Les soignants "
        "sont épuisés, les lits manquent, personne ne nous écoute. »",
        "Les soignants sont épuisés",
        "direct",
        "Paul Ravel",
        "preceding_subject",
    ),
]
# (construction, text, words that must not start a quotation)
FOUND += [
    (
        "a description ending like a demonym (« le technicien ») fits only its own roles",
        "Le médecin de l'équipe, le Dr Paul Marin, a examiné le joueur. L'entraîneur Marc Jolivet a "
        "salué « un groupe solide ». Pour le technicien nantais, rien n'est encore joué.",
        "rien n'est encore joué",
        "indirect",
        "Marc Jolivet",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« selon » + a role, then the person's name with a determiner and a title set off by commas",
        "Selon le médecin de l'équipe, le Dr Paul Marin, la blessure est sans gravité.",
        "la blessure est sans gravité",
        "indirect",
        "Paul Marin",
        "indirect_according_to",
    ),
    (
        "« d'après X, » opening the clause after a colon",
        "Le joueur a quitté le terrain en boitant : d'après le kinésithérapeute du club, Marc Petit, "
        "il pourrait s'agir d'une simple entorse.",
        "il pourrait s'agir d'une simple entorse",
        "indirect",
        "Marc Petit",
        "indirect_according_to",
    ),
    (
        "« selon X, » opening the clause after a semicolon",
        "La route restera fermée jusqu'à lundi ; selon la préfecture, les travaux ont pris du retard.",
        "les travaux ont pris du retard",
        "indirect",
        "la préfecture",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« le chef du gouvernement » describing a Première ministre given her office after her name",
        "Natalia Berg, Première ministre, a reçu les syndicats. « Nous tiendrons », a-t-elle déclaré. "
        "La cheffe du gouvernement a reconnu que les caisses étaient vides.",
        "les caisses étaient vides",
        "indirect",
        "Natalia Berg",
        "indirect_que",
    ),
]

FOUND += [
    (
        "a description, then a second role noun with the name set off by a comma",
        "« Les loyers ont doublé en dix ans », souligne l'auteur du rapport, le sociologue Marc Lenoir.",
        "Les loyers ont doublé en dix ans",
        "direct",
        "Marc Lenoir",
        "postposed_cue",
    ),
    (
        "« selon » + a description, then « l'architecte X » set off by commas",
        "Selon la responsable du projet, l'architecte Anne Roux, les travaux dureront deux ans.",
        "les travaux dureront deux ans",
        "indirect",
        "Anne Roux",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« ce dernier » for the one person named, even as a subject",
        "Le maire Paul Roux a présenté le budget. Ce dernier estime que les impôts n'augmenteront pas.",
        "les impôts n'augmenteront pas",
        "indirect",
        "Paul Roux",
        "indirect_que",
    ),
    (
        "« la minorité » of a council as a speaker",
        "Le conseil municipal a voté le projet. La minorité a annoncé qu'elle déposerait un recours.",
        "elle déposerait un recours",
        "indirect",
        "La minorité",
        "indirect_que",
    ),
]

FOUND += [
    (
        "a description refers back to the subject before it, not to a holder of the role named later",
        "« On a tout donné. » Assis face aux journalistes, Paul Mercier cherchait ses mots. "
        "L'entraîneur nantais estime que la fatigue a pesé. En face, son entraîneur, Jan Kowalski, "
        "a salué « un match plein ».",
        "la fatigue a pesé",
        "indirect",
        "Paul Mercier",
        "indirect_que",
    ),
]

FOUND += [
    (
        "an institution's full name through a second institution and its place; a figure's unit kept",
        "Les prix ont augmenté de 6 %, selon une étude de l'Observatoire de la consommation de "
        "l'Université de Laval publiée mardi.",
        "Les prix ont augmenté de 6 %",
        "indirect",
        "Observatoire de la consommation de l'Université de Laval",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "a quoted fragment, then the sentence's closing incise followed by a participle clause",
        "Le chalutier « a violé nos eaux » pendant la nuit, a déclaré le porte-parole du ministère des "
        "Affaires étrangères, Ken Watanabe, appelant Pékin à « respecter le droit ».",
        "a violé nos eaux",
        "partial",
        "Ken Watanabe",
        "sentence_incise",
    ),
]

FOUND += [
    (
        "« ce dernier » for the one person just quoted, named as the inverted subject of the incise",
        "« Les loyers flambent », souligne l'auteur du rapport, le géographe Marc Lenoir. Ce dernier "
        "estime qu'une partie de la hausse vient des meublés touristiques.",
        "une partie de la hausse vient des meublés touristiques",
        "indirect",
        "Marc Lenoir",
        "indirect_que",
    ),
]

FOUND += [
    (
        "« elles » for a plural institution subject of the sentence before",
        "Les autorités sanitaires invitent les consommateurs à rapporter les produits. Elles rappellent "
        "que la maladie peut être grave chez les personnes âgées.",
        "la maladie peut être grave",
        "indirect",
        "autorités sanitaires",
        "indirect_que",
    ),
    (
        "« ils » for the people a quantity noun counts (« une centaine d'habitants »)",
        "Une centaine d'habitants du quartier ont signé une pétition contre le bruit. Ils réclament que "
        "les concerts s'arrêtent à minuit.",
        "les concerts s'arrêtent à minuit",
        "indirect",
        "habitants",
        "indirect_que",
    ),
]

FOUND += [
    (
        "a person described again by age (« le quinquagénaire ») after being named as a subject",
        "Le boulanger Marc Jolivet a fermé sa boutique lundi. « Je n'avais plus le choix », explique "
        "le quinquagénaire, installé depuis vingt ans.",
        "Je n'avais plus le choix",
        "direct",
        "Marc Jolivet",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« le quinquagénaire » for the one person named just before, a subject the parse missed",
        "Devant la mairie, Paul Girard, 58 ans, dont trente passés à l'usine, peine à cacher sa colère. "
        "« On nous abandonne », lâche le quinquagénaire.",
        "On nous abandonne",
        "direct",
        "Paul Girard",
        "postposed_cue",
    ),
    (
        "« l'ancien ministre » recalls a past office: it fits a person now given another role",
        "Devant ses partisans réunis à Abidjan, Kouassi Yao, président du Rassemblement pour le progrès, "
        "a haussé le ton après l'interpellation de trois cadres. L'ancien ministre a qualifié ces "
        "arrestations de « politiques ».",
        "politiques",
        "partial",
        "Kouassi Yao",
        "qualifying_verb",
    ),
]

FOUND += [
    (
        "any verb with its subject inverted after the quotation is an incise",
        "« On n'a jamais lâché », rayonnait l'auteur du but, Marc Petit.",
        "On n'a jamais lâché",
        "direct",
        "Marc Petit",
        "postposed_inversion",
    ),
]

FOUND += [
    (
        "« de source policière » after an impersonal incise names the source",
        "Le suspect a été interpellé dans la nuit, indique-t-on de source policière.",
        "Le suspect a été interpellé",
        "indirect",
        "source policière",
        "indirect_postposed",
    ),
    (
        "« De source X, on indique que » : the source opens the sentence",
        "De source policière, on indique que le suspect a été interpellé dans la nuit.",
        "le suspect a été interpellé",
        "indirect",
        "source policière",
        "indirect_que",
    ),
    (
        "« n'exclut pas de » + infinitive (a verb that reports only when negated; elided form selected)",
        "Le préfet Jean Morel n'exclut pas de prendre un arrêté d'interdiction.",
        "prendre un arrêté d'interdiction",
        "indirect",
        "Jean Morel",
        "indirect_infinitive",
    ),
    (
        "an opinion verb, a judgement, then « de » + infinitive",
        "La syndicaliste Anne Roux juge indispensable de rouvrir les négociations.",
        "indispensable de rouvrir les négociations",
        "indirect",
        "Anne Roux",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "« le quinquagénaire » is the person named (with an age) since the sentence's subject",
        "Le maire Jean Dupont a annoncé la fermeture de l'usine. À la sortie, on croise Paul Martin, "
        "54 ans. « On nous jette comme des déchets », lâche le quinquagénaire.",
        "On nous jette comme des déchets",
        "direct",
        "Paul Martin",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« le parquet » after « le parquet de Namur »: the institution named in full",
        "Le parquet de Namur a requis deux ans de prison contre le prévenu. Le jugement sera rendu le "
        "14 janvier, a précisé le parquet.",
        "Le jugement sera rendu le 14 janvier",
        "indirect",
        "parquet de Namur",
        "indirect_postposed",
    ),
]

FOUND += [
    (
        "« La phrase est signée X » after a quotation",
        "« Si on ferme l'école, le village meurt. » La phrase est signée Paul Girard, maire de la commune.",
        "Si on ferme l'école",
        "direct",
        "Paul Girard",
        "words_of_after",
    ),
]

FOUND += [
    (
        "« y voir / voir là / voir dans X » + a quoted judgement",
        "Le maire Paul Girard y voit « une provocation » de la part de l'État.",
        "une provocation",
        "partial",
        "Paul Girard",
        "qualifying_verb",
    ),
]

FOUND += [
    (
        "« selon X, publiée dans Y, » : a participle describing the source is not content",
        "Selon les auteurs de l'étude, publiée dans The Lancet, le risque serait multiplié par trois.",
        "le risque serait multiplié par trois",
        "indirect",
        "auteurs de l'étude",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "a new description (not an office) for the article's only person so far, named in a complement",
        "Le premier roman de la Lyonnaise Claire Martin sort ce jeudi chez Gallimard. « J'ai mis dix ans "
        "à l'écrire », explique l'autrice.",
        "J'ai mis dix ans",
        "direct",
        "Claire Martin",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "a stressed pronoun set off by commas repeats the subject (« L'opposition, elle, dénonce »)",
        "La ministre Anne Roux a défendu l'accord. L'opposition, elle, dénonce une « capitulation ».",
        "capitulation",
        "partial",
        "L'opposition",
        "governing_verb",
    ),
]

FOUND += [
    (
        "a noun given an age (« un creuseur de 27 ans ») names a person who speaks",
        "Joint par téléphone, un creuseur de 27 ans raconte avoir perdu deux cousins dans l'éboulement.",
        "avoir perdu deux cousins",
        "indirect",
        "un creuseur de 27 ans",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "« Pour X qui a requis l'anonymat, … » : the source's relative clause holds a verb",
        "Pour un analyste parisien qui a requis l'anonymat, c'est surtout la baisse des marges qui "
        "inquiète les investisseurs.",
        "c'est surtout la baisse des marges",
        "indirect",
        "un analyste parisien",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "a quotation standing alone, then a paragraph that introduces its speaker (not the one before)",
        "Le préfet Jean Morel a annoncé la fermeture de la route.\n\n« On nous a abandonnés. Personne ne "
        "nous a prévenus. »\n\nAssise devant sa ferme, Marie Duval, 67 ans, ne décolère pas. Elle dit "
        "avoir appris la nouvelle par la radio.",
        "On nous a abandonnés",
        "direct",
        "Marie Duval",
        "introduced_after",
    ),
]

FOUND += [
    (
        "a person described by age speaks as such (« Le quinquagénaire se dit « effondré » »)",
        "Le boulanger Marc Petit a fermé sa boutique. Le quinquagénaire se dit « effondré ».",
        "effondré",
        "partial",
        "Marc Petit",
        "governing_verb",
    ),
    (
        "a second quoted judgement far after its qualifying verb",
        "Le directeur Paul Roy a qualifié ce point de « précieux » et la fin du match de « presque parfaite ».",
        "presque parfaite",
        "partial",
        "Paul Roy",
        "qualifying_verb",
    ),
]

FOUND += [
    (
        "an impersonal « on » of a circle the sentence opens with, before a quoted fragment",
        "Dans l'opposition, on se dit « pas surpris » par cette décision.",
        "pas surpris",
        "partial",
        "l'opposition",
        "governing_verb",
    ),
]

FOUND += [
    (
        "accuser + object modified by a participle + de + infinitive",
        "La sénatrice Marie Roux était à Lyon. Elle a accusé les pays développés de retarder la réforme du fonds.",
        "retarder la réforme du fonds",
        "indirect",
        "Marie Roux",
        "indirect_infinitive",
    ),
    (
        "a-t-on appris de source X after a clause the parse hangs on « appris »",
        "Le texte a été adopté en commission. Plusieurs élus de la majorité s'y sont opposés, a-t-on appris "
        "de source parlementaire.",
        "Plusieurs élus de la majorité s'y sont opposés",
        "indirect",
        "source parlementaire",
        "indirect_postposed",
    ),
    (
        "opinion verb craindre que",
        "Le préfet du Gard, Louis Berthier, craint que les pluies ne provoquent de nouveaux glissements de terrain.",
        "les pluies ne provoquent de nouveaux glissements de terrain",
        "indirect",
        "Louis Berthier",
        "indirect_que",
    ),
    (
        "a document establishes que",
        "Publiée lundi dans la revue The Lancet, l'étude établit que les enfants exposés au bruit dorment moins bien.",
        "les enfants exposés au bruit dorment moins bien",
        "indirect",
        "l'étude",
        "indirect_que",
    ),
    (
        "a brand promises que",
        "La marque promet que les clients seront remboursés intégralement.",
        "les clients seront remboursés intégralement",
        "indirect",
        "La marque",
        "indirect_que",
    ),
    (
        "second que-clause after a first one that went to its partial quote",
        "L'agence assure que la fermeture est « provisoire » et que les patients seront redirigés vers Dijon.",
        "les patients seront redirigés vers Dijon",
        "indirect",
        "L'agence",
        "indirect_coordinated",
    ),
    (
        "Pour ce dernier, … : the person just named",
        "Le porte-parole des rebelles, Ali Hassan, a été joint par téléphone. Pour ce dernier, c'est l'armée "
        "qui a rompu la trêve.",
        "c'est l'armée qui a rompu la trêve",
        "indirect",
        "Ali Hassan",
        "indirect_according_to",
    ),
    (
        "D'après celle-ci, … : the person just named",
        "La juge a entendu Marie Dubois. D'après celle-ci, le contrat était signé.",
        "le contrat était signé",
        "indirect",
        "Marie Dubois",
        "indirect_according_to",
    ),
    (
        "…, X, pour qui + clause: the view of the person just named",
        "Le ministre a reçu le géologue Marc Petit, pour qui la crue durera plusieurs jours.",
        "la crue durera plusieurs jours",
        "indirect",
        "Marc Petit",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "selon + a figure published by X: the publisher speaks",
        "Plus de 300 personnes ont été tuées, selon un bilan communiqué lundi soir par le ministère de l'Intérieur.",
        "Plus de 300 personnes ont été tuées",
        "indirect",
        "ministère de l'Intérieur",
        "indirect_according_to",
    ),
    (
        "selon + a report published by an association: the association speaks",
        "Les nappes sont polluées, selon un rapport publié mardi par l'ONG Aquavita.",
        "Les nappes sont polluées",
        "indirect",
        "Aquavita",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« X juge Y « … » » with « juge » read as a noun: the opening noun phrase judges",
        "Le président du club juge la saison « décevante », tout en saluant l'effort des joueurs.",
        "décevante",
        "partial",
        "Le président du club",
        "qualifying_verb",
    ),
    (
        "« X juge « … » Y » after a noun and its adjective",
        "La fédération patronale juge « insuffisantes » les mesures annoncées.",
        "insuffisantes",
        "partial",
        "La fédération patronale",
        "qualifying_verb",
    ),
]

FOUND += [
    (
        "a stated intention: émettre l'idée de + infinitive",
        "La députée Claire Morin a émis l'idée de plafonner les loyers dans les grandes villes.",
        "plafonner les loyers dans les grandes villes",
        "indirect",
        "Claire Morin",
        "indirect_intention",
    ),
    (
        "a stated intention: annoncer son intention de + infinitive",
        "Le maire de Brest, Paul Le Goff, a annoncé son intention de briguer un nouveau mandat.",
        "briguer un nouveau mandat",
        "indirect",
        "Paul Le Goff",
        "indirect_intention",
    ),
    (
        "narrative « Et d'ajouter que » goes on with the previous sentence's subject",
        "Interrogé sur son avenir, l'entraîneur Paul Roux a refusé de s'exprimer. Et d'ajouter qu'il restait "
        "concentré sur la fin de saison.",
        "il restait concentré sur la fin de saison",
        "indirect",
        "Paul Roux",
        "indirect_que",
    ),
    (
        "« « … », c'est l'appel qu'a lancé X » : the cleft after a comma",
        "« Il faut rouvrir la ligne », c'est l'appel qu'a lancé jeudi le collectif des usagers.",
        "Il faut rouvrir la ligne",
        "direct",
        "collectif des usagers",
        "cleft_after",
    ),
]

FOUND += [
    (
        "« selon ses calculs » : the possessor of the figures speaks",
        "Le glaciologue Reto Favre suit les glaciers depuis vingt ans. Selon ses calculs, plusieurs glaciers "
        "auront disparu d'ici dix ans.",
        "plusieurs glaciers auront disparu",
        "indirect",
        "Reto Favre",
        "indirect_according_to",
    ),
    (
        "« selon un dernier bilan communiqué par X » : an adjective before the document noun",
        "Au moins 400 personnes ont été tuées, selon un dernier bilan communiqué lundi par le ministère de "
        "l'Intérieur.",
        "Au moins 400 personnes ont été tuées",
        "indirect",
        "ministère de l'Intérieur",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« Pour son distributeur, … » : a company described by its trade speaks like an organisation",
        "Le film sort mercredi. Pour son distributeur, le film peut dépasser les 50 000 entrées.",
        "le film peut dépasser les 50 000 entrées",
        "indirect",
        "son distributeur",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« Il s'est voulu rassurant : « … » » : a pronoun the parse made an expletive, before a colon",
        "Le directeur, Luc Morel, a fait le point. Il s'est voulu rassurant : « Aucun salarié ne sera licencié. »",
        "Aucun salarié ne sera licencié",
        "direct",
        "Luc Morel",
        "colon_subject",
    ),
]

FOUND += [
    (
        "« X plaisante : « … » » : a cue the tagger read as an adjective of its subject",
        "Le ministre des Sports, Paul Vidal, était à Lille. Le ministre plaisante : « Je n'ai jamais autant couru. »",
        "Je n'ai jamais autant couru",
        "direct",
        "Paul Vidal",
        "colon_cue",
    ),
]

FOUND += [
    (
        "unmarked speech in the first person closed by an inverted incise is direct speech",
        "Le maire de Lyon, Paul Roux, était à la mairie. Je ne laisserai pas fermer cette école, a-t-il lancé "
        "devant les parents.",
        "Je ne laisserai pas fermer cette école",
        "direct",
        "Paul Roux",
        "indirect_postposed",
    ),
]

FOUND += [
    (
        "« s'est dite « … » » : a declared stance, not the naming participle « dite »",
        "La Chambre de commerce et d'industrie de Lévis s'est dite « très préoccupée » par le projet.",
        "très préoccupée",
        "partial",
        "Chambre de commerce et d'industrie de Lévis",
        "governing_verb",
    ),
]

FOUND += [
    (
        "an organisation named with capitalised common words after its type, split off by the tokenizer",
        "L'association de consommateurs Panier malin salue « une avancée réelle » et demande des comptes.",
        "une avancée réelle",
        "partial",
        "Panier malin",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« …, tout en se disant « … » » : a reflexive participle after the comma ends the que-clause",
        "La direction de l'usine a assuré jeudi qu'aucun licenciement n'était prévu, tout en se disant "
        "« inquiète » pour les commandes.",
        "aucun licenciement n'était prévu",
        "indirect",
        "La direction de l'usine",
        "indirect_que",
    ),
]

FOUND += [
    (
        "« l'octogénaire » : the one person the article gave an age in that range (« Odette, 82 ans »)",
        "Devant la mairie, Odette, 82 ans, et son voisin Marcel Lebrun attendent l'ouverture. Le maire, "
        "Jean Caron, est arrivé en retard. « Cela fait vingt ans qu'on attend un médecin », soupire "
        "l'octogénaire.",
        "Cela fait vingt ans",
        "direct",
        "Odette",
        "postposed_cue",
    ),
    (
        "« le joueur de 26 ans » : the person introduced with that age",
        "Le milieu de terrain Karim Benzaïd, 26 ans, est sorti sur blessure. L'entraîneur Paul Roux a "
        "regretté le manque d'envie de son équipe. « On n'a pas couru, on a mérité de perdre », a déploré "
        "le joueur de 26 ans.",
        "On n'a pas couru",
        "direct",
        "Karim Benzaïd",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« …, d'après un commerçant. » : a source closing the sentence with « d'après »",
        "Le prix du sac de riz a doublé en deux mois sur le marché central, d'après un commerçant.",
        "Le prix du sac de riz a doublé",
        "indirect",
        "un commerçant",
        "indirect_according_to",
    ),
    (
        "« selon des habitants » : the indefinite plural, which the parse splits into de + les",
        "Les coupures d'eau durent depuis trois semaines dans le quartier, selon des habitants.",
        "Les coupures d'eau durent",
        "indirect",
        "habitants",
        "indirect_according_to",
    ),
    (
        "« Selon X, dont …, content » : a verbless « dont » phrase describes the source",
        "Selon des courriels consultés par l'AFP, dont un message du directeur financier, la banque "
        "connaissait les risques depuis 2019.",
        "la banque connaissait les risques",
        "indirect",
        "courriels",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« … : c'est ce qu'a assuré X » : a cleft after a colon resumes the statement before it",
        "Le club ne lâchera rien jusqu'à la dernière journée : c'est ce qu'a assuré l'entraîneur Paul Roux "
        "après la rencontre.",
        "Le club ne lâchera rien",
        "indirect",
        "Paul Roux",
        "indirect_cleft",
    ),
]

FOUND += [
    (
        "« …, indique le rectorat, le temps de vérifier … » : the phrase right after the verb speaks, not "
        "a subject the parse found past the comma",
        "Les écoles de douze communes resteront fermées mardi, indique le rectorat de Nantes, le temps de "
        "vérifier la sécurité des bâtiments.",
        "Les écoles de douze communes",
        "indirect",
        "rectorat de Nantes",
        "indirect_postposed",
    ),
    (
        "« selon la même source » : the source of the report before",
        "Un marin a été grièvement blessé à Concarneau, selon la préfecture maritime. Son pronostic vital "
        "n'est pas engagé, selon la même source.",
        "Son pronostic vital",
        "indirect",
        "préfecture maritime",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« il s'est montré confiant : « … » » : a participle after « se montrer » is no cue, and the parse made the pronoun an expletive",
        "Président du syndicat, Jean-Marc Dupuy a été reçu par le préfet. À sa sortie, il s'est montré "
        "confiant : « Le préfet nous a écoutés, c'est déjà ça. »",
        "Le préfet nous a écoutés",
        "direct",
        "Jean-Marc Dupuy",
        "colon_subject",
    ),
]

FOUND += [
    (
        "« l'ONG Action Sahel Solidarité » : a kind of organisation before its name is no portfolio (the "
        "first name-like « Sahel » does not start a person's name)",
        "Pour l'ONG Action Sahel Solidarité, les chiffres officiels sont au contraire sous-estimés.",
        "les chiffres officiels",
        "indirect",
        "Action Sahel Solidarité",
        "indirect_according_to",
    ),
    (
        "« Le document, intitulé « … », estime que … » : a document speaks",
        "Le document, intitulé « Perspectives régionales 2025 », estime que la situation est la plus "
        "grave depuis une décennie.",
        "la situation est la plus grave",
        "indirect",
        "document",
        "indirect_que",
    ),
]

FOUND += [
    (
        "« La plupart des élus estiment que … » : the people a quantity counts speak, as a group",
        "La plupart des élus estiment que le projet de rocade arrive trop tard.",
        "le projet de rocade arrive trop tard",
        "indirect",
        "La plupart des élus",
        "indirect_que",
    ),
    (
        "« Plusieurs dizaines de salariés ont dénoncé un « … » »",
        "Plusieurs dizaines de salariés ont dénoncé un « plan social déguisé » devant l'usine.",
        "plan social déguisé",
        "partial",
        "dizaines de salariés",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« a été saluée comme un « … » par X » : the agent of a passive judgement, an article after « comme »",
        "La création de la compagnie a été saluée comme un « moment de grâce » par la directrice du festival.",
        "moment de grâce",
        "partial",
        "la directrice du festival",
        "qualifying_verb",
    ),
]

FOUND += [
    (
        "« « … » C'est en ces termes que X a réagi » : a cleft on the words, its clause in normal order",
        "« Ce décret est un coup de force contre les électeurs. » C'est en ces termes que Paul Agbo, "
        "président du Parti démocrate, a réagi lundi au décret présidentiel.",
        "Ce décret est un coup de force",
        "direct",
        "Paul Agbo",
        "cleft_after",
    ),
    (
        "an opening quotation, then a sentence whose subject the parser lost: the one person named before its verb",
        "Nantes : la start-up Hydrea lève 20 millions d'euros\n\n« Il y a quatre ans, on était deux dans un "
        "garage de Rezé avec un prototype qui fuyait. » Installée dans les nouveaux locaux de la société, "
        "sur les bords de Loire, Claire Mathis, 36 ans, mesure le chemin parcouru.",
        "Il y a quatre ans",
        "direct",
        "Claire Mathis",
        "following_subject",
    ),
]

FOUND += [
    (
        "« dit comprendre la hausse, mais s'inquiéter pour … » : a coordinated infinitive the parser hung on "
        "the cue is reported too",
        "Le conseiller Gilles Harvey dit comprendre la hausse, mais s'inquiéter pour les aînés à revenu fixe.",
        "s'inquiéter pour les aînés",
        "indirect",
        "Gilles Harvey",
        "indirect_infinitive",
    ),
    (
        "« dit ne pas savoir encore s'il sèmera » : the indirect question after the infinitive is reported too",
        "À Meknès, Karim Alaoui, lui, dit ne pas savoir encore s'il sèmera à l'automne.",
        "s'il sèmera",
        "indirect",
        "Karim Alaoui",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "« …, réagit X, porte-parole du collectif Y, qui réclame « … » » : the speech verb's « qui » is the "
        "person, not the organisation of her role",
        "« Ces chiffres confirment ce que les familles vivent depuis des années », réagit Sandrine Vidal, "
        "porte-parole du collectif Alerte Pesticides Médoc, qui réclame « un moratoire sur les épandages ».",
        "un moratoire sur les épandages",
        "partial",
        "Sandrine Vidal",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« Son message aux sinistrés : « … » » : words introduced by their owner's possessive",
        "Le ministre de l'Intérieur, Tahina Rabe, s'est rendu lundi sur place. Son message aux sinistrés : "
        "« L'État ne vous laissera pas seuls. »",
        "L'État ne vous laissera pas seuls",
        "direct",
        "Tahina Rabe",
        "colon_bare",
    ),
]

FOUND += [
    (
        "« un humanitaire » : an aid worker speaks",
        "Sur le terrain, un humanitaire décrit des « lenteurs inquiétantes » dans la distribution des vivres.",
        "lenteurs inquiétantes",
        "partial",
        "un humanitaire",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« Et d'ajouter : « … » » : the narrative infinitive before a colon speaks for the subject before",
        "Le ministre des Mines, Mamadi Condé, a balayé ces inquiétudes. Et d'ajouter : « Aucun village ne "
        "sera déplacé sans consultation. »",
        "Aucun village ne sera déplacé",
        "direct",
        "Mamadi Condé",
        "colon_cue",
    ),
]

FOUND += [
    (
        "an article opening on a quotation, narration after it in the same paragraph: the first person named",
        "Sécheresse : les éleveurs du Gharb comptent leurs pertes\n\n« Cette année, je n'ai même pas récupéré "
        "la semence. » Le constat est amer pour Karim Alaoui, éleveur dans la plaine du Gharb.",
        "je n'ai même pas récupéré",
        "direct",
        "Karim Alaoui",
        "introduced_after",
    ),
]

FOUND += [
    (
        "« Selon lui, son client … » carries the lawyer on: the client is not who « il » is",
        "L'ancien trésorier du club comparaissait jeudi devant le tribunal de Tours. Son avocat, "
        "Me Olivier Gendron, a plaidé la relaxe. Selon lui, son client a toujours agi sur ordre du "
        "président. « Personne ne peut croire qu'un bénévole ait monté seul un tel système », a-t-il insisté.",
        "Personne ne peut croire",
        "direct",
        "Olivier Gendron",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« le prévenu » is the person the article puts on trial (« le procès de X »), not the last man named",
        "Le procès de Kevin Marchand s'est ouvert mardi devant le tribunal correctionnel de Lorient. Le "
        "directeur de l'agence, Paul Le Goff, a raconté l'agression. La procureure, Anne Caradec, a requis "
        "dix-huit mois de prison.\n\n« J'avais perdu mon travail, je ne savais plus ce que je faisais », a "
        "déclaré le prévenu à la barre.",
        "J'avais perdu mon travail",
        "direct",
        "Kevin Marchand",
        "postposed_cue",
    ),
    (
        "« l'accusée » in a headline before the article names her on trial (« Jugée …, X »)",
        "« Je dormais chez ma sœur », répète l'accusée\n\nJugée depuis lundi devant la cour d'assises du "
        "Gard, Martine Roux a nié toute implication dans l'incendie. Son ancien associé, Bruno Giraud, a "
        "décrit une femme aux abois.",
        "Je dormais chez ma sœur",
        "direct",
        "Martine Roux",
        "postposed_cue",
    ),
    (
        "« présenter » is no speech verb: a fragment in a « selon » clause is the source's",
        "Le médecin psychiatre Alain Féraud a été entendu mardi par la cour. Selon l'expert, le prévenu ne "
        "présentait pas « la moindre altération du jugement » au moment des faits.",
        "la moindre altération du jugement",
        "partial",
        "Alain Féraud",
        "according_to",
    ),
    (
        "a surname that is also a role noun (« Voisin ») after a first name",
        "« Les cas restent rares en France », rappelle Élodie Voisin, virologue à l'hôpital de Rennes.",
        "Les cas restent rares en France",
        "direct",
        "Élodie Voisin",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« la retraitée » describes again the witness named by a first name and an age",
        "Au marché de Quimper, les prix des légumes ont encore grimpé. Yvette, 72 ans, compte ses pièces "
        "devant l'étal. « Je n'achète plus que des poireaux et des pommes de terre », soupire la retraitée.",
        "Je n'achète plus que des poireaux",
        "direct",
        "Yvette",
        "postposed_cue",
    ),
    (
        "« ce père de trois enfants » : a parent described by their children, not a tie to someone",
        "Le chauffage collectif est coupé depuis dix jours dans la résidence. Malik, 39 ans, a ressorti les "
        "radiateurs d'appoint. « Les enfants dorment avec deux pulls. On attend une réponse du bailleur », "
        "explique ce père de trois enfants.",
        "Les enfants dorment avec deux pulls",
        "direct",
        "Malik",
        "postposed_cue",
    ),
    (
        "« Pour X, … » opening a sentence makes X as salient as a subject for the next « elle »",
        "Le romancier Hugo Desmarais a été salué par la critique. « C'est son meilleur livre », a estimé la "
        "critique Anne Morel. Pour Léa Fournier, libraire à Vannes, le livre devrait bien se vendre à Noël. "
        "« Les lecteurs le réclament déjà. On a doublé la commande », se réjouit-elle.",
        "Les lecteurs le réclament déjà",
        "direct",
        "Léa Fournier",
        "postposed_cue",
    ),
    (
        "the sentences a quotation fills are no distance between its incise pronoun and the witness",
        "« Des répliques restent possibles », a averti la sismologue Claire Fontanel. Assise devant ce qui "
        "reste de sa cuisine, Josette, 81 ans, tient contre elle une boîte à chaussures. « J'ai entendu un "
        "grondement. Tout a tremblé. Puis plus rien », raconte-t-elle.",
        "J'ai entendu un grondement",
        "direct",
        "Josette",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "an occupation noun as the subject of a speech verb (« un galeriste lyonnais estime que »)",
        "La fusion des deux caisses régionales a été annoncée lundi. Un galeriste lyonnais, qui souhaite "
        "rester anonyme, estime que les prix des œuvres vont encore monter.",
        "les prix des œuvres vont encore monter",
        "indirect",
        "Un galeriste lyonnais",
        "indirect_que",
    ),
    (
        "« le banquier » names again the banker the article introduced",
        "Le banquier Serge Lambert pilotera la nouvelle entité. Le banquier a précisé que le siège "
        "resterait à Rennes.",
        "le siège resterait à Rennes",
        "indirect",
        "Serge Lambert",
        "indirect_que",
    ),
]

FOUND += [
    (
        "« a annoncé que … et appelé X à … » : the second cue, hung in the clause by the parse, is the speaker's",
        "La ministre Anne Roche a annoncé que le déficit serait réduit et appelé les députés à voter le "
        "budget avant l'été.",
        "voter le budget avant l'été",
        "indirect",
        "Anne Roche",
        "indirect_coordinated",
    ),
    (
        "« estime que … et n'exclut pas de … » : a negated coordinate cue closes the que-clause",
        "La directrice Claire Petit estime que les opérateurs doivent agir et n'exclut pas de sanctionner "
        "les retardataires.",
        "sanctionner les retardataires",
        "indirect",
        "Claire Petit",
        "indirect_coordinated",
    ),
    (
        "« a annoncé que … et dit compter sur … » : a present-tense coordinate after a compound past",
        "Le président du club, Alain Vidal, a annoncé que le staff serait reconduit et dit compter sur "
        "l'arrivée de trois recrues.",
        "compter sur l'arrivée de trois recrues",
        "indirect",
        "Alain Vidal",
        "indirect_coordinated",
    ),
    (
        "« ajoutant avoir … » : the participle of « ajouter » reports an infinitive",
        "Beau joueur, Mathieu Perrin s'est dit heureux pour sa rivale, ajoutant avoir lu son livre d'une traite.",
        "avoir lu son livre",
        "indirect",
        "Mathieu Perrin",
        "indirect_infinitive",
    ),
    (
        "an imperfect after « et » goes on with the reported clause (« qu'il étudiait … et n'excluait pas »)",
        "Le parquet de Lyon a fait savoir qu'il étudiait le jugement et n'excluait pas de faire appel.",
        "le jugement et n'excluait pas de faire appel",
        "indirect",
        "parquet de Lyon",
        "indirect_que",
    ),
]

FOUND += [
    (
        "an institution's name with a lowercase adjective inside (« Santé publique France »)",
        "Selon Santé publique France, les cas de grippe ont doublé en une semaine.",
        "les cas de grippe ont doublé",
        "indirect",
        "Santé publique France",
        "indirect_according_to",
    ),
    (
        "« l'association X et Y » : the organisation's name joins two capitalised words",
        "L'association Vivre et Respirer dénonce un « scandale sanitaire ».",
        "scandale sanitaire",
        "partial",
        "Vivre et Respirer",
        "governing_verb",
    ),
    (
        "an institution's complement ends with a country written with « d' » (« de Côte d'Ivoire »)",
        "La Fédération des producteurs de lait de Côte d'Ivoire a dénoncé des prix « indécents ».",
        "indécents",
        "partial",
        "Fédération des producteurs de lait de Côte d'Ivoire",
        "governing_verb",
    ),
    (
        "an institution's name ends with its region (« l'Agence régionale de santé Occitanie »)",
        "Contactée, l'Agence régionale de santé Occitanie assure que l'eau reste potable.",
        "l'eau reste potable",
        "indirect",
        "Agence régionale de santé Occitanie",
        "indirect_que",
    ),
    (
        "a mission's name ends with « en » and its country (« la Mission de l'ONU en Centrafrique »)",
        "La Mission de l'ONU en Centrafrique s'est dite « très inquiète ».",
        "très inquiète",
        "partial",
        "Mission de l'ONU en Centrafrique",
        "governing_verb",
    ),
]

FOUND += [
    (
        "an institution's name goes on past its acronym to its region (« … (ARS) de Normandie »)",
        "L'Agence régionale de santé (ARS) de Normandie justifie la fermeture par « le manque de médecins "
        "urgentistes ».",
        "le manque de médecins urgentistes",
        "partial",
        "(ARS) de Normandie",
        "governing_verb",
    ),
    (
        "Belgian politics: « l'informateur » names again the informateur royal introduced",
        "L'informateur royal Luc Vermeulen a rendu son rapport au roi. « Un accord reste possible avant "
        "Noël », a assuré l'informateur à sa sortie du palais.",
        "Un accord reste possible",
        "direct",
        "Luc Vermeulen",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« Réponse de l'édile : « … » » : the words belong to the « de » complement of a noun of saying",
        "Le maire, Paul Ravel, a défendu le projet. L'opposition a réclamé un référendum.\n\nRéponse de "
        "l'édile : « Les travaux commenceront en mars. Les riverains seront consultés. »",
        "Les travaux commenceront en mars",
        "direct",
        "Paul Ravel",
        "colon_bare",
    ),
    (
        "« Son récit : « … » » : the story is its possessor's",
        "C'est une voisine, Louise, 52 ans, qui a appelé les secours. Son récit : « J'ai entendu un grand "
        "bruit, puis j'ai vu la fumée. »",
        "J'ai entendu un grand bruit",
        "direct",
        "Louise",
        "colon_bare",
    ),
    (
        "a speaker label line with a long institution name before the colon",
        "Les pièges se multiplient dans la région.\n\nClaire Dumont, entomologiste à l'Institut national de "
        "recherche pour l'agriculture, l'alimentation et l'environnement (Inrae) : « Cet insecte s'attaque "
        "à plus de 300 espèces. »",
        "Cet insecte s'attaque",
        "direct",
        "Claire Dumont",
        "colon_label",
    ),
    (
        "« l'édile » is the mayor the article named, not a salient person with no stated office",
        "Le maire, Bernard Aubry, a ouvert la séance. Sur les bancs de l'opposition, Sandrine Leclerc a "
        "dénoncé « un choix comptable ».\n\nRéponse de l'édile : « Les écoliers iront à la piscine de "
        "l'agglomération. »",
        "Les écoliers iront",
        "direct",
        "Bernard Aubry",
        "colon_bare",
    ),
]

FOUND += [
    (
        "a name completing the subject of a reported clause (« que les empreintes de X … ») is not salient",
        "Le capitaine Marc Lefèvre, de la brigade de recherches, a témoigné mardi. L'officier a expliqué que "
        "les empreintes de Kevin Dumas avaient été relevées sur la vitre. « Les traces sont nettes. Il n'y a "
        "aucun doute sur ce point », a-t-il assuré.",
        "Les traces sont nettes",
        "direct",
        "Marc Lefèvre",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« le chef du gouvernement » is the Premier ministre the article named, paragraphs before",
        "Le Premier ministre, Étienne Morel, a engagé la responsabilité de son gouvernement. La France "
        "insoumise a déposé une motion de censure.\n\n« Vous avez perdu le débat », a lancé la présidente du "
        "groupe insoumis, Marion Roche. Elle a appelé les socialistes à voter la motion.\n\nQuelques minutes "
        "plus tôt, le chef du gouvernement avait défendu un texte « de sérieux ».",
        "de sérieux",
        "partial",
        "Étienne Morel",
        "governing_verb",
    ),
    (
        "« la nouvelle locataire de Bercy » is the minister of the Economy",
        "La nouvelle ministre de l'Économie, Nadia Perrot, a pris ses fonctions lundi. Le ministre sortant, "
        "Olivier Crespin, a quitté Bercy sans un mot.\n\n« Je mesure la gravité du moment », a déclaré la "
        "nouvelle locataire de Bercy lors de la passation.",
        "Je mesure la gravité du moment",
        "direct",
        "Nadia Perrot",
        "postposed_cue",
    ),
    (
        "« X, députée …, a été élue première secrétaire » : the office a clause appoints someone to",
        "Au terme d'un congrès de trois jours, les socialistes ont une nouvelle direction. Hélène Kerloc'h, "
        "députée du Finistère, a été élue première secrétaire avec 56 % des voix. Selon la haute autorité du "
        "parti, la participation a atteint 61 %.\n\n« Nous serons nous-mêmes, enfin », a lancé la nouvelle "
        "patronne du PS dans son discours de clôture.",
        "Nous serons nous-mêmes",
        "direct",
        "Hélène Kerloc'h",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« le tribunal a condamné jeudi X » : the object of a sentence is the person on trial",
        "Le tribunal correctionnel de Brest a condamné jeudi Lucas Morvan, 24 ans, à deux ans de prison. La "
        "procureure, Anne Le Bras, avait requis trois ans. Le directeur de la supérette, Paul Caradec, a "
        "raconté l'agression.\n\n« J'ai paniqué, je regrette tout », a reconnu le prévenu avant le délibéré.",
        "J'ai paniqué",
        "direct",
        "Lucas Morvan",
        "postposed_cue",
    ),
    (
        "« L'ancien notaire X a été condamné » ; « a lu l'accusé d'une voix blanche » : reading is speaking",
        "L'ancien notaire Bernard Vasseur, 63 ans, a été condamné mardi à cinq ans de prison pour abus de "
        "confiance. La juge Claire Dumas a décrit un homme « sans scrupules ». L'expert-comptable Marc "
        "Olivier a détaillé les virements.\n\n« Je rembourserai chaque euro », a lu l'accusé d'une voix "
        "blanche.",
        "Je rembourserai chaque euro",
        "direct",
        "Bernard Vasseur",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« assure pouvoir se qualifier » : a modal and the infinitive the parse hung beside it",
        "Le candidat du RN, Kevin Rigaud, assure pouvoir se qualifier pour le second tour.",
        "pouvoir se qualifier pour le second tour",
        "indirect",
        "Kevin Rigaud",
        "indirect_infinitive",
    ),
    (
        "« fait par ailleurs savoir que » : an adverb inside a two-word cue",
        "L'entourage du ministre fait par ailleurs savoir qu'un décret sera publié dès cet été.",
        "un décret sera publié dès cet été",
        "indirect",
        "L'entourage du ministre",
        "indirect_que",
    ),
    (
        "« a maintenu n'avoir jamais … » : maintenir reports an infinitive",
        "Présent à l'audience, l'ancien directeur Paul Berthier a maintenu n'avoir jamais donné la moindre "
        "consigne.",
        "n'avoir jamais donné la moindre consigne",
        "indirect",
        "Paul Berthier",
        "indirect_infinitive",
    ),
    (
        "« a nié en être le cerveau » : an infinitive copula after a clitic",
        "À la barre, Ange Kouassi a reconnu avoir participé aux escroqueries, mais a nié en être le cerveau.",
        "en être le cerveau",
        "indirect",
        "Ange Kouassi",
        "indirect_coordinated",
    ),
    (
        "« un cadre du parti » speaks",
        "Un cadre du parti, proche de la nouvelle direction, explique que la priorité sera de reconquérir "
        "les villes moyennes.",
        "la priorité sera de reconquérir",
        "indirect",
        "Un cadre du parti",
        "indirect_que",
    ),
]

FOUND += [
    (
        "« a dit vouloir … et promis un plan « … » » : the infinitive's content stops before the next cue",
        "La nouvelle ministre Nadia Perrot a dit vouloir réunir les partenaires sociaux dès la semaine "
        "prochaine et promis un plan d'économies « crédible et juste » avant la fin du mois.",
        "vouloir réunir les partenaires sociaux",
        "indirect",
        "Nadia Perrot",
        "indirect_infinitive",
    ),
    (
        "« appelle X à « … » et à joindre … » : the second infinitive after a quoted first one",
        "La présidente du groupe, Marion Roche, a appelé les socialistes à « prendre leurs "
        "responsabilités » et à joindre leurs voix à celles des insoumis.",
        "joindre leurs voix",
        "indirect",
        "Marion Roche",
        "indirect_infinitive",
    ),
    (
        "« Celle qui portait la motion a promis de … » : a demonstrative with a relative clause recalls her",
        "Hélène Kerloc'h a été élue première secrétaire. Celle qui portait la motion de synthèse a promis "
        "de consulter les militants avant tout accord.",
        "consulter les militants",
        "indirect",
        "Hélène Kerloc'h",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "« élue à la tête du parti » makes her its leader, « la nouvelle présidente du parti » after a quote",
        "Les adhérents ont tranché. Sophie Ancel, sénatrice de la Sarthe, a été élue samedi à la tête du parti "
        "avec 53 % des voix. D'après la haute autorité du parti, 71 000 adhérents ont voté.\n\n« Ce soir, la "
        "droite est debout. Elle a faim », a lancé la nouvelle présidente du parti depuis le siège.",
        "Ce soir, la droite est debout",
        "direct",
        "Sophie Ancel",
        "postposed_cue",
    ),
    (
        "« l'enquêteur » (masculine, whatever the tagger says) names again the commissaire",
        "Le commissaire Luc Hanin, de la police judiciaire, était venu contredire cette version. « Les relevés "
        "sont formels », avait insisté l'enquêteur.",
        "Les relevés sont formels",
        "direct",
        "Luc Hanin",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« la jeune mère » is the one woman named just before, though a man spoke last",
        "Face à l'afflux, le directeur général du CHU, Jean-Marc Quéré, a annoncé que le plan blanc serait "
        "déclenché. « Nous rappelons du personnel en congé », reconnaît-il.\n\nDans la salle d'attente, "
        "Aurélie, 31 ans, patiente depuis six heures avec sa fille de trois mois. « Elle respirait mal, elle "
        "ne buvait plus ses biberons », raconte la jeune mère.",
        "Elle respirait mal",
        "direct",
        "Aurélie",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« la sénatrice du Morbihan » : a seat told as biography of the person just quoted as a source",
        "Le Sénat a adopté l'amendement dans la nuit. Pour la présidente du groupe centriste, Véronique "
        "Astier, le vote ne règle rien sur le fond. « La bataille n'est pas gagnée », a prévenu la sénatrice "
        "du Morbihan.",
        "La bataille n'est pas gagnée",
        "direct",
        "Véronique Astier",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« l'ambassadrice du Kenya auprès des Nations unies, X » : the name past the role's own complement",
        "Haïti : l'ONU prolonge la mission\n\nNew York (Nations unies), 1er oct. (AFP) - Le Conseil de sécurité "
        "a prolongé mardi le mandat de la mission.\n\n« Ce vote envoie un message clair aux gangs », a déclaré "
        "à la presse l'ambassadrice du Kenya auprès des Nations unies, Wanjiru Kamau, dont le pays fournit "
        "l'essentiel des policiers.",
        "Ce vote envoie un message clair",
        "direct",
        "Wanjiru Kamau",
        "postposed_cue",
    ),
    (
        "« professeure à l'université Hassan II » : a name after a building's noun is nobody's",
        "Le taux directeur reste inchangé. Pour l'économiste Najat Berrada, professeure à l'université Hassan "
        "II, la politique monétaire a peu de prise sur les prix. « On ne fait pas baisser le prix de la tomate "
        "avec un taux directeur », résume-t-elle.",
        "On ne fait pas baisser le prix",
        "direct",
        "Najat Berrada",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« La chimiste de 34 ans » : a trade describing the person just named with an office",
        "« Cet argent va nous permettre de passer à l'usine », a déclaré sa cofondatrice et directrice "
        "générale, Anouk Delorme. La chimiste de 34 ans affirme que les cellules coûtent déjà 30 % de moins.",
        "les cellules coûtent déjà 30 % de moins",
        "indirect",
        "Anouk Delorme",
        "indirect_que",
    ),
    (
        "« le chef de la diplomatie arménienne, X » holds the office « le ministre arménien » names",
        "« Nous avons tourné une page », a déclaré le chef de la diplomatie arménienne, Vahan Mirzoyan, à son "
        "retour à Erevan. Le ministre arménien assure ne pas exclure un référendum.",
        "ne pas exclure un référendum",
        "indirect",
        "Vahan Mirzoyan",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "« la Force … au Liban (Finul) » : an institution's name ends with « au » and its country",
        "La Force intérimaire des Nations unies au Liban (Finul) a dénoncé des tirs « délibérés » contre "
        "ses positions.",
        "délibérés",
        "partial",
        "Force intérimaire des Nations unies au Liban",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« « … » : c'est ce qu'a affirmé X » : a cleft after a colon sends the quotation to X",
        "Le Hamas accuse Israël de gagner du temps. « Nous avons accepté la proposition », a déclaré Oussama "
        "Khalil à Reuters.\n\n« Ce qui entre à Gaza ne couvre même pas le tiers des besoins » : c'est ce qu'a "
        "affirmé jeudi la directrice des opérations de l'UNRWA à Gaza, Sigrid Aalto.",
        "Ce qui entre à Gaza",
        "direct",
        "Sigrid Aalto",
        "cleft_after",
    ),
    (
        "« « … » X ne décolère pas. » : a new person named as the next subject, not the previous speaker",
        "Le vice-président de la fédération, Jean-Pierre Lamothe, a défendu la réforme. « Ne rien faire, "
        "c'était laisser des clubs mourir », a-t-il déclaré.\n\n« On nous condamne à mort sans même nous avoir "
        "consultés. » Thierry Boillot ne décolère pas. Le président du club dit envisager un recours.",
        "On nous condamne à mort",
        "direct",
        "Thierry Boillot",
        "following_subject",
    ),
]

FOUND += [
    (
        "« X juge, elle, que … » : a dislocated pronoun between the cue the tagger made a noun and « que »",
        "La Confédération paysanne juge, elle, que le problème dépasse une seule laiterie.",
        "le problème dépasse une seule laiterie",
        "indirect",
        "Confédération paysanne",
        "indirect_que",
    ),
    (
        "« une vendeuse … dit ne pas savoir comment … » : the modal's question hung beside it",
        "Devant le magasin, une vendeuse qui a préféré taire son nom dit ne pas savoir comment elle paiera son "
        "loyer.",
        "ne pas savoir comment elle paiera",
        "indirect",
        "une vendeuse",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "« La délégation hongroise a, de son côté, fait savoir que » : a delegation speaks",
        "La délégation hongroise a, de son côté, fait savoir qu'elle ne soutiendrait aucun mécanisme.",
        "elle ne soutiendrait aucun mécanisme",
        "indirect",
        "délégation hongroise",
        "indirect_que",
    ),
]

FOUND += [
    (
        "« a pour sa part fait état d'un « … » » : an insert split the auxiliary from the cue",
        "Le porte-parole du ministère, Khalid Al-Mansouri, a pour sa part fait état d'un « optimisme prudent ».",
        "optimisme prudent",
        "partial",
        "Khalid Al-Mansouri",
        "clause_subject",
    ),
    (
        "« les garde-côtes chinois ont assuré avoir pris des « … » » : the coast guard speaks",
        "Dans un communiqué, les garde-côtes chinois ont assuré avoir pris des « mesures de contrôle "
        "nécessaires ».",
        "mesures de contrôle nécessaires",
        "partial",
        "garde-côtes chinois",
        "governing_verb",
    ),
    (
        "« Un cambiste d'une grande banque … estime que … « … » » : an occupation speaks",
        "Un cambiste d'une grande banque genevoise, qui a requis l'anonymat, estime pour sa part que les "
        "marchés vont « tester très vite la détermination de la BNS ».",
        "tester très vite",
        "partial",
        "Un cambiste",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« a reconnu … que les moyens … restaient « … » » : a que-clause parsed as a coordinate is the cue's",
        "La ville fait partie des localités couvertes. Un responsable militaire ukrainien, sous couvert "
        "d'anonymat, a reconnu auprès de l'AFP que les moyens déployés autour de la ville restaient « "
        "insuffisants face aux vagues massives ».",
        "insuffisants face aux vagues",
        "partial",
        "Un responsable militaire ukrainien",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« X affirme que … et déplore un mouvement « … » » : a cue the parse coordinated inside the clause",
        "Dans un communiqué, la direction des Verreries de la Sambre affirme que la réorganisation est "
        "indispensable et déplore un mouvement « disproportionné ».",
        "disproportionné",
        "partial",
        "direction des Verreries de la Sambre",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« …, a indiqué à l'AFP X, … » : the medium told between the incise's cue and its speaker",
        "Le cessez-le-feu semblait respecté mercredi.\n\n« Aucun tir n'a été signalé depuis minuit, a indiqué à "
        "l'AFP Azamat Tokonov, porte-parole du service frontalier kirghiz. Nos gardes restent néanmoins en "
        "état d'alerte maximale. »",
        "Aucun tir n'a été signalé",
        "direct",
        "Azamat Tokonov",
        "incise_inside",
    ),
]

FOUND += [
    (
        "« juge que » tagged a noun after a subject and its apposition",
        "Une chercheuse, Alice Ferrand, juge que la réforme arrive trop tard pour les petites communes.",
        "la réforme arrive trop tard pour les petites communes",
        "indirect",
        "Alice Ferrand",
        "indirect_que",
    ),
    (
        "fragment after « juge que » (the verb, which the tagger once took for a noun), apposition between commas",
        "Le président du comité, Marc Voisin, juge que la région « traîne les pieds » depuis deux ans.",
        "traîne les pieds",
        "partial",
        "Marc Voisin",
        "governing_verb",
    ),
]

FOUND += [
    (
        "a headline's rubric before the colon is no subject of the incise after the quotation",
        "Fédéral : « Le compte n'y est pas encore », prévient le formateur\n\nLe formateur, Paul Martens, "
        "a repris mardi les discussions avec les cinq partis. « On avance, mais lentement », a-t-il déclaré.",
        "Le compte n'y est pas encore",
        "direct",
        "Paul Martens",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "an organisation's description with two coordinated « de » complements",
        "Le service départemental d'incendie et de secours du Gard a indiqué avoir mené 40 interventions "
        "dans la nuit.",
        "avoir mené 40 interventions",
        "indirect",
        "Le service départemental d'incendie et de secours du Gard",
        "indirect_infinitive",
    ),
    (
        "a well-known organisation named again by its kind (« l'association »)",
        "L'UFC-Que Choisir a publié mardi une enquête sur les frais de livraison. D'après l'association, "
        "les tarifs ont doublé en trois ans.",
        "les tarifs ont doublé en trois ans",
        "indirect",
        "UFC-Que Choisir",
        "indirect_according_to",
    ),
    (
        "an operator named again as « l'opérateur » at the end of a wire sentence",
        "Des milliers d'abonnés de Bouygues Telecom ont été privés de réseau lundi. Le service a été rétabli "
        "dans la soirée, a indiqué l'opérateur.",
        "Le service a été rétabli dans la soirée",
        "indirect",
        "Bouygues Telecom",
        "indirect_postposed",
    ),
    (
        "« le laboratoire » refers back to the company introduced as « le laboratoire franco-suisse X »",
        "L'agence européenne a donné son feu vert mardi à un nouveau vaccin. Mis au point par le laboratoire "
        "franco-suisse Novalis, le vaccin a été testé sur 3 000 patients. Les effets secondaires sont "
        "restés rares. L'essai a duré deux ans. L'Agence européenne des médicaments a salué des résultats "
        "solides. Dans son communiqué, le laboratoire indique viser une autorisation en France en 2027.",
        "viser une autorisation en France",
        "indirect",
        "Novalis",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "« le garde des Sceaux » is a periphrasis for the justice minister named before",
        "Le ministre de la Justice, Amadou Ndiaye, a défendu le texte devant les députés. D'après le garde "
        "des Sceaux, 4 000 responsables publics seront concernés.",
        "4 000 responsables publics seront concernés",
        "indirect",
        "Amadou Ndiaye",
        "indirect_according_to",
    ),
    (
        "a politician named again by their party (« le péquiste »)",
        "Le chef parlementaire du Parti québécois, Luc Gagnon, a dénoncé la réforme. Selon le péquiste, les "
        "hôpitaux manquent de personnel.",
        "les hôpitaux manquent de personnel",
        "indirect",
        "Luc Gagnon",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "an organisation speaking « par la voix de » a person it names",
        "La fédération des commerçants, par la voix de son président Marc Lenoir, a appelé les adhérents à "
        "fermer leurs boutiques samedi.",
        "fermer leurs boutiques samedi",
        "indirect",
        "Marc Lenoir",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "« a répété » + infinitive",
        "La présidente du parti, Claire Morin, a répété refuser toute alliance avec l'extrême droite.",
        "refuser toute alliance",
        "indirect",
        "Claire Morin",
        "indirect_infinitive",
    ),
    (
        "« préconiser de » + infinitive",
        "Dans un avis publié en 2022, l'Académie de médecine préconisait de limiter les écrans avant six ans.",
        "limiter les écrans avant six ans",
        "indirect",
        "Académie de médecine",
        "indirect_infinitive",
    ),
    (
        "an infinitive past copula (« assure ne pas avoir été victime »)",
        "Luc Martin assure ne pas avoir été victime d'une attaque informatique.",
        "ne pas avoir été victime",
        "indirect",
        "Luc Martin",
        "indirect_infinitive",
    ),
    (
        "an insert with a participle set off by commas between the cue and « que »",
        "La Cour suprême avait rappelé lundi, dans un arrêt très attendu, que le scrutin devait se tenir "
        "avant juin.",
        "le scrutin devait se tenir avant juin",
        "indirect",
        "Cour suprême",
        "indirect_que",
    ),
]

FOUND += [
    (
        "« la juge « … » » after a subject: a clitic and the verb the tagger took for a noun",
        "L'universitaire Paul Renaud la juge pourtant « déloyale » envers les petits producteurs.",
        "déloyale",
        "partial",
        "Paul Renaud",
        "qualifying_verb",
    ),
    (
        "« selon X » right after a fragment beats the verb governing the sentence",
        "Le tribunal rejette la plainte des riverains, « une décision incompréhensible » selon leur avocate, "
        "Me Claire Dumas.",
        "une décision incompréhensible",
        "partial",
        "Claire Dumas",
        "according_to_after",
    ),
]

FOUND += [
    (
        "a gerund after a reported clause (« tout en se disant « … » ») is the speaker's, not the clause subject's",
        "Le négociateur en chef, Rodrigo Alves, a affirmé que le Mercosur ne rouvrirait pas les chapitres "
        "conclus, tout en se disant « ouvert à des précisions techniques ».",
        "ouvert à des précisions techniques",
        "partial",
        "Rodrigo Alves",
        "governing_verb",
    ),
    (
        "a dateline before the quotation is no subject of the incise after it",
        "QUÉBEC — « La ministre savait depuis janvier que les coûts allaient doubler », a accusé mardi le "
        "chef de l'opposition, Marc Gagnon, lors de la période de questions.",
        "La ministre savait depuis janvier",
        "direct",
        "Marc Gagnon",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« a de son côté salué « … » » : the participle the parser hung on the insert's noun",
        "Le Parti socialiste a de son côté salué « la clairvoyance » des électeurs du canton.",
        "la clairvoyance",
        "partial",
        "Parti socialiste",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« le groupe » names again a company introduced by its trade (« l'équipementier X »)",
        "Jura : l'équipementier Voltex va fermer son usine de Dole\n\nLe site de Dole, qui emploie 120 "
        "salariés, cessera toute activité en juin. Dans un communiqué, le groupe justifie sa décision par "
        "« l'effondrement des commandes des constructeurs ».",
        "l'effondrement des commandes",
        "partial",
        "Voltex",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« juge que » after an anonymous source and its relative clause (the verb, not the judge)",
        "Un diplomate européen, qui a requis l'anonymat, juge que le gouvernement « prend un risque "
        "inutile » avant le scrutin.",
        "prend un risque inutile",
        "partial",
        "Un diplomate européen",
        "governing_verb",
    ),
    (
        "reported clause after an anonymous source and its relative clause",
        "Un diplomate européen, qui a requis l'anonymat, juge que le gouvernement prend un risque inutile "
        "avant le scrutin.",
        "le gouvernement prend un risque inutile",
        "indirect",
        "Un diplomate européen",
        "indirect_que",
    ),
]

FOUND += [
    (
        "a judgement by an agent shared by two coordinated participles (« construite … et jugée « … » par X »)",
        "La salle des fêtes, construite en 1960 et jugée « vétuste et dangereuse » par la commission de "
        "sécurité, sera démolie.",
        "vétuste et dangereuse",
        "partial",
        "commission de sécurité",
        "qualifying_verb",
    ),
    (
        "a present participle on a signed text (« une pétition dénonçant « … » ») speaks for the signers",
        "Une centaine de parents ont signé une pétition dénonçant des « classes surchargées » dans l'école.",
        "classes surchargées",
        "partial",
        "Une centaine de parents",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« tout en reconnaissant que » after a judgement, parsed as the sentence's root",
        "Le président du groupe, Paul Roy, juge le texte « équilibré », tout en reconnaissant que la "
        "bataille sera difficile.",
        "la bataille sera difficile",
        "indirect",
        "Paul Roy",
        "indirect_que",
    ),
    (
        "a long insert set off by commas, with a conjunction, between the cue and « que »",
        "La direction du groupe a confirmé jeudi, lors d'un comité social et économique extraordinaire, "
        "que l'usine fermerait en juin.",
        "l'usine fermerait en juin",
        "indirect",
        "La direction du groupe",
        "indirect_que",
    ),
    (
        "a participle describing the reported clause's subject is no next cue",
        "Une source diplomatique a indiqué qu'un projet d'accord, prévoyant un cessez-le-feu de trois jours, "
        "avait été transmis aux deux camps.",
        "avait été transmis aux deux camps",
        "indirect",
        "Une source diplomatique",
        "indirect_que",
    ),
]

FOUND += [
    (
        "« …, ajoute le ministère » after a content whose verb the parser hung on the cue",
        "Les secteurs de l'agriculture et de la santé bénéficieront d'exemptions, ajoute le ministère.",
        "bénéficieront d'exemptions",
        "indirect",
        "le ministère",
        "indirect_postposed",
    ),
    (
        "« s'est engagée à » + infinitive: a pronominal cue, active whatever the parser's label",
        "La ministre Anne Roy s'est aussi engagée à tenir une consultation publique avant le printemps.",
        "tenir une consultation publique",
        "indirect",
        "Anne Roy",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "« a nié en avoir … » : the clitic « en » before the infinitive is no introducer",
        "L'ancien directeur Paul Roy a nié en avoir jamais informé son supérieur.",
        "avoir jamais informé son supérieur",
        "indirect",
        "Paul Roy",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "a cue the parser coordinated with a quoted word (« a dénoncé une « … » et affirmé … »)",
        "Le collectif Alternatiba a dénoncé une « répression continue » et affirmé se réserver le droit de "
        "manifester.",
        "se réserver le droit de manifester",
        "indirect",
        "Alternatiba",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "an incise whose subject follows a time phrase with a parenthesis",
        "« Nous sommes en route », a annoncé peu après 3 heures (heure de Paris) la cheffe de mission, "
        "Hélène Vasseur, depuis le centre de contrôle.",
        "Nous sommes en route",
        "direct",
        "Hélène Vasseur",
        "postposed_cue",
    ),
    (
        "a colon cue after an anonymous source and its relative clause",
        "Un magistrat du tribunal, qui a requis l'anonymat, nuance : « La loi est ainsi faite. »",
        "La loi est ainsi faite",
        "direct",
        "Un magistrat du tribunal",
        "colon_cue",
    ),
]

FOUND += [
    (
        "a second role with several adjectives before the name (« son vice-président, le conseiller "
        "national socialiste fribourgeois X »)",
        "« Les loyers explosent », a répliqué son vice-président, le conseiller national socialiste "
        "fribourgeois Sébastien Dafflon.",
        "Les loyers explosent",
        "direct",
        "Sébastien Dafflon",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "a demonym after an elided article takes its gender from its ending (« l'Anversois »), and a party "
        "acronym split at its hyphen (« (N-VA) ») is no person",
        "Le formateur, Pieter Claes (N-VA), s'est rendu lundi au Palais royal. « Nous avançons », a déclaré "
        "l'Anversois à sa sortie.",
        "Nous avançons",
        "direct",
        "Pieter Claes",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "a cue-less quotation opening its paragraph, then a sentence introducing someone new",
        "« C'est un coup dur », a réagi Karim Benali, délégué syndical. Le syndicaliste accuse la direction "
        "de mentir.\n\n« Personne ne s'attendait à une fermeture. Qui va m'embaucher ? » Magasinière depuis "
        "vingt ans, Sylvie Charpentier ne retient pas ses larmes devant les grilles.",
        "Personne ne s'attendait à une fermeture",
        "direct",
        "Sylvie Charpentier",
        "following_subject",
    ),
]

FOUND += [
    (
        "a well-known organisation named with its acronym in parentheses, named again as « l'institution »",
        "L'Agence européenne des médicaments a autorisé le traitement mardi. La Haute Autorité de santé "
        "(HAS) rendra son avis sur le remboursement d'ici l'automne, a-t-on appris auprès de l'institution.",
        "rendra son avis sur le remboursement",
        "indirect",
        "Haute Autorité de santé",
        "indirect_postposed",
    ),
]

FOUND += [
    (
        "an institution's name in the plural with a lowercase adjective and a place, spelled by its acronym",
        "Les Forces armées aux Antilles (FAA) ont annoncé que trois navires avaient été saisis.",
        "trois navires avaient été saisis",
        "indirect",
        "Forces armées aux Antilles",
        "indirect_que",
    ),
    (
        "an institution's name holding a place name before its acronym",
        "Pour l'Union des villes et communes de Wallonie (UVCW), les communes devront compenser la baisse.",
        "les communes devront compenser la baisse",
        "indirect",
        "Union des villes et communes de Wallonie",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« la direction (du groupe) » speaks for the company the article is about",
        "L'équipementier Voltex va fermer son usine de Dole. Dans un communiqué, la direction du groupe "
        "assure que chaque salarié recevra une offre de reclassement.",
        "chaque salarié recevra une offre de reclassement",
        "indirect",
        "Voltex",
        "indirect_que",
    ),
]

FOUND += [
    (
        "a colon cue the tagger made a noun of its subject (« L'élu tranche : « … » »)",
        "Le maire, Paul Roy, ne décolère pas. L'élu tranche : « On nous parle de ratios, moi je parle de "
        "familles. »",
        "On nous parle de ratios",
        "direct",
        "Paul Roy",
        "colon_cue",
    ),
]

FOUND += [
    (
        "a bare definite description repeats the fuller one the article gave before (court)",
        "La cour administrative d'appel de Nantes a annulé mardi le permis de construire du parc. "
        "Dans sa décision, la cour estime que le projet menace une zone humide.",
        "le projet menace une zone humide",
        "indirect",
        "La cour administrative d'appel de Nantes",
        "indirect_que",
    ),
    (
        "a bare definite description repeats the fuller one the article gave before (unnamed body)",
        "Une fédération régionale des artisans taxis a saisi le tribunal. "
        "Selon la fédération, les licences ont été cédées à bas prix.",
        "les licences ont été cédées à bas prix",
        "indirect",
        "Une fédération régionale des artisans taxis",
        "indirect_according_to",
    ),
    (
        "a bare definite role repeats the fuller definite role the article gave before",
        "Le juge des enfants de Bobigny a entendu les parents lundi. "
        "Le juge a estimé que l'enfant devait rester placé.",
        "l'enfant devait rester placé",
        "indirect",
        "Le juge des enfants de Bobigny",
        "indirect_que",
    ),
]

FOUND += [
    (
        "a stressed pronoun between commas sets off the subject of a colon cue (« Un commerçant, lui, "
        "relativise : »)",
        "« Les loyers ont doublé en cinq ans », soupire une infirmière du quartier. Un commerçant, lui, "
        "relativise : « La rue n'a jamais été aussi vivante. »",
        "La rue n'a jamais été aussi vivante.",
        "direct",
        "Un commerçant",
        "colon_cue",
    ),
    (
        "a finite cue the parser hung on its subject as a modifier, after a relative clause",
        "« On attend depuis des mois », regrette une habitante. Un retraité qui promenait son chien "
        "déplorait toutefois le manque de bancs : « On ne peut plus s'asseoir nulle part. »",
        "On ne peut plus s'asseoir nulle part.",
        "direct",
        "Un retraité",
        "colon_cue",
    ),
]

FOUND += [
    (
        "« selon le bilan annuel publié par X » : the figures' author, past the noun's adjective",
        "Selon le bilan annuel publié par l'Observatoire régional de l'eau, les nappes ont baissé de 12 % "
        "en un an.",
        "les nappes ont baissé de 12 %",
        "indirect",
        "Observatoire régional de l'eau",
        "indirect_according_to",
    ),
    (
        "« selon des résultats quasi définitifs publiés par X » : results are a source noun too",
        "La commission électorale a commencé le dépouillement. Selon des résultats quasi définitifs "
        "publiés par la commission, le parti au pouvoir obtient 54 % des voix.",
        "le parti au pouvoir obtient 54 % des voix",
        "indirect",
        "La commission électorale",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« l'officier » describes again the rear admiral named before, not the mayor named after him",
        "Le contre-amiral Paulo Ferreira a rencontré lundi le maire de Manille, José Santos. « Nos navires "
        "ont été approchés à moins de cent mètres », a déclaré l'officier.",
        "Nos navires ont été approchés",
        "direct",
        "Paulo Ferreira",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« selon X qui a requis l'anonymat » closing the sentence: the relative clause says who X is",
        "Le pessimisme gagne du terrain. Un compromis reste possible d'ici dimanche, mais au prix d'un "
        "texte affaibli, selon un négociateur asiatique qui a requis l'anonymat.",
        "Un compromis reste possible",
        "indirect",
        "un négociateur asiatique",
        "indirect_according_to",
    ),
    (
        "an adverbial locution between the cue and its bare infinitive (« assure par ailleurs ne pas »)",
        "Le docteur Paul Mbala dirige le centre de traitement. Le médecin assure par ailleurs ne pas "
        "manquer de vaccins, contrairement à ce qu'affirment plusieurs ONG.",
        "ne pas manquer de vaccins",
        "indirect",
        "Paul Mbala",
        "indirect_infinitive",
    ),
    (
        "« Le vieil homme » that the tagger split into a noun and its apposition describes the man named before",
        "« Mes parents sont enterrés ici », a confié Jone Waqa, 81 ans, pêcheur du village. "
        "Le vieil homme dit avoir longtemps refusé de partir.",
        "avoir longtemps refusé de partir",
        "indirect",
        "Jone Waqa",
        "indirect_infinitive",
    ),
    (
        "« la vieille dame » is a person who speaks",
        "La vieille dame affirme avoir tout perdu dans la crue.",
        "avoir tout perdu dans la crue",
        "indirect",
        "La vieille dame",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "after an anonymity insert, the tagger reads « la décrit » as an article and a noun",
        "Un diplomate européen, sous couvert d'anonymat, la décrit comme « patiente » et « têtue ».",
        "patiente",
        "partial",
        "Un diplomate européen",
        "qualifying_verb",
    ),
    (
        "a second judgement shares the first one's « comme » (« décrit comme « … » et « … » »)",
        "Un diplomate européen, sous couvert d'anonymat, la décrit comme « patiente » et « têtue ».",
        "têtue",
        "partial",
        "Un diplomate européen",
        "qualifying_verb",
    ),
    (
        "after a relative-clause insert, « la qualifie d'« … » » with the verb read as a noun",
        "Un négociateur, qui a requis l'anonymat, la qualifie d'« incontournable ».",
        "incontournable",
        "partial",
        "Un négociateur",
        "qualifying_verb",
    ),
]

FOUND += [
    (
        "a participle after « a fait valoir X, » speaks for the inverted subject of the two-word cue",
        "« Nous ne pouvons pas tout promettre », a fait valoir le commissaire européen Jan Berg, rappelant "
        "que les budgets publics restaient sous contrainte.",
        "les budgets publics restaient sous contrainte",
        "indirect",
        "Jan Berg",
        "indirect_que",
    ),
]

FOUND += [
    (
        "« imputer X à une « … » » : blaming is a claim, its subject speaks",
        "Un responsable onusien, qui a requis l'anonymat, impute la flambée à la « saignée » des "
        "financements humanitaires.",
        "saignée",
        "partial",
        "Un responsable onusien",
        "governing_verb",
    ),
]

FOUND += [
    (
        "a headline's « l'émissaire de l'ONU » is the envoy the body names « des Nations unies »",
        "Soudan : à Djeddah, l'émissaire de l'ONU salue une trêve « sous haute surveillance »\n\n"
        "DJEDDAH (AFP) - Les belligérants ont accepté une trêve de dix jours, a annoncé samedi l'émissaire "
        "des Nations unies pour le Soudan, Erik Lindqvist. Selon l'émissaire onusien, trois corridors "
        "seront ouverts.",
        "sous haute surveillance",
        "partial",
        "Erik Lindqvist",
        "governing_verb",
    ),
]

FOUND += [
    (
        "a described speaker is never linked past a more salient person whose gender nothing tells",
        "Le colonel Moussa Kaba a promulgué mercredi une nouvelle charte.\n\nIbrahima Sow a dénoncé "
        "« un hold-up ». « On a dissous les partis », a affirmé l'opposant, joint par téléphone.",
        "On a dissous les partis",
        "direct",
        "Ibrahima Sow",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« Celui-ci » after « D'après un diplomate …, » is that unnamed source, not the person named before",
        "Le secrétaire général de l'OMM, Tevita Fonua, a exhorté les grands émetteurs à agir sans délai.\n\n"
        "D'après un diplomate européen en poste à Genève, le document pèsera lourd dans les négociations. "
        "Celui-ci reconnaît toutefois que peu de gouvernements semblent prêts à relever leurs ambitions.",
        "peu de gouvernements semblent prêts",
        "indirect",
        "un diplomate européen en poste à Genève",
        "indirect_que",
    ),
]

FOUND += [
    (
        "a name right after « la société … » is the company's, not the spokeswoman's role holder",
        "« Les coupures dureront tout l'hiver », a averti lundi Mariam Diallo, porte-parole de la société "
        "publique des eaux Sodeca. Selon la porte-parole, trois forages sont à l'arrêt.",
        "trois forages sont à l'arrêt",
        "indirect",
        "Mariam Diallo",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« peut-on lire dans le communiqué de X » : the author of the document read",
        "« La situation est sous contrôle », peut-on lire dans le communiqué de la préfecture.",
        "La situation est sous contrôle",
        "direct",
        "préfecture",
        "postposed_cue",
    ),
    (
        "« lit-on dans le rapport de X » : the author of the report read",
        "« Les comptes sont insincères », lit-on dans le rapport de la Cour des comptes.",
        "Les comptes sont insincères",
        "direct",
        "Cour des comptes",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "a headline's « l'élue » is the article's one holder of a narrower office (« la maire X »)",
        "École : « On nous parle de pédagogie, mais c'est une fermeture », s'indigne l'élue\n\n"
        "La maire de Loqueffret, Anne Quéméner, a écrit au rectorat mardi. Le conseil municipal votera une "
        "motion jeudi.",
        "On nous parle de pédagogie",
        "direct",
        "Anne Quéméner",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "a one-word judgement of the cue's object, which the parse hung under an adverbial",
        "Le conseiller fédéral Paul Roy a défendu mardi devant le Conseil national un projet « équilibré ».",
        "équilibré",
        "partial",
        "Paul Roy",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« recommande de vacciner … » : a rarer infinitive the tagger made a noun, its objects left to the cue",
        "La Haute Autorité de santé recommande de vacciner les plus de 65 ans dès octobre.",
        "vacciner les plus de 65 ans",
        "indirect",
        "Haute Autorité de santé",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "« l'association de consommateurs CLCV » : a kind of organisation, what it gathers, then its name",
        "L'association de consommateurs CLCV dénonce des hausses « injustifiées » et réclame un gel des prix.",
        "injustifiées",
        "partial",
        "CLCV",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« selon une étude publiée dans la revue X » : where the study appeared names it",
        "Selon une étude publiée mercredi dans la revue Science, les abeilles perdent leur sens de "
        "l'orientation.",
        "les abeilles perdent leur sens",
        "indirect",
        "dans la revue Science",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« a demandé à l'État de conditionner … » : an infinitive the tagger made a noun under the person told",
        "Le maire Paul Roy était furieux. Il a demandé à l'État de conditionner toute nouvelle aide au "
        "maintien de l'activité.",
        "conditionner toute nouvelle aide",
        "indirect",
        "Paul Roy",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "a cue the tagger made an adjective of its subject's name (« l'association X pointe du doigt »)",
        "L'association UFC-Que Choisir pointe du doigt des frais « abusifs ».",
        "abusifs",
        "partial",
        "UFC-Que Choisir",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« content, selon X, qui évoque … » : a relative clause on the closing source is no content",
        "Les discussions progressent, selon une source proche du dossier, qui évoque un accord « d'ici la "
        "fin de la semaine ».",
        "Les discussions progressent",
        "indirect",
        "une source proche du dossier",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« l'octogénaire » : an epicene age noun after an elided article, the person of that age",
        "Le commerçant Marc Tellier, 52 ans, a porté plainte. Sa voisine Odette Ravel, 83 ans, a tout vu "
        "depuis sa fenêtre. Devant les gendarmes, l'octogénaire assure avoir reconnu la voiture.",
        "avoir reconnu la voiture",
        "indirect",
        "Odette Ravel",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "« l'intéressé » : the person the sentences before were about, not their source",
        "Deux joueurs sont rappelés, dont le gardien Luc Moreau. Selon l'entraîneur Yves Brun, le jeune "
        "portier a réalisé une bonne saison. Joint par téléphone, l'intéressé s'est dit « très fier ».",
        "très fier",
        "partial",
        "Luc Moreau",
        "governing_verb",
    ),
    (
        "« l'intéressé » : the person a speaker asked something about, not the speaker",
        "Le procureur Marc Duval a demandé la relaxe du conseiller municipal Paul Vernet. À la sortie de "
        "l'audience, l'intéressé a salué « une décision juste ».",
        "une décision juste",
        "partial",
        "Paul Vernet",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« la réalisatrice X … la cinéaste de 41 ans » : a synonym of the role she was introduced with",
        "Le prix est revenu au documentaire de la réalisatrice Julie Caron. « Un choix évident », a déclaré "
        "le président du jury, l'acteur Marc Aubry.\nSur scène, la cinéaste de 41 ans a remercié « toute son "
        "équipe ».",
        "toute son équipe",
        "partial",
        "Julie Caron",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« Pour la sénatrice du Gard X, … » : a source opening the sentence with her role is its topic",
        "Le Sénat a adopté le texte mardi. Pour la sénatrice écologiste du Gard Anne Valette, la réforme "
        "arrive bien trop tard. « Nous avons perdu dix ans », a regretté l'élue nîmoise.",
        "Nous avons perdu dix ans",
        "direct",
        "Anne Valette",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« le chef des sénateurs Les Républicains, X … l'élu de la Savoie » : who leads the members is one",
        "Le chef des sénateurs Les Républicains, Hugo Marin, a annoncé que son groupe voterait contre. Il "
        "a dénoncé un « passage en force ». L'élu de la Savoie dit attendre un geste du gouvernement.",
        "attendre un geste du gouvernement",
        "indirect",
        "Hugo Marin",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "« la garde des Sceaux, X … la locataire de la place Vendôme » : two periphrases of one office",
        "La garde des Sceaux, Claire Vidal, a présenté mardi son plan pour les prisons. La députée Anne "
        "Olier a aussitôt dénoncé « un effet d'annonce ». À la sortie, la locataire de la place Vendôme a "
        "dit vouloir « aller vite ».",
        "aller vite",
        "partial",
        "Claire Vidal",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« …, assure-t-il » with no quotation mark: the inverted incise makes the sentence worth parsing",
        "Le maire Paul Durand est arrivé vers dix heures au gymnase. La situation est désormais sous "
        "contrôle, assure-t-il.",
        "La situation est désormais sous contrôle",
        "indirect",
        "Paul Durand",
        "indirect_postposed",
    ),
    (
        "« …, assure-t-on dans son entourage » : the circle one speaks in is the source",
        "La ministre Anne Roux est sous pression. Elle ne songe pas à démissionner, assure-t-on dans son "
        "entourage.",
        "Elle ne songe pas à démissionner",
        "indirect",
        "entourage",
        "indirect_postposed",
    ),
]

FOUND += [
    (
        "« le directeur de la société Ardent Solaire » : the name after the company noun is the company's",
        "L'usine de Vénissieux va doubler ses effectifs. « Nous recruterons cent personnes », a annoncé le "
        "directeur de la société Ardent Solaire.",
        "Nous recruterons cent personnes",
        "direct",
        "le directeur de la société Ardent Solaire",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "« requis … contre l'ancien notaire X … le prévenu » : who a sentence is asked against is on trial",
        "Le procureur Luc Ferrand a requis mardi trois ans de prison contre l'ancien notaire Marc Auber. "
        "Le témoin Paul Sirey a confirmé les faits. Le prévenu a seulement reconnu « des négligences ».",
        "des négligences",
        "partial",
        "Marc Auber",
        "governing_verb",
    ),
    (
        "« à l'encontre de X, jugé depuis lundi … le prévenu » : a trial participle after the name",
        "Le procureur a requis deux ans avec sursis à l'encontre de Paul Vigan, jugé depuis lundi pour "
        "favoritisme. Le témoin Marc Olier a confirmé les faits. Le prévenu a nié avoir « truqué » les marchés.",
        "truqué",
        "partial",
        "Paul Vigan",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« Le capitaine, le troisième-ligne X, … » : a player's position is a role before his name",
        "Le sélectionneur Paul Ferrand a défendu ses choix.\n\nLe capitaine, le troisième-ligne palois "
        "Hugo Lassalle, a dit assumer sa part de responsabilité.",
        "assumer sa part de responsabilité",
        "indirect",
        "Hugo Lassalle",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "« la mairesse X … l'élue » : a Québec mayor is an elected official",
        "La présidente du syndicat local, Anne Roy, dénonce une « gifle » pour les employés. La mairesse de "
        "Val-Joli, Lise Gagnon, ne cache pas son inquiétude. L'élue a dit vouloir rencontrer la ministre.",
        "rencontrer la ministre",
        "indirect",
        "Lise Gagnon",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "« Son adversaire malheureux, la maire de Brest X, a reconnu … » : the name after a role and its place",
        "Son adversaire malheureux, la maire de Brest Anne Kerlan, a reconnu sa défaite « sans regret ».",
        "sans regret",
        "partial",
        "Anne Kerlan",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« selon des résultats quasi définitifs publiés par X » : who published the figures speaks",
        "Selon des résultats quasi définitifs publiés par la commission électorale, le parti au pouvoir "
        "obtient 54 % des voix.",
        "le parti au pouvoir obtient 54 % des voix",
        "indirect",
        "la commission électorale",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« …, a-t-on appris auprès du parti » : the party that is the subject of the sentence",
        "Le PS, qui combat le projet, dénonce une « usine à gaz ». Le MoDem, lui, a laissé la liberté de "
        "vote à ses fédérations, a-t-on appris auprès du parti.",
        "a laissé la liberté de vote à ses fédérations",
        "indirect",
        "MoDem",
        "indirect_postposed",
    ),
]

FOUND += [
    (
        "« X dément « toute irrégularité » » : a speech form the tagger made a copula is still the cue",
        "Le maire Paul Vernet dément « toute irrégularité » dans ce dossier.",
        "toute irrégularité",
        "partial",
        "Paul Vernet",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« la préfecture » takes the place of the prefect the article names (« le préfet de X »)",
        "Le préfet de la Corrèze a réuni les maires mardi soir. Les routes départementales resteront "
        "fermées jusqu'à jeudi, a précisé la préfecture.",
        "Les routes départementales resteront fermées",
        "indirect",
        "la préfecture de la Corrèze",
        "indirect_postposed",
    ),
    (
        "« le parquet » takes the place of the prosecutor the article names",
        "La procureure de la République d'Annecy a ouvert une enquête. Le chauffeur du bus roulait "
        "beaucoup trop vite, a indiqué le parquet.",
        "Le chauffeur du bus roulait",
        "indirect",
        "le parquet d'Annecy",
        "indirect_postposed",
    ),
    (
        "« la préfecture » early, named in full only at the end of the article",
        "Selon la préfecture, 4 000 personnes ont défilé dans le calme samedi à Poitiers. Trois "
        "manifestants ont été interpellés en fin de journée, a indiqué la préfecture de la Vienne.",
        "4 000 personnes ont défilé",
        "indirect",
        "la préfecture de la Vienne",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "a witness named by a first name and an age, described again by a trade in the next incise",
        "Au fournil, Bastien, 27 ans, sort les premières baguettes. « On ne dort jamais avant midi », "
        "sourit le jeune boulanger.",
        "On ne dort jamais avant midi",
        "direct",
        "Bastien",
        "postposed_cue",
    ),
    (
        "a description followed by a comma phrase saying how the speaker stands is no coordination",
        "Lucien Morvan ouvre sa boutique à six heures. « Le pain se vend moins bien depuis l'été », "
        "lance le boulanger, les mains couvertes de farine.",
        "Le pain se vend moins bien",
        "direct",
        "Lucien Morvan",
        "postposed_cue",
    ),
    (
        "a first name alone, subject of the sentence before, is the witness an age noun describes",
        "Sur le marché, Lucien installe ses cagettes de pommes. « Cette année, tout a gelé », lâche le "
        "sexagénaire.",
        "Cette année, tout a gelé",
        "direct",
        "Lucien",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "a ship's name in marks inside a « selon » clause belongs to the reported clause",
        "La navigatrice Anne Quéré a témoigné mardi. Selon elle, le voilier a rejoint le port de Brest, "
        "où stationne le « Belle-Île », un ancien chalutier reconverti.",
        "le voilier a rejoint le port de Brest",
        "indirect",
        "Anne Quéré",
        "indirect_according_to",
    ),
    (
        "« a exclu de + infinitive » reports what one rules out, as « n'exclut pas de » what one may do",
        "Le ministre Paul Vidal a reçu les syndicats mardi. Il a exclu de revenir sur la réforme.",
        "revenir sur la réforme",
        "indirect",
        "Paul Vidal",
        "indirect_infinitive",
    ),
    (
        "an adverbial locution with « et » between the auxiliary and the participle of a closing incise",
        "Le concert aura lieu le 12 juillet, a d'ores et déjà précisé la présidente du comité, "
        "Laure Giordan.",
        "Le concert aura lieu le 12 juillet",
        "indirect",
        "Laure Giordan",
        "indirect_postposed",
    ),
]

FOUND += [
    (
        "an organisation's acronym tagged as a noun keeps its place in its name (« la FDSEA du Gers »)",
        "Pour la FDSEA du Gers, les aides arrivent bien trop tard.",
        "les aides arrivent bien trop tard",
        "indirect",
        "FDSEA du Gers",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "people of everyday news described by what they do there speak (« plusieurs automobilistes »)",
        "Au péage de Saint-Arnoult, plusieurs automobilistes ont dénoncé une « attente interminable » "
        "samedi.",
        "attente interminable",
        "partial",
        "plusieurs automobilistes",
        "governing_verb",
    ),
]

FOUND += [
    (
        "« le premier magistrat » is the mayor, not the prosecutor named before",
        "Le procureur Alain Mercier a ouvert une enquête. « Tout sera vérifié », a assuré le magistrat. "
        "Le maire de Plouha, Yann Le Goff, était présent. Le premier magistrat de la commune dit avoir "
        "alerté la préfecture dès lundi.",
        "avoir alerté la préfecture",
        "indirect",
        "Yann Le Goff",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "the medium one spoke to is not part of the speaker's name (« a confié au Parisien X »)",
        "« Les étiquettes trompent les familles », a confié au Parisien Julie Vandamme, porte-parole "
        "de l'association.",
        "Les étiquettes trompent les familles",
        "direct",
        "Julie Vandamme",
        "postposed_cue",
    ),
    (
        "a que-clause right after a participle cue is that cue's, not the verb's before the comma",
        "La ministre Anne Quéré a appelé les syndicats à reprendre le dialogue, rappelant que la "
        "réforme est financée à moitié.",
        "la réforme est financée à moitié",
        "indirect",
        "Anne Quéré",
        "indirect_que",
    ),
    (
        "a cue's second participle coordinated into the reported clause shares the cue's subject",
        "Le ministre Paul Vidal a annoncé à Nîmes que 30 gendarmes supplémentaires seraient affectés à "
        "Alès d'ici à juin et promis de maintenir un escadron « aussi longtemps qu'il le faudra ».",
        "aussi longtemps qu'il le faudra",
        "partial",
        "Paul Vidal",
        "governing_verb",
    ),
    (
        "« Il a dit vouloir … » with « Il » parsed as an expletive: a speech verb's « il » is a person",
        "Le ministre Paul Vidal a été reçu à Matignon. Il a également dit vouloir réunir les partenaires "
        "sociaux dès le mois prochain.",
        "réunir les partenaires sociaux",
        "indirect",
        "Paul Vidal",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "an institution's name goes on through places nested in the one that closes it",
        "La Communauté économique des États de l'Afrique centrale a condamné le putsch. Selon "
        "l'organisation, une mission de médiation partira lundi.",
        "une mission de médiation partira lundi",
        "indirect",
        "Communauté économique des États de l'Afrique centrale",
        "indirect_according_to",
    ),
    (
        "« le responsable » covers « la représentante » the article named",
        "« Les camps débordent », a déclaré la représentante du HCR au Niger, Ingrid Solberg. La "
        "responsable onusienne a appelé les bailleurs à débloquer les fonds promis.",
        "débloquer les fonds promis",
        "indirect",
        "Ingrid Solberg",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "a scare quote inside a « selon » clause leaves the clause reported (« n'étaient « que » 3 000 »)",
        "Selon la police, les manifestants n'étaient « que » 3 000 dans les rues de Rennes samedi.",
        "les manifestants n'étaient",
        "indirect",
        "la police",
        "indirect_according_to",
    ),
]

FOUND += [
    (
        "« a pour sa part accusé X de … » parsed with « a » as the main verb: the infinitive is the cue's",
        "Le chef de la délégation, Paul Vidal, a pour sa part accusé le gouvernement de ne pas avoir "
        "tenu ses engagements.",
        "ne pas avoir tenu ses engagements",
        "indirect",
        "Paul Vidal",
        "indirect_infinitive",
    ),
]

FOUND += [
    (
        "an anonymous source is told apart by where it sits (« une source au ministère de la Santé »)",
        "« Le calendrier ne tient plus », a confié une source au ministère de la Santé.",
        "Le calendrier ne tient plus",
        "direct",
        "une source au ministère de la Santé",
        "postposed_cue",
    ),
    (
        "anonymous sources and the town they speak from (« des sources sécuritaires à Tillabéri »)",
        "Trois soldats ont été blessés lors de l'embuscade, ont indiqué des sources sécuritaires à "
        "Tillabéri.",
        "Trois soldats ont été blessés",
        "indirect",
        "sources sécuritaires à Tillabéri",
        "indirect_postposed",
    ),
]

FOUND += [
    (
        "« il » goes on with the unnamed source of the speech clause before, not an older named person",
        "Le chef de la diplomatie, Karim Nassar, a condamné « une provocation grave » et demandé au "
        "Conseil de sécurité d'intervenir.\n\nPour un diplomate européen en poste à Beyrouth, Israël "
        "veut pousser les Casques bleus hors de la zone tampon. « La consigne est claire : la force "
        "dérange. Sans elle, plus personne ne pourra observer la frontière », confie-t-il.",
        "La consigne est claire",
        "direct",
        "un diplomate européen en poste à Beyrouth",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "a cleft resuming the sentence before may hold an adverb (« C'est du moins ce qu'affirme X »)",
        "Les loyers ont bondi de 12 % en deux ans. C'est du moins ce qu'affirme une étude de "
        "l'observatoire des loyers.",
        "Les loyers ont bondi de 12 % en deux ans",
        "indirect",
        "l'observatoire des loyers",
        "indirect_cleft",
    ),
]

FOUND += [
    (
        "a party's name right after a role tells the unnamed speaker apart (« un sénateur LR »)",
        "Le texte a été adopté mardi. « C'est une erreur historique », a lâché un sénateur LR à la "
        "sortie de l'hémicycle.",
        "C'est une erreur historique",
        "direct",
        "un sénateur LR",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "a present the tagger calls an infinitive still reads as an incise (« savoure la députée »)",
        "Le scrutin a eu lieu dimanche. « C'est la revanche des villages oubliés », savoure la députée "
        "Claire Dantec.",
        "C'est la revanche des villages oubliés",
        "direct",
        "Claire Dantec",
        "postposed_cue",
    ),
]

FOUND += [
    (
        "a topic frame opening the sentence (« Côté sécurité, la préfecture a indiqué que … »)",
        "Côté transports, la préfecture de la Drôme, qui avait fermé deux ponts à cause des crues, a précisé "
        "que la circulation reprendrait lundi.",
        "la circulation reprendrait lundi",
        "indirect",
        "préfecture de la Drôme",
        "indirect_que",
    ),
    (
        "a word in quotation marks that names the subject's group keeps its marks in the speaker",
        "Le groupe des « colombes », mené par la Finlande, estime que la hausse du budget reste inévitable.",
        "la hausse du budget reste inévitable",
        "indirect",
        "groupe des « colombes »",
        "indirect_que",
    ),
]


FOUND += [
    (
        "a fragment inside a sentence that a colon follows is its clause's, not a headline's",
        "Le maire Paul Roux a présenté le budget. Le maire, lui, se dit « confiant » : « Tout a été voté "
        "dans les règles. »",
        "confiant",
        "partial",
        "Paul Roux",
        "governing_verb",
    ),
]


FOUND += [
    (
        "the medium told, named in two words, stands between the cue and its speaker (« confie à Jeune Afrique X »)",
        "« Le vote sera serré », confie à Jeune Afrique un élu de l'opposition, qui a requis l'anonymat.",
        "Le vote sera serré",
        "direct",
        "un élu de l'opposition",
        "postposed_cue",
    ),
    (
        "« le parti » is the party named before, not the town where its seat is (« au siège du parti à X »)",
        "« Nous ne reconnaîtrons pas ce scrutin », a lancé le porte-parole du Parti rural ivoirien (PRI), "
        "Jean Koffi-Yao, au siège du parti à Treichville. Le parti a annoncé qu'il ferait appel devant la "
        "Cour suprême.",
        "il ferait appel",
        "indirect",
        "Parti rural ivoirien",
        "indirect_que",
    ),
]


FOUND += [
    (
        "a statement resumed by a finding its author made (« C'est le constat dressé par X »)",
        "La Suisse a réduit sa consommation d'eau de 4 % en 2024, mais ce rythme reste insuffisant. C'est "
        "le constat dressé par l'Office fédéral de l'environnement (OFEV) dans son rapport annuel.",
        "La Suisse a réduit sa consommation",
        "indirect",
        "Office fédéral de l'environnement",
        "indirect_cleft",
    ),
    (
        "a statement resumed as the conclusion of a study, whose author speaks",
        "Les populations de grenouilles ont reculé de 30 % en dix ans dans le Jura. C'est la conclusion "
        "d'une étude de l'université de Besançon publiée lundi.",
        "Les populations de grenouilles",
        "indirect",
        "université de Besançon",
        "indirect_cleft",
    ),
]


FOUND += [
    (
        "a paragraph's opening quotation is the person named as the next sentence's subject, who quotes "
        "his own words there (not the previous paragraph's speaker)",
        "L'Anses déconseille ces boissons aux mineurs. Sa directrice, Claire Vidal, estime qu'elles n'ont "
        "« aucun intérêt » pour un adolescent.\n\n« On voit arriver aux urgences des élèves qui en boivent "
        "cinq par jour. » Le Dr Marc Lesieur, pédiatre au CHU de Rennes, salue un avis « salutaire, mais "
        "tardif ».",
        "On voit arriver aux urgences",
        "direct",
        "Marc Lesieur",
        "following_subject",
    ),
]


FOUND += [
    (
        "an auxiliary before an insert still makes the participle the subject's cue (« X a, quant à lui, assuré … »)",
        "Le ministre Karim Lahlou a, quant à lui, assuré rester ouvert à une révision de la loi dans deux ans.",
        "rester ouvert à une révision",
        "indirect",
        "Karim Lahlou",
        "indirect_infinitive",
    ),
]


FOUND += [
    (
        "a headline labelled « Name, role : « … » » is the named person's",
        "Paul Riva, pêcheur : « La mer nous a tout pris »\n\nLe pêcheur Paul Riva a perdu son bateau dans "
        "la tempête de dimanche.",
        "La mer nous a tout pris",
        "direct",
        "Paul Riva",
        "colon_bare",
    ),
]


FOUND += [
    (
        "a name that opens its sentence with a lowercase adjective inside it (« Santé publique France rappelle que »)",
        "Santé publique France rappelle que les adolescents ont besoin de dix heures de sommeil par nuit.",
        "les adolescents ont besoin",
        "indirect",
        "Santé publique France",
        "indirect_que",
    ),
    (
        "« selon » a source whose name joins two complements with « et », at the end of the sentence",
        "Les collégiens dorment 40 minutes de moins qu'il y a dix ans, selon une étude de l'Institut "
        "national de la santé et de la recherche médicale (Inserm) publiée jeudi dans la revue Sleep.",
        "Les collégiens dorment 40 minutes",
        "indirect",
        "Institut national de la santé et de la recherche médicale",
        "indirect_according_to",
    ),
    (
        "the person named before a relative clause set off by commas is the cue's subject",
        "Pédiatre au CHU de Lille, le Dr Paul Nkemba, qui n'a pas participé à l'étude, juge ces résultats "
        "« solides mais attendus ».",
        "solides mais attendus",
        "partial",
        "Paul Nkemba",
        "qualifying_verb",
    ),
]


FOUND += [
    (
        "a speech verb coordinated into the cue's que-clause right before a fragment is the cue's "
        "coordinate (« assure que les fabricants … et dénonce une « … » »)",
        "La directrice Sophie Decamp assure que les fabricants respectent la réglementation et dénonce une "
        "« stigmatisation » de la profession.",
        "stigmatisation",
        "partial",
        "Sophie Decamp",
        "governing_verb",
    ),
]


FOUND += [
    (
        "a sentence-final « selon » a report in marks, published by two bodies (« publié par X et Y »)",
        "Les Alpes se réchauffent deux fois plus vite que la plaine, selon le rapport « Climat des Alpes », "
        "publié lundi par l'Office fédéral de météorologie (MétéoSuisse) et l'Institut fédéral de recherche "
        "sur la forêt (WSL).",
        "Les Alpes se réchauffent",
        "indirect",
        "rapport",
        "indirect_according_to",
    ),
]


NOT_FOUND = [
    (
        "a short quoted name that the next verb takes as its subject (« « X » bat son record »)",
        "Lorient : « Festival des marées » bat son record de fréquentation avec 40 000 entrées.",
        "Festival des marées",
    ),
    (
        "« selon les cas » means « depending on »: no source",
        "Le montant de l'aide varie, selon les cas, de 200 à 500 euros par mois.",
        "de 200 à 500 euros",
    ),
    (
        "the name of the source set off after its role is not content",
        "Selon le procureur de la République de Bobigny, Paul Girard, le suspect était connu des "
        "services de police.",
        "Paul Girard, le suspect",
    ),
    (
        "« selon nos informations » is the newspaper's own reporting",
        "Selon nos informations, le président du club devrait démissionner dans les prochains jours.",
        "le président du club devrait",
    ),
    (
        "an impersonal « on » after a place (« À Paris, on estime que … ») has no source",
        "À Paris, on estime que la circulation sera difficile tout le week-end.",
        "la circulation sera difficile",
    ),
    (
        "a reproach (« reprocher à X de ») is reported as a criticism, not as speech",
        "La députée Anne Morel a reproché au ministre de négliger les hôpitaux des zones rurales.",
        "négliger les hôpitaux",
    ),
    (
        "« que » after the cue's direct object opens a relative clause",
        "La maire Claire Dumas a dénoncé la décision que le préfet a prise sans aucune consultation.",
        "le préfet a prise",
    ),
    (
        "« comme le prévoit la loi » : a text, not a person or an organisation, is no source",
        "Comme le prévoit la loi, les maires doivent publier leur budget chaque année.",
        "les maires doivent publier",
    ),
    (
        "« se dire préoccupé par » is an emotion, not a declared stance",
        "Le directeur Paul Girard s'est dit très préoccupé par la situation financière de l'hôpital.",
        "préoccupé par la situation",
    ),
    (
        "two sources sharing one headline are not one clause's source",
        "La grève a rassemblé 300 000 personnes selon la police et un million d'après les syndicats",
        "La grève a rassemblé",
    ),
    (
        "« pour X » names a source only at the head of its sentence",
        "Terminée la campagne : pour le maire Paul Ravel, l'heure est désormais au bilan.",
        "Terminée la campagne",
    ),
    (
        "a relative clause is not the content of the speech verb above it",
        "Le maire Paul Ravel a appelé les pompiers, qui sont arrivés « en quelques minutes ».",
        "en quelques minutes",
    ),
    (
        "one question in a narration is no transcript",
        "Le maire Paul Ravel hésite encore. Faut-il fermer la piscine cet été ?\n"
        "Je crois que la question mérite d'être posée depuis longtemps.",
        "Je crois que la question",
    ),
    (
        "« bien que » after a comma is a conjunction, not the cue's clause",
        "Le maire Paul Ravel a accepté le compromis, bien qu'il le juge trop coûteux pour la commune.",
        "il le juge",
    ),
    (
        "a past participle with no auxiliary modifies a noun, it is no incise",
        "En 2019, la réélection du maire, contestée par l'opposition, avait été validée par le tribunal.",
        "En 2019",
    ),
    (
        "a lone function word in marks is emphasis",
        "La manifestation n'a attiré « que » 3 000 personnes, selon la police.",
        "que",
    ),
    (
        "an organisation's name after its founder",
        "Pour Marc Vidal, le fondateur de « Bio pour tous », l'aventure ne fait que commencer.",
        "Bio pour tous",
    ),
    (
        "a title word with one complement before the title",
        "Selon la maire Julie Caradec, l'opération de communication « Ma ville bouge » a coûté trop cher.",
        "Ma ville bouge",
    ),
    (
        "a lowercase title after the word that names it",
        "La députée Anne Morel l'a écrit mardi dans notre rubrique « tribune libre ».",
        "tribune libre",
    ),
    (
        "a refusal is not reported speech",
        "Contactée mardi, la députée Anne Morel n'a pas souhaité s'exprimer sur le sujet.",
        "s'exprimer",
    ),
    (
        "an invitation received is someone else's request",
        "Le prévenu a été invité à s'adresser une dernière fois à la cour.",
        "s'adresser",
    ),
    (
        "« il est certain que » is impersonal: no conviction of anyone's",
        "Le maire Paul Ravel a ouvert la séance. Il est certain que « le tramway reviendra un jour ».",
        "le tramway reviendra",
    ),
    (
        "a lowercase name after a naming participle (« dite ») is a name, even under a speech verb",
        "Le syndicat a dénoncé la réforme dite « des retraites » lors d'une conférence de presse.",
        "des retraites",
    ),
    (
        "one quoted noun woven into a clause is a term (a loanword, a label), not a judgement",
        "La maire Anne Morel a inauguré le nouveau « skatepark » de la ville.",
        "skatepark",
    ),
    (
        "a verb in marks whose subject is a thing is nobody's word",
        "Les prix « flambent » dans les supermarchés depuis janvier.",
        "flambent",
    ),
    (
        "a clause coordinated with a subject of its own is not the content of the speech verb",
        "Le maire Paul Ravel a annoncé que l'usine fermerait, et les salariés ont reçu une lettre "
        "«de licenciement».",
        "de licenciement",
    ),
]


NOT_FOUND += [
    (
        "« prévoit » says what a text or a plan provides, it is no speech cue",
        "Annoncé par le département sous le nom « Cap Avenir », ce dispositif, financé à parts égales par "
        "l'État et la région, prévoit la création de trois centres de formation.",
        "Annoncé",
    ),
    (
        "« s'il invitait à … » is a question put to someone, not what they said",
        "Prié de dire s’il invitait à soutenir les candidats de droite là où les siens se retirent, il a "
        "répondu sur une radio locale.",
        "soutenir les candidats de droite",
    ),
    (
        "what one publishes is a work's title, even one with a verb (« publie « Les vagues ne … » »)",
        "Le romancier Paul Vidal publie « Les vagues ne reviennent jamais » chez un petit éditeur breton.",
        "Les vagues ne reviennent jamais",
    ),
    (
        "« C'est ce que l'on dit » : an impersonal cleft names no one",
        "Les loyers ont encore augmenté cette année dans le quartier. C'est ce que l'on dit au marché.",
        "Les loyers ont encore augmenté",
    ),
]


NOT_FOUND += [
    (
        "a title in marks opening a headline is no opening quotation",
        "« Les Terrils », le Charleroi en cinémascope de Sophie Lambert\n\nLe premier film de la cinéaste "
        "sort mercredi.",
        "Les Terrils",
    ),
]


NOT_FOUND += [
    (
        "« X, de la police judiciaire, était venu contredire cette version » : an infinitive and its object, "
        "no closing incise",
        "Le commissaire Luc Hanin, de la police judiciaire, était venu contredire cette version.",
        "Le commissaire Luc Hanin",
    ),
]


NOT_FOUND += [
    (
        "« loi Avenir 2040 » : marks around a title word and the name it gives",
        "Le ministre Paul Roux défend la « loi Avenir 2040 » devant les députés.",
        "loi Avenir 2040",
    ),
]


NOT_FOUND += [
    (
        "« que ses coéquipiers surnomment « le Chat » » : the name a verb gives",
        "Le natif de Lorient, que ses coéquipiers surnomment « le Chat », a signé jusqu'en 2028.",
        "le Chat",
    ),
    (
        "« ce que Manille appelle la « … » » : the name a verb gives",
        "Les pêcheurs ont manifesté pour ce que Manille appelle la « mer des Philippines occidentales ».",
        "mer des Philippines",
    ),
    (
        "« baptisé « malus pension » » : a naming participle, lowercase name",
        "Le nouveau mécanisme de pénalité, baptisé « malus pension », entrera en vigueur en janvier.",
        "malus pension",
    ),
]


@pytest.fixture(scope="module")
def parsed(shipped_parser):
    texts = [row[1] for row in FOUND] + [row[1] for row in NOT_FOUND]
    documents = shipped_parser.parse_many(texts, sentences_to_parse)
    return dict(zip(texts, documents, strict=True))


@pytest.mark.parametrize(
    ("construction", "text", "words", "kind", "speaker", "rule"), FOUND, ids=[row[0] for row in FOUND]
)
def test_construction_is_attributed(parsed, construction, text, words, kind, speaker, rule):
    quotes = attribute(parsed[text]).quotes
    found = [q for q in quotes if words in q.text]
    assert found, f"{construction}: no quotation holding {words!r} in {[q.text for q in quotes]}"
    quote = found[0]
    assert (quote.type, quote.rule) == (kind, rule)
    assert quote.speaker is not None and speaker in quote.speaker.name


NOT_FOUND += [
    (
        "« ne … que » is « only », no complementizer (« n'explique qu'une petite partie »)",
        "Paul Dubois n'explique qu'une petite partie de ce record.",
        "une petite partie de ce record",
    ),
    (
        "« ne dit que des banalités » reports nothing",
        "Paul Dubois ne dit que des banalités sur ce dossier.",
        "des banalités sur ce dossier",
    ),
]


NOT_FOUND += [
    (
        "« X, partie civile, a pour sa part réclamé … » : the subject before the cue is no content",
        "L'association Vigie Santé, partie civile, a pour sa part réclamé un euro symbolique de dommages "
        "et intérêts.",
        "L'association Vigie Santé",
    ),
]


NOT_FOUND += [
    (
        "a word in quotation marks inside the cue's subject is a name, not what the subject says",
        "Le groupe des « colombes », mené par la Finlande, estime que la hausse du budget reste inévitable.",
        "colombes",
    ),
]


NOT_FOUND += [
    (
        "a source asking to stay anonymous (« qui a souhaité garder l'anonymat ») says nothing by it",
        "Dans une grande surface, un chef de rayon, qui a souhaité garder l'anonymat, explique que les "
        "produits ont été retirés.",
        "garder l'anonymat",
    ),
]


NOT_FOUND += [
    (
        "a participle set off before its noun says what was asked of it (« Invité à commenter …, X »)",
        "Invité à commenter ces chiffres, le ministre Paul Roux a botté en touche.",
        "commenter ces chiffres",
    ),
]


NOT_FOUND += [
    (
        "a verb's object and its judgement in marks after a comma are no incise (« X, qui …, juge ces résultats « … » »)",
        "Pédiatre au CHU de Lille, le Dr Paul Nkemba, qui n'a pas participé à l'étude, juge ces résultats "
        "« solides mais attendus ».",
        "Pédiatre au CHU",
    ),
]


@pytest.mark.parametrize(("construction", "text", "words"), NOT_FOUND, ids=[row[0] for row in NOT_FOUND])
def test_construction_is_not_a_quotation(parsed, construction, text, words):
    quotes = attribute(parsed[text]).quotes
    assert not any(q.text.startswith(words) for q in quotes), construction


def test_a_speaker_known_only_by_a_description_is_not_given_high_confidence(shipped_parser):
    text = "Le maire Paul Ravel a ouvert la séance. « Nous attendons des réponses », a lancé une habitante."
    quotes = quotes_of(shipped_parser, text)
    assert [q.speaker.name for q in quotes if q.speaker] == ["une habitante"]
    assert quotes[0].rule == "postposed_cue" and quotes[0].confidence <= 0.75


def test_quotations_in_a_navigation_line_are_other_articles_headlines(shipped_parser):
    text = (
        "Accueil | Politique | « Je reste », assure le maire Paul Ravel | Sport\n"
        "Le conseil municipal s'est réuni mardi."
    )
    assert quotes_of(shipped_parser, text) == ()


def test_a_signature_line_below_the_quotation_names_its_speaker_and_is_no_quotation(shipped_parser):
    text = "« Nous ne céderons rien sur les salaires. »\n— Claire Dumas, porte-parole de l'intersyndicale"
    quotes = quotes_of(shipped_parser, text)
    assert [(q.text, q.rule, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Nous ne céderons rien sur les salaires.", "dash_after", "Claire Dumas")
    ]


def test_an_impersonal_cue_names_nobody_and_takes_no_neighbour(shipped_parser):
    text = (
        "« Nous tiendrons nos engagements », a déclaré le ministre Paul Ravel devant les députés. "
        "« La réforme vise avant tout la simplification des démarches », rappelle-t-on."
    )
    quotes = quotes_of(shipped_parser, text)
    assert [(q.speaker.name if q.speaker else None) for q in quotes] == ["Paul Ravel", None]


def test_an_established_transcript_gives_a_third_person_answer_to_the_interviewee(shipped_parser):
    text = (
        "Claire Fontaine, 45 ans, dirige la coopérative laitière de Vire.\n\n"
        "Comment se porte la coopérative ?\nNous avons perdu douze exploitations en un an.\n\n"
        "Que demandez-vous à l'État ?\nDes prix planchers, tout simplement. Sans cela, la filière disparaîtra."
    )
    quotes = quotes_of(shipped_parser, text)
    answers = [(q.text[:10], q.speaker.name if q.speaker else None, q.rule) for q in quotes]
    assert answers == [
        ("Nous avons", "Claire Fontaine", "interview_answer"),
        ("Des prix p", "Claire Fontaine", "interview_answer"),
    ]


def test_a_text_written_in_the_first_person_is_its_author_s_not_a_quotation(shipped_parser):
    text = (
        "Je suis arrivé à Lunel en 1998, avec ma femme Claire Dumas. Je n'ai jamais regretté ce choix.\n\n"
        "J'ai vu la ville changer. Nous avons ouvert des écoles, nous avons fermé des usines, et nous "
        "sommes restés.\n\nJe me souviens de chaque hiver, de chaque grève, de chaque fermeture d'usine."
    )
    assert quotes_of(shipped_parser, text) == ()


def test_one_of_a_group_speaks_as_an_indefinite_speaker_not_as_the_group(shipped_parser):
    text = (
        "Plusieurs habitants ont témoigné devant la mairie. « On a eu très peur », raconte l'un d'eux. "
        "« Je n'ai pas dormi de la nuit », ajoute une autre."
    )
    quotes = quotes_of(shipped_parser, text)
    assert [(q.speaker.name if q.speaker else None, q.rule) for q in quotes] == [
        ("l'un d'eux", "postposed_cue"),
        ("une autre", "postposed_cue"),
    ]


def test_a_transcript_announced_as_such_gives_every_answer_to_the_interviewee(shipped_parser):
    text = (
        "Trois questions à Claire Dumas, directrice de l'Observatoire des inégalités.\n\n"
        "Les inégalités augmentent-elles ?\nOui, nettement depuis dix ans. Les plus modestes ont perdu "
        "du pouvoir d'achat.\n\nQue faut-il faire ?\nRevaloriser les minima sociaux, c'est la priorité."
        "\n\nPropos recueillis par Anne Morel"
    )
    quotes = quotes_of(shipped_parser, text)
    assert [(q.text[:12], q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Oui, netteme", "Claire Dumas"),
        ("Revaloriser ", "Claire Dumas"),
    ]


def test_the_interviewee_s_name_labelling_a_turn_is_not_part_of_the_answer(shipped_parser):
    text = (
        "Entretien avec l'économiste Claire Dumas, autrice d'un essai sur la dette.\n\n"
        "La Croix : La dette est-elle un danger ?\nClaire Dumas : Pas en soi. Tout dépend de ce qu'elle "
        "finance.\n\nLa Croix : Faut-il augmenter les impôts ?\nClaire Dumas : Ce serait une erreur."
    )
    quotes = quotes_of(shipped_parser, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Pas en soi. Tout dépend de ce qu'elle finance.", "Claire Dumas"),
        ("Ce serait une erreur.", "Claire Dumas"),
    ]


def _interview_answers(quotes) -> list[tuple[str, str | None]]:
    """The start of each transcript answer and its speaker's name."""
    return [
        (q.text[:12], q.speaker.name if q.speaker else None) for q in quotes if q.rule == "interview_answer"
    ]


def test_the_interviewer_s_labelled_turns_bound_the_answers_even_without_a_question_mark(shipped_parser):
    text = (
        "Énergie : « Nous tiendrons les délais », assure la ministre Claire Fontaine\n\n"
        "La ministre de l'Énergie, Claire Fontaine, défend son plan. Entretien.\n\n"
        "Le Journal : Les prix ont encore monté. Votre plan a-t-il échoué ?\n\n"
        "Claire Fontaine : Non. Je rappelle que nos premières centrales ouvrent l'an prochain.\n\n"
        "Le Journal : L'opposition parle d'un « plan fantôme »…\n\n"
        "Claire Fontaine : L'opposition a eu dix ans pour agir. Nous, nous construisons.\n\n"
        "Le Journal : Et les factures de cet hiver ?\n\n"
        "Claire Fontaine : Elles baisseront de 5 %, je m'y engage.\n\n"
        "Le député Marc Roy reste sceptique. « On verra bien », lâche-t-il."
    )
    quotes = quotes_of(shipped_parser, text)
    answers = _interview_answers(quotes)
    assert answers == [
        ("Non. Je rapp", "Claire Fontaine"),
        ("L'opposition", "Claire Fontaine"),
        ("Elles baisse", "Claire Fontaine"),
    ]
    assert all("plan fantôme" not in q.text for q in quotes if q.rule == "interview_answer")
    last = [q for q in quotes if q.text.startswith("On verra bien")]
    assert last and last[0].speaker.name == "Marc Roy"


def test_the_name_labelling_the_answers_picks_the_interviewee_and_her_initials_are_no_speech(shipped_parser):
    text = (
        "Sécheresse : les nappes au plus bas\n\n"
        "Hydrologue au laboratoire Hydrosciences de Montpellier, Anne Vidal suit les nappes depuis vingt ans.\n\n"
        "Radio Sud : La situation est-elle inédite ?\n\n"
        "Anne Vidal : Elle l'est par sa durée. Nous n'avons jamais vu trois hivers secs de suite.\n\n"
        "Radio Sud : Que faut-il faire ?\n\n"
        "A. V. : Nous devons réduire l'irrigation dès le printemps, sans attendre l'été."
    )
    quotes = quotes_of(shipped_parser, text)
    answers = _interview_answers(quotes)
    assert answers == [("Elle l'est p", "Anne Vidal"), ("Nous devons ", "Anne Vidal")]


def test_a_headline_s_topic_before_the_colon_is_not_the_speaker(shipped_parser):
    topic = attribute(
        shipped_parser.parse("Canicule marine en Bretagne : « Les algues meurent par pans entiers »")
    ).quotes
    assert [q.speaker for q in topic] == [None]
    named = attribute(shipped_parser.parse("Léa Morel : « Mon film parle de ceux qui restent »")).quotes
    assert [q.speaker.name if q.speaker else None for q in named] == ["Léa Morel"]


def test_a_sentence_after_a_closed_quotation_is_no_incise(shipped_parser):
    text = (
        "« J'ai tout perdu dans l'incendie. » Assise sur un banc, Marie Duval, 82 ans, raconte son histoire."
    )
    quotes = attribute(shipped_parser.parse(text)).quotes
    assert all(q.speaker is None or "histoire" not in q.speaker.name for q in quotes)


def test_a_place_after_a_preposition_is_not_the_organisation_a_description_recalls(shipped_parser):
    text = (
        "Dans une déclaration écrite, l'épicier Marchés Boivin, qui exploite 140 magasins au Québec, "
        "rejette ces accusations. « Nos marges sont stables », écrit l'entreprise."
    )
    quotes = [q for q in attribute(shipped_parser.parse(text)).quotes if q.text.startswith("Nos marges")]
    assert quotes and quotes[0].speaker is not None and "Québec" not in quotes[0].speaker.name


def test_a_participle_cue_after_a_comma_ends_the_que_clause_before_it(shipped_parser):
    text = "Au ministère, on indique qu'une mission d'inspection sera lancée, tout en rappelant que les effectifs ont augmenté."
    reported = [q.text for q in attribute(shipped_parser.parse(text)).quotes]
    assert "une mission d'inspection sera lancée" in reported
    assert not any("rappelant" in q for q in reported)


def test_a_description_stops_before_a_verb_the_tagger_took_for_a_noun(shipped_parser):
    text = "Le président du club juge la saison « décevante »."
    quotes = attribute(shipped_parser.parse(text)).quotes
    assert [q.speaker.name for q in quotes if q.speaker] == ["Le président du club"]


def test_the_interviewer_s_questions_in_a_dash_transcript_are_no_quotations(shipped_parser):
    text = (
        "Le romancier Paul Ménard publie son dixième livre. Entretien.\n\n"
        "— Pourquoi ce titre ?\n— Parce que tout le livre tient dans ce mot.\n"
        "— Vous écrivez tous les jours ?\n— Chaque matin, de six heures à midi."
    )
    quotes = attribute(shipped_parser.parse(text)).quotes
    assert [(q.text[:12], q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Parce que to", "Paul Ménard"),
        ("Chaque matin", "Paul Ménard"),
    ]


def test_a_quotation_inside_an_interview_answer_is_part_of_the_answer(shipped_parser):
    text = (
        "La chanteuse Maëlle Dorval sort un nouvel album. Maëlle Dorval nous a reçus à Lannion.\n\n"
        "Vos débuts ont-ils été difficiles ?\n\n"
        "Au début, on me prenait pour la choriste. Mon premier producteur m'a dit : « Tu ne tiendras pas "
        "six mois. » J'en suis à douze ans.\n\n"
        "Qu'est-ce qui a changé pour vous ?\n\n"
        "J'ai appris à dire non."
    )
    quotes = quotes_of(shipped_parser, text)
    assert [(q.text[:10], q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Au début, ", "Maëlle Dorval"),
        ("J'ai appri", "Maëlle Dorval"),
    ]


def test_a_prompt_trailing_off_in_a_transcript_is_a_question_and_what_follows_an_answer(shipped_parser):
    text = (
        "La romancière Inès Caradec publie son cinquième livre. Inès Caradec nous a reçus à Brest.\n\n"
        "Pourquoi ce titre ?\n\nParce que tout le livre tient dans ce mot.\n\n"
        "Votre grand-père était marin lui aussi…\n\n"
        "Il était pêcheur, comme son père avant lui. Quand le port a fermé, il a dit : « On nous a pris la mer. »\n\n"
        "Écrivez-vous tous les jours ?\n\nJe travaille chaque matin, de six heures à midi."
    )
    quotes = quotes_of(shipped_parser, text)
    assert [(q.text[:10], q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Parce que ", "Inès Caradec"),
        ("Il était p", "Inès Caradec"),
        ("Je travail", "Inès Caradec"),
    ]


def test_a_paragraph_of_words_alone_after_narration_about_a_person_is_that_person_s(shipped_parser):
    text = (
        "Dans son atelier de Quimper, Léa Guivarc'h façonne des bols depuis dix ans.\n\n"
        "Rien ne la prédestinait pourtant à la poterie. Après des études de droit, elle a travaillé six ans "
        "dans un cabinet d'avocats.\n\n"
        "« Je rentrais le soir et je modelais jusqu'à minuit. C'était ma façon de tenir. »"
    )
    quotes = quotes_of(shipped_parser, text)
    assert [(q.text[:10], q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Je rentrai", "Léa Guivarc'h")
    ]


def test_the_interviewee_is_the_one_named_in_full_and_third_person_answers_count(shipped_parser):
    text = (
        "Le CHU de Brest a ouvert une crèche pour ses soignants. Croisée à l'entrée, Léa, infirmière, dit y "
        "déposer son fils chaque matin. La directrice, Anne-Sophie Le Bihan, a répondu à nos questions.\n\n"
        "Pourquoi cette crèche ?\n\n"
        "Parce que les soignants partaient faute de solution de garde. Le turnover était devenu intenable.\n\n"
        "Combien de places sont prévues ?\n\n"
        "Soixante places, ouvertes de cinq heures à minuit, sept jours sur sept."
    )
    quotes = quotes_of(shipped_parser, text)
    answers = [
        (q.text[:10], q.speaker.name if q.speaker else None) for q in quotes if q.rule == "interview_answer"
    ]
    assert answers == [("Parce que ", "Anne-Sophie Le Bihan"), ("Soixante p", "Anne-Sophie Le Bihan")]


def test_words_alone_after_narration_about_someone_are_theirs_not_the_next_person_s(shipped_parser):
    text = (
        "Les tracteurs bloquent l'autoroute depuis l'aube, a indiqué la préfecture.\n\n"
        "Éleveuse à Quillan, Martine Sabatier, 52 ans, élève quarante vaches avec son frère. Elle a vendu "
        "la moitié de son troupeau l'an dernier.\n\n"
        "« Mes enfants ne reprendront pas. Je ne peux pas leur en vouloir. »\n\n"
        "Le président de la chambre d'agriculture, Paul Rouquette, tranche : « Les promesses n'ont pas été tenues. »"
    )
    quotes = quotes_of(shipped_parser, text)
    alone = [q for q in quotes if q.text.startswith("Mes enfants")]
    assert alone and alone[0].speaker is not None and alone[0].speaker.name == "Martine Sabatier"


@pytest.mark.parametrize(
    "text",
    [
        "Dans le gymnase transformé en centre d'hébergement, Marie-Jo, 58 ans, a passé la nuit sur un lit "
        "de camp. « On a tout perdu, la maison, la voiture », souffle-t-elle. Arrivée dans la matinée, la "
        "ministre a exprimé sa « solidarité » aux sinistrés.",
        "Le car n'est jamais venu. Sur le quai, Marie-Jo, 58 ans, a fini par rentrer à pied. « On nous "
        "oublie complètement », lâche-t-elle. La ministre des Transports a promis que des bus seraient "
        "affrétés dès lundi.",
    ],
)
def test_a_witness_known_by_a_first_name_is_never_given_an_office(shipped_parser, text):
    quotes = quotes_of(shipped_parser, text)
    speakers = [q.speaker.name if q.speaker else None for q in quotes]
    assert speakers[0] == "Marie-Jo"
    assert len(speakers) == 2 and speakers[1] != "Marie-Jo" and "inistre" in speakers[1]


def test_a_headline_quote_repeating_an_interview_answer_is_the_interviewee_s(shipped_parser):
    text = (
        "Sécheresse : « Les nappes ne se rechargent plus en hiver »\n\n"
        "Hydrogéologue à l'université de Poitiers, Antoine Ribault étudie les nappes de la région depuis "
        "vingt ans.\n\n"
        "Que montrent vos mesures ?\n\n"
        "Nous voyons une baisse continue. Les pluies arrivent plus tard : les nappes ne se rechargent plus "
        "en hiver comme avant.\n\n"
        "Faut-il restreindre l'irrigation ?\n\n"
        "Je crois surtout qu'il faut partager l'eau autrement entre les usages.\n\n"
        "Êtes-vous inquiet pour l'été ?\n\n"
        "Oui. Nous savons déjà que des communes seront approvisionnées par camion-citerne."
    )
    quotes = quotes_of(shipped_parser, text)
    headline = next(q for q in quotes if q.text.startswith("Les nappes ne se rechargent"))
    assert (headline.speaker.name, headline.rule) == ("Antoine Ribault", "repeated_quote")


def test_dash_lines_without_incise_alternate_between_the_two_people_the_incises_name(shipped_parser):
    text = (
        "Debout dans le box, l'accusé, Marc Vidal, a répondu aux questions de la présidente, Anne Roy.\n\n"
        "— Vous aviez bu, ce soir-là ? demande la présidente.\n\n"
        "— Deux verres. Pas plus.\n\n"
        "— Alors pourquoi avoir pris la voiture ?\n\n"
        "— Je pensais pouvoir rentrer, répond l'accusé."
    )
    quotes = quotes_of(shipped_parser, text)
    assert [(q.speaker.name if q.speaker else None, q.rule) for q in quotes] == [
        ("Anne Roy", "dialogue_incise"),
        ("Marc Vidal", "dialogue_turn"),
        ("Anne Roy", "dialogue_turn"),
        ("Marc Vidal", "dialogue_incise"),
    ]


def test_a_parent_of_someone_named_is_not_that_person(shipped_parser):
    text = (
        "Inès, 15 ans, ne va plus au lycée depuis la rentrée. « Elle pleure tous les soirs », confie la mère "
        "de l'adolescente."
    )
    (quote,) = quotes_of(shipped_parser, text)
    assert quote.speaker is not None and quote.speaker.name == "la mère de l'adolescente"


def test_a_place_as_a_headline_s_rubric_does_not_speak(shipped_parser):
    text = (
        "Ardennes : « On ne peut plus attendre »\n\n"
        "Le maire de Givet, Paul Renard, a réclamé mardi des renforts. « On ne peut plus attendre, la "
        "route est coupée depuis dix jours », a-t-il déclaré."
    )
    quotes = quotes_of(shipped_parser, text)
    assert quotes and all(q.speaker is None or "Ardennes" not in q.speaker.name for q in quotes)
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Paul Renard"


def test_il_goes_on_with_an_anonymous_source_not_the_person_named_before(shipped_parser):
    text = (
        "Le PDG du groupe, Laurent Mercier, a défendu les résultats devant la presse. Il a réaffirmé les "
        "objectifs du plan stratégique.\n\nPour un analyste parisien qui a requis l'anonymat, c'est surtout "
        "la baisse de la marge qui inquiète. « Les volumes baissent et les prix ne suffisent plus à "
        "compenser », résume-t-il."
    )
    quotes = quotes_of(shipped_parser, text)
    direct = [q for q in quotes if q.type == "direct"]
    assert direct and direct[0].speaker is not None and direct[0].speaker.name == "un analyste parisien"


def test_the_relative_clause_on_an_anonymous_source_is_not_what_it_says(shipped_parser):
    text = (
        "Le ministre Karim Lahlali a présenté le texte mardi.\n\nD'après un négociateur, qui a requis "
        "l'anonymat, le dossier des pensions reste le plus difficile. « On a fait 80 % du chemin, mais le "
        "reste fait mal », glisse-t-il."
    )
    quotes = quotes_of(shipped_parser, text)
    assert [(q.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("le dossier des pensions reste le plus difficile", "un négociateur"),
        ("On a fait 80 % du chemin, mais le reste fait mal", "un négociateur"),
    ]


def test_a_stray_mark_before_narration_that_names_its_subjects_stays_no_quotation(shipped_parser):
    text = (
        "Le conseil a voté mardi la réforme des marchés.\n\n«Le texte sera examiné par le Conseil "
        "départemental de la Manche, où la majorité espère une adoption avant l'été.\n\n« C'est une "
        "victoire pour les commerçants », s'est félicitée la présidente de l'association, Claire Dumas."
    )
    quotes = quotes_of(shipped_parser, text)
    assert [q.text[:12] for q in quotes] == ["C'est une vi"]


def test_narration_after_the_last_answer_is_no_part_of_it(shipped_parser):
    text = (
        "Awa Ndiaye, 52 ans, dirige depuis mars la médiation de l'Union africaine.\n\n"
        "Trois questions à la médiatrice.\n\nOù en sont les discussions ?\n\n"
        "Nous avons un accord de principe sur un cessez-le-feu. C'est beaucoup, et c'est très peu.\n\n"
        "Pourquoi tant de prudence ?\n\nParce que j'ai vu trop d'accords signés pour rien devant les caméras.\n\n"
        "Les pourparlers doivent reprendre lundi. Le Front de libération a fait savoir qu'il ne signerait "
        "rien sans garanties sur la sécurité de ses chefs."
    )
    quotes = quotes_of(shipped_parser, text)
    answers = [q for q in quotes if q.rule == "interview_answer"]
    assert len(answers) == 2 and not any("pourparlers" in q.text for q in answers)
    reported = [q for q in quotes if q.text.startswith("il ne signerait rien")]
    assert reported and reported[0].speaker.name == "Front de libération"


def test_a_headline_description_is_the_office_holder_named_after_his_rank(shipped_parser):
    text = (
        "Guinée : « Le peuple a parlé », lance le chef de la junte\n\nCONAKRY (AFP) - « Nous ne rendrons "
        "pas le pouvoir aux corrompus », a déclaré l'officier dans une adresse à la nation, au nom de la "
        "« Guinée Nouvelle ». Le chef de la junte, le colonel Moussa Kaba, a promulgué mercredi une charte."
    )
    quotes = quotes_of(shipped_parser, text)
    speakers = {q.text[:10]: q.speaker.name for q in quotes if q.speaker}
    assert speakers == {"Le peuple ": "Moussa Kaba", "Nous ne re": "Moussa Kaba"}


def test_a_dateline_dash_opens_no_reported_content(shipped_parser):
    text = "DJEDDAH (AFP) - Les belligérants ont accepté une trêve de dix jours, a annoncé samedi l'émissaire Erik Lund."
    reported = [q for q in quotes_of(shipped_parser, text) if q.type == "indirect"]
    assert [q.text[:16] for q in reported] == ["Les belligérants"]
    assert text[reported[0].start : reported[0].end] == reported[0].text


def test_a_prepositional_phrase_after_the_source_is_not_reported(shipped_parser):
    text = (
        "Pour le collectif Sauvons Kerhuel, à l'origine de la pétition, la mairie refuse tout dialogue "
        "avec les riverains."
    )
    reported = [q for q in quotes_of(shipped_parser, text) if q.type == "indirect"]
    assert [q.text[:26] for q in reported] == ["la mairie refuse tout dial"]


def test_an_interviewer_question_may_quote_a_few_words(shipped_parser):
    text = (
        "Claire Fontaine, 52 ans, dirige depuis dix ans la chorale de Quimperlé.\n\n"
        "On vous décrit comme une cheffe « à l'ancienne ». Vous le prenez bien ?\n"
        "Je le prends comme un compliment. Nous répétons deux fois par semaine, sans exception.\n\n"
        "La mairie veut « mutualiser » les salles de répétition. Cela vous inquiète ?\n"
        "Un peu. Nous avons besoin d'un piano, et je ne vois pas comment le partager."
    )
    answers = _interview_answers(quotes_of(shipped_parser, text))
    assert answers == [("Je le prends", "Claire Fontaine"), ("Un peu. Nous", "Claire Fontaine")]


def test_answers_to_questions_put_to_the_interviewee_are_hers_in_whatever_person(shipped_parser):
    text = (
        "Volcanologue à Clermont-Ferrand, Inès Marquet surveille depuis dix ans les volcans d'Auvergne.\n\n"
        "Qu'avez-vous observé cette année ?\n\n"
        "Le sol s'est soulevé de deux centimètres sous le lac, ce qui reste modeste.\n\n"
        "Faut-il s'en inquiéter ?\n\n"
        "Pas à ce stade. Les capteurs enregistrent une activité normale pour la saison.\n\n"
        "Que diriez-vous aux habitants ?\n\n"
        "Les volcans de la chaîne des Puys dorment depuis plus de six mille ans.\n\n"
        "Quand saura-t-on davantage ?\n\n"
        "Les relevés de l'automne seront publiés en décembre."
    )
    quotes = quotes_of(shipped_parser, text)
    answers = [q for q in quotes if q.rule == "interview_answer"]
    assert {q.speaker.name for q in answers} == {"Inès Marquet"}
    assert any("deux centimètres" in q.text for q in answers)
    assert any("publiés en décembre" in q.text for q in answers)


def test_a_fragment_whose_cue_has_a_subject_of_its_own_is_not_the_previous_speaker_s(shipped_parser):
    text = (
        "« J'ai voulu filmer la montagne comme un personnage », explique la cinéaste Léa Monnet. Le jury a "
        "salué un film « d'une rare justesse »."
    )
    fragments = [q for q in quotes_of(shipped_parser, text) if "rare justesse" in q.text]
    assert all(q.speaker is None or q.speaker.name != "Léa Monnet" for q in fragments)
