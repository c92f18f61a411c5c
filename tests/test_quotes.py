"""Quote attribution on realistic sentences (French and English), and on the seed article."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from _hand_parsed import hand_parsed

from newsbrief.analysis import analyse_document
from newsbrief.entities import EntityTable, extract_entities
from newsbrief.lang import get_language_data
from newsbrief.loading import load_document
from newsbrief.nlp import load_pipeline, normalise_text
from newsbrief.names import Mention
from newsbrief.quotes import mark_key_quotes
from newsbrief.records import Analysis, Entity, Quote
from newsbrief.speakers import SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc

SEED = Path(__file__).resolve().parents[1] / "data" / "samples" / "000_59a7decd111426f4.txt"


def analyse_text(tmp_path: Path, text: str, name: str = "article.txt") -> Analysis:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return analyse_document(load_document(path))


def quote_containing(analysis: Analysis, words: str) -> Quote:
    return next(q for q in analysis.quotes if words in q.text)


FRENCH_INTRO = ("La ministre des Affaires étrangères, Catherine Colonna, s'est rendue mardi à Kiev. "
                "Le président ukrainien, Volodymyr Zelensky, l'a reçue au palais présidentiel. ")

FRENCH_CASES = [
    # (sentence after the intro, words of the quote, expected speaker token, expected resolution)
    ("« Nous resterons aux côtés de l'Ukraine », a déclaré Catherine Colonna.", "resterons", "Colonna", "explicit"),
    ("« Nous resterons aux côtés de l'Ukraine », affirme-t-elle.", "resterons", "Colonna", "pronoun"),
    ("« La guerre doit cesser », a-t-elle ajouté devant la presse.", "guerre doit", "Colonna", "pronoun"),
    ("« Rien ne sera décidé sans nous », estime le président ukrainien.", "Rien ne sera", "Zelensky", "nominal"),
    ("Volodymyr Zelensky a déclaré : « Nous ne céderons aucun territoire ».", "céderons", "Zelensky", "explicit"),
    ("Catherine Colonna affirme que « la France ne faiblira pas ».", "ne faiblira", "Colonna", "explicit"),
    ("Selon Volodymyr Zelensky, « l'hiver sera difficile pour tout le pays ».", "hiver sera", "Zelensky",
     "explicit"),
    ("D'après Catherine Colonna, « les sanctions produisent leurs effets sur l'économie russe ».",
     "sanctions produisent", "Colonna", "explicit"),
    ("Volodymyr Zelensky qualifie cette aide de « soutien décisif pour notre armée ».", "soutien décisif",
     "Zelensky", "explicit"),
    ("Catherine Colonna : « Nous serons là aussi longtemps qu'il le faudra ».", "aussi longtemps", "Colonna",
     "explicit"),
]


ENGLISH_INTRO = ("Foreign Secretary David Lammy met his Chinese counterpart Wang Yi in Beijing on Monday. "
                 "The talks lasted three hours. ")

ENGLISH_CASES = [
    ('"We had a frank exchange on trade," Lammy said.', "frank exchange", "Lammy", "explicit"),
    ('"We had a frank exchange on trade," said David Lammy.', "frank exchange", "Lammy", "explicit"),
    ('"Cooperation is in both our interests," he added.', "Cooperation is", "Lammy", "pronoun"),
    ('According to Wang Yi, "relations are on the right track after a difficult period".', "right track",
     "Wang", "explicit"),
    ('Lammy told reporters: "We will keep talking about human rights."', "keep talking", "Lammy", "explicit"),
    ('Wang Yi says "the door to dialogue stays open for our British partners".', "door to dialogue", "Wang",
     "explicit"),
]


CUES = [(FRENCH_INTRO + case[0], *case[1:]) for case in FRENCH_CASES] + \
       [(ENGLISH_INTRO + case[0], *case[1:]) for case in ENGLISH_CASES]


@pytest.mark.parametrize(("text", "words", "speaker", "resolution"), CUES)
def test_cues(tmp_path: Path, text: str, words: str, speaker: str, resolution: str) -> None:
    quote = quote_containing(analyse_text(tmp_path, text), words)
    assert quote.kind == "speech"
    assert quote.speaker is not None and speaker in quote.speaker
    assert quote.resolution == resolution


CONTEXT_CASES = [
    # (text, words of the quote, expected speaker token, expected resolution)
    # an uncued quote paragraph after a sentence opened by "According to X" goes on with X's account, not with the
    # body the sentence is about
    ("The council met on Monday to discuss the missing funds.\n\nSo said Mr Tendai Moyo, director of the Harare "
     "Ratepayers Association (HRA), who followed the hearing from the gallery.\n\nAccording to Mr Moyo, the HRA "
     "wrote to the council about the payments in June but never received a reply.\n\n\u201cWe are not against "
     "the council. We are against our money disappearing.\u201d", "money disappearing", "Tendai Moyo", "explicit"),
    # "she" skips a man named by one word: a noun of kinship tells his gender ("Ortiz's son, Mateo,"), or his
    # given name when the article has no other name for him
    ("Ana Ortiz gave birth on a snowy highway. Ortiz's son, Mateo, was born in May after a long drive her husband "
     "made through the storm. \"I had a plan, and it fell apart,\" she said.", "fell apart", "Ana Ortiz", "pronoun"),
    ("Ana Ortiz gave birth on a snowy highway. The baby, a boy named John, was born in May after a long drive her "
     "husband made through the storm. \"I had a plan, and it fell apart,\" she said.", "fell apart", "Ana Ortiz",
     "pronoun"),
    # a subject the parser hung inside a relative clause before it, with no comma closing the clause, is the subject
    ("Crise : test\n\nMarc Dubois, lui, reste confiant. Interrogé par la VRT à la sortie du Parlement, où il a été "
     "reçu mardi matin par le président Paul Roux, le Namurois a assuré que « la porte reste ouverte ».",
     "porte reste ouverte", "Marc Dubois", "nominal"),
    # a pronoun cue right after a sentence in the background of the story (the pluperfect, the French imperfect of a
    # verb other than speech) takes up the person the paragraph's sentence before it is about, not its subject
    ("La grève a repris lundi à l'usine de Vierzon. En fin de journée, Paul Girard a repris la parole devant les "
     "salariés. Marc Lenoir, venu de Bourges, se tenait à ses côtés. « Nous ne lâcherons rien », a-t-il lancé.",
     "lâcherons rien", "Paul Girard", "pronoun"),
    ("Le conseil a voté la réforme mardi. Anne Morel a défendu le texte devant les élus. Julie Blanc avait pourtant "
     "assuré en commission que rien ne pressait. « Nous avons trop attendu », a-t-elle lancé.", "trop attendu",
     "Anne Morel", "pronoun"),
    ("The council approved the budget on Tuesday. Sarah Quinn defended the plan before the vote. Emma Hart had "
     "warned in March that the figures did not add up. \"We cannot wait any longer,\" she said.", "wait any longer",
     "Sarah Quinn", "pronoun"),
    # one presses after being answered: "she insisted" right after "Y replied that …" is the one Y answered
    ("Le conseil municipal a adopté le budget jeudi. Sophie Lambert a réclamé une baisse des tarifs pour les "
     "familles. Nathalie Perrin lui a répondu qu'une étude serait menée l'an prochain. « Une étude ne nourrit "
     "personne », a-t-elle insisté.", "nourrit personne", "Sophie Lambert", "pronoun"),
    ("The council adopted the budget on Thursday. Sarah Quinn demanded lower fares for families. Emma Hart replied "
     "that a study would be carried out next year. \"A study feeds nobody,\" she insisted.", "feeds nobody",
     "Sarah Quinn", "pronoun"),
    # a name taken up by a stressed pronoun set off by commas is the dislocated subject, whatever the parse: the
    # pronoun of the next sentence is hers, not the one named in a complement after her
    ("La députée Karine Ouedraogo défend depuis un an un texte sur les loyers. Amina Belkacem, elle, s'attaque "
     "surtout aux frais d'agence, dans le sillage de Karine Ouedraogo. « Les locataires paient deux fois », "
     "a-t-elle insisté.", "locataires paient", "Belkacem", "pronoun"),
    # a name opening the main clause and set off by commas before its verb is the verb's subject, past an opening
    # adjunct and whatever the parser made of the aside: the next sentence's pronoun is his
    ("« Nous tiendrons le calendrier », a assuré le préfet Marc Delorme. Assis au premier rang, Paul Kerviel, "
     "président de l'Association des riverains de l'Orne (ARO), a écouté le préfet sans ciller. Les digues « ne "
     "tiendront pas un hiver de plus », prévient-il.", "ne tiendront pas", "Kerviel", "pronoun"),
    # a pronoun takes up the person the sentence before is about, not one named in a passive agent or a relative
    # clause on another noun, whatever the parser hung the subject's apposition on
    ("Le maire a présenté son plan. Son adjointe chargée des finances, Claire Roussel, a présenté jeudi soir, "
     "devant le conseil municipal, un budget contesté par Julie Perrin. « Les impôts n'augmenteront pas. Nous "
     "ferons des économies », a-t-elle promis.", "impôts", "Roussel", "pronoun"),
    ("Shop owners are uneasy. The head of the Harbour Retailers Association (HRA), Mrs Ana Fifita, said members "
     "backed cheaper fuel for the outer islands, but warned that the levy could drive small traders out, a risk "
     "Hon. Kata had brushed aside in parliament.\n\n\"Nobody keeps a shop open at a loss,\" she said.",
     "Nobody keeps", "Fifita", "pronoun"),
    ("L'un des deux porte-parole des équipes scientifiques du projet, Joe Incandela, a annoncé : "
     "« C'est un résultat provisoire, mais très solide ».", "résultat provisoire", "Incandela", "explicit"),
    ("Les talibans ont visé cet hôtel car, selon eux, il abritait des « fêtes sauvages et des trafics ».",
     "fêtes sauvages", "talibans", "pronoun"),
    ("Pour l'historienne Nicole Berthier, le parti a changé d'image depuis 2011. Elle qualifie cependant "
     "cette stratégie de « rupture de style plus que de fond ».", "rupture de style", "Berthier", "pronoun"),
    ("Le président Emmanuel Macron a reçu les syndicats. « Le dialogue continue », a assuré le président.",
     "dialogue continue", "Macron", "nominal"),
    ("LONDON — Downing Street on Wednesday insisted the bill would pass \"comfortably and quickly\" despite "
     "the rebellion.", "comfortably", "Downing Street", "explicit"),
    ("Irish farmers marched in Dublin on Monday, the Irish Exporters Forum said. Brazil's embassy in Dublin "
     "rejected the claim. \"The agreement contains binding commitments on deforestation,\" the embassy said in a "
     "statement.", "binding commitments", "Brazil's embassy", "nominal"),
    ("According to a senior administration official, the president \"has not made a final decision on the "
     "tariffs\".", "final decision", "a senior administration official", "nominal"),
    ("According to the report, published by Amnesty International on Tuesday, the camps are \"a system of "
     "collective punishment\".", "collective punishment", "Amnesty", "explicit"),
    ("Angela Rayner and Kemi Badenoch clashed in the Commons on Wednesday. \"You have failed working people,\" "
     "Badenoch told the deputy prime minister. Rayner hit back: \"Your party crashed the economy.\"",
     "Your party crashed", "Rayner", "explicit"),
    ("The company declined to comment, but a person familiar with the matter said the talks had \"stalled "
     "badly\".", "stalled badly", "a person familiar with the matter", "nominal"),
    ('"We are in a very strong position," the 45-year-old told Sky News.', "strong position", "45-year-old",
     "nominal"),
    ("Lithuania's top diplomat, Tomas Vaitkus, was less conciliatory. \"Every renewal turns into an auction,\" "
     "the minister said.", "auction", "Vaitkus", "nominal"),
    ("La France « regrette » ces décisions tout en « comprenant le contexte sécuritaire », a fait savoir le Quai "
     "d'Orsay.", "regrette", "Quai", "explicit"),
    # a reporting clause closing the sentence covers its first quote too, not the speaker before
    ("Ruth Mbeki said the talks were \u201con track\u201d. The levy is \u201cunfair to tenants\u201d but a "
     "\u201cnecessary evil\u201d, says Tom Aldous.", "unfair to tenants", "Tom Aldous", "explicit"),
    # a speech verb the tagger read as a noun after its subject, a common noun: its subject speaks
    ("Le collectif Vélo Paris a réagi mardi. Le collectif juge la décision « incompréhensible » au vu des "
     "chiffres.", "incompréhensible", "collectif", "nominal"),
    # a clause opening on « tandis que » after a quote reports its own quote, not the one before
    ("Le Parti socialiste y voit la preuve que « le système ne marche pas », tandis que Génération écologie "
     "reproche au ministre d'avoir « menti aux Français ».", "système ne marche", "Parti socialiste", "explicit"),
    ("Le Parti socialiste y voit la preuve que « le système ne marche pas », tandis que Génération écologie "
     "reproche au ministre d'avoir « menti aux Français ».", "menti aux", "Génération écologie", "explicit"),
    ("Un diplomate d'un pays d'Europe centrale, favorable à l'élargissement, juge qu'une séparation serait "
     "« une erreur stratégique pour l'Union ».", "erreur stratégique", "diplomate", "nominal"),
    ("« Il s'agit d'une étape technique », a déclaré à l'AFP le vice-Premier ministre arménien Aram "
     "Sarkissian.", "étape technique", "Sarkissian", "explicit"),
    ("« Nous avons besoin de ports plus profonds et de douanes plus rapides. » C'est en ces termes que le "
     "vice-ministre Daniyar Seitkali a résumé la situation.", "ports plus profonds", "Seitkali", "explicit"),
    ("« La route ne doit pas s'arrêter à la Caspienne. » C'est par ces mots que la ministre ouzbèke de "
     "l'investissement, Dilnoza Karimova, a ouvert son intervention.", "route ne doit", "Karimova", "explicit"),
    ("D'après Antoine Mercier, secrétaire général de l'Union syndicale des magistrats, un tel dispositif « ne "
     "peut pas reposer sur les seuls juges ». « Si l'on veut une régulation, il faut que la loi la prévoie », "
     "estime le magistrat.", "Si l'on veut", "Mercier", "nominal"),
    ("« Ce qui change, c'est qu'on l'assume », explique Hélène Castagnier, chercheuse à l'IRIS. « Cela coûte "
     "très cher dès qu'on agit », résume Camille Aubrac, économiste de la défense. La chercheuse estime que la "
     "loi ne laisse « aucune marge » pour des ambitions nouvelles.", "aucune marge", "Aubrac", "nominal"),
    ("Pour le député du Rassemblement national Grégoire Salvan, la France « n'a pas à payer pour la sécurité "
     "des autres ».", "pas à payer", "Salvan", "explicit"),
    ("Hélène Castagnier partage ce constat tout en le nuançant : à ses yeux, les partenaires « pourraient "
     "contribuer à l'environnement de la dissuasion ».", "pourraient contribuer", "Castagnier", "explicit"),
    ('Lazar\'s lawyer, Marcus Feld, told jurors the government had built its case "on hindsight and on emails '
     'read out of context."', "on hindsight", "Feld", "explicit"),
    ("Le quotidien français Le Figaro annonce mardi que le reporter a été tué par un obus. « Les analyses "
     "balistiques indiquent que le tir venait d'un quartier rebelle » indique le quotidien.",
     "analyses balistiques", "Figaro", "nominal"),
    ("Un rapport de la Ligue arabe apporte la même conclusion : « Il faudrait noter que le journaliste a été "
     "tué par des tirs de mortier ».", "Il faudrait noter", "Ligue arabe", "explicit"),
    ("Marc Guillemot a dû faire demi-tour après avoir entendu deux « bangs successifs » dans la nuit.",
     "bangs successifs", "Guillemot", "explicit"),
    ("Son père, Kostas Lambrou, fut ministre de l'équipement. Celui qui est aujourd'hui retiré de la vie "
     "politique a salué la position de sa fille dans un entretien au quotidien « Kathimerini ».\n\n« Eleni a "
     "raison de rappeler que la crise du logement n'est pas une question de droite ou de gauche. »",
     "Eleni a raison", "Lambrou", "pronoun"),
    ("Un proche du Premier ministre assure toutefois que Mme Lambrou ne sera pas exclue du groupe. « Le débat "
     "fait partie de la vie d'un grand parti », a-t-il indiqué.", "Le débat fait", "un proche du Premier ministre",
     "pronoun"),
    ("« Une séparation serait une erreur », estime un diplomate européen. Le ministre Ion Popescu se veut "
     "rassurant. « Si rien ne bouge en juin, la frustration deviendra un problème », prévient le diplomate "
     "européen cité plus haut.", "Si rien ne bouge", "un diplomate européen", "nominal"),
    ("Deux adolescents ont été agressés à Lyon. « Ces actes d'une extrême violence sont inadmissibles », juge le "
     "ministère de l'Intérieur.", "extrême violence", "ministère", "explicit"),
    ("« Nous avons appris que les entreprises avaient embauché plus de personnes en octobre » s'est réjoui le "
     "président Barack Obama à Hilliard.", "entreprises avaient", "Obama", "explicit"),
    ("L'alerte a été donnée vers quatre heures « quand nous avons reçu des appels au sujet d'une bousculade » "
     "dans un stade qui peut contenir jusqu'à 12 000 personnes, lors d'une fête, a indiqué un porte-parole de "
     "la police.", "reçu des appels", "porte-parole", "nominal"),
    ("Pour se justifier, TVE a émis un communiqué de presse affirmant qu'elle avait refusé « un espace "
     "d'interviews à minuit ».", "espace d'interviews", "TVE", "explicit"),
    ("Thierry Roland est mort samedi. Le commentateur avait 74 ans. Dès 1976, "
     "il fit parler de lui lors d'un match. Alors que l'arbitre accordait un penalty aux Bulgares, il avait "
     "lâché : « M. Foote, vous êtes un salaud ! »", "vous êtes un salaud", "Thierry Roland", "pronoun"),
    ("Ingénieure de formation, Liisa Kask adhère au parti presque par hasard. « Je suis venue pour une réunion "
     "sur la fiscalité. Je suis repartie avec une carte de membre », s'amuse-t-elle.", "Je suis venue", "Kask",
     "pronoun"),
    ("Son principal rival, l'ancien ministre des finances Tõnis Aru, se montre moins élogieux. Il reproche à la "
     "présidente Liisa Kask une gestion « trop solitaire et trop personnelle ».", "trop solitaire", "Aru",
     "pronoun"),
    ("Dernière réplique de Moscou mercredi, par la voix de l'ambassadeur de Russie en Finlande : les accusations "
     "finlandaises sont « sans fondement et relèvent d'une campagne hostile ».", "sans fondement",
     "ambassadeur de Russie", "nominal"),
    # a bare noun opening the sentence is a detached apposition, not the subject: the noun phrase after the comma is
    ("La grève entre dans sa deuxième semaine. Cariste sur le quai B depuis 2009, une salariée qui préfère rester "
     "anonyme dit avoir appris son licenciement « par un courriel envoyé un vendredi soir ».", "par un courriel",
     "salariée", "nominal"),
    # "Pour ce dernier," opening a sentence: in the view of the last one named
    ("Le maire, Paul Grandjean, a reçu les délégués syndicaux lundi. Il a obtenu l'appui de Marc Vidalie, président "
     "de la chambre d'agriculture. Pour ce dernier, « la fermeture de l'abattoir serait un coup terrible pour les "
     "éleveurs ».", "fermeture de l'abattoir", "Vidalie", "pronoun"),
    ("Le gouvernement a nommé Leopoldo González président de la télévision publique. Le même jour, ce dernier a "
     "limogé « toute l'équipe d'information en un peu plus d'un mois ».", "toute l'équipe", "González", "pronoun"),
    ("En 1999, Antoine Sollacaro eut un clash avec le préfet Bernard Bonnet, qui lui avait rétorqué : « Je "
     "partirai quand vos amis cesseront le racket. »\n\nAutre avocat d'Yvan Colonna, Gilles Simeoni a appris ce "
     "décès au volant. Très ému, il confie au Figaro que « nous aurions dû plaider l'un contre l'autre ».",
     "plaider l'un contre", "Simeoni", "pronoun"),
    ("Le ministre de l'Économie, Bruno Le Maire, a défendu le budget. « Nous tiendrons nos engagements », a-t-il "
     "assuré mardi.", "tiendrons nos engagements", "Le Maire", "pronoun"),
    ("« C'est une faute politique majeure », tacle le premier secrétaire du Parti socialiste, Olivier Faure.",
     "faute politique", "Faure", "explicit"),
    ("Ursula von der Leyen a présenté mercredi son plan. « Nous devons être plus rapides », a insisté "
     "l'Allemande.", "plus rapides", "von der Leyen", "nominal"),
    ("Interrogée par Le Monde, l'économiste Esther Duflo juge que « la pauvreté n'est pas une fatalité ».",
     "pauvreté", "Duflo", "explicit"),
    ("La Russie a averti lundi qu'elle considérerait toute livraison de missiles comme « une escalade "
     "dangereuse ».", "escalade", "Russie", "pronoun"),
    ("La ministre des armées, Catherine Vautrin, et son homologue allemand, Boris Pistorius, se sont retrouvés à "
     "Berlin. Son homologue a pour sa part insisté sur « la nécessité d'aller plus vite ». « L'Allemagne prendra "
     "ses responsabilités », a-t-il assuré.", "prendra ses responsabilités", "Pistorius", "pronoun"),
    ("Le procureur de la République de Paris, Laure Beccuau, a ouvert une enquête. Selon la magistrate, les faits "
     "sont « d'une extrême gravité ».", "extrême gravité", "Beccuau", "nominal"),
    ("« Nous investissons massivement », a assuré le PDG Patrick Pouyanné, sous les huées de militants "
     "écologistes qui scandaient « Total assassin ».", "Total assassin", "militants", "nominal"),
    ("Le premier ministre, Sébastien Lecornu, a ouvert la porte à des concessions. Devant les députés, il a "
     "estimé que la réforme pouvait « évoluer sans renoncer à l'équilibre ».", "évoluer", "Lecornu", "pronoun"),
    ("« Le Mali n'acceptera plus aucune leçon », a martelé le colonel Abdoulaye Maïga. À Paris, le Quai d'Orsay a "
     "« pris note » de cette décision.", "pris note", "Quai d'Orsay", "explicit"),
    ("« C'est un scandale d'État », s'indigne le député LFI Éric Coquerel, président de la commission des "
     "finances.", "scandale d'État", "Coquerel", "explicit"),
    ("D'après le quotidien britannique The Guardian, Londres envisagerait un rapprochement. Le journal cite un "
     "haut fonctionnaire selon lequel « toutes les options sont sur la table ».", "toutes les options",
     "un haut fonctionnaire", "nominal"),
    # a description whose noun has a person's ending, though no role list has it, is a person: it takes up the
    # person just named, and a pronoun after it is its own, not an earlier speaker's
    ("La clinique de Nantes manque de lits. Selon Hugo Lemaire, le service attend des renforts. « Nous tenons "
     "grâce aux internes », insiste le pneumologue.", "grâce aux internes", "Lemaire", "nominal"),
    ("Le port tourne au ralenti. « Les camions attendent dix jours », a déploré Paul Kaboré. Un transitaire de la "
     "zone franche, qui a requis l'anonymat, estime que les taxes pèsent. « Personne ne veut payer deux fois », "
     "regrette-t-il.", "Personne ne veut", "un transitaire", "pronoun"),
    ("« Le suspect a été interpellé en fin de matinée », a-t-on appris de source policière.", "Le suspect",
     "source policière", "nominal"),
    ("Le parquet national antiterroriste (PNAT) s'est saisi de l'enquête. Dans un communiqué, il précise que les "
     "faits sont « susceptibles de recevoir une qualification terroriste ».", "qualification terroriste",
     "parquet national antiterroriste", "pronoun"),  # the body the acronym is defined after, not its acronym
    ("« Merci à tous ! » : c'est par ce message publié sur Instagram que la chanteuse Aya Nakamura a réagi à sa "
     "victoire.", "Merci à tous", "Nakamura", "explicit"),
    ("« Nous ne lâcherons rien », c'est avec ces mots, prononcés devant les militants, que la secrétaire générale "
     "Sophie Binet a conclu la journée.", "lâcherons rien", "Binet", "explicit"),
    ("Dans son discours, le pape Léon XIV a appelé à « la fin de toutes les guerres ». « La paix est possible », a "
     "insisté le souverain pontife.", "paix est possible", "Léon XIV", "nominal"),
    ("Interrogé sur le sujet, Matignon n'a pas souhaité commenter. Un proche du premier ministre glisse toutefois "
     "que « rien n'est exclu ».", "rien n'est exclu", "un proche du premier ministre", "nominal"),
    ("Les Républicains dénoncent « une trahison ». Leur président, Bruno Retailleau, juge la situation "
     "« intenable ».", "intenable", "Retailleau", "explicit"),
    ("Le président doit annoncer sa décision lundi. « Rien n'est encore tranché à ce stade », explique-t-on à "
     "l'Élysée.", "Rien n'est encore", "Élysée", "nominal"),
    ("Autre avocat d'Yvan Colonna, Gilles Simeoni a appris ce décès au volant. Très ému, il confie au Figaro que "
     "« nous aurions dû plaider l'un contre l'autre cet après-midi ».", "aurions dû plaider", "Simeoni",
     "pronoun"),
    ("« Le président Obama a promis le changement, mais n'a pas pu le réaliser » a déclaré Mitt Romney dans le "
     "Wisconsin.\n\nIl a estimé que ces statistiques constituaient un « triste rappel de la stagnation ».",
     "triste rappel", "Romney", "pronoun"),
    ("Mitt Romney a tenu un meeting dans l'Ohio. « Je promets le changement », a déclaré le républicain devant "
     "ses partisans.", "promets le changement", "Romney", "nominal"),
    ("Angela Rossi a présenté son budget. « Nous tiendrons nos engagements », a assuré la conservatrice.",
     "tiendrons nos", "Rossi", "nominal"),
    ('Boris Keller spoke in Leeds on Friday. "We will win this seat," the Conservative told supporters.',
     "win this seat", "Keller", "nominal"),
    ("Le gouvernement a présenté son texte mardi. Réaction immédiate de l'opposition : « C'est un texte "
     "inacceptable et dangereux pour nos libertés. »", "texte inacceptable", "l'opposition", "nominal"),
    ("La Finlande a saisi un pétrolier. Même fermeté à Helsinki : « Nous protégerons nos infrastructures critiques "
     "par tous les moyens. »", "protégerons", "Helsinki", "explicit"),
    ("Le ministre Paul Girard a été interrogé sur ses comptes. Sa réponse : « Nous n'avons rien à cacher dans ce "
     "dossier. »", "rien à cacher", "Girard", "pronoun"),
    ("Human Rights Watch a publié mardi un rapport sur les mines antipersonnel. Le document recense 40 pays. "
     "Plusieurs États baltes ont quitté la convention d'Ottawa. L'ONG qualifie cette décision de « cynique ».",
     "cynique", "Human Rights Watch", "nominal"),
    ('The report was published by Amnesty International on Monday. Lithuania rejected it. "This is a grave '
     'mistake," the group said.', "grave mistake", "Amnesty International", "nominal"),
    ("Le gouvernement a annoncé une hausse des taxes. Du côté de l'opposition, on dénonce « un matraquage fiscal "
     "sans précédent ».", "matraquage", "l'opposition", "nominal"),
    ("Gérald Darmanin était attendu au tournant. Le garde des Sceaux, lui, se veut rassurant : « Les prisons ne "
     "sont pas saturées partout ».", "prisons", "Darmanin", "nominal"),
    ("Le chef de l'État, Emmanuel Macron, était à Bruxelles. Le président a appelé à « un sursaut européen face "
     "aux menaces ».", "sursaut", "Macron", "nominal"),
    ("Nicolas Sarkozy est sorti du tribunal en fin de journée. « Je suis innocent », a réagi l'intéressé devant "
     "les caméras.", "innocent", "Sarkozy", "nominal"),
    ("Donald Trump a menacé le Canada de nouveaux droits de douane. Le milliardaire républicain a estimé que le "
     "pays « profite des États-Unis depuis des décennies ».", "profite", "Trump", "nominal"),
    ("« La situation est sous contrôle », assure-t-on à la préfecture, où l'on reconnaît toutefois « des tensions "
     "ponctuelles ».", "tensions ponctuelles", "préfecture", "nominal"),
    ("Le Conseil constitutionnel a censuré la loi mardi. Dans sa décision, il estime que le texte porte « une "
     "atteinte disproportionnée » à la liberté d'expression.", "atteinte", "Conseil constitutionnel", "pronoun"),
    ('"We need more time," Rep. Jared Golden, who chairs the subcommittee, told Reuters.', "more time", "Golden",
     "explicit"),
    ("Depuis dix-huit mois, Nuria Castells pilote la politique migratoire. « Nous n'avons pas fait un cadeau, "
     "nous avons fait un constat, dit-elle. Ces gens travaillaient déjà. »", "pas fait un cadeau", "Castells",
     "pronoun"),
    ("Reste la question des retours, que Nuria Castells ne fuit pas. L'Espagne, reconnaît-elle, n'exécute qu'une "
     "minorité des expulsions. « Nous devons être plus efficaces là-dessus. »", "plus efficaces", "Castells",
     "pronoun"),
    ("Costume sombre, mains croisées dans le dos, Yannick Le Floch, 61 ans, a écouté la présidente rappeler les "
     "faits. La commune a attribué trois marchés à une entreprise dirigée par Gilles Tanguy, le frère de son épouse. "
     "A chaque fois, l'élu a présidé la commission d'appel d'offres.\n\n« Je n'ai jamais caché que Gilles était "
     "mon beau-frère », a-t-il d'abord lancé à la barre.", "jamais caché", "Le Floch", "pronoun"),
    ("A la sortie de l'audience, Nolwenn Jégou s'est dite « soulagée que les faits aient enfin été examinés "
     "publiquement ».", "soulagée", "Jégou", "explicit"),
    ("La Cimade salue un choix courageux. Pour sa porte-parole, Sarah Benali, l'exemple espagnol montre qu'« une "
     "autre politique est possible ».", "autre politique", "Benali", "explicit"),
    ("Le maire Jean Roux a été condamné. Selon son avocat, la décision est « profondément injuste ».",
     "profondément injuste", "avocat de Jean Roux", "nominal"),
    ("« Nous payons », s'emporte Tomasz Wróbel. Selon lui, Varsovie pourrait agir seule. Cette perspective "
     "inquiète à Bruxelles. Un haut fonctionnaire européen, qui a requis l'anonymat, y voit le risque d'une « Europe "
     "de la défense à la carte », où chacun choisirait ses partenaires selon ses moyens.", "à la carte",
     "un haut fonctionnaire européen", "nominal"),
    ("La garde des Sceaux, Hélène Carrère-Dumont, juge la réforme précipitée. Dès lundi, la garde des Sceaux a mis "
     "en garde contre une réforme trop rapide. « Changer les règles du jeu à un an du scrutin, ce n'est jamais un bon "
     "signal », a fait valoir l'ancienne présidente de la commission des lois.", "règles du jeu", "Carrère-Dumont",
     "nominal"),
    ("Democrats sought to keep the spotlight on Republican leaders. Rep. Alicia Moreno, D-Calif., one of the first "
     "lawmakers to sign the petition last year, said the GOP leadership had \"run out of excuses.\"", "excuses",
     "Moreno", "explicit"),
    ('Japan has long treated its three principles as untouchable. Questioning them in public was, as one veteran '
     'diplomat put it, "a reliable way to end a career."', "end a career", "one veteran diplomat", "nominal"),
    ("« Le vrai sujet, désormais, c'est l'euro », résume Mathilde Roux, économiste chez Natixis. La monnaie unique "
     "s'échange autour de 1,21 dollar. « Juin sera le vrai rendez-vous », anticipe l'économiste de Natixis.",
     "vrai rendez-vous", "Roux", "nominal"),
    ("La procureure, Sandrine Le Bihan, a requis dix mois de prison. La chambre régionale des comptes avait relevé "
     "des « procédures insuffisantes ». C'est sur ce point qu'a insisté Mme Le Bihan. « Ce dossier n'est pas celui "
     "d'un enrichissement personnel », a-t-elle souligné.", "enrichissement", "Le Bihan", "pronoun"),
    ("Son avocat, Me Hervé Guillou, a plaidé la relaxe. « On juge ici un maire rural, sans juriste », a lancé le "
     "pénaliste.", "maire rural", "Guillou", "nominal"),
    ("Le maire de Plouzével, Yannick Le Floch, était jugé mardi. Me Guillou a produit une attestation du receveur "
     "municipal. Le maire, lui, n'a pas souhaité s'exprimer devant les caméras. Invité à prendre la parole en "
     "dernier, il s'était contenté d'une phrase devant le tribunal : « Je demande pardon aux habitants. »",
     "demande pardon", "Le Floch", "pronoun"),
    ("A Paris, les propos de la ministre ont suscité des réactions. « Madrid fait entrer des clandestins. C'est "
     "irresponsable », a réagi auprès de Libération Laurent Vidal, député Rassemblement national.", "Madrid fait",
     "Vidal", "explicit"),
    ("Cette fermeté lui vaut l'estime de ses homologues. A Bruxelles, un haut fonctionnaire de la Commission "
     "européenne la décrit comme « l'une des rares dirigeantes capables d'expliquer un budget ».", "rares dirigeantes",
     "un haut fonctionnaire de la Commission européenne", "nominal"),
    ("La réunion a duré trois heures. « Le ton est monté très vite », raconte un participant.", "ton est monté",
     "un participant", "nominal"),
    ("Selon deux participants, le chef de l'État aurait alors tranché. « On ne peut pas se permettre une crise "
     "maintenant », aurait-il dit.", "une crise", "le chef de l'État", "pronoun"),
    ("La préfecture a reçu les pêcheurs. « Ils nous tuent à petit feu », lance un marin, qui préfère garder "
     "l'anonymat.", "petit feu", "un marin", "nominal"),
    ("Kenya's talks with the IMF have stalled. The Washington-based lender said in a statement that talks would "
     "\"continue in the coming weeks.\"", "coming weeks", "IMF", "nominal"),  # the lender named, not Washington
    ("Marine Le Pen a réagi dans la soirée. « Cette décision est une atteinte à la démocratie », a dénoncé celle "
     "qui brigue l'Élysée.", "atteinte à la démocratie", "Le Pen", "pronoun"),
    ("Les agriculteurs ont bloqué la route. « On ne peut pas laisser faire ça », s'emporte l'un d'eux, Pierre "
     "Martin, éleveur dans le Cantal.", "laisser faire", "Pierre Martin", "explicit"),
    ("Les syndicats ont quitté la réunion. « C'est une provocation », a lancé l'un d'eux.", "provocation",
     "l'un des syndicats", "nominal"),
    ('The central bank cut its rate, according to people familiar with the matter. One of them described the '
     'timing as "deliberately cautious."', "deliberately", "one of the people familiar with the matter", "nominal"),
    ("Pour le politologue Jérôme Fourquet, interrogé par Le Figaro, cette élection marque « la fin d'un cycle ».",
     "fin d'un cycle", "Fourquet", "explicit"),
    ("La sénatrice Nathalie Goulet s'est interrogée sur le calendrier. « Pourquoi tant de précipitation ? », "
     "a-t-elle demandé au ministre, qui lui a répondu : « Parce que l'urgence est réelle. »", "urgence est réelle",
     "ministre", "nominal"),
    ("M. Vasseur doit s'exprimer jeudi à Lyon. Mme Carrère-Dumont, elle, n'a rien inscrit à son agenda public. "
     "« Elle n'a pas besoin d'en rajouter », sourit l'un de ses proches.", "en rajouter",
     "l'un des proches de Carrère-Dumont", "nominal"),
    ("Priya Ramlogan, who has held the energy portfolio since 2023, defended the tariff. Her rival, the shadow "
     "energy spokesman Colin Dyer, said the plan was unfunded. Pressed on costs, the minister said the grid "
     "needed \u201ca decade of catching up\u201d.", "catching up", "Priya Ramlogan", "nominal"),  # the portfolio held
    ('Senator Jane Holt left the room. "She is furious," one of her aides said.', "furious",
     "one of the aides of Jane Holt", "nominal"),
    ('Kenya will buy back part of its 2028 Eurobond, according to people familiar with the matter. Proceeds of a new '
     'issue will fund it. One of them described the timing as "market-dependent."', "market-dependent",
     "one of the people familiar with the matter", "nominal"),
    ("Le ministre Paul Girard a reçu le rapport. La Haute Autorité de santé a publié ses conclusions mardi. Elle "
     "estime que le dispositif est « coûteux et mal ciblé ».", "mal ciblé", "Haute Autorité de santé", "pronoun"),
    ("La présidente de l'Assemblée, Yaël Braun-Pivet, a rappelé les règles. « Le règlement s'applique à tous », "
     "a-t-elle martelé, avant de suspendre la séance.", "règlement", "Braun-Pivet", "pronoun"),
    ("Le président turc, Recep Tayyip Erdogan, a reçu son homologue syrien. Ahmed al-Charaa a remercié Ankara pour "
     "son « soutien fraternel ».", "soutien fraternel", "al-Charaa", "explicit"),
    # session 4
    ("Le Medef, lui, juge la mesure insuffisante. Son président, Geoffroy Lasserre, a enfoncé le clou sur BFM "
     "Business : « Il faut aller plus loin et regarder la réalité en face. »", "aller plus loin", "Lasserre",
     "explicit"),
    ("« Qu'il vienne passer une nuit aux urgences », rétorque Samia. Un peu plus loin, Mathieu, 34 ans, technicien "
     "de maintenance chez Airbus à Saint-Nazaire, s'inquiète : « Mon père a travaillé quarante-deux ans aux "
     "Chantiers. »", "Mon père", "Mathieu", "explicit"),
    ("Quelques heures plus tard, un soldat amaigri, drapé dans un drapeau jaune et bleu, descendait d'un bus sous "
     "les applaudissements. « Enfin à la maison. Je n'y croyais plus », a-t-il murmuré.", "Je n'y croyais",
     "un soldat amaigri", "pronoun"),
    ("Les Emirats arabes unis, qui ont facilité plusieurs dizaines d'échanges depuis 2022, ont salué dans un "
     "communiqué de leur ministère « l'esprit de coopération » des deux parties.", "esprit de coopération",
     "Emirats arabes unis", "explicit"),
    ("Une source au sein des services de sécurité ukrainiens (SBU), qui a requis l'anonymat, a affirmé que la "
     "partie russe en avait « retiré une centaine au dernier moment ».", "retiré une centaine", "Une source",
     "nominal"),
    ("A Abuja, la réaction ne s'est pas fait attendre. Son commissaire chargé des affaires politiques, de la paix "
     "et de la sécurité, le Ghanéen Kwabena Owusu-Mensah, a regretté une mesure « qui pénalise d'abord les "
     "populations ».", "pénalise", "Owusu-Mensah", "explicit"),
    ("Un officier en treillis a lu la décision à la télévision. « Nos ennemis attaquent et se replient », a déclaré "
     "le lendemain le capitaine Abdoul Aziz Kaboré, porte-parole du gouvernement. L'officier a accusé la Cédéao de "
     "tenir un « double langage ».", "double langage", "Kaboré", "nominal"),
    ("Elue en mars, l'ancienne avocate multiplie les déplacements.\n\n« Je ne me suis pas présentée à Rouen pour "
     "préparer autre chose. » Assise dans son bureau de l'hôtel de ville, Claire Vasseur pèse chaque mot.",
     "présentée à Rouen", "Vasseur", "explicit"),
    ("Sur le terrain, la KFOR a renforcé ses patrouilles. « La situation est calme mais tendue », a résumé son "
     "porte-parole, le lieutenant-colonel Matteo Ferrante, joint par téléphone.", "calme mais tendue", "Ferrante",
     "explicit"),
    ("Quelques patrons d'Hondarribia avaient fait le déplacement. « Aujourd'hui c'est vous, demain ce sera nous », "
     "résume l'un d'eux, Iñaki Zubiaurre, dans un français impeccable.", "demain ce sera", "Zubiaurre", "explicit"),
    ("Jointe par Sud Ouest, l'eurodéputée Anne Sallaberry (PPE) a annoncé une question écrite. « On ne peut pas "
     "décider depuis Bruxelles de l'avenir d'un port », affirme l'élue basque.", "avenir d'un port", "Sallaberry",
     "nominal"),
    ("Le président du comité régional des pêches, Bernard Haramboure, pointe une concurrence déloyale. « C'est deux "
     "poids, deux mesures », tempête-t-il.", "deux poids", "Haramboure", "pronoun"),
    ('"These sites will be safe," Marwood said. The shadow immigration minister, Tom Ashworth, said the government '
     'had "finally admitted what we told them two years ago".', "finally admitted", "Ashworth", "explicit"),
    ('Several Labour MPs expressed alarm. One backbencher, who represents a northern constituency, said colleagues '
     'had been "blindsided". "We spent years saying the Tories treated people like cargo," the MP said.',
     "like cargo", "One backbencher", "nominal"),
    ('Lithuanian Defence Minister Rasa Žemaitienė said the alliance needed a common definition. "We cannot have '
     'one ally counting a new brigade and another counting a tramline," she told reporters.', "tramline",
     "Žemaitienė", "pronoun"),
    ('Leader of the Opposition in the Legislative Assembly C.N. Prabhakar accused the government of "deliberately '
     'dragging its feet" on civic polls.', "dragging its feet", "Prabhakar", "explicit"),
    ('"The Congress is afraid of the voters of this city," Mr. Prabhakar said. The BJP, he said, would "take the '
     'fight to every ward".', "every ward", "Prabhakar", "pronoun"),
    ('The race turned bitter on Friday. Her opponent, Alasdair Kerr, a North East list MSP seen as the favourite of '
     'the party\'s Holyrood group, said any deal would spell "the end of the Scottish Conservatives".',
     "the end of", "Kerr", "explicit"),
    ('A senior administration official, who spoke on the condition of anonymity, said the White House was weighing '
     'its options. "We lost on the statute, not on the principle," the official said. Gregory Tennant, a former '
     'Justice Department official, said the decision turned on "the wording of one statute".', "lost on the statute",
     "A senior administration official", "nominal"),
    ('Justice Eleanor Whitcomb wrote the opinion. Oregon and 19 other states sued, arguing that the conditions were '
     'coercive. Whitcomb\'s opinion agreed. Reading the law as the government did, she wrote, would turn the grants '
     'into "a lever for whatever policy the administration of the day happens to favor."', "a lever", "Whitcomb",
     "pronoun"),
    ('One senior Tory figure at Holyrood said the race had become "a proxy war". "Everyone in London is watching '
     'this," he said.', "Everyone in London", "One senior Tory figure", "pronoun"),
    ("« Serge a obtenu que le comité se réunisse avant la fin du mois », écrit ainsi, le 3 juillet 2023, le "
     "directeur Afrique de Ravenel, Laurent Ferrières, dans un courriel adressé au directeur financier.",
     "Serge a obtenu", "Ferrières", "explicit"),
    ("Dans une déclaration commune, les membres de la Conférence des responsables de culte en France (CRCF) ont "
     "rappelé qu'« une société se grandit lorsqu'elle accompagne les plus fragiles ».", "se grandit",
     "Conférence des responsables de culte", "nominal"),
    ("Plus nuancé, le président de la Fédération protestante de France, le pasteur Éric Morlet, admet que « les "
     "protestants ne parlent pas d'une seule voix sur ce sujet ».", "protestants", "Morlet", "explicit"),
    ("La police municipale a commencé ses rondes. « On a raccompagné deux enfants samedi soir », assure un agent, "
     "qui préfère garder l'anonymat.", "raccompagné", "un agent", "nominal"),
    ("Prochaine réunion plénière jeudi soir. « Si rien ne bouge d'ici le week-end, il faudra se poser la question "
     "d'un autre formateur », prévient un ténor des Engagés.", "autre formateur", "un ténor des Engagés", "nominal"),
    ("« C'est une première étape. On ne lâchera pas tant que le gel ne sera pas retiré », a prévenu la secrétaire "
     "générale de la CGT, Karine Delorme, au départ du cortège parisien. Pour la syndicaliste, le gouvernement « fait "
     "payer aux retraités une dette qu'ils n'ont pas creusée ».", "fait payer", "Delorme", "nominal"),
    ("La CFDT durcit le ton. « Nous avons joué le jeu du dialogue pendant des mois. On nous a répondu par un coup de "
     "rabot », regrette Thierry Massart, son secrétaire général, qui dénonce « une faute politique et sociale ».",
     "faute politique", "Massart", "explicit"),
    ("Le Medef, lui, juge la mesure insuffisante. Dans un communiqué publié mercredi soir, l'organisation patronale "
     "estime que « le gel des pensions ne saurait dispenser le pays d'une réforme ».", "gel des pensions", "Medef",
     "nominal"),
    ('In a letter seen by the Financial Times, energy ministers from six member states, including Germany, Italy and '
     'Hungary, warned that strict enforcement risked creating "an artificial shortage" of gas.', "artificial shortage",
     "energy ministers from six member states", "nominal"),
    ("A Niamey et à Bamako, les gouvernements nigérien et malien ont exprimé leur « pleine et entière solidarité » "
     "avec Ouagadougou.", "pleine et entière", "gouvernements nigérien et malien", "nominal"),
    ('Manila summoned the ambassador. Japan\'s embassy expressed "serious concern" and called for a peaceful '
     'settlement of disputes.', "serious concern", "Japan", "explicit"),
    ("Patron d'un fileyeur de 12 mètres basé à Ciboure, Mikel Arrieta, 46 ans, fait ses comptes à voix haute. « L'an "
     "dernier, l'indemnisation est arrivée en juin. Je ne sais pas combien de temps on tiendra comme ça. »",
     "indemnisation", "Arrieta", "explicit"),
    ("Le préfet, Étienne Marchal, s'est rendu sur place. « J'ai entendu la détresse de la profession. Mais une "
     "autoroute n'est pas une zone de non-droit », a déclaré le représentant de l'État à la presse, en appelant au "
     "« sens des responsabilités » de chacun.", "sens des responsabilités", "Marchal", "nominal"),
    ("Etienne Morel a dénoncé la ZFE.\n\n« La pollution de l'air, ce n'est pas une opinion. C'est près de 500 morts "
     "prématurées par an. » La réplique est venue de la maire, Camille Roussel, chiffres à l'appui.",
     "pas une opinion", "Roussel", "explicit"),
    # an attack that "comes from" someone is a reaction noun too: its source speaks the quote before it
    ("Le conseil régional a présenté mardi son plan de fermeture de lits.\n\n« Ce plan va vider les urgences de "
     "leurs soignants avant l'hiver. » La charge est venue de Mathilde Rivière, infirmière et déléguée "
     "syndicale.",
     "vider les urgences", "Mathilde Rivière", "explicit"),
    # a body's management ("sa direction") belongs to the body just talked about, not to the person quoted before;
    # the description is a noun phrase, never a run across the comma into what follows it
    ("La fermeture de la maternité inquiète les élus. « On abandonne le territoire », dénonce le député Paul "
     "Ravel.\n\nÀ Moulins, le CHR se dit prêt. « Nous accueillerons sans difficulté les naissances "
     "supplémentaires », assure sa direction, le pôle mère-enfant ayant recruté.", "accueillerons",
     "direction de CHR", "nominal"),
    ("Version radicalement différente à Pristina. Le gouvernement kosovar assure que ses agents patrouillaient du "
     "côté kosovar de la ligne et exige leur « libération immédiate et sans condition ».", "libération immédiate",
     "gouvernement kosovar", "nominal"),
    ("Une ancienne salariée de la direction financière, qui a requis l'anonymat, décrit un climat de malaise. « On "
     "nous demandait de payer vite et de ne pas poser de questions », raconte-t-elle. Elle assure avoir alerté sa "
     "hiérarchie. Dans ce courriel, elle s'étonne de « l'absence totale de livrables ».\n\nInterrogé par Le Monde, le "
     "groupe Valmont a répondu par la voix de son avocate, Me Sophie Marchand. « Le groupe conteste toute "
     "irrégularité. Les prestations étaient réelles », écrit-elle.", "conteste toute", "Marchand", "pronoun"),
    ("La Hongrie a voté le texte. « Bruxelles découvre enfin ce que nous disons depuis 2015 », a écrit sur X le "
     "porte-parole du gouvernement hongrois, Gergely Bánfi, en visant la Commission.", "Bruxelles découvre", "Bánfi",
     "explicit"),  # the parser makes "le porte-parole" the subject of "visant"
    ("« Nous sortons de la phase aiguë, pas de la crise », résume un diplomate du Quai d'Orsay, qui a requis "
     "l'anonymat.\n\nPierre Vasseur, ambassadeur de France à Rabat de 2015 à 2019, plaide pour un canal discret. « On "
     "ne rebâtit pas la confiance par communiqué. Il faudra des actes », tranche l'ancien diplomate.", "des actes",
     "Vasseur", "nominal"),
    ("Ms Kelleher said the new plan was “the old plan with a new cover”, and that the Government’s repeated use of "
     "the word “pipeline” had become “a way of never being held to account”.", "pipeline", "Kelleher",
     "explicit"),
    ("La première ministre de l'Alberta, Diane Carver, a dénoncé une « trahison ». « L'Alberta a fait tout ce qu'on "
     "lui demandait. Ottawa, lui, a fait ce qu'il fait toujours », écrit son attachée de presse, Kelsey Lund.",
     "Ottawa, lui", "Lund", "explicit"),  # a noun that is no role word, with a person set off after it
    ("Dans la soirée, le bureau politique des Kataëb a publié un communiqué. Les Kataëb y dénoncent « un retour aux "
     "vieilles pratiques » et appellent le nouveau ministre à « prouver son indépendance dès sa première décision ».",
     "prouver son", "Kataëb", "explicit"),  # a name the tagger calls singular is the subject of a plural conjunct
    ("« On construit des centres fermés aux portes de l'Europe », dénonce Marie Delvaux, chargée de plaidoyer au "
     "CIRÉ. Le ministre de l'Intérieur, Jan Peeters, défend le texte.\n\nLa chargée de plaidoyer rappelle que l'État "
     "a été condamné : « Un État qui ne respecte pas ses juges veut nous convaincre que tout sera sous contrôle ? »",
     "ne respecte pas", "Delvaux", "nominal"),  # a word set off after a name is her role, listed or not
    ("« Le texte a été vidé de sa substance », regrette le sénateur Rémi Castagnet.\n\n« Ce que nous redoutons, ce "
     "n'est pas le débat, c'est le soupçon.\n\n« Or l'accompagnement, c'est prendre le temps d'écouter le malade », "
     "explique le Dr Claire Fournival, présidente de la Sfap.", "redoutons", "Fournival", "explicit"),  # a quote
    # reopened in the next paragraph: its first piece takes the speaker of the cue that closes it
    ("Le procès s'est ouvert hier à Lyon. Tous deux sont poursuivis pour abus de biens sociaux.\n\n« Aucune facture "
     "ne correspond à un chantier réel. Les fonds ont disparu en six mois.\n\n« C'est un système organisé du début à "
     "la fin », a tonné la procureure Hélène Marchetti.", "Aucune facture", "Hélène Marchetti", "explicit"),  # ...
    # also when a cue of its own resolves to nobody ("Tous deux" before it)
    ("Les deux syndicats ont détaillé leurs revendications lundi : « Nous voulons une date. Chaque salarié doit savoir "
     "ce qui l'attend.\n\n« Personne ne reprendra le travail sans cela », ont-ils affirmé.", "Personne ne reprendra",
     "Les deux syndicats", "previous"),  # a plural pronoun takes up no subject of the quoted words, and a piece
    ("The two unions presented their demands on Monday: “We want a date. Every worker needs to know what comes "
     "next.\n\n“Nobody will go back to work without it,” they said.", "Nobody will go back", "The two unions",
     "previous"),  # ... that its cue gives nobody goes on with the speaker of the piece before it
    ("Le ministre de l'Intérieur durcit le ton. Au Quai d'Orsay, on mise désormais sur une visite au printemps. "
     "« Personne n'a intérêt à une rupture. Le problème, c'est le premier pas », soupire-t-on.", "premier pas",
     "Quai d'Orsay", "nominal"),  # "on" takes up the "on" of the sentence before and its place
    ("Le ministre de l'Intérieur durcit le ton. À Matignon, on préfère saluer un « exercice démocratique "
     "exemplaire ».", "exercice démocratique", "Matignon", "nominal"),  # "on" with no speech verb, its place
    ("« On fabrique deux villes », a lancé Paul Girard, chef de file de l'opposition.\n\n« La pollution n'est pas une "
     "opinion. » La réplique est venue de la maire, Anne Roussel, chiffres à l'appui. Puis, se tournant vers les "
     "bancs de la droite : « Monsieur Girard, vous avez voté ce texte en 2019. »\n\n« J'ai changé d'avis parce que "
     "j'ai écouté les habitants », a rétorqué l'intéressé, déclenchant un brouhaha qui a obligé Anne Roussel à "
     "suspendre la séance.", "changé d'avis", "Girard", "nominal"),  # the person just talked about
    ("Une ancienne comptable, qui a requis l'anonymat, décrit un climat de malaise. « On nous demandait de payer "
     "vite », raconte-t-elle.\n\nInterrogée par Le Monde, la société Vauban a répondu par la voix de son avocate, Me "
     "Claire Dumont. « La société conteste toute irrégularité. Les prestations étaient réelles », écrit-elle.",
     "conteste toute", "Dumont", "pronoun"),  # the voice of a feminine body is who "elle" takes up
    # a role of the same kind given later: "her rival" is "Her opponent, Alasdair Kerr"
    ("Scottish Tory race turns nasty\n\nThe contest turned bitter on Friday after one candidate refused to rule out "
     "a pact with Reform UK and her rival warned that she was preparing to “hand the keys of the party to Nigel "
     "Farage”.\n\nHer opponent, Alasdair Kerr, a North East list MSP, said any deal would spell “the end of the "
     "party”.", "hand the keys", "Alasdair Kerr", "nominal"),
    # a lede opening on a description names its person as the next paragraph's subject
    ("Security chief defends bill\n\nHong Kong’s security chief has defended a proposed law requiring groups with "
     "overseas links to register, insisting it targets “a small handful” of groups.\n\nSecretary for Security "
     "Raymond Kwok told the Legislative Council on Wednesday that the bill would close “a gap that hostile forces "
     "have exploited”.", "small handful", "Raymond Kwok", "nominal"),
    # ... a possessed role in a clause of the lede too, not the owner named by the byline line above the body
    ("Port strike goes to court\n\nAmelia Grant/Staff Reporter\n\nDockworkers yesterday asked the High Court "
     "to lift the injunction against their strike, with their lead lawyer calling it “a gag on the whole "
     "waterfront”.\n\nMarcus Ellery-Dunn told the court that the order had been granted without notice to the "
     "union.", "a gag on", "Marcus Ellery-Dunn", "nominal"),
    # ... and a possessive with no one named in the body is nobody's: a byline's reporter is no antecedent
    ("Port strike goes to court\n\nKemar Lewis/Staff Reporter\n\nDockworkers yesterday asked the High Court to "
     "lift the injunction against their strike, with their spokesman calling it “a gag on the whole waterfront”."
     "\n\nThe court will rule on Friday.", "a gag on", "their spokesman", "nominal"),
    # ... also after a deck and a byline, the description the inverted subject of "said"
    ("Budget gap widens\n\nState’s finance chief warns of cuts as revenue slows.\n\nBy Jane Roe\n\nOregon faces a "
     "$1 billion gap in its next budget, the state’s chief financial officer said Friday, warning of “hard choices "
     "ahead” for every agency.\n\nOregon Office of Economic Analysis Director Maria Lund presented the forecast in "
     "Salem on Friday.", "hard choices", "Maria Lund", "nominal"),
    # ... the person after an opening participle; the negotiator of another body named by a possessive is not the
    # one described
    ("Trade talks advance\n\nBy Sam Lee\n\nSixth round ends in Ottawa with most chapters agreed\n\nThe two "
     "sides have closed “the great majority” of chapters in the agreement, Canada’s chief negotiator said on "
     "Wednesday.\n\nSpeaking after the round, Anne Morin, the assistant deputy minister for trade, said the talks "
     "had gone well.\n\nThe European side was upbeat. Lotte Verbeek, the EU’s chief negotiator, described the round "
     "as productive.", "great majority", "Anne Morin", "nominal"),
    # ... also through a pronoun, past the name that owns the description; the role is theirs from then on
    ("Nominee faces grilling\n\nWashington (CNN) — President Donald Trump’s nominee to be ambassador to South "
     "Africa faced pointed questions on Wednesday over posts in which he described the country as “a failed state "
     "in slow motion”.\n\nGarrett Lindahl, a Texas real estate developer, told the committee that he regretted the "
     "“tone” of some posts.\n\n“That’s not what I asked,” Senator Rachel Nwosu said. After a pause, the nominee "
     "said he would “choose different words today.”", "failed state", "Garrett Lindahl", "pronoun"),
    ("Nominee faces grilling\n\nWashington (CNN) — President Donald Trump’s nominee to be ambassador to South "
     "Africa faced pointed questions on Wednesday over posts in which he described the country as “a failed state "
     "in slow motion”.\n\nGarrett Lindahl, a Texas real estate developer, told the committee that he regretted the "
     "“tone” of some posts.\n\n“That’s not what I asked,” Senator Rachel Nwosu said. After a pause, the nominee "
     "said he would “choose different words today.”", "different words", "Garrett Lindahl", "nominal"),
    # ... also past a dateline standing as a paragraph of its own, and for a description quoted in a clause of the
    # lede ("with the … calling it"), whom the next paragraph opens on, named there first
    ("Dredging plan approved\n\nHARBOUR DESK:\n\nThe port's former chief engineer said on Monday that the "
     "dredging plan came “twenty years too late”.\n\nRuth Baines, 61, told the board the channel had been silting "
     "up since 2004.", "twenty years", "Ruth Baines", "nominal"),
    ("Dredging plan approved\n\nHARBOUR DESK:\n\nThe port board approved the dredging of the east channel on "
     "Monday, with the port's former chief engineer calling the plan “twenty years too late”.\n\nRuth Baines, 61, "
     "told the board the channel had been silting up since 2004.", "twenty years", "Ruth Baines", "nominal"),
    # ... or names as the agent of its passive verb
    ("Coastal states agree on patrols\n\nRIYADH: Ministers from six coastal states agreed on Monday to pool their "
     "patrols, with the host country's deputy foreign minister calling the accord “a duty we share”.\n\nThe "
     "meeting was chaired by Omar Haddad on behalf of the foreign minister. Delegations from six states attended.",
     "duty we share", "Omar Haddad", "nominal"),
    # an indefinite role opening a lede after a deck is the one the body names only with that role as a title;
    # "the judge" takes that person up
    ("Judge halts mining permit\n\nThe decision, which the state will appeal, stops work at the site.\n\nBy Dana "
     "Reyes, Capitol Bureau\n\nSACRAMENTO — A state judge on Friday suspended a permit for an open-pit mine near "
     "Lake Ardee, siding with two tribes that sued in March.\n\nSuperior Court Judge Laura Brandt found that the "
     "agency had skipped a required water study.\n\n“An agency may weigh the costs of a mine,” the judge wrote, "
     "“but it may not skip the study the law demands.”", "may not skip", "Laura Brandt", "nominal"),
    # a lede quote repeated in the body takes the body's speaker
    ("Coalition partners clash\n\nA dispute over the debt brake flared up within the coalition on Tuesday, after the "
     "Social Democrats demanded a permanent exemption for public investment and one of the chancellor's most senior "
     "ministers warned against \"a blank check for the next government.\"\n\nEconomy Minister Henrik Albers "
     "rejected the proposal in Berlin. Exempting all investment, he said, would amount to \"a blank check for the "
     "next government.\"", "blank check", "Henrik Albers", "previous"),
    # a speech participle or past conjunct the parser hung on a reported clause is the reporter's
    ("Opposition Leader Matthew Corrigan said the Coalition would oppose the bill in its current form, arguing it "
     "would hand a small number of groups “a veto by another name” over projects.", "veto by another",
     "Matthew Corrigan", "explicit"),
    ("The EPP is split. Tomasz Wilczek, the EPP’s shadow rapporteur on the file, told POLITICO that national tort law "
     "and the revised Product Liability Directive already cover “the overwhelming majority of cases” and warned "
     "against “another layer of paperwork that only lawyers will enjoy.”", "layer of paperwork", "Tomasz Wilczek",
     "explicit"),
    # … also when the parser hung the "that" clause on the medium named after the verb ("said in a statement that")
    ("The Kenya Tea Growers Association said in a statement that Nairobi “stands ready to help” and hoped the two "
     "governments would “return to the table without conditions”.", "return to the table", "Tea Growers",
     "explicit"),
    ("The Irish Farmers' Association said in a statement that Dublin had raised its “serious concerns” with "
     "Brussels and urged “a transparent review of the quotas”.", "transparent review", "Farmers", "explicit"),
    # a simple past conjunct hung on a participle with its auxiliaries is the reporter's, not the clause subject's
    ('State transport minister Kavita Rao said on Tuesday that Pune had not been consulted and warned Mumbai '
     'against "rushing a plan nobody has costed" before the monsoon.', "rushing a plan", "Kavita Rao", "explicit"),
    # a reporting incise set off after a name gives the name no role: "the official" stays the source
    ('A senior Thai official involved in the talks said the provinces had been consulted "at every step". Michael '
     'Harper, the official said, had been "the hardest man in the room".', "hardest man", "A senior Thai official",
     "nominal"),
    # a subject inside the straight-quoted sentence before is no speaker of the quote after it
    ('Labour MP Ruth Okafor said ministers had ignored the committee. "Housing is not a line to be cut for tax cuts," '
     'Okafor said. "The Treasury owes the House a statement before March 3."\n\n"If the scheme closes, every family '
     'on the list pays for it."', "If the scheme closes", "Ruth Okafor", "previous"),
    # a paragraph opening on a quote with no cue, then bringing in a person named for the first time: the words are
    # that person's (as the subject, or as the owner of the speech); a quote paragraph after one a cue gives to
    # someone goes on with that one, whoever the next paragraph brings in
    ('Councillor Mark Byrne said the scheme would be reviewed. "We will listen to tenants," he said.\n\n"The roof '
     'has leaked since Christmas. The landlord never answers." Aisling Keane, 42, who rents a flat on Mill Road, '
     'had come with her neighbours. She said she would apply for the grant.', "roof has leaked", "Aisling Keane",
     "explicit"),
    ('The bill passed its second reading on Tuesday.\n\n"You cannot tax a family out of its own home." Opposition '
     'MP Thabo Ndlovu\'s speech drew cheers from the gallery.', "tax a family", "Thabo Ndlovu", "explicit"),
    ('Finance Minister Carys Lloyd said the plan was fair. "Every council gets more cash," she said.\n\nThe plan '
     'also trims the roads budget by 3%.\n\n"We have cut for ten years and there is nothing left to cut."\n\n'
     'Cllr Gareth Morgan, who leads the councils\' association, said the settlement fell short.', "nothing left",
     "Gareth Morgan", "explicit"),
    ('Finance Minister Carys Lloyd said the plan was fair. One backbencher admitted it was "tighter than we would '
     'like".\n\n"But you cannot spend money you do not have."\n\nProfessor Ruth Evans, an economist at Swansea '
     'University, said councils faced deep cuts.', "spend money", "One backbencher", "previous"),
    # a quote in a relative clause on a noun outside the main subject does not make its speaker the topic
    ("Councillor Tom Reid was twice told to withdraw the insult by the mayor, Paul Hanley, who warned that the meeting "
     "“would not become a circus”. “I withdraw the word, but not the point,” he said.", "withdraw the word",
     "Tom Reid", "pronoun"),
    # a pronoun after "X did A, but Y …" takes up Y, whom the contrast puts forward
    ('Senator Paul Brennan said the bill had been rushed. Mayor Tom Ellis made a similar argument on Monday, but '
     'Brennan was blunter.\n\n"The council has been spending money it does not have for a decade," he said.',
     "spending money", "Paul Brennan", "pronoun"),
    ('Councillor Anne Doyle backed the plan in committee, but Mary Keegan was not convinced.\n\n"Nobody has shown us '
     'the costs," she said.', "shown us the costs", "Mary Keegan", "pronoun"),
    # a speech participle telling what its subject spent a time doing
    ("Allies of Mr Kerr countered that Ms Fiona Drummond had spent the election campaign insisting there would be "
     "“no deals with anyone”, and questioned why she had changed her mind.", "no deals", "Drummond", "explicit"),
    # an organisation's description with an epithet: the organisation named before
    ("Kenya's previous IMF program ended in April without completing its final review. After a staff visit to "
     "Nairobi in March, the Washington-based lender said in a statement that \"important progress\" had been made.",
     "important progress", "IMF", "nominal"),
    # "shot back" reports speech; a description whose words are all in one person's introduction is that person
    ("Nominee grilled\n\n“When you say ‘failed state,’ you are talking about a G20 member,” said Democratic Sen. "
     "Rachel Nwosu of Maryland.\n\nSen. Dale Houchins of Kansas, a Republican, pressed the nominee on farm exports. "
     "“Kansas farmers sell wheat into that market,” Houchins said.\n\n“That is not an answer,” the Maryland "
     "Democrat shot back.", "not an answer", "Rachel Nwosu", "nominal"),
    # "X said she …" makes X a woman and "Y said he …" makes Y a man and a person, whatever the model's label
    ("Garrett Lindahl, a Texas real estate developer, told the committee that he regretted the tone of his posts."
     "\n\nSen. Lorna Pruett, a Republican from Alaska, said she was troubled by his posts. Asked whether an "
     "ambassador should speak that way about a host government, he said: “No, Senator. And I won’t.”",
     "And I won", "Lindahl", "pronoun"),
    # a labelling verb the parser took for a reduced relative is its noun's
    ("Garrett Lindahl, a Texas real estate developer, told the committee that he regretted the tone of his posts."
     "\n\nIn a statement to CNN, the White House called Lindahl “a proven dealmaker who will put American interests "
     "first” and said the president “has full confidence in him.”", "proven dealmaker", "White House",
     "explicit"),
    # the owner of a claim noun whose clause holds the quote
    ("Garrett Lindahl told senators he would raise the issue but rejected Democratic Sen. Tom Brightwater’s "
     "suggestion that his appointment was meant as a “message” to Pretoria.", "message", "Tom Brightwater",
     "explicit"),
    # "agreed to" + infinitive is an action: the quote is the spokesman's who reports it
    ("The SNP said the contest was bitter. A Scottish Conservative spokesman said both candidates had agreed to "
     "“conduct the remainder of the campaign in a spirit of comradeship”.", "spirit of comradeship",
     "spokesman", "nominal"),
    # documents speak for themselves, also inside another speaker's clause
    ("Allies pledged to spend 3.5% of GDP on core defence by 2035. The summit declaration requires countries to "
     "submit annual plans showing a \"credible, incremental path\" towards the goal.", "incremental path",
     "declaration", "nominal"),
    ("NATO Secretary General Mark Rutte said the alliance would propose rules. Two diplomats said the draft "
     "guidance, seen by Reuters, would require projects to have \"a demonstrable military purpose\".",
     "demonstrable military", "guidance", "nominal"),
    # the subject of a labelling verb in a free relative, whatever it is; "it" takes up the noun before
    ("Housing Minister Colm Rafferty said delivery remained too slow, citing what developers call the “viability "
     "gap” between building costs and prices.", "viability gap", "developers", "nominal"),
    ("Lincolnshire County Council said it had not been consulted. In North Yorkshire, a residents’ group has "
     "already launched a petition against what it calls the “Whitehall dumping ground”.", "dumping ground",
     "residents", "nominal"),
    # a document taken up later is its issuer's
    ("In a written statement, a government spokesperson said Chancellor Friedrich Merz had \"full confidence\" in "
     "his ministers.\n\n\"The chancellor expects all members of the cabinet to show discipline,\" the statement "
     "said.", "show discipline", "spokesperson", "nominal"),
    # a person the model missed as a speech verb's subject is a person "he" can take up
    ("Clemens Uhlig of the Munich-based Ifo Institute said such rules had a poor track record. \"A golden rule "
     "sounds elegant, but in practice every finance minister will stretch the definition,\" he said.",
     "golden rule sounds", "Uhlig", "pronoun"),
    # a former role ("l'ex-avocate") is a role, feminine beside "avocat", after a quote opening its paragraph
    ("Claire Vasseur, maire de Rouen, veut une primaire. Le député Karim Benhaddou l'accuse de jouer solo : « Elle "
     "ne consulte personne », a-t-il lancé. Claire Vasseur ne s'en émeut pas.\n\n« Solitaire ? J'ai passé quinze "
     "ans à négocier des accords collectifs. » L'ex-avocate hausse les épaules.", "quinze", "Vasseur", "nominal"),
    # an object clitic the tagger read as an article: "la juge" is "judges it", its speaker the phrase before
    ("Même au Parti socialiste, la démarche agace. Au siège d'Ivry-sur-Seine, un proche de la direction la juge "
     "« prématurée » et « un peu solitaire ».", "prématurée", "un proche de la direction", "nominal"),
    # a town's inhabitants' noun with a definite article stands for the person
    ("Les négociations butent sur le volet institutionnel. Le formateur, Bart Peeters, affiche un optimisme "
     "prudent. Reçu mercredi par le roi Philippe, l'Anversois a assuré que « tout le monde reste à table ».",
     "reste à table", "Peeters", "nominal"),
    # "on" after an opening "Côté X," speaks for that side
    ("Wouter Claes a demandé un nouveau délai au Roi. Côté francophone, on parle d'un « blocage ».", "blocage",
     "Côté francophone", "nominal"),
    # an inverted subject past a time adjunct, and a name the parser hung on the medium before it
    ("« Nous ne signerons pas un chèque en blanc », a répété mercredi matin sur La Première Olivier Dessart, le "
     "président des libéraux francophones.", "chèque en blanc", "Dessart", "explicit"),
    ("« Le texte sera voté avant l'été », a assuré mardi soir le ministre de l'Intérieur, Bruno Lemaire.",
     "voté avant", "Lemaire", "explicit"),
    # a subject the parser hung on the auxiliary
    ("Les dirigeants européens, réunis jeudi 19 et vendredi 20 mars à Bruxelles, ont une nouvelle fois affirmé que "
     "l'Union européenne devait être « prête à se défendre seule » d'ici à 2030.", "prête à se défendre",
     "dirigeants européens", "nominal"),
    # an organisation word with an epithet takes up the fuller phrase with that epithet, paragraphs before
    ("Dans un communiqué publié le même jour, le ministère des affaires étrangères burkinabé « rejette toute "
     "leçon » de l'organisation régionale.\n\nLa Commission de la Cédéao a exprimé sa « vive préoccupation ». Elle "
     "appelle les parties au dialogue. La Commission de la Cédéao rappelle aussi les règles de libre circulation."
     "\n\nDans son communiqué, le ministère burkinabé assure que des « mesures d'accompagnement » seront prises "
     "pour les transporteurs.", "mesures d'accompagnement", "affaires étrangères", "nominal"),
    # a pronoun taking up a given name the tagger read as a noun ("Karima, elle, …")
    ("Le couvre-feu est entré en vigueur lundi. « Les parents ont plutôt bien réagi », assure un policier "
     "municipal. Karima, elle, attend de voir : « Si rien ne change d'ici l'été, on saura que c'était pour la "
     "galerie. »", "pour la galerie", "Karima", "pronoun"),
    # a role noun the model took for an organisation's name: the person set off after it
    ("« On nous laisse à quai tout l'hiver. Qu'est-ce qu'il faut de plus ? », lance Peio Etxeberria, président "
     "du comité des pêches, juché sur une palette.\n\n« Un hiver sans salaire »\n\nPatron d'un fileyeur de 12 "
     "mètres basé à Ciboure, Mikel Arrieta, 46 ans, fait ses comptes à voix haute. « L'an dernier, "
     "l'indemnisation est arrivée en juin. Je ne sais pas combien de temps on tiendra comme ça. »",
     "indemnisation est arrivée", "Mikel Arrieta", "explicit"),
    # a name the parser joined to a medium written in lower case ("à franceinfo Arben")
    ("À Mitrovica, plusieurs centaines de personnes se sont rassemblées pour réclamer le retour des policiers. "
     "« Ils faisaient leur travail. On ne peut pas les laisser servir de monnaie d'échange », a confié à "
     "franceinfo Arben, un enseignant de 41 ans venu avec ses deux enfants.", "monnaie d'échange", "Arben",
     "explicit"),
    # the source marker opening a sentence speaks all its quotes, not the subject of its clause
    ("Interrogé, le groupe Ravenel a répondu par la voix de son avocate, Me Anne-Laure Bertin. « Le groupe "
     "conteste toute irrégularité », écrit-elle. Selon elle, Ravenel « a engagé une revue complète de ses relations "
     "avec les intermédiaires », et il n'existe à ce jour « aucun fait de corruption » établi.",
     "aucun fait de corruption", "Anne-Laure Bertin", "pronoun"),
    # "elle" with no woman before it: the organisation whose noun agrees, named in the sentence before
    ("Ces versements n'ont pas échappé à l'Agence française anticorruption (AFA), chargée de contrôler les grandes "
     "entreprises. Dans son rapport, daté du 14 novembre, elle relève que l'intermédiaire a été retenu « sans "
     "aucune vérification d'intégrité préalable ».", "vérification d'intégrité", "Agence française anticorruption",
     "pronoun"),
    # a quoting participle: the noun it qualifies speaks, not the medium that quotes it
    ("Tous les regards se tournent désormais vers la réunion de jeudi. Un diplomate européen cité par l'AFP se "
     "montre peu optimiste : « Sans libération d'ici là, il n'y aura pas grand-chose à discuter. »",
     "pas grand-chose", "un diplomate européen", "nominal"),
    # a plural description of a body's members: the body named before whose noun the language data pairs with it
    ("La Cour constitutionnelle a publié mardi la liste définitive des candidats à la présidentielle. Deux opposants "
     "n'y figurent pas.\n\nMotifs invoqués par les juges : pour le premier, une attestation de résidence jugée "
     "« non conforme » ; pour le second, l'absence de quitus fiscal.", "non conforme", "Cour constitutionnelle",
     "nominal"),
    # a person the article names by a given name alone, taken up by "she"
    ("Tasha has worked nights at a care home in Leeds for nine years. She earns just above the minimum wage.\n\n"
     '"We are the people who keep this place running," she says.', "keep this place", "Tasha", "pronoun"),
    # "in her view": the owner of the opinion speaks
    ("Economist Laura Perez expects rates to stay high. In her view, the central bank still regards inflation as "
     '"a fire that is not yet out".', "fire that is", "Perez", "pronoun"),
    # a capitalised role with a possessive, the person set off after it
    ('Norway took a firmer line. Its Trade Minister, Olav Brekke, said the proposal was "simply not enough".',
     "simply not enough", "Brekke", "explicit"),
    # an incise whose subject's apposition is too long for the incise window: not "reporters"
    ('"We will not back down on this," Maria Kovacs, the European Commission\'s deputy director-general for '
     "consumer protection and food safety, told reporters in Brussels.", "back down", "Kovacs", "explicit"),
    # two parties joined by a slash are one name in a description ("the CDU/CSU parliamentary group")
    ('Some conservative lawmakers were less restrained. "The Greens are using the inquiry as a weapon," one member '
     "of the CDU/CSU parliamentary group told reporters.", "as a weapon", "CDU/CSU parliamentary group", "nominal"),
    # what someone expects another to say ("expects the commission to concede") reports nothing: the quote before
    # it stays its speaker's
    ("Ines Varga, a senior fellow at a Vienna think-tank, said the bloc had \"traded one dependency for another\"."
     '\n\n"Five years ago the EU could set the rules," she said. "Today it is bargaining with a supplier that also '
     'threatens tariffs on everything else." Varga expects the commission to concede on timing rather than on '
     "substance.", "bargaining with a supplier", "Varga", "previous"),
    # an organisation set off after a description is the description's
    ("Talks to end the strike collapsed on Friday. The airport's owner, Heathline Holdings, said in a statement it "
     'was "deeply disappointed" by the vote.', "deeply disappointed", "Heathline Holdings", "explicit"),
    # a description qualified by the words of one person's capitalised title is theirs, not another president's
    ("Regents raise tuition\n\nBoard President Laura Kemp said the board had asked lawmakers for more money this "
     "year.\n\nTomas Rivera, president of the student senate, told regents that students were angry. Ana Patel, the "
     "graduate council president, said her group had polled members.\n\nAsked about the budget, the board "
     "president said reserves could not pay salaries. \u201cYou cannot spend savings twice,\u201d she said.",
     "spend savings", "Laura Kemp", "pronoun"),
    # "the foreign minister" is the one titled "Minister for Foreign Affairs" right before his name, not the
    # last person named
    ("Seabed deal signed\n\n\u201cWe will not rush this,\u201d Minister for Foreign Affairs Paul Mah\u00e9 told "
     "reporters at the end of the talks.\n\nIn Parliament, Leader of the Opposition Hon. Ralph Dubois said MPs "
     "should vote on the terms. \u201cWe learn about this from communiqu\u00e9s,\u201d Hon. Dubois said.\n\nAsked "
     "whether the plan would slip, the foreign minister was blunt: \u201cThen it slips. The survey comes "
     "first.\u201d", "survey comes first", "Paul Mah\u00e9", "nominal"),
    # a full title with a preposition inside its portfolio ("Commissioner for Standards in Public Life X") makes X
    # "the commissioner", not the person the article is about
    ("Audit finds breaches\n\nIn her annual report, Commissioner for Standards in Public Life Helen Borg found that "
     "Transport Minister Mark Said had ignored the code.\n\nMark Said said he had \u201cnothing to hide\u201d.\n\n"
     "\u201cThe minister could not have been unaware of the contracts,\u201d the commissioner wrote.",
     "could not have been unaware", "Helen Borg", "nominal"),
    # a title the model took for a name, with the official set off after it by an honorific: the official
    ("Work on the Kurupukari crossing stalled again this month.\n\nRegional Vice-Chairman of Region Eight "
     "(Potaro-Siparuni), Mr Dennis Fredericks, said residents had waited \u201cfar too long\u201d for the bridge.",
     "far too long", "Dennis Fredericks", "explicit"),
    ("Work on the Kurupukari crossing stalled again this month.\n\n\u201cWe are tired of promises that wash away "
     "with the rain,\u201d said Toshao of Kaibarupai, Mr Orin Haynes, who leads the village council.", "tired of",
     "Orin Haynes", "explicit"),
    # a document "reads" its words: its issuer's
    ("The Harbour Safety Board said in a statement on Friday that it would inspect the new berths.\n\n"
     '"No vessel will dock at the new berths before the inspection is complete," the statement read.',
     "No vessel will dock", "Harbour Safety Board", "explicit"),
    # "the statement said" after "according to a statement from X": X
    ("According to a statement from the Pentagon, the department has been without a deputy for six months. "
     '"Every week without a deputy makes the job harder," the statement said.', "job harder", "Pentagon",
     "explicit"),
    # a sworn filing is a document with an author: "according to an affidavit filed by X" is X's
    ("According to an affidavit filed by the Lagos State Environmental Protection Agency, the builder had relied on "
     'a survey that "ignored the flood line entirely."', "flood line", "Lagos State Environmental Protection Agency",
     "explicit"),
    # a word for any text takes up what a body just issued: the issuer's words
    ("The Port Authority of Tema published its new tariff schedule on Monday. The document calls the old fees "
     "“a relic of another era”.", "relic of another era", "Port Authority of Tema", "explicit"),
    # a document taken up far from where its author issued it: its author's
    ("In a 40-page ruling, Judge Amelia Okonkwo said the council had ignored its own inspectors. The appeal was "
     "dismissed. The council must pay costs. Residents cheered outside the court. Councillors left without comment. "
     "According to the ruling, the scheme “breached the local plan on every count”.", "every count", "Okonkwo",
     "explicit"),
    # « le texte » takes up the motion a group tabled: the group's words
    ("Le conseil municipal de Brest a rejeté lundi le vœu déposé par le groupe Horizons. Le texte demandait à la "
     "ville de « geler les loyers sans attendre ».", "geler les loyers", "Horizons", "nominal"),
    # « le texte » after a statement someone issued in it, whatever the verb: theirs
    ("Dans un communiqué diffusé mardi soir, la préfecture de Mayotte « appelle chacun au calme ». « Le dialogue "
     "doit reprendre dès jeudi », ajoute le texte.", "dialogue doit reprendre", "préfecture", "explicit"),
    # a standing text with no issuer, subject of the clause of a speech verb: the speaker renders its words
    ("The hearing resumed on Monday. Counsel Maria Tembo told the tribunal that the act obliged the council to "
     "publish its accounts “within thirty days of the year end”.", "thirty days", "Tembo", "explicit"),
    ("Le ministre Moussa Ndiaye a défendu une « réforme historique ». La rapporteure, Fatou Diallo, a rappelé que "
     "le texte reprend « trait pour trait » les propositions du comité.", "trait pour trait", "Diallo", "explicit"),
    # a delegation speaks for its country: the speech verb's subject, not the sources that report it
    ("According to diplomatic sources, the Iranian delegation insisted throughout the talks that the militia was "
     '"a purely domestic matter" and refused to discuss monitoring.', "domestic matter", "the Iranian delegation",
     "nominal"),
    # "quoted X as saying": the one quoted speaks, not the agency that quotes
    ("The state news agency Petra quoted the Jordanian Ministry of Water as saying that the accord \"marks a new "
     'chapter for both nations."', "new chapter", "Jordanian Ministry of Water", "explicit"),
    # an indefinite description set off after a name introduces that person, not an unnamed one
    ("Rep. Dana Whitcombe, a Republican who chairs the budget committee, said the cuts were \"long overdue\".\n\n"
     '"We cannot keep borrowing to pay for last year\'s promises," the Republican said.', "keep borrowing",
     "Dana Whitcombe", "nominal"),
    # an abbreviated title gives a role ("Sen." -> senator); "71-year-old" does not qualify the role
    ("Sen. Roger Halvorsen placed a hold on the nomination on Monday. White House press secretary Dana Flores "
     "said the president fully backed the nominee.\n\nThe 71-year-old senator, who chairs a subcommittee on "
     'readiness, said he would lift the hold "the day I get those files."', "those files", "Halvorsen", "nominal"),
    # a name in apposition to a description that the model left untagged
    ("A strike by port workers spread on Wednesday to a second terminal. Union leader Marieke Jansen addressed a "
     'rally. Her deputy, Joost Verhoef, said members had voted "overwhelmingly" to continue.', "overwhelmingly",
     "Verhoef", "explicit"),
    # a pronoun opening the sentence as its subject: a later one of its gender stands for the same person, not
    # for a man named in between
    ("US envoy Mark Reilly said both sides had a long way to go. He criticised Dmitry Peskov for what he called "
     '"a cynical game".', "cynical game", "Reilly", "pronoun"),
    # a place before a business noun is where it is based, not its name: the company just named speaks
    ("Shares of Corvane Systems fell 4% in New York on Tuesday after the new export rule was announced.\n\n"
     'Corvane Systems said in a statement that it was "reviewing the rule". The Austin, Texas, company, which makes '
     'a quarter of its sales in China, said it did not expect the rule to hurt its results "in any material way."',
     "material way", "Corvane", "nominal"),
    # a hyphenated word in a description is one word ("the Bremen-based carrier")
    ('Two more shipping lines rerouted on Monday. A spokesman for the Bremen-based carrier said crew safety "comes '
     'first".', "comes first", "A spokesman for the Bremen-based carrier", "nominal"),
    # "One" after a plural group the tagger took for a singular ("MPs")
    ("Several Labour MPs in coastal seats are also uneasy. One told the BBC: \"If the ferry goes, the town goes "
     'with it."', "ferry goes", "Labour MPs", "nominal"),
    # "One of them": the last group that spoke, as the article first worded it ("those people" taking up
    # "people familiar with the matter"), not a group that merely concluded something
    ("The fine was agreed last month, according to people familiar with the matter. The board approved it after "
     "regulators concluded that the bank had misled investors, those people said. One of them described the penalty "
     'as "a warning shot".', "warning shot", "people familiar with the matter", "nominal"),
    # a title the parser took for the head of the speaker's phrase stands for the name after it
    ("Le prévenu est défendu par Me Hélène Marchetti. « Le dossier ne contient aucune preuve sérieuse contre mon "
     "client », résume Me Marchetti, qui réclame la relaxe.", "aucune preuve", "Hélène Marchetti", "explicit"),
    # a subject the parser hung on an adverb between the auxiliary and the participle
    ("Interrogé mardi lors d'une conférence de presse, le ministre Paul Garnier a d'abord assuré que l'État allait "
     "« tenir ses engagements, sans exception ».", "tenir ses engagements", "Paul Garnier", "explicit"),
    # the "il" of an impersonal verb in the next sentence is nobody: the quote follows the previous speaker
    ("« Les contrôles seront renforcés dès le mois prochain », a annoncé la préfète Claire Dumas lundi. Et les "
     "amendes ? « Elles seront doublées pour les récidivistes. » Faut-il craindre des fermetures de "
     "commerces ?", "doublées", "Claire Dumas", "previous"),
    # a word carrying an inverted subject clitic is a verb, whatever its tag
    ("Le président du comité des pêches, Marc Le Goff, refuse tout compromis avec Londres. « Nous ne céderons rien "
     "sur les quotas. Rien », tranche-t-il.", "céderons rien", "Marc Le Goff", "pronoun"),
    # a reflexive clitic before a speech verb the tagger took for an adjective ("s'indigne")
    ("Les sinistrés réclament des comptes après la crue de lundi. « Personne ne nous a prévenus de la montée des "
     "eaux », s'indigne Paul Garnier, un riverain.", "Personne ne nous", "Paul Garnier", "explicit"),
    # an epicene role with no article ("analyste") gives no gender: "il" can take up the man it describes
    ("Pour Tarek Nour Haddad, analyste à l'European Council on Foreign Relations, la décision relève du chantage. "
     "« Le régime veut obtenir des concessions avant toute négociation », analyse-t-il.", "obtenir des concessions",
     "Tarek Nour Haddad", "pronoun"),
    # "on" speaks from the group the sentence opens with, not from the object after its verb
    ("Le projet de loi sera examiné mardi. À la Confédération paysanne, on prévient que des tracteurs bloqueront "
     "les routes. « Nous ne lâcherons rien tant que le texte n'est pas retiré. »", "lâcherons rien",
     "Confédération paysanne", "nominal"),
    # "elle" is not the woman a sentence opens by comparing her with
    ("« Les éleveurs n'ont plus de visibilité », estime Claire Morin, conseillère régionale chargée de "
     "l'agriculture. Comme la députée Sophie Lenoir, elle réclame un fonds d'urgence, « sans délai », pour les "
     "exploitations touchées.", "sans délai", "Claire Morin", "pronoun"),
    # "Pour elle," opening a sentence attributes the quote to her
    ("La sénatrice Claire Morin a voté contre le texte mardi soir. Pour elle, la réforme « menace l'équilibre des "
     "comptes sociaux » du pays.", "menace l'équilibre", "Claire Morin", "pronoun"),
    # an incise whose subject, a long title and a name, opens the words after the quote beats a speech verb
    # before it (here in a section label)
    ("The bill passed the House on Friday. What they're saying: \"The votes are there, and we will move fast,\" "
     "Senate Minority Whip Elaine Marchetti told reporters on Monday.", "votes are there", "Marchetti", "explicit"),
    # a participle phrase set off after the subject ("granted anonymity to …") is no clause of its own
    ("Negotiators met again in Geneva on Monday. A senior State Department official, granted anonymity to discuss "
     'the negotiations, said the talks had been "tense but useful."', "tense but useful",
     "A senior State Department official", "nominal"),
    # ", accusing X of “…”" after a clause says what the clause's subject does, not the noun it follows
    ("The exercise began at dawn near the islands. China's Defence Ministry called the patrol \"a provocation\" in "
     'a statement published on its website, accusing Tokyo of "deliberate escalation."', "deliberate escalation",
     "China", "explicit"),
    # an organisation word a role owns is that role's office, not the body named just before
    ("The European Commission will publish its forecast on Tuesday. The finance minister, Elena Varga, expects a "
     "deficit. Her colleagues are less forthcoming: the prime minister's office said only that the budget was "
     '"under review".', "under review", "the prime minister's office", "nominal"),
    # "<body> chair <name> said": the name after the title is the subject, whatever the model made of the body
    ("A fast-track panel approved the quarry on Friday despite objections from the Māori Land Court and Te Arawa."
     "\n\nTe Rūnanga o Ngāti Pikiao chair Mereana Kīngi said the decision ignored evidence about the lake.\n\n"
     '"We gave them our science, and they gave us twenty minutes," she said.', "our science", "Kīngi", "pronoun"),
    # "Park" alone is the surname of "Park Ji-hoon" (East Asian order), though "park" is a place noun
    ("Japan and South Korea agreed Tuesday to restart regular ministerial talks on fisheries in the Sea of Japan, "
     "ending a two-year freeze that had left fishermen on both sides uncertain about where they could operate.\n\n"
     "Agriculture minister Satoshi Kanda and his South Korean counterpart, Park Min-jae, signed a joint statement "
     "in Tokyo after three hours of talks.\n\n\"Our fishermen have waited long enough,\" Kanda told reporters "
     "after the meeting. \"This is a practical agreement, not a political one.\"\n\nPark struck a similar tone. "
     'He said Seoul wanted the talks to focus on "science and catch data, not history," a reference to '
     "long-running disputes over wartime labor and the Takeshima islets, which South Korea controls and calls "
     "Dokdo.", "catch data", "Park", "pronoun"),
    # "Another" after a "one …" speaker is a second member of that kind, not the first one again
    ("Finance ministers failed on Monday to agree on the bank levy. One EU diplomat described the talks as "
     '"bad-tempered." Another said the Commission\'s last offer "came far too late."', "far too late",
     "another EU diplomat", "nominal"),
    # the parser took a word of the quote for the verb's subject: the name opening the words after it speaks
    ("Farmers parked more than 200 tractors across the motorway.\n\n\"We will stay here until the money is in our "
     'accounts. Not promises, money," Kostas Tzelas, a cotton farmer from Serres, told Euronews.', "stay here",
     "Tzelas", "explicit"),
    # a document noun inside the quote ("letters") is not the source of the verb after it
    ("Growers blocked the ring road for a third day on Thursday.\n\n\"We are not leaving until the ministry pays. "
     'Not letters, payments," Yannis Petridis, a peach grower from Naoussa, told reporters.', "not leaving",
     "Petridis", "explicit"),
    # a name the model missed, in apposition to a position in a body, is a person "he" can stand for
    ('"We will stay here until the money is in our accounts," Kostas Tzelas, a cotton farmer from Serres, said on '
     "Wednesday.\n\nBulgarian hauliers have also lost patience. The head of the Bulgarian Association of "
     "International Road Transport, Plamen Georgiev, said that every day of blockade cost the sector around €1 "
     'million.\n\n"Our drivers are sleeping in their cabs in the cold," he said.', "sleeping in their cabs",
     "Georgiev", "pronoun"),
    # a name set off before "a … start-up" is a company's, so "the company" can stand for it
    ('"We built a road to nowhere," Mayor Della Pruitt told me, standing at the edge of the cleared site.\n\nTwo '
     "years ago, Voltridge, a battery start-up backed by a Korean conglomerate, promised 1,800 jobs. The state "
     'offered $400 million in incentives. Then, in January, the company announced that it was "pausing" the '
     "project.", "pausing", "Voltridge", "nominal"),
    # "Chair" is a title: the name after it speaks, not the last speaker
    ('"We\'re not going to go home and explain to our constituents why we took food off their tables," Rep. Laura '
     "Kessinger said.\n\nThe bill, which the House Agriculture Committee approved on a party-line vote last month, "
     "would cut about $30 billion from the Supplemental Nutrition Assistance Program over a decade.\n\nHouse "
     'Agriculture Chair Glenn Ashford defended the cuts as "commonsense reforms" that would encourage work.',
     "commonsense reforms", "Ashford", "explicit"),
    # a party in brackets after the name is an aside the parser took for a second subject
    ("The committee approved the bill on Monday. Committee chairman MK Avi Ben-Haim (Likud) said the bill "
     'corrected "an anomaly that exists in no other democracy," in which one official serves two roles.',
     "anomaly that exists", "Ben-Haim", "explicit"),
    # a document noun is a speaker only when its complement could speak: not "la phrase en grosses lettres"
    ("La grève des contrôleurs entre dans sa deuxième semaine. « Rendez-nous nos trains. » Devant la gare, Paul "
     "Kessler, cheminot retraité, a écrit la phrase en grosses lettres sur une banderole.", "Rendez-nous",
     "Paul Kessler", "explicit"),
    # a colon after a clause whose subject the parser lost: the person named before its verb
    ("Le sous-préfet, Alain Mercier, a reçu une délégation de parents jeudi matin. « J'ai entendu leur colère », a "
     "déclaré le représentant de l'État. Il promet une réunion avec le Département « avant la fin du mois ». "
     "Sandrine, elle, n'y croit plus guère : « Je pars à 6 h 20 pour commencer à 8 heures. Si ça continue, je "
     "déménage. »", "Je pars", "Sandrine", "explicit"),
    # a finite verb the parser hung inside a relative clause is the main verb of the name the clause qualifies
    ("Léa Fontaine, qui préside l'antenne départementale de l'association, rappelle que les moteurs tournent à "
     "quai : « Un seul navire émet autant que des milliers de voitures. »", "Un seul navire", "Léa Fontaine",
     "explicit"),
    # a verb inverting its subject clitic after the quote is an incise, whatever the verb
    ("Jean Morel tient une boulangerie rue Serpenoise depuis dix ans. « Sans aide, je ferme en septembre », "
     "calcule-t-il.", "je ferme", "Jean Morel", "pronoun"),
    # and so is a past participle after an auxiliary inverting it ("a-t-il commencé")
    ("Le maire, Paul Roux, a ouvert la séance devant une salle comble. « Personne ne sera laissé de côté », "
     "a-t-il commencé.", "laissé de côté", "Paul Roux", "pronoun"),
    # "Avec X, …, elle": the companion named in the opening phrase is not "elle"
    ("Julie Marchal tient une librairie place Saint-Louis. Avec son associée, Anne Roux, qui gère le café, elle a "
     "lancé une pétition. « Nous perdons des clients chaque semaine », soupire-t-elle.", "perdons des clients",
     "Julie Marchal", "pronoun"),
    # "voisine" is a role a name is set off with ("Sa voisine, Inès Berger,"), taken up by "Sa voisine"
    ("Marie Caron vend des fleurs sur le marché. Sa voisine, Inès Berger, tient un stand de fromages. « Le marché "
     "se vide depuis la fermeture du parking », regrette Marie Caron. Sa voisine est plus optimiste : « Les "
     "clients reviendront au printemps. »", "reviendront au printemps", "Inès Berger", "nominal"),
    # an organisation word with its acronym set off after it (tagged as a noun) is that organisation, also as the
    # subject of a quote holding its verb
    ("Les usagers sont inquiets. La fédération des usagers des transports, la FNAUT, « regrette une décision prise "
     "sans concertation » et dit attendre « un dialogue constructif » avec la Région.", "dialogue constructif",
     "FNAUT", "explicit"),
    ("Les usagers sont inquiets. La fédération des usagers des transports, la FNAUT, « regrette une décision prise "
     "sans concertation » et dit attendre « un dialogue constructif » avec la Région.", "regrette une", "FNAUT",
     "explicit"),
    # a sentence after a quote standing alone whose verb lost its subject: the person named before it
    ("La réforme revient devant les députés. « Cette fois, c'est la bonne. » Dans les couloirs du Palais-Bourbon, "
     "Nadia Ferhat, rapporteure MoDem du texte, veut croire à une adoption avant l'été.", "la bonne",
     "Nadia Ferhat", "explicit"),
    # a role given to someone else only later does not make "la députée de la Sarthe" another body's deputy
    ("Élodie Marchand, rapporteure du texte, défend le compromis. La députée de la Sarthe, qui suit le dossier "
     "depuis des années, a déposé un amendement mardi. « C'est un texte équilibré », plaide-t-elle. Pour Anne "
     "Roy, députée PS du Nord, le texte « reste timide ».", "texte équilibré", "Élodie Marchand", "pronoun"),
    # "le département d'État" can speak: its incise wins over the colon after "Washington"
    ("Les combats ont repris dans le nord du pays. Washington a réagi dans la soirée : « Nous suivons la "
     "situation de très près », a écrit le département d'État dans un communiqué.", "très près",
     "département d'État", "explicit"),
    # a subject inside an earlier quote of the sentence is never the speaker of a later fragment
    ("Les premières critiques sont venues de la gauche. « Qui dira ce qu'est une ingérence étrangère ? Le ministère "
     "de l'Intérieur, seul, sans juge ? », s'est inquiétée la députée Anne Roy (Les Écologistes), qui a dénoncé un "
     "texte « vague » et « dangereux pour la liberté de la presse ».", "dangereux pour", "Anne Roy", "previous"),
    # a new description takes up the one person the sentence before names
    ("Le débat s'est tendu mardi avec l'écologiste Camille Roux. La sénatrice du Finistère a dénoncé « un recul "
     "historique » pour la biodiversité.", "recul historique", "Camille Roux", "nominal"),
    # "assumer" reports speech in an incise
    ("Le bureau national s'est réuni lundi soir. « Nous ne ferons pas campagne avec ceux qui nous insultent », "
     "assume Claire Dubreuil, secrétaire nationale chargée des élections.", "ferons pas", "Dubreuil", "explicit"),
    # a speech verb that opens its sentence without a subject goes on with the person the sentence before names
    ("« La direction nous a menti », souffle Nathalie Girard, 51 ans, opératrice depuis vingt ans. À côté d'elle, "
     "Mehdi, 29 ans, ne dit rien. Puis lâche : « J'ai un crédit sur vingt ans. Je fais quoi, moi, demain ? »",
     "crédit sur", "Mehdi", "previous"),
    # "elle" is not a man named before, though the parser once hung a feminine word on his given name
    ("Le débat s'est tendu au conseil régional. « C'est un règlement de comptes », a tonné Yanis Moreau sur X. "
     "Interrogé sur la suite, Yanis Moreau esquive : « On verra au soir du premier tour. » Une lecture que partage "
     "Sabrina Talbi. La conseillère régionale, chargée des transports, voit dans l'épisode « la preuve d'un "
     "mépris ». « Ils préfèrent perdre la région que la gagner avec nous », a-t-elle déclaré.", "préfèrent perdre",
     "Talbi", "pronoun"),
    # a quote without cue after a quoted question answers it: the other person of the exchange, not the asker
    ("« Je n'ai rien caché à personne », a assuré Marc Lebrun à la barre.\n\n« Alors pourquoi ce courriel du 3 "
     "mars ? » a demandé la présidente, Claire Bonnet.\n\n« Je ne m'en souviens pas. »", "souviens pas", "Lebrun",
     "previous"),
    # a definite body as the subject of a quote's sentence speaks as described, not the person quoted before; a
    # word of one kind of body ("la préfecture") does not take up the farmers' union named before
    ("« Nous bloquerons l'autoroute autant qu'il le faudra », a prévenu Paul Ribes, président de la Fédération "
     "départementale des syndicats d'exploitants agricoles. Dans un communiqué, la préfecture invitait les "
     "automobilistes à « éviter le secteur jusqu'à nouvel ordre ».", "éviter le secteur", "la préfecture",
     "nominal"),
    ("« C'est une victoire pour les frontaliers », s'est réjoui Marc Weber, député luxembourgeois. Dans un "
     "communiqué, le gouvernement belge a « pris acte » d'une décision « favorable à des milliers de "
     "travailleurs ».", "favorable à", "gouvernement belge", "nominal"),
    # the inverted subject of an incise, parsed as its object, speaks though no word list knows its noun
    ("« L'État sera aux côtés des salariés », a déclaré le préfet, Paul Girard. Sur le parking, quelques salariés "
     "n'étaient pas encore rentrés. « Mon père a fait toute sa carrière ici, et moi je vais être celui qui éteint "
     "la lumière », confie un technicien de maintenance qui préfère taire son nom.", "Mon père",
     "technicien de maintenance", "nominal"),
    # the object of a speech verb whose subject comes before it is not the speaker, even a word that could be a
    # body ("l'état d'esprit", not the State)
    ("Sur la place, les étals restaient à moitié vides. Au marché central, un marchand de légumes résume l'état "
     "d'esprit général : « On attend les résultats, et on prie. »", "on prie", "marchand de légumes", "nominal"),
    # a party's member noun stands for the person the article tied to the party ("délégué CGT" -> "le cégétiste")
    ("Julien Marty, délégué CGT du site, dénonce un plan brutal. Le directeur, Paul Serre, promet un "
     "accompagnement « exemplaire ». « On a déjà entendu ça », rétorque le cégétiste.", "déjà entendu",
     "Julien Marty", "nominal"),
    # an inhabitants' noun stands for the person a canton tag ties to the place, not the last man named
    ("« Ce texte est mauvais », tonne le conseiller national Marc Dufaux (UDC/VS). « Il faut un vote "
     "populaire », répond le conseiller national Pierre Perret (PS/GE). Le Valaisan promet « un référendum dès "
     "l'automne ».", "référendum dès", "Marc Dufaux", "nominal"),
    # an inhabitants' noun opening the sentence, its article capitalised
    ("« Nous avons obtenu des garanties », a assuré la conseillère fédérale Ruth Keller (PLR/BE). La Bernoise a "
     "ajouté : « Le Conseil fédéral tiendra parole. »", "tiendra parole", "Ruth Keller", "nominal"),
    # a hyphenated member noun the tokenizer splits ("chrétien-démocrate"), from a party tag in brackets
    ("Le ministre du Budget, Koen Peeters (CD&V), se veut rassurant. Le chrétien-démocrate flamand assure que "
     "« rien n'est bloqué ».", "rien n'est", "Koen Peeters", "nominal"),
    # a capitalised office whose words are all role words is no name: the person set off after it speaks
    ("Kenya and Tanzania backed the levy. Kenya's Principal Secretary for Regional Affairs, Mwende Achieng, said "
     'Nairobi was "ready to pay from July" if the council agreed.', "ready to pay", "Mwende Achieng", "explicit"),
    # a role qualified by a party's member noun stands for the person tied to that party
    ("Face à lui, le secrétaire d'État à l'Intérieur du Bade-Wurtemberg, Markus Oberle (CDU), a défendu la ligne "
     "fédérale. « Sicherheit geht vor », a-t-il résumé en allemand. « Les contrôles resteront, mais ils seront plus "
     "rapides », a promis le responsable chrétien-démocrate, qui l'avait déjà assuré à la presse.",
     "contrôles resteront", "Markus Oberle", "nominal"),
    # a person after "à" is the one spoken to, not the owner of the speaker's role
    ("Le secrétaire d'État Markus Oberle (CDU) a défendu la ligne fédérale. Une promesse qui n'a pas convaincu "
     "Stefan Ritter, premier adjoint au maire de Kehl. « Des caméras ne remplacent pas un pont ouvert », a rétorqué "
     "l'élu social-démocrate à M. Oberle.", "pont ouvert", "Stefan Ritter", "nominal"),
    # the person named right after a definite role, whom the parser hung on the verb
    ("«On nous vend un emballage neuf pour le même produit. Une déclaration interprétative n'a aucune force "
     "juridique face aux juges de Luxembourg», tonne le conseiller national Thierry Bolomey (UDC/VD).",
     "emballage neuf", "Thierry Bolomey", "explicit"),
    # the plural of a party's member noun stands for the party the article names
    ("Le Parti socialiste a voté contre le budget de la ville. Les socialistes dénoncent « un budget injuste pour "
     "les quartiers ».", "budget injuste", "Parti socialiste", "nominal"),
    # "l'édile" is a mayor
    ("Le maire de Dole, Henri Vautrin, a reçu les syndicats mardi. « Nous ne laisserons pas fermer l'usine », a "
     "promis l'édile.", "pas fermer", "Henri Vautrin", "nominal"),
    # Belgian and Swiss words for the mayor ("le mayeur", "le syndic") take up the mayor named before
    ("À Ciney, le bourgmestre Marc Dethier a réuni les parents d'élèves. « Nous garderons l'école du village », "
     "assure le mayeur.", "école du village", "Marc Dethier", "nominal"),
    # an indefinite description set off after a possessed one says who speaks ("son voisin de stand, un maraîcher")
    ("« On ne tiendra pas l'hiver », lance Marc Le Goff, éleveur à Carhaix. Son voisin de stand, un maraîcher "
     "breton qui préfère rester anonyme, hoche la tête : « Nous vendons à perte depuis deux ans. »",
     "vendons à perte", "un maraîcher breton", "nominal"),
    # a group of a party named as its complement speaks, not the party; with the party's acronym
    ("Les députés ont voté le texte mardi. Dans un communiqué, le groupe parlementaire du Mouvement pour la "
     "renaissance nationale (MRN) a dénoncé « une dérive autoritaire du pouvoir ».", "dérive autoritaire",
     "groupe parlementaire de MRN", "explicit"),
    # the administration of a place speaks, not the place ("la préfecture du Finistère")
    ("Les éleveurs ont bloqué la rocade de Quimper mardi. « Aucune demande de rendez-vous ne nous est parvenue », "
     "indique la préfecture du Finistère.", "Aucune demande", "préfecture du Finistère", "nominal"),
    ("Fishing crews blocked the port of Callao on Monday. “We have raised the matter with the ministry,” the "
     "Canadian embassy in Lima said.", "raised the matter", "Canadian embassy", "nominal"),
    # a definite description takes up the one person the sentence before names, before an older subject
    ("Le préfet, Luc Arnaud, a annoncé une cellule de reclassement. L'annonce n'a pas convaincu Julien Marty. "
     "« Des cellules, on en a vu », lâche le délégué syndical.", "on en a vu", "Julien Marty", "nominal"),
    # "l'institution" is the body just named
    ("La Cour des comptes a publié mardi son rapport annuel. « La dérive des dépenses locales est très "
     "préoccupante », estime l'institution dans ses conclusions.", "très préoccupante", "Cour des comptes",
     "nominal"),
    # a description takes up a person named before, not one given a role of its kind only further on
    ("La présidente du tribunal, Claire Vasseur, a longuement interrogé l'ancien maire. « Ce n'est pas la question "
     "que je vous pose », a repris la magistrate. La procureure, Anne Roux, a requis un an de prison.",
     "pas la question", "Claire Vasseur", "nominal"),
    # a prosecutor is no judge: "la procureure" does not take up the presiding judge, a magistrate of the trial
    ("L'ancien maire de Sarlat, Paul Vigier, comparaissait lundi devant le tribunal correctionnel de Périgueux. La "
     "présidente, Odile Marchand, l'a interrogé pendant deux heures. Nathalie Brun n'a pas cru à sa version. Comme "
     "l'avocate de la commune avant elle, la procureure a dénoncé « un système organisé ».", "système organisé",
     "Nathalie Brun", "nominal"),
    # a person named in a phrase opening the clause (an onlooker, an opponent) is not its pronoun subject, even
    # past a linking adverb
    ("La maire de Nantes, Sophie Vidal, a présidé le conseil municipal lundi soir. Puis, sous le regard de la "
     "préfète Anne Roussel, elle a dénoncé « un désengagement de l'État ».", "désengagement", "Sophie Vidal",
     "pronoun"),
    ("La maire de Nantes, Sophie Vidal, a ouvert le conseil municipal lundi soir. Face à la préfète Anne Roussel, "
     "elle a dénoncé « un désengagement de l'État ».", "désengagement", "Sophie Vidal", "pronoun"),
    # past several linking adverbs: the one faced before a colon is spoken to
    ("L'adjointe aux sports, Karine Morel, a défendu le projet de piscine. Puis, très calmement, face à Hélène "
     "Brun : « Vous avez voté ce budget », a-t-elle rappelé.", "voté ce budget", "Karine Morel", "pronoun"),
    # a possessed noun inverted after an incise's verb speaks; "employeur" is a word of the same kind as "patron"
    ("L'ancien chauffeur de la scierie, Marc Delval, conteste son licenciement devant les prud'hommes. Il accuse son "
     "patron, Louis Ferrand, de l'avoir harcelé pendant deux ans. « Il n'était jamais à l'heure », rétorque son "
     "ancien employeur.", "jamais à l'heure", "Louis Ferrand", "nominal"),
    # a person's name opening a clause with no finite verb before a colon speaks, past a participle with "par"
    ("La fermeture du bassin a surpris les ostréiculteurs.\n\nJean-Paul Girard, président de l'association des "
     "producteurs de Marennes, contacté par téléphone : « Personne ne nous a prévenus. On l'a appris par la "
     "radio. »", "prévenus", "Jean-Paul Girard", "explicit"),
    # an organisation's epithet takes up the body it was set off after, not the words of that apposition
    ("La Fédération nationale des transporteurs routiers (FNTR), principale organisation patronale du secteur, a "
     "dénoncé mardi la hausse des péages. « Nos adhérents ne peuvent plus absorber ces coûts », insiste "
     "l'organisation patronale.", "adhérents", "Fédération nationale des transporteurs routiers", "nominal"),
    # a role nobody was given, of a nationality (on its complement), is the one person given a role of that
    # nationality, not the other minister
    ("Le ministre français des Affaires étrangères, Paul Roy, a reçu mardi à Paris son homologue malien, Oumar "
     "Traoré. Les deux hommes ont évoqué la sécurité au Sahel pendant deux heures. « Nous ne demandons pas de "
     "troupes, nous demandons des moyens », a souligné le chef de la diplomatie malienne.", "demandons",
     "Oumar Traoré", "nominal"),
    # "le patron" of a company takes up its "directeur général"
    ("Le directeur général de Soludis, Marc Fabre, a annoncé mardi la fermeture du site de Vierzon. Le délégué "
     "syndical Paul Viard dénonce « un gâchis ». Interrogé sur ces critiques, le patron de Soludis est resté "
     "ferme. « Nous n'avions pas d'autre choix », a-t-il expliqué.", "autre choix", "Marc Fabre", "pronoun"),
    # "Me X" is a lawyer: "l'avocat du prévenu" takes him up (the one lawyer named before)
    ("Le tribunal correctionnel de Rennes jugeait mardi un entrepreneur du bâtiment pour travail dissimulé. Me "
     "Olivier Ramel a plaidé la relaxe. « Mon client a toujours déclaré ses ouvriers », a insisté l'avocat du "
     "prévenu.", "déclaré ses ouvriers", "Olivier Ramel", "nominal"),
    # a marker opening the sentence frames all of it, past a name quoted in between
    ("Les deux pays ont signé un cessez-le-feu en mars. Selon Moscou, les patrouilles, baptisées « Rempart » par "
     "l'armée, n'ont « jamais quitté leurs casernes ».", "quitté leurs casernes", "Moscou", "explicit"),
    # a pronoun takes up the person set off after a long description, which the parser made a conjunct
    ("Le débat a été vif à l'Assemblée. Le président du groupe parlementaire de l'Alliance pour le renouveau "
     "national (ARN), Albert Ngoy Kasongo, a défendu le ministre. Il dénonce « une campagne de dénigrement ».",
     "dénigrement", "Albert Ngoy Kasongo", "pronoun"),
    # a relative clause closing the sentence before a colon has no say: its main verb's subject speaks
    ("« Nous plaidons la relaxe », a conclu Me Anne Vidal. Invité à s'exprimer en dernier, Marc Delorme a eu une "
     "phrase qui a surpris la salle : « Je regrette tout. Je ne recommencerai jamais. »", "regrette tout",
     "Marc Delorme", "explicit"),
    # a party's member noun, from an AP-style tag
    ("Rep. Dana Whitfield, D-Ore., and Rep. Carl Benning, R-Tex., met on Tuesday. Benning left early. “We are "
     "not there yet,” the Democrat said.", "not there yet", "Dana Whitfield", "nominal"),
    # an adjunct after a possessed role does not qualify it ("sur les ondes de …")
    ("Le président de la Commission électorale, Justin Amoussou, a défendu le scrutin. La commission rejette "
     "les accusations. « La loi prévoit une voie de recours », a insisté son président sur les ondes de la radio "
     "publique.", "voie de recours", "Justin Amoussou", "nominal"),
    # a body a union's statement speaks of is not the body that goes on speaking
    ("Dans un communiqué, le Syndicat national des greffiers (SNG) dénonce « une faute lourde » et rappelle que le "
     "tribunal judiciaire de Rennes fonctionne « avec deux greffiers de moins ». « Personne ne peut l'ignorer », "
     "ajoute le syndicat.", "Personne ne peut", "Syndicat national des greffiers", "nominal"),
    # a sentence-opening "It" takes up the document the sentence before has speak
    ("The lawsuit contends that the regulator ignored “decades of flood data.” It also accuses the state transport "
     "department of withholding “key safety reports.”", "key safety reports", "lawsuit", "nominal"),
    # court usage: "held", "submitted" report speech in an incise
    ("Justice Ruth Adeyemi heard the appeal on Friday. “An order obtained by fraud cannot stand, whatever its age,” "
     "the judge held.", "obtained by fraud", "Adeyemi", "nominal"),
    ("Emeka Obi, counsel for the bank, rose to reply. “The claim is statute-barred and should be struck out,” "
     "he submitted.", "statute-barred", "Obi", "pronoun"),
    # a preterite after "had" is a participle: the subject hung on the auxiliary speaks
    ("A five-member panel of the Supreme Court led by Justice Amina Yusuf had, in March, dismissed the appeal, "
     "describing it as “a waste of judicial time.”", "judicial time", "panel", "nominal"),
    # a bench of several named judges speaks as the bench, not as its first judge
    # an indefinite role opening the sentence is what a later pronoun of it takes up
    ("Mr Doyle said the budget was tight. A spokeswoman for the council added that 40 roads were still closed, a "
     "backlog she described as “frankly unacceptable”.", "frankly unacceptable", "spokeswoman", "pronoun"),
    # "the … TD": a parliamentary role takes up the one person the sentence before names
    ("Labour transport spokesperson Orla Hegarty criticised the timetable. “Commuters deserve better than this,” the "
     "Cork South-Central TD said.", "deserve better", "Orla Hegarty", "nominal"),
    # a capitalised adverb after a proper noun goes on with the name
    ('The campaign group Justice Now welcomed the ruling, calling it "a first step, not the last," and urged '
     'ministers to act.', "first step", "Justice Now", "nominal"),
    ('A bench of Justices Sunita Bose and Anil Verma said the affidavit filed by the state transport department '
     '"leaves the main question unanswered".', "main question", "bench", "nominal"),
    # a role whose participle modifier ends on a noun before the apposed name is that person's role
    ("Le vice-président chargé des finances, Marc Delorme, a défendu le budget. Le maire, Jean Clerc, s'est tu. "
     "« Nous n'augmenterons pas les impôts », a promis le vice-président.", "augmenterons pas", "Marc Delorme",
     "nominal"),
    # "attaquer" reports an attack in words
    ("Le conseil a voté le budget. « Ce sont des comptes truqués », a attaqué Rémi Castel, élu d'opposition.",
     "comptes truqués", "Rémi Castel", "explicit"),
    # the narrative infinitive of an incise, its subject after it (« … », de dire X / et d'ajouter X)
    ("Le ministre, Paul Girard, promet des renforts. « On a déjà entendu ça », de dire Mme Lucie Brassard, "
     "présidente du syndicat.", "déjà entendu", "Lucie Brassard", "explicit"),
    ("Le ministre, Paul Girard, promet des renforts. « Rien ne change », et d'ajouter Lucie Brassard, "
     "présidente du syndicat.", "Rien ne change", "Lucie Brassard", "explicit"),
    # "on" before its verb speaks from the place the sentence opens with, not from the complement of its verb
    ("À la Fédération des locataires de Lyon, on parle d'une hausse « totalement injustifiable ». Le préfet, Luc "
     "Arnaud, n'a pas réagi.", "totalement injustifiable", "Fédération des locataires", "nominal"),
    # a subject pronoun set off by commas takes up the noun phrase opening its sentence
    ("Le maire, Paul Roy, défend son budget. L'opposition, elle, dénonce un « budget de campagne électorale ».",
     "budget de campagne", "opposition", "nominal"),
    # "ils" takes up a plural noun for a party's members, which stands for the party the article names
    ("Le Parti communiste tient son congrès à Nanterre. Les communistes, minoritaires au conseil, ont voté contre. "
     "« Ce budget oublie les locataires », ont-ils écrit dans un communiqué.", "oublie les locataires",
     "Parti communiste", "pronoun"),
    # with no usable subject in the two sentences around it, "ils"/"they" takes up the group an earlier sentence of
    # the paragraph has as subject: a plural noun that could speak, or two names coordinated (not a singular noun)
    ("Les infirmières ont manifesté mardi devant la préfecture de Rouen. Le cortège a traversé le centre-ville. Le "
     "préfet n'a reçu personne. « Nous reviendrons chaque semaine », ont-elles prévenu.", "reviendrons chaque",
     "Les infirmières", "pronoun"),
    ("Lucie Marchand et Hugo Bertin ont déposé un recours vendredi. Le texte compte quarante pages. « Nous irons "
     "jusqu'au Conseil d'État », ont-ils assuré.", "jusqu'au Conseil", "Lucie Marchand", "pronoun"),
    ("The nurses walked out on Tuesday at the hospital in Hull. The strike closed two wards. The manager made "
     "no comment. \"We will stay out until we get a deal,\" they said.", "stay out until", "The nurses",
     "pronoun"),
    # a fronted complement set off by a comma: the noun phrase or name after it is the subject of a main verb the
    # quote holds, when the parser lost it
    ("Dans un courrier envoyé lundi aux élus, la fédération des artisans « regrette une décision brutale ».",
     "regrette une décision", "fédération des artisans", "nominal"),
    ("Dans un communiqué publié mardi, Kaolin Atlantique, l'exploitant du site, « dénonce une décision brutale ».",
     "dénonce une décision", "Kaolin Atlantique", "explicit"),
    # a name in an apposition set off after a description is no owner of its role
    ("La conseillère nationale Léa Favre (PS/GE) a critiqué le projet. « Les loyers explosent », a regretté la "
     "socialiste, elle-même locataire à Carouge.", "loyers explosent", "Léa Favre", "nominal"),
    # "que préside X" gives X the role a later "son président" takes up
    ("Le recours, déposé par la Fédération des usagers des transports, que préside Bernard Roux, a été rejeté. Le "
     "ministre, Paul Girard, s'en félicite. La fédération ne désarme pas. « Nous irons en appel », a réagi son "
     "président.", "irons en appel", "Bernard Roux", "nominal"),
    # an epicene role after an elided article tells no gender: "l'édile" may be a woman
    ("« Le chantier commencera en mars », a annoncé Sylvie Morand, maire de Besançon. « Personne ne sera "
     "oublié », a insisté l'édile devant les conseillers.", "Personne ne sera", "Sylvie Morand", "nominal"),
    # a participial adjunct's understood subject is the main clause's pronoun: whom it answers, or is questioned
    # by, is someone else
    ("Le ministre de l'Agriculture, Paul Meunier, a défendu le texte devant les sénateurs. Interpellé par le "
     "sénateur du Cantal Alain Vidal, il a promis « une aide d'urgence dès janvier ».", "aide d'urgence",
     "Paul Meunier", "pronoun"),
    ("Le maire de Riom, Denis Garnier, a reçu mercredi le préfet. Répondant à M. Faure, président de "
     "l'agglomération, il a jugé le projet « mal ficelé et trop cher ».", "mal ficelé", "Denis Garnier", "pronoun"),
    # an absolute participial clause has a subject of its own, not the one the main clause's pronoun stands for
    ("Le député Marc Alain a pris la parole en fin de séance. Le président Jean Rivière lui ayant demandé "
     "d'abréger, « Ce budget oublie les campagnes », a-t-il lancé.", "oublie les campagnes", "Marc Alain",
     "pronoun"),
    # a description is no one named in its own clauses, nor one its participial adjunct answers
    ("La sénatrice Claire Dumas a défendu le texte. Réplique de l'honorable Anne Morel, de l'opposition : « Ce texte "
     "est mauvais. » La sénatrice de l'Aude, huée par les bancs où siège Mme Dumas, a toutefois admis que le texte "
     "était « perfectible ».", "perfectible", "Anne Morel", "nominal"),
    ("Le député Paul Roy a dénoncé un texte « bâclé ». Répondant à M. Roy, le ministre a rappelé que la concertation "
     "avait été « longue et sérieuse ».", "longue et sérieuse", "le ministre", "nominal"),
    ("Mardi, la secrétaire d'État chargée du Numérique, Inès Garnier, a reçu Paul Morel. « Nous avancerons vite », "
     "a-t-elle promis.", "avancerons vite", "Inès Garnier", "pronoun"),
    # a verb the parser gave two subjects, one a word of a title in quote marks: the other one speaks
    ("Le maire, Yves Le Goff, rappelle que la chambre régionale des comptes (CRC) de Bretagne, dans son rapport "
     "« Ports bretons : les enjeux de l'entretien » paru en 2023, qualifiait déjà d'« alarmante » la situation "
     "financière de la ville.", "alarmante", "chambre régionale des comptes", "explicit"),
    # a past participle opening the sentence that the tagger took for a name for its capital
    ("La conseillère Julie Ferrand a dénoncé le budget. Rappelée à l'ordre par la maire, Claire Bonnet, qui lui "
     "reprochait ses attaques, elle a maintenu : « Je n'ai rien à retirer. »", "rien à retirer", "Julie Ferrand",
     "pronoun"),
    # an opening participial clause, however parsed, has the pronoun as understood subject: not the person in it
    ("Le maire de Thiers, Louis Chabrol, a ouvert la réunion. « Cette route, on ne la lâchera pas », a lancé "
     "l'élu. Saluant la présence du sénateur Marc Delorme et de plusieurs maires du canton, il a annoncé que le "
     "conseil avait écrit au préfet. « Nous voulons une réponse avant l'été », a-t-il prévenu.",
     "réponse avant l'été", "Louis Chabrol", "pronoun"),
    # a description holding a role is not the one its sentence compares it with ("comme M. X"), though X holds it
    ("Le maire de Thiers, Louis Chabrol, salue le projet. Son voisin de Riom, Henri Vasseur, reste prudent. Le "
     "maire a pourtant voté le budget, comme M. Chabrol. « Je ne veux pas bloquer la région », a-t-il expliqué.",
     "bloquer la région", "Henri Vasseur", "pronoun"),
    # a role set off after a name in an adjunct and running into the main verb is the main clause's subject
    ("Le gouverneur de la région du Centre, le général Paul Mbarga, a visité le poste. « Aucune attaque n'a eu "
     "lieu », a indiqué l'officier. Interpellé sur les contrôles dénoncés par M. Jean Ndongo, le gouverneur a "
     "promis des sanctions. « Tout agent fautif sera puni », a-t-il martelé.", "agent fautif", "Paul Mbarga",
     "pronoun"),
    # the quote's own sentences do not break a chain of pronouns: "a-t-elle" goes on with the "Elle" before them
    ("La sénatrice de la Creuse, Anne Vernet, était présente. Elle dit avoir écrit à la ministre de l'Agriculture, "
     "Julie Marchand, dès le mois de juin. « Je n'ai reçu qu'un accusé de réception. Trois mois plus tard, "
     "j'attends toujours », a-t-elle regretté.", "attends toujours", "Anne Vernet", "pronoun"),
    # a subject's name set off after a long description (which the parser may make a second subject)
    ("La vice-présidente de la région chargée des transports, Sophie Marty, a présenté le plan mardi. « Les bus "
     "seront gratuits », a-t-elle annoncé. Dans la salle, la vice-présidente de la communauté de communes du Pays "
     "de Saint-Flour chargée des mobilités, Nadine Couderc, approuve le principe mais pas le calendrier. « Sans "
     "chauffeurs, la gratuité ne sert à rien », estime-t-elle.", "Sans chauffeurs", "Nadine Couderc", "pronoun"),
    # an interviewer pressing a guest: "relancer" reports speech in an incise
    ("Le ministre du Travail, Luc Bernier, était l'invité de la matinale. « Le chômage baisse, nous tenons le "
     "cap », a-t-il affirmé. « Et les jeunes sans diplôme ? », l'a relancé Pierre Garnier.", "jeunes sans diplôme",
     "Pierre Garnier", "explicit"),
    # an inverted subject after a broadcaster's name with a numeral ("sur France 2 la sénatrice")
    ("Le texte a été voté mardi. Le sénateur Paul Martin a salué le vote. « Ce budget sacrifie les communes "
     "rurales », a réagi sur France 2 la sénatrice socialiste de la Nièvre Claire Dumas, qui votera contre.",
     "sacrifie les communes", "Claire Dumas", "explicit"),
    # a quote opening its paragraph, named in the next sentence that quotes a fragment of the same speaker
    ("La préfète, Anne Morel, a présenté le plan mardi.\n\n« Nous ne fermerons aucune école. Nous regroupons des "
     "classes. » Président de la commission, le conseiller départemental Marc Giraud a défendu un plan "
     "«raisonnable» devant l'assemblée.", "aucune école", "Marc Giraud", "explicit"),
    # one does not answer one's own question: a replying pronoun goes to the asker's interlocutor
    ("Le député Alain Roux a interpellé le ministre de l'Intérieur, Bruno Lefort, lors des questions au "
     "gouvernement. « Où sont les policiers promis ? », a-t-il lancé. « Ils arrivent en janvier », a-t-il "
     "répondu.", "Ils arrivent", "Bruno Lefort", "pronoun"),
    ('Senator Mark Ellis questioned the Home Secretary, James Hart, during the hearing. "Where are the officers you '
     'promised?" he asked. "They start in January," he replied.', "start in January", "James Hart", "pronoun"),
    # an uncued answer to a question is the one the asker spoke to, when nobody else has spoken yet
    ("La juge Sylvie Roche a interrogé longuement le prévenu, Karim Benali. « Pourquoi avoir menti aux "
     "enquêteurs ? », lui a-t-elle demandé. « J'avais peur. »", "J'avais peur", "Karim Benali", "previous"),
    # … the one a clitic of the asking sentence stands for, a defendant described, no officer of the court
    ("Le procureur, Marc Vidal, a requis deux ans contre Paul Garnier. « C'est un système », a-t-il lancé.\n\n"
     "À la barre, l'ancien chef de service, 52 ans, voix posée, a contesté point par point. La présidente, Anne "
     "Roux, lui a rappelé les relevés. « Comment expliquez-vous ces dépôts ? », a-t-elle demandé.\n\n« Ce sont les "
     "recettes de mon commerce, madame la présidente. »", "recettes de mon", "Paul Garnier", "previous"),
    # a sentence the parser left without a verb is about the name set off after its opening adjunct
    ("Trois hommes ont comparu mardi devant le tribunal correctionnel de Rouen. Le procureur, Marc Vidal, a dénoncé "
     "« un trafic organisé ».\n\nDans le box, Julien Morel, 41 ans, garde les yeux baissés. Ce Rouennais louait un "
     "hangar où les douaniers ont saisi des cigarettes. « Je ne savais rien », a-t-il expliqué à la présidente, "
     "Anne Roux.",
     "savais rien", "Julien Morel", "pronoun"),
    # "ce dernier" as an incise's inverted subject: the last one named
    ("Le juge a entendu Paul Roux, puis son frère, Marc Roux. « Je n'étais pas là ce soir-là », a assuré ce "
     "dernier.", "pas là ce soir", "Marc Roux", "pronoun"),
    # a day after the role opens an adjunct, whose words do not qualify the role
    ("La ministre de la Santé, Claire Dubreuil, a présenté son plan hospitalier. « Nous ne fermerons aucun "
     "service », a déclaré la ministre jeudi en commission des Affaires sociales.", "aucun service",
     "Claire Dubreuil", "nominal"),
    # a lede's description of a boss is the body's CEO of the same firm (roles of one kind, a shared owner)
    ("Les droits de douane entrent en vigueur jeudi. Pour le patron du groupe liégeois Ferrosteel, c'est « un "
     "sursis bienvenu ».\n\n« Nous allons pouvoir relancer deux lignes », a expliqué mardi Marc Dewalle, le CEO de "
     "Ferrosteel.", "sursis bienvenu", "Marc Dewalle", "nominal"),
    # a body the acronym in brackets after it defines speaks by that name, not by its acronym
    ("La chambre régionale des comptes (CRC) d'Occitanie a épinglé la gestion de la régie des eaux. Selon la CRC, "
     "les tarifs étaient « fixés sans la moindre étude ».", "fixés sans", "chambre régionale des comptes",
     "explicit"),
    ("Dans un communiqué publié mercredi, le ministère chinois du Commerce (Mofcom) a dénoncé un « protectionnisme "
     "déguisé ».", "protectionnisme", "ministère chinois du Commerce", "explicit"),
    # a trial report: "le prévenu" is the one who appeared in court, "la magistrate" the presiding judge
    ("Bernard Lefort, l'ancien trésorier du club, a comparu lundi devant le tribunal correctionnel de Nantes pour "
     "abus de biens sociaux. Une dizaine de supporters étaient venus.\n\nLa présidente, Agnès Morvan, l'a "
     "interrogé longuement sur les retraits en espèces. Les sommes dépassent 80 000 euros.\n\n« Je remboursais "
     "toujours le mois suivant », a assuré le prévenu.", "remboursais toujours", "Bernard Lefort", "nominal"),
    ("Bernard Lefort, l'ancien trésorier du club, a comparu lundi devant le tribunal correctionnel de Nantes. "
     "« Pourquoi ces retraits en espèces ? », l'interroge la présidente, Agnès Morvan. « Pour payer les "
     "fournisseurs. Ils voulaient du liquide. Tous », répond le prévenu. « Et vous ne gardiez aucun reçu ? », "
     "reprend la magistrate.", "aucun reçu", "Agnès Morvan", "nominal"),
    ("Me Paul Girard, l'avocat de la défense, a demandé un renvoi. « Maître, il vous reste cinq minutes », a coupé "
     "la présidente, Agnès Morvan.", "cinq minutes", "Agnès Morvan", "explicit"),
    # an uncued question after the answer to a question is the asker's again
    ("L'audience a repris à 14 heures devant le tribunal correctionnel de Nantes.\n\n« Pourquoi ces retraits en "
     "espèces ? », a interrogé la présidente, Agnès Morvan.\n\n« Pour payer les fournisseurs », a répondu Bernard "
     "Lefort.\n\n« En liquide, vraiment ? »", "En liquide", "Agnès Morvan", "previous"),
    # a nationality rules out the holder of the same role from another country, though named last
    ("La ministre sénégalaise des Affaires étrangères, Aïssatou Diallo, a ouvert la réunion. La ministre burkinabè "
     "de l'Économie, Awa Ouattara, a insisté sur le financement. Mme Ouattara a quitté la salle avant la fin. La "
     "ministre sénégalaise a conclu : « Nous reviendrons avec des projets financés. »", "reviendrons avec",
     "Aïssatou Diallo", "nominal"),
    # an inhabitants' noun in -anne ("la Valaisanne") stands for the person just talked about
    ("La conseillère nationale Sarah Bonvin, qui a voté le texte, reste prudente. « Nous verrons à l'usage si la "
     "mesure tient ses promesses », précise la Valaisanne.", "Nous verrons", "Sarah Bonvin", "nominal"),
    # "l'organisation" is the body just quoted, not the object of its second verb the parser made a subject
    ("Sur le terrain, les associations s'inquiètent. La Fédération romande des consommateurs (FRC) dénonce la "
     "hausse et appelle le Conseil d'État à revoir sa copie. L'organisation craint que des ménages « renoncent à "
     "se soigner ».", "renoncent à se soigner", "Fédération romande des consommateurs", "nominal"),
    # a given name the tagger took for an adjective is still a name in the description's phrase
    ("L'eurodéputée lorraine Anne-Claire Thiriet (Renew Europe) y a dénoncé « un recul historique pour la libre "
     "circulation ».", "recul historique", "Anne-Claire Thiriet", "explicit"),
    # "according to X's spokesperson, Y": the spokesperson named, not the one the role belongs to
    ("Mayor Olivia Chow met the premier on Monday. According to Chow's spokesperson, Ben Lachance, the city wants "
     "\"a firm timetable and real penalties.\"", "firm timetable", "Lachance", "explicit"),
    # a name before a body's head and that head's name ("Metrolinx president Daniel Okafor") is the body's, which
    # "the agency" takes up, though the model reads it as a person's elsewhere
    ("Ontario Line delay \"a gut punch\" for riders, Toronto councillors say\n\nMetrolinx now says the subway "
     "won't open before 2033, two years later than promised\n\nBy Priya Raman Staff Reporter\n\nToronto's "
     "long-awaited Ontario Line will not carry passengers before 2033, Metrolinx confirmed Tuesday, a two-year "
     "delay that city councillors called \"a gut punch\" to commuters.\n\nThe provincial transit agency blamed "
     "the setback on tunnelling problems and on what it described as \"unforeseen utility conflicts\" along Queen "
     "Street.\n\n\"We are not going to open a line that isn't ready,\" Metrolinx president Daniel Okafor told "
     "reporters.\n\nAccording to Metrolinx, about 60 per cent of the line's tunnelling is complete.",
     "utility conflicts", "Metrolinx", "nominal"),
    # "a company spokesperson": the spokesperson of the company just named, not a description naming nobody
    ("Norvane Resources Inc., which runs a nickel smelter in Sudbury, said on Friday that it would cut 300 jobs. \"The "
     "decision reflects a collapse in nickel prices,\" a company spokesperson in Toronto said.",
     "collapse in nickel", "Norvane Resources", "nominal"),
    # "la collectivité" takes up the body just named, though the model reads "Métropole de Grenoble" as a place
    ("La balle est désormais dans le camp de la Métropole de Grenoble, seule compétente sur le dossier. Interrogée "
     "par Le Dauphiné libéré, la collectivité assure que « les travaux commenceront comme prévu en mars ».",
     "travaux commenceront", "Métropole de Grenoble", "nominal"),
    # "la ministre" given to nobody takes up the minister just addressed, not the MP who addressed her
    ("Mardi, la députée Claire Moreau a interpellé la ministre du Travail lors des questions au gouvernement. "
     "« Combien de fermetures faudra-t-il encore ? », a-t-elle lancé. La ministre a promis « une réponse avant la "
     "fin du mois ».", "une réponse avant", "ministre du Travail", "nominal"),
    # a quote opening its paragraph: the person the next sentence names after a fronted participle speaks
    ("Le gouvernement présente mardi son projet de budget.\n\n« Nous ne toucherons pas aux retraites. C'est un "
     "engagement ferme. » Invité de « Questions politiques » sur France Inter dimanche, Bruno Lacaze n'a pas cédé "
     "un pouce. Le ministre des Comptes publics a confirmé le gel des dotations.", "engagement ferme", "Lacaze",
     "explicit"),
    # … or the first subject of the next sentence when the parser ran it on past "X." ; the name the parser hung
    # on the place closing the description ("de la Marne Thierry Morel") is the senator's
    ("La réforme des retraites complémentaires sera votée jeudi.\n\n« C’est une réforme taillée pour séduire les "
     "seniors et financée par les jeunes actifs. » Peu après l’interview, le sénateur Les Républicains (LR) de la "
     "Marne Thierry Morel a dégainé sur X. Selon lui, le gouvernement « achète la paix » avant les municipales.",
     "taillée pour", "Thierry Morel", "explicit"),
    # "l'entourage du maire" is a source of its own, not the person quoted just before
    ("Le conseiller municipal Yves Carré a été relaxé mardi par le tribunal de Blois. « Justice est faite », a-t-il "
     "réagi à la sortie de l'audience. Le soir même, l'entourage du maire se refusait à tout commentaire « sur une "
     "décision susceptible d'appel ».", "susceptible", "entourage du maire", "nominal"),
    # a party line in a person's introduction, nominalised for them later, whatever the party
    ("« C'est un coup de force », a répliqué le porte-parole autonomiste en matière de santé, Paul Vautrin. "
     "L'autonomiste accuse le gouvernement de vouloir « passer en force » avant l'été.", "passer en force",
     "Paul Vautrin", "nominal"),
    # a lede's "a magistrate" is the one the body gives that title; "the magistrate" later is too
    ("A former union leader was jailed for two years on Friday over posts that a magistrate said were meant to "
     "\"incite disaffection.\"\n\nPrincipal Magistrate Peter Law Tak-chuen convicted Chan in October. \"The "
     "defendant knew exactly what he was doing,\" Law said.\n\nThe defence asked for leniency. \"Free speech is "
     "not a licence,\" the magistrate said.", "incite disaffection", "Peter Law Tak-chuen", "nominal"),
    ("A former union leader was jailed for two years on Friday over posts that a magistrate said were meant to "
     "\"incite disaffection.\"\n\nPrincipal Magistrate Peter Law Tak-chuen convicted Chan in October. \"The "
     "defendant knew exactly what he was doing,\" Law said.\n\nThe defence asked for leniency. \"Free speech is "
     "not a licence,\" the magistrate said.", "Free speech", "Peter Law Tak-chuen", "nominal"),
    # an organisation's epithet takes up the body just named ("la Ville de", capitalised, is an institution)
    ("À l'hôtel de ville, le ton est plus mesuré. La Ville de Gatineau affirme ne pas avoir été consultée. Dans un "
     "communiqué, l'administration municipale dit « prendre acte » de la décision.", "prendre acte",
     "Ville de Gatineau", "nominal"),
    # an unresolved description going on right after a named person's quote is that person; one answering is
    # the person that speaker addressed
    ("Le maire, Paul Riou, redoute un conflit. « Si l'usine ferme, nous bloquerons le port », prévient Yann Le "
     "Goff, qui préside une coopérative de pêcheurs. « La dernière fois, les CRS sont venus. "
     "Un bateau a brûlé. Personne ici ne l'a oublié », ajoute le marin.",
     "Personne ici", "Yann Le Goff", "nominal"),
    ("La députée Léa Morel a interpellé Claire Vautrin sur les délais. « Il faut 40 minutes pour rejoindre "
     "l'hôpital », a-t-elle lancé. « Une urgence ne se soigne pas à la montre », a rétorqué la conseillère d'Etat "
     "libérale.", "à la montre", "Claire Vautrin", "nominal"),
    # one does not retort to oneself: a replying cue that went to the speaker of the quote just before is the one
    # that speaker spoke with
    ("Le débat s'est tendu en fin de séance. Claire Dumas, élue d'opposition, a interpellé Isabelle Royer sur la "
     "dette. « Vous avez vidé les caisses », a lancé Mme Dumas. « Je n'ai de leçon à recevoir de personne », a "
     "répliqué la présidente.", "leçon à recevoir", "Isabelle Royer", "nominal"),
    ("La conseillère Julie Bernard a dénoncé « un projet bâclé ». « Vous découvrez le problème aujourd'hui », "
     "a-t-elle lancé. La réplique est venue de Nadia Ferrand, visée par Mme Bernard. « Nous avons lancé les "
     "études il y a trois ans », a-t-elle rétorqué.", "études il y a trois ans", "Nadia Ferrand", "pronoun"),
    ("Pour la conseillère Julie Bernard, le projet arrive « bien trop tard ». « Vous découvrez le problème "
     "aujourd'hui », a-t-elle lancé à l'adresse de Nadia Ferrand. Mme Ferrand lui a rappelé que son groupe avait "
     "voté le budget. « Nous avons voté faute de mieux », a-t-elle rétorqué.", "faute de mieux", "Julie Bernard",
     "pronoun"),  # a reply reported in a clause of its own ("X lui a rappelé que …") is a finished turn
    ("Sur les réseaux sociaux, la sénatrice Anne Morel a raillé ceux qui « fuient le débat ». Sophie Girard lui a "
     "répondu dans la soirée : « Nous sommes partis pour ne pas cautionner. » Sa collègue n'a pas désarmé. « Les "
     "électeurs vous ont élue pour siéger », a-t-elle rétorqué.", "élue pour siéger", "Anne Morel", "pronoun"),
    ("Face au député Marc Leroy, le ministre des Finances, Paul Garnier, a défendu le texte. « Nous tiendrons les "
     "délais », a-t-il assuré. Interrogé sur le coût, il a répondu : « Il sera connu en mars. »", "connu en mars",
     "Paul Garnier", "pronoun"),  # but the answer to someone unnamed who asked is the same speaker's,
    ("« Où sont les crèches promises ? », a demandé Lucie Morin. Face à Mme Morin, l'adjointe à la petite enfance, "
     "Emma Caron, a défendu un « calendrier réaliste ». « Deux crèches ouvriront en septembre », a-t-elle "
     "répliqué.", "ouvriront en septembre", "Emma Caron", "pronoun"),  # as is a reply whose words go on
    # a verbless sentence is about its relative clause's subject, inverted after "que"
    ("Christophe Morin, maire (divers gauche) de Vierzon, défend la fermeture de la piscine. Le président de "
     "l'association des usagers, Paul Fabre, dénonce « un abandon ». Un reproche que rejette le maire. « Nous "
     "rénovons, nous ne fermons pas », a répondu l'élu mardi soir.", "Nous rénovons", "Christophe Morin", "nominal"),
    # a description takes up the introduction just before it, not a person given the role further back
    ("The spokesperson of the coast guard, Ramon Castillo, showed the footage. \"We were on a routine patrol,\" "
     "Castillo said.\n\n\"Our ships acted lawfully,\" a spokesperson for the Chinese foreign ministry told a "
     "briefing in Beijing. The spokesperson urged Manila to \"stop provoking\" its neighbours.", "stop provoking",
     "spokesperson for the Chinese foreign ministry", "nominal"),
    # a paragraph with no cue after a quoted speaker: not the subject inside that speaker's quote
    ("Le conseil municipal a voté mardi le budget primitif.\n\n« Un maire qui ne connaît pas le coût de ses propres "
     "travaux ne devrait pas demander un chèque en blanc aux habitants », a tranché Paul Girard, conseiller "
     "municipal d'opposition.\n\n« Trois millions, cinq millions? Personne ne le sait. Eux non plus. »",
     "Trois millions", "Paul Girard", "previous"),
    # a quote after a sentence giving someone's view ("Pour X, …") goes on with that view
    ("Les nappes phréatiques sont au plus bas depuis vingt ans.\n\nPour Hélène Marchal, hydrologue à l'Université "
     "de Toulouse interrogée par La Dépêche, le problème est ancien. « On a construit l'agriculture d'ici pour un "
     "climat qui a disparu. » La préfecture, de son côté, prépare des restrictions.", "climat qui a disparu",
     "Hélène Marchal", "explicit"),
    # "M. Girard" tells his gender surely, over the article of a role the parser tied to his name ("Comme Paul
    # Girard, la porte-parole …, Anne Morel,"): "a-t-il" is his, not the man named in between
    ("Le projet de deuxième ligne divise le conseil métropolitain.\n\nComme Paul Girard, la porte-parole des "
     "écologistes, Anne Morel, a accusé le maire de « mépriser » les commerçants. « Ils attendent depuis deux "
     "ans », a-t-elle déploré.\n\nLe premier adjoint, Marc Le Gall, espère un vote avant l'été. M. Girard, qui "
     "siège au conseil depuis vingt ans, promet de « tout examiner ». « Nous poserons toutes les questions », "
     "a-t-il averti.", "Nous poserons", "Paul Girard", "pronoun"),
    # a subject set against the topic by a stressed pronoun ("X, elle, …") is not that topic: the other woman
    # named just before
    ("L'agence régionale de santé a confirmé la fermeture de la maternité en juin.\n\n« La sécurité des mères "
     "passe avant tout », a assuré la directrice de l'agence, Sophie Kervella, devant la presse.\n\n« Nous ne "
     "céderons pas. » La porte-parole du collectif de défense, Anne Le Roux, ne cache pas sa colère. Elle a écrit "
     "à Sophie Kervella et promet « un recours ».\n\nLa haute fonctionnaire, elle, se dit « sereine » face à la "
     "mobilisation.", "sereine", "Sophie Kervella", "nominal"),
    # the noun of a person's decade of age ("le quinquagénaire") takes up the one whose age was given ("58 ans"),
    # not the last man named; the tagger reads it as an adjective after the verb
    ("Jugé pour abus de biens sociaux, Gérard Lavaud, 58 ans, ancien directeur d'une coopérative laitière, a "
     "contesté chaque chiffre. Le procureur, Alain Roche, lui rappelle les montants détournés. « Je n'ai jamais "
     "touché à la caisse », assure le quinquagénaire.", "touché à la caisse", "Gérard Lavaud", "nominal"),
    ("Sandrine Peyrot, 44 ans, tient une boulangerie à Millau depuis vingt ans. Son voisin, Marc Delmas, a fermé la "
     "sienne en mars. « Avec le prix du beurre, on ne s'en sort plus », soupire la quadragénaire.", "prix du beurre",
     "Sandrine Peyrot", "nominal"),
    # "il" after a sentence whose subject is a body no name gives ("Le rectorat de l'académie …") is that body, not
    # the man quoted before it
    ("Le maire de Chablis, Pierre Garnier, dénonce une décision « brutale et sans concertation ». Le rectorat de "
     "l'académie de Dijon, qui pilote la carte scolaire, reste discret. Dans une note, il évoque « une baisse durable "
     "des effectifs ».", "baisse durable", "rectorat de l'académie de Dijon", "pronoun"),
    # a body subject the parser hung on the auxiliary of a verb an adjunct splits ("n'a pas, pour l'heure,
    # ordonné") is still the sentence's subject, which "elle" takes up, not the woman named before
    ("La maire de Saint-Laurent, Sophie Abchée, réclame la réquisition des agents. Sollicitée par la commune, la "
     "préfecture de Guyane n'a pas, pour l'heure, ordonné de réquisition des grévistes. « La sécurité des passagers "
     "reste notre priorité », indique-t-elle dans un communiqué.", "sécurité des passagers",
     "la préfecture de Guyane", "pronoun"),
    # a role of a body named with its acronym in brackets ("présidente de la Fédération … (FNTR)") is the role a
    # description naming the acronym takes up ("la présidente de la FNTR")
    ("Nathalie Brun, présidente de la Fédération nationale des transports routiers (FNTR), a écrit au ministre en "
     "septembre. Le ministre a promis une réponse. Pour la présidente de la FNTR, « le compte n'y est toujours "
     "pas ».", "compte n'y est", "Nathalie Brun", "nominal"),
    # the business a role noun's complement names is its owner, not the subject the parser made of its last word
    # ("le gérant de GM Bâtiment Services ne conteste pas"): "il" is the manager, named before
    ("Gilles Marty, 61 ans, a fondé son entreprise en 1998. À la barre, le gérant de GM Bâtiment Services ne "
     "conteste pas les faits. Il en rejette la responsabilité. « Je n'ai jamais exploité personne », répète-t-il.",
     "exploité personne", "Gilles Marty", "pronoun"),
    # a body named by its kind with an epithet ("la haute corporation", "la chambre consulaire") takes up the body
    # just named, as an organisation word does
    ("Le Conseil d'État a rendu son avis sur le projet de loi. La haute corporation estime que la clause de révision "
     "est « trop floue pour être appliquée ».", "trop floue", "Conseil d'État", "nominal"),
    ("Du côté des commerçants, la CCI Loire-Atlantique a dénoncé la hausse de la taxe. Selon la chambre "
     "consulaire, « plus de 2 000 commerces » seront touchés.", "2 000 commerces", "CCI Loire-Atlantique", "nominal"),
    # "l'interprofession" is a body's word, which takes up the body just named
    ("Contacté par Ouest-France, Inaporc, l'interprofession qui réunit éleveurs et abattoirs, assure que « les prix "
     "remonteront au printemps ». Selon l'interprofession, « la consommation de viande recule pour la troisième "
     "année ».", "viande recule", "Inaporc", "nominal"),
    # in a trial report, "le parquet" speaks at the hearing through the prosecutor the article names
    ("Franck Leroux, 47 ans, a comparu lundi devant le tribunal correctionnel d'Angers pour escroquerie. Le "
     "procureur, Damien Roussel, a rappelé les faits. Dans ses réquisitions, le parquet a dénoncé « une escroquerie "
     "méthodique ».", "méthodique", "Damien Roussel", "nominal"),
    # "le parquet" speaks through a prosecutor of any rank ("le substitut du procureur", "la vice-procureure"),
    # in a report of a hearing a judge presides even with no defendant named so
    ("Sandrine Poulain, 41 ans, a comparu mardi devant le tribunal correctionnel de Tours pour abus de confiance. "
     "Le substitut du procureur, Julien Ferrand, a rappelé les faits. À l'audience, le parquet a fustigé « un "
     "détournement organisé ».", "détournement organisé", "Julien Ferrand", "nominal"),
    ("Deux chauffeurs étaient entendus jeudi après un accident sur la rocade. La présidente du tribunal, Anne "
     "Moreau, a rappelé les faits. Le parquet a dénoncé « une course contre la montre ». La vice-procureure "
     "Claire Dubois a requis un an de prison.", "course contre", "Claire Dubois", "nominal"),
    # « le ministère public » is the prosecution as « le parquet » is
    ("Marc Delorme, 39 ans, a comparu jeudi devant le tribunal correctionnel de Rouen pour fraude fiscale. La "
     "procureure, Élodie Garnier, a rappelé les faits. Selon le ministère public, les factures étaient « fabriquées "
     "de toutes pièces ».", "fabriquées", "Élodie Garnier", "nominal"),
    # a name set off after a word setting someone beside the speaker is that other person's ("face à la
    # présidente, X"), not the speaker's
    ("Marc Olivier, 45 ans, comparaissait jeudi devant le tribunal correctionnel de Laval pour fraude. « Je n'ai rien "
     "caché », a assuré le prévenu face à la présidente du tribunal, Nadia Ferhat.", "rien caché", "Marc Olivier",
     "nominal"),
    # a delegate of the prosecution (« le représentant du parquet / du ministère public ») is its prosecutor, named
    # or not, never the defendant the trial report keeps as its subject
    ("Karim Benali, 52 ans, a comparu lundi devant le tribunal correctionnel de Nîmes pour abus de biens sociaux. "
     "Le procureur, Julien Marchetti, a rappelé les faits. Karim Benali conteste tout détournement. Le représentant "
     "du parquet a dénoncé « un pillage méthodique ».", "pillage", "Julien Marchetti", "nominal"),
    ("Le procureur de la République a requis mardi cinq ans de prison contre Karim Benali, ancien directeur de "
     "l'office des ports. L'accusé nie tout. La salle était pleine. Le représentant du ministère public a décrit un "
     "« clientélisme assumé ». « Vous avez servi vos amis », a-t-il lancé.", "clientélisme",
     "Le procureur de la République", "nominal"),
    ("Le procureur de la République a requis mardi cinq ans de prison contre Karim Benali, ancien directeur de "
     "l'office des ports. L'accusé nie tout. La salle était pleine. Le représentant du ministère public a décrit un "
     "« clientélisme assumé ». « Vous avez servi vos amis », a-t-il lancé.", "servi vos amis",
     "Le procureur de la République", "pronoun"),
    # a speech verb the tagger read as a noun after a body's acronym in brackets: the body speaks
    ("Dans un avis rendu jeudi, l'Autorité de régulation des transports (ART) juge les hausses des péages "
     "« difficilement justifiables ».", "difficilement", "Autorité de régulation des transports", "explicit"),
    # "it" subject of the main clause after a fronted adjunct takes up the body the sentence before has speak
    ("The Law Society has criticised the proposal. In a statement it said the reform would “erode trust in the "
     "courts”.", "erode trust", "Law Society", "explicit"),
    # "sums up" is "summarises": the sentence after a quote opening its paragraph points back to it
    ("The ministers met in Kampala on Friday.\n\n“The bloc is running on goodwill alone.” That is how Dr Amani "
     "Wekesa, a political scientist at Makerere University, sums up the crisis.", "goodwill alone", "Amani Wekesa",
     "explicit"),
    # a magistrate speaks, not the subject of the main clause
    ("A Macau blogger has been fined over posts that a magistrate said were “deliberately inflammatory”.",
     "deliberately inflammatory", "a magistrate", "nominal"),
    # a name opening its sentence before a description set off by commas is the subject, not the agent after
    ("Le procès s'est ouvert lundi. Me Julie Vallet, l'avocate de la famille, a plaidé longuement. Anne-Sophie "
     "Roche, la substitute du procureur, a repris les chiffres avancés par Me Vallet. « Les salaires n'ont pas suivi "
     "l'inflation », a-t-elle martelé.", "salaires", "Anne-Sophie Roche", "pronoun"),
    # the sentence after a quote opening its paragraph names the mouth it comes out of
    ("Le conseil municipal a voté le budget mardi soir.\n\n« Pas question de reculer. » La phrase revient sans "
     "cesse dans la bouche de Sophie Klein, adjointe au maire chargée de l'urbanisme.", "reculer", "Sophie Klein",
     "explicit"),
    # a deputy prosecutor is a magistrate, not the lawyer named since
    ("Le procès s'est ouvert lundi à Rennes. Laure Pic, substitute du procureur, a requis six mois de prison. Me "
     "Claire Hugon, l'avocate de la défense, a plaidé la relaxe. « Le prévenu n'a montré aucun remords », a insisté "
     "la magistrate.", "remords", "Laure Pic", "nominal"),
    # a role set off before a nationality noun and a name is the name's
    ("Le sommet s'est tenu à Dakar. La ministre a interpellé la future directrice de l'agence, la Sénégalaise Awa "
     "Ndiaye, sur les délais. La directrice pressentie a promis : « Les premiers prêts seront signés avant "
     "l'été. »", "premiers prêts", "Awa Ndiaye", "nominal"),
    # "le Pr X" is a professor, whom "l'universitaire" takes up
    ("Le colloque s'est tenu à Lyon. Pour le Pr Jean Dumas, la réforme arrive trop tard. Le ministre Paul Roy a "
     "défendu le texte.\n\n« Le calendrier est intenable », prévient l'universitaire.", "calendrier", "Jean Dumas",
     "nominal"),
    # a hyphenated surname the tagger took for a verb is still the end of the name
    ("Foreign Affairs Undersecretary Leilani Ocampo-Reyes assured the senators that the department had “fully "
     "consulted” Tokyo before the talks.\n\n“Nobody was left out,” she said.", "Nobody was left",
     "Ocampo-Reyes", "pronoun"),
    # "the utility", "the umbrella body" take up the organisation just named, as "the agency" does
    ("Water bills in the region will rise by 8 per cent in April, Severn Trent confirmed on Tuesday. “The increase "
     "reflects the cost of replacing ageing pipes,” the utility said in a statement.", "ageing pipes", "Severn Trent",
     "nominal"),
    ("Council leaders met ministers in Cardiff on Monday. The Welsh Local Government Association warned that budgets "
     "were stretched. “Councils cannot absorb another cut,” the umbrella body said.", "absorb another",
     "Welsh Local Government Association", "nominal"),
    # a definite body word takes up the body the sentence before is about, though the model misreads its name: a
    # body noun in apposition ("lobby") or before it ("NGO") says its kind, and "which" takes up no person
    ("Confindustria, Italy's main employers' lobby, criticised the budget on Thursday. “Higher energy levies will "
     "cost jobs in the north,” the federation said.", "energy levies", "Confindustria", "nominal"),
    ("Anti-corruption NGO Sahkar welcomed the verdict on Friday. “Nobody should be above the audit office,” the "
     "NGO said.", "audit office", "Sahkar", "nominal"),
    ("Greenway Transit, which runs the region's buses, said the strike would end on Monday. “Drivers will be back "
     "at work before the morning rush,” the agency said.", "back at work", "Greenway Transit", "nominal"),
    # a readout or a press release speaks for the body that issued it
    ("Ministers from both countries met in Nairobi on Tuesday. According to a readout released by the Kenyan High "
     "Commission in Delhi, the two sides agreed to “fast-track” a visa waiver for students.", "fast-track",
     "Kenyan High Commission", "explicit"),
    ("The talks ended without a deal. A press release from the Dutch Embassy in Jakarta said the ministers were "
     "“committed to a second round”.", "second round", "Dutch Embassy", "explicit"),
    # a speech verb coordinated to a reported clause whose subject is a thing is the reporter's, not the object's
    ("Ms Adeyemi said the fuel tariff was unfair. Responding, Ms Okonjo said the tariff was under review and "
     "accused her predecessor of “reckless spending”.", "reckless spending", "Okonjo", "explicit"),
    # a person named in a relative clause set off after the subject is an aside: "he" is the subject
    ("Health Minister Peter Galbraith, who was answering questions in place of Prime Minister Tom Ferris, said he "
     "“shared the anger” of patients but insisted the waiting lists were “coming down every month”.",
     "coming down", "Galbraith", "pronoun"),
    # a translation in brackets closing a paragraph keeps it a paragraph: the speaker goes on
    ("Senator Ana Santos spoke to reporters after the vote.\n\n“Walang susuko,” Santos said in Tagalog. (“Nobody "
     "will give up.”)\n\nThe bill now goes to the House.", "Nobody will give up", "Ana Santos", "previous"),
    # a name between a role's determiner and the role says whose adviser, not who speaks
    ("Donald Trump met party donors in Florida on Friday.\n\n“He is not going anywhere,” a Trump adviser said.",
     "not going anywhere", "a Trump adviser", "nominal"),
    # a trade noun ("le boulanger") after an inverted speech verb takes up the person the sentence before is about
    ("La Confédération de l'artisanat réclame un moratoire sur les loyers. Son vice-président, Bernard Lemoine, se "
     "montre pourtant plus prudent. « On attendra les chiffres avant de crier au loup », explique le boulanger de la "
     "rue Nationale.", "crier au loup", "Bernard Lemoine", "nominal"),
    # "elle" after an indefinite trade noun as subject is that unnamed person, not the woman named in its modifier;
    # a new description right after goes on with her
    ("La présidente de région, Carole Delga, a inauguré le salon mardi. Une viticultrice de Gaillac, venue avec la "
     "délégation de Mme Delga, ne cache pas sa satisfaction. « Nous avons retrouvé nos clients d'avant la crise », "
     "raconte-t-elle.", "retrouvé nos clients", "viticultrice de Gaillac", "pronoun"),
    ("La présidente de région, Carole Delga, a inauguré le salon mardi. Une viticultrice de Gaillac, venue avec la "
     "délégation de Mme Delga, ne cache pas sa satisfaction. « Nous avons retrouvé nos clients d'avant la crise », "
     "raconte-t-elle. Mais, prévient la chef d'exploitation, « une seule mauvaise récolte et tout est à refaire ».",
     "mauvaise récolte", "viticultrice de Gaillac", "nominal"),
    # a causative the parser made the root ("a fait savoir") still has its subject: "Il" takes up the body
    ("Selon l'avocat de la fondation, M. Paul Girard, la procédure durera des mois. Le Conseil fédéral a fait "
     "savoir vendredi qu'il répondrait par écrit d'ici à la fin du mois. Il exige au préalable « un audit "
     "indépendant » des comptes de la fondation.", "audit indépendant", "Conseil fédéral", "pronoun"),
    # a speech participle qualifying the subject of another verb is no cue: the opening « Selon X » is
    ("Pour Anne Leroy, économiste à l'OFCE, la hausse était attendue. Selon l'économiste, la réforme annoncée par "
     "M. Durand apporterait surtout aux ménages « un répit de courte durée ».", "répit de courte", "Anne Leroy",
     "nominal"),
    # "notre interlocuteur" is whoever the newsroom just quoted, named or not
    ("Les artisans du port attendent la décision de la mairie. « Personne ne nous a consultés », regrette un "
     "pêcheur rencontré sur le quai. « Si la criée ferme, je vends mon bateau », prévient notre interlocuteur.",
     "je vends mon bateau", "un pêcheur", "nominal"),
    # a speech verb with an infinitive content of its own ("dit avoir reçu") does not point back to the quote before
    # it: the uncued quote is the previous speaker's
    ("Les exportations de fromage ont repris.\n\nLe président de la chambre d'agriculture, Jean Morel, rappelle que "
     "la réforme « n'a rien changé ». « Les dossiers traînent toujours à la préfecture. » La chambre dit avoir reçu "
     "trois cents plaintes depuis janvier.", "dossiers traînent", "Jean Morel", "previous"),
    # a borrowed title the tagger reads as a name ("wali") is still the role of the person set off after it
    ("Le ministre de l'Industrie a ouvert le salon, en présence du wali de Tlemcen, Karim Bensalah, et du consul de "
     "France.\n\nPour le wali de Tlemcen, qui a inauguré un guichet unique, l'enjeu est local : « Nos entreprises "
     "doivent exporter davantage. »", "exporter davantage", "Karim Bensalah", "nominal"),
    # "Justice X" is a judge: "the judge" several sentences on is X
    ("Justice Helen Mwangi on Tuesday suspended the land levy pending a full hearing. The county had argued that it "
     "needed the revenue. Lawyers for the traders said they would file fresh evidence. The Law Society said it "
     "welcomed the order.\n\nThe judge also described the levy as “a tax by another name”.", "tax by another name",
     "Helen Mwangi", "nominal"),
    # so is a title of one office of the bench or the bar: "the advocate", "the Lieutenant Bailiff" later is the
    # one so titled, not the last person named
    ("Advocate Martin Falla, for the company, said the breach had been a clerical error. Jurat Sylvia Ozanne asked "
     "whether the directors had been told. The prosecutor, Tom Le Page, said they had.\n\n“My client has paid for "
     "this mistake twice over,” the advocate said.", "paid for this", "Martin Falla", "nominal"),
    ("Lieutenant Bailiff Anne Le Cocq, sitting with two Jurats, passed sentence. Advocate Mark Ozouf had asked for "
     "leniency.\n\nThe Lieutenant Bailiff said the offences were “a gross breach of trust”.", "gross breach",
     "Anne Le Cocq", "nominal"),
    # "the silk" is the senior counsel the article named ("SAN", "KC" after the name), of the lawyers' kind
    ("The bank's counsel, Ngozi Adeyemi, SAN, asked the court to strike out the suit. Justice Bello Musa reserved "
     "ruling.\n\n“This suit is an abuse of the process of this court,” the silk argued.", "abuse of the process",
     "Ngozi Adeyemi", "nominal"),
    # "Ald." is a title, not the end of a sentence: "She" is the subject, not the colleague she spoke with
    ("Ald. Maria Ortiz, 25th, said she met Ald. Janet Brooks on Friday to discuss a rival ordinance. She said the "
     "caucus had “enough votes to block the fee.”", "enough votes", "Maria Ortiz", "pronoun"),
    # "it" in the incise after a quote opening its sentence takes up the body the sentence before has speak
    ("“The levy will fund local roads,” the Treasury said.\n\nThe Federation of Small Businesses, which represents "
     "170,000 firms, said it had not been consulted. “We learnt of the levy from the newspapers,” it said in a "
     "statement.", "from the newspapers", "Federation of Small Businesses", "explicit"),
    # a verb of thought in the clause a speech verb reports is no cue: the reporting subject speaks
    ("Transport Secretary Mark Ellison met the mayor after the debate. He told reporters that the council hoped "
     "the bill would pass “well before the summer recess.”", "summer recess", "Mark Ellison", "pronoun"),
    # a name in a description that says to whom its person relates is not the speaker
    ("Environment Secretary Brenda Cole unveiled the subsidy plan on Monday.\n\nThe National Farmers' Union, a "
     "longtime Cole ally, said in a statement that the plan was “a betrayal of rural England.”", "betrayal",
     "National Farmers' Union", "explicit"),
    # a name in brackets after a body's name is its short name, whatever its letters: the body speaks as named
    ("Dairy farmers blocked roads near Hanover on Monday. The German Farmers' Association (Bauernverband) said in a "
     "statement that the new quotas were “unworkable for family farms.” Bauernverband said it would join the "
     "blockades.", "unworkable", "German Farmers' Association",
     "explicit"),
    # a quote that is a paragraph of its own, the next opening on the occasion someone was speaking at
    ("The minister defended the cuts in Parliament on Tuesday.\n\n“We will not balance the books on the backs of "
     "the sick.”\n\nUnison general secretary Karen Whitby was speaking at a rally outside St Thomas' Hospital, "
     "where nurses gathered after their shifts.", "backs of the sick", "Karen Whitby", "explicit"),
    # "the official" takes up the more specific role an indefinite description introduced
    ("A procurement officer at the ministry, who spoke on condition of anonymity, said the tender had stalled.\n\n"
     "“Nobody wants to sign off on it before the audit,” the official said.", "sign off", "procurement officer",
     "nominal"),
    ("Ms Patel has not ruled out a bid. One senior Labour source close to Ms Patel said the party had "
     "“no appetite” for a contest.", "no appetite", "source close to Ms Patel", "nominal"),
    # an unnamed member of a body introduced as a subject is who the next definite role takes up, whatever its
    # word, and not a named holder of that role
    ("Trade envoy Pieter Janssen led the talks for the Netherlands. A member of the Kenyan trade delegation, who "
     "was not authorised to speak, said Nairobi wanted a longer phase-in. “Ten years is the floor for us,” the "
     "negotiator said.", "Ten years", "member of the Kenyan trade delegation", "nominal"),
    ("Senate Democrats are split on the levy. A staff member in the majority leader's office said the vote could "
     "slip. “Nobody is counting heads yet,” the staffer said.", "counting heads", "staff member", "nominal"),
    ("Lawmakers return to the capitol on Monday. A Republican member of the finance committee, speaking on "
     "condition of anonymity, said the numbers did not add up. “We are short by a lot,” the legislator said.",
     "short by", "member of the finance committee", "nominal"),
    # a member set off after a name is that person's role, not an unnamed source
    ("The bill clears its committee next week. Dana Whitfield, a member of the finance committee, said the numbers "
     "did not add up. “We are short by a lot,” the lawmaker said.", "short by", "Dana Whitfield", "nominal"),
    # "the MLA" takes up the backbencher who just spoke: both are members of a parliament
    ("Stormont returns on Monday. One DUP backbencher, who asked not to be named, said the party was divided. “Half "
     "of us would walk out tomorrow,” the MLA said.", "walk out", "DUP backbencher", "nominal"),
    # "official" covers a manager too: it takes up the anonymous manager just introduced
    ("Hospitals in the region have postponed hundreds of operations. A senior manager at the health authority, who "
     "asked not to be named, described the rollout as chaotic. “We have the vaccines but not the nurses,” the "
     "official said.", "vaccines but", "senior manager at the health authority", "nominal"),
    # a sentence pointing back to a quote by a noun of something said names its source after "from"
    ("The council voted on Tuesday to close two libraries. Councillor Tom Reade said the savings were “modest but "
     "real.”\n\n“Read the budget before you cut the books.” That was the message from Helen Marsh, chair of the "
     "Friends of Eastfield Library, which has 2,000 members.", "Read the budget", "Helen Marsh", "explicit"),
    ("Opposition leader Mark Dunn said the timetable was “reckless”.\n\n“Every polling station will open on "
     "time.”\n\nThat assurance came on Monday from the chief returning officer, Alan Pryce, who said extra staff "
     "had been hired.", "Every polling", "Alan Pryce", "explicit"),
    # a relative clause without relative pronoun: the noun phrase before its verb speaks ("responsible" postposed)
    ("Transport Minister Alan Byrne defended the plan on Monday.\n\nThe government scrapped the fuel subsidy on "
     "Friday, in a move the minister responsible called “painful but necessary” and hauliers vowed to resist.",
     "painful but", "Alan Byrne", "nominal"),
    # … also when the parser hangs its verb on the complement of that noun phrase: its head speaks, not the
    # sentence's subject
    ("Health Secretary Joan Marsh opened the debate on Tuesday.\n\nThe cabinet approved the hospital levy, a "
     "measure the secretary responsible for the NHS described as “long overdue”.", "long overdue", "Joan Marsh",
     "nominal"),
    # a speech verb conjoined to the clause before with a subject of its own speaks through that subject, whatever
    # its noun, not through the first clause's subject
    ("The finance minister says the economy is “ready to grow”, but exporters warn of “a hard landing” for small "
     "firms.", "hard landing", "exporters", "nominal"),
    # a lede's "lawyer" is the attorney the body names for the same party
    ("A judge on Friday blocked the sale of the stadium to a group of investors whose lawyer called the decision "
     "“a gift to speculators.”\n\nThe city welcomed the ruling.\n\nMaria Lopez, an attorney for the investors, said "
     "they would appeal.", "gift to", "Maria Lopez", "nominal"),
    # a word quoted in a relative or completive clause of another's is reported: the sentence is about the main
    # subject, whom "elle" / "il" takes up
    ("La sénatrice Anne Roux a défendu le texte en séance. Son adjointe, Léa Marchand, à qui Anne Roux reproche une "
     "« fronde » larvée, ne désarme pas. « Ce projet a été écrit sans nous. Nous ne le voterons pas en l'état », "
     "tonne-t-elle.", "écrit sans nous", "Léa Marchand", "pronoun"),
    ("Le député écologiste Marc Delorme a ouvert le débat. M. Perrin rappelle que Marc Delorme réclamait en 2022 une "
     "« taxe carbone aux frontières ». « Ils ont changé d'avis dès qu'ils ont eu des sièges », raille-t-il.",
     "changé d'avis", "Perrin", "pronoun"),
    # an emphatic pronoun after the subject only takes it up
    ("Le préfet a présenté son plan jeudi. Mme Vidal elle-même assure que son équipe « reste mobilisée ».",
     "mobilisée", "Vidal", "explicit"),
    # a party named after a name's comma and a conjunction opens another clause: no party line for that name
    ("Le maire conteste la lecture de M. Girard, et le MoDem se tient à distance. Le sénateur Luc Dupin suggère, "
     "comme l'avait proposé M. Girard en mai, de reporter le vote. « Rien ne presse », estime le centriste.",
     "Rien ne presse", "Luc Dupin", "nominal"),
    # a document with a possessive speaks for whom the possessive stands for; "leur" for a plural group
    ("La Fédération des usagers du rail a publié mardi un bilan de l'été. Son rapport dénonce des « retards "
     "chroniques » sur toutes les lignes.", "retards chroniques", "Fédération des usagers du rail", "pronoun"),
    ("Deux contrôleurs de l'Office national des forêts ont inspecté la parcelle. Leur procès-verbal décrit des "
     "« coupes illégales » sur trois hectares.", "coupes illégales", "Office national des forêts", "pronoun"),
    # words a sentence points back to as going round a circle are the circle's
    ("Le projet de loi sur l'immigration arrive mardi au Sénat.\n\n« Il faudra trancher avant Noël. » La phrase "
     "circule depuis lundi dans l'entourage du ministre de l'Intérieur, qui se tait depuis.", "trancher avant Noël",
     "l'entourage du ministre de l'Intérieur", "nominal"),
    # "ils" never stands for an abstract noun; the source a marker names before it speaks
    ("Le rapporteur Jean Morel a présenté ses chiffres mardi. Le trou budgétaire atteindra 80 millions en 2028. "
     "Des chiffres jugés excessifs par la majorité : selon le gouvernement, ils s'appuient sur « des hypothèses "
     "bien trop sombres ».", "trop sombres", "gouvernement", "pronoun"),
    ("Le rapporteur Jean Morel a présenté ses chiffres mardi. « Le déficit atteindra 80 millions en 2028 », "
     "a-t-il assuré. Des chiffres jugés excessifs par la majorité : selon le gouvernement, ils s'appuient sur "
     "« des hypothèses bien trop sombres ».", "trop sombres", "gouvernement", "pronoun"),
    # a demonstrative description takes up the person just named
    ("Julien Marchal, 47 ans, chauffeur de bus depuis vingt ans, ne décolère pas. « On a tout donné à cette ligne "
     "et on la ferme sans prévenir », lâche ce père de deux filles.", "tout donné", "Julien Marchal", "nominal"),
    # a definite noun of trade no role list holds takes up the one person the sentence before names
    ("Chez FO, Nathalie Brunet juge le calendrier « intenable ». « On nous demande de tout boucler en six "
     "semaines », proteste la magasinière.", "tout boucler", "Nathalie Brunet", "nominal"),
    # an inhabitants' noun the model tags as a name, taken up by "il", is the person named before it
    # a speech word tagged as an adjective after the perfect's auxiliary is a participle, past a time adverb
    ("Au ministère, on refuse de parler de crise. « Il ne s'agit pas d'une rupture », a tempéré hier son "
     "porte-parole, Jean Rakoto.", "pas d'une rupture", "Jean Rakoto", "explicit"),
    ("Le député Marc Dubois a voté contre. Le Loclois regrette que le gouvernement ait cédé. « Nous payerons la "
     "note en 2028 », prévient-il.", "payerons la note", "Marc Dubois", "pronoun"),
    # a plural role noun in a body's name is the class it gathers, not a person owning the description: the
    # president of the dressmakers' association takes up the one person named before
    ("Le prix du fourrage a doublé, ce qui inquiète Fatou Diallo, éleveuse à Kolda. Jointe par téléphone, la "
     "présidente de l'association des éleveuses de la région dit craindre pour ses revenus. « Sans fourrage, mes "
     "chèvres ne mangent plus », a-t-elle expliqué.", "chèvres ne mangent", "Fatou Diallo", "pronoun"),
    # a definite role of a body whose holder the article has not given (only another body's president was named)
    # newly titles the one person the sentence before names as its subject
    ("Le président de l'Assemblée départementale, Paul Girard, a ouvert la séance. Henri Lemaire n'a pas attendu "
     "la fin des débats pour réagir. Le président de la Fédération des chasseurs dénonce « un schéma bâclé et "
     "dangereux ».", "schéma bâclé", "Henri Lemaire", "nominal"),
    # a quote that is a paragraph of its own, taken up by "That is how X put it" in the next one: X's, whatever
    # the verb of the manner clause, not the previous speaker's
    ("Port strike enters second week\n\nUnion leader Grace Mwangi said members would not return without a written "
     "offer. “We have waited long enough,” she said.\n\n“Ports do not run on promises. They run on people.”\n\n"
     "That was how Daniel Otieno, a shipping analyst at the University of Nairobi, assessed the standoff. He said "
     "exporters were already diverting cargo.", "Ports do not run", "Daniel Otieno", "explicit"),
    # a quote that is a paragraph of its own right after a heading opens the section: the speaker the next
    # paragraph brings in, not the one of the section before
    ("Hospital merger approved\n\nHealth Secretary Anne Kowalski said the merger would save money. “No ward will "
     "close,” she said.\n\nA fight over staff\n\n“Nurses were told on Friday and asked to sign by Monday.”\n\n"
     "Union organiser Peter Haldane told reporters that staff had been given no time to seek advice. He said the "
     "union would appeal.", "Nurses were told", "Peter Haldane", "explicit"),
    # ... also when that paragraph's subject is said to have spoken to someone ("spoke to reporters")
    ("Hospital merger approved\n\nHealth Secretary Anne Kowalski said the merger would save money. “No ward will "
     "close,” she said.\n\nFamilies wait\n\n“We drove four hours and nobody could tell us where she was.”\n\n"
     "Rosa Imbert, who came from the coast with her two sons, spoke to reporters outside the ward. “We only want "
     "answers.”", "We drove four hours", "Rosa Imbert", "explicit"),
    # a pronoun takes up the indefinite description of a person its sentence before names as its source, wherever
    # the marker stands ("according to a diplomat …"), or as its subject (a lecturer is a person's role)
    ("Talks on the border deal ended on Friday. The hardest issue, according to a senior Kenyan diplomat who asked "
     "not to be named, was grazing rights. “Nobody wanted to give an inch on the cattle routes,” he added.",
     "give an inch", "a senior Kenyan diplomat", "pronoun"),
    ("The strike at the polytechnic entered its third week. Rector Paul Mwale said talks would resume.\n\nA lecturer "
     "in the School of Mines said staff had never felt so ignored.\n\n“Half of my department is looking for work "
     "abroad,” he said.", "Half of my department", "A lecturer in the School of Mines", "pronoun"),
    # a masculine role word is also the generic of titles: a feminine given name tells a chairman's gender, and
    # "she" takes her up
    ("Shipping slows\n\nPort users’ association chairman Linda Okafor said importers had lost a week of "
     "deliveries. She said the association had written to the transport minister, Peter Obi.\n\n“Shops are "
     "already short of flour,” she said.", "short of flour", "Linda Okafor", "pronoun"),
    # the owner of a claim noun whose "as" phrase holds the quote; the sentence stays about its subject, whom
    # "she" then takes up
    ("Budget talks stall\n\nFinance Minister Helen Park presented the budget on Monday. Opposition leader Maria "
     "Lindqvist had little patience for Park’s description of the plan as “prudent”. “Prudent for whom? Rents "
     "have doubled in five years,” she said.", "prudent", "Helen Park", "explicit"),
    ("Budget talks stall\n\nFinance Minister Helen Park presented the budget on Monday. Opposition leader Maria "
     "Lindqvist had little patience for Park’s description of the plan as “prudent”. “Prudent for whom? Rents "
     "have doubled in five years,” she said.", "Rents have doubled", "Maria Lindqvist", "pronoun"),
    # a verbless sentence naming an organisation and no person sets it as the topic a gendered pronoun takes up,
    # not the last woman named before it
    ("La conseillère municipale Claire Barbier a défendu le projet de tramway devant la presse. Inquiétude, en "
     "revanche, du côté de la Fédération des commerçants de Lorient, qui compte 900 membres. Dans une lettre ouverte, "
     "elle réclame « un vrai débat public sur le tracé ».", "vrai débat public", "Fédération des commerçants de Lorient",
     "pronoun"),
    # a finite verb after an opening noun phrase and the phrases set off after it is that noun's, whatever the
    # parser hung it on: the anonymous worker speaks, not the director named before
    ("La directrice du dépôt, Claire Morin, promet des embauches au printemps. Un jeune salarié, arrivé il y a deux "
     "ans, qui préfère taire son nom, résume l'état d'esprit : « Avec leur planning, je ne saurai plus le vendredi "
     "si je travaille le samedi. »", "je ne saurai plus", "un jeune salarié", "nominal"),
    # a role whose body is named by its acronym is the role given with the body's full name and that acronym
    ("Au premier rang, Moussa Ndiaye, président de l'Union nationale des transporteurs routiers du Mali (UNATRAM), "
     "a pris des notes. Le président de l'UNATRAM a ensuite lu ses demandes : « Nous voulons des péages "
     "plafonnés. »", "péages plafonnés", "Moussa Ndiaye", "nominal"),
    # in a trial report the defendant the lede described and named next is « le prévenu » and « le sexagénaire »
    ("L'ancien directeur de l'office de tourisme a comparu mardi devant le tribunal correctionnel de Vannes.\n\n"
     "Les mains jointes, Yves Le Goff a reconnu les faits. Yves Le Goff a promis de rembourser. « Et les voyages "
     "à Venise ? », a demandé le président, Paul Rivière. Le trésorier, Marc Jaouen, avait pourtant donné l'alerte. "
     "Réponse du sexagénaire : « Je les croyais justifiés. »",
     "croyais justifiés", "Yves Le Goff", "nominal"),
    # a role noun glued by a hyphen to « d'État » is a second title of the same person, not the minister he serves
    ("date 2026-06-11\nAndorre : le budget voté\n\nLe Conseil général a adopté jeudi le budget de la "
     "principauté. « Nous avons tenu nos engagements sans augmenter la dette », a déclaré Pere Vilanova à "
     "l'issue du vote. Le ministre d'État-ministre des Finances et de la Fonction publique voit dans ce vote "
     "« une étape décisive » pour les comptes publics.", "étape décisive", "Pere Vilanova", "nominal"),
    # a quote running over two sentences is spoken in the last: a description two sentences on takes up its speaker
    ("Le département a financé la moitié du nouveau gymnase. « Nous avons tenu parole. Le reste viendra de "
     "l'État », a assuré sa présidente, Odile Marchand, lors de l'inauguration. Le chantier avait pris deux ans de "
     "retard. Questionnée sur le coût final, l'élue a reconnu une facture « plus lourde que prévu ».",
     "plus lourde", "Odile Marchand", "nominal"),
    # a subject description with a name set off after it is that person's, no other person's description
    ("Dans l'hypermarché, la colère gagne les salariés. Leur déléguée syndicale, Julie Moreau, exige « des "
     "embauches avant les fêtes ».\n\n« On ne tiendra pas un mois de décembre de plus à ce rythme », prévient la "
     "caissière, quinze ans de maison.", "décembre de plus", "Julie Moreau", "nominal"),
    # an elected person's constituency is no other body than the party in brackets after their name
    ("La fermeture de la maternité de Vierzon divise. La députée Claire Dumont (Horizons) a interpellé le "
     "gouvernement mardi. « On ne ferme pas une maternité par circulaire », a lancé l'élue de Vierzon, applaudie "
     "sur tous les bancs.", "par circulaire", "Claire Dumont", "nominal"),
    # the subject of a sentence wholly inside a quote is the speaker's words, no topic for the pronoun after it
    ("La ministre de la Santé, Sophie Martin, a défendu la réforme. La députée Anne Leroy lui a répondu en séance. "
     "« La ministre parle d'économies. Moi, je parle de patients », a-t-elle répliqué.", "parle de patients",
     "Anne Leroy", "pronoun"),
    # a role set off before a name behind its title of address ("M.") is that person's: not the other president
    ("Le président de l'Autorité de régulation, M. Gérard Akplogan, a défendu la sanction. Pour le président de "
     "l'Union des usagers, M. Paul Sossou, elle « ne répare rien ».\n\nInterrogé sur ce point, le président de "
     "l'Autorité a rappelé la loi. « Nous ne fixons pas les indemnités », a-t-il indiqué.", "fixons pas",
     "Gérard Akplogan", "pronoun"),
    # another title for the figure of a body the article named, after a person named in the sentence before
    ("Le chef du groupe Union citoyenne, Marc Tavita, a attaqué le texte. Paul Rurua lui a répondu en citant des "
     "chiffres. Le représentant d'Union citoyenne n'a pas cédé : « Votez contre, ou assumez-le », a-t-il lancé.",
     "assumez-le", "Marc Tavita", "pronoun"),
    # "lui" addresses the witness named before, not the man the sentence names in passing, whom "il" is not
    ("Cité comme témoin, Marc Vidal, 52 ans, a décrit des relations « cordiales » avec le prévenu. « On parlait "
     "travaux », a-t-il insisté.\n\nClaire Morin lui a alors montré une lettre de Jean Ferrand qui annonçait le "
     "marché. Il a haussé les épaules : « Je l'ai lue, je ne l'ai pas demandée. »", "pas demandée", "Marc Vidal",
     "pronoun"),
    # an unnamed court officer never falls back on the defendant, the subject of most sentences of a trial report
    ("Paul Mercier, 45 ans, a comparu mardi devant le tribunal correctionnel de Lyon pour abus de confiance. "
     "Paul Mercier a reconnu avoir encaissé les chèques de l'association. « Pourquoi ne pas les avoir "
     "déposés sur le compte du club ? », a demandé le juge.", "déposés sur le compte", "le juge", "nominal"),
    # a pronoun subject of a free relative under a preposition on the main verb ("for what he called") is the
    # main clause's subject, who speaks, not the man the verb acts on
    ("Opposition leader Tom Hale thanked Mr Ruiz for the briefing and for what he called \u201ca rare moment of "
     "candour\u201d.", "rare moment", "Tom Hale", "pronoun"),
    # a sentence pointing back to a quote with the singular "remark" names its source
    ("Daniel Osei, 52, was granted bail on Monday. Prosecutor Anna Kraus told the court the accused had \"every "
     "reason to flee\". \"I have done nothing wrong and I will prove it.\" Osei made the remark to reporters on the "
     "steps of the court.", "nothing wrong", "Daniel Osei", "explicit"),
    # "the MHK" (a member of the House of Keys, as "the MSP") is the member the article titled so, not a name
    ("Douglas East MHK Joney Faragher has tabled a question on the outage. The minister, Paul Quine, said the "
     "report would be published.\n\nSpeaking on the radio, the MHK said the reply was \u201ctoo little, too "
     "late\u201d.", "too little", "Joney Faragher", "nominal"),
    # a quote opening its paragraph, then a person introduced by a sentence holding a speech verb of no subject of
    # its own ("venus témoigner"): the one introduced spoke
    ("Le procès du transporteur s'est ouvert lundi à Évreux.\n\n« Je n'ai jamais vu personne de la société. Mon "
     "chef, c'était le gérant. » Sorin Popescu, 38 ans, est l'un des trois chauffeurs venus témoigner, par "
     "l'intermédiaire d'une interprète.", "Je n'ai jamais vu", "Sorin Popescu", "explicit"),
    # a quote opening a section, then a person introduced as the subject by a title the tagger leaves outside the
    # name ("Me" read as a noun): the one the title names spoke, not the previous speaker
    ("Les greffiers ont cessé le travail mardi. « Le dialogue est rompu », a déclaré Karim Alaoui, porte-parole du "
     "syndicat.\n\nDes avocats excédés\n\n« Tout est reporté à mars. » Me Julien Morel, avocat à Lyon et membre du "
     "conseil de l'Ordre, ne cache pas sa colère.", "Tout est reporté", "Julien Morel", "explicit"),
    # a quote opening its paragraph, then a sentence opening on a noun for it that names its author before quoting
    # words of its own: after a passive of signing, with no preposition
    ("Le conseil municipal a siégé lundi.\n\n« On nous promet des bus depuis deux ans. » L'interpellation est "
     "signée Sabrina Moulin, conseillère d'opposition, qui a réclamé « un calendrier précis et public ».",
     "On nous promet", "Sabrina Moulin", "explicit"),
    # ... or as the agent of the passive
    ("Les députés ont adopté le code minier.\n\n« Le port a doublé son trafic en cinq ans. » L'argument a été "
     "avancé par Yves Morel, député de la majorité, pour qui la réforme reste « une simple formalité "
     "administrative ».", "Le port a doublé", "Yves Morel", "explicit"),
    # a definite role opening the sentence right after a name takes that person up; the same role later, with no
    # holder, is still hers, not the person who spoke in between
    ("« Nous ne céderons rien », a lancé Claire Dumontet devant le conseil. La maire de Vierzon rappelle que la "
     "ville a déjà accueilli deux parcs solaires.\n\nSur le parvis, la porte-parole du collectif, Sandrine "
     "Morel, attendait les élus. « Personne ne nous a consultés », a-t-elle regretté.\n\nRien n'est décidé. "
     "« Le préfet aura le dernier mot », conclut la maire.", "le dernier mot", "Claire Dumontet", "nominal"),
    # a noun no role list holds, from a person's introduction (set off after the name, or the title before it)
    ("Devant la gare, Marc Hoffmann, délégué CGT des cheminots strasbourgeois, a pris la parole. Le cheminot "
     "affirme que la direction « a déjà tranché » sur les rames.", "déjà tranché", "Marc Hoffmann",
     "nominal"),
    ("Former Harbour Authority Comptroller James K. Dorley took the stand on Tuesday. Prosecutors say he signed "
     "the payments.\n\n\u201cI was abroad when those vouchers were signed,\u201d the former comptroller said.",
     "I was abroad", "James K. Dorley", "nominal"),
    # a source marker inside a relative clause after the quote sources that clause, not the quote: the subject of
    # the verb whose object the quote is speaks
    ("Le député Karim Benali a aussi mis en garde contre « un cadeau aux grands groupes du Sud », qui pourraient, "
     "selon le RND, racheter les terres à bas prix.", "cadeau aux", "Karim Benali", "explicit"),
    # the main subject comes after the quote: the subject of the clause whose object the quote is speaks, not the
    # person quoted before
    ("« Le texte est équilibré », a assuré la ministre, Nadia Ferhat. À Papeete, en revanche, la Fédération des "
     "commerçants n'a relevé « aucun risque sérieux » pour les clients, les deux enseignes étant rarement "
     "implantées dans les mêmes communes.", "aucun risque", "Fédération des commerçants", "explicit"),
    # the person named before a main verb the parser left without a subject
    ("« Le texte est équilibré », a assuré la ministre, Nadia Ferhat. À gauche, Claire Mourel (Les Écologistes) a "
     "voté le texte, non sans réclamer une « tarification sociale » dès la première année.", "tarification",
     "Claire Mourel", "explicit"),
    # a colon lead-in with no subject of its own goes on with the person the sentence before is about
    ("Sur le quai, Marc Delorme regardait partir le ferry. Puis, en remontant dans sa voiture : « On reviendra la "
     "semaine prochaine. »", "reviendra", "Marc Delorme", "previous"),
    # a noun its phrase gives an age is a person: the subject of the clause before the colon speaks
    ("« Le site fermera en juin », a confirmé le directeur, Paul Hennequin. Devant la grille, un soudeur de 52 "
     "ans, qui refuse de donner son nom, montre sa lettre de licenciement : « On nous jette comme des kleenex. »",
     "kleenex", "soudeur de 52 ans", "nominal"),
    # "the accused" (a participle the tagger left a verb) is the person the report has charged, not a cue "accuse"
    ("The court heard from Mr Kojo Addo, 58, of Accra, who is charged with theft. The hearing lasted an hour.\n\n"
     "“I have done nothing wrong,” the accused said.", "nothing wrong", "Kojo Addo", "nominal"),
    # an "il" the parser took for an expletive of a verb with no impersonal use is the subject the next pronoun
    # takes up, not a name in the clause it reports
    ("« Le tracé est acquis », tempère Jacques Morel, président du comité. Il regrette que ni Paul Vidal ni Anne "
     "Roy n'aient donné le moindre calendrier. « Sans date, ce n'est qu'une promesse », a-t-il insisté.",
     "Sans date", "Jacques Morel", "pronoun"),
    # the one a participle with no subject of its own turns to is not who the pronoun after it stands for
    ("Son avocate, Me Claire Schmit, a plaidé la relaxe. Elle n'a pas ménagé le parquet. Puis, se tournant vers Me "
     "Sophie Wagner : « Le dossier est vide. Il l'a toujours été », a-t-elle lancé.", "dossier est vide",
     "Claire Schmit", "pronoun"),
    ("Mayor Ellen Shaw defended the levy. Then, turning to Councillor Jane Price: “Nobody here wanted this,” she "
     "said.", "Nobody here", "Ellen Shaw", "pronoun"),
    # a title before a name is no nationality standing for a person: the name after it speaks
    ("Le préfet a reçu les commerçants. Interrogé sur la pétition de Marc Tiendrébéogo, le Colonel Issa Ouédraogo a "
     "promis « une phase de dialogue » avant toute sanction.", "phase de dialogue", "Issa Ouédraogo", "explicit"),
    # a pronoun in a free relative takes up the subject of its own sentence, a surname the tagger read as a noun
    ("Justice Helen Ferreira-Gomes ruled yesterday that the council had breached its duty to the tenants, although "
     "a magistrate had approved the orders. \"The council cannot hide behind its own paperwork,\" the judge wrote. "
     "Justice Ferreira-Gomes also faulted what she called the council's \"paper compliance\", noting that "
     "inspectors had never visited the flats.", "paper compliance", "Ferreira-Gomes", "pronoun"),
    # a name that owns a thing ("l'audition de X") is not whom the sentence is about
    ("Le maire, Jean Morel, a présenté le budget lundi. La sénatrice Odile Ferrand juge la réforme « bâclée ». Les "
     "premiers avertissements avaient été lancés dès 2022, bien avant l'audition de Martine Kessler. « On a perdu "
     "deux ans », déplore-t-elle.", "perdu deux ans", "Ferrand", "pronoun"),
    # a name opening its sentence after a title is its subject, however the parser hung it
    ("La procureure Anne-Laure Bastien a requis deux ans de prison. Me Claire Jacquet a plaidé pour la commune. "
     "« Chaque euro doit revenir aux habitants », a-t-elle lancé. Me Jacquet rejoint Anne-Laure Bastien sur un "
     "point : le maire ne pouvait ignorer les virements qui arrivaient sur le compte de sa société. « Il signait "
     "tout », a-t-elle insisté.", "Il signait tout", "Jacquet", "pronoun"),
    # the holder of a view opening the sentence ("Pour X,") goes before the focus of a cleft inside it
    ("Me Paul Girard, lui, a dépeint un gérant « dépassé ». « Mon client est un maçon, pas un comptable », a plaidé "
     "l'avocat. Pour Me Girard, c'est Marc Henrion qui a ouvert le compte sur lequel arrivaient les fonds, et qui en "
     "a retiré l'essentiel en liquide. « Le vrai coupable est en Espagne », a-t-il ajouté.", "vrai coupable",
     "Girard", "pronoun"),
    # a body named by a capitalised common noun, subject of the sentence before (past a stressed "lui aussi")
    ("Pierre Vallet, éleveur à Lans, cultive des parcelles sur les deux versants. « Je perds mes pâtures », "
     "explique-t-il. Le Parc naturel régional des Ballons des Vosges a lui aussi réagi. Dans un communiqué publié "
     "lundi, il regrette une décision « prise sans concertation » avec les communes.", "sans concertation",
     "Parc naturel régional des Ballons des Vosges", "pronoun"),
    # impersonal "on" after a fronted place speaks through the infinitive of "se contenter de"
    ("Un médiateur a été désigné lundi. Au cabinet de la ministre, on se contente de rappeler qu'il « reste à la "
     "disposition des deux camps ».", "disposition des deux", "cabinet de la ministre", "nominal"),
    # a relative clause on a noun set off after the quote, with a quote of its own, does not report the first one
    ("The Commission also reminded staff that unpaid leave “may lead to deductions”, a warning the Nurses "
     "Association described as “a slap in the face”.", "may lead", "Commission", "explicit"),
    # a name set off after a participial aside on the speaker is the one the aside names, not the speaker
    ("Paul Girard, ancien comptable de la mairie de Vierzon, est accusé de détournement de fonds. « Je n'ai jamais "
     "touché à la caisse », a soutenu l'accusé, interrogé par son avocate, Me Claire Dumont.", "touché à la caisse",
     "Paul Girard", "nominal"),
    # a definite role takes up the indefinite description with its own noun before one of its kind
    ("A High Court judge has ruled that the council evicted a tenant unlawfully. Justice Mary Okafor found that the "
     "tenant was never brought before a magistrate. “The council had no power to act alone,” the judge wrote.",
     "no power", "Mary Okafor", "nominal"),
    # an organisation word takes up the body named in the complement of the subject before ("le conseil de X"), not
    # the body that subject acted on
    ("Le conseil d'administration de l'Autorité de régulation de l'énergie a adopté lundi deux sanctions visant la "
     "société Hydro Plus. Les tarifs de l'entreprise devront baisser, selon le régulateur, d'« au moins 12 % » d'ici "
     "juin.", "au moins 12", "Autorité de régulation de l'énergie", "nominal"),
    # an organisation word takes up the body quoted just before, not an older subject
    ("The Transport Authority defended its new timetable on Monday.\n\n“Passengers were never asked.” That was the "
     "verdict of the Riders Union of Halton, which has tracked delays since 2021. The group said the schedule was “a "
     "step backwards for commuters”.", "step backwards", "Riders Union of Halton", "nominal"),
    # a body the model reads as a place, a subject that speaks, is one an organisation word takes up
    ("Les primes à l'isolation ont été suspendues en mars par la Région wallonne.\n\nLe Service public de Wallonie "
     "(SPW) a durci ses vérifications. « Chaque demande passe désormais par un agent sur le terrain », indique le SPW "
     "dans un courriel. L'administration dit avoir bloqué « une vingtaine de dossiers » depuis janvier.",
     "une vingtaine de dossiers", "Service public de Wallonie", "nominal"),
    # with no body named since, an organisation word takes up the body it took up before, not the last one quoted
    ("Le conseil de l'Autorité de régulation des transports a infligé jeudi une amende à Rail Express. Les retards "
     "sont « inacceptables », selon le régulateur.\n\nLa députée Anne Morel a interrogé le ministre. Elle n'a pas "
     "reçu de réponse.\n\nLes deux compagnies ont un mois pour réagir. Faute de quoi, prévient le régulateur, « des "
     "sanctions suivront ».", "sanctions suivront", "Autorité de régulation des transports", "nominal"),
    # a role's acronym with a hyphen (« la P-DG ») is no organisation: the one given the role spelt out
    ("Les salaires seront versés, assure Leïla Haddad, présidente-directrice générale de Sonatex depuis mai. La "
     "P-DG affirme que les machines repartiront « dès la semaine prochaine ».", "dès la semaine prochaine",
     "Leïla Haddad", "nominal"),
    # a body's title before a name is the role "the chairwoman" takes up, not an unnamed board member since
    ("At the hearing, WSRB Chairwoman Nora Tafuna said the board needed more time.\n\nA member of the board, who "
     "asked not to be named, said the rates were fair.\n\nTafuna said the board would meet again. \"Every island "
     "deserves a hearing,\" the chairwoman added.", "Every island deserves a hearing", "Nora Tafuna", "nominal"),
    # … but one named before the unnamed member only is not: the description takes up the one introduced last
    ("Chief negotiator Paul Mensah said on Monday that talks would resume.\n\nA member of the trade panel, who "
     "asked not to be named, said the deal was close. \"Five years is fine,\" the negotiator said.",
     "Five years is fine", "member of the trade panel", "nominal"),
    # a court officer described before the sentence naming the one demanding a sentence, past an adjunct of time
    ("Le procès de Paul Konan s'est ouvert mardi. Paul Konan a nié les faits. « Ce dossier est accablant », a "
     "lancé le substitut du procureur en fin de matinée. Serge Ahoua a requis cinq ans contre Paul Konan.",
     "Ce dossier est accablant", "Serge Ahoua", "nominal"),
    # a body subject of the incise's own sentence is no «il» when a person spoke just before: that person
    ("Le centre de recherche a publié son rapport lundi. « Les nappes baissent partout », a déclaré Paul Renard, qui "
     "dirige le laboratoire du centre.\n\nTrois autres études sont en cours, précise M. Renard. Le Centre veut « tout "
     "mesurer », a-t-il ajouté.", "tout mesurer", "Paul Renard", "pronoun"),
    # … but with no person before, the body keeps its incise
    ("La Fondation Lumière a publié un communiqué lundi. La Fondation veut « tout reprendre », a-t-elle ajouté.",
     "tout reprendre", "Fondation", "pronoun"),
    # a sentence quoting an anonymous source is about that source: the «il» of the next one, not the named speaker
    # of the paragraph before
    ("Le député Marc Henry a salué une « victoire ». « Les crédits existent », a-t-il écrit.\n\n« Les retards sont "
     "réels », glisse un conseiller du ministre, sous couvert d'anonymat. « Les vaccins arrivent au compte-gouttes », "
     "admet-il.", "compte-gouttes", "un conseiller du ministre", "pronoun"),
    # an indefinite description by kinship is a person the next sentence's pronoun takes up, not a body quoted before
    ("La préfecture n'a pas souhaité commenter. Selon la préfecture, le dossier « suit son cours ».\n\nDevant la "
     "mairie, une mère de famille, hébergée chez sa sœur, brandissait une pancarte « Un toit pour tous ». « Nous "
     "voulons juste un logement », a-t-elle confié.", "juste un logement", "une mère de famille", "pronoun"),
    ("The regional authority did not comment. According to the authority, the review \"is on track.\"\n\nA father "
     "of three held a placard reading \"Homes first\" outside the town hall. \"We just want a flat,\" he said.",
     "just want a flat", "father of three", "pronoun"),
    # a role description goes on with whom the sentence before is about when a pronoun is its subject
    ("Anne Leroy, la maire, a défendu le projet de piscine. « C'est un choix d'avenir », a-t-elle lancé.\n\n"
     "Marc Dubois, chef de file de l'opposition, n'est pas convaincu. Selon lui, le chantier « coûtera cher ». "
     "Il a aussi reproché à la majorité d'avoir ignoré l'avis des habitants.\n\n« Personne n'est contre le "
     "sport. Nous défendons les contribuables », a poursuivi l'élu.", "défendons les", "Marc Dubois", "nominal"),
    # « l'opérateur » is a business: the one just named as a subject
    ("L'Autorité de régulation des télécoms a infligé mardi une amende à Sahel Mobile. Moins sévèrement "
     "sanctionné, Orange Niger dispose de trois mois pour améliorer son réseau. Dans un communiqué, l'opérateur "
     "a dit « prendre acte » de la décision.", "prendre", "Orange Niger", "nominal"),
    # a bare « la direction » is the management of the body just talked about …
    ("Le plan social présenté jeudi par les Ateliers Morvan prévoit quarante suppressions de postes. La direction "
     "y évoque un « recentrage nécessaire » sur la production.", "recentrage", "Ateliers Morvan", "nominal"),
    # … not of a body named as a person's affiliation: then of the body that spoke last
    ("Dans un communiqué, les Ateliers Morvan dénoncent une « campagne de rumeurs ».\n\n« Si l'usine ferme, "
     "c'est toute la vallée qui ferme. » Le délégué du personnel, affilié à la Confédération générale du "
     "travail, redoute le pire. La direction lui a assuré que rien n'était décidé « à ce stade ».",
     "à ce stade", "Ateliers Morvan", "nominal"),
    # "the regulator" takes up the authority named before it, not the firm it fined
    ("The Energy Regulatory Authority fined Northgrid Power on Monday. Northgrid, which supplies half the region, "
     "had missed its targets for a second year. \"The penalty is meant to protect customers,\" the regulator "
     "said.", "penalty is meant", "Energy Regulatory Authority", "nominal"),
    # "the operator" is the business just named; with none named near, not a body quoted paragraphs before
    ("The National Communications Authority fined Vodafone Ghana on Monday over dropped calls. Vodafone Ghana has "
     "three months to fix its coverage. In a statement, the operator said it would \"invest in 200 new masts\" "
     "this year.", "200 new masts", "Vodafone Ghana", "nominal"),
    ("Le Kremlin a dénoncé « une provocation ».\n\nLe câble reliait les deux pays depuis 2009. Il a été "
     "endommagé dimanche. Les garde-côtes ont inspecté un cargo. Tallinn a indiqué que les réparations étaient "
     "en cours. L'opérateur a assuré que le trafic reprendrait « sous huit jours ».",
     "sous huit jours", "L'opérateur", "nominal"),
    # "the ministry" takes up a ministry or a department, not the union just named
    ("The Transport Workers Union called the rail plan reckless on Monday. \"We will review the figures,\" the "
     "ministry said.", "review the figures", "the ministry", "nominal"),
    # "the party" takes up a party named before, not the assembly named just before it …
    ("The Green Future Party walked out of the debate on Tuesday. The National Council then passed the budget. "
     "\"This is a gift to the banks,\" the party said.", "gift to the banks", "Green Future Party", "nominal"),
    ("Le Parti du renouveau a quitté la séance mardi. L'Assemblée nationale a ensuite voté le budget. Le parti "
     "dénonce « un cadeau aux banques ».", "cadeau aux banques", "Parti du renouveau", "nominal"),
    # … and, in a lede naming none, the first party the article names after it
    ("The budget cleared the National Council on Friday, with the main opposition party calling it \"a gift to "
     "the banks.\"\n\nSenator Mara Quill of the Green Future Party said the figures had been hidden.",
     "gift to the banks", "Green Future Party", "nominal"),
    ("Les agents de la mairie de Rivebelle ont cessé le travail lundi, le syndicat majoritaire dénonçant « un plan "
     "de casse ».\n\nLa secrétaire du Syndicat des agents territoriaux, Anne Morel, a appelé à manifester jeudi.",
     "plan de casse", "Syndicat des agents territoriaux", "nominal"),
    # « la diplomatie russe » is the ministry of foreign affairs of that nationality just quoted, not the last body
    ("« Ce choix est dangereux », a réagi le ministère polonais des affaires étrangères. « Nous dénonçons une "
     "escalade », a déclaré le ministère russe des affaires étrangères, cité par l'agence Interfax. La diplomatie "
     "russe reproche à Varsovie de « jouer avec le feu ».", "jouer avec le feu",
     "ministère russe des affaires étrangères", "nominal"),
    # « le même interlocuteur » takes up the one just quoted, named or not
    ("La direction a présenté son plan jeudi. « Personne ne croit à ces chiffres », glisse un membre du bureau "
     "syndical, qui a requis l’anonymat. Le même interlocuteur redoute « un hiver très agité » dans les "
     "ateliers.",
     "hiver très agité", "un membre du bureau syndical", "nominal"),
    # a pronoun takes up the body subject of the sentence before when the parser hung it on an opening participle
    # (« Contactée par X, la Région … affirme »), or a name the sentence opens with that an organisation noun
    # describes (« Airparif, l'association chargée de …, a donné … »), over a woman quoted earlier
    ("Le conseil a voté la fermeture du lycée. « C'est un abandon », a dénoncé Claire Dumas, conseillère "
     "régionale. Contactée par Ouest-France, la Région Bretagne affirme que le dossier « reste ouvert ». Elle se "
     "dit prête à « étudier toute proposition ».", "étudier toute", "Région Bretagne", "pronoun"),
    ("La préfète a imposé des travaux à l'usine. « Nous voulons des mesures », a insisté Lucie Marin, présidente "
     "du collectif des riverains. Mardi, le maire a demandé un capteur. Airparif, l'association chargée de mesurer "
     "la pollution, a donné son feu vert : selon elle, le capteur sera « en service avant l'été ».", "en service",
     "Airparif", "pronoun"),
    # « selon » / "according to" with a noun for figures: the source is their owner (the minister whose ministry
    # compiled them), not the figures, for the uncued quote after
    ("Le ministre de la Santé, Paul Girard, a présenté son plan mardi. « Nos hôpitaux manquent de bras », a-t-il "
     "lancé. Selon les chiffres de son ministère, le nombre de postes vacants a doublé en cinq ans. « Chaque poste "
     "vide, c'est un service qui ferme. »", "Chaque poste", "Paul Girard", "nominal"),
    ("Health minister Jane Moore unveiled her plan on Tuesday. \"Our hospitals are short of staff,\" she said. "
     "According to figures from her ministry, the number of vacant posts has doubled in five years. \"Every empty "
     "post is a ward that closes.\"", "Every empty", "Jane Moore", "nominal"),
]


@pytest.mark.parametrize(("text", "words", "speaker", "resolution"), CONTEXT_CASES)
def test_speaker_from_context(tmp_path: Path, text: str, words: str, speaker: str, resolution: str) -> None:
    quote = quote_containing(analyse_text(tmp_path, text), words)
    assert quote.speaker is not None and speaker.casefold() in quote.speaker.casefold()
    assert quote.resolution == resolution


def test_a_role_of_a_body_described_takes_up_its_holder(tmp_path: Path) -> None:
    """« la patronne du régulateur », paragraphs after the regulator was named and called so, and other bodies
    named since: its director, whom the article titled with the body's name."""
    text = ("L'Autorité de régulation des transports (ART) a sanctionné mardi la compagnie Rail Express. Le "
            "régulateur exige un plan de ponctualité.\n\n« Nous serons vigilants », a déclaré la directrice "
            "générale de l'ART, Sophie Marchal.\n\nLe ministère des Transports a pris acte de la décision. La "
            "compagnie conteste.\n\nInterrogée sur les sanctions, la patronne du régulateur s'est voulue "
            "prudente : « Nous ne voulons pas punir, mais protéger les voyageurs. »\n")
    assert quote_containing(analyse_text(tmp_path, text), "protéger les voyageurs").speaker == "Sophie Marchal"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Neighbours of the mine said the blasting had cracked their walls. One described the company's offer as "
     "\u201can insult to every family here.\u201d", "an insult", "one of the neighbours of the mine"),
    ("Supporters of Mr Ochieng say he has the votes. One called the count \u201ca formality.\u201d", "formality",
     "one of the supporters of Mr Ochieng"),
])
def test_a_group_opening_its_sentence_is_written_in_lower_case(tmp_path: Path, text: str, words: str,
                                                               speaker: str) -> None:
    """The capital of a sentence's first word is no part of the group "one of them" names."""
    assert quote_containing(analyse_text(tmp_path, text), words).speaker == speaker


