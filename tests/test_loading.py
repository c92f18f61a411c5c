"""Loading: every format, encodings without declaration, refusals, ids, hashes and block offsets."""

from __future__ import annotations

import hashlib
import io
import random
import zipfile
from pathlib import Path

import pytest

from newsbrief.errors import InputError, LanguageError
from newsbrief.loading import (DEFAULT_MAX_BYTES, decode_bytes, detect_language, iter_documents, load_document,
                               load_documents, make_id)
from newsbrief.records import Document

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "samples" / "000_59a7decd111426f4.txt"
WIKINEWS = ROOT / "data" / "samples" / "wikinews-fr-44551.html"
DATA = Path(__file__).resolve().parent / "data"

FRENCH = ("Le ministre a déclaré à la presse : « Nous irons jusqu’au bout, coûte que coûte. » Il a évoqué "
          "l’œuvre accomplie, la façon dont les élèves ont réagi et la reprise économique. Ça avance très vite, "
          "a-t-il ajouté à Besançon.")
#: latin-1 has neither ’ nor œ.
FRENCH_LATIN1 = FRENCH.replace("’", "'").replace("œ", "oe")
ENGLISH = ("The minister told reporters on Tuesday that the talks would resume next week. Both delegations "
           "agreed to meet in Geneva, officials said.")


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def assert_offsets(document: Document) -> None:
    assert document.blocks
    for block in document.blocks:
        assert document.text[block.start:block.end] == block.text


def refusal(path: Path, **options: int) -> InputError:
    """The single error ``iter_documents`` yields for ``path``; ``load_document`` must raise the same."""
    items = list(iter_documents(path, **options))
    assert len(items) == 1 and isinstance(items[0], InputError), items
    with pytest.raises(InputError) as raised:
        load_document(path, **options)
    assert str(raised.value) == str(items[0])
    message = str(items[0])
    assert message.startswith(f"{path}: ") and "\n" not in message
    return items[0]


# --- the seed -------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> Document:
    return load_document(SEED)


def test_seed_metadata(seed: Document) -> None:
    assert seed.date == "2026-02-06"
    assert seed.language == "fr"
    assert not seed.title.lower().startswith("date")
    assert seed.title.startswith("Dans un système") and seed.title.endswith("sobriété doctrinale.")
    assert seed.text.startswith("Dans un système")
    assert "2026-02-06" not in seed.text


def test_seed_structure(seed: Document) -> None:
    assert len(seed.headings) >= 3
    assert seed.headings[0].text.startswith("La vision de Kassym-Jomart Tokaïev")
    assert all(len(h.text) <= 160 for h in seed.headings)
    assert len(seed.paragraphs) > len(seed.headings)
    assert seed.blocks[0].kind == "paragraph"
    assert_offsets(seed)


def test_seed_identity(seed: Document) -> None:
    assert seed.id == "000_59a7decd111426f4"
    assert seed.path == str(SEED)
    assert seed.sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()


# --- formats --------------------------------------------------------------------------------------------------------


TXT_CASES = [
    # (file content, expected title, expected date, expected block kinds)
    ("date 2024-01-02\nGrève dans les transports\n\nLes syndicats appellent à la grève jeudi. Le trafic sera "
     "perturbé.\n\nUn mouvement suivi\n\nLa mobilisation devrait être forte, selon les organisateurs.\n",
     "Grève dans les transports", "2024-01-02", ["title", "paragraph", "heading", "paragraph"]),
    ("Les syndicats appellent à la grève jeudi. Le trafic sera perturbé.\n\nLa mobilisation devrait être forte.\n",
     "Les syndicats appellent à la grève jeudi.", None, ["paragraph", "paragraph"]),
    ("date 2024-01-02 Les syndicats appellent à la grève jeudi. Le trafic sera\nperturbé dans toute la région.\n",
     "Les syndicats appellent à la grève jeudi.", "2024-01-02", ["paragraph"]),
    ("Les syndicats appellent à la grève jeudi.\r\n\r\nUn mouvement suivi\r\n\r\nLa mobilisation sera forte.\r\n",
     "Les syndicats appellent à la grève jeudi.", None, ["paragraph", "heading", "paragraph"]),
    # a byline over the writer's role: two credit lines, each its own block
    ("date 2024-01-02\nGrève dans les transports\n\nPar Jeanne Morel\nCorrespondante régionale\n\nLes syndicats "
     "appellent à la grève jeudi. Le trafic sera perturbé.\n", "Grève dans les transports", "2024-01-02",
     ["title", "heading", "heading", "paragraph"]),
]


