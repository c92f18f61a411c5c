"""English language data: speech verbs, pronouns, titles and roles, demonyms, cue words, stop words."""

from __future__ import annotations

from newsbrief.lang.given_names import GIVEN_NAME_LAST_FAMILIES  # noqa: F401 - read by names
from newsbrief.lang.given_names import GIVEN_NAMES as SHARED_GIVEN_NAMES
from newsbrief.lang.media import MEDIA, MEDIA_ARTICLES, MEDIA_WORDS  # noqa: F401 - read by themes, entities
from newsbrief.lang.org_words import ORGANISATION_ENDINGS as SHARED_ORGANISATION_ENDINGS
from newsbrief.lang.synonyms import SYNONYMS as SHARED_SYNONYMS

SPEECH_VERBS = frozenset("""
say tell state express declare claim add note stress insist explain argue warn announce affirm assert reply respond
answer ask confirm deny acknowledge admit concede agree disagree write tweet post comment remark observe
suggest predict promise pledge vow urge call demand complain criticise criticize condemn denounce praise
welcome describe characterise characterize label dismiss reject maintain contend emphasise emphasize
reiterate repeat recall conclude continue tell testify report recount quip joke shout cry whisper murmur chant
caution allege charge accuse question wonder estimate believe think hope fear worry
retort counter plead lament hail dub brand term underline highlight point propose recommend reckon laugh
sigh mutter challenge beg explain summarise summarize announce
""".split())

#: Speech verbs of thought: in the clause another speech verb reports ("X said the council hoped …") they are what
#: X reports, not a cue of their own (see cues._reported_attitude).
ATTITUDE_VERBS = frozenset({"believe", "think", "hope", "fear", "worry", "wonder", "estimate", "reckon"})

#: Verbs of the occasion someone spoke at, in the progressive ("He was speaking at a rally in Leeds"): after a quote
#: that is a paragraph of its own, the next paragraph opening so names its speaker.
SPEAKING_VERBS = frozenset({"speak", "talk"})

#: Verbs that report speech only in an incise right after the quote, as courts are reported (""…," she submitted",
#: ""…," the judge held"); elsewhere they name acts ("submit plans", "held talks").
INCISE_SPEECH_VERBS = frozenset({"submit", "hold", "rule"})

#: Speech verbs of the one answering in an exchange ("Y replied", "she shot back"): see
#: exchanges.attribute_exchange_turns.
REPLYING_VERBS = frozenset({"reply", "answer", "respond", "retort", "shoot back", "fire back", "hit back"})

#: Cues that put a quote to someone, with the preposition before the one addressed ("" for an object): "X put it
#: to the witness: “…”", "X asked Y: “…”". A quote with no cue right after is that person's answer (see
#: exchanges.cue_addressee).
ADDRESSING_CUES = {"put it": "to", "ask": "", "question": "", "challenge": ""}

#: Speech verbs of a speaker going on (""…," the farmer added" right after the farmer's named quote): see
#: exchanges.description_in_exchange.
CONTINUING_VERBS = frozenset({"add", "continue", "conclude"})

#: Auxiliaries, with the tense of theirs, that set a clause in the background of the story (the past perfect: "X had
#: promised that …"): its subject is no topic a pronoun cue after it takes up when the paragraph's earlier sentences
#: give another (see speakers.SpeakerResolver._antecedent).
BACKGROUND_AUXILIARIES = {"have": "Past"}

#: Tenses of a finite main verb that describe a scene rather than move the story on: none in English (its simple
#: past does both).
BACKGROUND_TENSES: frozenset[str] = frozenset()

#: Speech verbs of a speaker pressing the other side after an answer ("Y replied that …. “…,” she insisted": the one Y
#: answered; see exchanges.pressing_after_answer).
PRESSING_VERBS = frozenset({"insist"})

LABELLING_VERBS = frozenset({"call", "describe", "characterise", "characterize", "label", "dub", "brand", "term"})

#: Speech verbs that name an action, not speech, before a to-infinitive ("had agreed to “conduct the campaign …”",
#: "continued to “stonewall”"): no cue then.
ACTION_BEFORE_INFINITIVE = frozenset({"agree", "continue"})

#: Verbs of commitment whose quoted infinitive complement gives their subject's own words ("The mayor pledged,
#: according to the union, to “reopen the depot”"): the subject speaks, the marker only tells who reported it.
COMMITTING_VERBS = frozenset({"commit", "pledge", "vow", "promise", "undertake"})
#: The particle that opens an infinitive ("pledged to “reopen the depot”"): a quote opening after it opens on the verb.
INFINITIVE_PARTICLES = frozenset({"to"})

#: Speech verbs whose object, not subject, is the speaker ("the paper quotes a senior diplomat").
QUOTING_VERBS = frozenset({"quote", "cite"})

#: Speech verbs whose participle tells who was asked, not who speaks ("Interrogé par Le Figaro, X juge").
ASKING_VERBS = frozenset({"ask", "question", "contact", "reach", "press", "quiz"})
#: Asking verbs that ask with a question alone ("asked whether …"); the others ask someone only with that one as
#: their object ("questioned the minister"): "questioned why X had …" doubts, and X was not asked.
ASKING_WITHOUT_ADDRESSEE = frozenset({"ask"})

#: Speech verbs whose object is the one addressed, never the speaker ("told Sky News").
ADDRESSING_VERBS: frozenset[str] = frozenset({"tell", "inform", "brief", "warn", "urge", "remind"})
#: Addressing verbs that are never used without the person addressed ("X told reporters"): with none after it, the
#: verb is a headline's passive with its auxiliary left out ("ZOSO law a “licence to detain”, court told"), and
#: its subject is the one told, not the speaker.
ADDRESSEE_VERBS: frozenset[str] = frozenset({"tell", "inform", "brief"})

#: Verbs whose subject pronoun is always impersonal (English marks them with "it", never a speaker).
IMPERSONAL_VERBS: frozenset[str] = frozenset()

#: Words opening a comparison with someone else ("Like her predecessor, she argues …").
COMPARISON_OPENERS = frozenset({"like", "unlike"})

SOURCE_MARKERS = frozenset({"according"})

#: A preposition and the relative pronoun after it that open a view set off after a noun: "X, for whom the deal was
#: “…”" gives X's view.
VIEW_RELATIVES = frozenset({("for", "whom")})

#: Words after a name that give its other name ("the Safeguarding National Security Ordinance, also known as the
#: Article 23 law"), its legal or former name ("Solomon Power, the trading name of the Solomon Islands Electricity
#: Authority"; "Acme Energy, formerly Acme Gas"), or its trading name ("Acme Holdings, trading as Acme"), longest
#: first.
OTHER_NAME_MARKERS = ("formerly known as", "previously known as", "also known as", "better known as",
                      "otherwise known as", "known as", "the trading name of", "which trades as", "trading as",
                      "formerly")

#: Prepositions that, after an unnamed source's noun, say where the source works or sits ("One Labor MP in a
#: marginal seat", "a senior official at the ministry"): part of the description, not an adjunct of the speech.
SOURCE_PREPOSITIONS = frozenset({"in", "at"})

#: Nouns that name a source after "through the" ("through the voice of its ambassador"), and the prepositions
#: before them.
VOICE_NOUNS = frozenset({"voice", "mouth", "pen"})
VOICE_PREPOSITIONS = frozenset({"through"})

#: Nouns of an opinion whose owner, after "in", is the source of what the sentence reports ("In her view,
#: Washington sees dairy as “…”", "in the words of one diplomat").
VIEW_NOUNS = frozenset({"view", "opinion", "words", "estimation", "judgment", "judgement"})

PRONOUNS = {"he": "sg", "she": "sg", "they": "pl", "him": "sg", "her": "sg", "them": "pl"}

POSSESSIVES = frozenset({"his", "her", "their", "its"})
#: Nouns of kinship: "his wife Sandra" names a relative, whom a later "his wife" takes up.
KINSHIP_NOUNS = frozenset({"wife", "husband", "partner", "son", "daughter", "brother", "sister", "father",
                           "mother", "uncle", "aunt", "nephew", "niece"})
#: Nouns of kinship that tell the relative's gender: a name set off after one ("Ortiz's son, Mateo,") is a man's
#: or a woman's, whatever the given name. Wider than ``KINSHIP_NOUNS`` (grandson, widow…); merging the two
#: would change what ``KINSHIP_NOUNS`` reads, so they stay apart until measured.
KINSHIP_GENDERS = {**dict.fromkeys("""son husband brother father uncle nephew grandson grandfather stepson
                   stepfather widower boyfriend""".split(), "Masc"),
                   **dict.fromkeys("""daughter wife sister mother aunt niece granddaughter grandmother stepdaughter
                   stepmother widow girlfriend""".split(), "Fem")}

#: Pronouns that take up a thing or a body, never a person ("It also accuses the agency of …").
NEUTER_PRONOUNS = frozenset({"it"})

#: Possessives that never stand for a person: the owner they take up is a body ("Its chairperson").
NON_PERSONAL_POSSESSIVES = frozenset({"its"})

#: Prefixes of a former role ("the ex-minister"): the role word is what follows.
FORMER_PREFIXES = ("ex-",)