def test_the_minister_is_not_the_prime_minister(tmp_path: Path) -> None:
    text = ("Prime Minister Anna Berg named a new cabinet on Monday. Lars Holm, who takes over finance, said little "
            "about his plans.\n\nThe health budget will fall by 4 per cent next year, in a move the minister called "
            "“regrettable”.")
    assert quote_containing(analyse_text(tmp_path, text), "regrettable").speaker != "Anna Berg"


TRIAL_OF_A_COUPLE = (
    "Procès à Reims\n\nLe gérant d'une entreprise de nettoyage et son épouse ont comparu mardi devant le tribunal "
    "correctionnel de Reims.\n\nMardi, son gérant, Olivier Ferrand, 51 ans, et son épouse Nadège, cogérante, "
    "comparaissaient pour travail dissimulé.\n\nÀ la barre, le prévenu, costume sombre et voix basse, a reconnu des "
    "erreurs. « Je n'ai pas vu le temps passer », a-t-il expliqué.\n\nSon épouse, qui tenait les comptes, assure "
    "n'avoir « rien su » des embauches. « Moi, je faisais la paie. Les chantiers, c'était Olivier », a-t-elle "
    "déclaré.\n\nLe procureur a requis un an avec sursis contre Olivier Ferrand et six mois contre Mme Ferrand.\n")


