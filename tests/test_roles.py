"""The roles and genders an article gives its people, learnt from parsed French and English sentences.

How the speaker resolver uses them to resolve descriptions ("le porte-parole du Kremlin") is tested on whole
documents in ``tests/test_quotes.py``.
"""

from __future__ import annotations

import pytest
from _hand_parsed import hand_parsed

from newsbrief.entities import EntityTable, extract_entities
from newsbrief.lang import get_language_data
from newsbrief.names import Mention
from newsbrief.nlp import load_pipeline, normalise_text
from newsbrief.records import Entity
from newsbrief.roles import Role, is_person_noun, learn_roles, owners_fit, pick_role, role_owners, role_qualifiers, \
    with_person_nouns


def roles_of(language: str, text: str, quoted: list[tuple[int, int]] | None = None,
             ) -> tuple[dict[str, list[Role]], dict[str, str]]:
    lang = get_language_data(language)
    doc = load_pipeline(language)(normalise_text(text))
    return learn_roles(doc, extract_entities(doc, lang=lang), lang=lang, quoted=quoted or [])


COLONNA = "La ministre des Affaires étrangères, Catherine Colonna, a rencontré le président Kassym-Jomart Tokaïev."
HISTORIAN = "Mme Le Pen a rencontré l'historienne Nicole Martin et Paul Durand, économiste chez Natixis."