@pytest.mark.parametrize(("content", "title", "date", "kinds"), TXT_CASES)
def test_txt_conventions(tmp_path: Path, content: str, title: str, date: str | None, kinds: list[str]) -> None:
    document = load_document(write(tmp_path, "article.txt", content))
    assert (document.title, document.date, document.language) == (title, date, "fr")
    assert [b.kind for b in document.blocks] == kinds
    assert "\r" not in document.text and "date 2024" not in document.text
    assert_offsets(document)


def test_txt_line_breaks_inside_a_paragraph_are_folded(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "a.txt", "Le trafic sera\nperturbé jeudi. Les usagers\nsont prévenus."))
    assert document.text == "Le trafic sera perturbé jeudi. Les usagers sont prévenus."


def test_credit_lines_are_not_folded_into_one_name(tmp_path: Path) -> None:
    content = "By Jane Holloway\nCourts reporter\n\nThe trial opened on Monday. The defence will call\nfour witnesses.\n"
    document = load_document(write(tmp_path, "a.txt", content))
    assert document.text.startswith("By Jane Holloway\n\nCourts reporter\n\nThe trial opened on Monday.")
    assert "will call four witnesses." in document.text


FILE_CASES = [
    # (file under tests/data, title, date, language, block kinds)
    ("article.html", "Grève des transports à Paris", "2024-03-05", "fr",
     ["title", "paragraph", "heading", "paragraph", "paragraph"]),
    ("article.md", "Le Parlement adopte la réforme des retraites", "2023-03-20", "fr",
     ["title", "paragraph", "heading", "paragraph", "paragraph"]),
    ("titled.md", "Storm closes schools across the north", None, "en", ["title", "paragraph", "heading", "paragraph"]),
    ("article.json", "Budget : le gouvernement présente ses arbitrages", "2024-09-26", "fr",
     ["title", "paragraph", "paragraph"]),
]


@pytest.mark.parametrize(("name", "title", "date", "language", "kinds"), FILE_CASES)
def test_formats(name: str, title: str, date: str | None, language: str, kinds: list[str]) -> None:
    path = DATA / name
    document = load_document(path)
    assert (document.title, document.date, document.language) == (title, date, language)
    assert [b.kind for b in document.blocks] == kinds
    assert document.blocks[0].text == title
    assert document.id == path.stem
    assert document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert_offsets(document)


def test_html_keeps_article_text_and_drops_boilerplate() -> None:
    document = load_document(DATA / "article.html")
    assert "« Nous ne lâcherons rien »" in document.text
    assert document.text.count("Grève des transports à Paris") == 1
    assert "Accueil" not in document.text and "Mentions légales" not in document.text


def test_markdown_markup_is_stripped() -> None:
    document = load_document(DATA / "article.md")
    assert "**" not in document.text and "](" not in document.text and "---" not in document.text
    assert "adopté lundi soir après" in document.text
    assert "Les syndicats appellent" in document.text
    assert document.blocks[-1].text == "Paris a réuni plusieurs milliers de personnes."


def test_wikinews_html() -> None:
    document = load_document(WIKINEWS)
    assert document.title == "France : agression antisémite contre un lycéen entre Toulouse et Lyon"
    assert document.date == "2012-07-05"
    assert document.language == "fr"
    assert document.paragraphs[0].text.startswith("5 juillet 2012.")
    assert "Ã" not in document.text
    assert_offsets(document)


