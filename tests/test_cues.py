"""The cue of a quoted span and the grammar it rests on, on parsed French and English sentences.

Whole-document attribution (cues, then speakers, inheritance, quote kinds) is tested in ``tests/test_quotes.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from _hand_parsed import hand_parsed

from newsbrief.cues import Cue, could_speak, find_cue, speech_lemma, speech_subject_tokens, subject_of, token_index
from newsbrief.lang import get_language_data
from newsbrief.nlp import load_pipeline, normalise_text
from newsbrief.quotespans import find_quote_spans
from newsbrief.records import Block

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def parse(language: str, text: str) -> Doc:
    return load_pipeline(language)(normalise_text(text))


def token(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def cue_of(language: str, text: str) -> Cue | None:
    """The cue of the one quote of a one-paragraph text."""
    doc = parse(language, text)
    [span] = find_quote_spans(doc.text, [Block(kind="paragraph", start=0, end=len(text), text=text)])
    return find_cue(doc, [t.idx for t in doc], span, lang=get_language_data(language))


CUE_CASES = [
    # (language, one paragraph with one quote, the rule that found the cue, the cue word, the speaker token)
    ("fr", "« Nous resterons aux côtés de l'Ukraine », a déclaré Catherine Colonna.", "incise", "déclarer",
     "Catherine"),
    ("fr", "« Nous resterons aux côtés de l'Ukraine », affirme-t-elle.", "incise", "affirmer", "-elle"),
    # "lui" / "leur" opening an incise is the one spoken to; the subject is inverted after the verb
    ("fr", "« Avez-vous relu ce contrat avant de le signer ? », lui a demandé la juge.", "incise", "demander", "juge"),
    ("fr", "« Le chantier reprendra en mars », leur a répondu Nadia Ferhat, directrice du site.", "incise",
     "répondre", "Nadia"),
    ("fr", "Volodymyr Zelensky a déclaré : « Nous ne céderons aucun territoire ».", "before", "déclarer",
     "Volodymyr"),
    ("fr", "Selon Volodymyr Zelensky, « l'hiver sera difficile pour tout le pays ».", "marker", "selon",
     "Volodymyr"),
    ("fr", "Catherine Colonna : « Nous serons là aussi longtemps qu'il le faudra ».", "colon", ":", "Colonna"),
    # a first name set off by its age is a person, whatever the model's tag, for a clause that lost its subject
    ("fr", "Devant la mairie, Gisèle, 68 ans, qui vit dans le quartier depuis trente ans, reste sceptique : « On nous "
     "promet des navettes, on verra bien. »", "colon", ":", "Gisèle"),
    # a speech verb in a relative clause on a fronted complement is not the one the main clause's colon introduces
    ("fr", "Aux riverains qui dénoncent le bruit des travaux, le maire, Jean Pascal, a brandi un calendrier : « Les "
     "travaux de nuit s'arrêteront fin mars. »", "colon", ":", "Jean"),
    ("fr", "Le ministre Paul Girard a été interrogé sur ses comptes. Sa réponse : « Nous n'avons rien à cacher "
     "dans ce dossier. »", "reaction", ":", "Sa"),
    # a reaction noun opening the sentence, whatever part of speech the capital misleads the tagger into
    ("fr", "Le débat a tourné court.\n\nRéplique d'Aïssatou Ndiaye, quelques minutes plus tard : « Vous avez "
     "gouverné dix ans. »", "reaction", ":", "Aïssatou"),
    ("fr", "« Nous avons besoin de ports plus profonds et de douanes plus rapides. » C'est en ces termes que le "
     "vice-ministre Daniyar Seitkali a résumé la situation.", "next", "résumer", "Seitkali"),
    ("fr", "Le ministre Paul Girard ne le cache pas. « Nous n'avons rien à cacher dans ce dossier. »", "context", "",
     "ministre"),
    ("fr", "L'opposition arménienne a dénoncé « une capitulation ».", "before", "dénoncer", "opposition"),
    # a sentence opened by a source marker is that source's account, which a quote after it goes on with, not the
    # words of the body its subject is
    ("en", "According to Mr Tendai Moyo, the association wrote to the council in June. \u201cWe never had a "
     "reply.\u201d", "context", "", "Moyo"),
    ("fr", "Selon Paul Girard, la mairie a écrit au préfet dès le mois de juin. « Nous n'avons reçu aucune "
     "réponse. »", "context", "", "Paul"),
    ("en", '"We had a frank exchange on trade," Lammy said.', "incise", "say", "Lammy"),
    ("en", 'According to Wang Yi, "relations are on the right track after a difficult period".', "marker",
     "according", "Yi"),
    # an incise whose subject's apposition or relative clause is too long for the incise window: the subject
    # speaks, not the one told
    ("en", '"We will not back down on this," Maria Kovacs, the European Commission\'s deputy director-general for '
     'consumer protection and food safety, told reporters in Brussels.', "incise", "tell", "Kovacs"),
    ("en", '"This deal buys us time," Carlos Mendez, the president of the Yuma County Farm Bureau, which represents '
     'about 900 growers along the river, said in a phone interview.', "incise", "say", "Mendez"),
    # a gerund clause opening the sentence, which the parser took for the clausal subject, is not the speaker
    ("en", "Chairing the Nordic Council Ministers' Meeting, Senior Minister of State for Foreign Affairs Erik Dahl "
     'said the council would not become "a talking shop".', "before", "say", "Dahl"),
    # "in her view": the owner of the opinion is the source
    ("en", 'In his view, the central bank still regards inflation as "a fire that is not yet out".', "marker",
     "view", "his"),
    # "de son côté" between the verb and its inverted subject, which the parser hung on "côté"
    ("fr", "« Nous attendrons le vote du budget », prévient de son côté le président du groupe socialiste, Marc "
     "Delcourt.", "incise", "prévenir", "président"),
    # a negation inside the quote that the parser hung on the verb of the incise does not negate it
    ("fr", "« Je n'ai jamais touché un centime. Jamais », a martelé l'ancien cadre à la barre, les mains posées sur "
     "le pupitre.", "incise", "marteler", "cadre"),
    # a past participle after its auxiliary that the tagger took for an infinitive
    ("fr", "La chambre régionale des comptes (CRC) de Provence-Alpes-Côte d'Azur avait déjà pointé en 2022 des "
     "« anomalies répétées » dans la gestion des concessions.", "before", "pointer", "chambre"),
    # a speech verb the tagger read as a noun after a body's acronym in brackets: the body speaks
    ("fr", "Dans un avis rendu jeudi, l'Autorité de la concurrence (ADLC) juge les tarifs des péages « excessifs au "
     "regard des coûts ».", "before", "juger", "ADLC"),
    # a role the tagger read as an adjective after an incise's verb is its inverted subject
    ("fr", "« Je n'ai jamais touché à la caisse », assure le quinquagénaire.", "incise", "assurer",
     "quinquagénaire"),
    # a verb that reports speech only in an incise (``INCISE_SPEECH_VERBS``)
    ("fr", "« Maître, il vous reste cinq minutes », a coupé la présidente, Agnès Morvan.", "incise", "couper",
     "présidente"),
    # the inverted subject the parser hung on the newspaper named after the verb speaks, not nobody
    ("fr", "« La digue ne tiendra pas un hiver de plus », avertit dans les colonnes de La Provence Mathieu Roussel, "
     "qui préside le comité de quartier.", "incise", "avertir", "Mathieu"),
    # a speech participle qualifying a noun before the quote speaks through its agent (par X), not the noun judged
    ("fr", "Une hausse jugée « inacceptable » par les syndicats de cheminots.", "before", "juger", "syndicats"),
    ("fr", "Une décision qualifiée d'« historique » par la présidente de la région.", "before", "qualifier",
     "présidente"),
    # a fronted complement the parser took for the subject: the noun set off after it speaks
    ("fr", "Dans un communiqué diffusé en fin de journée, le Syndicat des cheminots (SDC) dénonce une "
     "« provocation ».", "before", "dénoncer", "Syndicat"),
    # a noun with a possessive inverted after an incise's verb is its subject, whatever the noun
    ("fr", "« Il ne rentrait jamais avant minuit », raconte sa mère.", "incise", "raconter", "mère"),
    # ... or a conjunct set off after it with no conjunction: "Contre X," is whom the request is against
    ("fr", "Contre Julien Morel, Mme Vidal demande « six mois ferme ».", "before", "demander", "Mme"),
    # "Pour le Broyard," gives the view of an inhabitant (a capitalised noun); "relever de" (belong to) is no speech
    ("fr", "Pour le Broyard, le projet relevait du « mépris ».", "marker", "pour", "Broyard"),
    # ... or of a body or a hearing's voice with its definite article, not of the subject after the comma
    ("fr", "Pour le parquet, Karim Benali n'est pas un simple exécutant : il est « l'architecte » du réseau.",
     "marker", "pour", "parquet"),
    ("fr", "Pour le gouvernement, la réforme doit rester « neutre pour les finances publiques ».", "marker", "pour",
     "gouvernement"),
    # a quote opening its paragraph: the next sentence's subject, a noun with a person's name set off after it
    ("fr", "« Nous ne partirons pas. » La doyenne du village, Jeanne Perrin, ne décolère pas.", "next", "",
     "doyenne"),
    # ... or a name the parser made the root, hanging the verb on it
    ("fr", "« On ne dort plus depuis l'été. » Roland Mercier, 66 ans, habite à 200 mètres de la carrière.", "next",
     "", "Roland"),
    # a quote inside its paragraph, then a sentence introducing a person not named before, set off by its age
    ("fr", "Le quartier a bien changé. « On ne dort plus la nuit depuis l'ouverture du bar. » Roger Delmas, 68 ans, "
     "habite juste au-dessus.", "next", "", "Roger"),
    # ... but a person named before is not introduced: the sentence before speaks
    ("fr", "Roger Delmas se plaint souvent. « On ne dort plus la nuit depuis l'ouverture du bar. » Roger Delmas, "
     "68 ans, habite juste au-dessus.", "context", "", "Roger"),
    # "a, pour sa part, appelé": the adjunct led the parser to hang the participle on "part", away from its
    # auxiliary and subject
    ("fr", "Le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) a, pour sa part, appelé « toutes les "
     "parties à protéger les civils ».", "before", "appeler", "HCR"),
    # ... and the subject, before a relative clause, the root it hung the whole clause on
    ("fr", "La Fédération nationale des taxis (FNT), qui avait appelé à la grève en mars, a pour sa part dénoncé "
     "« une décision prise sans la moindre concertation ».", "before", "dénoncer", "Fédération"),
    # an incise inside the marks with a named subject inverted after the speech verb
    ("fr", "« Le chantier avance bien, affirme Sophie Martin, la maire de Colmar. Les travaux seront finis en "
     "mai. »", "incise", "affirmer", "Sophie"),
    # a first-person clitic before a verb in the third person is its indirect object, not its subject
    ("fr", "« La réforme est mal ficelée », nous a expliqué un conseiller municipal de la majorité.", "incise",
     "expliquer", "conseiller"),
    # a speech verb the tagger read as a noun between a person's name and the quote: the name speaks
    ("fr", "Un bilan que Paul Roux juge « mitigé, mais honnête ».", "before", "juger", "Paul"),
    # a document in an indirect question says nothing: the one asking does
    ("en", "Senator Ruth Okafor asked whether the statute required the regulator to do more than \"take note of\" "
           "the findings.", "before", "ask", "Okafor"),
    # a quote holding the main verb of its clause: the subject before the marks says what it does
    ("fr", "La CFDT, plus prudente, « prend note » des annonces du gouvernement mais réclame un calendrier précis.",
     "predicate", "prendre", "CFDT"),
    # a quote opening its paragraph, then the sentence naming the mouth it comes out of
    ("fr", "« Pas question de reculer. » La phrase revient sans cesse dans la bouche de Sophie Klein, adjointe au "
     "maire.", "next", "", "Sophie"),
    # the name a relative clause closed by a comma qualifies speaks, not the relative clause's object
    ("fr", "Me Paul Garnier, qui représente Mme Lebrun, a vivement répondu au procureur : « Ce dossier est vide ».",
     "before", "répondre", "Paul"),
    # a name its age sets off is a person whatever the model's tag, and speaks in the next sentence
    ("fr", "« Personne ne nous a prévenus. » Mamadou, 34 ans, est venu témoigner devant les élus.", "next",
     "témoigner", "Mamadou"),
    # an incise's inverted subject the parser made the object, ahead of an apposition it made the subject
    ("fr", "« Sur ce dossier, il n'y a ni majorité ni opposition, il y a le pays », a affirmé le député national "
     "Paul-Henri Mbala Nkosi, d'Union pour la Nation, le parti de Félix Tshisekedi.", "incise", "affirmer",
     "député"),
    # a quote opening its paragraph, then a sentence whose subject is a noun for the quote itself
    ("fr", "« Quand on ferme une école faute de moyens, il ne faut pas s'étonner de la colère. » La phrase est de "
     "Marcel Dubuisson, maire de Vandœuvre, qui a voté contre.", "next", "", "Marcel"),
    # ... or the passive agent of a sentence whose subject is such a noun
    ("fr", "« On ferme des classes et on ouvre des bureaux. » Le constat est dressé par Hélène Morvan, déléguée "
     "syndicale, qui siège au comité depuis dix ans.", "next", "", "Hélène"),
    ("fr", "« Qui paiera la facture dans cinq ans ? » La question est posée par Marc Duval, président de "
     "l'association des riverains.", "next", "", "Marc"),
    ("en", "“This is a win for every nurse who ever worked a double shift.” That was how union steward Grace "
     "Mwangi greeted the ruling outside the court.", "next", "", "Mwangi"),
    # ... the subject of a relative clause on the noun, inverted after « que » and read as the verb's object
    ("fr", "« Des ponts, pas des barrières. » C'est le message qu'a voulu porter la commissaire européenne, Ingrid "
     "Holm, lors de sa visite au poste-frontière.", "next", "", "commissaire"),
    # ... the source it names ahead of a pronoun taking up the noun as another verb's subject
    ("fr", "« On ne gouverne pas contre les maires. » La formule est d'un proche du ministre, et elle résume "
     "l'humeur qui règne au cabinet.", "next", "résumer", "proche"),
    # ... the noun the parser made the root, the name hung on it as a conjunct
    ("fr", "« Nous ne lâcherons rien sur les salaires. » La phrase, reprise en chœur par la salle, est de Paul "
     "Girardin, délégué du personnel.", "next", "reprendre", "Paul"),
    # a passive speech verb speaks through the object of its "by"; a participle with its determiner is no cue
    ("en", "The clerk said she was told by the accused that the file was “already closed”.", "before", "tell",
     "accused"),
    # a reporting clause in the usual order closing a long sentence, its subject set off by a comma
    ("en", "Both sides have settled “most of the open questions” on quotas in their fisheries accord for the "
     "northern coast, the ministry's lead negotiator said on Friday.", "after", "say", "negotiator"),
    # a view relative set off after a noun gives that noun's view, ahead of the speech verb of the clause the noun
    # is in (the rise made the manager react: his words, not the rise's)
    ("fr", "La hausse des loyers a fait réagir le syndic Marc Aubert, pour qui il s'agit d'une « provocation pure "
     "et simple ».", "marker", "pour", "syndic"),
    ("en", "The plan drew a sharp reply from Senator Ruth Cole, for whom the cuts were “a betrayal of rural "
     "voters”.", "marker", "for", "Cole"),
    # the verb of a relative clause on a noun set off after the main clause, the name just before it and the quote
    # just after: the name speaks, not the main clause's subject, however the tagger read the verb
    ("fr", "La ministre a écarté l'argument du coût, une lecture que Sophie Marchand juge « sans fondement » au vu "
     "des chiffres.", "before", "juger", "Sophie"),
    # an emphatic pronoun after the subject of a reported clause takes it up: that subject speaks, not the
    # reporting one
    ("fr", "La présidente rappelle que Mme Claire Dubois elle-même avait dénoncé, la veille, les « lenteurs » de "
     "l'administration.", "before", "dénoncer", "Mme"),
    # a speech verb of a reported clause does not report the quote in the clause coordinated to it: the verb
    # reporting both does
    ("en", "She said the residents had written to the council in March but had heard “nothing at all” since.",
     "before", "say", "She"),
    ("en", "The mayor said the contractor had promised repairs by June but had delivered only “a few buckets of "
     "tar”.", "before", "say", "mayor"),
    # a relative clause only a person takes, hung on the body in a person's apposition: the person speaks
    ("en", "The panel reviewed the evidence of the first witness, a senior accountant at the bank, who had "
     "testified that the loans were “never approved”.", "before", "testify", "witness"),
    ("en", "The court recalled the account of the defence witness, Mr Tomas Reyes, a former deputy head of "
     "security at the port authority, who had testified in May that the guard “never left” his post.", "before",
     "testify", "Reyes"),
    # a speech infinitive governed by a verb whose subject speaks through it: the infinitive is the cue
    ("fr", "Au siège de la fédération, on se contente de rappeler que l'accord « reste valable ».", "before",
     "rappeler", "on"),
    ("fr", "La préfecture se borne à indiquer que les travaux « suivent leur cours ».", "before", "indiquer",
     "préfecture"),
    # a past participle after the noun it qualifies, with nothing of its own, is no speech: the marker opening
    # the sentence gives the source
    ("fr", "Selon lui, les ouvriers appelés en renfort pendant les crues étaient payés par la mairie, « à partir d'un "
     "tarif fixé d'avance ».", "marker", "selon", "lui"),
    # a quote that is a paragraph of its own, the next opening on a cleft pointing back to its words: the subject
    # after the complementizer speaks
    ("fr", "« Personne n'a demandé aux commerçants ce qu'ils pouvaient payer. »\n\nC'est ainsi que l'avocate "
     "des commerçants, Me Anne Roux, a résumé l'affaire devant le tribunal.", "next", "", "avocate"),
    # a surname opening its sentence that the tagger reads as a noun ("Rush") or, with its phrasal speech verb, as a
    # verb and its object ("Tremblay shot back:"): the person the document names so elsewhere
    ("en", "Coun. Jean Rush pressed the developer on rents. Rush shot back: “Then you are asking us to trust you.”",
     "before", "shoot back", "Rush"),
    ("en", "Coun. Jean Tremblay pressed the developer on rents. Tremblay shot back: “Then you are asking us to trust "
     "you.”", "misread", "shoot back", "Tremblay"),
    # a verb of commitment or restraint governing a quoted infinitive gives its subject's words, ahead of a source
    # marker that only reports them
    ("fr", "La mairie s'est engagée, selon l'association, à « rouvrir la piscine avant l'été ».", "before", "engager",
     "mairie"),
    ("fr", "Le gouvernement s'est borné à « prendre acte » du vote, selon un conseiller.", "before", "borné",
     "gouvernement"),
    # a verb in the hearsay conditional whose content comes before a colon, in a sentence a source marker frames:
    # the quote after the colon is the source's comment; a quote the verb governs itself stays its subject's
    ("fr", "Selon un élu de l'opposition, Rabat aurait promis aux pêcheurs une aide d'urgence : « Personne n'a vu "
     "un centime. »", "marker", "selon", "élu"),
    ("fr", "Selon un proche du dossier, la ministre aurait qualifié le rapport de « torchon ».", "before", "qualifier",
     "ministre"),
    ("fr", "Le ministre aurait promis une aide aux éleveurs : « Ils l'auront avant Noël. »", "before", "promettre",
     "ministre"),
    # a labelling verb with an object and without its labelling word shows, it reports nothing: the source speaks
    ("fr", "Selon l'inspecteur, le registre présentait des « irrégularités graves » depuis 2019.", "marker", "selon",
     "inspecteur"),
    ("fr", "La maire présente la réforme comme « une chance pour le quartier ».", "before", "présenter", "maire"),
    # but a place standing for its government, with a person or role as the source: that person speaks for it
    ("fr", "Alger s'est contenté de « prendre note » du vote, selon le porte-parole du ministère.", "marker", "selon",
     "porte-parole"),
    # not in a clause a speech verb reports: the reporter quotes the commitment
    ("fr", "La déléguée rappelle que la direction s'était engagée à « maintenir tous les emplois ».", "before",
     "rappeler", "déléguée"),
    # a participle qualifying the noun of a fronted adjunct is no cue: the main clause's subject speaks
    ("fr", "Dans une lettre publiée jeudi, la fédération « regrette profondément cette décision ».", "predicate",
     "regretter", "fédération"),
    # but a main verb an adjunct parts from its auxiliary is no participle of a noun ("a pour sa part salué")
    ("fr", "Moins sévère que sa collègue, la sénatrice Anne Morel, élue du Finistère, a pour sa part salué « les "
     "efforts consentis par les communes ».", "before", "saluer", "sénatrice"),
    # a present conjunct the parser hung on the participle of the clause a speech verb reports is the reporter's
    ("fr", "Dans un texte publié lundi, la préfecture annonce que le pont de Saint-Clair sera fermé à compter du 3 "
     "mai, et dénonce « le passage répété de camions trop lourds » sur l'ouvrage.", "before", "dénoncer",
     "préfecture"),
    # a cue group after the quote's comma (auxiliary, light, modal or attitude verb, then an infinitive or, for a
    # reflexive "se vouloir", an adjective): its subject is inverted after the whole group, whatever the infinitive,
    # not the object of a gerund after it
    ("fr", "« Le projet avance plus vite que prévu », a fait valoir M. Gérard Lambert, en citant une note de la "
     "préfecture.", "incise", "faire valoir", "M."),
    ("fr", "« La ville ne paiera pas pour les erreurs de l'État », veut croire Sophie Garnier.", "incise", "croire",
     "Sophie"),
    ("fr", "« Les travaux reprendront au printemps », a voulu rassurer le maire de la commune.", "incise", "rassurer",
     "maire"),
    ("fr", "« Cette région a de l'avenir », se plaît à dire le président du conseil régional.", "incise", "dire",
     "président"),
    ("fr", "« Rien n'est encore décidé », préfère souligner Marie Lefèvre, en évoquant une étude de l'Insee.",
     "incise", "souligner", "Marie"),
    ("fr", "« Aucun emploi ne sera supprimé », s'est voulue rassurante la ministre du Travail.", "incise", "vouloir",
     "ministre"),
    # the outlet a complement holds is never the speaker, however the parser split its name
    ("fr", "« Rien n'est encore décidé », a déclaré jeudi à France Info Paul Martin.", "incise", "déclarer",
     "Paul"),
    ("fr", "« Rien n'est encore décidé », a déclaré à Ici Montréal Nadia Haddad, qui dirige le service.",
     "incise", "déclarer", "Nadia"),
    # an English prepositional complement between the verb and its inverted subject, and a possessor before it
    ("en", '"We will rebuild the bridge," said in a statement the ministry\'s spokesman Ahmed Khalil.', "incise",
     "say", "spokesman"),
    ("en", '"No jobs will be cut," pointed out the company\'s chief executive, Anne Roy.', "incise", "point",
     "executive"),
    # a relative clause whose verb governs an infinitive of its own describes the speaker: the colon reports the quote
    ("fr", "Un cadre du groupe, qui souhaite rester anonyme, paraît plus inquiet : « On avance sans boussole. »",
     "colon", ":", "cadre"),
    ("en", "A nurse on the ward, who asked to remain anonymous, sounded exhausted: \"We cannot keep going like "
     "this.\"", "colon", ":", "nurse"),
    # an addressing verb's subject inverted after the one it addresses, not the outlet addressed
    ("en", '"The border will stay open to trucks," told Sky News the interior minister, Lena Park.', "incise", "tell",
     "minister"),
    # a cue group after the quote's comma, its subject inverted after the whole group
    ("en", '"Nobody here wants a strike," went on to say the mayor.', "incise", "say", "mayor"),
    # an attitude verb or adjective and its speech infinitive, the subject before them
    ("en", 'The senator was keen to stress that "no deal has been signed with the union".', "before", "stress",
     "senator"),
    ("fr", "Le maire s'est empressé de préciser que « rien n'est encore signé avec le promoteur ».", "before",
     "préciser", "maire"),
    # a speech verb with a concrete object in the que-clause of a real cue is no cue: the reporting verb is
    ("fr", "Les pompiers ont fait savoir par communiqué qu'ils ajouteraient un camion « dans la mesure des moyens "
     "disponibles ».", "before", "faire savoir", "pompiers"),
    ("fr", "Le maire assure qu'une majorité de commerçants soutient le projet, « même si les opposants font plus de "
     "bruit ».", "before", "assurer", "maire"),
    # ... but one whose object holds the quote, or a labelling verb, reports it
    ("fr", "La ministre a dit que le syndicat dénonçait une réforme « injuste ».", "before", "dénoncer", "syndicat"),
    ("fr", "La ministre a dit que le syndicat qualifiait la réforme de « trahison ».", "before", "qualifier",
     "syndicat"),
    # a verb the parser left without subject: not the last word of a relative clause on the person before it
    ("fr", "Joint par téléphone, M. Paul Morin, qui cultive du blé pour le compte de la Coopérative agricole du Centre "
     "(CAC), se dit « rassuré ».", "before", "dire", "Morin"),
    # a participle qualifying a noun before a colon ends the clause: its agent is no subject of the main verb
    ("fr", "Le soir même, Mme Lefort a accepté la méthode suggérée par M. Garnier : « Nous discuterons commune par "
     "commune. »", "colon", ":", "Mme"),
    ("fr", "En conseil, le maire a écarté le tracé imaginé par les architectes : « Il coûterait deux fois plus "
     "cher. »", "colon", ":", "maire"),
]


@pytest.mark.parametrize(("language", "text", "how", "word", "speaker"), CUE_CASES)
def test_find_cue(language: str, text: str, how: str, word: str, speaker: str) -> None:
    cue = cue_of(language, text)
    assert cue is not None and cue.speaker is not None
    assert (cue.how, cue.word, cue.speaker.text) == (how, word, speaker)


def last_cue_of(language: str, text: str) -> Cue | None:
    """The cue of the last quote of a one-paragraph text."""
    doc = parse(language, text)
    spans = find_quote_spans(doc.text, [Block(kind="paragraph", start=0, end=len(text), text=text)])
    return find_cue(doc, [t.idx for t in doc], spans[-1], lang=get_language_data(language))


@pytest.mark.parametrize(("language", "text", "speaker"), [
    # a clause leaving out the speech verb of the clause before: its own subject speaks for its quote
    ("fr", "Le préfet parle d'une « pause technique », les pêcheurs de l'archipel d'un « mépris total ».", "pêcheurs"),
    ("fr", "La direction évoque un « simple ajustement », les syndicats une « trahison ».", "syndicats"),
    ("en", 'The minister called it "a step forward", the unions "a betrayal".', "unions"),
])
def test_a_gapped_clause_subject_speaks_for_its_quote(language: str, text: str, speaker: str) -> None:
    cue = last_cue_of(language, text)
    assert cue is not None and cue.speaker is not None and cue.speaker.text == speaker


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Catherine Colonna n'a pas dit « que la guerre était perdue pour Kiev et ses alliés »."),  # negated
    ("en", 'Lammy did not say "we will leave".'),
    ("fr", "Le gouvernement prépare une « réforme » des retraites depuis des mois."),  # no speech at all
    # a participle before its noun is an adjective, no speech verb
    ("en", "Staff learned of the proposed Kafue Hospital merger “from a newspaper”."),
    ("fr", "« Aucun emploi ne sera supprimé », n'a pas voulu promettre le directeur."),  # a negated cue group
    # a group whose infinitive is no speech verb reports only a quote opening its sentence: here the clause goes on
    ("fr", "Le nouveau plan « Habiter mieux », doit rassurer les syndicats du bâtiment."),
])
def test_no_cue_for_negated_or_absent_speech(language: str, text: str) -> None:
    assert cue_of(language, text) is None


@pytest.mark.parametrize(("language", "text", "word", "lemma"), [
    ("fr", "Le ministre estime que la loi passera.", "estime", "estimer"),
    ("fr", "Il s'indigne de la décision.", "indigne", "s'indigner"),  # a regular form the lemmatizer left alone
    ("fr", "Elle s'est réjouie de la décision.", "réjouie", "se_réjouir"),
    ("fr", "Le Quai d'Orsay a fait savoir que la France regrettait.", "fait", "faire savoir"),  # a light verb
    ("fr", "La maison est grande.", "maison", None),
    ("fr", "Un peu plus loin, Mathieu s'inquiète : « Mon père a travaillé. »", "inquiète", "s'inquiéter"),  # è/é
    ("en", "He told reporters it was over.", "told", "tell"),
    ("en", "She ate an apple.", "ate", None),
])
def test_speech_lemma(language: str, text: str, word: str, lemma: str | None) -> None:
    doc = parse(language, text)
    assert speech_lemma(token(doc, word), get_language_data(language)) == lemma


@pytest.mark.parametrize(("language", "text", "word", "speaks"), [
    ("fr", "Le ministre a parlé longuement.", "ministre", True),  # a role
    ("fr", "Elle a parlé longuement.", "Elle", True),  # a personal pronoun
    ("fr", "Un rapport de la Ligue arabe conclut à un tir de mortier.", "rapport", True),  # an authored report
    ("fr", "Le rapport conclut à un tir de mortier.", "rapport", False),
    ("fr", "La table est grande.", "table", False),
    ("fr", "Un soudeur de 52 ans montre sa lettre.", "soudeur", True),  # a noun given an age is a person
    ("fr", "Un pont de 52 mètres enjambe la rivière.", "pont", False),
    ("fr", "La phrase revient dans la bouche de nombreux grévistes.", "grévistes", True),  # strikers speak
    ("en", "The 45-year-old told Sky News.", "old", True),
    ("en", "The ministry's statement was short.", "statement", True),
    ("en", "The weather was fine.", "weather", False),
])
def test_could_speak(language: str, text: str, word: str, speaks: bool) -> None:
    doc = parse(language, text)
    assert could_speak(token(doc, word), get_language_data(language)) is speaks


@pytest.mark.parametrize(("language", "text", "verb", "subject"), [
    ("fr", "« Nous partirons », déclare-t-il.", "déclare", "-il"),  # an inverted clitic
    ("fr", "Catherine Colonna est arrivée à Kiev et a déclaré que la France resterait.", "déclaré", "Catherine"),
    # a fronted complement taken for the subject gives way to the noun set off after it, however deep it is hung
    ("fr", "Dans un communiqué publié à la veille du vote, le Groupement des planteurs de girofle de Madagascar "
     "(GPGM) estimait que le texte « menace la filière ».", "estimait", "Groupement"),
    # a coordinated verb the parser hung on a noun shares the subject of the verb above that noun
    ("fr", "L'opérateur a dit « prendre acte » de la sanction et annoncé la pose de 80 nouvelles antennes.", "annoncé",
     "opérateur"),
    ("fr", "Une mesure revendiquée par le président a été votée.", "revendiquée", "président"),  # the agent
    ("en", "The minister who said it left.", "said", "minister"),  # through the relative pronoun
    # not the object of an earlier subject's relative clause
    ("fr", "Les Emirats, qui ont facilité plusieurs dizaines d'échanges, ont salué l'accord.", "salué", "Emirats"),
    # an emphatic pronoun only takes up the subject before it; not one after a phrase of comparison
    ("fr", "Mme Vidal elle-même assure que son équipe reste mobilisée.", "assure", "Mme"),
    ("fr", "Comme la porte-parole du ministère, elle redoute une pénurie.", "redoute", "elle"),
    # a dative clitic before the verb is the one spoken to, not a second subject
    ("fr", "Marie Lenoir, adjointe chargée des finances, lui a répondu en conseil : « Les comptes sont publics. »",
     "répondu", "Marie"),
    ("fr", "Le directeur, visiblement agacé, leur a lancé : « Je ne reviendrai pas. »", "lancé", "directeur"),
    ("fr", "Lui a toujours refusé de signer.", "refusé", "Lui"),  # stressed, and alone
    # a bare noun opening the sentence is a detached apposition: the subject is the noun phrase after the comma
    ("fr", "Soudeuse au chantier naval depuis 1998, une ouvrière qui tient à rester anonyme dit avoir tout appris "
     "par la radio.", "dit", "ouvrière"),
    # a past participle opening the sentence is detached: the subject is the noun phrase after its comma, even
    # when the parser made the participle the subject or the root (or tagged it as a name)
    ("fr", "Interpellée, Claire Dubois avait promis « une restitution complète » après chaque réunion.", "promis",
     "Claire"),
    ("fr", "Sollicitée, Mariama Ba Kane avait promis « une restitution complète » après chaque réunion.", "promis",
     "Mariama"),
    ("fr", "Contacté par notre rédaction, le groupe Lactalis, qui emploie 800 salariés à Laval, affirme « respecter "
     "les accords ».", "affirme", "groupe"),
    ("fr", "André, un éleveur de Corrèze, raconte « avoir tout perdu ».", "raconte", "André"),  # a name, set off
    # after a fronted place complement set off by a comma, the determined noun the parser made its apposition
    ("fr", "Sur le quai de la gare Saint-Charles, un contrôleur, entré à la SNCF en 1998 et syndiqué depuis dix ans, "
     "accepte de parler sous couvert d'anonymat : « On nous a lâchés. »", "accepte", "contrôleur"),
    # ... or hung elsewhere (on the comma), and a name or an acronym the tagger took for a common noun
    ("fr", "Dans un courrier envoyé lundi aux élus, la fédération des artisans « regrette une décision brutale ».",
     "regrette", "fédération"),
    ("fr", "Dans un communiqué publié mardi, Kaolin Atlantique, l'exploitant du site, « dénonce une décision "
     "brutale ».", "dénonce", "Kaolin"),
])
def test_subject_of(language: str, text: str, verb: str, subject: str) -> None:
    found = subject_of(token(parse(language, text), verb))
    assert found is not None and found.text == subject


def test_subject_of_skips_a_gapped_clause_subject_hung_on_the_verb() -> None:
    """"Ms Keane, …, said the waits were “avoidable” and the new plan “a fig leaf”": the parser may hang "plan", the
    gapped clause's subject, on "said" too; the subject before the verb speaks (parse given by hand)."""
    from spacy.tokens import Doc as SpacyDoc
    words = ["Ms", "Keane", ",", "a", "nurse", "who", "led", "the", "union", ",", "said", "the", "waits", "were",
             "avoidable", "and", "the", "plan", "a", "fig", "leaf"]
    heads = [1, 10, 1, 4, 1, 6, 4, 8, 6, 1, 10, 12, 13, 10, 13, 13, 17, 10, 20, 20, 17]
    deps = ["compound", "nsubj", "punct", "det", "appos", "nsubj", "relcl", "det", "dobj", "punct", "ROOT", "det",
            "nsubj", "ccomp", "acomp", "cc", "det", "nsubj", "det", "compound", "appos"]
    doc = SpacyDoc(load_pipeline("en").vocab, words=words, heads=heads, deps=deps)
    found = subject_of(doc[10])
    assert found is not None and found.text == "Keane"