@pytest.mark.parametrize(("words", "speaker"), [
    ("le temps passer", "Olivier Ferrand"),  # "Mme Ferrand" is his wife: "le prévenu" stays a man
    ("rien su", "Nadège"),  # "son épouse" takes up the wife the article named so
    ("je faisais la paie", "Nadège"),  # and "elle" after her: a name after a kinship noun names a person
])
def test_a_couple_on_trial_keeps_husband_and_wife_apart(tmp_path: Path, words: str, speaker: str) -> None:
    assert quote_containing(analyse_text(tmp_path, TRIAL_OF_A_COUPLE), words).speaker == speaker


def test_unnamed_description_stays_a_description(tmp_path: Path) -> None:
    text = ("The government defended its housing bill on Monday. \"There is no question of the target being "
            "watered down,\" the spokeswoman said.")
    quote = quote_containing(analyse_text(tmp_path, text), "watered down")
    assert quote.speaker == "the spokeswoman" and quote.resolution == "nominal"


@pytest.mark.parametrize(("text", "words"), [
    ("Kateri Tekakwitha a été reconnue une première fois par l'Église lorsque le pape l'a nommée « patronne de "
     "l'environnement et de l'écologie ».", "patronne de"),
    ('"Nobody should think this gets easier," one senior EU official said, speaking on condition of anonymity.',
     "Nobody should"),
])
def test_passive_subjects_and_unnamed_sources_are_not_speakers(tmp_path: Path, text: str, words: str) -> None:
    quote = quote_containing(analyse_text(tmp_path, "Olena Dovzhenko wrote on Monday. " * ("Nobody" in text)
                                          + text), words)
    assert quote.speaker is None or "Tekakwitha" not in quote.speaker and "Dovzhenko" not in quote.speaker


