"""French language data: speech verbs, pronouns, titles and roles, demonyms, cue words, stop words."""

from __future__ import annotations

from newsbrief.lang.given_names import GIVEN_NAME_LAST_FAMILIES  # noqa: F401 - read by names
from newsbrief.lang.given_names import GIVEN_NAMES as SHARED_GIVEN_NAMES
from newsbrief.lang.media import MEDIA, MEDIA_ARTICLES, MEDIA_WORDS  # noqa: F401 - read by themes, entities
from newsbrief.lang.org_words import ORGANISATION_ENDINGS
from newsbrief.lang.synonyms import SYNONYMS as SHARED_SYNONYMS

#: Lemmas of verbs that report speech or writing ("« … », affirme X"; "X a déclaré : « … »"); reflexive ones
#: as "s'inquiéter" / "se_réjouir" (matched when the verb has its "se").
SPEECH_VERBS = frozenset("""
dire affirmer déclarer estimer ajouter souligner rappeler insister reconnaître marteler préciser expliquer
indiquer assurer lancer juger dénoncer qualifier prévenir conclure interroger demander répondre répliquer
annoncer confier raconter admettre avouer regretter déplorer promettre avertir noter observer poursuivre
martele réagir commenter résumer plaider réclamer exiger appeler lâcher glisser ironiser tempérer nuancer
relever signaler témoigner écrire tweeter publier confirmer démentir nier contester critiquer fustiger
saluer féliciter se_féliciter protester s'insurger s'indigner se_réjouir s'alarmer s'étonner s'emporter
se_plaindre se_lamenter se_désoler s'amuser s'agacer s'esclaffer se_souvenir sourire soupirer plaisanter
tacler cingler souffler redouter récuser décrypter convenir certifier abonder fulminer pester grincer claironner
persifler se_moquer scander apprendre attaquer
accuser revendiquer proclamer déclarer
affirmer soutenir considérer penser croire espérer craindre s'inquiéter évoquer mentionner citer
souhaiter exhorter révéler confier parler interpeller répéter reprendre enchaîner continuer conclure résumer avancer
défendre justifier argumenter alerter mettre_en_garde assurer garantir jurer clamer s'exclamer
s'écrier murmurer chuchoter crier hurler lire écrire décrire définir présenter qualifier
rétorquer objecter riposter renchérir enchérir trancher tonner asséner concéder confesser reconnaître
réitérer relativiser minimiser réfuter rectifier détailler développer informer dévoiler avancer pointer
constater analyser condamner reprocher railler moquer menacer supplier implorer questionner plaider
anticiper pronostiquer prédire parier tancer balayer trancher s'impatienter s'interroger se_désoler
tempêter rager s'énerver maugréer grogner exprimer assumer
""".split())

#: Speech verbs of the one answering in an exchange ("a-t-il répondu", "répond le prévenu"): see
#: exchanges.attribute_exchange_turns.
REPLYING_VERBS = frozenset({"répondre", "rétorquer", "répliquer", "riposter"})

#: Speech verbs of a speaker going on ("« … », ajoute l'agriculteur" right after the farmer's named quote): a
#: description no rule resolves, in their cue, is the speaker of the quote just before (see
#: exchanges.description_in_exchange).
CONTINUING_VERBS = frozenset({"ajouter", "poursuivre", "renchérir", "enchaîner", "compléter", "conclure"})

#: Auxiliaries, with the tense of theirs, that set a clause in the background of the story (the pluperfect: "X avait
#: pourtant assuré que …", "Y était venu en voisin"): its subject is no topic a pronoun cue after it takes up when
#: the paragraph's earlier sentences give another (see speakers.SpeakerResolver._antecedent).
BACKGROUND_AUXILIARIES = {"avoir": "Imp", "être": "Imp"}

#: Tenses of a finite main verb that describe a scene rather than move the story on (the imperfect: "Y se tenait à
#: ses côtés"), but for speech verbs.
BACKGROUND_TENSES = frozenset({"Imp"})

#: Speech verbs of a speaker pressing the other side after an answer ("X lui a répondu que …. « … », a-t-elle
#: insisté": the one X answered; see exchanges.pressing_after_answer).
PRESSING_VERBS = frozenset({"insister"})

#: Verbs whose subject speaks through the speech infinitive they govern ("on se contente de rappeler que « … »", "la
#: préfecture se borne à indiquer que « … »", "il tient à souligner"): the infinitive is the cue, with their subject.
#: Also the lemmas the tagger gives "contente" and "borne" (read as the adjective and the noun).
SPEAKING_CONTROL_VERBS = frozenset({"contenter", "content", "borner", "borne", "limiter", "tenir"})

#: Verbs of commitment or restraint whose quoted infinitive complement gives their subject's own words ("Le wali s'est
#: engagé, selon les syndicats, à « saisir … »", "Le gouvernement s'est borné à « prendre note »"): the subject
#: speaks, a source marker only tells who reported it. Also the lemma the tagger gives "borné" read as an adjective.
COMMITTING_VERBS = frozenset({"engager", "borner", "borné", "contenter", "limiter", "promettre", "jurer"})

#: Verbs that report speech only in an incise right after the quote, as an interviewer presses a guest or a judge
#: cuts a lawyer short ("« … ? », l'a relancée X", "« Maître, concluez », coupe la présidente", "l'interrompt le
#: juge"); elsewhere they name acts ("relancer l'économie", "rebondir sur un dossier", "couper le courant").
INCISE_SPEECH_VERBS = frozenset({"relancer", "rebondir", "embrayer", "couper", "interrompre", "recadrer", "corriger"})

#: Titles that, set off at a quote's edge or by a comma, address someone by name (« Monsieur Mérignac, comment
#: expliquez-vous … ? », « …, madame Roux ? »): the one a question so addressed asks, whose answer follows (see
#: exchanges.answerer).
ADDRESS_TITLES = frozenset({"monsieur", "madame", "mademoiselle", "maître"})
#: Words of the second person: a question holding one asks someone, so the answer that follows is not the asker's.
SECOND_PERSON_WORDS = frozenset({"vous", "votre", "vos", "tu", "te", "t'", "t’", "toi", "ton", "ta", "tes"})

#: A trial report's defendant: the person it has appear in court or be tried ("X a comparu mardi", "Jugé pour
#: diffamation, X …"), whom "le prévenu" then takes up; in such a report the presiding judge ("la présidente,
#: Y", or "la présidente de la chambre") is one of its magistrates ("reprend la magistrate").
DEFENDANT_VERBS = frozenset({"comparaître"})
DEFENDANT_PARTICIPLES = frozenset({"jugé", "jugée", "jugés", "jugées", "poursuivi", "poursuivie", "poursuivis",
                                   "poursuivies", "inculpé", "inculpée", "inculpés", "inculpées"})
DEFENDANT_ROLE = "prévenu"
#: Verbs of a trial naming a defendant after "contre" ("le procureur a requis deux ans contre X").
ACCUSING_VERBS = frozenset({"requérir"})
#: The role of the person named as the subject of such a verb ("X a requis dix ans contre Y"): the prosecution's.
ACCUSER_ROLE = "procureur"
AGAINST_WORDS = frozenset({"contre"})
#: In a trial report, a body that speaks at the hearing through one of the article's people: "le parquet a requis"
#: is the prosecutor the article names, as is « le ministère public » (a noun and its adjective).
HEARING_VOICES = {"parquet": "procureur", "ministère public": "procureur"}
#: Role nouns of someone who speaks for another: « la représentante du ministère public » holds the role of the
#: hearing voice she represents (``HEARING_VOICES``), the prosecutor's.
DELEGATE_NOUNS = frozenset({"représentant", "représentante"})
PRESIDING_ROLE = ("président", "magistrat")
#: The officers of a court, whom a trial report names beside its defendant: none of them is the defendant.
COURT_ROLES = frozenset({"président", "juge", "magistrat", "procureur", "substitut", "avocat", "greffier"})
COURT_WORDS = frozenset({"tribunal", "cour", "chambre", "audience", "juridiction", "assises"})
#: A lawyer speaks of the person defended as « mon client » / « ma cliente » (a shop's customers are plural: « mes
#: clientes »): a quote that does is said by a lawyer (``COUNSEL_ROLE``, the role "Me X" gives).
CLIENT_WORDS = ("mon client", "ma cliente", "notre client", "notre cliente")
COUNSEL_ROLE = "avocat"

#: Verb forms that give the name after them (or after "par"), or their subject, a role ("l'association que préside
#: X", "présidée par X", "X, qui préside la commission" -> "son président"; "X dirige le syndicat" -> "le
#: directeur", a dirigeant of its kind).
ROLE_VERB_FORMS = {**{form: "président" for form in ("préside", "présidait", "présidé", "présidée", "présidés",
                                                     "présidées", "présidera")},
                   **{form: "directeur" for form in ("dirige", "dirigeait", "dirigé", "dirigée", "dirigés", "dirigées",
                                                     "dirigera", "dirigent")}}

#: Nouns for holding an office that give the role to the person in their complement (« sous la présidence de la
#: ministre X » -> "président"), and the prepositions that open that complement.
ROLE_NOUN_FORMS = {"présidence": "président"}
ROLE_NOUN_LINKS = frozenset({"de", "du", "d'", "d’"})

#: A subject noun phrase is taken up by a pronoun set off by commas ("L'opposition, elle, dénonce …").
LEFT_DISLOCATION = True

#: The article elided before a vowel, which shows no gender ("l'édile").
ELIDED_ARTICLES = frozenset({"l'", "l’"})

#: Words before an infinitive that reports a quote with its subject after it, in an incise (« … », de dire X;
#: « … », et d'ajouter X), and the conjunction that may open it.
INFINITIVE_INCISE_MARKERS = frozenset({"de", "d'", "d’"})
COORDINATORS = frozenset({"et"})

#: Speech verbs whose object is a description rather than the words ("X qualifie Y de « … »").
LABELLING_VERBS = frozenset({"qualifier", "décrire", "définir", "présenter", "traiter"})

#: Labelling verbs that report words only with their labelling word (« présenter X comme … ») when their subject
#: cannot speak; with an object and without it they show or fix (« le bilan présente des « anomalies » »).
LABELLING_COMPLEMENTS = {"présenter": frozenset({"comme"}), "définir": frozenset({"comme"})}

#: Speech verbs that report nothing with a complement of these prepositions ("relever de": belong to).
NON_SPEECH_PREPOSITIONS = {"relever": frozenset({"de", "du", "des", "d'", "d’"})}

#: The preposition of a passive agent ("une réponse jugée « insuffisante » par X").
AGENT_MARKERS = frozenset({"par"})

#: Speech verbs whose object, not subject, is the speaker ("le journal cite un diplomate").
QUOTING_VERBS = frozenset({"citer"})

#: Speech verbs whose participle tells who was asked, not who speaks ("Interrogé par Le Figaro, X juge").
ASKING_VERBS = frozenset({"interroger", "questionner", "demander", "solliciter", "contacter", "joindre"})

#: Speech verbs whose object is the one addressed, never the speaker ("told Sky News").
ADDRESSING_VERBS: frozenset[str] = frozenset()

#: Verbs whose subject pronoun is always impersonal: nobody ("Faut-il craindre une suppression ?"); not "sembler" or
#: "paraître", whose "il" may be a person ("Il semble serein").
IMPERSONAL_VERBS = frozenset({"falloir"})

#: Verbs whose "il" the parser reads as an expletive and is one in their common impersonal uses ("il s'agit de",
#: "il y a", "il reste", "il semble que"): no person a sentence is about; with another verb, an "il" or "elle" the
#: parser took for an expletive is the subject ("Il regrette que …").
IMPERSONAL_USES = frozenset({"falloir", "agir", "avoir", "sembler", "paraître", "rester", "suffire", "exister",
                             "manquer", "arriver", "valoir", "convenir", "importer", "être", "faire", "pleuvoir"})

#: Words opening a phrase that sets someone else beside the subject: compares them, names a companion, an
#: opponent, an onlooker or one who spoke before ("Comme la députée X, elle réclame …", "Avec sa voisine, Carla
#: X, qui …, elle a lancé …", "Contre X, elle a requis …", "Puis, sous le regard de la présidente X, elle a
#: requis …", "Face à X, il …"): that someone is not the subject.
COMPARISON_OPENERS = frozenset({"comme", "avec", "contrairement", "contre", "face", "devant", "sous", "derrière",
                                "après", "malgré"})

#: Words that attribute a quote to what follows them ("selon X", "d'après X", "pour X").
SOURCE_MARKERS = frozenset({"selon", "d'après", "d’après", "pour"})

#: A preposition and the relative pronoun after it that open a view set off after a noun: "M. X, pour qui il
#: s'agit de « … »" gives X's view, as "selon X" would.
VIEW_RELATIVES = frozenset({("pour", "qui"), ("pour", "lequel"), ("pour", "laquelle"), ("pour", "lesquels"),
                            ("pour", "lesquelles")})