@pytest.mark.parametrize(("language", "text", "role", "person", "gender"), [
    # a role in apposition before the name, its gender from the feminine determiner of an epicene noun
    ("fr", COLONNA, "ministre", "Catherine Colonna", "Fem"),
    ("fr", COLONNA, "président", "Kassym-Jomart Tokaïev", "Masc"),  # a role right before the name
    ("fr", HISTORIAN, "historien", "Nicole Martin", "Fem"),  # the role under its lemma, the gender from the ending
    ("fr", HISTORIAN, "économiste", "Paul Durand", "Masc"),  # a role set off by a comma after the name
    ("en", "Sergei Lavrov, the foreign minister, met Mrs. Jane Smith, the British ambassador, in Moscow.",
     "ambassador", "Jane Smith", "Fem"),  # the title "Mrs." tells the gender
    ("fr", "« On fabrique deux villes », a lancé Etienne Morel, chef de file de l'opposition LR.", "chef",
     "Etienne Morel", "Masc"),  # a given name written without its accent ("Étienne")
    ("en", "Sen. Roger Halvorsen, a Republican from Montana, placed a hold on the nomination.", "senator",
     "Roger Halvorsen", "Masc"),  # an abbreviated title gives its role
    ("en", "Ald. Maria Ortiz, 25th, opposed the fee.", "alderman", "Maria Ortiz", "Fem"),  # a Chicago alderman
    ("en", "He appeared before Bulawayo magistrate Mrs Rudo Sibanda on Monday.", "magistrate", "Rudo Sibanda",
     "Fem"),  # a role before the name, past a title of address
    ("en", "Justice Helen Mwangi suspended the levy.", "judge", "Helen Mwangi", "Fem"),  # "Justice" titles a judge
    # the subject of "testify" is the witness a court report speaks of after
    ("en", "Ms Naledi Khumalo, a former clerk, was testifying in the fraud trial of her manager.", "witness",
     "Naledi Khumalo", "Fem"),
    # so do the titles of one office of the bench and the bar ("the advocate", "the Bailiff" later)
    ("en", "Advocate Helen Ogier, for the defendant, asked for bail.", "advocate", "Helen Ogier", "Fem"),
    ("en", "Adv Helen Mphuti, for the State, asked for a postponement.", "advocate", "Helen Mphuti", "Fem"),
    ("en", "Deputy Bailiff Richard Mauger adjourned the hearing.", "bailiff", "Richard Mauger", "Masc"),
    # the head of the phrase set off before the name, not its complement ("Santé", "Manitoba")
    ("fr", "« Le plan sera prêt en juin », a affirmé la ministre de la Santé du Manitoba, Lyne Caron, devant la "
     "presse.", "ministre", "Lyne Caron", "Fem"),
    # a speech verb the tagger took for a noun before the name ("tonne") tells nothing of its gender
    ("fr", "« Ce budget est une faute politique », tonne Laurent Fabre, député de la Drôme.", "député",
     "Laurent Fabre", "Masc"),
    # nor the noun of an adjunct the parser hangs the name on ("pour sa part")
    ("fr", "« La grande inconnue, c'est le Sénat », estime pour sa part Lucas Fabre, politologue à l'université de "
     "Lille.", "politologue", "Lucas Fabre", "Masc"),
    # an adjunct the parser hung the name on tells nothing of its gender ("sa part")
    ("fr", "« Rien n'est joué », estime pour sa part Mathieu Lebrun, politologue à l'université de Rennes.",
     "politologue", "Mathieu Lebrun", "Masc"),
    # the finite verb whose subject is the role before the name tells nothing of its gender ("salue", which the
    # tagger reads as a feminine participle "saluée")
    ("fr", "Le maire de Saint-Leu, Rahiti Tamarii, salue au contraire une décision « courageuse ».", "maire",
     "Rahiti Tamarii", "Masc"),
    # the nouns for the members of a party and the inhabitants of a place the introduction ties a person to
    ("fr", "« Le budget est insincère », tonne le conseiller national Marc Dufaux (PLR/NE).", "neuchâtelois",
     "Marc Dufaux", "Masc"),
    ("fr", "« Le budget est insincère », tonne la conseillère nationale Anne Dufaux (PLR/NE).",
     "libéral-radical", "Anne Dufaux", "Fem"),
    ("fr", "Karim Ouali, délégué CGT chez Renault, a pris la parole devant les salariés.", "cégétiste",
     "Karim Ouali", "Masc"),
    ("fr", "Le député LFI Julien Ferrand conteste le calendrier.", "insoumis", "Julien Ferrand", "Masc"),
    # a party's acronym after the name ("MR", Mouvement réformateur) is no title ("Mr") telling the gender
    ("fr", "Sabine Delvaux (MR) a réagi mardi.", "libérale", "Sabine Delvaux", "Fem"),
    # a trial report's defendant, who appears in court, is "le prévenu"
    ("fr", "Hugo Gaillard, conseiller municipal, a comparu mardi devant le tribunal correctionnel de Tours.",
     "prévenu", "Hugo Gaillard", "Masc"),
    # the president of a court is one of its magistrates
    ("fr", "La présidente de la 6e chambre, Agnès Morvan, a ouvert l'audience.", "magistrat", "Agnès Morvan", "Fem"),
    # … and so is the president of a trial's hearing, whether or not its defendants are named
    ("fr", "Deux frères étaient jugés lundi par le tribunal correctionnel de Lille. La présidente, Claire Vautrin, a "
     "ouvert l'audience.", "magistrat", "Claire Vautrin", "Fem"),
    # a plural participle of being tried on a coordination: the person set off after its last noun is tried
    ("fr", "Sur le banc des prévenus : Bâtiments Vendée, sous-traitant de la commune pour la rénovation des écoles, "
     "et son ancien directeur de chantier, Paul Arnaud, 52 ans, poursuivis pour homicide involontaire.", "prévenu",
     "Paul Arnaud", "Masc"),
    # a prosecutor's requisition names its defendants after "contre"
    ("fr", "Le procureur, Marc Olivier, a requis deux ans de prison contre Sylvie Aubert et un an avec sursis contre "
     "M. Thierry Lenoir.", "prévenu", "Thierry Lenoir", "Masc"),
    # a defendant the lede describes as the subject of "comparaître" is the person named next, and named again
    ("fr", "L'ancien trésorier de la commune a comparu lundi devant le tribunal correctionnel de Nantes.\n\nLe "
     "visage fermé, Bernard Lemoine a reconnu les virements. Bernard Lemoine a promis de rembourser.", "prévenu",
     "Bernard Lemoine", "Masc"),
    # … and the age of that description gives them the noun of its decade
    ("fr", "Un ancien comptable de 47 ans a comparu jeudi devant le tribunal de Lyon.\n\nPendant cinq ans, selon "
     "l'accusation, Serge Mariani a puisé dans la caisse. Serge Mariani conteste.", "quadragénaire", "Serge Mariani",
     "Masc"),
    # … as is one a participle of being tried describes, who takes the description's role too
    ("fr", "Le tribunal correctionnel de Tours jugeait mardi l'ancien directeur d'une régie, poursuivi pour "
     "favoritisme.\n\nCostume sombre, Marc Leroy a attendu son tour. Marc Leroy a tout nié.", "prévenu",
     "Marc Leroy", "Masc"),
    ("fr", "Le tribunal correctionnel de Tours jugeait mardi l'ancien directeur d'une régie, poursuivi pour "
     "favoritisme.\n\nCostume sombre, Marc Leroy a attendu son tour. Marc Leroy a tout nié.", "directeur",
     "Marc Leroy", "Masc"),
    # a report that gives no one an age calls its one defendant by the noun of their decade
    ("fr", "Hugo Gaillard, conseiller municipal, a comparu mardi devant le tribunal correctionnel de Tours. Hugo "
     "Gaillard nie.", "quinquagénaire", "Hugo Gaillard", "Masc"),
    # the one a role verb gives the role to may come with a title after "par"
    ("fr", "L'audience était présidée par la juge Anne Kessler.", "président", "Anne Kessler", "Fem"),
    # an age set off after a name gives the noun of its decade
    ("fr", "Gérard Lavaud, 58 ans, ancien directeur d'une coopérative, a contesté les chiffres.", "quinquagénaire",
     "Gérard Lavaud", "Masc"),
    # a verb the parser took for an adjective of the name tells nothing of its gender
    ("fr", "Pour son député Yanis Benali, rien n'est joué. Interrogé sur ce scénario, Yanis Benali esquive : « On "
     "verra au soir du premier tour. »", "député", "Yanis Benali", "Masc"),
    # a nationality noun and its article between the role set off and the name do not take the role from it
    ("fr", "La ministre a interpellé la future directrice de l'agence, la Sénégalaise Awa Ndiaye, sur les délais.",
     "directrice", "Awa Ndiaye", "Fem"),
    # a role set off after a name a source marker governs, which the tagger read as an adjective, is the name's
    ("fr", "Selon Moussa Diallo, économiste à l'université de Dakar, la banque « ne vaudra que par sa "
     "gouvernance ».", "économiste", "Moussa Diallo", "Masc"),
    # an abbreviated title gives its role ("le Pr X", a professor)
    ("fr", "Pour le Pr Jean Dumas, la réforme arrive trop tard.", "professeur", "Jean Dumas", "Masc"),
    # an honorific of address between the comma and the name (« Ir » for an engineer) is no break
    ("fr", "La ministre des Infrastructures, Ir Claudine Niyonkuru, a inauguré le pont de Rusizi.", "ministre",
     "Claudine Niyonkuru", "Fem"),
    # two roles stacked before a name, each set off by a comma, are both the name's
    ("fr", "Le gouverneur de la région du Centre, le général Paul Mbarga, a visité le poste.", "gouverneur",
     "Paul Mbarga", "Masc"),
    # the portfolio a person holds makes them the minister ("who has held the … portfolio"), a relative's antecedent
    ("en", "Mrs Helen Quarshie, who has held the transport portfolio since June, said she would resign.",
     "minister", "Helen Quarshie", "Fem"),
    ("en", "Mr David Osei took over the finance portfolio in a reshuffle last year.", "minister", "David Osei",
     "Masc"),
    # the person charged is the defendant "the accused" takes up, past a relative the parser hung on a place
    ("en", "The court heard from Mr Kofi Mensah, 41, of Accra, who is charged with fraud.", "defendant",
     "Kofi Mensah", "Masc"),
    ("en", "The jury heard that Mrs Abena Tetteh was indicted in March.", "defendant", "Abena Tetteh", "Fem"),
    # the one a case is prosecuted by is its prosecutor
    ("en", "The case is being prosecuted by Mrs Efua Boateng of the state attorney's office.", "prosecutor",
     "Efua Boateng", "Fem"),
    # a role verb whose subject is the name, or a relative pronoun taking it up
    ("fr", "Mme Lucie Marchand, qui préside le syndicat des pharmaciens depuis mai, a pris la parole.", "président",
     "Lucie Marchand", "Fem"),
    ("fr", "Depuis 2019, M. Hervé Lambin dirige la fédération des transporteurs.", "directeur", "Hervé Lambin",
     "Masc"),
    ("en", "Mrs Grace Tembo, who chairs the parks committee, opposed the plan.", "chair", "Grace Tembo", "Fem"),
    # a role verb's agent past a description of the person, and a noun for holding an office ("sous la présidence
    # de"), its complement's name set off after a role
    ("en", "The talks, chaired by Norwegian envoy Mrs Lara Brekke, opened on Monday.", "chair", "Lara Brekke", "Fem"),
    ("fr", "Les délégations se sont réunies sous la présidence de la ministre togolaise des Affaires étrangères, "
     "Afi Koudjo.", "président", "Afi Koudjo", "Fem"),
    ("en", "The board met under the chairmanship of Mr Owen Pryce, a retired judge.", "chair", "Owen Pryce",
     "Masc"),
])
def test_learn_roles(language: str, text: str, role: str, person: str, gender: str) -> None:
    roles, genders = roles_of(language, text)
    assert person in [r.person for r in roles.get(role, [])]
    assert genders[person] == gender