@pytest.mark.parametrize(("text", "words", "told"), [
    ("Le maire de Niort, Paul Girard, a présenté son plan canicule mardi. En attendant, les habitants sont invités "
     "à « limiter leurs déplacements aux heures les plus chaudes ».", "limiter leurs", "habitants"),
    ("La préfète a pris un arrêté sécheresse. Les agriculteurs sont priés de « réduire l'irrigation de moitié ».",
     "réduire l'irrigation", "agriculteurs"),
])
def test_the_subject_of_a_passive_is_the_one_told_not_the_speaker(tmp_path: Path, text: str, words: str,
                                                                   told: str) -> None:
    quote = quote_containing(analyse_text(tmp_path, text), words)
    assert quote.speaker is None or told not in quote.speaker


def test_a_description_owned_by_a_person_is_not_a_person_named_near(tmp_path: Path) -> None:
    text = ("The minister, Paul Grant, announced the hospital plan on Monday. Grant said it would cut waiting lists."
            "\n\nDoctors' unions welcomed the plan but warned about staffing. Grant is due to meet them next week."
            "\n\nAsked whether the prime minister would back it, the prime minister's official spokesman said: "
            '"The plan has the full support of the government."')
    quote = quote_containing(analyse_text(tmp_path, text), "full support")
    assert quote.speaker == "the prime minister's official spokesman" and quote.resolution == "nominal"