#: Words of a title before a person's name ("Magistrate Jane Doe", "Town Clerk (ag) John Doe", "Crown counsel Jane
#: Doe"; the courts of the Channel Islands: "Deputy Bailiff Jane Doe", "Jurat John Doe", "Advocate Jane Doe"):
#: without a name after them, "the Senior Counsel", "the Town Clerk" or "the Lieutenant Bailiff" is a role, no entity.
#: Local and parliamentary titles too: "Deputy Jane Doe" (a member of the States of Jersey or Guernsey, an Irish TD
#: in the Dáil, a sheriff's deputy), "Constable John Doe" (a Jersey parish's head, a police rank), "Alderman X", and
#: a seat's letters before the name ("MLA Jane Doe" in the Falklands or Northern Ireland, "MHK John Doe" in the
#: Isle of Man's House of Keys, "MLC", "MPP", "MNA"); "Adv" or "Adv." for an advocate in southern Africa ("Adv Jane
#: Doe"), as "Advocate Jane Doe"; "Sheriff Jane Doe" (a judge of a Scottish sheriff court, a US county's police
#: head).
TITLES = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady president vice prime minister chancellor
senator sen. sen rep. rep representative governor gov. mayor general gen. colonel col. captain judge justice
king queen prince princess pope sheikh emir ambassador secretary commissioner spokesman spokeswoman
spokesperson chief director chairman chairwoman chair solicitor attorney taoiseach tánaiste td mp msp mep mk
councillor councilor coun. cllr cllr. capt. lt. cmdr. amb. supt. insp. det. sgt. atty. maj. cpl. pvt. hon.
cr cr. advocate adv adv. councilmember councilman councilwoman assemblyman assemblywoman assemblymember alderwoman
counsel clerk magistrate registrar bailiff jurat coroner lieutenant
deputy constable alderman mla mhk mlc mpp mna sheriff
superintendent inspector sergeant detective archbishop imam rabbi reverend rev rev.
""".split())

#: Letters after a person's full name that name an honour, a rank at the bar or a seat, not the person ("Harriet
#: Lowe KC", "Chief Ada Obi, SAN" for a Senior Advocate of Nigeria, "Jane Hollis MP", "Owain Rees MS" for a Member
#: of the Senedd, "MPP" and "MNA" for Ontario's and Quebec's or Pakistan's assemblies), written in capitals.
POST_NOMINALS = frozenset({"KC", "QC", "SC", "SAN", "MP", "MS", "MSP", "MEP", "MLA", "MPP", "MNA", "MLC", "TD", "OBE",
                           "MBE", "CBE", "KBE", "DBE", "FRS", "PhD"})

#: The letters of a seat in an assembly, written in capitals between a member's party and name ("Akel MP
#: Christiana Loizou", "Alliance MLA Eoin Kearney"): the word before them names the party.
SEAT_TITLES = frozenset({"MP", "MS", "MSP", "MEP", "MLA", "MPP", "MNA", "MLC", "TD"})

#: Nouns that, after a body's name, name the building it sits in ("Parliament House", "Government House",
#: "County Hall", "Parliament Buildings"): the body's name alone is not a short form of the building's.
BUILDING_NOUNS = frozenset({"house", "building", "buildings", "hall", "palace"})

#: Heads a university's name drops in its usual short form ("Iowa State" of "Iowa State University", "Penn
#: State"): the words before them are the institution's own name, not a thing it is named after.
SCHOOL_HEADS = frozenset({"university"})

#: Abbreviated titles the tokenizer must keep whole: split as "Coun" + ".", they end the sentence before the
#: name ("said Coun. Marisa Delorme" would give the speaker "Coun").
TITLE_ABBREVIATIONS = ("Coun.", "Cllr.", "Col.", "Capt.", "Lt.", "Cmdr.", "Amb.", "Supt.", "Insp.", "Det.", "Sgt.",
                       "Atty.", "Maj.", "Cpl.", "Pvt.", "Hon.", "Msgr.", "Ald.", "Adv.")

#: Abbreviated titles before a name and the role they give ("Sen. Roger Halvorsen" is a senator; "Ald. Jane Doe" is
#: a Chicago alderman; "Cr Jane Doe" an Australian or New Zealand councillor, "Cllr" a British or Irish one), and
#: the titles of the bench and the bar, each of one office only: "Justice", the title of a judge of a higher court
#: ("Justice Jane Doe" … "the judge"), "Advocate Jane Doe" … "the advocate", "Deputy Bailiff John Doe" … "the
#: Bailiff", "Coroner Jane Doe" … "the coroner", "Constable John Doe" … "the constable".
ABBREVIATED_ROLES = {"sen.": "senator", "sen": "senator", "rep.": "representative", "gov.": "governor",
                     "gen.": "general", "col.": "colonel", "capt.": "captain", "lt.": "lieutenant",
                     "cmdr.": "commander", "amb.": "ambassador", "pres.": "president", "supt.": "officer",
                     "insp.": "officer", "det.": "officer", "sgt.": "officer", "prof.": "professor",
                     "coun.": "councillor", "cllr.": "councillor", "cllr": "councillor", "cr": "councillor",
                     "cr.": "councillor", "maj.": "major",
                     "atty.": "attorney", "ald.": "alderman", "justice": "judge", "judge": "judge",
                     "magistrate": "magistrate", "advocate": "advocate", "adv": "advocate", "adv.": "advocate",
                     "bailiff": "bailiff",
                     "coroner": "coroner", "registrar": "registrar", "constable": "constable"}

#: The roles the press abbreviates to an acronym it seldom defines ("the acting MD" after "its managing director,
#: Jane X"; "the DG", a director-general; "the GM", a general manager; "the PS", a permanent secretary): a later
#: "the MD" takes up the person the article gave the spelt-out role.
ROLE_ACRONYMS = {"md": ("director",), "dg": ("director",), "gm": ("manager",), "ps": ("secretary",)}

#: Words that qualify a title into a role's name, written capitalised before it ("Foreign Minister", "Trade
#: Representative", "Deputy Prime Minister"): a phrase of these and titles only names no one.
#: Portfolios that name a minister's role before "Secretary" or "Minister" ("Finance Secretary", "Home
#: Secretary", "Chief Cabinet Secretary", Japan's government spokesman, or Kenya's "Cabinet Secretary", a minister):
#: the word alone there names no body (a party's name, "Labour", or a body's, "Treasury", may).
PORTFOLIOS = frozenset("""
foreign home interior defence defense finance trade health justice education energy environment transport
housing industry agriculture culture immigration cabinet
""".split())
PORTFOLIO_TITLES = frozenset({"secretary", "minister", "commissioner"})
#: Capitalised words that class a body rather than name it, before a lower-case noun for that body ("the minister
#: responsible for the Crown corporation", "a Federal agency"): no owner of a role, which the body's own name gives.
BODY_CLASS_CAPITALS = frozenset({"crown", "federal", "provincial", "state", "municipal"})
#: Nouns for a sitting of a body ("the chair of the session", "the meeting's chair"): a role of the sitting is the
#: role its body's holder fills, so they do not qualify the role.
SITTING_NOUNS = frozenset({"session", "meeting", "talks", "summit", "plenary"})
#: Titles of a civil servant's office, which no party's member is styled with ("Labour Commissioner Jane Doe", "the
#: Labour Commissioner's office", "County Commissioner"): a role's modifier (``ROLE_MODIFIERS``) the model tags
#: alone before one names the office's field, no body, though it may name a party elsewhere ("Labour MP").
OFFICE_TITLES = frozenset({"commissioner"})
#: Words that open a place's name before another place's ("West Bengal", "New Delhi"), folded: the article may
#: write the place without them.
PLACE_QUALIFIERS = frozenset({"new", "north", "south", "east", "west", "upper", "lower"})
#: The words that join a title to the portfolio written capitalised after it ("Minister for Home Affairs"), and the
#: complements of a title between them ("Minister of State for Trade").
PORTFOLIO_LINKS = frozenset({"for", "of"})
TITLE_COMPLEMENTS = frozenset({"State"})
#: The noun that ends a portfolio named after the body or the place it deals with ("Minister for East African
#: Community Affairs"): the words before it name that body.
PORTFOLIO_TAILS = frozenset({"affairs"})

#: Modifiers of a title also include the level of government of a municipal office ("Town Clerk", "City
#: Manager", "County Attorney") and the Crown a prosecutor acts for ("Crown Advocate", "Crown Counsel").
ROLE_MODIFIERS = PORTFOLIOS | frozenset("""
labour labor treasury
deputy vice senior junior acting interim former first shadow assistant associate principal permanent
town city county crown
""".split())

#: Title words that make another office of a role: "Prime Minister X" is not "the minister", "Vice President Y" not
#: "the president".
OFFICE_MODIFIERS = frozenset({"prime", "first", "vice", "deputy"})
#: A thing held that names an office, and that office ("X, who has held the home affairs portfolio since
#: February," … "the minister said"), with the verbs for holding it ("took over the portfolio").
HELD_OFFICES = {"portfolio": "minister"}
HOLDING_VERBS = frozenset({"hold", "take", "assume", "keep", "retain", "handle", "inherit"})
#: Words before a capitalised title that keep its office ("A former Executive Director of Projects, Mr X," is "the
#: former director"; "Acting Managing Director"), unlike those that make another one ("Deputy Minister").
SAME_OFFICE_WORDS = frozenset({"former", "executive", "managing", "acting", "interim"})

#: Endings of the nouns of a person by trade, field or stance ("the cardiologist", "a physician", "a
#: mountaineer"): the head of a speaking description with one is a person though ``ROLE_NOUNS`` does not list it
#: (:func:`~newsbrief.roles.with_person_nouns`). Not "-er"/"-or": too many things ("the paper", "the sector").
PERSON_SUFFIXES = ("ist", "ian", "eer")

#: The endings of ``PERSON_SUFFIXES`` only masculine persons have as a lemma (none in English).
MASCULINE_PERSON_SUFFIXES = ()

#: Nouns with a person's ending that are things or ideas ("the list", "the career").
NON_PERSON_SUFFIXED = frozenset("""
list twist wrist mist fist gist assist exist persist insist resist playlist checklist shortlist waitlist
median meridian career beer deer steer
""".split())

#: Nouns that describe a person only when set off beside a name ("Khalid Nasser, a board member of Dubai
#: Chambers"): a role there, though "members of the union said" is a body's voice, no person's
APPOSED_ROLE_NOUNS = frozenset({"member"})

ROLE_NOUNS = frozenset("""
president minister premier chancellor leader spokesman spokeswoman spokesperson official officials diplomat staffer
ambassador senator governor mayor general secretary judge prosecutor lawyer attorney director chairman
chairwoman chair chief executive ceo founder candidate commissioner king queen pope negotiator envoy adviser
advisor aide analyst economist researcher expert author journalist activist campaigner coach player
representative lawmaker legislator backbencher councillor councilor alderman td msp mla mpp mep mhk
councilmember councilman councilwoman assemblyman assemblywoman assemblymember alderwoman
rapporteur mp congressman congresswoman officer mediator historian scientist professor defendant witness accused
complainant plaintiff
magistrate barrister solicitor counsel clerk registrar advocate bailiff coroner silk constable
organiser organizer commander colonel lieutenant soldier source figure strategist pollster editor columnist chairperson
director filmmaker artist novelist writer philosopher doctor physician nurse surgeon epidemiologist
demographer entrepreneur farmer worker employee teacher student shopkeeper resident voter citizen protester
dissident refugee hostage prisoner detainee deputy treasurer captain manager athlete singer musician
photographer reporter correspondent banker consultant firefighter engineer architect man woman heir successor
predecessor rival ally supporter owner investor trader executive boss counterpart person insider
republican democrat conservative tory socialist liberal centrist nationalist populist billionaire tycoon mogul
participant attendee guest fisherman sailor nominee opponent challenger critic commentator scholar academic
lecturer lobbyist
""".split())

#: Verbs that give the person named as their subject a role ("X was testifying on Monday" -> "the witness").
SUBJECT_ROLE_VERBS = {"testify": "witness"}

#: The agent of a passive verb ("prosecuted by X").
AGENT_MARKERS = frozenset({"by"})
#: Nouns for holding an office that give the role to the person in their complement ("under the chairmanship of
#: X" -> "chair"), and the prepositions that open that complement.
ROLE_NOUN_FORMS = {"chairmanship": "chair", "chairpersonship": "chair"}
ROLE_NOUN_LINKS = frozenset({"of"})
#: Verb forms that give the name after their "by", or their subject, a role ("the case is prosecuted by X" ->
#: "prosecutor"; "X, who chairs the committee", "chaired by X" -> "chair").
ROLE_VERB_FORMS = {"prosecuted": "prosecutor", "chairs": "chair", "chaired": "chair", "chairing": "chair"}

#: A court report's defendant: the person charged ("X, who is charged with …", "X was indicted") or tried ("the
#: trial of X"), whom "the accused" then takes up (a passive participle only: "X accused the minister" is no
#: defendant).
CHARGED_PARTICIPLES = frozenset({"charged", "accused", "indicted", "prosecuted", "tried", "arraigned"})
TRIAL_NOUNS = frozenset({"trial"})
#: The preposition that names whom a trial is of ("the trial of former manager X").
TRIAL_LINKS = frozenset({"of"})
DEFENDANT_ROLE = "defendant"
#: The officers of a court, whom a court report names beside its defendant: none of them is the defendant.
COURT_ROLES = frozenset({"judge", "magistrate", "justice", "prosecutor", "lawyer", "attorney", "counsel", "barrister",
                         "solicitor", "clerk", "registrar"})

#: Role nouns a journalist uses in turn for the same person ("Jane Doe, an economist ..." then "the
#: researcher"): a description takes the last person given any role of its kind.
ROLE_KINDS = {word: kind for kind, words in {
    "expert": "researcher analyst economist expert scholar academic professor historian scientist philosopher "
              "strategist pollster",
    "film": "director filmmaker",
    "writer": "author writer novelist",
    "press": "journalist reporter correspondent columnist editor",
    "activist": "activist campaigner",
    "doctor": "doctor physician surgeon",
    "justice": "judge magistrate",  # not "prosecutor": a party to the trial, never "the magistrate"
    "defendant": "defendant accused",
    # "silk": a senior counsel (KC, SC, SAN); not "advocate", in American English a campaigner as often as a lawyer
    "law": "lawyer attorney solicitor barrister counsel silk",
    "military": "officer captain colonel commander lieutenant general",
    "parliament": "mp msp mla mhk backbencher lawmaker legislator",
    "rival": "rival opponent challenger",
    "chair": "chair chairman chairwoman chairperson",
}.items() for word in words.split()}

#: Kinds of elected roles (``ROLE_KINDS``), whose holder is the member of a party and the representative of a
#: place: "the MP for Bolton" may take up "Labour MP Jane X".
CONSTITUENCY_KINDS = frozenset({"parliament"})

#: Generic role words and the more specific ones they take up when an indefinite description introduced the
#: person ("A finance executive at the county, who asked not to be named, said …" … "the official said").
#: "Official" covers whoever holds a post in an administration or firm (manager, director, staffer, civil
#: servant); "source" covers every one of them and the official too ("One senior government aide …" … "the
#: source said").
_OFFICIALS = frozenset({"executive", "officer", "administrator", "aide", "adviser", "advisor", "diplomat",
                        "spokesperson", "spokesman", "spokeswoman", "negotiator", "manager", "director", "supervisor",
                        "staffer", "bureaucrat", "functionary", "servant", "inspector"})
GENERIC_ROLES = {"official": _OFFICIALS, "source": _OFFICIALS | {"official"}}

#: Nouns for someone who belongs to a body, whatever their post: an unnamed one introduced as a subject ("A member
#: of the budget committee, who asked not to be named, said …", "a staff member … said") is who the next definite
#: role of any kind takes up ("the lawmaker said", "the negotiator said", "the staffer said").
MEMBERSHIP_NOUNS = frozenset({"member"})

#: Plural nouns for a body's members, which only a party, a union or a council has: the name right before one is
#: a body's, though the model reads it as a person's ("Fianna Fáil backbenchers", "Unison members"); not
#: supporters or voters, which a person has too ("Trump supporters").
BODY_MEMBER_NOUNS = frozenset({"backbenchers", "frontbenchers", "lawmakers", "legislators", "mps", "tds", "meps",
                               "msps", "mlas", "mhks", "councillors", "councilors", "senators", "ministers", "members",
                               "activists", "delegates", "deputies"})

#: Endings of the words for a movement or party line ("the unionist MLA X" … "the unionist"): one in a person's
#: introduction stands for them later, whatever the party (see :func:`newsbrief.roles.learn_roles`).
AFFILIATION_SUFFIXES = ("ist",)

#: Parties, by a word of their name, their acronym or an AP-style tag ("Rep. Jane Doe, R-Ariz."), -> the nouns
#: for their members, which stand for a person the article ties to them ("the Republican", "the Tory"); in the
#: plural, for the party the article names ("the Democrats" -> "Democratic Party").
MEMBER_NOUNS = {key: tuple(nouns.split()) for keys, nouns in {
    "democratic democrat democrats d": "democrat",
    "republican republicans gop r": "republican",
    "conservative conservatives tory tories": "conservative tory",
    "socialist socialists": "socialist",
    "liberal liberals": "liberal",
}.items() for key in keys.split()}

#: Lower-case nouns of a place's office or people, whose complement (after ``PLACE_OF_LINKS``) is a place
#: ("the mayor of Oakville", "residents of Fernhill"), whatever the model says of the name.
PLACE_OF_NOUNS = frozenset({"mayor", "town", "city", "village", "residents", "county", "township", "municipality"})
PLACE_OF_LINKS = frozenset({"of"})
#: Nouns of a place's parts or works that a place's name modifies ("Kolkata port", "Kiteezi village"): the name
#: just before one of them is a place's, though the model reads an unfamiliar town's as a person's
PLACE_PART_NOUNS = frozenset({"port", "harbour", "harbor", "village", "suburb", "township", "landfill",
                              "waterfront", "district"})
#: Nouns of a place's kind: a name a copula says is one ("X is a market town", "X remains one of the poorest
#: districts") is a place's, though the model reads a person's
PLACE_KIND_NOUNS = frozenset({"town", "city", "village", "lake", "river", "island", "port", "suburb", "district",
                              "township", "municipality", "landfill", "neighbourhood", "neighborhood", "region"})
#: Nouns of an area that a code names ("M-East ward", "fishing zone 3Ps"): a code beside one of them is a
#: place's name, which the text then writes alone too
CODE_AREA_NOUNS = frozenset({"ward", "zone", "sector", "district", "division", "subdivision", "precinct", "block"})
#: Verbs that say what their subject is ("X is a town", "X remains a company")
COPULA_LEMMAS = frozenset({"be", "remain", "stay", "become"})
#: Prepositions of a second object: a term after one inside a verb's object may be that verb's own argument
#: the parser hung on the object ("shifted the blame to “…”"), so a speaker's word
DATIVE_PREPOSITIONS = frozenset({"to"})
#: Prepositions of place before a list of names: a name listed there with a place is a place ("in Wagga Wagga,
#: Townsville and Bendigo", "campaigners from Orkney, Shetland and the Western Isles"), though the model reads an
#: unfamiliar town as a person
PLACE_LIST_PREPOSITIONS = frozenset({"in", "from"})
#: Prepositions that take places, not persons: a name after them in most of its mentions, never titled nor
#: speaking, is a place's ("talks in Mae Sot", "near Escoda Shoal"), though the model reads a person's
PLACE_ONLY_PREPOSITIONS = frozenset({"in", "near", "off", "opposite", "outside", "throughout"})

ORG_NOUNS = frozenset({"government", "ministry", "party", "union", "organisation", "organization", "group",
                       "authorities", "authority", "investigators", "witnesses", "residents", "protesters",
                       "company", "commission", "council", "army", "police", "court", "agency", "kremlin", "embassy",
                       "white house", "downing street", "office", "newspaper", "paper", "daily",
                       "broadcaster", "network", "magazine", "outlet", "website", "tabloid", "weekly", "lender",
                       "regulator", "watchdog", "insurer", "carrier", "airline", "firm", "bank", "fund", "utility",
                       "body", "federation", "confederation", "association", "ngo", "charity", "foundation",
                       "coalition", "alliance", "lobby", "institute", "delegation"})

#: Organisation words of one kind of body, which take up only a body of that kind ("the ministry" is not the union
#: quoted before it, "the court" not the council), unlike "the organisation" or "the agency".
KIND_BODIES = frozenset({"ministry", "court"})

#: Words of a kind of body and the words heading the names of the bodies of that kind they take up: "the ministry"
#: may be named a department ("the State Department" … "the ministry"); for a word of no one kind, the bodies it
#: takes up first, when one was named: "the regulator" is the authority or commission named before rather than the
#: bank it took over, "the party" the party named before rather than the assembly it sits in, "the union" the union
#: rather than the firm it strikes against.
KIND_ALSO_BODIES = {"ministry": ("department",), "court": ("tribunal",), "party": ("party",), "union": ("union",),
                    "regulator": ("authority", "commission", "agency", "regulator", "board"),
                    "watchdog": ("authority", "commission", "agency", "regulator", "board", "watchdog")}

#: Words for a business by what it runs ("the operator" of a network), kept out of ``ORG_NOUNS`` ("the two operators
#: reported delays" is no speech): singular and definite, they take up the body just named or quoted.
BUSINESS_BODY_NOUNS = frozenset({"operator"})

#: Words for a country's office in a place ("the Chinese embassy in Canberra"): with only places named in its
#: phrase, the office speaks, not the city it sits in.
ADMINISTRATION_NOUNS = frozenset({"embassy", "consulate"})

#: Titles of a body's head, written between the body's name and the head's ("Metrolinx president Daniel Okafor"):
#: the name before is an organisation's.
BODY_HEAD_ROLES = frozenset({"president", "chairman", "chairwoman", "chairperson", "ceo"})

#: A firm's head or owners after a possessive ("Rio Tinto's chief executive"): the name is a firm's, never a
#: person's (a person has an adviser or a spokesperson, not a chief executive).
FIRM_OWNER_NOUNS = frozenset({"chief executive", "ceo", "chairman", "chairwoman", "shareholders", "subsidiary"})

#: Organisation nouns of businesses: a place before one is where it is based ("the Fremont, Calif., company").
BUSINESS_NOUNS = frozenset({"company", "firm", "lender", "bank", "insurer", "carrier", "airline", "maker",
                            "manufacturer", "retailer", "chipmaker", "automaker", "carmaker", "startup", "group",
                            "conglomerate", "giant", "operator", "developer", "supplier", "producer", "utility"})

#: Articles of an indefinite description set off after a name ("Voltridge, a battery start-up, …"): with a
#: business noun, the name is an organisation's.
DESCRIPTION_ARTICLES = frozenset({"a", "an"})

TITLE_CUES = frozenset("""
newspaper daily weekly magazine journal book novel film movie series show programme program operation
plan project mission slogan album song play title column channel site blog documentary exhibition
festival campaign act bill report study strategy initiative scheme petition audit review paper agenda vision
policy survey drive drill exercise framework manifesto podcast referendum charter declaration
""".split())

#: Nouns for a thing that bears a name, a subset of the title words: a noun phrase in lower case in marks right next
#: to one is its name ("the “buy local” campaign", "the “clear, hold and build” strategy", "Operation “clean
#: sweep”"), not anyone's words; an adjective there is ("an “ambitious” plan").
NAME_CLASS_NOUNS = frozenset("""
operation campaign label scheme programme program plan strategy slogan motto initiative mission doctrine policy
drive charter pact
""".split())

#: Words that open the title of a legal text right after its noun (none in English press, which capitalises it).
TITLE_OPENERS: frozenset[str] = frozenset()

#: Words for a programme's guest: a capitalised name in marks after one and a preposition is the programme ("a guest
#: on “Meet the Press”").
GUEST_WORDS = frozenset({"guest", "guests"})

#: Possessive endings: a capitalised name in marks right after one is what its owner runs or puts out ("GBC's
#: “Viewpoint”", "the institute's “Pacific Aid Map”"), a title.
POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})

#: Words that head a name inside its marks as the title words do ("the “Kavango Green Belt Partnership”"), but
#: that before marks may introduce somebody's words ("a pledge: “…”").
TITLE_HEADS = frozenset("""
pledge convention protocol code directive resolution compact accord treaty partnership agreement memorandum
""".split())

#: Verbs of signing or adopting a document: a capitalised name in marks that is their object is the document's
#: title ("the two ministers signed the “Blue Pacific Accord”").
DOCUMENT_SIGNING_VERBS = frozenset({"sign", "initial", "ratify", "adopt"})

#: Words for what carries a slogan (a banner, a placard, a chant): capitalised words in marks shortly after them
#: are the slogan, not anyone's words ("placards reading “No fish, no food”").
SIGN_WORDS = frozenset("""
placard banner sign poster billboard t-shirt slogan chant motto
""".split())

#: Verbs of pointing at a sign: the one who points speaks about it ("Pointing to the banner, he said: “…”").
POINTING_VERBS = frozenset({"point", "gesture"})

#: Verbs that give a name ("a mission dubbed “Artemis”"): the capitalised quote after them is a title
#: ("call" and "name" are left out: "called it “A disgrace”" is speech).
NAMING_VERBS = frozenset({"dub", "title", "entitle", "rename", "nickname"})

#: Words right before a short quoted term that give it as a label, not as anyone's words ("the so-called
#: “garbage barons”"): the term is a scare quote. Capitalised names after the naming verbs are titles first.
SCARE_MARKERS = frozenset({"so-called", "so called", "known as", "know as", "nicknamed", "dubbed"})

#: Participles of naming that mark a label right before the marks, after a noun or its comma, adverbs between
#: ("illegal mining, popularly called “galamsey”", "a letter marked “Official-Sensitive”"), with no agent after
#: the marks ("a plan called “reckless” by critics" is theirs).
NAMING_PARTICIPLES = frozenset({"called", "named", "termed", "labelled", "labeled", "marked", "titled", "entitled"})
#: Those of them that read as a past tense too: after a noun that could speak, they are its verb ("Critics called
#: “…”", "a move the minister called “…”").
SCARE_MARKERS_ALSO_PAST = NAMING_PARTICIPLES

#: Markers of naming split by where the name is used ("known in the industry as", "known locally as"): the word
#: right before the term -> the lemma that opens the marker a few words before.
SPLIT_SCARE_MARKERS = {"as": "know"}

#: Words that join the items of a list ("“…” and “…”"): words in marks listed after a title or a scare quote are
#: of its kind.
LIST_LINKS = frozenset({"and", "or"})

#: Nouns for a name: a short term in lower case after one and a colon is the name given to a thing ("the practice
#: even had a name: “ghost shifts”"), a scare quote.
NAMING_NOUNS = frozenset({"name", "nickname", "moniker"})

#: Verbs of calling: what nobody in particular calls a thing ("what has been called the “lease rush”") is a label.
CALLING_VERBS = frozenset({"call"})

#: Nouns for a topic and the prepositions by which they take it: a short term in lower case so taken is the
#: name of what is talked about ("talk of a “trade war”", "the debate over “ghost shifts”"), a scare quote.
TOPIC_NOUNS = frozenset({"theme", "issue", "question", "notion", "concept", "principle", "debate", "talk", "spectre",
                         "specter", "doctrine"})
TOPIC_LINKS = frozenset({"of", "about", "over", "on"})

#: Subjects that are nobody in particular: what they call a thing is a label, not anyone's words.
GENERIC_SUBJECTS = frozenset({"everyone", "everybody", "people", "one"})

NEGATIONS = frozenset({"not", "n't", "never", "no"})

DEMONYMS = {
    "american": "United States", "russian": "Russia", "ukrainian": "Ukraine", "chinese": "China",
    "french": "France", "german": "Germany", "british": "United Kingdom", "english": "England",
    "italian": "Italy", "spanish": "Spain", "portuguese": "Portugal", "belgian": "Belgium", "swiss": "Switzerland",
    "canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil", "argentine": "Argentina",
    "japanese": "Japan", "korean": "Korea", "indian": "India", "pakistani": "Pakistan", "afghan": "Afghanistan",
    "iranian": "Iran", "iraqi": "Iraq", "syrian": "Syria", "lebanese": "Lebanon", "israeli": "Israel",
    "palestinian": "Palestine", "egyptian": "Egypt", "turkish": "Turkey", "greek": "Greece", "polish": "Poland",
    "dutch": "Netherlands", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark",
    "finnish": "Finland", "austrian": "Austria", "hungarian": "Hungary", "romanian": "Romania",
    "bulgarian": "Bulgaria", "serbian": "Serbia", "croatian": "Croatia", "czech": "Czech Republic",
    "belarusian": "Belarus", "georgian": "Georgia", "armenian": "Armenia", "azerbaijani": "Azerbaijan",
    "kazakh": "Kazakhstan", "uzbek": "Uzbekistan", "turkmen": "Turkmenistan", "mongolian": "Mongolia",
    "algerian": "Algeria", "moroccan": "Morocco", "tunisian": "Tunisia", "libyan": "Libya", "malian": "Mali",
    "senegalese": "Senegal", "nigerian": "Nigeria", "kenyan": "Kenya", "ethiopian": "Ethiopia",
    "south african": "South Africa", "saudi": "Saudi Arabia", "qatari": "Qatar", "emirati": "United Arab Emirates",
    "yemeni": "Yemen", "jordanian": "Jordan", "european": "Europe", "african": "Africa", "asian": "Asia",
    "venezuelan": "Venezuela", "colombian": "Colombia", "chilean": "Chile", "peruvian": "Peru", "cuban": "Cuba",
    "australian": "Australia", "vietnamese": "Vietnam", "thai": "Thailand", "indonesian": "Indonesia",
    "filipino": "Philippines", "taiwanese": "Taiwan", "irish": "Ireland", "scottish": "Scotland",
    "welsh": "Wales", "orcadian": "Orkney", "sudanese": "Sudan", "somali": "Somalia", "rwandan": "Rwanda",
    "philippine": "Philippines", "estonian": "Estonia", "latvian": "Latvia", "lithuanian": "Lithuania",
    "moldovan": "Moldova", "slovak": "Slovakia", "slovenian": "Slovenia", "albanian": "Albania",
    "bosnian": "Bosnia and Herzegovina", "kosovar": "Kosovo", "icelandic": "Iceland", "cypriot": "Cyprus",
    "maltese": "Malta", "gozitan": "Gozo", "manx": "Isle of Man", "burmese": "Myanmar", "cambodian": "Cambodia",
    "nepali": "Nepal",
    "bangladeshi": "Bangladesh", "malaysian": "Malaysia", "singaporean": "Singapore", "ghanaian": "Ghana",
    "ugandan": "Uganda", "tanzanian": "Tanzania", "zimbabwean": "Zimbabwe", "lao": "Laos",
    # regions often named by their people
    "tibetan": "Tibet", "catalan": "Catalonia", "kurdish": "Kurdistan", "chechen": "Chechnya",
    "uyghur": "Xinjiang", "sicilian": "Sicily", "bavarian": "Bavaria", "texan": "Texas", "californian": "California",
}

#: UN member and observer states by their usual English names and short forms (no acronyms). "Jordan" and
#: "Chad" are kept although they are also given names (a lone "Jordan" is labelled a place); "Solomon" alone
#: is left out (see "Solomon Islands").
COUNTRIES = frozenset({
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
    "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
    "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Bosnia-Herzegovina", "Bosnia",
    "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cape Verde",
    "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad", "Chile", "China", "Colombia",
    "Comoros", "Congo", "Republic of Congo", "Republic of the Congo", "Congo-Brazzaville",
    "Democratic Republic of Congo", "Democratic Republic of the Congo", "Congo-Kinshasa", "Costa Rica",
    "Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "Ivory Coast", "Croatia", "Cuba", "Cyprus", "Czechia",
    "Czech Republic", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt",
    "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Swaziland", "Ethiopia", "Fiji",
    "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala",
    "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia",
    "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya",
    "Kiribati", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
    "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali",
    "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia", "Moldova", "Monaco",
    "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Burma", "Namibia", "Nauru", "Nepal",
    "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "South Korea",
    "North Macedonia", "Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea",
    "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda",
    "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa", "San Marino",
    "São Tomé and Príncipe", "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles",
    "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa",
    "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Tajikistan",
    "Tanzania", "Thailand", "Timor-Leste", "East Timor", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia",
    "Turkey", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates",
    "United Kingdom", "Britain", "Great Britain", "United States", "United States of America", "America",
    "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
    # observer states
    "Holy See", "Vatican", "Palestine", "State of Palestine",
})

#: Capitals in their English form. Left out: "Victoria" (Seychelles), bare "Santiago" and "Male" (Maldives;
#: see "Malé"), which are given names or common words. "Sofia" is kept though it is also a given name.
CAPITALS = frozenset({
    # Europe
    "London", "Dublin", "Paris", "Brussels", "Amsterdam", "The Hague", "Luxembourg", "Berlin", "Bern", "Berne",
    "Vaduz", "Vienna", "Rome", "Vatican City", "San Marino", "Valletta", "Madrid", "Lisbon", "Andorra la Vella",
    "Monaco", "Copenhagen", "Oslo", "Stockholm", "Helsinki", "Reykjavik", "Tallinn", "Riga", "Vilnius",
    "Warsaw", "Prague", "Bratislava", "Budapest", "Ljubljana", "Zagreb", "Sarajevo", "Belgrade", "Podgorica",
    "Pristina", "Skopje", "Tirana", "Athens", "Nicosia", "Sofia", "Bucharest", "Chisinau", "Chișinău", "Kyiv",
    "Kiev", "Minsk", "Moscow", "Geneva",
    # Caucasus, Central Asia, Middle East
    "Yerevan", "Baku", "Tbilisi", "Astana", "Tashkent", "Bishkek", "Dushanbe", "Ashgabat", "Ankara", "Tehran",
    "Baghdad", "Damascus", "Beirut", "Amman", "Jerusalem", "Tel Aviv", "Ramallah", "Riyadh", "Doha",
    "Abu Dhabi", "Dubai", "Muscat", "Sanaa", "Kuwait City", "Manama", "Kabul", "Islamabad",
    # South, East and South-East Asia
    "New Delhi", "Dhaka", "Kathmandu", "Thimphu", "Colombo", "Sri Jayawardenepura Kotte", "Malé", "Beijing",
    "Tokyo", "Seoul", "Pyongyang", "Ulaanbaatar", "Taipei", "Hanoi", "Vientiane", "Phnom Penh", "Bangkok",
    "Naypyidaw", "Naypyitaw", "Yangon", "Kuala Lumpur", "Putrajaya", "Jakarta", "Manila", "Dili",
    "Bandar Seri Begawan",
    # Africa
    "Algiers", "Tunis", "Tripoli", "Cairo", "Rabat", "Khartoum", "Juba", "Addis Ababa", "Asmara", "Mogadishu",
    "Nairobi", "Kampala", "Kigali", "Gitega", "Bujumbura", "Dodoma", "Dar es Salaam", "Lilongwe", "Lusaka",
    "Harare", "Maputo", "Gaborone", "Windhoek", "Pretoria", "Cape Town", "Maseru", "Mbabane", "Antananarivo",
    "Moroni", "Port Louis", "Luanda", "Kinshasa", "Brazzaville", "Libreville", "Malabo", "Yaoundé", "Yaounde",
    "Bangui", "N'Djamena", "N’Djamena", "Niamey", "Abuja", "Lagos", "Porto-Novo", "Cotonou", "Lomé", "Lome",
    "Accra", "Ouagadougou", "Abidjan", "Yamoussoukro", "Monrovia", "Freetown", "Conakry", "Bissau", "Banjul",
    "Dakar", "Nouakchott", "Bamako", "Praia", "São Tomé", "Sao Tome",
    # Americas
    "Washington", "Ottawa", "Mexico City", "Guatemala City", "San Salvador", "Tegucigalpa", "Managua",
    "San José", "San Jose", "Panama City", "Havana", "Santo Domingo", "Port-au-Prince", "Kingston", "Nassau",
    "Bridgetown", "Castries", "Kingstown", "St. George's", "Roseau", "Basseterre", "St. John's",
    "Port of Spain", "Belmopan", "Caracas", "Bogotá", "Bogota", "Quito", "Lima", "La Paz", "Sucre",
    "Brasília", "Brasilia", "Asunción", "Asuncion", "Montevideo", "Buenos Aires", "Georgetown", "Paramaribo",
    # Oceania
    "Canberra", "Wellington", "Suva", "Port Moresby", "Honiara", "Port Vila", "Apia", "Nuku'alofa", "Tarawa",
    "Majuro", "Palikir", "Funafuti", "Ngerulmud", "Yaren",
})

#: First-level divisions of federations often in the news (a state "sued", a province "said"): places, not people.
STATES = frozenset({
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia", "Ontario", "Quebec",
    "Saskatchewan", "Queensland", "New South Wales", "Tasmania", "Western Australia",
    "South Australia", "Bavaria", "Saxony", "Catalonia", "Andalusia", "Lombardy", "Sicily", "Scotland", "Wales",
    "Northern Ireland", "England", "Punjab", "Karnataka", "Kerala", "Maharashtra", "Tamil Nadu",
})

PLACES = frozenset(set(DEMONYMS.values()) | COUNTRIES | CAPITALS | STATES | {
    "Gaza", "West Bank", "Middle East", "Crimea", "Donbas", "Kosovo",
                                             "Washington", "Moscow", "Kyiv", "Kiev", "Beijing", "London",
                                             "Paris", "Brussels", "Geneva", "Central Asia", "Warsaw",
                                             "Berlin", "Dublin", "Athens", "Astana", "Strasbourg",
                                             # territories and regions named in the news
                                             "Taiwan", "Palestine", "Greenland", "Donbass", "Gaza Strip",
                                             # overseas territories, named like countries
                                             "Bermuda", "Gibraltar", "Cayman Islands", "British Virgin Islands",
                                             "Anguilla", "Montserrat", "Turks and Caicos Islands",
                                             "Falkland Islands", "Guam", "Isle of Man", "Jersey", "Guernsey",
                                             "Alderney", "Sark",
                                             "Nagorno-Karabakh", "Transnistria", "Sahel", "Balkans",
                                             "Caucasus", "Near East", "Eastern Europe", "Central Europe",
                                             "Western Europe", "Latin America", "North America",
                                             "South America", "Central America", "Caribbean", "Oceania",
                                             "Southeast Asia", "Maghreb", "Hong Kong", "Macau", "Macao",
                                             "Western Sahara", "Abkhazia", "South Ossetia", "Kashmir",
                                             "Tibet", "Xinjiang", "Kurdistan", "Golan Heights", "Sinai",
                                             "Horn of Africa", "Scandinavia", "Siberia", "Puerto Rico",
                                             "Northern Ireland", "Catalonia", "Donetsk", "Luhansk",
                                             "Kherson", "Zaporizhzhia", "Kharkiv", "Odesa", "Odessa"})

#: Prefixes that make an adverb of a place's name (French « outre-Rhin »); none in English.
PLACE_ADVERB_PREFIXES: frozenset[str] = frozenset()

#: Endings of a place's adjective, also its people's noun ("Zambian", "Bermudians", "Togolese"), longest first: with
#: the place named in the text, a demonym the model tagged, no entity.
PLACE_ADJECTIVE_ENDINGS = ("ian", "an", "ese")

#: Combining forms of a demonym before a hyphen ("Anglo-Irish", "Afro-Caribbeans"): the word is still a demonym.
DEMONYM_PREFIXES = frozenset({"franco", "anglo", "afro", "italo", "sino", "indo", "russo", "greco"})

#: Articles a place's name takes in running text ("the Netherlands"): the name is without them.
PLACE_ARTICLES = frozenset({"the"})

#: Common words the model tags as names, abbreviations of common nouns and roles among them ("AI", "LNG", "MSP"),
#: the adjectives of native peoples ("Indigenous and Aboriginal land"), months ("after May's election").
NON_ENTITIES = frozenset("""
state government president minister the a an this that he she they we you it but and or if when indigenous
aboriginal utc gmt gdp vat ai lng ceo ngo mp mep msp td taoiseach
january february march april may june july august september october november december
""".split())

#: Capitalised nouns of a law in the making or passed ("the Political Financing Bill", "Bill C-12", "the Act"):
#: the model reads "Bill" as a given name; the noun alone after an article is a description, no name.
LEGISLATION_NOUNS = frozenset({"bill", "act"})

#: Chambers whose name opens a numbered bill's ("House Bill 1213", "Senate Bill 6", "Assembly Bill 5"): part of
#: the bill's name, not a mention of the chamber.
BILL_CHAMBERS = frozenset({"House", "Senate", "Assembly"})

#: Words that are a person's middle name only, never a name's first or a body's ("Amarjit Singh Dhaliwal",
#: "Harpreet Kaur Gill"): a name holding one is a person's, and one opening a name lost its given name
MIDDLE_NAMES = frozenset({"Singh", "Kaur"})
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "bin", "binti", "binte", "al", "el", "da", "di", "le",
                            "la", "mc"})
#: Lower-case links between a person's name and the father's that make one full name (Malay "Siti Aminah binti
#: Haji Yusof", "Ahmad bin Ali"; Arabic "ibn"; Mauritanian "ould", "mint"): the father's name after them is no
#: other person's mention.
PATRONYM_LINKS = frozenset({"bin", "binti", "binte", "ibn", "ould", "mint"})

#: Given names that are a man's in the language they come from but often a woman's in English-speaking
#: countries ("Patrice", a man in France, a woman in the Caribbean and the United States): still given names, of
#: no gender ("Crown counsel Patrice X … She said": no gender is better than a wrong one).
EITHER_GENDER_GIVEN_NAMES = frozenset({"patrice"})

#: Common given names and their usual gender, as in GENDERED_TITLES (tells namesakes apart when no title
#: says which one a bare surname is).
GIVEN_NAMES = {
    **SHARED_GIVEN_NAMES,
    **dict.fromkeys(EITHER_GENDER_GIVEN_NAMES, ""),
    **dict.fromkeys("""john james robert michael william david richard joseph thomas charles christopher daniel
    matthew mark paul steven andrew kenneth george edward brian kevin peter conrad derek donald joe boris
    keir rishi emmanuel vladimir volodymyr olaf tomasz piotr jan kassym-jomart kyriakos
    joshua jason jeffrey nicholas larry scott brandon jerry tyler zachary kyle noah ethan jeremy keith gerald
    harold dylan bryan billy bruce willie elijah randy roy ralph bobby russell bradley eugene darnell tyrone
    jamal deshawn terrell dwayne gregory ronald jonathan justin samuel patrick raymond dennis nathan douglas
    roger philip""".split(), "Masc"),
    **dict.fromkeys("""mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    margaret sandra ashley emily helen ruth alice anna maria kamala hillary theresa ursula angela giorgia
    marine eleni agnieszka serena venus
    betty kimberly donna carol amanda melissa deborah stephanie dorothy sharon cynthia amy shirley brenda
    pamela samantha katherine debra carolyn heather joyce lauren christina joan evelyn megan cheryl martha
    janice ann kathryn abigail sophia frances judy denise marilyn beverly natalie brittany doris kayla lori
    tasha keisha latoya tamika shanice aaliyah jasmine tiffany erica tanya vanessa wendy""".split(), "Fem"),
}

#: Articles at the start of a name that the name is counted without ("The Monetary Policy Council").
LEADING_ARTICLES = frozenset({"the"})
#: The article elided before a vowel (none in English: "the" is never cut; "O'Brien" is a name).
ELIDED_ARTICLES: frozenset[str] = frozenset()

#: Prefixes a hyphen joins to a name, which they are no part of: "ex-" qualifies the compound it opens ("an
#: ex-Labour MP", "Ex-Baltimore County schools official"), never the name ("Non-", "Anti-" open bodies' names).
HYPHEN_PREFIXES = frozenset({"ex"})

#: Endings that make a possessive of a name ("Britain's" is Britain).
POSSESSIVE_ENDINGS = ("'s", "'")

#: Small words skipped when an acronym is matched to the initials of a name ("Bank of England").
CONNECTIVES = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "&"})

#: Words before or after a bare surname that make it a family, counted for no one ("the Williams sisters").
FAMILY_BEFORE: frozenset[str] = frozenset()
FAMILY_AFTER = frozenset({"sisters", "brothers", "family", "family's"})

#: Lower-case nouns that begin a name and stay in it (English capitalises them: none).
NAME_HEADS: frozenset[str] = frozenset()

#: Heads of a body the press names all in lower case (English capitalises them: none).
LOWER_CASE_BODIES: frozenset[str] = frozenset()

#: Institutions named by a noun and an adjective after it (English puts adjectives first: none).
INSTITUTION_HEADS: frozenset[str] = frozenset()

#: Nouns of a body named by its holder's title in the possessive ("the Prime Minister's Office", "the Attorney
#: General's Office"): the title is part of the body's name, not a person's title.
TITLED_OFFICE_NOUNS = frozenset({"office"})

#: Linking words only a place's hyphenated name holds ("Stoke-on-Trent", "Stratford-upon-Avon"): such a name is a
#: place, whatever the model reads in it.
PLACE_NAME_LINKS = frozenset({"on", "upon"})

#: How a place named after a saint opens in its abbreviated form ("St Helier", "St. Ann"): a town, parish or
#: district, though the model reads a person in it; the saint himself is written out ("Saint Andrew").
SAINT_PLACE_PREFIXES = frozenset({"st ", "st. "})
#: The forms of "Saint" opening a name, folded: "St. Maarten", "Sint Maarten" (Dutch, in the Caribbean and
#: Belgium) and "Saint Maarten" name one place however the article writes the saint.
SAINT_FORMS = frozenset({"saint", "st", "sint"})

#: Heads of a court's name written in lower case before its seat (none: English capitalises "Lyon Criminal Court").
COURT_HEADS: frozenset[str] = frozenset()
#: Words that end a court's name after the place it sits in ("Maricopa County Superior Court"): the court, which
#: the model reads as a place, is not the county named alone elsewhere.
COURT_ENDINGS = frozenset({"court", "tribunal"})

#: Lower-case nouns before a person's name that are not part of it ("the trial Epstein" is rare: the noun
#: usually follows the name, "the Trump administration").
PERSON_HEADS = frozenset({"affair", "trial"})

#: Nouns that make a longer name of a place ("Baltic Sea" is the Baltic); a country or city with them is
#: another place ("Gulf of Finland" is not Finland).
PLACE_HEADS = frozenset({"sea", "ocean", "gulf", "lake", "mount", "island", "islands", "strait"})
#: Nouns of a road or a stretch of water that follow the place it is named after ("Carmichael Road" in the district
#: Carmichael, "Yell Sound" off the island of Yell): the place alone is not a short form of the longer name. Not
#: "river" ("the Mekong"), "airport" or "station" ("Heathrow"), whose place's name alone often stands for them.
PLACE_FEATURE_NOUNS = frozenset({"road", "street", "avenue", "lane", "boulevard", "square", "bridge", "sound", "bay"})
#: Nouns that make the formal name of a state ("Kingdom of Denmark" is Denmark).
STATE_HEADS = frozenset({"kingdom", "republic", "principality", "emirate", "sultanate", "duchy"})
#: Capitalised designations of a body the article names once in full ("the Community" for the "East African
#: Community", "the Government" for "HM Government of Gibraltar"), or of a state or an island territory ("the
#: Kingdom", "the Island" for the "Isle of Man" or for Jersey): each word -> the heads of the names it may stand
#: for besides its own.
DESIGNATIONS = {"commission": (), "community": (), "government": (), "chamber": (), "house": (), "council": (),
                "assembly": (), "authority": (), "confederation": (), "federation": (), "kingdom": (),
                "principality": (), "duchy": (), "sultanate": (), "emirate": (), "island": ("isle",),
                "capitol": ()}
#: Designations the model leaves untagged or the cleaning drops as a common noun, found after a definite article
#: when the article names a body with that head in full ("the Government" of the "Solomon Islands Government").
UNTAGGED_DESIGNATIONS = frozenset(DESIGNATIONS)
#: The countries a designation of a state's form stands for ("the Kingdom" for Jordan, "the Principality" for
#: Monaco): not "Republic", which most states are; the island territories whose press writes "the Island" for
#: them, their names holding no "Island" or "Isle" (the Channel Islands, Bermuda, St Helena).
STATE_FORMS = {"kingdom": frozenset({"Jordan", "Morocco", "Saudi Arabia", "Bahrain", "Belgium", "Netherlands",
                                     "Norway", "Sweden", "Denmark", "Spain", "United Kingdom", "Britain", "Thailand",
                                     "Cambodia", "Bhutan", "Lesotho", "Eswatini", "Tonga"}),
               "principality": frozenset({"Monaco", "Liechtenstein", "Andorra"}),
               "duchy": frozenset({"Luxembourg"}), "sultanate": frozenset({"Oman", "Brunei"}),
               "emirate": frozenset({"Qatar", "Kuwait"}),
               "island": frozenset({"Jersey", "Guernsey", "Alderney", "Sark", "Bermuda", "St Helena", "Saint Helena"})}
#: The words that link a name's head to its complement ("Chamber of Commerce", "Forum for Democracy"): a span of the
#: model ending on one was cut inside a name.
COMPLEMENT_LINKS = frozenset({"of", "for"})
#: Small words inside a body's name written in capitals: those links, and those that join two heads ("Chamber of
#: Commerce and Industry").
BODY_NAME_LINKS = COMPLEMENT_LINKS | {"and", "&"}
#: The links between an institution's head and a lower-case noun that completes its name without an article (none:
#: English writes every word of such a name in capitals, "Council of Ministers").
INSTITUTION_COMPLEMENT_LINKS: frozenset[str] = frozenset()
#: Designations that name nothing alone: without a body of that head or a country of that form in the article,
#: a description ("the House" of an assembly the article never names; "the Centre" of India's central government,
#: "the Bench" of the judges hearing a case, "the Crown" of a prosecution or of forfeited goods), counted for no
#: one. Not "Parliament", "Senate", "Commission", which name the one body of a country or of Brussels.
DESCRIPTIONS_ALONE = frozenset({"house", "chamber", "council", "assembly", "kingdom", "principality", "duchy",
                                "sultanate", "emirate", "island", "centre", "center", "bench", "crown"})
#: Endings English adds to a clipped name, its last consonant doubled ("Philly" of "Philadelphia"): the clipped
#: form, these dropped, opens one word of the full name.
CLIPPED_NAME_ENDINGS = frozenset({"y", "ie"})
#: Kinds of establishment that open its name before an article and its own name (none in English, which puts the
#: kind last: "Sunnyvale Care Home").
#: The articles between an establishment's kind and its own name (« l'Ehpad Les Tilleuls »).
ESTABLISHMENT_ARTICLES: frozenset[str] = frozenset()
ESTABLISHMENT_KINDS: frozenset[str] = frozenset()
#: A chamber's rank before such a designation ("the Lower House", "the Upper Chamber"): still a description.
CHAMBER_RANKS = frozenset({"lower", "upper"})

#: Relative pronouns only a person takes: "X, who heads a cooperative" describes a person.
PERSONAL_RELATIVES = frozenset({"who", "whom"})

#: A firm's legal form, which ends its full name ("Nile Enviro Services Ltd", "Perak Agro-Feeds Bhd", "Sdn Bhd"):
#: the name is a firm's, the words before it its short name, the form alone no name ("Bhd" is no surname).
LEGAL_FORMS = frozenset({"ltd", "limited", "plc", "inc", "llc", "llp", "bhd", "sdn", "pty", "pte", "gmbh"})
#: Heads of a body's name in English besides the shared ones: a government's unit ("Citizenship by Investment
#: Unit", "Financial Intelligence Unit"), another than the scheme or the thing it is named after.
ORGANISATION_ENDINGS = SHARED_ORGANISATION_ENDINGS | LEGAL_FORMS | {"unit"}
#: Fields of a public body named with the place it serves, the field first ("Environment Canterbury", "Health
#: Canada", "Transport Canada", "Sport England", "Education Minnesota"): no person's name opens with one.
BODY_FIELD_WORDS = frozenset({"environment", "health", "transport", "tourism", "sport", "heritage", "education",
                              "fisheries", "forestry"})

#: Words that make a name of capitalised words an organisation's, a place's or an event's, not a person's,
#: whatever given name opens it ("Fridtjof Nansen Institute", "George Washington Bridge", "Louis Vuitton Group").
NON_PERSON_WORDS = frozenset({*ORGANISATION_ENDINGS, *ORG_NOUNS, *PLACE_HEADS, *STATE_HEADS,
                              *BODY_FIELD_WORDS} | set("""