@pytest.mark.parametrize(("language", "text", "subjects"), [
    ("en", "Lammy said the talks went well. The weather was fine.", ["Lammy"]),
    ("en", "Lammy did not say anything.", []),
    ("fr", "« Nous partirons », affirme-t-elle.", ["-elle"]),
    ("fr", "Catherine Colonna n'a pas dit que la guerre était perdue.", []),
])
def test_speech_subject_tokens(language: str, text: str, subjects: list[str]) -> None:
    doc = parse(language, text)
    assert [doc[i].text for i in speech_subject_tokens(doc, lang=get_language_data(language))] == subjects


@pytest.mark.parametrize(("offset", "index"), [(0, 0), (3, 0), (4, 1), (8, 1), (9, 2), (99, 2), (-1, 0)])
def test_token_index(offset: int, index: int) -> None:
    assert token_index([0, 4, 9], offset) == index


# --- the parser's mistakes, parsed by hand -------------------------------------------------------------------------

_FINITE = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def test_a_main_verb_hung_on_a_relative_clause_has_what_it_qualifies_as_subject() -> None:
    """"Varsovie, qui conteste le calendrier, réclame un report": the parser hung "réclame" on the relative
    clause's verb (advcl, as in fr-press articles); Varsovie speaks."""
    doc = hand_parsed("fr", [
        ("Varsovie", "Varsovie", "PROPN", "ROOT", 0, "B-LOC", "", False),
        (",", ",", "PUNCT", "punct", 0, "O", "", True),
        ("qui", "qui", "PRON", "nsubj", 3, "O", "PronType=Rel", True),
        ("conteste", "contester", "VERB", "acl:relcl", 0, "O", _FINITE, True),
        ("le", "le", "DET", "det", 5, "O", "", True), ("calendrier", "calendrier", "NOUN", "obj", 3, "O", "", False),
        (",", ",", "PUNCT", "punct", 3, "O", "", True), ("réclame", "réclamer", "VERB", "advcl", 3, "O", _FINITE, True),
        ("un", "un", "DET", "det", 9, "O", "", True), ("report", "report", "NOUN", "obj", 7, "O", "", False),
        (".", ".", "PUNCT", "punct", 0, "O", "", False)])
    assert subject_of(doc[7]).text == "Varsovie"