# Short paragraphs in common wire styles (invented), each quote with its speaker: constructions the gold sets may
# lack ("X, who …, said", "said X, a …", "added in a statement", a quote split around "he added", "Asked about …,
# she said", a pronoun after two people of different gender, "In her view", "Its minister, X,").
WIRE_PARAGRAPHS = [
    ("PHOENIX (AP) — Gov. Linda Marsh signed a water-sharing compromise on Thursday that ends a two-year dispute "
     "with farmers.\n\n"
     '"Nobody got everything they wanted," said Marsh, a Democrat in her second term. "That is what a fair deal '
     'looks like."\n\n'
     '"This deal buys us time," Carlos Mendez, the president of the Yuma County Farm Bureau, which represents about '
     '900 growers along the lower Colorado River, said in a phone interview. "It doesn\'t solve the drought."\n\n'
     "State Sen. Jake Porter, a Republican who had threatened to block the bill, added in a statement that farmers "
     'had been "heard at last."\n\n'
     "Marsh and Porter spoke briefly after the signing. Asked whether more cuts were coming, she said the state "
     'would "cross that bridge when we get there."',
     [("Nobody got", "Marsh"), ("fair deal", "Marsh"), ("buys us time", "Mendez"), ("solve the drought", "Mendez"),
      ("heard at last", "Porter"), ("cross that bridge", "Marsh")]),
    ("BRUSSELS, May 12 (Reuters) - European Union finance ministers failed to agree on Tuesday on how to loosen "
     "budget rules for defence spending, officials said.\n\n"
     '"We need flexibility, but not a blank cheque," Dutch Finance Minister Pieter de Graaf, whose government has '
     "long opposed joint borrowing for anything other than emergencies, told reporters as he arrived.\n\n"
     'Italy was more upbeat. Its Economy Minister, Marco Bellini, said there was "a clear majority" for change.',
     [("blank cheque", "Graaf"), ("clear majority", "Bellini")]),
    ("Transport Secretary Daniel Greaves has defended the new rail timetable after a week of cancellations.\n\n"
     '"I understand why passengers are angry," Mr Greaves said. "But the old timetable," he added, "was simply '
     'not working."\n\n'
     "Sarah Okoye, who chairs the Commons transport committee, met Mr Greaves on Tuesday. She said the department "
     'had been warned "many times" about staff shortages.\n\n'
     '"We will keep pushing for answers," said Ms Okoye, a Labour MP since 2017.',
     [("passengers are angry", "Greaves"), ("old timetable", "Greaves"), ("simply not working", "Greaves"),
      ("many times", "Okoye"), ("pushing for answers", "Okoye")]),
    ("The government's chief climate adviser, Dr Ruth Ashby, has resigned, saying the decision to grant new oil "
     'and gas licences made her position "untenable".\n\n'
     "James Holt, the energy minister, met Ashby last week. \"I respect Ruth enormously,\" he said. \"But I don't "
     'accept that the two goals are in conflict."\n\n'
     "The care minister, Joanna Fry, met union leaders on Monday. In her view, the sector needs \"a proper plan, "
     'not another review". Holt did not attend.\n\n'
     '"We can\'t keep pretending," said Ashby, who chaired the advisory committee for six years.',
     [("untenable", "Ashby"), ("Ruth enormously", "Holt"), ("in conflict", "Holt"), ("proper plan", "Fry"),
      ("keep pretending", "Ashby")]),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_PARAGRAPHS)