institute university college school academy foundation fund trust bank capital holdings partners associates
company corporation corp co airlines airways airport station street road avenue square bridge
tower centre center hall house museum gallery library hospital clinic stadium arena park line prize award
trophy cup cathedral church mosque chapel river valley county state city falls springs island bay hotel
prefecture province district territory municipality
club society association federation league committee board forum network council festival times post
herald journal news press review magazine force forces
""".split()))

EXTRA_STOP_WORDS = frozenset("""
year years day days month months week weeks time times part way thing things number lot end
beginning course place moment question point kind sort
january february april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split())
#: spaCy stop words that still make keyphrases (none so far).
KEYPHRASE_NOT_STOP_WORDS: frozenset[str] = frozenset()

#: Keyphrases: words that join two nouns in one phrase ("freedom of speech"), articles allowed after them, and
#: the Snowball stemmer that groups variants.
KEYPHRASE_LINKS = frozenset({"of"})
KEYPHRASE_ARTICLES = frozenset({"the"})
STEMMER = "english"
#: Keyphrases: a past participle after a noun is no part of its group (mostly a reduced relative clause: "the man
#: arrested on Monday").
KEYPHRASE_NOUN_PARTICIPLES = False
#: The word that joins two keyphrases in a theme label.
#: Whether the head noun opens a noun phrase ("press secretary": head last).
HEAD_FIRST = False
#: Whether a capitalised word inside a sentence is a name's: not in English, which capitalises weekdays ("in
#: Nairobi Tuesday") and every word of a headline.
CAPITALS_NAME_WORDS = False
AND_WORD = "and"
#: Themes: verbs (lemmas) of a step of a procedure that analysts name with its noun, and the words of the sentence
#: that show the procedure (see the French lists; "plead" -> "plea" and "argue" -> "arguments" moved no English dev
#: article).
THEME_EVENT_NOUNS: dict[str, str] = {}
THEME_EVENT_CONTEXT: frozenset[str] = frozenset()
#: Themes: keyphrases that frame what an article tells but are no subject of it: times of day, days and seasons
#: and the formula of an anonymous source ("on condition of anonymity").
THEME_NON_TOPICS = frozenset({
    "morning", "afternoon", "evening", "night", "tonight", "today", "yesterday", "tomorrow", "weekend",
    "summer", "winter", "autumn", "decade",
    "anonymity", "condition of anonymity",
})
#: Themes: currencies in the plural (amounts: "dollars"; "the dollar" may be a story's subject), subunits,
#: abbreviations glued to figures ("Shs10") and scales, which count money and are no subject of a theme;
#: entities: beside figures only ("Rs 150", "Rs 4 billion"), they are an amount, no name.
FIGURE_UNITS = frozenset({
    "dollars", "cents", "euros", "pounds", "pence", "kobo", "shillings", "rupees", "francs", "pesos", "cedis",
    "shs", "sh", "ksh", "kshs", "tsh", "ush", "n", "rs", "rp", "rm", "million", "millions", "billion", "billions",
    "trillion",
})
#: Endings of demonyms, whose plurals name the people of a town or region ("Cantabrians"): no theme topic.
DEMONYM_ENDINGS = ("ans", "ese", "ites")
#: Themes: lone nouns that say nothing of a theme without their complement (what was said, decided or is at
#: stake: "statement", "matter", "decision"; durations and measures: "hours", "kilometres"); a theme's label
#: joins its other keyphrases instead ("Court and adjournment", not "Court and matter"). They stay keyphrases.
THEME_VAGUE_NOUNS = frozenset({
    "matter", "matters", "statement", "statements", "issue", "issues", "case", "thing", "things", "way", "part",
    "side", "point", "outcome", "basis", "condition", "conditions", "situation", "question", "questions",
    "decision", "concerns", "comment", "comments", "remarks", "announcement", "claims", "reply", "answer",
    "response", "process", "step", "move", "word", "words", "agreement", "option", "options", "fact", "details",
    "aspect", "kind", "view", "views",
    "hours", "minutes", "days", "weeks", "months", "years", "kilometres", "kilometers", "miles", "metres",
    "meters", "hectares", "acres", "tonnes", "tons", "litres", "liters", "percent", "thousands", "hundreds",
})
#: Lines of the article's furniture that are no section heading: a byline opens with one of ``BYLINE_OPENERS``
#: ("By Jane Doe", "Reporting from Tokyo") or names a reporter's job after a comma ("Jane Doe, Political
#: Correspondent").
BYLINE_OPENERS = ("by ", "reporting from ", "reporting by ", "from our ")
#: Paragraphs of the page's furniture, not of the article: links to other stories and reporting credits.
FURNITURE_OPENERS = ("read more", "related:", "related coverage", "more on this story", "watch:", "listen:",
                     "sign up", "subscribe", "follow us", "reporting by", "additional reporting", "editing by")