@pytest.mark.parametrize(("text", "role", "person"), [
    # the role at the head of a long phrase set off before the name, and a party line in it
    ("« Non », a répliqué le porte-parole indépendantiste en matière de santé, Paul Vautrin.", "porte-parole",
     "Paul Vautrin"),
    ("« Non », a répliqué le porte-parole indépendantiste en matière de santé, Paul Vautrin.", "indépendantiste",
     "Paul Vautrin"),
    # a role set off after the name and its age, maybe a former one ("ancien"), or one the tagger read as a verb
    ("C'est le procès de Marc Delorme, 58 ans, ancien directeur général des services (DGS) de la commune.",
     "directeur", "Marc Delorme"),
    ("À ses côtés, Karim Haddad, 39 ans, gérant d'une petite société de transport, répond de complicité.",
     "gérant", "Karim Haddad"),
    # a title of address between the comma and the name is no break
    ("« Rien n'est réglé », a reconnu le directeur de l'Agence de l'eau, M. Rémi Castagné, jeudi.", "directeur",
     "Rémi Castagné"),
    # a role whose coordinated complements are set off by commas, maybe after a participle qualifying it
    ("Le texte a été voté en présence du ministre de la Santé, de la Famille et des Solidarités, M. Paul Ngassa.",
     "ministre", "Paul Ngassa"),
    ("Invitée, la commissaire de l'Union chargée des Routes, des Ponts et des Ports, Awa Sidibé, a parlé.",
     "commissaire", "Awa Sidibé"),
    # the person a prosecution demands a sentence through, against a defendant, is of the prosecution
    ("Yao Kouamé a requis cinq ans de prison contre Éric Bamba.", "procureur",
     "Yao Kouamé"),
])
def test_learn_roles_from_a_long_introduction(text: str, role: str, person: str) -> None:
    roles, _ = roles_of("fr", text)
    assert {r.person for r in roles.get(role, [])} == {person}


@pytest.mark.parametrize(("text", "role", "person", "owners"), [
    # a borrowed title the tagger took for a name ("wali"), set off before the name
    ("Le ministre a ouvert le salon, en présence du wali de Tlemcen, Karim Bensalah, et du consul de France.",
     "wali", "Karim Bensalah", {"tlemcen"}),
    # a role the tagger took for an adjective set off after the name, its complement hung elsewhere by the parser
    ("« La BCE attendra », estime Julien Marchal, économiste à l'OFCE, qui plaide pour une baisse.", "économiste",
     "Julien Marchal", {"ofce"}),
])
def test_learn_roles_the_tagger_mistook(text: str, role: str, person: str, owners: set[str]) -> None:
    roles, _ = roles_of("fr", text)
    assert [(r.person, set(r.owners)) for r in roles.get(role, [])][:1] == [(person, owners)]