def test_wire_style_paragraphs(tmp_path: Path, text: str, expected: list[tuple[str, str]]) -> None:
    analysis = analyse_text(tmp_path, "Wire copy\n\n" + text)
    speakers = {words: (name, quote_containing(analysis, words).speaker) for words, name in expected}
    assert not {words: found for words, (name, found) in speakers.items() if found is None or name not in found}


def test_no_inheritance_once_another_person_takes_over(tmp_path: Path) -> None:
    text = ("« Nous resterons aux côtés de l'Ukraine », a déclaré Catherine Colonna.\n\nLe lendemain, Volodymyr "
            "Zelensky a reçu les ambassadeurs. Le président Emmanuel Macron a convoqué son gouvernement.\n\n"
            "« Les livraisons d'armes continueront tout au long de l'hiver prochain. »")
    quote = quote_containing(analyse_text(tmp_path, text), "livraisons")
    assert quote.speaker is None or "Colonna" not in quote.speaker


@pytest.mark.parametrize(("text", "words"), [
    ("L'une des œuvres majeures de l'exposition, la sculpture « La Petite danseuse de quatorze ans » de Degas.",
     "Petite danseuse"),
    ("Cette nouvelle série de billets est baptisée « Europe » et présente un visage humain.", "Europe"),
    ("Baptisé « 4X Pro », le nouveau téléphone de la marque sortira à l'automne.", "4X Pro"),
    ("Interrogé par « La Dépêche », le maire de Figeac a reconnu un retard dans les travaux.", "La Dépêche"),
    ("Elle cite les projections du rapport « España 2050 », publié par les services du Premier ministre.",
     "España 2050"),
    ("« Il faut sortir de la naïveté », plaide Thierry Breton dans un entretien au « Journal du dimanche ».",
     "Journal du dimanche"),
    # a title word after the name, or at the head of the noun phrase the name closes
    ("Speaking on City FM’s “Morning Call” programme, the minister said the budget was balanced.", "Morning Call"),
    ("She cited a report by the Audit Office, “Managing the Ferry Fleet”, which found repeated delays.",
     "Managing the Ferry"),
    ("Le régulateur s'appuie sur un rapport de 30 pages, « État des réseaux d'eau potable », publié lundi.",
     "État des réseaux"),
    ("The audit, “Review of Harbour Leases Granted Between 2015 and 2021 in the Northern District”, was tabled.",
     "Review of Harbour"),
    # a slogan on a banner, a placard or under a watchword
    ("Dozens of nurses gathered outside the hospital, holding placards reading “Staff the wards now”.",
     "Staff the wards"),
    ("Devant la mairie, une banderole proclame : « Nos écoles ne sont pas à vendre ».", "Nos écoles"),
    ("Les agents défileront jeudi sous le mot d'ordre « Pas de moyens, pas de service ».", "Pas de moyens"),
    # a name headed by a title word of its own, or after a class noun, or the medium a speech verb goes through
    ("The firm planned to export charcoal under its “Limpopo Green Corridor Project”, the filing shows.",
     "Limpopo Green"),
    ("Les six communes ont signé jeudi la « Déclaration de Porrentruy » sur le rail régional.", "Porrentruy"),
    ("The unions said the “Clean Rivers” pledge rang hollow for the fishing towns.", "Clean Rivers"),
    ("La garderie « Les Petits Lutins » a fermé ses portes lundi à Arlon.", "Petits Lutins"),
    ("L'affaire avait été révélée en mars par le « Courrier du Valais ».", "Courrier du Valais"),
    ("Writing in “The Harbour Gazette” on Sunday, the mayor defended the plan.", "Harbour Gazette"),
    # a name owned through a possessive, a guest's programme
    ("Appearing on Coast Radio’s “Evening Desk” on Tuesday, the treasurer defended the levy.", "Evening Desk"),
    ("The council pointed to the agency's “Flood Risk Atlas”, which shows the estuary towns exposed.",
     "Flood Risk Atlas"),
    ("Invitée de « Face aux lecteurs » sur Radio Nord, la sénatrice a promis un vote avant l'été.",
     "Face aux lecteurs"),
    # a name written as one (every long word capitalised), a document's head or the object of signing it, a
    # capitalised name qualifying the noun after it
    ("Work will start in May on an estate the developer has branded “Harbour View Gardens”, the mayor said.",
     "Harbour View"),
    ("Le critique Paul Renard, auteur de « La Forêt et les Hommes », salue un film courageux.", "La Forêt"),
    ("Les deux ministres ont paraphé mardi le « Mémorandum de coopération sur les corridors routiers ».",
     "Mémorandum de coopération"),
    ("Les deux communes ont signé jeudi une « Feuille de route pour l'eau potable » à Sion.", "Feuille de route"),
    ("The agency said the first “Safe Streets” corridors would open in the spring.", "Safe Streets"),
    # a name in lower case next to a noun for a named thing, a legal text's title after its noun
    ("Les dockers appellent à une nouvelle opération « quai désert » mardi, a indiqué leur délégué Marc Roux.",
     "quai désert"),
    ("La mairie de Dole, selon son maire Paul Girard, lance la campagne « zéro mégot » dans les parcs.",
     "zéro mégot"),
    ("The mayor, Joan Pike, said the “cash for trees” scheme had paid 40 farmers to replant the hills.",
     "cash for trees"),
    ("Les députés examinent la proposition de loi « visant à protéger les haies bocagères », a précisé Anne Morel.",
     "protéger les haies"),
    # words listed after a slogan on a banner, or rendering it in brackets
    ("Devant le portail, des salariés brandissaient des banderoles où on pouvait lire « Usine vivante » ou encore "
     "« Nos primes ne sont pas un cadeau ».", "Nos primes"),
    ("Outside, hundreds of farmers waved placards reading “Sin agua no hay vida” (“No water, no life”).",
     "No water"),
])
def test_names_of_works_are_titles(tmp_path: Path, text: str, words: str) -> None:
    assert quote_containing(analyse_text(tmp_path, text), words).kind == "title"


@pytest.mark.parametrize(("text", "words"), [
    ("The mayor said the so-called “water mafia” still controls the tankers in the eastern wards.", "water mafia"),
    ("Residents said the new tax, already nicknamed “the bread levy”, would hit poorer families hardest.",
     "bread levy"),
    ("Engineers warned that the cable is what they know as a “single point of failure” for the island.",
     "single point"),
    ("Le maire a dénoncé ces studios de neuf mètres carrés surnommés « cages à lapins » par les locataires.",
     "cages à lapins"),
    ("Le décret d'application de la loi dite « zéro artificialisation » est attendu pour le printemps.",
     "zéro artificialisation"),
    # a marker split by where the name is used, and what nobody in particular calls a thing
    ("The levy, known around the harbour as the “anchor tax”, raised $4 million last year.", "anchor tax"),
    ("L'ONG dénonce ces montages, connus dans le milieu sous le nom de « pavillonnage », depuis des années.",
     "pavillonnage"),
    ("Le gymnase municipal, que tout le monde ici appelle le « frigo », sera rénové l'an prochain.", "frigo"),
    ("La commune se trouve dans ce que l'on appelle pudiquement un « désert médical ».", "désert médical"),
    ("Prices soared during what has been called Vanua’s “land grab” of the early 2020s.", "land grab"),
    # a name given after a noun for a name, and a bare term that no speech word of its sentence gives anyone
    ("Dans l'entreprise, ces retards avaient même un nom : les « minutes fantômes ».", "minutes fantômes"),
    ("Le procès de l'affaire dite des « factures jumelles » s'ouvre lundi à Cotonou.", "factures jumelles"),
    ("« Les bateaux attendent trois jours », déplore Anne Morel. Au port, le nouveau quai est surnommé depuis l'été"
     " « la passoire ».", "la passoire"),
    ("« Le poisson part à Rungis dès l'aube », explique Yann Le Goff. Ici, le pêcheur est payé à la « fraîcheur »,"
     " qui dépend de l'heure de la vente.", "fraîcheur"),
    ("“The river has been empty since March,” said Tom Reilly. It is not the first time the eels have staged a "
     "“vanishing trick” in the estuary.", "vanishing trick"),
    ("« Les cours ont doublé en un an », note Paul Meyer. Depuis dix ans, la question des « terres rares » divise les"
     " deux pays.", "terres rares"),
    # a term inside a relative clause whose verb has a subject of its own is not the main subject's words
    ("Ten years after the crash, the Nordic Council, the body that once stood for what economists liked to call "
     "“Nordic consensus”, was barely meeting.", "Nordic consensus"),
    # a nickname between a given name and a surname
    ("Local fisherman Peter “Big Pete” Walcott, 52, said the catch had halved since spring.", "Big Pete"),
    ("Le doyen du conseil, Marcel « Célou » Pontarlier, a voté contre le budget.", "Célou"),
    # a term qualifying the noun after it, after a demonstrative, glossed by one, named by a noun for a topic
    ("Auditors said the money was routed through six “paper” firms registered in Cyprus.", "paper"),
    ("Le maire a encore défendu ce « chantier fantôme » du centre-ville devant le conseil.", "chantier fantôme"),
    ("Le syndicat dénonce les « nuits blanches », ces gardes de vingt-quatre heures imposées aux internes.",
     "nuits blanches"),
    ("Le ministre rappelle que le thème de la « souveraineté alimentaire » revient dans tous les programmes.",
     "souveraineté alimentaire"),
    ("Officials said they were tired of talk of a “price war” between the two ferry operators.", "price war"),
    # a charge a defendant is tried for, a label after « dit de » or a comma and « dite », a term after
    # adjectives in a sentence with no speech word
    ("Le gérant comparaissait jeudi devant le tribunal de Namur pour « travail dissimulé ».", "travail dissimulé"),
    ("Les salariés ont signé l'an dernier un accord dit de « compétitivité » avec la direction.", "compétitivité"),
    ("Une circulaire du ministère, dite « Routes 2030 », fixe les nouvelles règles de chantier.", "Routes 2030"),
    ("Les éleveurs du plateau vivent dans de véritables « déserts vétérinaires » depuis deux ans.",
     "déserts vétérinaires"),
    # a bare term no speech word reaches, after a quote whose speaker it would otherwise take: the subject of a
    # passive, the complement of a noun, after a participle with no agent, the predicate of a copula
    ("« Nous tiendrons jusqu'au bout », a déclaré la porte-parole Anne Morel. Dans les hôpitaux, un « service "
     "allégé » est assuré par les internes.", "service allégé"),
    ("« La ligne est saturée », a déploré le maire, Paul Girard. Les trains de la « ligne fantôme » circulent à "
     "moitié vides depuis l'annonce du préfet.", "ligne fantôme"),
    ("« L'usine fermera en juin », a confirmé Marc Dubois. L'usine, longtemps présentée comme le « joyau » de la "
     "vallée, emploie encore 300 salariés.", "joyau"),
    ('"We cannot wait any longer," said Ruth Adams. Rents in the town remain far above the threshold of "housing '
     'stress" set by the state.', "housing stress"),
    ('"The water is brown," said Ruth Adams. Since the mine opened, the creek has become a "toxic soup", despite '
     'warnings from the state.', "toxic soup"),
    # a term before a plural noun for named things gives a kind of them, not one's name
    ("Councillors, led by Mary Vance, backed one of the largest “rent guarantee” schemes in the county.",
     "rent guarantee"),
    # a participle of naming after a noun or its comma, adverbs between; a term glossed in brackets by its acronym
    # or a rendering in lower case
    ("According to Ama Boateng, youths have left for small-scale gold digging, locally called “kawa”, which "
     "poisons the rivers.", "kawa"),
    ("The council report, marked “Restricted”, was sent to ministers, said Tom Reilly.", "Restricted"),
    ("Tom Reilly said farmers had turned to a method called “slash and burn” in the hills.", "slash and burn"),
    ("La députée Marie Leclerc a brandi la dernière note du ministère, intitulée « Ponts et tunnels : bilan ».",
     "Ponts et tunnels"),
    ("Le maire Paul Girard rappelle que le « pacte fiscal local » (PFL) doit être revu avant l'été.",
     "pacte fiscal local"),
    ("Selon Anne Morel, la place croissante du « gotong royong » (entraide villageoise) pèse sur le budget.",
     "gotong royong"),
])
def test_terms_after_a_naming_marker_are_scare_quotes(tmp_path: Path, text: str, words: str) -> None:
    assert quote_containing(analyse_text(tmp_path, text), words).kind == "scare"


