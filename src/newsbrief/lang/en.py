"""English language data: speech verbs, pronouns, titles and roles, demonyms, cue words, stop words."""

from __future__ import annotations

SPEECH_VERBS = frozenset("""
say tell state declare claim add note stress insist explain argue warn announce affirm assert reply respond
answer ask confirm deny acknowledge admit concede agree disagree write tweet post comment remark observe
suggest predict promise pledge vow urge call demand complain criticise criticize condemn denounce praise
welcome describe characterise characterize label dismiss reject maintain contend emphasise emphasize
reiterate repeat recall conclude continue tell testify report recount quip joke shout cry whisper murmur
caution allege charge accuse question wonder estimate believe think hope fear worry
""".split())

LABELLING_VERBS = frozenset({"call", "describe", "characterise", "characterize", "label", "dub", "brand", "term"})

SOURCE_MARKERS = frozenset({"according"})

PRONOUNS = {"he": "sg", "she": "sg", "they": "pl", "him": "sg", "her": "sg", "them": "pl"}

POSSESSIVES = frozenset({"his", "her", "their", "its"})

TITLES = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady president vice prime minister chancellor
senator sen. sen rep. rep representative governor gov. mayor general gen. colonel col. captain judge justice
king queen prince princess pope sheikh emir ambassador secretary commissioner spokesman spokeswoman
spokesperson chief director chairman chairwoman
""".split())

ROLE_NOUNS = frozenset("""
president minister premier chancellor leader spokesman spokeswoman spokesperson official officials diplomat
ambassador senator governor mayor general secretary judge prosecutor lawyer attorney director chairman
chairwoman chair chief executive ceo founder candidate commissioner king queen pope negotiator envoy adviser
advisor aide analyst economist researcher expert author journalist activist campaigner coach player
representative lawmaker legislator
""".split())

ORG_NOUNS = frozenset({"government", "ministry", "party", "union", "organisation", "organization", "group",
                       "authorities", "authority", "investigators", "witnesses", "residents", "protesters",
                       "company", "commission", "council", "army", "police", "court", "agency", "kremlin", "embassy",
                       "white house", "downing street", "office"})

TITLE_CUES = frozenset("""
newspaper daily weekly magazine journal book novel film movie series show programme program operation
plan project mission slogan album song play title column channel site blog documentary exhibition
festival campaign act bill
""".split())

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
    "welsh": "Wales", "sudanese": "Sudan", "somali": "Somalia", "rwandan": "Rwanda",
}

PLACES = frozenset(set(DEMONYMS.values()) | {"Gaza", "West Bank", "Middle East", "Crimea", "Donbas", "Kosovo",
                                             "Washington", "Moscow", "Kyiv", "Kiev", "Beijing", "London",
                                             "Paris", "Brussels", "Geneva", "Central Asia", "Warsaw",
                                             "Berlin", "Dublin", "Athens", "Astana", "Strasbourg"})

NON_ENTITIES = frozenset("""
state government president minister the a an this that he she they we you it but and or if when
""".split())

NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "bin", "al", "el", "da", "di", "le", "la", "mc"})

#: Common given names and their usual gender, as in GENDERED_TITLES (tells namesakes apart when no title
#: says which one a bare surname is).
GIVEN_NAMES = {
    **dict.fromkeys("""john james robert michael william david richard joseph thomas charles christopher daniel
    matthew mark paul steven andrew kenneth george edward brian kevin peter conrad derek donald joe boris
    keir rishi emmanuel vladimir volodymyr olaf tomasz piotr jan kassym-jomart kyriakos""".split(), "Masc"),
    **dict.fromkeys("""mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    margaret sandra ashley emily helen ruth alice anna maria kamala hillary theresa ursula angela giorgia
    marine eleni agnieszka serena venus""".split(), "Fem"),
}

#: Articles at the start of a name that the name is counted without ("The Monetary Policy Council").
LEADING_ARTICLES = frozenset({"the"})

#: Endings that make a possessive of a name ("Britain's" is Britain).
POSSESSIVE_ENDINGS = ("'s", "'")

#: Small words skipped when an acronym is matched to the initials of a name ("Bank of England").
CONNECTIVES = frozenset({"of", "the", "and", "for", "on", "in", "at", "to", "&"})

#: Words before or after a bare surname that make it a family, counted for no one ("the Williams sisters").
FAMILY_BEFORE: frozenset[str] = frozenset()
FAMILY_AFTER = frozenset({"sisters", "brothers", "family", "family's"})

#: Lower-case nouns that begin a name and stay in it (English capitalises them: none).
NAME_HEADS: frozenset[str] = frozenset()

EXTRA_STOP_WORDS = frozenset("""
year years day days month months week weeks time times part way thing things number lot end
beginning course place moment question point kind sort
""".split())

#: Keyphrases: words that join two nouns in one phrase ("freedom of speech"), articles allowed after them, and
#: the Snowball stemmer that groups variants.
KEYPHRASE_LINKS = frozenset({"of"})
KEYPHRASE_ARTICLES = frozenset({"the"})
STEMMER = "english"
#: The word that joins two keyphrases in a theme label.
AND_WORD = "and"

#: Endings of regular verb forms and the infinitive endings they replace (a fallback for the lemmatizer).
VERB_ENDINGS = ("ing", "ed", "es", "s")
REGULAR_INFINITIVES = ("", "e")

#: How a possessed role reads once its owner is known ("his lawyer" -> "Mr Smith's lawyer").
POSSESSED_ROLE = "{owner}'s {role}"

#: Gender of speaker pronouns and of titles, to keep "she" from resolving to "Mr. Smith".
PRONOUN_GENDERS = {"he": "Masc", "him": "Masc", "she": "Fem", "her": "Fem"}
GENDERED_TITLES = {"mr": "Masc", "mrs": "Fem", "ms": "Fem", "miss": "Fem", "sir": "Masc", "dame": "Fem",
                   "lord": "Masc", "lady": "Fem"}

RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whose", "whom"})

REPORTING_NOUNS = frozenset({"words", "terms", "remarks", "statement", "comments", "report", "letter",
                             "message", "interview", "post"})