def test_an_inverted_subject_after_a_medium_in_marks_speaks() -> None:
    """"« … », confie au « Temps » un guide de Zinal": the parser hung the medium's closing mark on the verb (as
    in fr-press articles); the inverted subject after it speaks, not nobody."""
    doc = hand_parsed("fr", [
        ("«", "«", "PUNCT", "punct", 2, "O", "", True), ("On", "on", "PRON", "nsubj", 2, "O", "", True),
        ("pense", "penser", "VERB", "ROOT", 2, "O", _FINITE, True), ("»", "»", "PUNCT", "punct", 2, "O", "", False),
        (",", ",", "PUNCT", "punct", 2, "O", "", True),
        ("confie", "confier", "VERB", "parataxis", 2, "O", _FINITE, True),
        ("au", "au", "ADP", "case", 8, "O", "", True), ("«", "«", "PUNCT", "punct", 8, "O", "", True),
        ("Temps", "Temps", "PROPN", "obl:arg", 5, "O", "", True), ("»", "»", "PUNCT", "punct", 5, "O", "", True),
        ("un", "un", "DET", "det", 11, "O", "", True), ("guide", "guide", "NOUN", "obj", 5, "O", "", True),
        ("de", "de", "ADP", "case", 13, "O", "", True), ("Zinal", "Zinal", "PROPN", "nmod", 11, "B-LOC", "", False),
        (".", ".", "PUNCT", "punct", 2, "O", "", False)])
    text = doc.text
    [span, _] = find_quote_spans(text, [Block(kind="paragraph", start=0, end=len(text), text=text)])
    cue = find_cue(doc, [t.idx for t in doc], span, lang=get_language_data("fr"))
    assert cue is not None and cue.speaker is not None and cue.speaker.text == "guide"