#: Nouns that name a source after "par la" ("par la voix de son ambassadeur"), and the prepositions before them
#: ("dans la bouche de la ministre", "sous la plume de l'éditorialiste").
VOICE_NOUNS = frozenset({"voix", "bouche", "plume"})
VOICE_PREPOSITIONS = frozenset({"par", "dans", "sous"})

#: Personal pronouns that can stand for a speaker, with grammatical number.
PRONOUNS = {"il": "sg", "elle": "sg", "ils": "pl", "elles": "pl", "lui": "sg", "eux": "pl", "celui-ci": "sg",
            "celle-ci": "sg", "ce dernier": "sg", "cette dernière": "sg", "on": "sg",
            "celui": "sg", "celle": "sg", "dernier": "sg", "dernière": "sg"}  # "celui qui …", "ce dernier"

#: Possessives meaning "his/her words" ("selon ses termes").
POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs"})

#: Possessives of a plural owner, taken up like "ils" ("Leur rapport décrit …": the group named before).
PLURAL_POSSESSIVES = frozenset({"leur", "leurs"})

#: Possessives that never stand for a person (none: "son", "sa" take up a person or a body alike).
NON_PERSONAL_POSSESSIVES: frozenset[str] = frozenset()
#: Nouns of kinship: "son épouse Sandrine" names a relative, whom a later "son épouse" takes up.
KINSHIP_NOUNS = frozenset({"épouse", "époux", "mari", "femme", "compagne", "compagnon", "conjoint", "conjointe",
                           "fils", "fille", "frère", "sœur", "père", "mère", "oncle", "tante", "neveu", "nièce"})
#: Nouns of kinship that tell the relative's gender: a name set off after one ("son fils, Mateo,") is a man's or
#: a woman's, whatever the given name. Wider than ``KINSHIP_NOUNS`` (petit-fils, veuf…); merging the two
#: would change what ``KINSHIP_NOUNS`` reads, so they stay apart until measured.
KINSHIP_GENDERS = {**dict.fromkeys("""époux mari compagnon fils frère père oncle neveu petit-fils grand-père veuf
                   beau-père""".split(), "Masc"),
                   **dict.fromkeys("""épouse compagne fille sœur mère tante nièce petite-fille grand-mère veuve
                   belle-mère""".split(), "Fem")}

#: Abbreviated titles the tokenizer must keep whole (none: the French model keeps "M.", "Mme", "Me" whole).
TITLE_ABBREVIATIONS: tuple[str, ...] = ()

#: Titles before a name (never part of the canonical name), with the local ones: « le bourgmestre X »,
#: « l'échevine X » (Belgium), « l'édile X » (a mayor), « la conseillère municipale X », « le préfet X »,
#: « l'eurodéputée X ».
TITLES = frozenset("""
m. mm. mme mmes mlle me dr dre pr pre président présidente ministre premier première chancelier chancelière
sénateur sénatrice député députée maire général générale colonel capitaine juge procureur procureure
roi reine prince princesse pape cheikh émir monseigneur mgr saint sainte ambassadeur ambassadrice
secrétaire gouverneur gouverneure commissaire porte-parole directeur directrice patron patronne
professeur professeure
bourgmestre échevin échevine édile conseiller conseillère préfet préfète eurodéputé eurodéputée
abbé cardinal archevêque évêque curé chanoine bâtonnier bâtonnière adjudant adjudant-chef sergent brigadier
amiral vice-amiral contre-amiral docteur recteur rectrice doyen doyenne
""".split())

#: Words that qualify a title into a role's name ("Vice-Premier ministre", "Haut Représentant"): a phrase of these
#: and titles only names no one.
ROLE_MODIFIERS = frozenset({"vice", "haut", "haute", "grand", "grande", "ancien", "ancienne"})

#: The role an abbreviated title before a name gives ("le Pr X" is a professor, later "l'universitaire"; "Me X",
#: Maître, is a lawyer, later "l'avocat", "son conseil").
ABBREVIATED_ROLES = {"pr": "professeur", "pr.": "professeur", "me": "avocat", "me.": "avocat"}

#: The roles the press abbreviates to an acronym it seldom defines (« l'ancien DG » after « X, directeur général
#: de l'office »; « la DRH », « le DGS »): a later « le DG » takes up the person the article gave the spelt-out role.
ROLE_ACRONYMS = dict.fromkeys(("dg", "dga", "dgs", "drh", "daf", "dsi"), ("directeur", "directrice")) \
    | dict.fromkeys(("pdg", "p-dg"), ("pdg", "président", "présidente"))  # « présidente-directrice générale »

#: Role nouns that describe a person and may stand for a named speaker ("le président kazakhstanais").
ROLE_NOUNS = frozenset("""
président présidente ministre premier chef chancelier chancelière porte-parole dirigeant dirigeante
sénateur sénatrice député députée maire général diplomate ambassadeur ambassadrice secrétaire gouverneur
juge procureur procureure vice-procureur vice-procureure consul consule avocat avocate directeur directrice
patron patronne responsable leader
candidat candidate commissaire roi reine pape émir syndicaliste conseiller conseillère négociateur
négociatrice représentant représentante opposant opposante militant militante chercheur chercheuse
expert experte analyste économiste auteur autrice journaliste fondateur fondatrice entraîneur entraîneuse
joueur joueuse producteur productrice comédien comédienne acteur actrice écrivain écrivaine
rapporteur rapporteure élu élue parlementaire vice-président vice-présidente cheffe pdg fondateur médiateur
médiatrice émissaire envoyé envoyée délégué déléguée observateur observatrice historien historienne
politologue sociologue juriste spécialiste professeur professeure magistrat magistrate enquêteur enquêtrice
policier policière militaire officier commandant préfet préfète éditorialiste fonctionnaire témoin
habitant habitante victime survivant survivante source interlocuteur interlocutrice coordinateur coordinatrice
secrétaire-général gouverneure mairesse sénatrice ambassadrice économiste chercheuse
réalisateur réalisatrice cinéaste artiste romancier romancière philosophe médecin infirmier infirmière
chirurgien chirurgienne scientifique climatologue épidémiologiste démographe géographe entrepreneur
entrepreneuse agriculteur agricultrice éleveur éleveuse pêcheur ouvrier ouvrière salarié salariée enseignant
enseignante étudiant étudiante commerçant commerçante riverain riveraine électeur électrice citoyen citoyenne
manifestant manifestante activiste dissident dissidente réfugié réfugiée otage prisonnier prisonnière détenu
détenue adjoint adjointe coprésident coprésidente trésorier trésorière capitaine colonel soldat sélectionneur
sélectionneuse athlète chanteur chanteuse musicien musicienne photographe reporter correspondant
correspondante rédacteur rédactrice éditeur éditrice banquier banquière consultant consultante stratège
gendarme pompier sauveteur sauveteuse secouriste urgentiste pharmacien pharmacienne ingénieur ingénieure
architecte homme femme personne proche homologue pontife souverain souveraine monarque cadre héritier héritière
successeur prédécesseur rival rivale allié alliée partisan
partisane garde républicain républicaine démocrate socialiste conservateur conservatrice travailliste écologiste
centriste libéral libérale communiste gaulliste insoumis insoumise macroniste souverainiste nationaliste
indépendantiste populiste intéressé intéressée milliardaire magnat locataire tribun ex-président ex-présidente
ex-ministre pénaliste défenseur participant participante convive invité invitée membre collaborateur
collaboratrice visiteur visiteuse marin navigant sapeur trentenaire quadragénaire quinquagénaire sexagénaire
septuagénaire octogénaire nonagénaire lieutenant lieutenant-colonel gradé eurodéputé eurodéputée agent agente
figure pasteur pasteure prêtre imam rabbin évêque ténor cacique baron baronne pilier voisin voisine collègue
édile bourgmestre mayeur mayeure maïeur maïeure syndic syndique universitaire cégétiste cédétiste
chrétien-démocrate libéral-radical libérale-radicale
social-démocrate sociale-démocrate agrarien agrarienne frontiste prévenu prévenue accusé accusée ceo
plaignant plaignante
administrateur administratrice gérant gérante substitut substitute employeur employeuse
fleuriste boulanger boulangère boucher bouchère libraire coiffeur coiffeuse restaurateur restauratrice cafetier
cafetière hôtelier hôtelière artisan artisane viticulteur viticultrice vigneron vigneronne maraîcher maraîchère
exportateur exportatrice importateur importatrice industriel industrielle négociant négociante buraliste
wali gréviste
""".split())

#: Endings of nouns for people by their trade or state ("technicienne", "infirmier", "chercheuse", "militante",
#: "retraitée"): with a definite article as the subject of a speech verb, such a noun no role list holds takes up
#: the one person the sentence before names ("Sandrine X dénonce … « … », s'indigne la technicienne").
AGENT_ENDINGS = ("ien", "ienne", "eur", "euse", "trice", "iste", "ier", "ière", "ant", "ante", "é", "ée", "aire")

#: Endings of the nouns of a person by trade, field or stance (« le cardiologue », « un transitaire », « la
#: pneumologue »): the head of a speaking description with one is a person though ``ROLE_NOUNS`` does not list it
#: (:func:`~newsbrief.roles.with_person_nouns`).
#: (``AGENT_ENDINGS`` less the participles' and the feminine-only ones, plus the fields' « -logue », « -iatre ».)
PERSON_SUFFIXES = ("logue", "iatre", *(e for e in AGENT_ENDINGS if e not in ("ière", "é", "ée")))

#: The endings of ``PERSON_SUFFIXES`` only masculine persons have as a lemma: a feminine noun with one is a thing
#: (« la valeur », « la peur »).
MASCULINE_PERSON_SUFFIXES = ("eur", "ier", "ien", "ant")

#: Nouns with a person's ending that are things, ideas, texts or firms (« le questionnaire », « le secteur »,
#: « le montant », « le géant »).
NON_PERSON_SUFFIXED = frozenset("""
catalogue dialogue prologue épilogue monologue décalogue liste piste
salaire commentaire inventaire itinéraire dictionnaire questionnaire anniversaire horaire formulaire sommaire
glossaire estuaire sanctuaire vocabulaire annuaire calvaire séminaire honoraire exemplaire affaire grammaire
primaire secondaire dispensaire vestiaire luminaire partenaire centenaire millénaire bicentenaire tertiaire
ordinaire contraire nécessaire aire chaire paire
secteur moteur serveur ordinateur capteur réacteur honneur bonheur malheur cœur labeur extérieur intérieur
détecteur compteur radiateur aspirateur transformateur accélérateur indicateur régulateur facteur fournisseur
assureur distributeur transporteur constructeur opérateur promoteur diffuseur annonceur émetteur agrégateur
dénominateur multiplicateur vecteur amplificateur générateur simulateur incubateur équateur
dossier quartier courrier papier métier chantier panier fichier clavier calendrier escalier sentier acier levier
collier cahier atelier palmier pommier encrier dernier denier grenier
lien bien soutien entretien chien maintien rien quotidien mien tien sien
montant restaurant carburant instant volant diamant aimant néant avant pendant chant gant géant calmant
colorant stimulant versant excédent composante variante constante tante
matrice cicatrice locomotrice perceuse tondeuse moissonneuse mitrailleuse veilleuse berceuse
""".split())

#: Role nouns a journalist uses in turn for the same person ("Camille Aubrac, économiste ..." then "la
#: chercheuse"): a description takes the last person given any role of its kind.
#: Descriptions that take up the person just talked about, not a role ("a rétorqué l'intéressé").
CONCERNED_NOUNS = frozenset({"intéressé", "intéressée"})

ROLE_KINDS = {word: kind for kind, words in {
    "expert": "chercheur chercheuse économiste analyste spécialiste expert experte politologue historien historienne "
              "sociologue juriste universitaire professeur professeure démographe géographe climatologue "
              "épidémiologiste scientifique philosophe",
    "film": "réalisateur réalisatrice cinéaste",
    "writer": "écrivain écrivaine auteur autrice romancier romancière",
    "press": "journaliste reporter correspondant correspondante éditorialiste",
    "activist": "militant militante activiste",
    "doctor": "médecin urgentiste chirurgien chirurgienne",
    "justice": "magistrat magistrate juge",
    "prosecution": "procureur procureure vice-procureur vice-procureure substitut substitute",
    "lawyer": "avocat avocate pénaliste défenseur",
    "sovereign": "pape pontife souverain souveraine roi reine monarque",
    "military": "officier capitaine colonel commandant lieutenant lieutenant-colonel général gradé",
    "parliament": "député députée eurodéputé eurodéputée parlementaire élu élue",
    "diplomacy": "diplomate ambassadeur ambassadrice consul consule émissaire",
    "mayor": "maire mairesse édile bourgmestre mayeur mayeure maïeur maïeure syndic syndique",
    "union": "syndicaliste délégué déléguée cégétiste cédétiste",
    "business": "patron patronne pdg ceo dirigeant dirigeante administrateur administratrice employeur employeuse "
                "directeur directrice",
    "defendant": "prévenu prévenue accusé accusée",
}.items() for word in words.split()}