@pytest.mark.parametrize(("text", "role", "person"), [
    # a capitalised role the tagger reads as a name, set off before the name, past a title of address
    ("The deal was signed by Minister of Foreign Affairs and Trade, Mrs Anita Ramdial, on Friday.", "minister",
     "Anita Ramdial"),
    # ... past a title of office ("Deputy", a member of the States of Jersey or Guernsey)
    ("The Minister for Infrastructure, Deputy Tom Coutanche, told the Assembly that the road would close.",
     "minister", "Tom Coutanche"),
    ("The President of the Teachers Union, Mele Faleolo, said the strike would go ahead.", "president",
     "Mele Faleolo"),
    # past words that keep the office ("former", "Executive"): "the former director" later
    ("A former Executive Director of Finance of the Ports Authority, Mr Kofi Mensah, told the court he had signed "
     "no voucher.", "director", "Kofi Mensah"),
])
def test_learn_capitalised_roles_set_off_before_a_name(text: str, role: str, person: str) -> None:
    roles, _ = roles_of("en", text)
    assert {r.person for r in roles.get(role, [])} == {person}


@pytest.mark.parametrize(("text", "role", "person", "owners"), [
    # a capitalised title right after the name of the body it belongs to, which owns the role
    ("At the hearing, WSRB Chairwoman Nora Tafuna said the board needed more time.", "chairwoman", "Nora Tafuna",
     {"wsrb"}),
    ("Port Authority President Gerald Ames said the terminal would reopen.", "president", "Gerald Ames",
     {"port", "authoriti"}),
])
def test_learn_a_body_s_title_before_a_name(text: str, role: str, person: str, owners: set[str]) -> None:
    roles, _ = roles_of("en", text)
    assert [(r.person, set(r.owners)) for r in roles.get(role, [])] == [(person, owners)]


def test_a_fronted_adjunct_gives_no_role_to_the_subject_after_it() -> None:
    """"Face à la présidente du tribunal, M. X a nié": X, the subject, faces the judge and is none."""
    roles, _ = roles_of("fr", "Face à la présidente du tribunal, M. Rémi Castagné a nié avoir signé ces bons.")
    assert "Rémi Castagné" not in {r.person for r in roles.get("présidente", []) + roles.get("président", [])}


def test_a_capitalised_title_right_before_a_name_is_no_learnt_role() -> None:
    """"Finance Minister X": another minister may be "the minister" too (see ``_sole_titled``)."""
    roles, _ = roles_of("en", "Finance Minister Carla Duarte said the budget was balanced.")
    assert "minister" not in roles


def test_pick_role_by_a_portfolio_qualifier_of_the_owners() -> None:
    """"the foreign minister" is the "Minister of Foreign Affairs" the article named, not a minister named since."""
    roles = [Role(10, "Anita Ramdial", frozenset(), frozenset({"foreign", "afairs"})),
             Role(100, "Dev Persaud", frozenset(), frozenset({"public", "works"}))]
    assert pick_role(roles, frozenset({"foreign"}), 500) == "Anita Ramdial"


def test_a_name_owning_a_role_by_a_possessive_is_its_owner() -> None:
    """"the EU's chief negotiator" belongs to the EU as "the chief negotiator of the EU" would: "the UAE's chief
    negotiator" is someone else."""
    roles, _ = roles_of("en", "Lotte Verbeek, the EU's chief negotiator, described the round as productive.")
    assert [(r.person, set(r.owners)) for r in roles["negotiator"]][:1] == [("Lotte Verbeek", {"eu"})]


@pytest.mark.parametrize(("language", "text", "role", "owners"), [
    ("en", "The minister responsible for the Crown corporation said no.", "minister", set()),  # a class word
    ("en", "The minister responsible for Metro Transit said no.", "minister", {"metro", "transit"}),
    ("fr", "La ministre de tutelle de la société d'État a dit non.", "ministre", set()),
])
def test_a_capitalised_class_word_of_a_body_is_no_owner(language: str, text: str, role: str, owners: set[str]) -> None:
    doc = load_pipeline(language)(normalise_text(text))
    assert role_owners(next(t for t in doc if t.text == role)) == owners


def test_a_bare_role_set_off_after_a_name_governed_by_a_preposition_is_its_own() -> None:
    """"Pour Nadia Ferhat, économiste à l'université, …", the role read as an adjective of the name: hers."""
    doc = hand_parsed("fr", [
        ("Pour", "pour", "ADP", "case", 1, "O", "", True),
        ("Nadia", "Nadia", "PROPN", "obl:mod", 11, "B-PER", "", True),
        ("Ferhat", "Ferhat", "PROPN", "flat:name", 1, "I-PER", "", False),
        (",", ",", "PUNCT", "punct", 1, "O", "", True),
        ("économiste", "économiste", "ADJ", "amod", 1, "O", "Number=Sing", True),
        ("à", "à", "ADP", "case", 7, "O", "", True), ("l'", "le", "DET", "det", 7, "O", "", False),
        ("université", "université", "NOUN", "nmod", 4, "O", "", False),
        (",", ",", "PUNCT", "punct", 11, "O", "", True),
        ("la", "le", "DET", "det", 10, "O", "", True), ("relance", "relance", "NOUN", "nsubj", 11, "O", "", True),
        ("reste", "rester", "VERB", "ROOT", 11, "O", "VerbForm=Fin", True),
        ("fragile", "fragile", "ADJ", "xcomp", 11, "O", "", False), (".", ".", "PUNCT", "punct", 11, "O", "", False)])
    lang = get_language_data("fr")
    roles, _ = learn_roles(doc, extract_entities(doc, lang=lang), lang=lang, quoted=[])
    assert {r.person for r in roles.get("économiste", [])} == {"Nadia Ferhat"}


def test_a_party_after_a_name_s_comma_and_conjunction_is_another_clause_s() -> None:
    """"… la lecture de M. Girard, et le MoDem se tient à distance": the MoDem's members are not Girard's kind."""
    roles, _ = roles_of("fr", "Le maire conteste la lecture de M. Girard, et le MoDem se tient à distance.")
    assert "centriste" not in roles