def test_a_name_set_off_after_a_bare_description_subject_speaks_for_the_quote_before() -> None:
    """"« … » Professeure de droit, Anne Morel voit là un tournant.": the parser read the name set off after the
    description as a conjunct of it (as in fr-press articles); after a quote opening its paragraph, the name, not
    the bare noun, is who the next sentence is about."""
    doc = hand_parsed("fr", [
        ("«", "«", "PUNCT", "punct", 1, "O", "", True), ("Non", "non", "ADV", "ROOT", 1, "O", "", False),
        (".", ".", "PUNCT", "punct", 1, "O", "", True), ("»", "»", "PUNCT", "punct", 1, "O", "", True),
        ("Professeure", "professeur", "NOUN", "nsubj", 10, "O", "Gender=Fem|Number=Sing", True),
        ("de", "de", "ADP", "case", 6, "O", "", True), ("droit", "droit", "NOUN", "nmod", 4, "O", "", False),
        (",", ",", "PUNCT", "punct", 8, "O", "", True), ("Anne", "Anne", "PROPN", "conj", 4, "B-PER", "", True),
        ("Morel", "Morel", "PROPN", "flat:name", 8, "I-PER", "", True),
        ("voit", "voir", "VERB", "ROOT", 10, "O", _FINITE, True), ("un", "un", "DET", "det", 12, "O", "", True),
        ("tournant", "tournant", "NOUN", "obj", 10, "O", "", False), (".", ".", "PUNCT", "punct", 10, "O", "", False)])
    text = doc.text
    [span] = find_quote_spans(text, [Block(kind="paragraph", start=0, end=len(text), text=text)])
    cue = find_cue(doc, [t.idx for t in doc], span, lang=get_language_data("fr"))
    assert cue is not None and cue.speaker is not None and (cue.how, cue.speaker.text) == ("next", "Anne")


