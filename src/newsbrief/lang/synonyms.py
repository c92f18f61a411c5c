"""Well-known other names of international bodies, shared by every language: an article may name a body by an
acronym in one sentence and by a descriptive name in the next ("l'OTAN" ... "l'Alliance atlantique"). Each
other name maps to the body's full name, which keys its entity (the row shows the fullest form the text uses).
Kept small: only names that stand for one body whatever the article."""

from __future__ import annotations

SYNONYMS = {
    "OTAN": "Organisation du traité de l'Atlantique nord",
    "Alliance atlantique": "Organisation du traité de l'Atlantique nord",
    "NATO": "North Atlantic Treaty Organization", "Atlantic Alliance": "North Atlantic Treaty Organization",
    "ONU": "Organisation des Nations unies", "Nations unies": "Organisation des Nations unies",
    "UN": "United Nations",
    "ASEAN": "Association of Southeast Asian Nations", "ANASE": "Association des nations de l'Asie du Sud-Est",
    "UE": "Union européenne", "EU": "European Union",
    "Fed": "Federal Reserve", "BCE": "Banque centrale européenne", "ECB": "European Central Bank",
    "FMI": "Fonds monétaire international", "IMF": "International Monetary Fund",
    "OMS": "Organisation mondiale de la santé", "WHO": "World Health Organization",
    "OMC": "Organisation mondiale du commerce", "WTO": "World Trade Organization",
    "AIEA": "Agence internationale de l'énergie atomique", "IAEA": "International Atomic Energy Agency",
}