#: Kinds of elected roles (``ROLE_KINDS``), whose holder is the member of a party and the representative of a
#: place: "l'élue de Thiès" names her constituency, and may take up "la députée X (Takku Wallu Sénégal)".
CONSTITUENCY_KINDS = frozenset({"parliament", "mayor"})

#: A nationality written with a capital after an article is a noun for a person ("la Ghanéenne Ama X"), never the
#: adjective of a body's name ("l'Union européenne").
CAPITALISED_DEMONYM_NOUNS = True

#: Role nouns that cover other kinds than their own ("la magistrate" takes up a prosecutor as well as a judge,
#: while "la procureure" never takes up the judge who presides the hearing).
ROLE_KIND_COVERS = {"magistrat": ("prosecution",), "magistrate": ("prosecution",)}

#: Capitalised words that class a body rather than name it, after a lower-case noun for that body (« la ministre
#: de tutelle de la société d'État », « une agence fédérale » is lower-case): no owner of a role.
BODY_CLASS_CAPITALS = frozenset({"etat"})

#: Nouns for a sitting of a body (« la présidente de la session », « le président de séance »): a role of the
#: sitting is the role its body's holder fills, so they do not qualify the role.
SITTING_NOUNS = frozenset({"session", "séance", "réunion", "plénière", "sommet"})

#: Nouns that class a business ("le patron du groupe namurois", "le patron du fabricant X"): they tell what the
#: role's owner is, not which of its roles it is, so they do not qualify the role.
BUSINESS_CLASS_NOUNS = frozenset({"groupe", "entreprise", "société", "fabricant", "constructeur", "firme",
                                  "compagnie", "enseigne", "start-up", "pme", "industriel", "équipementier",
                                  "fournisseur", "distributeur", "producteur", "exploitant", "opérateur"})

#: Endings of the words for a movement or party line ("le porte-parole péquiste X" … "le péquiste",
#: "l'indépendantiste"): one in a person's introduction stands for them later, whatever the party (see
#: :func:`newsbrief.roles.learn_roles`).
AFFILIATION_SUFFIXES = ("iste",)

#: Parties and unions, by a word of their name or their acronym as an article gives them, -> the nouns for their
#: members, which a journalist uses for a person the article ties to them ("Karim X, député LFI" … "l'insoumis",
#: "délégué CGT" … "le cégétiste", "Pieter X (CD&V)" … "le chrétien-démocrate"); in the plural they stand for
#: the party itself when the article names it ("les socialistes" -> "Parti socialiste").
MEMBER_NOUNS = {key: tuple(nouns.split()) for keys, nouns in {
    "lfi insoumise insoumis": "insoumis insoumise",
    "ps socialiste socialistes vooruit": "socialiste",
    "pcf communiste communistes": "communiste",
    "eelv écologistes écologiste ecolo groen verts": "écologiste",
    "lr républicains": "républicain républicaine",
    "rn frontiste": "frontiste",
    "modem centriste engagés": "centriste",
    "renaissance macroniste": "macroniste",
    "cgt cégétiste": "cégétiste",
    "cfdt cédétiste": "cédétiste",
    "plr libéral-radical libéraux-radicaux": "libéral-radical libérale-radicale",
    "udc agrarien": "agrarien agrarienne",
    "cd&v cdu chrétien-démocrate": "chrétien-démocrate",
    "spd social-démocrate": "social-démocrate sociale-démocrate",
    "mr libéral libéraux": "libéral libérale",
}.items() for key in keys.split()}

#: Prepositions whose person object, after a speaker's description, is the one spoken to, not an owner ("a
#: rétorqué l'élu social-démocrate à M. Oberle"; but "l'avocat de M. X" is X's).
ADDRESSEE_CASES = frozenset({"à"})

#: Cantons by the two-letter tag of a Swiss parliamentarian ("Thierry X (UDC/VD)") -> their name.
CANTON_TAGS = {"vd": "vaud", "ge": "genève", "be": "berne", "fr": "fribourg", "vs": "valais", "ne": "neuchâtel",
               "ju": "jura", "ti": "tessin", "zh": "zurich", "bs": "bâle", "bl": "bâle", "lu": "lucerne",
               "sg": "saint-gall", "ag": "argovie", "so": "soleure", "gr": "grisons"}

#: Cantons, regions and cities -> the nouns for their inhabitants, which stand for a person the article ties to
#: the place ("le conseiller national X (UDC/VD)" … "le Vaudois"; "le maire de Lyon" … "le Lyonnais"). Left out:
#: places whose noun is also a newspaper's or the place's own name ("Le Parisien", "la Corse").
PLACE_INHABITANTS = {place: tuple(nouns.split()) for place, nouns in {
    "vaud": "vaudois vaudoise", "genève": "genevois genevoise", "berne": "bernois bernoise",
    "fribourg": "fribourgeois fribourgeoise", "valais": "valaisan valaisanne",
    "neuchâtel": "neuchâtelois neuchâteloise", "jura": "jurassien jurassienne", "tessin": "tessinois tessinoise",
    "zurich": "zurichois zurichoise", "bâle": "bâlois bâloise", "lucerne": "lucernois lucernoise",
    "lausanne": "lausannois lausannoise", "lyon": "lyonnais lyonnaise", "marseille": "marseillais marseillaise",
    "toulouse": "toulousain toulousaine", "bordeaux": "bordelais bordelaise", "lille": "lillois lilloise",
    "nantes": "nantais nantaise", "nice": "niçois niçoise", "strasbourg": "strasbourgeois strasbourgeoise",
    "montpellier": "montpelliérain montpelliéraine", "rennes": "rennais rennaise",
    "grenoble": "grenoblois grenobloise",
    "anvers": "anversois anversoise", "bruxelles": "bruxellois bruxelloise",
    "liège": "liégeois liégeoise", "namur": "namurois namuroise", "gand": "gantois gantoise",
    "flandre": "flamand flamande", "wallonie": "wallon wallonne", "bretagne": "breton bretonne",
    "alsace": "alsacien alsacienne", "normandie": "normand normande",
    "québec": "québécois québécoise", "montréal": "montréalais montréalaise", "dakar": "dakarois dakaroise",
}.items()}

#: Lower-case nouns of a place's office or people, whose complement (after ``PLACE_OF_LINKS``) is a place
#: ("la maire de Bordes", "les habitants d'Oisemont", « originaire de Iasi », « les quartiers de Rigaud »),
#: whatever the model says of the name.
PLACE_OF_NOUNS = frozenset({"maire", "mairesse", "commune", "ville", "village", "habitants", "habitant", "habitante",
                            "mairie", "préfet", "préfète", "canton", "agglomération", "originaire", "originaires",
                            "natif", "native", "natifs", "natives", "quartier", "quartiers", "port",
                            "circonscription", "arrondissement", "banlieue", "hameau", "localité"})
PLACE_OF_LINKS = frozenset({"de", "d'", "du", "des"})  # "la préfète des Vosges", "le maire du Havre"
#: Articles a place's name may take after the link (« le quartier de l'Alma », « la commune de La Baule »)
PLACE_OF_ARTICLES = frozenset({"l'", "la", "le", "les"})
#: Nouns of a place's kind: a name a copula says is one (« X reste une petite ville ouvrière ») is a place's,
#: though the model reads a person's
PLACE_KIND_NOUNS = frozenset({"ville", "village", "commune", "quartier", "lac", "fleuve", "rivière", "île", "port",
                              "bourg", "hameau", "banlieue", "région", "localité", "cité"})
#: Nouns of an area that a code names (« la sous-division 3Ps », « le secteur B12 »): a code beside one of them
#: is a place's name, which the text then writes alone too
CODE_AREA_NOUNS = frozenset({"zone", "secteur", "division", "sous-division", "quartier", "arrondissement", "district",
                             "îlot"})
#: Verbs that say what their subject is (« X reste une ville »); the parser makes « être » a copula
COPULA_LEMMAS = frozenset({"être", "rester", "devenir", "demeurer"})
#: Prepositions of a second object: a term after one inside a verb's object may be that verb's own argument the
#: parser hung on the object (« renvoie la responsabilité à « … » », « impute les retards aux « … » »), so a
#: speaker's word
DATIVE_PREPOSITIONS = frozenset({"à", "au", "aux"})
#: Prepositions of place before a list of names: a name listed there with a place is a place (« à Tulle, Guéret
#: et Aubusson »), though the model reads an unfamiliar town as a person
PLACE_LIST_PREPOSITIONS = frozenset({"à"})
#: Prepositions that take places, not persons: a name after them in most of its mentions, never titled nor
#: speaking, is a place's (« dans Lévis », « depuis Albina »), though the model reads a person's.
PLACE_ONLY_PREPOSITIONS = frozenset({"dans", "depuis", "en"})

#: Nouns for organisations that speak ("le gouvernement a indiqué").
#: Noms pluriels des membres d'un corps, qu'un parti, un syndicat ou un conseil seul a : le nom juste après l'un
#: d'eux, précédé d'un article, est celui d'un corps (« les élus Renaissance », « des militants LFI »), même lu
#: comme une personne par le modèle ; pas « partisans » ni « électeurs », qu'une personne a aussi.
BODY_MEMBER_NOUNS = frozenset({"élus", "députés", "sénateurs", "eurodéputés", "militants", "adhérents",
                               "conseillers", "syndiqués", "parlementaires"})

ORG_NOUNS = frozenset({"gouvernement", "ministère", "parti", "syndicat", "organisation", "association", "autorité",
                       "autorités", "enquêteurs", "secours", "manifestants", "habitants", "témoins",
                       "entreprise", "société", "groupe", "commission", "conseil", "armée", "police",
                       "tribunal", "cour", "parquet", "kremlin", "élysée", "onu", "ong", "agence", "quotidien",
                       "journal", "hebdomadaire", "magazine", "chaîne", "radio", "site", "mensuel", "département",
                       "région", "mairie", "préfecture", "institution", "collectivité", "administration",
                       "interprofession", "faîtière", "fédération", "confédération", "fondation", "municipalité",
                       "diplomatie", "rectorat", "exécutif", "organisme", "régulateur", "institut"})

#: Words for a business by what it runs ("l'opérateur" of a network), kept out of ``ORG_NOUNS`` ("Les deux opérateurs
#: accusent un retard" is no speech): singular and definite, they take up the body just named or quoted.
BUSINESS_BODY_NOUNS = frozenset({"opérateur"})

#: Kinds of firm or citizens' group that only a body's name follows ("la fonderie Semoy Fonte", "le collectif
#: Lavi Chè Fini"), kept out of ``ORG_NOUNS``, which quote attribution reads as speakers.
FIRM_KIND_NOUNS = frozenset({"firme", "enseigne", "équipementier", "constructeur", "fonderie", "mégisserie",
                             "papeterie", "scierie", "sucrerie", "laiterie", "fromagerie", "tannerie", "usine",
                             "collectif", "réseau", "start-up", "coopérative"})

#: A firm's head or its owners before "de" and a name ("le PDG d'Orvane", "gérant de Roussel TP"): the name is a
#: firm's, never a person's (a person has a spokesperson, not a chief executive).
FIRM_OWNER_NOUNS = frozenset({"pdg", "gérant", "gérante", "actionnaires", "filiale"})
FIRM_OWNER_LINKS = frozenset({"de", "d'", "du"})

#: Words for the administration of a place ("la préfecture de la Moselle", "la mairie de Lyon"): with a place
#: named in its phrase, the office speaks, not the place.
ADMINISTRATION_NOUNS = frozenset({"préfecture", "sous-préfecture", "mairie", "municipalité", "rectorat"})

#: Words for a part of a body named as its complement ("le groupe parlementaire du RDPC", "l'aile gauche du
#: parti"): the part speaks, not the whole body.
SUBGROUP_NOUNS = frozenset({"groupe", "aile", "fraction", "section"})

#: Words for the management of a body, which a body owns, never a person ("selon sa direction" after "le CHU").
BODY_PART_NOUNS = frozenset({"direction", "état-major", "rédaction"})

#: Organisation words of one kind of body, which take up only a body of that kind ("la préfecture" is not the
#: farmers' union quoted before it), unlike "l'organisation" or "l'ONG".
KIND_BODIES = frozenset({"gouvernement", "ministère", "tribunal", "cour", "parquet", "armée", "police", "commission",
                         "conseil", "mairie", "préfecture", "région", "département"})

#: Nouns that name a body by its kind only with an epithet, as press French takes up a body just named ("la haute
#: corporation" for the Conseil d'État, "la chambre consulaire" for a CCI, "la haute juridiction" for a court):
#: without an adjective they are other things ("la chambre" of a hotel, "en première instance").
EPITHET_BODY_NOUNS = frozenset({"chambre", "corporation", "juridiction", "instance", "assemblée"})