CREDIT_WORDS = ("with",)
BYLINE_WORDS = frozenset({"correspondent", "reporter", "editor", "writer", "staff", "contributor", "journalist"})

#: Endings of regular verb forms and the infinitive endings they replace (a fallback for the lemmatizer).
VERB_ENDINGS = ("ing", "ed", "es", "s")
REGULAR_INFINITIVES = ("", "e")

#: How a possessed role reads once its owner is known ("his lawyer" -> "lawyer of Mr Smith").
POSSESSED_ROLE = "{role} of {owner}"

#: Gender of speaker pronouns and of titles, to keep "she" from resolving to "Mr. Smith".
#: "he"/"she" never stand for an organisation or a country ("it" does).
GENDERED_BODIES = False
PRONOUN_GENDERS = {"he": "Masc", "him": "Masc", "she": "Fem", "her": "Fem"}
#: Pronouns that take up a speaker as a person in what they said ("said in his address", "what she called").
SPEAKER_PRONOUNS = frozenset({"he", "his", "she", "her"})
#: Abbreviated titles that only ever stand before a person's name ("Dr Hartwell", "Cr Findlay" in Australian and New
#: Zealand councils, "Cllr Jones"), whatever the model reads the name as: never a part of it.
PERSONAL_TITLES = frozenset({"dr", "prof", "cr", "cllr", "coun"})
GENDERED_TITLES = {"mr": "Masc", "mrs": "Fem", "ms": "Fem", "miss": "Fem", "sir": "Masc", "dame": "Fem",
                   "lord": "Masc", "lady": "Fem"}