def test_a_relative_pronoun_hung_beside_a_subject_is_not_the_main_subject() -> None:
    """"La mairie, qui devra payer, indique …": the parser made the relative clause's verb the root and hung the
    noun and "qui" on it as two subjects, the speech verb a conjunct (as in fr-press articles); the noun speaks."""
    doc = hand_parsed("fr", [
        ("La", "le", "DET", "det", 1, "O", "", True), ("mairie", "mairie", "NOUN", "nsubj", 4, "O", "", False),
        (",", ",", "PUNCT", "punct", 4, "O", "", True),
        ("qui", "qui", "PRON", "nsubj", 4, "O", "PronType=Rel", True),
        ("devra", "devoir", "VERB", "ROOT", 4, "O", _FINITE, True),
        ("payer", "payer", "VERB", "xcomp", 4, "O", "VerbForm=Inf", False),
        (",", ",", "PUNCT", "punct", 7, "O", "", True), ("indique", "indiquer", "VERB", "conj", 4, "O", _FINITE, True),
        ("son", "son", "DET", "det", 9, "O", "", True), ("refus", "refus", "NOUN", "obj", 7, "O", "", False),
        (".", ".", "PUNCT", "punct", 4, "O", "", False)])
    assert subject_of(doc[7]).text == "mairie"