#: Adjectives of a kind of body and the words heading such a body's name ("l'exécutif communautaire" is the
#: Communauté de l'Auxerrois named before, "l'exécutif régional" the Région named before, "le département
#: ministériel" the ministry named before).
BODY_ADJECTIVES = {"communautaire": ("communauté", "agglomération"), "régional": ("région",),
                   "départemental": ("département",), "municipal": ("mairie", "ville", "municipalité"),
                   "métropolitain": ("métropole",), "intercommunal": ("communauté", "agglomération"),
                   "consulaire": ("cci", "chambre"), "ministériel": ("ministère",)}

#: Words of a kind of body (``KIND_BODIES``) that also take up a body of another kind, with the words heading such a
#: body's name: « le département » is a ministry just named (« le communiqué du ministère de la Justice … Le
#: département y rappelle »; « le département de tutelle »), as well as a Département. For a word of no one kind,
#: the words of the bodies it takes up first, when one was named: « le régulateur » is the authority or agency of
#: regulation named before rather than the firm it sanctioned, « le parti » the Parti … named before rather than the
#: assembly it sits in, « le syndicat » the Syndicat … rather than the firm it strikes against, « la diplomatie
#: russe » the ministry of foreign affairs whose name holds the same nationality.
KIND_ALSO_BODIES = {"département": ("ministère",), "parti": ("parti",), "syndicat": ("syndicat",),
                    "diplomatie": ("étrangères",),
                    "régulateur": ("autorité", "régulation", "réglementation", "commission")}

#: Words heading the name of a body that the model may read as a place ("Métropole de Lyon", "Agence régionale de
#: santé", "CCI Moselle", "Chambre d'agriculture de la Marne"): such a name is an organisation that "la
#: collectivité", "l'agence" take up.
BODY_NAME_HEADS = frozenset({"agence", "métropole", "communauté", "collectivité", "préfecture", "mairie", "conseil",
                             "office", "institut", "autorité", "commission", "haut-commissariat", "ville",
                             "rectorat", "fédération", "confédération", "fondation", "direction", "chambre", "cci"})

#: Words opening or closing the name of a public body that the model reads as a place because a place is in the
#: name ("Métropole de Lyon", "Agence régionale de santé", "Assemblée de Corse", "Le Mans Métropole"): such a
#: name is labelled an organisation, whatever the votes. Not "port" ("Port Louis" is a capital), but the two words
#: of a port's authority ("Port autonome de Lomé", "Grand port maritime du Havre"). The kinds of a
#: body that the model reads as a thing when its name holds no place ("Comité de politique monétaire", "Alliance
#: des États du Sahel", "Forces de soutien rapide": MISC) are of it too.
BODY_LABEL_WORDS = BODY_NAME_HEADS | frozenset({"agence", "assemblée", "union", "eurométropole", "agglomération",
                                                 "eurodistrict", "hôpital", "chu", "syndicat", "parti",
                                                 "rassemblement", "tribunal", "cour", "ministère", "université",
                                                 "trésor", "alliance", "association", "banque", "caisse", "collectif",
                                                 "comité", "compagnie", "coordination", "établissement", "force",
                                                 "forces", "front", "mouvement", "organisation", "société",
                                                 "port autonome", "grand port"})

#: Words of an unnamed source's anonymity: a phrase holding one says how the source speaks, not who it is
#: ("un négociateur sous couvert d'anonymat" is "un négociateur").
ANONYMITY_WORDS = frozenset({"anonymat", "anonyme"})

#: Nouns for the circle around a person, a source of its own that speaks for nobody named ("l'entourage du maire
#: se refusait à tout commentaire « … »").
CIRCLE_NOUNS = frozenset({"entourage"})
#: Verbs making a causative with the infinitive after them ("a fait savoir", "laisse entendre"), which the parser may
#: take for the root of the sentence, the subject hanging from the causative verb.
CAUSATIVE_VERBS = frozenset({"faire", "laisser"})
#: "notre interlocuteur": the newsroom's own possessive before the word for the one it talked to, who has just been
#: quoted (named or not).
NEWSROOM_POSSESSIVES = frozenset({"notre"})
INTERLOCUTOR_NOUNS = frozenset({"interlocuteur", "interlocutrice"})
#: Adjectives by which a definite interlocutor noun takes up the one just quoted (« le même interlocuteur »)
SAME_WORDS = frozenset({"même"})

#: The passive auxiliary: "être" before a past participle ("les usagers sont invités à « … »").
PASSIVE_AUXILIARIES = frozenset({"être"})

#: The auxiliary of the compound past, after which a speech word the tagger read as an adjective is a participle
#: ("», a tempéré hier son porte-parole").
PERFECT_AUXILIARIES = frozenset({"avoir"})

#: Verbs whose compound tenses take "être", so that "être" + participle is no passive ("elle est venue dire").
ETRE_VERBS = frozenset("""
aller venir revenir devenir parvenir intervenir survenir partir repartir arriver naître mourir décéder rester
demeurer tomber retomber entrer rentrer sortir monter remonter descendre redescendre retourner passer repasser
apparaître
""".split())

#: Words before a quote that mark it as a title, not speech ("le journal « Libération »").
TITLE_CUES = frozenset("""
journal quotidien hebdomadaire magazine revue livre ouvrage roman film série émission opération
programme plan projet mission slogan album chanson pièce titre rubrique chaîne site blog documentaire
exposition festival campagne loi sculpture statue tableau toile œuvre opéra spectacle thème devise nom
surnom intitulé rapport étude stratégie pacte initiative dispositif groupe liste label charte pétition cagnotte
agenda référentiel plateforme tribune essai traité accord mouvement collectif décret vision
""".split())

#: Nouns for a thing that bears a name, a subset of the title words: a noun phrase in lower case in marks right after
#: one is its name (« une opération « port mort » », « le label « made in Europe » », « la stratégie « zéro
#: déchet » »), not anyone's words; an adjective there is (« un plan « ambitieux » »).
NAME_CLASS_NOUNS = frozenset("""
opération campagne label programme plan dispositif stratégie slogan devise initiative mission doctrine politique
charte pacte
""".split()) | {"mot d'ordre"}

#: Words that open the title of a legal text right after its noun (« la loi « relative à … » », « la proposition de
#: loi « visant à … » », « le décret « portant … » »): the words in marks are the text's title.
TITLE_OPENERS = frozenset("""
relatif relative relatifs relatives visant portant tendant instituant
""".split())

#: Words for a programme's guest: a capitalised name in marks after one and a preposition is the programme
#: (« Invité de « Questions politiques » »).
GUEST_WORDS = frozenset({"invité", "invitée", "invités", "invitées"})

#: Words that head a name inside its marks as the title words do (« la « Déclaration de Berne » », « la «
#: convention canne » »), but that before marks may introduce somebody's words (« une déclaration : « … » »).
TITLE_HEADS = frozenset("""
déclaration convention protocole code directive résolution manifeste mémorandum
""".split())

#: Verbs of signing or adopting a document: a capitalised name in marks that is their object is the document's
#: title (« ont signé une « Feuille de route 2026-2030 » »).
DOCUMENT_SIGNING_VERBS = frozenset({"signer", "parapher", "ratifier", "adopter"})

#: Words for what carries a slogan (a banner, a placard, a chant): capitalised words in marks shortly after them
#: are the slogan, not anyone's words (« une banderole proclame : « … » », « sous le mot d'ordre « … » »).
SIGN_WORDS = frozenset("""
banderole pancarte affiche affichette calicot écriteau slogan tee-shirt t-shirt
""".split()) | {"mot d'ordre"}

#: Verbs of pointing at a sign: the one who points speaks about it (« Puis, désignant la banderole : « … » »).
POINTING_VERBS = frozenset({"désigner", "pointer"})

#: Verbs that give a name ("la série est baptisée « Europe »"): the capitalised quote after them is a title.
NAMING_VERBS = frozenset({"baptiser", "intituler", "surnommer", "renommer", "rebaptiser"})

#: Words right before a short quoted term that give it as a label, not as anyone's words (« des studios
#: surnommés « célibatoriums » »): the term is a scare quote.
SCARE_MARKERS = frozenset("""
surnommé surnommée surnommés surnommées baptisé baptisée baptisés baptisées
""".split()) | {"sous le nom de", "sous le nom d'"}

#: Words that join the items of a list (« « … » ou encore « … » »): words in marks listed after a title or a scare
#: quote are of its kind.
LIST_LINKS = frozenset({"et", "ou", "ou encore", "voire"})

#: Nouns for a name: a short term in lower case after one and a colon is the name given to a thing (« ça a un
#: nom : les « heures creuses » »), a scare quote.
NAMING_NOUNS = frozenset({"nom", "surnom", "sobriquet", "appellation"})

#: Verbs of calling: what nobody in particular calls a thing (« ce que tout le monde ici appelle « … » ») is a
#: label.
CALLING_VERBS = frozenset({"appeler"})

#: Subjects that are nobody in particular: what they call a thing is a label, not anyone's words.
GENERIC_SUBJECTS = frozenset({"on", "l'on", "l’on", "tout le monde", "chacun"})

#: Participles that mark a label only right after a noun (« la loi dite « Industrie verte » »): « elle s'est dite
#: « inquiète » » is her words. « dit » is left out: « le ministre dit « … » » is the verb of speech.
SCARE_MARKERS_AFTER_NOUN = frozenset({"dite", "dits", "dites"})
#: Participles of naming that mark a label right before the marks, after a noun or its comma, adverbs between
#: (« la dernière note du ministère, intitulée « … » »), with no agent after the marks. « appelé » is left out:
#: « a, de son côté, appelé « … » » is a verb of speech.
NAMING_PARTICIPLES = frozenset("""
intitulé intitulée intitulés intitulées dénommé dénommée dénommés dénommées
""".split())
#: Participles that mark a label after a noun when a preposition follows them (« un accord dit de « … » »), where
#: no speaker says anything.
SCARE_MARKERS_BEFORE_PREPOSITION = frozenset({"dit"})

#: Nouns for a topic and the prepositions by which they take it: a short term in lower case so taken is the
#: name of what is talked about (« le thème de l'« accès à la mer » », « le débat sur les « … » »), a scare quote.
TOPIC_NOUNS = frozenset({"thème", "question", "notion", "concept", "principe", "débat", "spectre", "doctrine"})
TOPIC_LINKS = frozenset({"de", "d'", "du", "des", "sur"})

#: Prepositions of a charge: words in marks after one, in a sentence whose verb is one of a trial
#: (``DEFENDANT_VERBS``, ``DEFENDANT_PARTICIPLES``), name the offence (« poursuivis pour « abus de confiance » »).
CHARGE_PREPOSITIONS = frozenset({"pour"})

#: Negation words that cancel a speech verb ("il n'a pas dit").
NEGATIONS = frozenset({"ne", "n'", "n’", "pas", "jamais", "aucunement", "guère"})