#: Titles that, set off at a quote's edge or by a comma, address someone by name ("Where is the safeguard, Mrs
#: Lee?", "“…, Mr. Okoro,” the judge remarked"): the one a question so addressed asks, whose answer follows (see
#: exchanges.answerer).
ADDRESS_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "professor"})

#: Terms of address for a role-holder a speaker speaks to, lower case (court English: "…, Your Worship.",
#: "Because, my lord, …"), with the roles they address: the one holding it is spoken to, not speaking (see
#: exchanges.not_the_one_addressed). A role noun set off at a quote's end ("…, senator.") addresses that role.
ADDRESS_TERMS = {term: frozenset({"judge", "magistrate", "justice", "coroner"})
                 for term in ("your honour", "your honor", "your worship", "my lord", "my lady", "m'lord", "m’lord")}

#: Honorifics conferred on a person that open the name but are no part of it (Malaysia, Brunei, South Asia,
#: West Africa), lower case: a "name" made of one of these alone is the title of the name written after it.
#: Brunei and Malaysia stack them before a name ("YB Awang Haji Mohd Ali", "Dr Hajah Siti Aminah"): "Haji" and
#: "Hajah" (abbreviated "Hj", "Hjh") for a man and a woman back from the pilgrimage, "Awang" and "Dayang" as "Mr"
#: and "Ms", "Pengiran" ("Pg") a noble's; the article also writes the name without them.
HONORIFICS = frozenset({"datuk", "datuk seri", "datuk patinggi", "dato'", "dato’", "dato", "dato' seri",
                        "dato’ seri", "dato seri", "dato' sri", "dato’ sri", "dato sri", "datin", "datin seri",
                        "datin paduka", "tan sri", "puan sri", "toh puan", "tun", "pehin", "yang berhormat", "yb",
                        "shri", "shrimati", "smt", "alhaji", "alhaja", "haji", "hajah", "hj", "hj.", "hjh",
                        "hjh.", "awang", "dayang", "pengiran", "pg", "pg."})

RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whose", "whom"})

#: Relative pronouns that take up no person: a name they set off is a body's or a thing's ("X, which runs …").
NON_PERSON_RELATIVES = frozenset({"which"})

REPORTING_NOUNS = frozenset({"words", "terms", "remark", "remarks", "statement", "comments", "report", "letter",
                             "message", "interview", "post", "submission", "readout", "release", "transcript",
                             "speech", "affidavit"})

#: Nouns for figures a body or person compiles ("according to figures from her ministry", "according to the
#: campaign's count"): the source a marker names is who owns them.
DATA_NOUNS = frozenset({"figures", "data", "count", "tally", "statistics", "estimates", "calculations",
                        "projections"})
#: Prepositions that introduce who owns the figures when the parser attaches them as a preposition ("figures
#: from her ministry").
DATA_OWNER_PREPOSITIONS = frozenset({"of", "from"})

#: Documents that speak for themselves ("The summit declaration requires … a “credible path”", "the draft guidance
#: would require …"), and the verbs by which they do, besides the speech verbs ("what the bill calls").
DOCUMENT_NOUNS = frozenset("""
declaration guidance bill law act treaty resolution communique communiqué draft agreement accord document petition
order ruling judgment judgement verdict directive regulation legislation constitution charter manifesto guideline
guidelines memo memorandum text motion amendment indictment lawsuit complaint filing
""".split())
#: ("provide" is left out: "X said the laws would provide “certainty”" is X's prediction.) "Read" is how a
#: document's words are given (""…," the statement read"; "The letter reads: …").
DOCUMENT_VERBS = frozenset({"require", "stipulate", "mandate", "oblige", "define", "specify", "prohibit", "forbid",
                            "ban", "envisage", "instruct", "advise", "read"})