def test_jsonl_bad_line_is_one_error_and_the_others_load() -> None:
    path = DATA / "articles.jsonl"
    items = list(iter_documents(path))
    assert [type(item).__name__ for item in items] == ["Document", "InputError", "Document", "Document"]
    error = items[1]
    assert isinstance(error, InputError)
    assert error.path == f"{path}:2" and str(error).startswith(f"{path}:2: invalid JSON")
    documents = [item for item in items if isinstance(item, Document)]
    assert [d.id for d in documents] == ["fr-greve", "articles-3", "articles-5"]
    assert [d.language for d in documents] == ["fr", "en", "fr"]
    assert [d.date for d in documents] == ["2024-02-15", "2024-10-30", None]
    assert documents[2].title == "Le maire a inauguré la nouvelle médiathèque samedi matin."
    assert len({d.sha256 for d in documents}) == 3
    for document in documents:
        assert document.path == str(path)
        assert_offsets(document)


def test_load_documents_raises_on_the_bad_jsonl_record() -> None:
    with pytest.raises(InputError, match=r"articles\.jsonl:2: invalid JSON"):
        load_documents(DATA / "articles.jsonl")


@pytest.mark.parametrize("content", ['["a list"]', '{"title": "no text"}', '{"text": 42}', "{not json"])
def test_json_that_is_not_a_document(tmp_path: Path, content: str) -> None:
    assert "JSON" in refusal(write(tmp_path, "bad.json", content)).reason


# --- encodings ------------------------------------------------------------------------------------------------------


ENCODING_CASES = [
    # (bytes on disk, the text they hold)
    (FRENCH.encode("utf-8"), FRENCH),
    (FRENCH.encode("utf-8-sig"), FRENCH),
    (FRENCH.encode("cp1252"), FRENCH),
    (FRENCH_LATIN1.encode("latin-1"), FRENCH_LATIN1),
    (FRENCH.replace(". ", ".\r\n").encode("utf-8"), FRENCH.replace(". ", ".\n")),
    (FRENCH.replace(". ", ".\r\n").encode("cp1252"), FRENCH.replace(". ", ".\n")),
    (FRENCH.encode("utf-16"), FRENCH),
    ("Été à Noël, ça s’écrit « œuvre ».".encode("cp1252"), "Été à Noël, ça s’écrit « œuvre »."),
    ("Un élève très doué.".encode("latin-1"), "Un élève très doué."),
    ("Il a dit « oui ».".encode("latin-1"), "Il a dit « oui »."),
]


@pytest.mark.parametrize(("data", "expected"), ENCODING_CASES, ids=range(len(ENCODING_CASES)))
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data, "x.txt") == expected


@pytest.mark.parametrize(("encoding", "text"), [("utf-8", FRENCH), ("utf-8-sig", FRENCH), ("cp1252", FRENCH),
                                                 ("latin-1", FRENCH_LATIN1)])
def test_txt_in_any_western_encoding(tmp_path: Path, encoding: str, text: str) -> None:
    document = load_document(write(tmp_path, "a.txt", text.replace(". ", ".\r\n\r\n").encode(encoding)))
    assert "Ã" not in document.text and "\ufeff" not in document.text
    assert document.text == text.replace(". ", ".\n\n")
    assert document.language == "fr"


HTML_PAGE = ("<html><head><meta charset=\"{declared}\"><title>Grève à la SNCF</title></head><body><article>"
             "<p>{paragraph}</p><p>Les syndicats réclament l’ouverture de négociations et une hausse des "
             "salaires. La direction répond qu’elle reste « ouverte au dialogue ».</p></article></body></html>")


@pytest.mark.parametrize(("declared", "encoding"), [("utf-8", "cp1252"), ("windows-1252", "utf-8"),
                                                    ("iso-8859-1", "utf-8"), ("utf-8", "utf-8")])
def test_html_meta_charset_is_not_trusted(tmp_path: Path, declared: str, encoding: str) -> None:
    page = HTML_PAGE.format(declared=declared, paragraph=FRENCH)
    document = load_document(write(tmp_path, "page.html", page.encode(encoding)))
    assert document.title == "Grève à la SNCF"
    assert FRENCH in document.text
    assert "« ouverte au dialogue »" in document.text and "Ã" not in document.text


# --- refusals -------------------------------------------------------------------------------------------------------


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", FRENCH)
    return buffer.getvalue()