#: Demonyms and adjectives of nationality (any gender or number is folded by the code) -> place.
DEMONYMS = {
    "kazakhstanais": "Kazakhstan", "kazakh": "Kazakhstan", "français": "France", "américain": "États-Unis",
    "étasunien": "États-Unis", "russe": "Russie", "ukrainien": "Ukraine", "chinois": "Chine",
    "allemand": "Allemagne", "britannique": "Royaume-Uni", "anglais": "Angleterre", "italien": "Italie",
    "espagnol": "Espagne", "portugais": "Portugal", "belge": "Belgique", "suisse": "Suisse",
    "canadien": "Canada", "québécois": "Québec", "mexicain": "Mexique", "brésilien": "Brésil",
    "argentin": "Argentine", "japonais": "Japon", "coréen": "Corée", "indien": "Inde",
    "pakistanais": "Pakistan", "afghan": "Afghanistan", "iranien": "Iran", "irakien": "Irak",
    "syrien": "Syrie", "libanais": "Liban", "israélien": "Israël", "palestinien": "Palestine",
    "égyptien": "Égypte", "turc": "Turquie", "grec": "Grèce", "polonais": "Pologne", "néerlandais": "Pays-Bas",
    "suédois": "Suède", "norvégien": "Norvège", "danois": "Danemark", "finlandais": "Finlande",
    "autrichien": "Autriche", "hongrois": "Hongrie", "roumain": "Roumanie", "bulgare": "Bulgarie",
    "serbe": "Serbie", "croate": "Croatie", "tchèque": "République tchèque", "slovaque": "Slovaquie",
    "biélorusse": "Biélorussie", "géorgien": "Géorgie", "arménien": "Arménie", "azerbaïdjanais": "Azerbaïdjan",
    "ouzbek": "Ouzbékistan", "turkmène": "Turkménistan", "kirghiz": "Kirghizistan", "tadjik": "Tadjikistan",
    "mongol": "Mongolie", "algérien": "Algérie", "marocain": "Maroc", "tunisien": "Tunisie", "libyen": "Libye",
    "malien": "Mali", "sénégalais": "Sénégal", "ivoirien": "Côte d'Ivoire", "nigérian": "Nigeria",
    "camerounais": "Cameroun", "congolais": "Congo", "sud-africain": "Afrique du Sud", "éthiopien": "Éthiopie",
    "kényan": "Kenya", "saoudien": "Arabie saoudite", "qatari": "Qatar", "émirati": "Émirats arabes unis",
    "yéménite": "Yémen", "jordanien": "Jordanie", "européen": "Europe", "africain": "Afrique",
    "asiatique": "Asie", "parisien": "Paris", "londonien": "Londres", "breton": "Bretagne",
    "corse": "Corse", "vénézuélien": "Venezuela", "colombien": "Colombie", "chilien": "Chili",
    "péruvien": "Pérou", "cubain": "Cuba", "haïtien": "Haïti", "australien": "Australie",
    "vietnamien": "Viêt Nam", "thaïlandais": "Thaïlande", "indonésien": "Indonésie", "philippin": "Philippines",
    "nord-coréen": "Corée du Nord", "sud-coréen": "Corée du Sud", "taïwanais": "Taïwan", "irlandais": "Irlande",
    "écossais": "Écosse", "gallois": "Pays de Galles", "luxembourgeois": "Luxembourg", "monégasque": "Monaco",
    "soudanais": "Soudan", "somalien": "Somalie", "rwandais": "Rwanda", "burkinabè": "Burkina Faso",
    "nigérien": "Niger", "tchadien": "Tchad", "gabonais": "Gabon", "malgache": "Madagascar",
    "estonien": "Estonie", "letton": "Lettonie", "lituanien": "Lituanie", "moldave": "Moldavie",
    "slovène": "Slovénie", "albanais": "Albanie", "bosnien": "Bosnie-Herzégovine", "monténégrin": "Monténégro",
    "macédonien": "Macédoine du Nord", "kosovar": "Kosovo", "islandais": "Islande", "chypriote": "Chypre",
    "maltais": "Malte", "birman": "Birmanie", "cambodgien": "Cambodge", "népalais": "Népal",
    "bangladais": "Bangladesh", "malaisien": "Malaisie", "singapourien": "Singapour", "ghanéen": "Ghana",
    "ougandais": "Ouganda", "tanzanien": "Tanzanie", "béninois": "Bénin", "togolais": "Togo",
    "guinéen": "Guinée", "mauritanien": "Mauritanie", "angolais": "Angola", "mozambicain": "Mozambique",
    # regions often named by their people (not cities: "Banque de France" is kept whole, not "Musée de Montréal")
    "tibétain": "Tibet", "catalan": "Catalogne", "kurde": "Kurdistan", "tchétchène": "Tchétchénie",
    "acadien": "Acadie", "ouïghour": "Xinjiang", "sicilien": "Sicile", "alsacien": "Alsace",
}

#: UN member and observer states by their usual French names and short forms (no acronyms). Left out as bare
#: words because they are also given names: "Dominique" (la Dominique), "Maurice" (see "Île Maurice"),
#: "Salomon" (see "Îles Salomon"), "Salvador" (see "El Salvador"). "Grenade" is kept (also the weapon,
#: but lower-case in running text).
COUNTRIES = frozenset({
    "Afghanistan", "Afrique du Sud", "Albanie", "Algérie", "Allemagne", "Andorre", "Angola", "Antigua-et-Barbuda",
    "Arabie saoudite", "Argentine", "Arménie", "Australie", "Autriche", "Azerbaïdjan", "Bahamas", "Bahreïn",
    "Bangladesh", "Barbade", "Belgique", "Belize", "Bénin", "Bhoutan", "Biélorussie", "Bélarus", "Birmanie",
    "Myanmar", "Bolivie", "Bosnie-Herzégovine", "Bosnie", "Botswana", "Brésil", "Brunei", "Bulgarie",
    "Burkina Faso", "Burundi", "Cabo Verde", "Cap-Vert", "Cambodge", "Cameroun", "Canada", "Centrafrique",
    "République centrafricaine", "Chili", "Chine", "Chypre", "Colombie", "Comores", "Congo",
    "République du Congo", "Congo-Brazzaville", "République démocratique du Congo", "Congo-Kinshasa",
    "Corée du Nord", "Corée du Sud", "Costa Rica", "Côte d'Ivoire", "Côte d’Ivoire", "Croatie", "Cuba",
    "Danemark", "Djibouti", "République dominicaine", "Égypte", "Émirats arabes unis", "Équateur", "Érythrée",
    "Espagne", "Estonie", "Eswatini", "Swaziland", "États-Unis", "États-Unis d'Amérique", "Éthiopie", "Fidji",
    "Finlande", "France", "Gabon", "Gambie", "Géorgie", "Ghana", "Grèce", "Grenade", "Guatemala", "Guinée",
    "Guinée-Bissau", "Guinée équatoriale", "Guyana", "Haïti", "Honduras", "Hongrie", "Îles Marshall",
    "Îles Salomon", "Inde", "Indonésie", "Irak", "Iran", "Irlande", "Islande", "Israël", "Italie", "Jamaïque",
    "Japon", "Jordanie", "Kazakhstan", "Kenya", "Kirghizistan", "Kirghizstan", "Kiribati", "Koweït", "Laos",
    "Lesotho", "Lettonie", "Liban", "Liberia", "Libéria", "Libye", "Liechtenstein", "Lituanie", "Luxembourg",
    "Macédoine du Nord", "Macédoine", "Madagascar", "Malaisie", "Malawi", "Maldives", "Mali", "Malte", "Maroc",
    "Île Maurice", "Mauritanie", "Mexique", "Micronésie", "Moldavie", "Moldova", "Monaco", "Mongolie",
    "Monténégro", "Mozambique", "Namibie", "Nauru", "Népal", "Nicaragua", "Niger", "Nigeria", "Nigéria",
    "Norvège", "Nouvelle-Zélande", "Oman", "Ouganda", "Ouzbékistan", "Pakistan", "Palaos", "Panama",
    "Papouasie-Nouvelle-Guinée", "Paraguay", "Pays-Bas", "Pérou", "Philippines", "Pologne", "Portugal", "Qatar",
    "République tchèque", "Tchéquie", "Roumanie", "Royaume-Uni", "Grande-Bretagne", "Russie", "Rwanda",
    "Saint-Christophe-et-Niévès", "Sainte-Lucie", "Saint-Marin", "Saint-Vincent-et-les-Grenadines",
    "El Salvador", "Samoa", "Sao Tomé-et-Principe", "São Tomé-et-Príncipe", "Sénégal", "Serbie", "Seychelles",
    "Sierra Leone", "Singapour", "Slovaquie", "Slovénie", "Somalie", "Soudan", "Soudan du Sud", "Sri Lanka",
    "Suède", "Suisse", "Suriname", "Syrie", "Tadjikistan", "Tanzanie", "Tchad", "Thaïlande", "Timor oriental",
    "Timor-Leste", "Togo", "Tonga", "Trinité-et-Tobago", "Tunisie", "Turkménistan", "Turquie", "Tuvalu",
    "Ukraine", "Uruguay", "Vanuatu", "Venezuela", "Viêt Nam", "Vietnam", "Yémen", "Zambie", "Zimbabwe",
    # observer states
    "Saint-Siège", "Vatican", "Palestine", "État de Palestine",
})

#: Capitals in their French form, plus the major French cities. Left out: "Victoria" (Seychelles) and bare
#: "Santiago" (given names), "Roseau" (common word). "Sofia" is kept though it is also a given name.
CAPITALS = frozenset({
    # Europe
    "Paris", "Londres", "Dublin", "Bruxelles", "Amsterdam", "La Haye", "Luxembourg", "Berlin", "Berne", "Vaduz",
    "Vienne", "Rome", "Cité du Vatican", "Saint-Marin", "La Valette", "Madrid", "Lisbonne", "Andorre-la-Vieille",
    "Monaco", "Copenhague", "Oslo", "Stockholm", "Helsinki", "Reykjavik", "Tallinn", "Riga", "Vilnius",
    "Varsovie", "Prague", "Bratislava", "Budapest", "Ljubljana", "Zagreb", "Sarajevo", "Belgrade", "Podgorica",
    "Pristina", "Skopje", "Tirana", "Athènes", "Nicosie", "Sofia", "Bucarest", "Chisinau", "Chișinău", "Kiev",
    "Kyiv", "Minsk", "Moscou", "Genève",
    # Caucasus, Central Asia, Middle East
    "Erevan", "Bakou", "Tbilissi", "Astana", "Tachkent", "Bichkek", "Douchanbé", "Achgabat", "Ankara",
    "Téhéran", "Bagdad", "Damas", "Beyrouth", "Amman", "Jérusalem", "Tel-Aviv", "Tel Aviv", "Ramallah", "Riyad",
    "Doha", "Abou Dhabi", "Dubaï", "Mascate", "Sanaa", "Manama", "Kaboul", "Islamabad",
    # South, East and South-East Asia
    "New Delhi", "Dacca", "Dhaka", "Katmandou", "Thimphou", "Colombo", "Sri Jayawardenapura Kotte", "Malé",
    "Pékin", "Tokyo", "Séoul", "Pyongyang", "Oulan-Bator", "Taipei", "Taïpei", "Hanoï", "Vientiane",
    "Phnom Penh", "Bangkok", "Naypyidaw", "Rangoun", "Kuala Lumpur", "Putrajaya", "Jakarta", "Manille", "Dili",
    "Bandar Seri Begawan",
    # Africa
    "Alger", "Tunis", "Tripoli", "Le Caire", "Rabat", "Khartoum", "Djouba", "Addis-Abeba", "Asmara",
    "Mogadiscio", "Nairobi", "Kampala", "Kigali", "Gitega", "Bujumbura", "Dodoma", "Dar es Salaam", "Lilongwe",
    "Lusaka", "Harare", "Maputo", "Gaborone", "Windhoek", "Pretoria", "Le Cap", "Maseru", "Mbabane",
    "Antananarivo", "Tananarive", "Moroni", "Port-Louis", "Luanda", "Kinshasa", "Brazzaville", "Libreville",
    "Malabo", "Yaoundé", "Bangui", "N'Djamena", "N’Djamena", "Niamey", "Abuja", "Lagos", "Porto-Novo",
    "Cotonou", "Lomé", "Accra", "Ouagadougou", "Abidjan", "Yamoussoukro", "Monrovia", "Freetown", "Conakry",
    "Bissau", "Banjul", "Dakar", "Nouakchott", "Bamako", "Praia", "São Tomé", "Sao Tomé",
    # Americas
    "Washington", "Ottawa", "Mexico", "Guatemala", "San Salvador", "Tegucigalpa", "Managua", "San José",
    "La Havane", "Saint-Domingue", "Port-au-Prince", "Kingston", "Nassau", "Bridgetown", "Castries",
    "Kingstown", "Saint-Georges", "Basseterre", "Saint John's", "Port-d'Espagne", "Belmopan", "Caracas",
    "Bogota", "Bogotá", "Quito", "Lima", "La Paz", "Brasilia", "Brasília", "Asuncion", "Asunción",
    "Montevideo", "Buenos Aires", "Georgetown", "Paramaribo", "Santiago du Chili",
    # Oceania
    "Canberra", "Wellington", "Suva", "Port Moresby", "Honiara", "Port-Vila", "Apia", "Nuku'alofa", "Tarawa",
    "Majuro", "Palikir", "Funafuti", "Ngerulmud", "Yaren",
    # major French cities
    "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Strasbourg", "Nantes",
})

#: Country and region names that are places even when the model says otherwise.
PLACES = frozenset(set(DEMONYMS.values()) | COUNTRIES | CAPITALS | {
    "Gaza", "Cisjordanie", "Proche-Orient", "Moyen-Orient",
                                             "Eurasie", "Asie centrale", "Crimée", "Donbass", "Kosovo",
                                             "Bruxelles", "Washington", "Moscou", "Kiev", "Kyiv", "Pékin",
                                             "Berlin", "Rome", "Madrid", "Genève", "Athènes", "Astana",
                                             "Montréal", "Strasbourg", "Luxembourg", "Varsovie", "Ankara",
                                             "Tachkent", "Bichkek", "Douchanbé", "Achgabat",
                                             # territories and regions named in the news
                                             "Taïwan", "Taiwan", "Palestine", "Groenland", "Donbas",
                                             "Bande de Gaza", "Haut-Karabakh", "Transnistrie", "Sahel",
                                             "Balkans", "Caucase", "Europe de l'Est", "Europe de l’Est",
                                             "Europe centrale", "Europe occidentale", "Amérique latine",
                                             "Amérique du Nord", "Amérique du Sud", "Amérique centrale",
                                             "Caraïbes", "Océanie", "Asie du Sud-Est", "Maghreb",
                                             "Hong Kong", "Macao", "Sahara occidental", "Abkhazie",
                                             "Ossétie du Sud", "Cachemire", "Tibet", "Xinjiang", "Kurdistan",
                                             "Golan", "Sinaï", "Corne de l'Afrique", "Corne de l’Afrique",
                                             "Scandinavie", "Sibérie", "Porto Rico", "Irlande du Nord",
                                             "Catalogne", "Donetsk", "Louhansk", "Lougansk", "Kherson",
                                             "Zaporijia", "Kharkiv", "Odessa", "Nouvelle-Calédonie",
                                             "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte",
                                             "Polynésie française"})