#: Words opening an indirect question ("asked whether the Act required …"): a document in one is asked about,
#: it says nothing, and the quote is the asker's.
QUESTION_MARKS = frozenset({"whether", "if"})

#: The preposition of a claim noun's predicative phrase, which quotes its owner ("her description of the deal as
#: “a betrayal”").
PREDICATIVE_PREPOSITIONS = frozenset({"as"})

#: The word opening a manner clause that points back to a quote ("That is how X put it").
MANNER_WORDS = frozenset({"how"})

#: Nouns of what someone says whose content clause may hold a quote: "Brightwater's suggestion that his appointment
#: was meant as a “message”" is Brightwater's.
CLAIM_NOUNS = frozenset({"suggestion", "claim", "assertion", "argument", "insistence", "warning", "accusation",
                         "allegation", "contention", "charge", "promise", "pledge", "complaint", "description",
                         "characterisation", "characterization", "remark", "comment", "boast"})

#: A message noun as the subject of a verb of coming from someone makes that someone the sentence's topic ("The
#: warning came from Labour's health spokeswoman, X, who …": a pronoun or description after takes X up).
MESSAGE_NOUNS = CLAIM_NOUNS | frozenset({"criticism", "attack", "response", "reply", "rebuke", "objection",
                                         "challenge", "praise", "plea", "demand", "protest", "call", "question",
                                         "assurance", "reassurance", "admission", "prediction", "reminder", "vow"})
SOURCE_VERBS = frozenset({"come"})

#: Words for any text: "The document" takes up, in the sentences just before, any document or what an issuing
#: verb issued ("X published its priorities … The document calls …": X's words).
TEXT_NOUNS = frozenset({"document", "text"})
#: Verbs by which a body or person issues a text ("X published a report", "a letter sent by X"): its subject or
#: agent is the text's author.
ISSUING_VERBS = frozenset({"publish", "release", "issue", "file", "table", "submit", "unveil", "send", "sign",
                           "adopt", "circulate", "deliver", "write", "pen", "draft"})