def test_a_noun_with_a_preposition_hung_beside_a_subject_is_its_complement() -> None:
    """"Un ingénieur d'une entreprise locale se montre prudent" parsed with both nouns as subjects of the verb (as in
    a fr-press article): a subject has no preposition, so the first noun is the subject."""
    doc = hand_parsed("fr", [
        ("Un", "un", "DET", "det", 1, "O", "", True), ("ingénieur", "ingénieur", "NOUN", "nsubj", 7, "O", "", False),
        ("d'", "de", "ADP", "case", 4, "O", "", False), ("une", "un", "DET", "det", 4, "O", "", True),
        ("entreprise", "entreprise", "NOUN", "nsubj", 7, "O", "", True),
        ("locale", "local", "ADJ", "amod", 4, "O", "", True), ("se", "se", "PRON", "obj", 7, "O", "", True),
        ("montre", "montrer", "VERB", "ROOT", 7, "O", _FINITE, True),
        ("prudent", "prudent", "ADJ", "xcomp", 7, "O", "", False), (".", ".", "PUNCT", "punct", 7, "O", "", False)])
    assert subject_of(doc[7]).text == "ingénieur"


def test_a_finite_verb_hung_on_a_fronted_complement_has_the_name_set_off_after_it_as_subject() -> None:
    """"Dans un communiqué publié lundi, Michelin Aircraft Tyres rappelle …" parsed with the complement as the
    root, the name as its apposition and the verb as its clause (as in a fr-press article): the company speaks."""
    doc = hand_parsed("fr", [
        ("Dans", "dans", "ADP", "case", 2, "O", "", True), ("un", "un", "DET", "det", 2, "O", "", True),
        ("communiqué", "communiqué", "NOUN", "ROOT", 2, "O", "", True),
        ("publié", "publier", "VERB", "acl", 2, "O", "Tense=Past|VerbForm=Part", True),
        ("lundi", "lundi", "NOUN", "obl:mod", 3, "O", "", False), (",", ",", "PUNCT", "punct", 2, "O", "", True),
        ("Michelin", "Michelin", "PROPN", "appos", 2, "B-ORG", "", True),
        ("Aircraft", "Aircraft", "PROPN", "flat:name", 6, "I-ORG", "", True),
        ("Tyres", "Tyres", "PROPN", "flat:name", 6, "I-ORG", "", True),
        ("rappelle", "rappeler", "VERB", "acl", 2, "O", _FINITE, True),
        ("ses", "son", "DET", "det", 11, "O", "", True), ("offres", "offre", "NOUN", "obj", 9, "O", "", False),
        (".", ".", "PUNCT", "punct", 2, "O", "", False)])
    assert subject_of(doc[9]).text == "Michelin"