#: Entity texts the model returns that are never named entities on their own (also feasts: « jusqu'à Noël »; the
#: acronyms of common nouns: a procedure, « plan de sauvegarde de l'emploi », a role, « directeur général des
#: services », « PDG », « l'ancien DG »; a thing's, « les VTC »; the currency's, « francs CFA »; not a body, though
#: every firm has one: the « comité social et économique » (CSE) speaks).
NON_ENTITIES = frozenset("""
état etat états etats gouvernement président présidente ministre le la les l' un une des ce cette il elle
nous vous ils elles on selon mais et ou donc or ni car si lors dans pour sur sous avec sans chez dès
république royaume utc gmt avc pib tva ogm vih pme vtc cfa
pse dgs pdg p-dg dg
lundi mardi mercredi jeudi vendredi samedi dimanche
noël pâques toussaint pentecôte
""".split())

#: Prefixes that make an adverb of a place's name: « outre-Rhin » (in Germany, seen from France), « outre-Manche »,
#: « outre-Atlantique »: the country beyond, not the river, sea or ocean the word names.
PLACE_ADVERB_PREFIXES = frozenset({"outre"})

#: Articles a place's name takes in running text, capitalised when they open a sentence or a quote (« La Chine
#: promet », « Les Pays-Bas ont », « Le Sahel »): the place's name is without them.
PLACE_ARTICLES = frozenset({"le", "la", "les"})

#: Given-name particles that join a surname ("Le Pen", "de Gaulle", "Van Rompuy").
#: Words that are a person's middle name only, never a name's first or a body's ("Amarjit Singh Dhaliwal",
#: "Harpreet Kaur Gill"): a name holding one is a person's, and one opening a name lost its given name
MIDDLE_NAMES = frozenset({"Singh", "Kaur"})
NAME_PARTICLES = frozenset({"le", "la", "de", "du", "des", "d'", "van", "von", "der", "den", "ben", "bin", "al",
                            "el", "da", "di", "dos", "ibn"})
#: Lower-case links between a person's name and the father's that make one full name (Malay « Siti Aminah
#: binti Yusof », Arabic « ibn », Mauritanian « Mohamed ould Sidi Aly », « Mariem mint Ahmed »): the father's
#: name after them is no other person's mention.
PATRONYM_LINKS = frozenset({"bin", "binti", "binte", "ibn", "ould", "mint"})

#: Common given names and their usual gender, as in GENDERED_TITLES (tells namesakes apart when no title
#: says which one a bare surname is).
GIVEN_NAMES = {
    **SHARED_GIVEN_NAMES,
    **dict.fromkeys("""jean pierre paul jacques michel philippe françois nicolas emmanuel louis julien karim
    thierry patrick alain bernard daniel david éric eric marc olivier christophe laurent stéphane sébastien
    antoine vincent kostas konstantinos giorgos nikos andreas dimitris kyriakos ahmed mohamed ali omar
    donald joe vladimir volodymyr kassym-jomart sergueï serguei dmitri olaf friedrich conrad john""".split(), "Masc"),
    **dict.fromkeys("""marie marine nicole anne catherine isabelle sophie nathalie sylvie christine valérie
    hélène claire julie céline élisabeth elisabeth ségolène rachida najat eleni maria elena katerina sofia
    fatima aïcha ursula angela giorgia kamala hillary alice ruth helen mary""".split(), "Fem"),
}

#: The word for years after a person's age ("Yasmine, 34 ans, aide-soignante").
AGE_NOUNS = frozenset({"ans"})

#: The noun of a person's decade of age, which takes up a person whose age the article gave ("Patrick Gobert, 53
#: ans," then « le quinquagénaire »).
DECADE_NOUNS = {3: "trentenaire", 4: "quadragénaire", 5: "quinquagénaire", 6: "sexagénaire", 7: "septuagénaire",
                8: "octogénaire", 9: "nonagénaire", 10: "centenaire"}

#: Articles at the start of a name that the name is counted without (none in French: « Le Monde »).
LEADING_ARTICLES: frozenset[str] = frozenset()

#: Préfixes joints à un nom par un trait d'union, qui n'en font pas partie : « ex- » qualifie le composé qu'il
#: ouvre (« un ex-LR », « l'ex-Premier ministre »), jamais le nom.
HYPHEN_PREFIXES = frozenset({"ex"})

#: Endings that make a possessive of a name (none in French: « Moody's » is a name).
POSSESSIVE_ENDINGS: tuple[str, ...] = ()

#: Small words skipped when an acronym is matched to the initials of a name ("Union syndicale des magistrats").
CONNECTIVES = frozenset({"de", "du", "des", "d'", "la", "le", "les", "l'", "et", "à", "au", "aux", "en", "pour",
                         "sur"})

#: Linking words of a commune's hyphenated name besides ``CONNECTIVES`` ("Sotteville-lès-Rouen", "Saint-Denis-lez-
#: Bouillon", "Bar-sous-Seine"): the part before them is the commune's everyday short name ("Sotteville").
COMPOUND_PLACE_LINKS = frozenset({"lès", "lez", "sous", "près"})
#: Words joining two places in one compound name ("Saint-Pierre-et-Miquelon", "Loir-et-Cher"): the part before
#: them names a place of its own (the town of Saint-Pierre, the river Loir), not the compound's short name.
PLACE_PAIR_LINKS = frozenset({"et"})
#: Linking words only a place's hyphenated name holds ("Cherbourg-en-Cotentin", "Boulogne-sur-Mer",
#: "Sotteville-lès-Rouen"): such a name is a place, though the model reads a person in it ("Cherbourg"); not
#: « de », « du », « la », which a person's compound name may hold.
PLACE_NAME_LINKS = frozenset({"en", "sur", "sous", "lès", "lez", "près"})
#: Words that open a region's hyphenated name before another place's name (« Haute-Savoie », « Basse-Normandie »,
#: « Nord-Kivu »): such a name is a place, though the model reads a person in it (« Haute-Gruyère »), and another
#: place than the one it qualifies (« la Haute-Gruyère » is not « la Gruyère »). Not « Est », also a verb.
PLACE_PREFIXES = frozenset({"haut", "haute", "hauts", "hautes", "bas", "basse", "basses", "nord", "sud", "ouest"})

#: How a place named after a saint opens ("Saint-Benoît", "Sainte-Suzanne"): joined by a hyphen, a town or parish,
#: though the model reads a person in it; the saint himself is written apart ("saint Benoît").
SAINT_PLACE_PREFIXES = frozenset({"saint-", "sainte-"})

#: Words before or after a bare surname that make it a family, counted for no one ("les sœurs Williams").
FAMILY_BEFORE = frozenset({"des", "les", "sœurs", "frères", "famille", "époux", "clan"})
FAMILY_AFTER: frozenset[str] = frozenset()

#: Lower-case nouns that begin a name and stay in it ("ministère de l'Intérieur", "mont Maudit").
NAME_HEADS = frozenset({"ministère", "université", "mont", "lac", "île", "îles", "golfe", "cap", "col", "pic",
                        "mer", "océan", "zone", "rue", "place", "boulevard", "avenue", "canal", "détroit"})

#: Heads of a body the press names all in lower case, which the model misses ("ministère de la justice").
LOWER_CASE_BODIES = frozenset({"ministère"})

#: The words after a body's name that give where it sits when a place of ``PLACES`` follows (« la Commission
#: européenne de Bruxelles »): that place is named apart; a place the list lacks ends a local body's own name.
SEAT_LINKS = frozenset({"de", "du", "d'"})
#: The words that link a name's head to its complement: a span of the model ending on one was cut inside a name
#: (« centre des » then « Congrès de Québec »).
COMPLEMENT_LINKS = frozenset({"de", "du", "des", "d'"})

#: Capitalised words for a side in a trial (none: French writes « l'accusation », « la défense » in lower case).
COURT_SIDES: frozenset[str] = frozenset()

#: Heads of a court's name, written in lower case, that ends with its seat ("tribunal correctionnel de Lyon", "cour
#: d'appel de Douai"): one body's name, the seat inside it not counted apart.
COURT_HEADS = frozenset({"tribunal", "cour"})

#: Lower-case kinds of a public body whose name is the kind and its place ("centre hospitalier d'Issoire", "centre
#: hospitalier universitaire de Nantes", « le conseil départemental de la Somme », later « le Département »): one
#: body's name, the place inside it not counted apart.
PLACE_BODY_KINDS = frozenset({"centre hospitalier", "conseil départemental", "conseil régional"})

#: Institutions named by a noun and an adjective the model may leave out ("Conseil constitutionnel").
INSTITUTION_HEADS = frozenset({"conseil", "parlement", "assemblée", "cour", "tribunal", "commission", "sénat",
                               "congrès", "banque", "parti", "front", "union", "gouvernement", "haut-commissariat",
                               "garde", "armée", "agence", "institut", "office", "comité", "ministère", "trésor"})

#: The links between an institution's head and the lower-case noun that completes its name without an article
#: (« Conseil des ministres », « Conseil de gouvernement »).
INSTITUTION_COMPLEMENT_LINKS = frozenset({"de", "des"})
#: Nouns that make « de » and the noun an adverb of manner or of time, no complement of a name (« de nouveau »,
#: « de façon unanime », « de suite »).
MANNER_NOUNS = frozenset({"façon", "manière", "sorte", "suite", "fait", "nouveau", "près", "loin", "plus",
                          "moins", "temps", "mois", "semaine", "jour", "jours", "année", "concert", "retour",
                          "justesse", "rigueur", "droit", "facto", "jure", "urgence"})

#: Nouns of a body named by its holder's title in the possessive (English "the Prime Minister's Office"; French
#: writes « le cabinet du Premier ministre », in lower case and no name: none).
TITLED_OFFICE_NOUNS: frozenset[str] = frozenset()

#: Lower-case nouns before a person's name that are not part of it: "l'affaire Merah" names Merah.
PERSON_HEADS = frozenset({"affaire", "procès", "gouvernement", "administration", "cabinet", "camp", "clan",
                          "entourage", "ère"})

#: Nouns that make a longer name of a place ("mer Baltique" is the Baltique); a country or city after them
#: is another place ("golfe de Finlande" is not Finlande).
PLACE_HEADS = frozenset({"mer", "océan", "golfe", "lac", "mont", "massif", "île", "îles", "détroit"})
#: Lower-case nouns of an administrative division named after its place ("la province de Namur", "la commune
#: de Sembrancher"): the place is the name, the noun a description. Not a body's seat ("préfecture", "mairie"),
#: which names an office, nor "département", which also names a ministry ("le département d'État").
DIVISION_NOUNS = frozenset({"province", "région", "canton", "commune", "arrondissement", "district", "comté",
                            "wilaya", "gouvernorat", "municipalité"})
#: Nouns that make the formal name of a state ("royaume du Danemark" is Danemark).
STATE_HEADS = frozenset({"royaume", "république", "principauté", "émirat", "sultanat", "duché"})
#: Capitalised designations of a body the article names once in full (« l'Agglomération » for the « Communauté
#: de l'Auxerrois », « la Commission » for the « Commission européenne », « la Ville » for « la Ville de Sherbrooke »,
#: « la Collectivité » for « la Collectivité de Corse », « le Département » for « le conseil départemental de
#: l'Aude »): each word -> the heads of the names it may stand for besides its own (a « communauté
#: d'agglomération » is named « Communauté de … », a « conseil départemental » is the « Département »).
DESIGNATIONS = {"commission": (), "communauté": (), "agglomération": ("communauté",), "confédération": (),
                "fédération": (), "métropole": (), "principauté": (), "royaume": (), "grand-duché": (),
                "sultanat": (), "émirat": (), "collectivité": (), "ville": (), "département": ("conseil",),
                "région": ("conseil",)}
#: The countries a designation of a state's form stands for (« la Principauté » for Monaco, « le Royaume » for
#: the Maroc): not « République », which most states are and which also names the French state as an idea.
STATE_FORMS = {"royaume": frozenset({"Maroc", "Jordanie", "Arabie saoudite", "Bahreïn", "Belgique", "Pays-Bas",
                                     "Norvège", "Suède", "Danemark", "Espagne", "Royaume-Uni", "Thaïlande",
                                     "Cambodge", "Bhoutan", "Lesotho", "Eswatini", "Tonga"}),
               "principauté": frozenset({"Monaco", "Liechtenstein", "Andorre"}),
               "grand-duché": frozenset({"Luxembourg"}), "sultanat": frozenset({"Oman", "Brunei"}),
               "émirat": frozenset({"Qatar", "Koweït"})}
