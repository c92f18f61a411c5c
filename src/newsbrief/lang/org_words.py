"""Words that end the name of an organisation, a building or a prize, shared by every language: press articles in
any language name foreign bodies in their own language ("Allen Institute for Artificial Intelligence" in a French
article). Lower case. A name ending in one of them is not a person's, whatever given name opens it ("Gordon and
Betty Moore Foundation", "Francine Clark Art Institute"). Words that are also common surnames (Hall, House, Park,
Church, Tour, Place, Pont) are left out on purpose."""

from __future__ import annotations

ORGANISATION_ENDINGS = frozenset("""
institute institution foundation university college school academy museum gallery library hospital clinic
airport stadium arena prize award trophy cup company corporation corp inc ltd plc llc gmbh holdings group
bank fund trust association society federation league committee council commission agency authority chamber
ministry department office party union center centre festival forum network observatory laboratory
institut fondation université école académie musée bibliothèque hôpital aéroport stade prix trophée coupe
compagnie société groupe banque fonds fédération ligue comité conseil commission agence autorité ministère
parti syndicat centre observatoire laboratoire
""".split())