REFUSED_CONTENT = [
    # (file name, bytes, words of the reason)
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\r\n  \n", "empty file"),
    ("bom-only.txt", b"\xef\xbb\xbf \n", "empty file"),
    ("random.txt", random.Random(7).randbytes(3000), "not text"),
    ("short-random.txt", random.Random(3).randbytes(40), "not text"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)), "not text"),
    ("archive.txt", _zip_bytes(), "not text"),
    ("control.txt", ("Le texte " + "\x01\x02\x03" * 20).encode(), "not text"),
    ("empty.json", b"{}", "JSON"),
    ("empty.md", b"---\ntitle: Rien\n---\n", "no text"),
]


@pytest.mark.parametrize(("name", "data", "reason"), REFUSED_CONTENT, ids=[case[0] for case in REFUSED_CONTENT])
def test_refused_content(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    error = refusal(write(tmp_path, name, data))
    assert reason in error.reason
    assert not isinstance(error, LanguageError)


def test_html_without_article_text() -> None:
    assert refusal(DATA / "no-article.html").reason == "no article text found in the HTML"


@pytest.mark.parametrize(("name", "reason"), [("missing.txt", "file not found"), ("missing.pdf", "file not found"),
                                              ("report.pdf", "unsupported format '.pdf'"),
                                              ("notes.docx", "unsupported format '.docx'"),
                                              ("README", "unsupported format '(none)'"),
                                              ("folder.txt", "is a directory")])
def test_refused_paths(tmp_path: Path, name: str, reason: str) -> None:
    if name.startswith(("report", "notes", "README")):
        write(tmp_path, name, FRENCH)
    if name.startswith("folder"):
        (tmp_path / name).mkdir()
    assert reason in refusal(tmp_path / name).reason


def test_size_limit(tmp_path: Path) -> None:
    assert DEFAULT_MAX_BYTES == 5_000_000
    path = write(tmp_path, "a.txt", FRENCH)
    size = path.stat().st_size
    assert load_document(path, max_bytes=size).text == FRENCH
    assert refusal(path, max_bytes=size - 1).reason == f"file too large ({size} bytes > limit of {size - 1})"


OTHER_LANGUAGES = [
    ("de", "Die Bundesregierung hat am Mittwoch einen Gesetzentwurf zur Reform der Rente beschlossen. Der "
           "Bundestag soll im Herbst darüber abstimmen, sagte der Arbeitsminister in Berlin. Die Gewerkschaften "
           "kritisieren die Pläne als unzureichend."),
    ("es", "El Gobierno aprobó el martes el proyecto de ley de presupuestos para el próximo año. El ministro de "
           "Hacienda defendió en Madrid que las cuentas son realistas y prometió reducir el déficit público."),
    ("de", "Der Minister ist gestern Abend angekommen. Er reist morgen wieder ab."),
    ("es", "El ministro llegó anoche. Se marcha mañana."),
    ("it", "Il ministro è arrivato ieri sera. Riparte domani."),
]


@pytest.mark.parametrize(("language", "text"), OTHER_LANGUAGES)
def test_other_languages_are_refused(tmp_path: Path, language: str, text: str) -> None:
    error = refusal(write(tmp_path, "article.txt", text))
    assert isinstance(error, LanguageError)
    assert error.reason == f"language {language!r} is not supported (only French and English)"


SHORT_TEXTS = [
    # Two or three sentences, many with foreign names (py3langid alone misreads those marked *).
    ("fr", "Le ministre est arrivé hier soir. Il repart demain."),
    ("fr", "Grève à la SNCF. Trafic perturbé."),
    ("fr", "Oui. Non. Peut-être."),
    ("fr", "Volodymyr Zelensky était à Kiev. Emmanuel Macron aussi."),
    ("fr", "Kassym-Jomart Tokaïev a rencontré Shehbaz Sharif à Islamabad. Ils ont signé six accords."),
    ("fr", "Tokaïev, Erdoğan et Mirziyoyev à Astana. Sommet de l'OTS."),  # *
    ("fr", "Bayern München bat Borussia Dortmund. Thomas Müller buteur."),  # *
    ("fr", "Sergio Mattarella nomme Mario Draghi. Roma applaudit."),  # *
    ("fr", "Andrés Manuel López Obrador critique Washington. Mexico proteste."),  # *
    ("fr", "Der Spiegel publie une enquête. Le gouvernement dément. Berlin se tait."),
    ("en", "The talks lasted three hours. Nothing was decided."),
    ("en", "Yes. No. Maybe."),  # *
    ("en", "Giorgia Meloni hosts Olaf Scholz in Rome. Migration deal agreed."),  # *
    ("en", "Bayern München beat Borussia Dortmund. Thomas Müller scored."),  # *
    ("en", "Real Madrid vs Barcelona: José Mourinho furious. Carlo Ancelotti smiles."),  # *
    ("en", "Sergio Mattarella appoints Mario Draghi. Rome cheers."),  # *
    ("en", "Juan Carlos Fernández de la Vega visited San Sebastián. He met the mayor."),  # *
]


@pytest.mark.parametrize(("language", "text"), SHORT_TEXTS)
def test_short_french_and_english_are_accepted(tmp_path: Path, language: str, text: str) -> None:
    assert detect_language(text) == language
    assert load_document(write(tmp_path, "short.txt", text)).language == language


# --- ids, long input ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("stem", "expected"), [("../x", "x"), ("a b/c", "a-b-c"), ("Été 2026!!", "Ete-2026"),
                                                ("", "document"), (".hidden", "hidden"), ("...", "document"),
                                                ("--_--", "document"), ("Œuvre № 5", "uvre-No-5"),
                                                ("北京", "document"), ("a" * 200, "a" * 80),
                                                ("C:\\Users\\x", "C-Users-x"), ("ok_name-1", "ok_name-1")])
