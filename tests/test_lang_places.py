"""The language data's gazetteer: countries, capitals and regions are places; organisations are not."""

from __future__ import annotations

import pytest

from newsbrief.lang import get_language_data

SAMPLES = {
    "fr": ["États-Unis", "Royaume-Uni", "Russie", "Chine", "Moldavie", "Biélorussie", "Bélarus", "Tchéquie",
           "République tchèque", "Corée du Sud", "Corée du Nord", "Côte d'Ivoire", "Côte d’Ivoire",
           "Émirats arabes unis", "Arabie saoudite", "Macédoine du Nord", "Bosnie-Herzégovine", "Tuvalu",
           "République démocratique du Congo", "Saint-Siège", "Palestine", "Taïwan", "Kosovo", "Groenland",
           "Crimée", "Donbass", "Cisjordanie", "Gaza", "Haut-Karabakh", "Transnistrie", "Sahel", "Balkans",
           "Caucase", "Moyen-Orient", "Proche-Orient", "Asie centrale", "Europe de l'Est", "Moscou", "Pékin",
           "Kiev", "Kyiv", "Londres", "Chisinau", "Erevan", "Tbilissi", "Douchanbé", "Le Caire", "Addis-Abeba",
           "Yamoussoukro", "Brasilia", "Buenos Aires", "Séoul", "New Delhi", "Kaboul", "Tel-Aviv", "Riyad",
           "Abou Dhabi", "Lisbonne", "Copenhague", "La Haye", "Genève", "Bucarest", "Pristina", "Lyon", "Nantes"],
    "en": ["United States", "United Kingdom", "Russia", "China", "Moldova", "Belarus", "Czechia", "Czech Republic",
           "Ivory Coast", "Côte d'Ivoire", "Democratic Republic of Congo", "Republic of Congo", "North Macedonia",
           "Bosnia and Herzegovina", "Saudi Arabia", "United Arab Emirates", "South Korea", "North Korea",
           "Georgia", "Jordan", "Tuvalu", "Holy See", "Palestine", "Taiwan", "Kosovo", "Greenland", "Crimea",
           "Donbas", "West Bank", "Gaza", "Nagorno-Karabakh", "Transnistria", "Sahel", "Balkans", "Caucasus",
           "Middle East", "Central Asia", "Eastern Europe", "Moscow", "Beijing", "Kyiv", "Kiev", "London",
           "Chisinau", "Yerevan", "Tbilisi", "Dushanbe", "Cairo", "Addis Ababa", "Brasília", "Buenos Aires",
           "Seoul", "New Delhi", "Kabul", "Tel Aviv", "Riyadh", "Abu Dhabi", "Lisbon", "Copenhagen", "The Hague",
           "Geneva", "Bucharest", "Pristina"],
}

NOT_PLACES = {
    "fr": ["Union européenne", "RDC", "Victoria", "Maurice", "Dominique", "Salvador"],
    "en": ["European Union", "DRC", "UAE", "Victoria", "Santiago", "Male"],
}


@pytest.mark.parametrize(("language", "place"), [(lang, p) for lang, places in SAMPLES.items() for p in places])
def test_place_is_known(language: str, place: str) -> None:
    assert place in get_language_data(language).PLACES


@pytest.mark.parametrize(("language", "name"), [(lang, n) for lang, names in NOT_PLACES.items() for n in names])
def test_organisations_acronyms_and_given_names_are_not_places(language: str, name: str) -> None:
    assert name not in get_language_data(language).PLACES


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_places_are_capitalised(language: str) -> None:
    places = get_language_data(language).PLACES
    assert all(isinstance(p, str) and p == p.strip() and p[:1].isupper() for p in places)
    assert not [p for p in places if p == p.lower()]


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_countries_and_capitals_are_places(language: str) -> None:
    lang = get_language_data(language)
    assert lang.COUNTRIES <= lang.PLACES and lang.CAPITALS <= lang.PLACES
    assert len(lang.COUNTRIES) >= 193 and len(lang.CAPITALS) >= 190