def test_the_apposition_after_a_name_governed_by_a_preposition_is_another_s() -> None:
    roles, _ = roles_of("fr", "Comme Paul Vautrin, la porte-parole écologiste, Anne Morel, a dénoncé le texte.")
    assert {r.person for r in roles.get("porte-parole", [])} == {"Anne Morel"}  # not Paul Vautrin


def test_a_name_under_a_preposition_parsed_as_subject_takes_no_role_from_the_real_subject() -> None:
    """"Contre X, la représentante du ministère public a demandé …": the parser makes X the subject and the
    representative its apposition; she is the subject, so X is neither a representative nor a woman."""
    roles, genders = roles_of("fr", "Contre Anthony Morel, la représentante du ministère public a demandé dix-huit "
                                    "mois avec sursis.")
    assert genders["Anthony Morel"] == "Masc" and "représentant" not in roles


@pytest.mark.parametrize(("text", "role", "person"), [
    # a title between the preposition and the name does not free the name from it
    ("Questionné sur les retards dénoncés par M. Julien Farge, le préfet a promis une enquête.", "préfet",
     "Julien Farge"),
    # after a source marker, words running into a quote are the main clause's subject, not the name's apposition
    ("Pour la socialiste Claire Bonnet, la ministre « enterre le projet sans le dire ».", "ministre",
     "Claire Bonnet"),
])
def test_a_role_opening_the_main_clause_after_a_name_in_an_adjunct_is_another_s(text: str, role: str,
                                                                                 person: str) -> None:
    roles, _ = roles_of("fr", text)
    assert person not in {r.person for r in roles.get(role, [])}


def test_a_subject_set_off_after_a_titled_name_in_an_opening_clause_is_another_s_role() -> None:
    """"Testifying before Justice X, the former treasurer, who …, said": the title does not free the name from the
    preposition, and the relative clause set off after the subject does not stop it opening the main clause."""
    roles, _ = roles_of("en", "Testifying before Justice Mary Atieno, the former treasurer, who was questioned by "
                              "his lawyer, Peter Mensah, said he had been abroad.")
    assert "Mary Atieno" not in {r.person for r in roles.get("treasurer", [])}


def test_a_role_in_an_adjunct_before_a_subject_s_role_is_not_the_subject_s() -> None:
    roles, _ = roles_of("fr", "Selon le maire de Riom, le député Paul Girard a menti aux habitants.")
    assert "Paul Girard" not in {r.person for r in roles.get("maire", [])}


def test_a_participle_set_off_after_a_name_and_its_age_agrees_with_the_person() -> None:
    _, genders = roles_of("fr", "Parmi les parties civiles, Ousmane, 27 ans, arrivé de Dakar en 2021, a pris la "
                                "parole.")  # a given name no list knows: the participle tells
    assert genders["Ousmane"] == "Masc"


def test_a_role_in_an_adjunct_before_a_titled_subject_is_not_the_subject_s() -> None:
    roles, _ = roles_of("fr", "Face au président du tribunal, M. Paul Girard a eu du mal à répondre.")
    assert "Paul Girard" not in {r.person for r in roles.get("président", [])}


def test_a_participle_after_a_noun_s_complement_may_agree_with_the_noun() -> None:
    """"une lettre de X, datée de mai": "datée" is the letter's, which the parser hangs on the name."""
    _, genders = roles_of("fr", "La juge lui a montré une lettre de Jean Ferrand, datée de mai, qui annonçait le "
                                "marché.")
    assert genders["Jean Ferrand"] == "Masc"  # the given name tells


def test_a_title_on_a_namesake_s_surname_does_not_change_the_named_person_s_gender() -> None:
    _, genders = roles_of("fr", "Olivier Ferrand et son épouse ont comparu mardi. Le procureur a requis un an "
                                "contre Olivier Ferrand et six mois contre Mme Ferrand.")  # his wife, not he
    assert genders["Olivier Ferrand"] == "Masc"


@pytest.mark.parametrize(("language", "text", "person", "gender"), [
    # a noun of kinship the name is set off after tells the relative's gender, whatever the given name
    ("en", "Ortiz's son, Mateo, was born in May.", "Mateo", "Masc"),
    ("en", "The mayor and his wife, Leilani, greeted the crowd.", "Leilani", "Fem"),
    ("fr", "Sa fille, Noa, a témoigné mardi.", "Noa", "Fem"),
    # a relative's noun set off after the name is the relative's, not the named person's
    ("en", "Peter Hale, whose mother, Marjorie, lost her savings, spoke first.", "Peter Hale", "Masc"),
    ("en", "Peter Hale, whose mother, Marjorie, lost her savings, spoke first.", "Marjorie", "Fem"),
    # a person named by one word only is told by that word when it is a known given name
    ("en", "The baby, a boy named John, was born in May.", "John", "Masc"),
])
def test_a_name_s_gender_from_kinship_or_a_lone_given_name(language: str, text: str, person: str,
                                                             gender: str) -> None:
    _, genders = roles_of(language, text)
    assert genders.get(person) == gender


@pytest.mark.parametrize(("language", "text", "kin", "person"), [
    ("fr", "Le gérant, Olivier Ferrand, 51 ans, et son épouse Nadège comparaissaient mardi.", "épouse", "Nadège"),
    ("en", "The builder, Tom Harding, 52, and his wife Sandra Harding appeared in court on Tuesday.", "wife",
     "Sandra Harding"),
])
def test_a_possessed_kinship_noun_before_a_name_gives_the_relative_that_role(language: str, text: str, kin: str,
                                                                             person: str) -> None:
    roles, _ = roles_of(language, text)
    assert [r.person for r in roles.get(kin, [])] == [person]