#: The preposition of a document adjunct whose verb's subject issued it ("In a statement, the ministry accused …").
DOCUMENT_PREPOSITIONS = frozenset({"in"})
#: Words for a text nobody has issued yet, which speaks for itself ("the draft guidance would require …").
DRAFT_WORDS = frozenset({"draft"})
#: Verbs by which the press got a text ("a letter seen by Reuters", "obtained by the BBC"): no author, it speaks
#: for itself.
ACCESS_VERBS = frozenset({"see", "obtain", "review", "view", "consult"})

#: Demonstratives that make a document noun point back to a quote ("c'est par ce message que ...").
DEMONSTRATIVES = frozenset({"this", "these", "those", "that"})

#: Pronouns opening a free relative ("what he called “…”"): in a preposition's complement on the main verb, its
#: pronoun subject is the main clause's subject (see ``speakers._in_free_relative_adjunct``).
FREE_RELATIVES = frozenset({"what"})

#: Words for one member of a group named just before ("One of them described …"), and how to write it.
PARTITIVES = frozenset({"one"})
PARTITIVE_OF = "one of the {group}"
#: A pronoun subject naming a second member of the kind a "one …" speaker described ("One EU diplomat described
#: … Another said": another EU diplomat).
OTHER_PARTITIVES = frozenset({"another"})

#: Nouns of a verbless clause that introduces a quote after a colon ("The response from Beijing was swift:",
#: "His verdict:"): the quote is the reaction of the noun's owner or of the place named.
REACTION_NOUNS = frozenset({"response", "reaction", "reply", "retort", "message", "warning", "verdict", "comment",
                            "explanation", "conclusion", "answer", "word", "remark", "assessment"})

#: Adverbs opening a sentence that points back to the quote before it, with the speech verb and its inverted
#: subject after them ("“…” ¶ So said X, director of …").
POINTING_ADVERBS = frozenset({"so", "thus"})

#: Nouns for a quote itself: the sentence after a quote that opens its paragraph names its source with one of them
#: as subject ("“…” The words were X's", "“…” The line came from X").
QUOTE_NOUNS = frozenset({"line", "word", "words", "quote", "phrase", "question", "quip", "plea", "observation",
                         "remark"})

#: Endings that mark a role noun's gender ("spokeswoman", "chairman").
FEMININE_ENDINGS = ("woman", "women", "ess")
MASCULINE_ENDINGS = ("man", "men")
#: Nouns with such an ending that tell no gender ("Giving evidence from the witness box, X told": no woman).
ENDING_EXCEPTIONS = frozenset({"witness", "witnesses", "boss", "business", "press", "congress", "address",
                               "process", "access", "success", "harness", "specimen", "omen", "abdomen"})

#: Verbs that report speech with a particle or object ("made clear", "pointed out", "shot back", "fired back",
#: "sums up": "summarise" in a phrasal verb).
LIGHT_SPEECH_VERBS = {"make": frozenset({"clear"}), "point": frozenset({"out"}), "put": frozenset({"it"}),
                      "shoot": frozenset({"back"}), "fire": frozenset({"back"}), "hit": frozenset({"back"}),
                      "sum": frozenset({"up"})}
#: Irregular past forms of the light verbs above, for a verb the tagger read as a noun ("Tremblay shot back:").
IRREGULAR_VERB_FORMS = {"shot": "shoot", "made": "make"}

#: Verbs that make one cue group with the infinitive after them when the subject is inverted after the group (see
#: the French list): English inverts its subject after a single speech verb only ("said in a statement the
#: ministry's spokesman X"), so none.
#: A verb opening a cue group after a quote's comma with its subject inverted after the group (""…," went on to
#: say the minister"), and the particles between it and its infinitive.
CUE_GROUP_VERBS: frozenset[str] = frozenset({"go"})
CUE_GROUP_PARTICLES: frozenset[str] = frozenset({"on", "to"})
#: Adjectives of attitude after a copula whose speech infinitive their subject speaks through ("the minister was
#: keen to stress that “…”").
CUE_GROUP_ADJECTIVES: frozenset[str] = frozenset({"keen", "quick", "eager", "careful", "anxious"})
CUE_GROUP_ADJECTIVE_VERBS: frozenset[str] = frozenset()

COMPLEMENTIZERS = frozenset({"that"})

#: Conjunctions that set a main clause against the one before ("X made the point, but Y was blunter"): its subject
#: is the one a pronoun after the sentence takes up (speakers._contrasted_subject).
CONTRAST_CONJUNCTIONS = frozenset({"but", "yet"})

#: The word that gives a name its acronym in apposition (", or CMS,").
ACRONYM_OR = frozenset({"or"})

#: The articles before an acronym that make it a body's short name when the text keeps writing it ("the DA", "the
#: NHS"; capitals of common nouns are NON_ENTITIES: "the GDP", "the MP").
ACRONYM_ARTICLES = frozenset({"the"})

#: Other names of one body ("Alliance atlantique" -> "OTAN", a seat for its parliament: "Holyrood"), merged into
#: one entity.
SYNONYMS: dict[str, str] = {**SHARED_SYNONYMS, "Commons": "House of Commons", "Lords": "House of Lords",
                            "No 10": "Downing Street", "Number 10": "Downing Street",
                            "Holyrood": "Scottish Parliament",
                            # the jihadist group under its other English and Arabic acronyms
                            "ISIS": "Islamic State", "ISIL": "Islamic State", "Daesh": "Islamic State"}

#: Abbreviations of a country that spell no initials of its name the way the text writes it ("U.S." for "United
#: States", "UK"): one entity, and "American" links to it.
COUNTRY_ABBREVIATIONS = {"U.S.": "United States", "US": "United States", "USA": "United States",
                         "U.S.A.": "United States", "U.K.": "United Kingdom", "UK": "United Kingdom"}

#: Nicknames of parties and of European Parliament groups, and the name of their members: "the Tories", "the
#: Conservatives" are the Conservative Party; "the Socialists", "S&D" the Socialists and Democrats group.
PARTY_NICKNAMES = {"Tory": "Conservative Party", "Tories": "Conservative Party",
                   "Conservatives": "Conservative Party", "Conservative": "Conservative Party",
                   "Labour": "Labour Party", "Lib Dems": "Liberal Democrats", "Lib Dem": "Liberal Democrats",
                   "GOP": "Republican Party", "Republicans": "Republican Party", "Republican": "Republican Party",
                   "Democrats": "Democratic Party", "Democrat": "Democratic Party",
                   "S&D": "Progressive Alliance of Socialists and Democrats",
                   "Socialists and Democrats": "Progressive Alliance of Socialists and Democrats",
                   "Socialists": "Progressive Alliance of Socialists and Democrats",
                   "Renew": "Renew Europe", "Greens/EFA": "Greens–European Free Alliance"}

SYNONYMS.update(COUNTRY_ABBREVIATIONS)
SYNONYMS.update(PARTY_NICKNAMES)

#: The noun that ends a party's name, which its members' plural leaves out ("the Ulster Unionists" of "Ulster
#: Unionist Party").
PARTY_NOUNS = frozenset({"Party"})

#: Capitalised words for a party's standing in the house, which precede its name and are no part of it ("the
#: Opposition Progressive Conservatives").
PARTY_STANDINGS = frozenset({"Opposition"})
#: The words after a body's name that give where it sits (none: "of" makes one name, "the Insurance Council of New
#: Zealand", "HM Government of Gibraltar"; English locates with "in", "the embassy in Manila", no name's word).
SEAT_LINKS: frozenset[str] = frozenset()
#: Capitalised words for a side in a trial ("the Prosecution told the court", "the Defence"), whoever argues it: a
#: designation, as "the Opposition" is a standing, no body's name.
COURT_SIDES = frozenset({"Prosecution", "Defence", "Defense"})

#: Heads of bodies named by a list of portfolios, one name across the list's commas ("the Culture, Media and
#: Sport Committee").
LISTED_BODY_HEADS = frozenset({"Committee", "Subcommittee", "Sub-Committee"})

#: Heads of a body drawn from a larger one, whose name the larger one's opens ("the House Ways and Means
#: Committee", "the Senate Committee on Finance", the staff serving a board: "the Treasury Board Secretariat"):
#: the chamber or board named alone ("the House", "the Treasury Board") is not its committee or secretariat.
COMMITTEE_HEADS = frozenset({"committee", "subcommittee", "sub-committee", "caucus", "secretariat"})

#: Bodies searched like the places, whose short names the model misses ("speaking in the Commons", "told the
#: Dáil").
#: Words opening or closing the name of a public body that the model reads as a place because a place is in the
#: name ("Department of Foreign Affairs", "EAC Secretariat", "Cork County Council"): labelled an organisation.
BODY_LABEL_WORDS = frozenset({"department", "ministry", "secretariat", "council", "agency", "authority",
                              "commission", "assembly", "parliament", "senate", "court", "tribunal", "university",
                              "caucus"})

BODIES = frozenset({"House of Commons", "House of Lords", "Commons", "White House", "Pentagon", "Downing Street",
                    "Whitehall", "No 10", "Dáil", "Seanad", "Oireachtas", "Holyrood", "Stormont", "Senedd",
                    "Bundestag", "Knesset", "Queen's Park"})

#: Seats of power and other fixed names of one body or place -> the usual names of what they stand for ("Castille"
#: for Malta's "Office of the Prime Minister", "the Beeb" for the "BBC"): the seat joins that row when the article
#: names it too, and stays a row of its own when it does not (read by :mod:`newsbrief.aliases`).
SEATS = {"Castille": ("Office of the Prime Minister", "OPM"),
         "Foggy Bottom": ("State Department", "Department of State"),
         "Beeb": ("BBC",), "Río Bravo": ("Rio Grande",), "Rideau Hall": ("Governor General",),
         "Congo": ("DRC", "Democratic Republic of Congo", "Democratic Republic of the Congo")}

#: Acronyms of places ("the UAE", "the DRC"): a place's, where an acronym
#: the language data does not list is a body's.
PLACE_INITIALISMS = frozenset({"UAE", "DRC", "CAR", "NYC", "DC", "D.C."})

#: Kinds of storm that open a storm's name ("Hurricane Melissa", "Storm Éowyn"):
#: an event, never the person its given name suggests.
STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm"})

#: Articles a heading may open with where the body leaves them outside the marks ("« Une bonne nouvelle »").
ARTICLES = frozenset({"the", "a", "an"})