@pytest.mark.parametrize(("text", "words"), [
    # a clause after a title word's phrase is somebody's words, and so are those a person says by a placard or
    # pointing at it
    ("Asked about a report by the regulator, “We did nothing wrong,” the chief executive said.", "nothing wrong"),
    ("Holding a placard, Mary Jones said: “We want our jobs back.”", "jobs back"),
    ("Le délégué syndical a pris la parole. Puis, désignant la pancarte : « Cette grève doit servir d'exemple. »",
     "servir d'exemple"),
    # what a person calls a thing is theirs
    ("Ms Ross warned against what she called “reckless borrowing” by the council.", "reckless borrowing"),
    ("Le maire s'agace de ce qu'il appelle « le feuilleton parisien ».", "feuilleton parisien"),
    # a term a speech verb of its sentence reports, a capitalised phrase pleaded for, a bill a speaker points at
    ("Le maire Paul Girard a dénoncé la « gabegie » du chantier.", "gabegie"),
    ("La députée Marie Leclerc plaide pour une « Europe plus sociale ».", "Europe plus sociale"),
    ("Le maire Paul Girard refuse de « vider les caisses » de la commune pour ce stade.", "vider les caisses"),
    ("“This Bill,” she added, “does not punish anyone who acts in good faith.”", "This Bill"),
    # a quote closing a sentence before a name opening the next is no nickname
    ("Asked whether he would resign, Mr Okoro said “Never.” Adeyemi, his deputy, disagreed.", "Never"),
    # an adjective qualifying the noun after the marks, a plea « pour » that is no charge, a possessive
    ("A senior official said Ottawa was bracing for a “very hard” review of the treaty.", "very hard"),
    ("The senator warned the cuts would mean “the end of the Northern Isles Ferry Service” for the islands.",
     "the end of"),
    ("L'avocat de la défense a plaidé pour « une peine qui laisse une chance » à son client.", "une peine"),
    ("La ministre a exprimé sa « vive inquiétude » après la fermeture de l'usine.", "vive inquiétude"),
    # an adjective after a noun for a named thing, what a labelling verb says of one
    ("Le ministre Paul Girard a promis un plan « ambitieux » pour la filière bois.", "ambitieux"),
    ("The opposition leader, Tom Hale, called the scheme “daylight robbery”.", "daylight robbery"),
    # a participle of naming that an agent follows, a verb of calling after its subject or a name and its comma
    ("Tom Reilly said the scheme, called “reckless” by the opposition, would go ahead.", "reckless"),
    ("Critics called “a disgrace” what the council did, said Tom Reilly.", "a disgrace"),
    ("Tom Reilly said the mayor, Ann Cole, called “reckless” the decision.", "reckless"),
    ("The union has, for its part, called “a betrayal” the decision to close the plant, said Tom Reilly.",
     "a betrayal"),
    # words said after a comma that follows a title, and a translation in brackets in marks of its own
    ("In a statement, spokesman Omar Said said the government, which calls itself the “People’s Council”, “will "
     "not bow to pressure” from abroad.", "will not bow"),
    ("“Hindi kami susuko,” Ana Cruz said. (“We will not give up.”)", "Hindi kami"),
    # a term in a noun phrase that a speech verb governs, that the verb of a speaking subject takes, or in a
    # sentence a source marker opens
    ("La ministre a dénoncé l'absence de « garanties sérieuses » dans le contrat.", "garanties sérieuses"),
    ("Le maire, Paul Girard, impute une partie des retards aux « lenteurs administratives ».",
     "lenteurs administratives"),
    ("Selon la maire, Anne Morel, le centre-ville est devenu un « désert commercial ».", "désert commercial"),
    ("« Le dossier était complet », assure Marc Dubois. Ses notes, « écrites en une nuit », renvoient la faute à "
     "« toute la hiérarchie ».", "toute la hiérarchie"),
])
def test_words_said_near_a_title_a_sign_or_a_calling_verb_are_speech(tmp_path: Path, text: str, words: str) -> None:
    assert quote_containing(analyse_text(tmp_path, text), words).kind == "speech"


def test_a_reflexive_dite_gives_the_speakers_words(tmp_path: Path) -> None:
    text = "Jointe par téléphone, la directrice de l'école s'est dite « très inquiète » pour la rentrée."
    assert quote_containing(analyse_text(tmp_path, text), "très inquiète").kind == "speech"


def test_a_measure_after_a_title_word_is_no_title(tmp_path: Path) -> None:
    text = "Selon le syndicat, la réforme rend les sites industriels « 20 % moins compétitifs » que leurs voisins."
    assert quote_containing(analyse_text(tmp_path, text), "20 % moins").kind != "title"


def test_a_description_stops_before_an_adjunct(tmp_path: Path) -> None:
    text = "« Je n'ai rien à me reprocher », a assuré l'ancien ministre lors de son audition devant les juges."
    quote = quote_containing(analyse_text(tmp_path, text), "rien à me reprocher")
    assert quote.speaker == "l'ancien ministre"


@pytest.mark.parametrize(("text", "speaker"), [
    ("One Conservative MP in a northern marginal seat said the plan was “dead on arrival”.",
     "One Conservative MP in a northern marginal seat"),
    # not a place whose name the phrase's length would cut
    ("A senior official at the Coordinating Ministry for Maritime and Investment Affairs said the smelter was “a "
     "national priority”.", "A senior official"),
    # but the whole name of the body it speaks for, which the phrase's length would cut
    ("“The licence was granted after a full review,” a spokesperson for Canada's Department of Fisheries and Oceans "
     "(DFO) said.", "a spokesperson for Canada's Department of Fisheries and Oceans"),
])
def test_an_unnamed_source_keeps_where_it_sits(tmp_path: Path, text: str, speaker: str) -> None:
    assert [q.speaker for q in analyse_text(tmp_path, text).quotes] == [speaker]


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a country standing for its government in the deck
    ("date 2026-05-04\nJakarta and Canberra sign fisheries pact\n\nHost Indonesia called the agreement \"a first "
     "step, not the last\", but fishermen on both sides remain sceptical.\n\nJAKARTA: Indonesia and Australia on "
     "Monday signed a fisheries pact after two years of talks.\n\nSpeaking after the ceremony, Indonesia's Foreign "
     "Minister Retno Wulandari said the pact was \"a first step, not the last\".", "first step", "Retno Wulandari"),
    # a group in the lede, by the passive's agent
    ("date 2026-03-12\nRebellion over housing bill\n\nThe housing minister was accused of “betraying a whole "
     "generation of renters” by her own backbenchers last night.\n\nThe revolt is led by Tom Barker, a former "
     "tenants' advocate, who said the bill risked “betraying a whole generation of renters”.", "whole generation",
     "Tom Barker"),
    # a quote opening its paragraph after a heading quoting it, unattributed, is a new voice: the person the next
    # paragraph names for the first time
    ("date 2026-03-19\nLake plan shelved\n\nThe council voted on Wednesday to shelve the lake plan.\n\n"
     "\u201cEvery option is on the table\u201d\n\n\u201cEvery option is on the table, including the courts. The lake "
     "is dying.\u201d"
     "\n\nRuth Amis, chief executive of the lake trust, watched the vote from the gallery and said the trust had "
     "called its lawyers.", "Every option is on the table", "Ruth Amis"),
])
def test_an_opening_quote_given_to_no_person_goes_to_the_person_the_body_gives_it(tmp_path: Path, text: str,
                                                                                   words: str, speaker: str) -> None:
    quotes = [q for q in analyse_text(tmp_path, text).quotes if words in q.text]
    assert [(q.speaker, q.resolution) for q in quotes] == [(speaker, "previous"), (speaker, "explicit")]


def test_a_place_before_a_heading_colon_is_a_rubric_not_a_speaker(tmp_path: Path) -> None:
    text = ("Le ministre sénégalais Ousmane Sarr était à Paris.\n\nSahel : « la porte reste ouverte »\n\n"
            "Sur le Sahel, le ministre adopte un ton plus prudent.")
    quote = quote_containing(analyse_text(tmp_path, text), "la porte reste")
    assert quote.speaker != "Sahel"


def test_a_platform_before_a_colon_is_not_the_speaker(tmp_path: Path) -> None:
    text = 'Zelenskyy thanked allies, writing on Telegram: "Every air defense system saves lives."'
    quote = quote_containing(analyse_text(tmp_path, text), "Every air defense")
    assert quote.speaker != "Telegram"


def test_on_without_a_place_is_nobody(tmp_path: Path) -> None:
    text = "Catherine Colonna est arrivée lundi. « La décision viendra plus tard dans la semaine », dit-on."
    quote = quote_containing(analyse_text(tmp_path, text), "La décision viendra")
    assert quote.speaker is None


def test_a_country_in_a_complement_is_not_the_speaker(tmp_path: Path) -> None:
    text = ("La direction de la chaîne de l'audiovisuel extérieur de la France a condamné les agressions contre "
            "les journalistes, « qui doivent pouvoir exercer librement leur métier ».")
    quote = quote_containing(analyse_text(tmp_path, text), "exercer librement")
    assert quote.speaker is not None and quote.speaker != "France"


def test_negated_speech_verb_is_no_cue(tmp_path: Path) -> None:
    text = FRENCH_INTRO + "Catherine Colonna n'a pas dit « que la guerre était perdue pour Kiev et ses alliés »."
    quote = quote_containing(analyse_text(tmp_path, text), "guerre était perdue")
    assert quote.cue != "dire"


def test_quote_without_cue_inherits_the_previous_speaker(tmp_path: Path) -> None:
    text = (FRENCH_INTRO + "« Nous resterons aux côtés de l'Ukraine », a déclaré Catherine Colonna.\n\n"
            "« Les livraisons d'armes continueront tout au long de l'hiver prochain. »")
    quote = quote_containing(analyse_text(tmp_path, text), "livraisons")
    assert quote.speaker is not None and "Colonna" in quote.speaker
    assert quote.resolution == "previous"


def test_title_is_not_speech(tmp_path: Path) -> None:
    text = FRENCH_INTRO + "Le journal « Libération » consacre sa une à la visite de la ministre."
    assert quote_containing(analyse_text(tmp_path, text), "Libération").kind == "title"


def test_short_quote_without_cue_is_a_scare_quote(tmp_path: Path) -> None:
    text = "Le gouvernement prépare une « réforme » des retraites depuis des mois. Le texte arrive au Sénat."
    assert quote_containing(analyse_text(tmp_path, text), "réforme").kind == "scare"


@pytest.fixture(scope="module")
def seed_analysis() -> Analysis:
    return analyse_document(load_document(SEED))


def test_seed_has_14_distinct_quotes_all_by_tokaiev(seed_analysis: Analysis) -> None:
    speech = [q for q in seed_analysis.quotes if q.kind == "speech"]
    assert len({q.text.rstrip(" .") for q in speech}) == 14
    assert {q.speaker for q in speech} == {"Kassym-Jomart Tokaïev"}


def test_seed_quote_offsets_slice_the_text(seed_analysis: Analysis) -> None:
    text = seed_analysis.document.text
    assert all(text[q.start:q.end] == q.text for q in seed_analysis.quotes)


def test_seed_headline_quotes_merged_into_body(seed_analysis: Analysis) -> None:
    headings = [b for b in seed_analysis.document.blocks if b.kind == "heading"]
    assert not any(h.start <= q.start < h.end for q in seed_analysis.quotes for h in headings)


@pytest.mark.parametrize(("top", "key"), [
    (2, ["Nous ne sommes plus au stade des intentions", "Nos importations mettent six semaines"]),
    (3, ["décisive", "Nous ne sommes plus au stade des intentions", "Nos importations mettent six semaines"]),
])
def test_a_quote_of_a_few_words_is_key_only_when_nothing_longer_is_left(top: int, key: list[str]) -> None:
    quotes = [Quote("décisive", 0, 8, speaker="Rabat", resolution="explicit", fragment=True),
              Quote("Nous ne sommes plus au stade des intentions", 20, 60, speaker="Leïla Berrada",
                    resolution="explicit"),
              Quote("Nos importations mettent six semaines", 80, 120, speaker="Leïla Berrada", resolution="pronoun")]
    assert [q.text for q in mark_key_quotes(quotes, top=top) if q.key] == key


def test_key_quotes_respect_top_and_prefer_statements(seed_analysis: Analysis) -> None:
    key = seed_analysis.key_quotes
    statements = [q for q in seed_analysis.quotes if q.kind == "speech" and not q.fragment and q.speaker]
    assert len(key) == 8
    assert sum(not q.fragment for q in key) == min(8, len(statements))


def test_a_noun_after_said_that_is_another_verbs_subject_is_not_the_speaker(tmp_path: Path) -> None:
    text = ("NATO Secretary General Mark Rutte arrived in Kyiv. Zelenskyy thanked him and said Ukraine needed \"more "
            "air defence, now.\"")
    assert quote_containing(analyse_text(tmp_path, text), "air defence").speaker == "Zelenskyy"


def test_a_headline_description_gives_way_to_the_body_speaker(tmp_path: Path) -> None:
    text = ("date 2026-02-05\nPensions : « On ne lâchera pas », la rue répond au gouvernement\n\n"
            "« C'est une première étape. On ne lâchera pas tant que le gel ne sera pas retiré », a prévenu la "
            "secrétaire générale de la CGT, Karine Delorme, au départ du cortège parisien.\n")
    headline = next(q for q in analyse_text(tmp_path, text).quotes if q.text == "On ne lâchera pas")
    assert headline.speaker == "Karine Delorme" and headline.resolution == "previous"


def test_a_byline_under_a_headline_description_is_not_its_name(tmp_path: Path) -> None:
    """The parser hangs the byline's name on the headline's last noun as its apposition: no phrase runs over a
    paragraph break, so the description takes up the person the body gives its role."""
    text = ("date 2026-03-03\nFermeture de l'usine de Vierzon : « On nous a menti », dénonce l'ancien délégué "
            "syndical\n\nMathilde Perrin\n\nLe tribunal de commerce a prononcé lundi la liquidation de la société "
            "Berrimeca. Son ancien délégué syndical, Patrick Lemoine, 52 ans, était dans la salle. « On nous a menti "
            "pendant deux ans », a-t-il lâché à la sortie.\n")
    headline = next(q for q in analyse_text(tmp_path, text).quotes if q.text == "On nous a menti")
    assert headline.speaker == "Patrick Lemoine"


def test_a_lede_fragment_in_another_form_of_a_body_quote_takes_its_speaker(tmp_path: Path) -> None:
    """The lede gives the words of a later quote as an infinitive ("promet de « bloquer le chantier »" for "nous
    bloquerons le chantier"): the person saying them speaks for the description."""
    text = ("date 2026-05-12\nContournement de Saint-Lô : les riverains haussent le ton\n\n"
            "Le département a validé lundi le tracé du contournement routier, et un élu d'opposition promet déjà de "
            "« bloquer le chantier ».\n\nLes travaux doivent débuter à l'automne, pour une mise en service en "
            "2029.\n\n« Si les bulldozers arrivent avant la fin de l'enquête publique, nous bloquerons le chantier. "
            "Nous n'avons pas le choix », prévient Marc Duval, conseiller départemental du canton de Saint-Lô-2.\n")
    lede = quote_containing(analyse_text(tmp_path, text), "bloquer le chantier")
    assert lede.speaker == "Marc Duval" and lede.resolution == "previous"


def test_a_headline_given_to_an_organisation_goes_to_the_person_saying_its_words_among_others(
        tmp_path: Path) -> None:
    text = ("date 2026-11-18\nPonts du Rhin : « La frontière est revenue dans nos vies », dénonce l'Eurodistrict\n\n"
            "Berlin prolonge les contrôles. « La frontière est revenue dans nos vies. On a mis trente ans à "
            "l'effacer », a lancé Pascal Hummel, le président de l'Eurodistrict Strasbourg-Ortenau.\n")
    quotes = analyse_text(tmp_path, text).quotes
    headline = next(q for q in quotes if q.text == "La frontière est revenue dans nos vies")
    assert headline.speaker == "Pascal Hummel" and headline.resolution == "previous"


#: (article, a headline or lede quote, the speaker its body repeat gives it)
HEADLINE_REPEAT_CASES = [
    # a headline term or title of three words and more that a body quote says: speech, its speaker's
    ("date 2026-05-04\nCampagne laitière : « Pas un litre sans garantie », les éleveurs bloquent Lactalis\n\n"
     "Les éleveurs bloquent l'usine de Laval depuis lundi matin.\n\nLe comité attend une réponse du ministère.\n\n"
     "« Pas un litre sans garantie. Nous ne partirons pas avant un accord », lance Yves Le Gall, président de la "
     "coopérative laitière.\n", "Pas un litre sans garantie", "Yves Le Gall"),
    # a headline copies the final speaker of its body repeat, which the body's own repeat gives it
    ("date 2026-05-04\nBudget leaves schools facing “impossible cuts” as row grows\n\nHead teachers will face "
     "“impossible cuts to staff and clubs” next year, school leaders have warned.\n\nThe plan was published on "
     "Monday.\n\n“We are being left with impossible cuts to staff and clubs,” said Mary Collins, who chairs the "
     "Valley Schools Trust.\n", "impossible cuts", "Mary Collins"),
    # a lede's fragment no person says: the body that says it in its own cue
    ("date 2026-04-02\nÉlectricité : l'opérateur mis en demeure\n\nLe gendarme du secteur a mis en demeure mardi "
     "la compagnie de publier un calendrier « vérifiable ».\n\nLa compagnie dénonce une décision brutale.\n\n"
     "La Commission de régulation de l'énergie réclame un calendrier « vérifiable par chaque client », publié "
     "chaque semaine.\n", "vérifiable", "Commission de régulation de l'énergie"),
    # a heading changing a possessive of the body's words
    ("date 2026-04-02\nLa réforme des urgences inquiète les hôpitaux\n\nLe texte sera voté en juin.\n\n"
     "« Un danger réel pour la santé »\n\nLa directrice du centre hospitalier, Claire Morvan, s'inquiète : "
     "« Quand un patient attend dix heures, il y a un danger réel pour sa santé. »\n",
     "Un danger réel pour la santé", "Claire Morvan"),
    # a lede's pronoun standing for a body, the same words said by a person in the body
    ("date 2026-04-02\nArnaque aux panneaux solaires : prison avec sursis requise\n\nLe gérant de la société, "
     "Paul Mercier, et son associé comparaissaient mardi. Le parquet a requis de la prison avec sursis contre les "
     "deux hommes qui, selon lui, ont « vidé les comptes » de retraités.\n\nL'audience a duré sept heures.\n\n"
     "Pour la procureure Anne Vasseur, les prévenus ont « vidé les comptes » de personnes fragiles.\n",
     "vidé les comptes", "Anne Vasseur"),
    # a lede's sentence typed scare for want of a cue, which the body gives inside a longer quote
    ("date 2026-11-13\nMaternité de Payerne: le Grand Conseil ne cède pas\n\nPar 51 voix contre 45, les députés ont "
     "refusé jeudi de maintenir la maternité. Sur les bancs de la Broye, un cri : «C’est une trahison».\n\n"
     "Le vote était attendu.\n\n« Pour la Broye, c’est une trahison. Nous irons jusqu'au Tribunal fédéral », "
     "a lancé Pierre Rochat, député de la Broye.\n", "C’est une trahison", "Pierre Rochat"),
    # a headline whose parse gives the words to the wrong body: the body that says them
    ("date 2026-05-14\nCourt quashes permit for port dredging\n\nDredgeco to appeal as board insists it "
     "“acted within the law”\n\nA judge on Tuesday quashed the permit granted to Dredgeco.\n\nDredgeco said it "
     "would appeal.\n\nThe Coastal Licensing Board said it had “acted within the law at every stage” and would "
     "study the judgment.\n", "acted within the law", "Coastal Licensing Board"),
    # a lede's body whose words a description says in the body
    ("date 2026-10-14\nBatteries : Voltis met son usine « en pause »\n\nLe fabricant suspend pour dix-huit mois le "
     "chantier de son usine de Calais. Le gouvernement redoute « un signal désastreux ».\n\nPar Paul Lenoir\n\n"
     "« Abandonner Voltis maintenant, c’est envoyer un signal désastreux aux investisseurs », glisse un conseiller "
     "ministériel.\n", "un signal désastreux", "un conseiller ministériel"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), HEADLINE_REPEAT_CASES)
def test_a_headline_or_lede_fragment_takes_the_speaker_of_its_body_repeat(tmp_path: Path, text: str, words: str,
                                                                          speaker: str) -> None:
    quote = next(q for q in analyse_text(tmp_path, text).quotes if q.text == words)
    assert (quote.kind, quote.speaker, quote.resolution) == ("speech", speaker, "previous")


def test_the_medium_spoken_to_is_not_part_of_the_speaker_s_name(tmp_path: Path) -> None:
    text = "« Le site restera ouvert jusqu'en 2028 », confie à L'Echo Julien Marchal, le CEO de Voltra."
    assert quote_containing(analyse_text(tmp_path, text), "site restera").speaker == "Julien Marchal"


def test_a_heading_condensing_a_body_quote_takes_its_speaker(tmp_path: Path) -> None:
    text = ("date 2026-03-02\nInondations : la préfecture se défend\n\nLes sinistrés réclament des comptes après "
            "la crue de lundi. « Personne ne nous a prévenus de la montée des eaux », s'indigne Paul Garnier, un "
            "riverain. Le maire, lui, rappelle que la digue avait été renforcée en 2024.\n\n« Pas d'erreur de la "
            "préfecture »\n\nVendredi, les services de l'État ont tenu à répondre aux critiques. « Il n'y a pas eu "
            "d'erreur de la préfecture dans la gestion de l'alerte », a martelé la préfète Claire Dumas devant la "
            "presse.\n")
    heading = next(q for q in analyse_text(tmp_path, text).quotes if q.text == "Pas d'erreur de la préfecture")
    assert heading.speaker == "Claire Dumas" and heading.resolution == "previous"


def test_a_quote_alone_in_its_paragraph_repeated_later_is_a_pull_quote_of_the_later_speaker(tmp_path: Path) -> None:
    """An intertitle in quotes is laid out as its own paragraph: it takes the speaker of the later quote holding
    its words, not the previous quote's it seems to go on with."""
    text = ("date 2026-06-09\nLe conseil municipal adopte le nouveau stade\n\nLe maire, Alain Berthet, a défendu "
            "un équipement « attendu depuis vingt ans ». « Le club mérite mieux », a-t-il assuré.\n\n"
            "« Qui va rembourser l'emprunt ? »\n\nDans l'opposition, Sylvie Carrel a voté contre le projet. "
            "« Qui va rembourser l'emprunt ? Les contribuables, comme toujours », a-t-elle lancé.\n")
    pull = next(q for q in analyse_text(tmp_path, text).quotes if q.text.startswith("Qui va rembourser l'emprunt ?")
                and q.text.endswith("?"))
    assert pull.speaker == "Sylvie Carrel" and pull.resolution == "previous"


def test_a_heading_opening_on_an_article_the_body_leaves_outside_its_marks(tmp_path: Path) -> None:
    text = ("date 2026-02-03\nLe collectif obtient la fermeture de la décharge\n\nLa préfecture a signé l'arrêté "
            "lundi.\n\n« Une victoire pour les riverains »\n\nAnne Morel, présidente du collectif, salue une "
            "« victoire pour les riverains et pour tout le quartier ».\n")
    heading = next(q for q in analyse_text(tmp_path, text).quotes if q.text.startswith("Une victoire"))
    assert heading.speaker == "Anne Morel" and heading.resolution == "previous"


def test_a_role_the_headline_opens_on_is_the_person_the_lede_names(tmp_path: Path) -> None:
    text = ("date 2026-03-10\nRéforme de l'audiovisuel : au Sénat, le ministre de la Culture défend sa copie\n\n"
            "Auditionné mardi par la commission de la culture, Thomas Berger a défendu une réforme attendue. Les "
            "sénateurs de l'opposition, eux, restent sceptiques.\n\nD'entrée, le rapporteur socialiste, Paul Martin, "
            "a donné le ton. Il reproche au gouvernement un texte « bâclé ». « Rien ne change pour les salariés », "
            "a-t-il insisté.\n\nLe ministre a répondu point par point. « La fusion des chaînes protège le service "
            "public », a-t-il assuré.\n")
    quote = next(q for q in analyse_text(tmp_path, text).quotes if "fusion des chaînes" in q.text)
    assert quote.speaker == "Thomas Berger"


def test_a_heading_quoting_an_interview_answer_takes_the_person_answering(tmp_path: Path) -> None:
    text = ("date 2026-04-01\nRetraites : une économiste face à la réforme\n\nLa Chine, premier créancier du pays, a "
            "dit par la voix de son ministère souhaiter « un règlement rapide ».\n\n« Personne ne veut payer la "
            "facture »\n\nLe Monde : Pourquoi la réforme bloque-t-elle ?\n\nAnne Roux : Parce que personne ne "
            "veut vraiment payer la facture. Les syndicats le savent, le patronat aussi.\n")
    heading = next(q for q in analyse_text(tmp_path, text).quotes if q.text.startswith("Personne ne veut"))
    assert heading.speaker == "Anne Roux" and heading.resolution == "previous"


def test_a_headline_quote_given_to_an_organisation_goes_to_the_person_saying_it(tmp_path: Path) -> None:
    text = ("Coalition warns of “veto by another name”\n\nOpposition Leader Matthew Corrigan said the Coalition "
            "would oppose the bill, which he said would hand a few groups “a veto by another name” over projects.")
    quote = next(q for q in analyse_text(tmp_path, text).quotes if q.text.startswith("veto"))
    assert quote.speaker == "Matthew Corrigan"


def test_a_section_heading_starts_the_topic_anew_for_an_organisation_word(tmp_path: Path) -> None:
    text = ("date 2026-03-02\nLe projet de loi sur les loyers divise\n\nLa CGT a manifesté samedi devant "
            "l'Assemblée. « Ce texte oublie les locataires », a déclaré la CGT.\n\n"
            "Les promoteurs applaudissent\n\nLe texte a reçu l'appui de la Fédération des promoteurs immobiliers "
            "(FPI). Dans un communiqué, l'organisation salue « un texte enfin équilibré ».\n")
    quote = quote_containing(analyse_text(tmp_path, text), "enfin équilibré")
    assert quote.speaker == "Fédération des promoteurs immobiliers" and quote.resolution == "nominal"


def test_the_spokesman_of_another_body_is_not_the_spokesman_named_before(tmp_path: Path) -> None:
    text = ("« Plusieurs ont besoin de soins urgents », a dit à l'AFP Andriï Moroz, porte-parole du Quartier général "
            "de coordination. Selon M. Moroz, trente hommes souffrent de pathologies graves. Interrogé par les "
            "journalistes, le porte-parole du Kremlin a estimé que les échanges étaient « une bonne chose ».")
    quote = quote_containing(analyse_text(tmp_path, text), "une bonne chose")
    assert quote.speaker == "le porte-parole du Kremlin" and quote.resolution == "nominal"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # an abbreviated title the tokenizer would cut off, ending the sentence before the name
    ('City councillors criticised the transit agency on Tuesday.\n\n"We found out from a news release like '
     'everybody else," said Coun. Marisa Delorme, whose ward has been torn up for years.', "news release",
     "Marisa Delorme"),
    ('Troops were moved to the border on Monday.\n\n"The range was closed for a reason," said Col. Hannah '
     'Brickell, the base commander.', "range was closed", "Hannah Brickell"),
    # a hyphenated surname the tagger took for a number, after a parliamentary title
    ('Opposition leader Tamar Weiss said the vote was a warning. "We are losing friends," she said.\n\nLikud MK '
     'Yossi Ben-Ami retorted that she was "rewriting history to win headlines."', "rewriting history",
     "Yossi Ben-Ami"),
    # "its" takes up a body, never the person quoted before
    ('The Delhi government announced new curbs. "We are not waiting for the court," environment minister Sunil '
     'Arora said.\n\nThe Commission for Air Quality Management did not respond. Its chairperson has said in the '
     'past that the commission was "working closely with all states".', "working closely",
     "chairperson of Commission for Air Quality Management"),
    # "what it called": not a body conjoined to the object of a preposition
    ('The High Court on Monday came down heavily on the state government and the Pollution Control Board over '
     'what it called "callous and casual" monitoring of the river.', "callous", "High Court"),
    # critics are a source, as the subject of a labelling verb in a relative clause
    ('The council unveiled a parking plan that critics called "reckless and unfunded".', "reckless", "critics"),
    # a quote standing as a paragraph of its own, whose source the next paragraph opens on ("That was the
    # verdict from X", "The words came from X"), not the person named before it
    ('Transport Minister Paul Reyes said the bypass would open in 2028.\n\n"We were promised a road, not a '
     'roundabout."\n\nThat was the verdict from Maria Lopez, a councillor for the northern ward, who has '
     'campaigned for the bypass since 2015.', "promised a road", "Maria Lopez"),
    ('The mayor, Anne Walsh, defended the budget on Monday.\n\n"I will not vote for cuts to the fire service."'
     '\n\nThe words came not from the opposition but from Tom Healy, a councillor in her own party.',
     "fire service", "Tom Healy"),
    # a reaction noun before a colon, subject of a copula that only qualifies it: its owner speaks
    ('Prime Minister Mark Jensen met the unions on Monday. His reply to the union leaders, who had threatened a '
     'general strike, was short: "The door is open, but the budget is closed."', "door is open", "Mark Jensen"),
])
def test_the_speaker_is_the_named_source_not_a_neighbour(tmp_path: Path, text: str, words: str,
                                                         speaker: str) -> None:
    assert quote_containing(analyse_text(tmp_path, text), words).speaker == speaker


def test_turns_of_an_exchange_alternate_between_asker_and_answerer(tmp_path: Path) -> None:
    text = ("Committee hears minister\n\n“The figures were revised twice,” Deputy Minister Paul Reyes replied.\n\n"
            "“Who revised them?” Senator Ana Cruz asked.\n\n“The regional office, Madam Chair.”\n\n"
            "“Without telling you?”\n\n“Yes.”\n")
    quotes = analyse_text(tmp_path, text)
    assert quote_containing(quotes, "regional office").speaker == "Paul Reyes"
    assert quote_containing(quotes, "Without telling").speaker == "Ana Cruz"
    assert quote_containing(quotes, "Yes").speaker == "Paul Reyes"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # "directeur général des services (DGS)", a role, no entity: "l'ancien DGS" is the one given that role
    ("L'ancien DGS de Fréjus était jugé jeudi pour favoritisme. C'est le procès de Marc Delorme, 58 ans, "
     "ancien directeur général des services (DGS) de la commune. Son successeur, Paul Ferrand, était cité "
     "comme témoin.\n\nÀ la barre, Paul Ferrand a décrit des consignes orales. « Je n'ai jamais signé ces "
     "marchés seul », assure l'ancien DGS. Paul Ferrand confirme pourtant des consignes venues de l'ancien "
     "DGS.", "marchés seul", "Marc Delorme"),
    # the press's usual acronym of a role, never defined: « le DG » is the one the article made directeur général
    ("Le port de Cotonou a ouvert mardi un nouveau terminal. Selon Didier Akplogan, directeur général du port, "
     "le trafic a doublé en cinq ans. La ministre des Transports, Awa Sossou, a salué « un outil moderne ».\n\n"
     "« Les camions ne resteront plus qu'une journée sur les quais », a promis le DG devant les transitaires.",
     "une journée", "Didier Akplogan"),
    ("La clinique du Lac supprime trente lits. Sa directrice générale, Nadia Ferchiou, a reçu lundi les syndicats, "
     "représentés par Marc Aubry.\n\n« Aucun licenciement sec n'est prévu », a assuré la DG à la sortie.",
     "licenciement sec", "Nadia Ferchiou"),
    # English: "the MD" is the managing director, also as the subject a pronoun after it takes up
    ("Mill to cut 300 jobs\n\nThe company's managing director, Jane Holloway, told reporters in Leeds that the firm "
     "had no choice but to cut costs. The union's branch secretary, Mary Blake, called the plan \u201ca "
     "betrayal\u201d.\n\n\u201cWe shared the figures as soon as the board approved them,\u201d the MD said.",
     "shared the figures", "Jane Holloway"),
    ("Mill to cut 300 jobs\n\nThe company's acting managing director, Jane Holloway, told reporters in Leeds that "
     "the firm had no choice but to cut costs.\n\nThe union's branch secretary, Mary Blake, said many of those "
     "affected were young. \u201cThey bought houses last year,\u201d she said.\n\nResponding to Blake's complaint, "
     "the acting MD said the company had briefed the union in May. \u201cWe shared the figures as soon as the board "
     "approved them,\u201d she said.", "shared the figures", "Jane Holloway"),
    # an acronym whose initials spell a role over a body's name ("PDS"): the body's head, not the body
    ("Le président de la Délégation spéciale (PDS) de Maradi, le commandant Issa Garba, a reçu lundi les "
     "transporteurs.\n\n« Aucune gare ne sera fermée avant la fin des travaux », a promis le PDS.",
     "Aucune gare", "Issa Garba"),
])
def test_a_role_written_as_its_acronym_is_its_holder(tmp_path: Path, text: str, words: str, speaker: str) -> None:
    assert quote_containing(analyse_text(tmp_path, text), words).speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # "Pour le parquet, X …": the name after the comma is the subject of its clause, not the voice set off
    ("Le tribunal correctionnel de Lille jugeait mardi deux hommes pour trafic. Le réquisitoire du procureur, Paul "
     "Lemaire, a duré une heure. Pour le parquet, Karim Benali n'a rien d'un simple exécutant : il est "
     "« l'architecte » du réseau.", "l'architecte", "le parquet"),
    # a party tag in brackets after the name set off by the description ("(MR)") is no speaker, whatever initials
    ("Le conseil communal a siégé lundi. La majorité PS-MR a défendu le budget. Marc Renard, chef de file du PTB, "
     "a voté contre. « C'est un budget d'austérité », a dénoncé Marc Renard (PTB). L'échevine de la Sécurité, "
     "Pauline Vandenberghe (MR), a présenté un règlement « souple et temporaire », qui sera évalué après un an.",
     "souple et temporaire", "Pauline Vandenberghe"),
    # a possessed role that people of two bodies hold is the one of the body just talked about, not the last named
    ("Le Syndicat national des cheminots (SNC) a appelé à la grève lundi. « Nous irons jusqu'au bout », a déclaré "
     "Paul Mercier, secrétaire général du SNC.\n\nJoint par téléphone, le secrétaire général du ministère des "
     "Transports, Marc Dubois, a assuré que « le dialogue reste ouvert ».\n\nLe SNC menace d'un mouvement illimité "
     "à partir du 3 mai. « Nous ne lâcherons rien », conclut son secrétaire général.", "lâcherons rien",
     "Paul Mercier"),
    # an indefinite role opening the lede as its subject is the person the next paragraph opens with, named there
    # for the first time
    ("Ferry contract trial: witness says deal was done\n\nA finance officer at the Port Authority on Monday told "
     "the High Court that the ferry contract had been \u201cagreed over lunch\u201d before any tender was published."
     "\n\nMarisol Quintero was testifying in the trial of the authority\u2019s former chairman, Dennis Okoro, 61, "
     "who is charged with fraud.", "agreed over lunch", "Marisol Quintero"),
])
def test_a_description_takes_up_the_person_its_words_point_to(tmp_path: Path, text: str, words: str,
                                                              speaker: str) -> None:
    assert quote_containing(analyse_text(tmp_path, text), words).speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a quote with no cue addressing by role the one who spoke last ("…, Your Honour.", "…, senator.") is not
    # theirs: the other side of the exchange speaks
    ("Magistrate Denise Rolle heard the case on Monday.\n\n\"My client has no money for a fine,\" defence "
     "lawyer Marcus Pinder said.\n\n\"Then his employer should find it,\" Rolle replied.\n\n\"His employer "
     "has left the island, Your Honour.\"", "left the island", "Marcus Pinder"),
    ("Senator Paul Hagan questioned the envoy, Claire Moffat, on Tuesday. Moffat said she \u201cwould not "
     "speculate\u201d about the talks.\n\n\u201cThat sounds like a no,\u201d the senator said.\n\n"
     "\u201cIt sounds like caution, senator.\u201d", "sounds like caution", "Claire Moffat"),
    # a question addressing someone by title and name (« Monsieur X, … ? ») is answered by X, not by the person
    # last named before it
    ("Jacques Dubreuil, 52 ans, ancien comptable d'une PME de Vierzon, comparaissait mardi pour abus de biens "
     "sociaux. Son ancien associé, Marc Leroy, entendu comme témoin, s'est assis au premier rang.\n\n"
     "La présidente, Hélène Garnier, commence par les comptes : « Monsieur Dubreuil, comment expliquez-vous ces "
     "virements vers Jersey ? »\n\n« Des paiements à des fournisseurs, je l'ai toujours dit. »",
     "paiements à des fournisseurs", "Jacques Dubreuil"),
    # a question put to someone in the second person is not answered by its asker, even when nobody else is named
    ("Un chauffeur de 34 ans était jugé lundi à Mâcon pour homicide involontaire. La présidente du tribunal, "
     "Claire Morin, l'interroge d'abord : « Pourquoi avez-vous repris le volant ce matin-là ? » Un silence. "
     "« Je devais livrer avant midi. »", "livrer avant midi", None),
    # a question to no one in particular may be answered by its own speaker
    ("Le maire, Paul Girard, a présenté la hausse des tarifs de l'eau. « Qui paiera la facture ? », "
     "interroge-t-il. « Les abonnés, comme toujours. »", "abonnés, comme toujours", "Paul Girard"),
    # a pronoun right after a sentence telling that its person asked someone is the one asked, answering; a
    # question is still the asker's; "pressed on" asks nothing
    ("Senator Joan Price then turned to the deputy minister, Clare Dunmore, and asked whether the ministry had "
     "modelled the cost. “We ran the numbers in March, and we will publish them next week,” she said.",
     "ran the numbers", "Clare Dunmore"),
    ("Senator Joan Price then turned to the deputy minister, Clare Dunmore, and asked about the cost. “Who will pay "
     "for any of it?” she said.", "Who will pay", "Joan Price"),
    ("Councillor Anne Webb interrupted her twice during the debate, but Councillor Ruth Hale pressed on. “The budget "
     "hides the cuts,” she said.", "hides the cuts", "Ruth Hale"),
    # "questioned why X had …" doubts: X was not asked, and the pronoun after it is the doubter's
    ("Anna Pryor, who chairs the residents' group, questioned why Mayor Helen Ward had set aside the engineers' "
     "report. “The advice was plain, and it was ignored,” she said.", "advice was plain", "Anna Pryor"),
    # "questioned the estimate" doubts a thing: a person named after it (in an apposition the parser may take for
    # a second object, or in a relative) was not asked, and the pronoun after it is still the doubter's
    ("Councillor Mary Tobin also questioned the council's estimate that 400 homes in the town are vacant, a figure "
     "Joan Keady presented as proof that owners could pay the levy. “Those homes are empty because the jobs left,” "
     "she said.", "homes are empty", "Mary Tobin"),
    ("Councillor Mary Tobin questioned the timing of the vote, which Mayor Joan Keady had moved to August. “Nobody "
     "is here in August,” she said.", "Nobody is", "Mary Tobin"),
    # "asked the board to hold …" requests: the pronoun after it goes on with the one who asked, not a person named
    # in passing
    ("Residents packed the hall on Monday. Maria Lopez, who said she had written twice to Anna Cruz's office, asked "
     "the board to hold its next meeting in the evening. “Nobody can come here at ten in the morning,” she said.",
     "Nobody can come", "Maria Lopez"),
    # in an exchange of turns, a question addressing someone by title and name is theirs to answer, not the last
    # one who replied; a remark so addressed is answered as a question is
    ("Judge Helen Forde heard the case. The defence barrister, Tom Keane, questioned the inspector, Paul Dray, for "
     "an hour. “I followed the manual,” Dray replied.\n\n“Mr Keane, how much longer will this take?” the judge "
     "asked.\n\n“Not long, Your Honour. I have two questions left.”", "two questions left", "Tom Keane"),
    # ... also when the sentence before, whose subject asked, gave it to the one addressed ("Justice X asked
    # whether …. ¶ “…, Your Honour. …”"), the term of address closing a sentence of the quote
    ("Counsel for the farmers, Grace Atieno, opened the appeal. “The council never read our objections,” Atieno "
     "said.\n\nJustice Alan Pryce asked whether the statute required more than a hearing.\n\n“It requires "
     "listening, Your Honour. A hearing is not a formality.”", "requires listening", "Grace Atieno"),
    ("Justice Mark Devlin heard the appeal. Counsel for the developer, Ada Okoro, said the structure was "
     "temporary.\n\n“A concrete wall on a marsh is "
     "hardly temporary, Mrs Okoro,” the judge remarked.\n\n“It stands on private land, My Lord. Every permit is in "
     "order.”", "private land", "Ada Okoro"),
    # a title and name the quote's verb follows is its subject, not someone addressed
    ("The defence barrister, Ben Marsh, spoke last. “Mr. Novak bought the land in good faith,” Marsh said. “He "
     "broke no rule.”", "broke no rule", "Ben Marsh"),
    # one does not retort to one's own reply: "she shot back" after her reply is the other woman's, both pieces
    ("Justice Anne Wairimu asked the state counsel, Grace Otieno, why the existing law was not enough.\n\n“Because "
     "the shops are empty by then,” she replied.\n\n“Then act faster,” she shot back, “and leave the city "
     "open.”", "act faster", "Anne Wairimu"),
    ("Justice Anne Wairimu asked the state counsel, Grace Otieno, why the existing law was not enough.\n\n“Because "
     "the shops are empty by then,” she replied.\n\n“Then act faster,” she shot back, “and leave the city "
     "open.”", "leave the city", "Anne Wairimu"),
    # a quote speaking of « mon client » is a lawyer's plea: the lawyer named before, not the judge named just
    # before (a quote that does not stays the judge's)
    ("Me Sophie Lambert a demandé la relaxe de l'ancien comptable. Pendant sa plaidoirie, la présidente Isabelle "
     "Moreau a relu les procès-verbaux. « Mon client a tout remboursé avant même l'ouverture de l'enquête », "
     "a-t-elle souligné.", "tout remboursé", "Sophie Lambert"),
    ("Me Sophie Lambert a demandé la relaxe de l'ancien comptable. Pendant sa plaidoirie, la présidente Isabelle "
     "Moreau a relu les procès-verbaux. « Les faits sont anciens mais graves », a-t-elle souligné.",
     "anciens mais graves", "Isabelle Moreau"),
    # a reply after an objection and a ruling answers the question before them: the one it was put to, not the
    # objector nor one the question speaks of
    ("Under questioning by defence lawyer Kwame Boadu, Esi Mensah said the stores were audited yearly.\n\n“So "
     "Mr Larbi never saw the ledger?” Boadu asked.\n\nThe prosecutor, Mrs Akua Frimpong, objected. Judge Nana "
     "Ofori allowed the question.\n\n“Answer it,” the judge said.\n\n“He saw it every month,” she replied.",
     "every month", "Esi Mensah"),
    # a quote with no cue after a sentence telling that its subject asked someone a question is the answer of
    # the one asked; a request (« demander de ») asks no question, and the quote stays its subject's
    ("« Je n'ai jamais touché cet argent », a répété Marc Lenoir à la barre.\n\nLe président Alain Favre l'a "
     "alors interrompu pour lui demander pourquoi il avait vidé le compte en mars. « Ma fille était malade. »",
     "fille était malade", "Marc Lenoir"),
    ("« Je n'ai jamais touché cet argent », a répété Marc Lenoir à la barre.\n\nLe président Alain Favre a "
     "alors écrit au parquet pour lui demander de verser les relevés au dossier. « Nous en aurons besoin jeudi. »",
     "besoin jeudi", "Alain Favre"),
    # a quote with no cue after one its cue puts to someone ("put it to the witness:") is that person's answer;
    # "the witness" is the one the article says testified
    ("A former clerk told the court on Tuesday that she had been ordered to backdate invoices. Ms Naledi Khumalo "
     "was testifying in the fraud trial of her former manager, Peter Dlamini.\n\nDefence counsel Johan Venter put it "
     "to the witness: \"You kept the invoice book yourself. Nobody else had the key.\"\n\n\"The manager had a key "
     "too. He took it home every Friday.\"", "took it home", "Naledi Khumalo"),
])
def test_the_answer_to_a_question_is_the_one_asked(tmp_path: Path, text: str, words: str,
                                                   speaker: str | None) -> None:
    assert quote_containing(analyse_text(tmp_path, text), words).speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a headline fragment of two words given to a party takes the person whose body quote holds them
    ("Pipeline deal a “paper tiger,” Greens say\n\nThe deal was signed on Monday in Regina.\n\n“It’s a paper "
     "tiger. Nothing in it binds the company,” said Greens energy critic Maya Thornton.", "paper tiger,",
     "Maya Thornton"),
    # a lede fragment with no agent ("has been accused of") takes the person a description names in the body
    ("Ministers accused of betraying the north over rail delays\n\nThe Government has been accused of “betraying "
     "the north” after it confirmed that the rail line will not open before 2031.\n\nLabour’s transport "
     "spokesperson, Aisling Byrne, raised the delays in the Dáil on Wednesday.\n\n“This is betraying the north, "
     "nothing less,” the Dublin Bay South TD said.", "betraying the north", "Aisling Byrne"),
    # a lede sums up a debate by camps; the body gives the camp's words, one word or two, to its spokesman
    *[("date 2026-10-02\nRennes : le budget 2027 adopté\n\nLe conseil municipal a voté lundi soir le budget 2027 de "
       "la ville. L'opposition parle d'un budget « insincère », la majorité d'un « effort raisonnable ».\n\nLe vote "
       "a eu lieu après trois heures de débat. Chef de file de l'opposition, Marc Le Goff a jugé le budget "
       "« insincère » et réclamé un audit. « C'est un effort raisonnable pour les familles et pour les entreprises "
       "», a répondu l'adjointe aux finances, Hélène Moreau.", words, speaker)
      for words, speaker in [("insincère", "Marc Le Goff"), ("effort raisonnable", "Hélène Moreau")]],
    # a camp's single word is found inside the body's sentence; a subheading repeating it gives no speaker
    ("date 2026-10-02\nDijon : le plan vélo adopté\n\nLe conseil métropolitain a voté jeudi le plan vélo. "
     "L'opposition raille un « saupoudrage ».\n\nLe vote a eu lieu tard. Le maire, Paul Girard, a défendu le "
     "texte.\n\nUn « saupoudrage » ?\n\n« Ce plan, c'est du saupoudrage. Rien pour les quartiers », a lancé "
     "Chloé Berthier, cheffe de file de l'opposition.", "saupoudrage", "Chloé Berthier"),
    # two camps set side by side in the lede: each quote keeps its own clause's verb, and the camp's words go to
    # the body quote the same verb reports, not to the other side denying them
    ("date 2026-03-10\nNamur : le couvre-feu pour mineurs voté\n\nLe conseil communal a voté lundi un couvre-feu "
     "pour les mineurs. L'opposition dénonce une « mesure d'affichage », la majorité salue un texte « prudent ».\n\n"
     "« Ce n'est pas une mesure d'affichage, c'est une réponse aux riverains », a assuré le bourgmestre Luc "
     "Dumont.\n\nNadia Benali, cheffe de file d'Ecolo, a dénoncé une « mesure d'affichage qui ne règle rien ».",
     "mesure d'affichage", "Nadia Benali"),
    # a body the lede names, whose member says the words in the body
    ("date 2026-10-08\nGuéret : la clinique placée sous tutelle\n\nL'agence régionale de santé a placé la "
     "clinique sous administration provisoire. Le groupe Hospalia, qui la gère, juge la décision « brutale ».\n\n"
     "Le personnel a appris la nouvelle lundi. « Cette décision est brutale et injustifiée. Nous avions un plan "
     "», a réagi Marc Tessier, directeur des opérations du groupe.", "brutale", "Marc Tessier"),
    # ... also when the lede gives the words in the singular
    ("date 2026-03-17\nGrève sur la ligne Nancy-Metz\n\nUn TER sur trois a circulé lundi. La Région Grand Est se "
     "dit « prête à discuter », pas à renoncer.\n\nSa vice-présidente, Hélène Roth, a reçu les syndicats. « Nous "
     "sommes prêts à discuter du calendrier. Pas du principe », a déclaré Hélène Roth.", "prête", "Hélène Roth"),
])
def test_an_opening_quote_takes_the_person_the_body_gives_its_words(tmp_path: Path, text: str, words: str,
                                                                     speaker: str) -> None:
    quote = next(q for q in analyse_text(tmp_path, text).quotes if q.text.startswith(words))
    assert quote.speaker == speaker and quote.resolution == "previous"