def test_make_id(stem: str, expected: str) -> None:
    slug = make_id(stem)
    assert slug == expected
    assert slug and not slug.startswith((".", "-")) and "/" not in slug and "\\" not in slug


def test_id_comes_from_the_file_name(tmp_path: Path) -> None:
    assert load_document(write(tmp_path, "Été 2026!!.txt", FRENCH)).id == "Ete-2026"


def test_long_input(tmp_path: Path, seed: Document) -> None:
    copies = 70_000 // len(seed.text) + 1
    document = load_document(write(tmp_path, "pasted.txt", "\n\n".join([seed.text] * copies)))
    assert document.language == "fr" and len(document.text) >= 70_000
    assert [b.kind for b in document.blocks] == [b.kind for b in seed.blocks] * copies
    assert_offsets(document)


@pytest.mark.parametrize(("chunk", "heading"), [
    ("Conflits internationaux : « la voie vers la paix passe par les négociations. »", True),
    ("La vision de Kassym-Jomart Tokaïev : faire de la géographie un instrument de puissance", True),
    ("“Today the truth was heard.”", False),
    ("« Nous ne céderons pas. »", False),
    ("«\u202fJe ne savais rien. Mon associé gérait tout.\u202f»", False),  # narrow no-break spaces in guillemets
    ("«\u00a0Qu’est-ce que je fais en 2027\u00a0?\u00a0»", True),  # one question alone: a quoted intertitle
    ("«\u00a0Qu’ils viennent passer une nuit au dépôt, ils verront.\u00a0»", False),  # one sentence, nbsp: speech
    ("«\u202fOn attendra la fin de l’hiver, comme toujours…\u202f»", False),
    ("Le texte sera examiné mardi.", False),
    ('Salgado said Brazil would return in October. "We will not give up," she said. "Too many depend on this."',
     False),
    ("Le ministre a tranché. « Nous ne céderons pas. »", False),
    ("L'OTAN : « Nous restons vigilants. »", True),                   # a label, a colon, a quotation
    ("The envoy answered that he wanted “a relationship, with honesty in it.”", False),  # a sentence
    ("“Walang susuko,” Santos said in Tagalog. (“Nobody will give up.”)", False),  # a translation in brackets
    ("Interrogée sur le calendrier, la porte-parole de la Commission a été prudente : « Rien n'est exclu. »",
     False),
])
def test_quotation_paragraphs_are_not_headings(chunk: str, heading: bool) -> None:
    from newsbrief.loading import _looks_like_heading

    assert _looks_like_heading(chunk) is heading