#: Designations that name nothing alone: without a body of that head or a country of that form in the article,
#: a description (« le Royaume » in an article that names two kingdoms), counted for no one. Not « Commission »
#: nor « Métropole », which name the one body of Brussels or of the city.
DESCRIPTIONS_ALONE = frozenset({"agglomération", "principauté", "royaume", "grand-duché", "sultanat", "émirat"})

#: Endings French adds to a clipped name (none: « Ouaga », « l'Agglo » open the word they shorten as written).
CLIPPED_NAME_ENDINGS: frozenset[str] = frozenset()
#: Kinds of establishment that open its name before an article and its own name (« l'Ehpad Les Tilleuls », « la
#: résidence Les Jardins », « le collège La Source »): the name after the kind, alone (« aux Tilleuls »), stands for
#: the establishment.
#: The articles between an establishment's kind and its own name (« l'Ehpad Les Tilleuls »).
ESTABLISHMENT_ARTICLES: frozenset[str] = frozenset({"le", "la", "les"})
ESTABLISHMENT_KINDS = frozenset({"ehpad", "résidence", "clinique", "lycée", "collège", "école", "foyer", "hôtel",
                                 "camping", "domaine", "château", "centre", "maison", "ferme", "théâtre", "cinéma",
                                 "stade", "salle", "restaurant", "café", "hôpital", "institut", "cité"})

#: Words that make a name of capitalised words an organisation's, a place's or an event's, not a person's,
#: whatever given name opens it ("Centre Georges-Pompidou", "Lycée Victor Hugo", "Prix Albert Londres").
NON_PERSON_WORDS = frozenset({*ORGANISATION_ENDINGS, *ORG_NOUNS, *NAME_HEADS, *INSTITUTION_HEADS, *PLACE_HEADS,
                              *STATE_HEADS} | set("""
institut fondation centre collège lycée école académie musée hôpital stade aéroport gare pont tour place rue
avenue boulevard quai square parc prix trophée coupe festival fonds banque capital groupe cathédrale église
mosquée chapelle rivière vallée fleuve baie hôtel club société fédération ligue comité forum réseau salle
journal presse revue magazine région département métropole préfecture mairie collectivité
""".split()))

#: Stop words for keyphrase candidates (on top of spaCy's own list).
EXTRA_STOP_WORDS = frozenset("""
cas fois an ans année années jour jours mois semaine semaines part partie parties façon manière sorte
chose choses nombre plupart fin début cours lieu moment temps question point propos dernier dernière
cadre niveau égard
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
lundi mardi mercredi jeudi vendredi samedi dimanche
""".split())
#: spaCy stop words that still make keyphrases ("nouveau projet de loi").
KEYPHRASE_NOT_STOP_WORDS = frozenset({"nouveau"})

#: Keyphrases: words that join two nouns in one phrase ("demande de changement de service"), articles allowed
#: after them, and the Snowball stemmer that groups variants ("postier", "postiers").
KEYPHRASE_LINKS = frozenset({"de", "d'", "du", "des"})
KEYPHRASE_ARTICLES = frozenset({"la", "le", "l'", "les"})
STEMMER = "french"
#: Keyphrases: a past participle right after a noun qualifies it like an adjective ("emplois menacés", "groupes
#: armés"), so it belongs to the noun group.
KEYPHRASE_NOUN_PARTICIPLES = True
#: The word that joins two keyphrases in a theme label ("Connectivité régionale et corridors").
#: Whether the head noun opens a noun phrase ("diplomate occidental": head first).
HEAD_FIRST = True
#: Whether a capitalised word inside a sentence is a name's (French capitalises no weekday, month or headline
#: word): right after a place or a body's name it continues that name ("Bourges Plus", "Paris Habitat").
CAPITALS_NAME_WORDS = True
AND_WORD = "et"
#: Themes: verbs (lemmas) of a step of a procedure that reports tell with the verb and analysts name with its noun
#: (« le parquet a requis deux ans », « l'avocat a plaidé la relaxe »: réquisitions, plaidoiries); each occurrence
#: of the verb counts for the noun, in a sentence that holds a word of ``THEME_EVENT_CONTEXT`` (a penalty, the court,
#: a party): « il a requis l'anonymat », « la ministre plaide pour un accord » are no step of a trial.
THEME_EVENT_NOUNS = {"requérir": "réquisitions", "plaider": "plaidoiries"}
THEME_EVENT_CONTEXT = frozenset({"prison", "sursis", "amende", "relaxe", "peine", "acquittement", "coupable",
                                 "réclusion", "parquet", "procureur", "procureure", "prévenu", "prévenue", "accusé",
                                 "tribunal", "cour", "avocat", "avocate", "clémence", "condamnation", "interdiction"})
#: Themes: keyphrases that frame what an article tells but are no subject of it: times of day and seasons, the
#: formula of an anonymous source (« sous couvert d'anonymat », whose « couvert » stands alone too) and the nouns
#: of adverbial idioms (« à demi-mot », « au bout du compte »).
THEME_NON_TOPICS = frozenset({
    "matin", "matinée", "soir", "soirée", "nuit", "après-midi", "journée", "veille", "lendemain",
    "week-end", "printemps", "automne", "hiver", "hier", "aujourd'hui",
    "anonymat", "couvert", "couvert d'anonymat", "demi-mot", "bout",
})
#: Themes: currencies in the plural (amounts: « euros »; « le dollar » may be a story's subject), subunits,
#: abbreviations (as written: « FCFA », « fc ») and scales, which count money and are no subject of a theme;
#: entities: beside figures only (« 400 DH », « Rs 4 milliards »), they are an amount, no name.
FIGURE_UNITS = frozenset({
    "euros", "centimes", "centime", "dollars", "francs", "FCFA", "fc", "dinars", "dirhams", "DH", "roupies", "rs",
    "millions", "million", "milliards", "milliard",
})
#: Endings of demonyms, whose plurals name the people of a town or region (« les Millavois »): no theme topic.
DEMONYM_ENDINGS = ("ois", "oises", "ais", "aises", "iens", "iennes", "ains", "aines", "éens", "éennes")
#: Themes: lone nouns that say nothing of a theme without their complement (what was said, decided or is at
#: stake: « décision », « côté », « communiqué »; durations and measures: « heures »); a theme's label joins its
#: other keyphrases instead. They stay keyphrases.
THEME_VAGUE_NOUNS = frozenset({
    "décision", "décisions", "côté", "communiqué", "déclaration", "déclarations", "avis", "phrase", "question",
    "questions", "chose", "choses", "cas", "part", "point", "sujet", "situation", "réponse", "propos", "option",
    "options", "moitié", "genre", "fait", "faits", "manière", "façon", "dossier", "texte",
    "heures", "minutes", "jours", "semaines", "mois", "ans", "années", "kilomètres", "km", "mètres", "hectares",
    "tonnes", "litres", "milliers", "centaines", "dizaines",
})
#: Lines of the article's furniture that are no section heading: a byline opens with one of ``BYLINE_OPENERS``
#: ("Par Jeanne Durand", "Texte par : …", "Avec notre correspondant à …") or names a reporter's job after a comma
#: ("Jeanne Durand, correspondante à Bruxelles").
BYLINE_OPENERS = ("par ", "texte par", "propos recueillis", "avec notre correspondant", "de notre correspondant",
                  "de notre envoyé", "de nos envoyés")
#: Paragraphs of the page's furniture, not of the article: links to other stories and credits.
FURNITURE_OPENERS = ("lire aussi", "à lire aussi", "a lire aussi", "lire également", "voir aussi", "à voir aussi",
                     "à écouter", "abonnez-vous", "suivez-nous", "retrouvez", "avec la rédaction")
CREDIT_WORDS = ("avec",)
BYLINE_WORDS = frozenset({"correspondant", "correspondante", "journaliste", "envoyé", "envoyée", "rédaction",
                          "reporter"})

#: Endings of regular verb forms, longest first, and the infinitive endings they replace (for verbs the
#: lemmatizer leaves unchanged: "estime" -> estimer).
VERB_ENDINGS = ("èrent", "aient", "eront", "ait", "ent", "era", "ons", "ant", "ées", "és", "ée", "ez", "es", "é",
                "e", "a")
REGULAR_INFINITIVES = ("er",)
#: Stem vowels that change between a conjugated form and its infinitive ("s'inquiète" -> "s'inquiéter",
#: "suggère" -> "suggérer"): the last one in the stem is tried both ways.
STEM_ALTERNATIONS = {"è": "é"}

#: How a possessed role reads once its owner is known ("son avocate" -> "avocate de Mouss Diouf").
POSSESSED_ROLE = "{role} de {owner}"

#: Words of a plural description of a body's members or services, and the nouns that body's name opens with
#: ("les juges" after "la Cour constitutionnelle", "les services préfectoraux" after "la préfecture du Val-d'Oise").
MEMBER_BODIES = {"juge": ("cour", "tribunal"), "magistrat": ("cour", "tribunal", "parquet", "chambre"),
                 "préfectoral": ("préfecture",), "municipal": ("mairie", "ville"), "douanier": ("douane", "douanes")}

#: Grammatical gender of speaker pronouns and of titles, to keep "elle" from resolving to "M. Dupont".
#: Pronouns that stand for nobody named: "on" speaks for the place or group the sentence gives ("explique-t-on
#: à l'Élysée"), else for no one.
IMPERSONAL_PRONOUNS = frozenset({"on"})

#: Words of a locution that opens a sentence before "on" and names no source ("Du côté de l'opposition, on ...").
SIDE_NOUNS = frozenset({"côté", "part", "sein"})

#: Prefixes of a former role ("l'ex-avocate", "l'ex-directeur"): the role word is what follows.
FORMER_PREFIXES = ("ex-", "ex–")

#: Titles a portfolio qualifies after them (« la ministre des Pêches »): the portfolio alone is no body's name.
PORTFOLIO_TITLES = frozenset({"ministre", "ministres", "vice-ministre"})
#: Roles whose remit follows, after « pour », the body they speak or act for (« la porte-parole de la Commission
#: pour le commerce », « l'envoyé spécial des Nations unies pour le Sahel »): the remit is the role's, no part of
#: the body's name (not « président »: « le président de la Ligue pour la défense des consommateurs »).
REMIT_ROLES = frozenset({"porte-parole", "commissaire", "envoyé", "envoyée", "émissaire", "représentant",
                         "représentante", "rapporteur", "rapporteuse", "médiateur", "médiatrice"})
REMIT_LINK = "pour"
#: Words between a portfolio's title and its first portfolio (« la ministre déléguée chargée de l'Industrie »): the
#: title's own qualifiers, still before a portfolio and no body.
PORTFOLIO_QUALIFIERS = frozenset({"délégué", "déléguée", "délégués", "déléguées", "chargé", "chargée", "chargés",
                                  "chargées"})

#: Combining forms of a demonym before a hyphen (« Franco-Ontariens », « Afro-Américains »): still a demonym, or the
#: noun for a place's inhabitants.
DEMONYM_PREFIXES = frozenset({"franco", "anglo", "afro", "italo", "hispano", "germano", "sino", "russo", "arabo",
                              "indo", "gréco", "greco"})

#: Endings of the noun for a town's or region's inhabitants, standing for a person with a definite article
#: ("l'Anversois", "le Lyonnais", "la Marseillaise", "la Veveysanne"), with a stem of at least four letters (not
#: "le Palais").
INHABITANT_ENDINGS = ("ois", "oise", "ais", "aise", "ien", "ienne", "anne")


#: Object clitics the tagger may read as articles before a verb ("un proche la juge « prématurée »").
OBJECT_CLITICS = frozenset({"le", "la", "les", "l'", "l’"})

#: Nouns of a time adjunct between an inverted speech verb and its subject ("a répété mercredi matin sur La
#: Première Olivier Dessart").
TIME_NOUNS = frozenset("""
lundi mardi mercredi jeudi vendredi samedi dimanche matin matinée soir soirée journée midi après-midi nuit veille
lendemain hier aujourd'hui week-end semaine
""".split())

#: Capitals the press writes without their accent at the start of a sentence ("A Paris" for "À Paris").
UNACCENTED_CAPITALS = {"A": "À"}

#: Relatives that take up a place before "on" ("à la préfecture, où l'on reconnaît ...").
PLACE_RELATIVES = frozenset({"où"})

#: Pronouns that stand for the last person named, not the topic ("ce dernier", "celui-ci").
LATTER_PRONOUNS = frozenset({"dernier", "dernière", "celui-ci", "celle-ci"})

