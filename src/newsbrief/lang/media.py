"""News media, shared by every language: an article cites them as where it heard something ("told CBS", "a
déclaré à franceinfo", "selon Reuters"), so they are sources, not what the article is about. Lower case.

``MEDIA`` names agencies, broadcasters and papers often cited in international and French-language news;
``MEDIA_WORDS`` are words whose presence in an organisation's name makes it a medium whatever its other words
("Kyodo News", "Yonhap News Agency", "Radio-Canada", "France Télévisions"). Left out on purpose: words that also
name topics ("post": the Post Office; "journal": the Journal officiel; "press": a press council)."""

from __future__ import annotations

MEDIA = frozenset(name.strip() for name in """
afp, agence france-presse, reuters, associated press, ap, bloomberg, dpa, ansa, efe, xinhua, tass, ria novosti,
interfax, kyodo, yonhap, nhk, bbc, cnn, cbs, nbc, abc, fox news, sky news, npr, pbs, al jazeera, al-jazeera,
euronews, deutsche welle, dw, france 24, rfi, tv5monde, franceinfo, france info, france inter, france culture,
europe 1, rtl, rmc, bfmtv, bfm tv, lci, tf1, france 2, france 3, arte, cnews, le monde, le figaro, libération,
les echos, le parisien, l'express, le point, l'obs, mediapart, ouest-france, la croix, l'humanité, le jdd,
le journal du dimanche, rtbf, rts, radio-canada, le soir, le temps, le devoir, la presse, jeune afrique,
new york times, washington post, wall street journal, financial times, the guardian, the times, the economist,
politico, axios
""".split(","))

MEDIA_WORDS = frozenset("""
news radio télévision télévisions television tv broadcasting gazette tribune herald telegraph presse
""".split())

#: Articles a medium's name keeps in ``MEDIA`` ("le devoir") but drops after a preposition ("au Devoir").
MEDIA_ARTICLES = ("le ", "la ", "les ", "l'", "the ")