def test_a_colon_clause_the_parser_ran_into_the_quote_is_spoken_by_its_person() -> None:
    """"Même ligne chez Me Sophie Lantier, l'avocate de Marc Devaux : « … »" parsed with the quote's verb as the
    sentence's root: the person named before the colon outside a complement (not Marc Devaux) speaks."""
    doc = hand_parsed("fr", [
        ("Même", "même", "ADV", "advmod", 1, "O", "", True), ("ligne", "ligne", "NOUN", "obl:mod", 17, "O", "", True),
        ("chez", "chez", "ADP", "case", 3, "O", "", True), ("Me", "me", "NOUN", "obl:mod", 1, "B-PER", "", True),
        ("Sophie", "Sophie", "PROPN", "appos", 3, "I-PER", "", True),
        ("Lantier", "Lantier", "PROPN", "flat:name", 4, "I-PER", "", False),
        (",", ",", "PUNCT", "punct", 8, "O", "", True), ("l'", "le", "DET", "det", 8, "O", "", False),
        ("avocate", "avocat", "NOUN", "conj", 3, "O", "", True), ("de", "de", "ADP", "case", 10, "O", "", True),
        ("Marc", "Marc", "PROPN", "nmod", 8, "B-PER", "", True),
        ("Devaux", "Devaux", "PROPN", "flat:name", 10, "I-PER", "", True),
        (":", ":", "PUNCT", "punct", 8, "O", "", True), ("«", "«", "PUNCT", "punct", 17, "O", "", True),
        ("Mon", "mon", "DET", "det", 15, "O", "", True), ("client", "client", "NOUN", "nsubj", 17, "O", "", True),
        ("a", "avoir", "AUX", "aux:tense", 17, "O", _FINITE, True),
        ("gagné", "gagner", "VERB", "ROOT", 17, "O", "VerbForm=Part", False),
        (".", ".", "PUNCT", "punct", 17, "O", "", True), ("»", "»", "PUNCT", "punct", 17, "O", "", False)])
    [span] = find_quote_spans(doc.text, [Block(kind="paragraph", start=0, end=len(doc.text), text=doc.text)])
    cue = find_cue(doc, [t.idx for t in doc], span, lang=get_language_data("fr"))
    assert cue is not None and cue.how == "colon" and cue.speaker is not None and cue.speaker.text == "Lantier"


def test_a_person_subject_quoting_words_of_its_own_speaks_for_the_quote_opening_the_paragraph() -> None:
    text = ("« Ma cliente a servi de paravent. » L'avocate de la gérante, Me Claire Rostand, a fustigé une "
            "direction qui « savait tout depuis des mois ».")
    doc = parse("fr", text)
    first = find_quote_spans(doc.text, [Block(kind="paragraph", start=0, end=len(text), text=text)])[0]
    cue = find_cue(doc, [t.idx for t in doc], first, lang=get_language_data("fr"))
    assert cue is not None and cue.speaker is not None
    assert (cue.how, cue.speaker.text) == ("next", "avocate")