#: "il"/"elle" may stand for an organisation or a country ("La Russie a averti qu'elle …").
GENDERED_BODIES = True
#: The endings of past participles, for one opening a sentence that the tagger took for a name for its capital
#: ("Rappelée à l'ordre par X, elle …").
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
PRONOUN_GENDERS = {"il": "Masc", "elle": "Fem", "lui": "Masc", "celui-ci": "Masc", "celle-ci": "Fem",
                   "ce dernier": "Masc", "cette dernière": "Fem", "celui": "Masc", "celle": "Fem",
                   "dernier": "Masc", "dernière": "Fem"}
#: Abbreviated titles that only ever stand before a person's name ("le Dr Martin", "la Dre Roy", "le Pr Dubois",
#: "Me Dossa", Maître, a lawyer's), whatever the model reads the name as: never a part of it (the model reads "Me"
#: before a hyphenated surname opening a sentence as part of a work's name).
PERSONAL_TITLES = frozenset({"dr", "dre", "pr", "me"})
#: Honorifics of address that open a name but are no part of it, lower case: « l'Honorable X » and « le Très
#: Honorable X » for members and presidents of parliament (Burundi, RDC, Cameroun, Canada), « Ir X » for an engineer
#: (Belgium, central Africa), « El Hadj X » and « Hadja X » for a man and a woman back from the pilgrimage (West
#: Africa: « El Hadj Moussa Diallo », later « El Hadj Diallo » or « M. Diallo »; not « Hadj » alone, the
#: pilgrimage). The article also writes the name without them (« Ir Jeanine Nsabimana », « la ministre Jeanine
#: Nsabimana »); a "name" made of one of these alone is the title of the name written after it.
HONORIFICS = frozenset({"honorable", "très honorable", "ir", "ir.", "el hadj", "el hadji", "el-hadj", "el-hadji",
                        "elhadj", "elhadji", "hadja", "hadjia", "alhaji", "alhadji"})
GENDERED_TITLES = {"m": "Masc", "monsieur": "Masc", "mme": "Fem", "madame": "Fem", "mlle": "Fem", "dre": "Fem",
                   "mademoiselle": "Fem", "mr": "Masc"}

#: Dative clitics: the person a sentence's verb is addressed to ("X lui a répondu", "Y lui a mis sous les yeux un
#: courriel de Z"), someone named before it, whom a pronoun after it may stand for, not the people named there.
DATIVE_CLITICS = frozenset({"lui", "leur"})
#: Clitics for the one a verb speaks to, one person ("« … ? » l'a interrogé la magistrate", "La présidente lui a
#: rappelé …"): the one who answers the question (see exchanges.answerer).
ADDRESSED_CLITICS = frozenset({"lui", "l'", "l’", "le", "la"})

#: Relative pronouns: a clause they open after a quote is not an incise ("», une formule qui résume ...").
RELATIVE_PRONOUNS = frozenset({"qui", "que", "qu'", "dont", "lequel", "laquelle", "lesquels", "lesquelles"})

#: Nouns that point back to quoted words from the next sentence ("C'est en ces termes que X a conclu").
REPORTING_NOUNS = frozenset({"termes", "mots", "propos", "paroles", "déclaration", "phrase", "formule",
                             "communiqué", "rapport", "message", "lettre", "tribune", "entretien", "accusation",
                             "accusations", "critique", "critiques", "réponse", "texte", "document", "note",
                             "procès-verbal"})

#: Nouns for figures a body or person compiles (« Selon les chiffres de son ministère », « selon le décompte de
#: son équipe »): the source a marker names is who owns them, their complement.
DATA_NOUNS = frozenset({"chiffres", "décompte", "données", "statistiques", "estimations", "calculs", "comptage",
                        "relevés", "projections", "pointage"})
#: Prepositions that introduce who owns the figures when the parser attaches them as a preposition ("figures
#: from her ministry").
DATA_OWNER_PREPOSITIONS = frozenset({"de", "du", "des"})

#: Words for any text: « Le document » takes up, in the sentences just before, any document or what an issuing
#: verb issued (« le vœu déposé par X … Le texte demandait … » : X's words).
TEXT_NOUNS = frozenset({"document", "texte"})
#: Verbs by which a body or person issues a text (« le vœu déposé par X », « X a publié un rapport »): its subject
#: or agent is the text's author.
ISSUING_VERBS = frozenset({"publier", "diffuser", "déposer", "adopter", "signer", "émettre", "envoyer", "adresser",
                           "rédiger", "écrire", "transmettre", "rendre"})
#: The preposition of a document adjunct whose verb's subject issued it (« Dans un communiqué, X justifie … »).
DOCUMENT_PREPOSITIONS = frozenset({"dans"})
#: Words for a text nobody has issued yet, which speaks for itself (« l'avant-projet prévoit … »).
DRAFT_WORDS = frozenset({"projet", "avant-projet"})
#: Verbs by which the press got a text (« une note consultée par l'AFP »): no author, it speaks for itself.
ACCESS_VERBS = frozenset({"consulter", "obtenir", "voir", "procurer"})

#: Demonstratives that make a document noun point back to a quote ("c'est par ce message que ...").
DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces"})

#: Words of manner in a cleft pointing back to a quote before it (« C'est ainsi que X a résumé … »): see
#: cues._cleft_source.
MANNER_WORDS = frozenset({"ainsi"})

#: Words for one member of a group named just before ("l'un d'eux, Pierre Martin, s'emporte"), and how to
#: write it.
PARTITIVES = frozenset({"un", "une"})
PARTITIVE_OF = "l'un des {group}"

#: Nouns of a verbless clause that introduces a quote after a colon ("Réponse laconique de l'armateur : « … »",
#: "Même fermeté à Helsinki : « … »"): the quote is the reaction of the noun's owner or of the place named.
REACTION_NOUNS = frozenset({"réaction", "réponse", "réplique", "riposte", "message", "avertissement", "commentaire",
                            "ton", "fermeté", "colère", "indignation", "inquiétude", "satisfaction", "prudence",
                            "verdict", "explication", "justification", "constat", "analyse", "son de cloche",
                            "mise en garde", "credo", "leitmotiv", "conclusion", "charge", "critique", "pique",
                            "salve", "tacle", "flèche", "accusation", "aveu", "plaidoyer"})

#: Nouns for a quote itself: the sentence after a quote that opens its paragraph names its source with one of them
#: as subject ("« … » La phrase est de X", "« … » La question vient de X").
QUOTE_NOUNS = frozenset({"phrase", "formule", "mot", "propos", "parole", "sortie", "déclaration", "question",
                         "interrogation", "cri", "diagnostic", "confidence", "boutade", "tirade", "diatribe", "plainte",
                         "citation", "argument", "interpellation"})

#: Verbs whose passive names the author right after it, without a preposition ("L'interpellation est signée X").
SIGNING_VERBS = frozenset({"signer"})

#: Endings that mark a role noun's gender ("chercheuse", "directrice", "historienne"; "chercheur"), checked
#: feminine first; epicene nouns (ministre, juge, porte-parole, spécialiste) have none.
FEMININE_ENDINGS = ("euse", "trice", "ienne", "enne", "ière", "esse", "ante", "ente", "ée", "onne", "ère", "aine",
                    "ine", "ise")
MASCULINE_ENDINGS = ("eur", "ien", "ier", "ant", "ent", "é", "on", "er", "ain", "in", "is", "at", "ard")

#: Light verbs that report speech with an infinitive ("a fait savoir le Quai d'Orsay", "fait-il valoir").
LIGHT_SPEECH_VERBS = {"faire": frozenset({"savoir", "valoir", "remarquer", "observer", "part"})}

#: Modal and attitude verbs that make one cue group with the infinitive after them, bare or through a particle of
#: ``CUE_GROUP_PARTICLES``, when they follow a quote's comma with their subject inverted after the group
#: ("« … », veut croire X", "a tenu à préciser Mme X", "se plaît à dire le maire", "a voulu rassurer la ministre"):
#: the group reports the quote whatever its infinitive, and its subject speaks.
CUE_GROUP_VERBS = SPEAKING_CONTROL_VERBS | frozenset({"vouloir", "plaire", "préférer", "devoir", "pouvoir", "oser",
                                                      "aimer", "venir", "entendre", "chercher", "empresser",
                                                      "montrer"})
CUE_GROUP_PARTICLES = frozenset({"à", "de", "d'", "d’"})
#: Of those, the ones that end their group on an adjective when reflexive ("« … », s'est voulu rassurant le
#: directeur", "se montre prudente la ministre").
CUE_GROUP_ADJECTIVE_VERBS = frozenset({"vouloir", "montrer"})

#: Words that open a reported clause: a speech verb before them is a verb even when tagged as a noun.
COMPLEMENTIZERS = frozenset({"que", "qu'", "qu’"})

#: Contractions of a preposition with the article that opens a name ("au Point", "du Monde": "Le Point", "Le
#: Monde").
CONTRACTED_ARTICLES = {"au": "le", "du": "le", "aux": "les", "des": "les"}

#: The word that gives a name its acronym in apposition (« la Cour de justice de l'Union européenne, ou CJUE, »).
ACRONYM_OR = frozenset({"ou"})
#: Prefixes of compound words whose acronym may take a letter from each part (« Interprofession du Gruyère
#: (IPG) », « Eurométropole de Strasbourg (EMS) »), folded; the acronym may also take the initial only
#: (« Conseil interprofessionnel du vin de Bordeaux (CIVB) »).
COMPOUND_PREFIXES = ("inter", "euro", "agro", "tele")

#: None: French writes the article before the capitals of common nouns as often as before a body's (« le CHU »,
#: « les VTC », « le CSE »), so an article does not make an acronym a name.
ACRONYM_ARTICLES: frozenset[str] = frozenset()

#: None: French writes a law's noun in lower case (« le projet de loi », « la loi Duplomb »), which no model reads
#: as a given name.
LEGISLATION_NOUNS: frozenset[str] = frozenset()

#: Other names of one body ("Alliance atlantique" -> "OTAN"), merged into one entity.
SYNONYMS: dict[str, str] = {**SHARED_SYNONYMS, "place Beauvau": "Beauvau", "Place Beauvau": "Beauvau",
                            # "le Grand-Duché" names one state in French press: Luxembourg
                            "Grand-Duché": "Luxembourg",
                            # the jihadist group under its Arabic acronym and unaccented spelling
                            "Daech": "État islamique", "Daesh": "État islamique", "Etat islamique": "État islamique"}

#: Other names of a country that spell no initials of its name the way French writes it (« les USA » for « les
#: États-Unis ») or lengthen it with its official ending (« les États-Unis d'Amérique »): one entity.
COUNTRY_ABBREVIATIONS = {"USA": "États-Unis", "U.S.A.": "États-Unis", "États-Unis d'Amérique": "États-Unis",
                         "États-Unis d’Amérique": "États-Unis"}
SYNONYMS.update(COUNTRY_ABBREVIATIONS)

#: Bodies searched like the places, whose short names the model misses or takes for a person (seats of power
#: that stand for a government: "Matignon", "la Maison-Blanche").
BODIES = frozenset({"Matignon", "Maison-Blanche", "Maison Blanche", "Palais-Bourbon", "Pentagone", "Downing Street",
                    "Élysée", "Bercy", "Beauvau", "Quai d'Orsay", "Quai d’Orsay", "Kremlin",
                    # the model tags « État » alone and leaves the adjective out, so the junk filter drops it
                    "État islamique", "Etat islamique", "Daech", "Daesh"})

#: Seats of power and other fixed names of one body or place -> the usual names of what they stand for (« le
#: Palais du Luxembourg » for « le Sénat », « le Congo » for « la RDC »): the seat joins that row when the article
#: names it too, and stays a row of its own when it does not (read by :mod:`newsbrief.aliases`).
SEATS = {"Palais du Luxembourg": ("Sénat",), "Palais-Bourbon": ("Assemblée nationale",),
         "Palais Bourbon": ("Assemblée nationale",), "Foggy Bottom": ("Département d'État", "Département d’État"),
         "Río Bravo": ("Rio Grande",), "Congo": ("RDC", "République démocratique du Congo")}

#: Acronyms of places (« la RDC », « les EAU »): a place's, where an acronym
#: the language data does not list is a body's.
PLACE_INITIALISMS = frozenset({"RDC", "RCA", "EAU", "USA"})

#: Capitalised words that, right before a place's name and without « de », name the place's elected council
#: (« la Région Grand Est a répondu », « la Région Pays de la Loire a versé »): a body, which the model reads as the
#: place; not « la région de Kayes », a territory.
BODY_BRAND_HEADS = frozenset({"Région"})

#: Kinds of storm that open a storm's name (« Ouragan Melissa », « Tempête Ciaran »):
#: an event, never the person its given name suggests.
STORM_WORDS = frozenset({"ouragan", "typhon", "cyclone", "tempête"})

#: Articles a heading may open with where the body leaves them outside the marks ("« Une bonne nouvelle »").
ARTICLES = frozenset({"le", "la", "les", "l'", "un", "une", "des", "du"})