@pytest.mark.parametrize(("text", "speaker"), [
    # a demonstrative subject whose copula names the person: the quote before is theirs
    ("The council approved the levy on Tuesday. \u201cIt is a fair price,\u201d Mayor Ana Ruiz said.\n\n"
     "\u201cNobody asked the shop owners what they could pay.\u201d\n\nThat was Tomas Delgado, who runs a bakery "
     "on the square, after the vote.", "Tomas Delgado"),
    # "So said X": the speech verb after an adverb pointing back, with its subject inverted
    ("The council approved the levy on Tuesday. \u201cIt is a fair price,\u201d Mayor Ana Ruiz said.\n\n"
     "\u201cNobody asked the shop owners what they could pay.\u201d\n\nSo said Mr Tomas Delgado, chairman of "
     "the traders\u2019 association, who watched from the gallery.", "Tomas Delgado"),
    # a demonstrative taking up the quote names its source before the sentence quotes anything of its own
    ("The council approved the levy on Tuesday. \u201cIt is a fair price,\u201d Mayor Ana Ruiz said.\n\n"
     "\u201cNobody asked the shop owners what they could pay.\u201d That was the verdict of Tomas Delgado, who "
     "urged councillors to \u201cthink again before the shutters come down\u201d.", "Tomas Delgado"),
    # a sentence whose verb takes the quote as its object by a demonstrative: its subject said or used the words
    ("The council approved the levy on Tuesday. \u201cIt is a fair price,\u201d Mayor Ana Ruiz said.\n\n"
     "\u201cNobody asked the shop owners what they could pay.\u201d\n\nMillbrook Traders Association "
     "chairman Tomas Delgado said this in a radio interview on Wednesday, adding that two shops would close.",
     "Tomas Delgado"),
    # ... the name in apposition to a role noun the copula's complement is, or a name a role titles, whatever
    # the model tagged it
    ("The council approved the levy on Tuesday. \u201cIt is a fair price,\u201d Mayor Ana Ruiz said.\n\n"
     "\u201cNobody asked the shop owners what they could pay.\u201d\n\nThat was West Mainland councillor Sigurd "
     "Mouat, seconding the amendment.", "Sigurd Mouat"),
])
def test_a_quote_is_the_person_the_next_paragraph_points_back_from(tmp_path: Path, text: str, speaker: str) -> None:
    assert quote_containing(analyse_text(tmp_path, text), "Nobody asked").speaker == speaker


def test_a_quote_after_an_anonymous_source_whose_verb_lost_its_subject_is_theirs(tmp_path: Path) -> None:
    # the parser hangs "supervisor" on the place, leaving "said" without subject; "who" makes it a person
    text = ("The union held a vote on Monday. Paul Reyes said the offer was “an insult”.\n\nIn Millbrook, where "
            "the plant employs 400 people, a shift supervisor who asked not to be named said morale was low."
            "\n\n“Nobody here trusts the owners any more. We have heard it all before.”")
    assert quote_containing(analyse_text(tmp_path, text), "Nobody here").speaker == "a shift supervisor"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a personal pronoun never stands for a document, whatever the tagger read in its name (a given name "Bill")
    ("PUTRAJAYA: The Consumer Protection Bill is \"a shield for every family\", says Datuk Seri Rahim Yusof.\n\n"
     "The Minister of Domestic Trade said the Bill, which was tabled in the Dewan Rakyat on Tuesday, would cap "
     "prices.\n\n\"We have waited too long for this,\" he said when tabling the Bill.", "waited too long",
     "Rahim Yusof"),
    # a submission is a document: "the submission said" is its issuer's; and "he" then is the officer described
    # in the sentence before, whose article opens the clause after a fronted adjunct
    ("In a written submission filed last month, the Police Civilian Oversight Authority said it had received 30 "
     "complaints. “The authority can examine the conduct of officers, not the law itself,” the submission said."
     "\n\nARREST FIGURES\n\nOutside the court, a senior police officer attached to the Clarendon Police Division, "
     "who asked not to be named because he is not authorised to speak to the media, defended the measure. “Take "
     "away the curfew and you take away the calm. Simple as that,” he said.", "the conduct of officers",
     "Police Civilian Oversight Authority"),
    ("In a written submission filed last month, the Police Civilian Oversight Authority said it had received 30 "
     "complaints. “The authority can examine the conduct of officers, not the law itself,” the submission said."
     "\n\nARREST FIGURES\n\nOutside the court, a senior police officer attached to the Clarendon Police Division, "
     "who asked not to be named because he is not authorised to speak to the media, defended the measure. “Take "
     "away the curfew and you take away the calm. Simple as that,” he said.", "Simple as that",
     "a senior police officer"),
    # an honorific that opens a name is a title, not the person's name, also when the tagger cut the name after it
    ("PUTRAJAYA: Datuk Seri Ahmad Zahid Hamidi, the Deputy Prime Minister, opened the plant. \"This is a proud "
     "day,\" said Datuk Seri Nor Hayati Mokhtar, the minister. \"We are ready,\" she added.", "proud day",
     "Nor Hayati Mokhtar"),
    ("PUTRAJAYA: Datuk Seri Ahmad Zahid Hamidi, the Deputy Prime Minister, opened the plant. \"This is a proud "
     "day,\" said Datuk Seri Nor Hayati Mokhtar, the minister. \"We are ready,\" she added.", "We are ready",
     "Nor Hayati Mokhtar"),
    # an article opening a body's name before a role is the role's: an unnamed spokesperson of that body, whom
    # "the spokesperson" then takes up
    ("A Department for Environment, Food and Rural Affairs (Defra) spokesperson said: \"We are working closely "
     "with farmers.\" Any claim would be judged \"case by case\", the spokesperson added.", "working closely",
     "Department for Environment, Food and Rural Affairs (Defra) spokesperson"),
    ("Anna Kowalczyk, a dairy farmer, said: \"We are on our knees.\"\n\nA Department for Environment, Food and Rural "
     "Affairs (Defra) spokesperson said: \"We are working closely with farmers.\" Any claim would be judged \"case "
     "by case\", the spokesperson added.", "case by case", "Department for Environment, Food and Rural Affairs"),
    # a body named with its short form in brackets is the body, not the short form the tagger took for a person
    ("\"A limit of 90km/h is still a limit built for lorries,\" said the Coalition for Safe and Open Roads (Selamat) "
     "in a statement.", "a limit built", "Coalition for Safe and Open Roads"),
    # "X told" in a headline is a passive with its auxiliary left out: X is the one told, and the body gives the
    # speaker
    ("Curfew law a “blank cheque”, Appeal Court told\n\nLawyers for four Spanish Town traders yesterday asked the "
     "Appeal Court to quash the curfew orders, arguing that the law had become “a blank cheque for the police”.",
     "blank cheque", "Lawyers for four Spanish Town traders"),
    # a byline is no context for whom the article quotes: the reporter is never the person a description stands for
    ("date 2026-11-04\nLeeds Council to close four libraries to avoid 'insolvency'\n\nBy Sarah Whitlock\nLocal "
     "Democracy Reporting Service\n\nFour libraries in Leeds are set to close and residents face a council tax rise "
     "after the city council's most senior finance officer warned that the authority was still at risk of "
     "\"effective insolvency\".\n\nThe council's executive approved the plan yesterday.", "effective insolvency",
     "finance officer"),
    # a source phrase that ends on a role and a name is that person's, not the body opening it
    ("According to Institute for Fiscal Studies (IFS) research director Helen Okonjo, the cuts will leave councils "
     "\"running on empty\".", "running on empty", "Helen Okonjo"),
    ("According to Centre to Combat Fraud (C2F) executive director Nadia Osei, the rules are \"toothless\" in "
     "practice.", "toothless", "Nadia Osei"),
    # an indefinite article introduces no plural noun: "a first ministers' meeting" introduces no minister
    ("Ferry fares to rise\n\nA senior minister, who asked not to be named, said the cuts would be deep. Premier "
     "John Ward, who was in Ottawa for a first ministers’ meeting, did not comment.\n\nAsked whether fares would "
     "rise, the minister said: “Nothing has been decided.”", "Nothing has been decided", "a senior minister"),
    # one does not answer what one asked: the pronoun replying after "X asked Y …" is Y
    ("Jill Parker, a Labour MP, asked the Health Secretary, Victoria Lane, why the waiting lists kept growing.\n\n"
     "“We expect to reach the 18-week target by the end of next year,” she replied.", "18-week target",
     "Victoria Lane"),
    # a clause closed by a colon introduces the quote after it, which the parser made its head
    ("Helen Morrow, the senator who chairs the inquiry into the collapse, opened the hearing. Its chief executive, "
     "Paul Archer, said: “We acted on the advice we had.”\n\nThe senator was unconvinced: “Promises are not a "
     "plan. Tell us when the money arrives.”", "Promises are not", "Helen Morrow"),
])
def test_vetoes_and_canonical_speakers(tmp_path: Path, text: str, words: str, speaker: str) -> None:
    quote = quote_containing(analyse_text(tmp_path, text), words)
    assert quote.speaker is not None and speaker.casefold() in quote.speaker.casefold(), quote.speaker


MAGISTRATE = ("The accused appeared before Bulawayo magistrate Mrs Rudo Sibanda on Monday.\n\nProsecutor Mr "
              "Tendai Mukwena opposed bail, saying the accused had relatives abroad.\n\nDefence lawyer Farai Dube "
              "told the court his client would not flee. The prosecutor said the cash had been \"moved through a "
              "friend's account\" in March.\n\n\"I will not be rushed,\" the magistrate said.")


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # "Cr", the Australian and New Zealand councillor's title, and "Advocate" are no part of the name
    ('Councillors voted 8-7 to close the library.\n\nCr Anna Whitcombe moved the motion. "We cannot keep a '
     'building open for forty visitors a week," Cr Whitcombe said.', "forty visitors", "Anna Whitcombe"),
    ('Advocate Selma Nghipandulwa told the court the register came late.\n\n"We had one day to check 20 000 '
     'names," Advocate Nghipandulwa said.', "one day", "Selma Nghipandulwa"),
    # a quote split around "said X, …": its second half is X's, not a verb's of X's description ("who wrote")
    ('Rep. Dale Whitman opposed the bill on Tuesday.\n\n"The levy," said Sen. Joan Ruiz, a Denver Democrat who '
     'wrote the bill, "is paid by the people who use the roads most."', "is paid by", "Joan Ruiz"),
    # a role description is the one person the article gives that role as a capitalised title, before or after
    ('Ontario will post a deficit of $6 billion, Finance Minister Carla Duarte said Tuesday.\n\nThe union called '
     'the plan "austerity by another name."\n\nThe next update is due in March. The province has not raised '
     'income tax since 2012. Asked about tax increases, the minister said: "Nothing is off the table."',
     "off the table", "Carla Duarte"),
    ('Homes in the lowest streets could be bought out, and the mayor insists it is "a last resort, not a '
     'timetable".\n\nMayor Graeme Hollins, who voted with the majority, said the decision bought time.\n\n'
     'Residents were not convinced.', "last resort", "Graeme Hollins"),
    ("Chandigarh: The Assembly today passed a resolution against the new rules, a move the state's water resources "
     'minister called "an attack on our rights".\n\nMoving the resolution, Water Resources Minister Harpreet '
     'Singh Bains said the rules ended a long convention.', "an attack", "Harpreet Singh Bains"),
    # a title of address between the title and the name ("Prosecutor Mr X", "magistrate Mrs Y") is no break; a
    # prosecutor is no magistrate
    (MAGISTRATE, "moved through", "Tendai Mukwena"),
    (MAGISTRATE, "not be rushed", "Rudo Sibanda"),
    # a body's name, its acronym in brackets and lower-case role words before a name title that person, the
    # speaker, however the parser hung the phrase on the body
    ("Sugar prices fell again on Tuesday.\n\nFederation of Fijian Cane Growers Associations (FFCGA) chief executive "
     "officer Dr Tomasi Vuki called on the mills to \u201cshare the pain of the drought\u201d instead of cutting the "
     "price.", "share the pain", "Tomasi Vuki"),
    ("Dairy prices fell again on Tuesday.\n\nAccording to Waikato medical officer of health Dr Sarah Lunt, water "
     "in some rural bores was \u201cnot fit for a baby to drink\u201d.", "not fit for a baby", "Sarah Lunt"),
    # a role in a lede that has named no one is the one the body gives it next, not the byline's reporter nor the
    # other voice of the lede
    ("Council delays rates rise\n\nMark Oates, Local Democracy Reporter\n\nCouncillors have voted 7-5 to delay "
     "the rates rise, with one councillor calling the delay \u201ca cop-out\u201d and the chair saying families "
     "needed \u201csome breathing space\u201d this winter.\n\nThe rise would have added about $300 a year to the "
     "average bill.\n\nCouncil chair Gina Toms, who moved the motion, "
     "said the rise would come back in March.\n\nCouncillor Ray Pike, who voted against, said the delay was "
     "\u201ca cop-out\u201d.", "breathing space", "Gina Toms"),
    # a capitalised class word ("Crown agency") is no owner the holder given the role later must share
    ("The city tabled a budget Tuesday that would freeze transit fares, a move the minister responsible for the "
     "Crown agency called \u201coverdue\u201d and the opposition dismissed as a stunt.\n\nThe budget runs to 400 "
     "pages.\n\n\u201cRiders deserve a break,\u201d Maria Lenz, the minister responsible for Metro Transit, said "
     "after the vote.", "overdue", "Maria Lenz"),
    # the role a verb or a noun of presiding gives is taken up by "the chair", « la présidente de la session »
    ("The talks, chaired by Norwegian envoy Lars Brekke, opened on Monday in Oslo.\n\nThe two delegations met "
     "for six hours. The parties had agreed to \u201ckeep talking\u201d, the chair told reporters.",
     "keep talking", "Lars Brekke"),
    ("Les deux pays ont ouvert lundi à Lomé une session de leur commission mixte, sous la présidence de la "
     "ministre togolaise des Affaires étrangères, Afi Koudjo.\n\nLes discussions portent sur la frontière. Les "
     "experts ont jusqu'à jeudi pour « finir les relevés », a précisé la présidente de la session.",
     "finir les relevés", "Afi Koudjo"),
    # "the foreign minister" is the "Minister of Foreign Affairs" set off before her name, not a minister since
    ("The treaty was signed by Minister of Foreign Affairs and Trade, Mrs Anita Ramdial, in Georgetown.\n\n"
     "The Minister of Public Works, Dev Persaud, said the road would open in 2027.\n\nResponding to critics, "
     'the foreign minister said every village would be consulted. "Nobody will be left out," she said.',
     "Nobody will be left out", "Anita Ramdial"),
])
def test_titles_split_quotes_and_titled_role_holders(tmp_path: Path, text: str, words: str, speaker: str) -> None:
    assert quote_containing(analyse_text(tmp_path, text), words).speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a description naming a body's kind takes up the body of that kind named before, not another body quoted
    ("L'accord avec Ankara a été prolongé mardi. « Nous protégeons nos usines », a déclaré le ministère turc du "
     "Commerce. Le texte court jusqu'en 2028. Il vise les meubles importés.\n\nCôté industriels, c'est le "
     "soulagement. « Sans cette mesure, cent ateliers auraient fermé », "
     "affirme Nadia Kessler, directrice de l'Association nationale des industries du bois et de l'ameublement "
     "(ANIBA). L'association, qui compte 900 adhérents, réclame toutefois « un vrai plan d'accompagnement ».",
     "plan d'accompagnement", "Association nationale des industries du bois et de l'ameublement"),
    # an adjective of kind points to the body whose name has its noun ("communautaire": the Communauté)
    ("Les élus de la Communauté de communes du Val de Saône ont voté le budget jeudi soir.\n\nLe président, Paul "
     "Renard, a défendu les travaux. L'Agence de l'eau Rhône-Méditerranée a relevé des nitrates dans trois puits. "
     "Selon l'Agence de l'eau, la situation reste sous contrôle. Ces travaux, les communes « n'auraient jamais pu "
     "les payer seules », fait valoir l'exécutif communautaire.", "payer seules",
     "Communauté de communes du Val de Saône"),
    # « l'organisme » is the body just named, here one whose acronym follows a place with an elided article
    ("Des centaines de manifestants se sont réunis samedi devant le parlement. Le président de la Fédération des "
     "producteurs de lait de l'Ontario (FPLO), Marc Tessier, a pris la parole. La FPLO promet de continuer. Dans "
     "un communiqué, l'organisme réclame « un moratoire immédiat » sur les quotas.", "moratoire immédiat",
     "Fédération des producteurs de lait de l'Ontario"),
    # « le régulateur », « l'institut » (d'émission) are body words that take up the body just named
    ("Dans un avis publié lundi, la Commission de régulation de l'énergie (CRE) a validé la hausse des tarifs. Le "
     "régulateur estime cette hausse « nécessaire à l'équilibre du réseau ».", "équilibre du réseau",
     "Commission de régulation de l'énergie"),
    ("La Banque centrale des États de l'Afrique de l'Ouest (BCEAO) a relevé son taux directeur jeudi. L'institut "
     "d'émission dit vouloir « contenir l'inflation avant la fin de l'année ».", "contenir l'inflation",
     "Banque centrale des États de l'Afrique de l'Ouest"),
    # an adjective of kind overrides the noun's own kind: « le département ministériel » is the ministry
    ("Le ministère de la Santé a publié mardi un bilan des cas de choléra dans la région. Le département ministériel "
     "appelle les familles à « faire bouillir l'eau avant de la boire ».", "faire bouillir", "ministère de la Santé"),
    # « le département » also names a ministry, as « le département de tutelle »: the ministry just named speaks
    ("Les enseignants contractuels ont manifesté jeudi à Rabat. Dans un communiqué publié le soir même, le ministère "
     "de l'Éducation nationale a répondu aux grévistes. Le département y assure que « les salaires seront versés "
     "avant la fin du mois ».", "salaires seront versés", "ministère de l'Éducation nationale"),
    # the magistrates of a « chambre » (des comptes) are that chamber speaking
    ("Le dossier part d'un rapport de la chambre régionale des comptes (CRC) publié en 2023. « La ville a multiplié "
     "les avenants sans le moindre contrôle », relevaient alors les magistrats financiers.", "multiplié les avenants",
     "chambre régionale des comptes"),
])
def test_a_body_description_takes_up_the_body_of_its_kind(tmp_path: Path, text: str, words: str,
                                                            speaker: str) -> None:
    quote = quote_containing(analyse_text(tmp_path, text), words)
    assert quote.speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # how an unnamed source speaks is not who it is: « sous couvert d'anonymat » is left out of the speaker
    ("La négociation piétine à Bruxelles. « Chaque semaine perdue coûte cher à nos pêcheurs », glisse un diplomate "
     "sous couvert d'anonymat.", "Chaque semaine perdue", "un diplomate"),
    # a title (« Dre », Quebec's feminine of « Dr ») is no part of the canonical name
    ("À l'hôpital régional, la Dre Nathalie Brassard s'inquiète. La Dre Brassard a écrit au ministre. « Nous "
     "manquons de bras tous les soirs », a-t-elle déclaré.", "manquons de bras", "Nathalie Brassard"),
])
def test_canonical_unnamed_and_titled_speakers(tmp_path: Path, text: str, words: str, speaker: str) -> None:
    quote = quote_containing(analyse_text(tmp_path, text), words)
    assert quote.speaker == speaker


def _row(text: str, pos: str, dep: str, head: int) -> tuple[str, str, str, str, int, str, str, bool]:
    return text, text.lower(), pos, dep, head, "O", "", text not in ("Outside", "court", "South", "officer")


@pytest.mark.parametrize(("rows", "index", "governed"), [
    # "Dr Ama Mensah, the MP for Offinso South, said it.": the seat a title names is no subject
    ([_row("Dr", "PROPN", "compound", 2), _row("Ama", "PROPN", "compound", 2), _row("Mensah", "PROPN", "nsubj", 10),
      _row(",", "PUNCT", "punct", 2), _row("the", "DET", "det", 5), _row("MP", "PROPN", "appos", 2),
      _row("for", "ADP", "prep", 5), _row("Offinso", "PROPN", "compound", 8), _row("South", "PROPN", "pobj", 6),
      _row(",", "PUNCT", "punct", 10), _row("said", "VERB", "ROOT", 10), _row("it", "PRON", "dobj", 10)], 7, True),
    # "Outside the court, a senior officer said it.": a subject the parser hung on a fronted preposition stays one
    ([_row("Outside", "ADP", "prep", 7), _row("the", "DET", "det", 2), _row("court", "NOUN", "pobj", 0),
      _row(",", "PUNCT", "punct", 0), _row("a", "DET", "det", 6), _row("senior", "ADJ", "amod", 6),
      _row("officer", "NOUN", "pobj", 0), _row("said", "VERB", "ROOT", 7), _row("it", "PRON", "dobj", 7)], 6, False),
])
def test_a_name_under_a_preposition_qualifying_a_noun_is_no_unparsed_subject(rows: list, index: int,
                                                                              governed: bool) -> None:
    from _hand_parsed import hand_parsed

    from newsbrief.speakers import _governed_by_preposition
    assert _governed_by_preposition(hand_parsed("en", rows)[index]) is governed


def test_a_name_hung_on_an_opening_day_read_as_subject_is_the_subject() -> None:
    """"Samedi déjà, Yashvin Bhoyroo avait donné le ton." parsed with the day as subject and the name hung on it
    (as the parser did in a fr-press article): the name is the subject, not a complement."""
    doc = hand_parsed("fr", [
        ("Samedi", "Samedi", "PROPN", "nsubj", 6, "O", "", True),
        ("déjà", "déjà", "ADV", "advmod", 0, "O", "", False), (",", ",", "PUNCT", "punct", 6, "O", "", True),
        ("Yashvin", "yashvin", "NOUN", "conj", 0, "B-PER", "", True),
        ("Bhoyroo", "Bhoyroo", "PROPN", "nmod", 0, "I-PER", "", True),
        ("avait", "avoir", "AUX", "aux:tense", 6, "O", "VerbForm=Fin", True),
        ("donné", "donner", "VERB", "ROOT", 6, "O", "VerbForm=Part", True),
        ("le", "le", "DET", "det", 8, "O", "", True), ("ton", "ton", "NOUN", "obj", 6, "O", "", False),
        (".", ".", "PUNCT", "punct", 6, "O", "", False)])
    lang = get_language_data("fr")
    resolver = SpeakerResolver(doc, extract_entities(doc, lang=lang), lang=lang)
    start = doc[3].idx
    name = Mention(start=start, end=doc[4].idx + len("Bhoyroo"), text="Yashvin Bhoyroo", label="PER")
    assert not resolver._in_complement(name)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a description naming its party is not the one person titled with another party ("Labour MP"), but the one
    # of its party named before
    ('Labour MP Helen Marsh welcomed the budget on Tuesday.\n\nReform, which voted against it, was scornful. Its '
     'home affairs spokesman Gareth Pryce called the budget a raid on savers.\n\n"Nobody voted for this," the '
     'Reform MP said.', "Nobody voted", "Gareth Pryce"),
    # past the lede, a description takes up the unnamed member who just spoke, not one titled further on
    ('Not every SNP member is happy. One SNP backbencher, whose seat lies in the north, told the Herald: "I will '
     'back it this week, but not at stage 3."\n\n"Our voters remember the ferries," the MSP added.\n\nLabour MSP '
     'Iain Gray said the bill was rushed.', "remember the ferries", "One SNP backbencher"),
    # "the warning came from X, who … accused Ms Y": the message's source is the topic a description takes up,
    # not the one accused (no inverted subject after a speech verb that has its own)
    ('Health Secretary Anne Doig defended the bill in the chamber.\n\nThe warning came from Labour\'s health '
     'spokeswoman, Fiona Laird, who said ministers had published no impact assessment and accused Ms Doig of '
     '"governing by spreadsheet".\n\nThe Edinburgh Southern MSP said Labour could not back "a merger designed in '
     'a back room".', "back room", "Fiona Laird"),
    # the source a message comes from is the head of its phrase, not the constituency the model took for a person
    # before the title
    ("The bill was tabled on Tuesday.\n\nThe warning came from George Town South MP Delroy Ebanks, who chairs the "
     "finance committee.\n\n\u201cSix weeks is not enough time to read a bill of this size,\u201d he said.",
     "Six weeks", "Delroy Ebanks"),
    # a plural subject set against the speaker by "but" inside what they said ("but both sides had to …") is not
    # put forward: "he" after it is still the speaker
    ("Dock strike enters third day\n\nThe dock strike entered its third day on Wednesday, led by union leader Carl "
     "Redhead.\n\n\u201cEvery hour that a ship waits, somebody pays.\u201d\n\nThat was the warning from Grenada "
     "Chamber of Commerce (GCC) president Martin Baptiste, who said importers were already paying storage charges."
     "\n\nThe chamber president said the GCC had no quarrel with Redhead or the union, but both sides had to find a "
     "deal that did not leave shoppers paying the bill.\n\n\u201cNobody should pay more for a bag of rice because "
     "two parties cannot sit in one room,\u201d he said.", "bag of rice", "Martin Baptiste"),
    # a document that was written is not the source of the words it was written with
    ('Sen. Maria Lopez defended the measure on Wednesday. She said the bill had been written "with small farms in '
     'mind, not against them."', "small farms", "Maria Lopez"),
    # the subject of a verb the parser left without one is not a person named in the participial clause opening
    # the sentence, nor one in a relative clause on the subject: "he" takes up neither the judge nor the lawyer
    ("The former treasurer of the cooperative, John Kamau, is on trial for theft.\n\nTestifying before Justice "
     "Mary Atieno, the former treasurer, who was questioned by his lawyer, Peter Mensah, said he had been abroad."
     "\n\n\u201cI never touched that money,\u201d he said.", "touched that money", "John Kamau"),
    # a participle before its noun is an adjective, no speech verb: the noun is no speaker
    ("Nurses' union leader Ruth Mwale criticised the plan. She said staff had learned of the proposed Kafue "
     "Hospital merger \u201cfrom a newspaper\u201d.", "from a newspaper", "Ruth Mwale"),
    # "Patrice" is a man's given name in French but often a woman's in English: a "she" after an English article
    # calls her so takes her up, not the other woman named in what she pointed out
    ("Prosecutor Patrice Gooding told the jury the loan was never repaid. She said the ledger had been altered.\n\n"
     "Gooding pointed out that Judge Carol Mends had herself heard a similar case in 2021.\n\n\u201cThe sums "
     "have doubled since then,\u201d she said.", "sums have doubled", "Patrice Gooding"),
])
def test_english_descriptions_and_pronouns_between_two_people(tmp_path: Path, text: str, words: str,
                                                              speaker: str) -> None:
    assert quote_containing(analyse_text(tmp_path, text), words).speaker == speaker


def test_he_is_not_the_person_she_took_up(tmp_path: Path) -> None:
    """A person a "she" took up is a woman, whatever her given name tells: a later "he" is someone else."""
    text = ('Despina Kyprianou, a member of the House foreign affairs committee, criticised the deal. "It is a first '
            'step, not a solution," Kyprianou said.\n\nKyprianou also took aim at the spokesman, whose optimism she '
            'called premature. "He cannot name a single date," she said.\n\nDisy deputy Marios Ttofis said his party '
            'backed the decision but wanted guarantees. "We are not against crossings," he said.')
    assert quote_containing(analyse_text(tmp_path, text), "not against crossings").speaker != "Despina Kyprianou"


def _table_of(doc: Doc, people: list[str]) -> EntityTable:
    """An entity table naming ``people`` (as persons, whatever the tagger read) at each of their occurrences."""
    mentions = [(Mention(start=at, end=at + len(name), text=name, label="PER"), name)
                for name in people for at in _occurrences(doc.text, name)]
    return EntityTable([Entity(name=name, label="PER", count=1) for name in people], mentions)


def _occurrences(text: str, words: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(words, i)]


@pytest.mark.parametrize(("text", "name", "personal"), [
    # a name only ever set right after a common noun that names no person (a naming apposition) is a thing's
    ("Une analyse que partage Samia Toumi, à la tête d'une société d'export de dattes Ghars Hamra implantée à "
     "Tozeur.", "Ghars Hamra", False),
    ("Elle a lu l'audit commandé par les délégués au cabinet Technologia, qui chiffre les pertes.", "Technologia",
     False),
    ("Une analyse que partage Samia Toumi, à la tête d'une société d'export de dattes.", "Samia Toumi", True),
    # a name after a role, or in a phrase a singular role opens, is the role holder's
    ("Son rival, l'ancien ministre des finances Tõnis Aru, se montre moins élogieux.", "Tõnis Aru", True),
    ("Le syndicaliste Kerbrat a pris la parole devant l'usine.", "Kerbrat", True),
    # a subject is a person, whatever noun names its trade ("océanographe" is on no list), and so is the inverted
    # subject of an incise the tagger took for a noun
    ("Interrogée, l'océanographe Tiné Ndoye, chercheuse au centre de Thiaroye, rappelle que rien n'est signé.",
     "Tiné Ndoye", True),
    ("« Le pouvoir a choisi ses adversaires », analyse Okonda Mavungu, politologue à l'université.", "Okonda Mavungu",
     True),
])
def test_no_personal_pronoun_takes_up_a_name_that_names_a_thing(text: str, name: str, personal: bool) -> None:
    lang = get_language_data("fr")
    doc = load_pipeline("fr")(normalise_text(text))
    resolver = SpeakerResolver(doc, _table_of(doc, [name]), lang=lang)
    gender = resolver.genders.get(name, "Fem")  # the name's own gender, when the article tells it
    assert resolver.compatible(name, gender) is personal