def test_a_participle_of_judging_is_no_trial() -> None:
    roles, _ = roles_of("fr", "Le projet, jugé trop coûteux par le conseil municipal, a été abandonné. La présidente, "
                              "Claire Vautrin, a regretté ce choix.")
    assert "magistrat" not in roles  # "jugé trop coûteux": deemed, not tried before a court


def test_a_name_complementing_a_role_does_not_hold_it() -> None:
    roles, _ = roles_of("fr", "Pour Me Paul Fabre, l'avocat de Julien Morel, la décision est conforme au droit.")
    assert {r.person for r in roles.get("avocat", [])} == {"Paul Fabre"}  # not Julien Morel, whose lawyer he is
    # (learnt from "Me" and from "l'avocat" both)


def test_a_reporting_incise_after_a_name_gives_it_no_role() -> None:
    roles, _ = roles_of("en", "Michael Harper, the official said, had been the hardest man in the room.")
    assert "official" not in roles  # the official speaks about Harper; Harper is no official


def test_learn_roles_skips_quoted_names() -> None:
    text = "« Le président Emmanuel Macron a tort », estime l'économiste Paul Durand."
    roles, genders = roles_of("fr", text, quoted=[(0, text.index("»") + 1)])
    assert "président" not in roles and "Emmanuel Macron" not in genders
    assert [r.person for r in roles["économiste"]][:1] == ["Paul Durand"]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_role_kinds_are_role_nouns(language: str) -> None:
    """A word of a kind ("magistrate" with "judge") is a role noun too, or "the magistrate" is never resolved."""
    lang = get_language_data(language)
    assert set(lang.ROLE_KINDS) <= lang.ROLE_NOUNS


@pytest.mark.parametrize(("language", "text", "role", "qualifiers"), [
    ("fr", "Le porte-parole du service diplomatique a démenti.", "porte-parole", {"service"}),
    ("en", "The 71-year-old senator said he would lift the hold.", "senator", set()),  # "year" is in an adjective
    ("fr", "Le patron du groupe namurois a démenti.", "patron", set()),  # a business's class noun: its owner's
    ("en", "The foreign minister said talks would resume.", "minister", {"foreign"}),  # a portfolio's adjective
    ("fr", "« Non », a tranché le substitut du procureur.", "substitut", set()),  # a role of its own kind
    ("fr", "« Non », a tranché le porte-parole du service en fin de journée.", "porte-parole", {"service"}),  # time
    # a sitting of a body, and a body's noun a capitalised class word qualifies, do not qualify the role
    ("fr", "« Non », a tranché la présidente de la séance.", "présidente", set()),
    ("en", "The minister responsible for the Crown agency said no.", "minister", set()),
])
def test_role_qualifiers(language: str, text: str, role: str, qualifiers: set[str]) -> None:
    doc = load_pipeline(language)(normalise_text(text))
    assert role_qualifiers(next(t for t in doc if t.text == role)) == qualifiers