def test_a_reported_clause_taken_for_the_root_leaves_the_speech_verb_the_subject_before_it() -> None:
    """"Le ministère a, de son côté, assuré que la crue « est en recul »": the parser made the reported clause the
    root and hung both subjects on it (as in fr-press articles); the ministry speaks, not the flood."""
    participle = "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"
    text = "Le ministère a, de son côté, assuré que la crue « est en recul »."
    doc = hand_parsed("fr", [
        ("Le", "le", "DET", "det", 1, "O", "", True), ("ministère", "ministère", "NOUN", "nsubj", 15, "O", "", True),
        ("a", "avoir", "AUX", "aux:tense", 15, "O", _FINITE, False), (",", ",", "PUNCT", "punct", 6, "O", "", True),
        ("de", "de", "ADP", "case", 6, "O", "", True), ("son", "son", "DET", "det", 6, "O", "", True),
        ("côté", "côté", "NOUN", "nsubj:pass", 15, "O", "", False), (",", ",", "PUNCT", "punct", 6, "O", "", True),
        ("assuré", "assurer", "VERB", "acl", 6, "O", participle, True),
        ("que", "que", "SCONJ", "mark", 15, "O", "", True), ("la", "le", "DET", "det", 11, "O", "", True),
        ("crue", "crue", "NOUN", "nsubj", 15, "O", "", True), ("«", "«", "PUNCT", "punct", 15, "O", "", True),
        ("est", "être", "AUX", "cop", 15, "O", _FINITE, True), ("en", "en", "ADP", "case", 15, "O", "", True),
        ("recul", "recul", "NOUN", "ROOT", 15, "O", "", True), ("»", "»", "PUNCT", "punct", 15, "O", "", False),
        (".", ".", "PUNCT", "punct", 15, "O", "", False)])
    assert doc.text == text
    [span] = find_quote_spans(text, [Block(kind="paragraph", start=0, end=len(text), text=text)])
    cue = find_cue(doc, [t.idx for t in doc], span, lang=get_language_data("fr"))
    assert cue is not None and cue.speaker is not None
    assert (cue.how, cue.word, cue.speaker.text) == ("before", "assurer", "ministère")


_PAST = "Tense=Past|VerbForm=Fin"
_NEXT_PARAGRAPH_OPENINGS = [
    # (the next paragraph's rows, heads counted from its first word; the speaker's word)
    # "That was how X summed up …" with the copula parsed as a clause of the verb of manner (as in en articles)
    ([("That", "that", "PRON", "nsubj", 1, "O", "Number=Sing|PronType=Dem", True),
      ("was", "be", "AUX", "advcl", 10, "O", _PAST, True), ("how", "how", "SCONJ", "advmod", 4, "O", "", True),
      ("Crown", "Crown", "PROPN", "compound", 4, "B-ORG", "", True),
      ("counsel", "counsel", "NOUN", "attr", 1, "O", "", False), (",", ",", "PUNCT", "punct", 10, "O", "", True),
      ("Advocate", "Advocate", "PROPN", "compound", 8, "O", "", True),
      ("Mpho", "Mpho", "PROPN", "compound", 8, "B-PERSON", "", True),
      ("Letsie", "Letsie", "PROPN", "nsubj", 10, "I-PERSON", "", False), (",", ",", "PUNCT", "punct", 8, "O", "", True),
      ("summed", "sum", "VERB", "ROOT", 10, "O", _PAST, True), ("up", "up", "ADP", "prt", 10, "O", "", True),
      ("the", "the", "DET", "det", 13, "O", "", True), ("case", "case", "NOUN", "dobj", 10, "O", "", False),
      (".", ".", "PUNCT", "punct", 10, "O", "", False)], "Letsie"),
    # "Long title of X, First Last, used that line": the name set off before the verb, tagged as a body's and
    # hung on the title's complement, is who used the words
    ([("Minister", "Minister", "PROPN", "nsubj", 9, "O", "", True), ("of", "of", "ADP", "prep", 0, "O", "", True),
      ("State", "State", "PROPN", "pobj", 1, "O", "", True), ("for", "for", "ADP", "prep", 2, "O", "", True),
      ("Fisheries", "Fisheries", "PROPN", "pobj", 3, "B-ORG", "", False),
      (",", ",", "PUNCT", "punct", 4, "O", "", True), ("Kerline", "Kerline", "PROPN", "compound", 7, "B-ORG", "", True),
      ("Harrigan-Joseph", "harrigan-joseph", "NOUN", "appos", 4, "I-ORG", "", False),
      (",", ",", "PUNCT", "punct", 0, "O", "", True), ("used", "use", "VERB", "ROOT", 9, "O", _PAST, True),
      ("that", "that", "DET", "det", 11, "O", "PronType=Dem", True),
      ("line", "line", "NOUN", "dobj", 9, "O", "", False), (".", ".", "PUNCT", "punct", 9, "O", "", False)],
     "Harrigan-Joseph"),
    # "Those were the words of X, in a statement read by Y", the parser making the participle the root and the
    # copula its clause: the demonstrative opening the sentence still points back, X is whose words they were
    ([("Those", "those", "PRON", "nsubj", 1, "O", "Number=Plur|PronType=Dem", True),
      ("were", "be", "AUX", "ccomp", 11, "O", _PAST, True), ("the", "the", "DET", "det", 3, "O", "", True),
      ("words", "word", "NOUN", "attr", 1, "O", "", True), ("of", "of", "ADP", "prep", 3, "O", "", True),
      ("Mr", "Mr", "PROPN", "compound", 6, "O", "", True), ("Reid", "Reid", "PROPN", "pobj", 4, "B-PERSON", "", False),
      (",", ",", "PUNCT", "punct", 11, "O", "", True), ("in", "in", "ADP", "prep", 11, "O", "", True),
      ("a", "a", "DET", "det", 10, "O", "", True), ("statement", "statement", "NOUN", "pobj", 8, "O", "", True),
      ("read", "read", "VERB", "ROOT", 11, "O", _PAST, True), ("by", "by", "ADP", "agent", 11, "O", "", True),
      ("Ms", "Ms", "PROPN", "compound", 14, "O", "", True),
      ("Holt", "Holt", "PROPN", "pobj", 12, "B-PERSON", "", False),
      (".", ".", "PUNCT", "punct", 11, "O", "", False)], "Reid"),
]


@pytest.mark.parametrize(("rows", "speaker"), _NEXT_PARAGRAPH_OPENINGS)
def test_the_paragraph_after_a_quote_of_its_own_names_its_speaker_whatever_the_parse(
        rows: list[tuple[str, str, str, str, int, str, str, bool]], speaker: str) -> None:
    """A quote that is a paragraph of its own (“Nobody asked.”), the next paragraph parsed as the rows say."""
    opening = [("\u201c", "\u201c", "PUNCT", "punct", 2, "O", "", False),
               ("Nobody", "nobody", "PRON", "nsubj", 2, "O", "", True),
               ("asked", "ask", "VERB", "ROOT", 2, "O", _PAST, False),
               (".", ".", "PUNCT", "punct", 2, "O", "", False),
               ("\u201d", "\u201d", "PUNCT", "punct", 2, "O", "", False),
               ("\n\n", "\n\n", "SPACE", "dep", 4, "O", "", False)]
    shifted = [(*row[:4], row[4] + len(opening), *row[5:]) for row in rows]
    doc = hand_parsed("en", [*opening, *shifted])
    [span] = find_quote_spans(doc.text, [Block(kind="paragraph", start=0, end=5 + len("Nobody asked."),
                                               text=doc.text[:5 + len("Nobody asked.")])])
    cue = find_cue(doc, [t.idx for t in doc], span, lang=get_language_data("en"))
    assert cue is not None and cue.speaker is not None
    assert (cue.how, cue.speaker.text) == ("next", speaker)