def test_a_finite_verb_hung_on_a_role_ends_its_qualifiers() -> None:
    """"Le prévenu marque un temps." parsed with "prévenu" as the root and "marque" hung on it (as the parser did in
    a fr-press article): "temps" is the verb's object, no qualifier of "le prévenu"."""
    doc = hand_parsed("fr", [
        ("Le", "le", "DET", "det", 1, "O", "Definite=Def|Gender=Masc|Number=Sing|PronType=Art", True),
        ("prévenu", "prévenu", "NOUN", "ROOT", 1, "O", "Gender=Masc|Number=Sing", True),
        ("marque", "marquer", "VERB", "advmod", 1, "O", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", True),
        ("un", "un", "DET", "det", 4, "O", "Definite=Ind|Gender=Masc|Number=Sing|PronType=Art", True),
        ("temps", "temps", "NOUN", "obj", 1, "O", "Gender=Masc|Number=Sing", False),
        (".", ".", "PUNCT", "punct", 1, "O", "", False)])
    assert role_qualifiers(doc[1]) == frozenset()


SPOKESMEN = ("Le porte-parole du Kremlin, Dmitri Peskov, a démenti. "
             "Le porte-parole du gouvernement, Olivier Véran, a répondu.")


@pytest.mark.parametrize(("qualifiers", "owners", "person"), [
    # described between the two sentences, after Peskov and before Véran
    (frozenset(), frozenset(), "Dmitri Peskov"),  # "le porte-parole": the last one named before
    (frozenset(), frozenset({"kremlin"}), "Dmitri Peskov"),  # "le porte-parole du Kremlin"
    (frozenset({"gouvernement"}), frozenset(), "Olivier Véran"),  # "le porte-parole du gouvernement": the next one
    (frozenset(), frozenset({"elysee"}), "Olivier Véran"),  # not the Kremlin's: the one whose body is not named
    (frozenset({"service"}), frozenset(), None),  # "le porte-parole du service": nobody given that role
])
def test_pick_role_by_qualifiers_and_owners(qualifiers: frozenset[str], owners: frozenset[str],
                                            person: str | None) -> None:
    roles, _ = roles_of("fr", SPOKESMEN)
    at = SPOKESMEN.index("Le porte-parole du gouvernement")
    assert pick_role(roles["porte-parole"], qualifiers, at, owners=owners) == person


@pytest.mark.parametrize(("at", "person"), [
    (50, "Anne Roux"),  # the last one named before
    (500, "Marc Petit"),
    (5, "Anne Roux"),  # none before: the first after
])
def test_pick_role_prefers_the_last_named_before(at: int, person: str) -> None:
    roles = [Role(10, "Anne Roux", frozenset()), Role(100, "Marc Petit", frozenset())]
    assert pick_role(roles, frozenset(), at) == person


PLACES = frozenset({frozenset({"lyon"}), frozenset({"paris"}), frozenset({"somme"})})


@pytest.mark.parametrize(("owners", "held", "places", "fit"), [
    (frozenset({"somme"}), frozenset({"lfi"}), PLACES, True),  # "le député de la Somme" is "le député LFI X"
    (frozenset({"lfi"}), frozenset({"somme"}), PLACES, True),  # and the other way round
    (frozenset({"lyon"}), frozenset({"paris"}), PLACES, False),  # "le maire de Lyon" is not the mayor of Paris
    (frozenset({"somme"}), frozenset({"lfi"}), frozenset(), False),  # no elected role: another body's
    (frozenset({"kremlin"}), frozenset({"elysee"}), PLACES, False),  # two bodies
    (frozenset(), frozenset({"elysee"}), frozenset(), True),  # none on one side
])
def test_owners_fit(owners: frozenset[str], held: frozenset[str], places: frozenset[frozenset[str]],
                    fit: bool) -> None:
    assert owners_fit(owners, held, places=places) is fit


def test_pick_role_by_a_shared_owner_whatever_the_qualifiers() -> None:
    """"le patron du fabricant Elytrix" is "le CEO d'Elytrix": the body's name settles it."""
    roles = [Role(10, "Anne Roux", frozenset(), frozenset({"voltra"})),
             Role(100, "Marc Petit", frozenset(), frozenset({"elytrix"}))]
    assert pick_role(roles, frozenset({"fabricant"}), 500, owners=frozenset({"elytrix"})) == "Marc Petit"


def test_pick_role_prefers_the_one_last_named_and_of_the_nationality_given() -> None:
    roles = [Role(10, "Léa Marchand", frozenset()), Role(100, "Anne Roussel", frozenset(), place="Burkina Faso")]
    assert pick_role(roles, frozenset(), 500) == "Anne Roussel"  # the last one given the role
    assert pick_role(roles, frozenset(), 500, named={"Léa Marchand": 300, "Anne Roussel": 100}) == "Léa Marchand"
    assert pick_role(roles, frozenset(), 500, place="Sénégal") == "Léa Marchand"  # "la ministre sénégalaise"


def test_a_role_s_nationality_is_learnt() -> None:
    roles, _ = roles_of("fr", "La ministre burkinabè de l'Économie, Awa Ouattara, a insisté sur le financement.")
    assert [r.place for r in roles["ministre"]][:1] == ["Burkina Faso"]


def test_a_word_the_parser_hangs_on_a_name_tells_nothing_of_its_gender() -> None:
    """"Interrogé, Julien Moreau esquive." with "esquive" parsed as a feminine adjective of "Julien" (as the parser
    did in a fr-press article): the given name tells the gender, not that adjective."""
    lang = get_language_data("fr")
    doc = hand_parsed("fr", [
        ("Interrogé", "interroger", "VERB", "acl", 2, "O", "Gender=Masc|VerbForm=Part", False),
        (",", ",", "PUNCT", "punct", 0, "O", "", True), ("Julien", "Julien", "PROPN", "ROOT", 2, "B-PER", "", True),
        ("Moreau", "Moreau", "PROPN", "flat:name", 2, "I-PER", "", True),
        ("esquive", "esquif", "ADJ", "amod", 2, "O", "Gender=Fem|Number=Sing", False),
        (".", ".", "PUNCT", "punct", 2, "O", "", False)])
    _, genders = learn_roles(doc, extract_entities(doc, lang=lang), lang=lang)
    assert genders["Julien Moreau"] == "Masc"
def test_an_abbreviated_role_before_a_name_tells_no_gender() -> None:
    """"Me" (maître, a lawyer) is the same for both, whatever gender the tagger guesses for it (it read one in a
    fr-press article, "Me" heading the name): no evidence, so a later "elle" can still take the lawyer up."""
    lang = get_language_data("fr")
    doc = hand_parsed("fr", [
        ("Me", "me", "NOUN", "nsubj", 4, "B-PER", "Gender=Masc|Number=Sing", True),
        ("Hadjira", "Hadjira", "PROPN", "appos", 0, "I-PER", "", True),
        ("Bensalem", "Bensalem", "PROPN", "flat:name", 1, "I-PER", "", True),
        ("a", "avoir", "AUX", "aux:tense", 4, "O", "", True),
        ("plaidé", "plaider", "VERB", "ROOT", 4, "O", "VerbForm=Part", False),
        (".", ".", "PUNCT", "punct", 4, "O", "", False)])
    table = extract_entities(doc, lang=lang)
    _, genders = learn_roles(doc, table, lang=lang)
    assert all(genders.get(e.name) != "Masc" for e in table.entities)


def test_a_word_ending_like_a_feminine_role_tells_no_gender() -> None:
    """"witness" ends as "actress" does, and the parser may tie it to the name after it: no woman for all that."""
    _, genders = roles_of("en", "Giving evidence from the witness box, Tobias Wren told the court that he had "
                                "signed every invoice himself.")
    assert genders.get("Tobias Wren") != "Fem"


def test_a_name_in_a_hyphenated_pair_takes_no_gender_from_the_pair_s_article() -> None:
    lang = get_language_data("fr")
    doc = load_pipeline("fr")(normalise_text("Selon un sondage, la liste Lasserre-Bénac recueillerait 27 % des voix."))
    start = doc.text.index("Bénac")
    mention = Mention(start=start, end=start + len("Bénac"), text="Bénac", label="PER")
    table = EntityTable(entities=[Entity(name="Yves Bénac", label="PER", count=1)], mentions=[(mention, "Yves Bénac")])
    _, genders = learn_roles(doc, table, lang=lang)
    assert "Yves Bénac" not in genders  # "la liste" is the pair's article, not his


@pytest.mark.parametrize(("language", "text", "role", "person"), [
    # the words before a name a preposition governs are another person's ("à M. Oberle": spoken to)
    ("fr", "Markus Oberle (CDU) a défendu la ligne fédérale. « Des caméras ne remplacent pas un pont ouvert », a "
     "rétorqué l'élu social-démocrate à M. Oberle.", "social-démocrate", "Markus Oberle"),
    # a name between a determiner and a role says whose the role is: the spokesman is someone else
    ("en", "Boris Johnson spoke in Kent. The Johnson spokesman said the trip was private.", "spokesman",
     "Boris Johnson"),
    # the complement of a participle opening the sentence is no apposition of the subject after it
    ("en", "Questioned by the prosecutor, Ama Darko said she had signed the form.", "prosecutor", "Ama Darko"),
    # one who accuses is no defendant, nor one not charged
    ("en", "Mr Yaw Asante accused the minister of lying to the house.", "defendant", "Yaw Asante"),
    ("en", "Mr Kwesi Ampofo, who testified for the state, was not charged.", "defendant", "Kwesi Ampofo"),
    ("fr", "Le gérant a comparu mardi. M. Paul Roux, entendu comme témoin, n'est pas poursuivi.", "prévenu",
     "Paul Roux"),
    # a role set off after a name, of the other gender than the role set off before it, is the next subject's
    ("fr", "Face à la présidente du tribunal, Claire Martin, le prévenu, veste grise, a nié les faits.", "prévenu",
     "Claire Martin"),
    # a name after a presiding noun's complement that a finite verb follows is the next clause's subject
    ("fr", "Sous la présidence de l'ONU, Paul Mbarga a ouvert la séance.", "président", "Paul Mbarga"),
    # two people tried, whatever the parse of their coordination: no one named next is "the" defendant
    ("fr", "Le chauffeur d'un semi-remorque et le gérant de son entreprise étaient jugés mardi par le tribunal "
     "correctionnel de Mâcon, après la mort d'une infirmière de 27 ans.\n\nLe 11 mars, Julie Caron se rendait à "
     "l'hôpital. Julie Caron est morte sur le coup.", "prévenu", "Julie Caron"),
])
def test_words_that_are_not_a_persons_introduction_give_no_role(language: str, text: str, role: str,
                                                                 person: str) -> None:
    roles, _ = roles_of(language, text)
    assert person not in [r.person for r in roles.get(role, [])]


def test_a_role_read_as_an_adjective_belongs_to_the_names_after_it() -> None:
    """"économiste chez Natixis", the role tagged an adjective and "Natixis" hung on the verb: the bank still owns
    the role, so that "l'économiste de Natixis" is not the economist of another body named since."""
    roles, _ = roles_of("fr", "« Le vrai sujet, c'est l'euro », résume Mathilde Roux, économiste chez Natixis.")
    owners = [r.owners for r in roles.get("économiste", []) if r.person == "Mathilde Roux"]
    assert owners[:1] == [frozenset({"natixis"})]


@pytest.mark.parametrize(("language", "text", "word", "person"), [
    ("fr", "Le cardiologue a soigné le patient.", "cardiologue", True),
    ("fr", "Un transitaire a dédouané le conteneur.", "transitaire", True),
    ("fr", "La pneumologue a reçu la famille.", "pneumologue", True),
    ("fr", "Le questionnaire a été envoyé aux familles.", "questionnaire", False),  # a thing's « -aire »
    ("fr", "La valeur du terrain a doublé.", "valeur", False),  # a feminine « -eur »: no person
    ("fr", "Le ministère a publié un communiqué.", "ministère", False),  # a body
    ("fr", "Le médecin a soigné le patient.", "médecin", False),  # listed in ROLE_NOUNS already
    ("en", "The cardiologist treated the patient.", "cardiologist", True),
    ("en", "The list was published on Monday.", "list", False),
    ("en", "The statement was published on Monday.", "statement", False),
])
def test_is_person_noun(language: str, text: str, word: str, person: bool) -> None:
    lang = get_language_data(language)
    doc = load_pipeline(language)(normalise_text(text))
    noun = next(t for t in doc if t.lower_ == word)
    assert is_person_noun(noun, lang) is person


@pytest.mark.parametrize(("language", "text", "grown"), [
    ("fr", "« Il faut agir », insiste le cardiologue.", {"cardiologue"}),
    ("fr", "« Il faut agir », insiste le ministère.", set()),
    ("fr", "Le grutier du port répète : « Il faut agir. »", {"grutier"}),
    ("fr", "Les grutiers du port répètent : « Il faut agir. »", set()),  # a plural: a class of people
    ("fr", "Le conteneur est resté trois semaines sur le quai.", set()),  # no speech verb
    ("en", "\"We must act,\" the cardiologist said.", {"cardiologist"}),
])
def test_with_person_nouns(language: str, text: str, grown: set[str]) -> None:
    lang = get_language_data(language)
    doc = load_pipeline(language)(normalise_text(text))
    data = with_person_nouns(doc, lang)
    assert data.ROLE_NOUNS - lang.ROLE_NOUNS == grown
    assert (data is lang) is not grown
