"""Given names with a clear grammatical gender, shared by every language: press articles in any language name people
from everywhere. Lower case, accents kept, plus an unaccented copy (the lookup lower-cases the first word of a name
and its first hyphenated part). A name that is given to both men and women in some country (Andrea, Camille,
Claude, Dominique, Sasha, Kim) is left out on purpose: no gender is better than a wrong one."""

from __future__ import annotations

import unicodedata

MASCULINE = frozenset("""
petros yiannis christos stavros panagiotis
jordi pau oriol josep iñigo aitor unai mikel íñigo joão joao rui nuno tiago gonçalo stefano krzysztof paweł
pawel jakub mykola taras serhiy mahmoud mustapha moustapha ousmane mamadou ibrahima cheikh seydou kofi kwame
chinedu emeka olusegun hiroshi takeshi kenji shinzo fumio yoshihide rahul arvind
aaron abdel abdelaziz abdallah abdoulaye abdul abdullah abel abraham adam adel adolfo adrian adrien ahmad ahmed
akram alain alan alberto albert aleksandr aleksander alejandro alessandro  alexander alexandre alexandr
alexeï alexei alexis alfonso alfred ali amadou amir anatoli anders andré andreas andrei andrew andrés andrzej
andriy angelo anthony antoine anton antonio arnaud arthur arturo augusto aurélien axel ayman aziz baptiste
barack bashar basile bastien ben benedikt benjamin benoît bernard bertrand bill bjorn björn bob bogdan boris
boubacar brahim brian bruno carl carlos carlo cédric charles christian christophe christopher  clément
conrad constantin cristiano cyril cyrille dan daniel daniele dario david denis denys dennis didier diego
dimitri dimitris dmitri dmitry dmytro  donald doug douglas dragan ed eddie edgar edouard édouard
eduardo edward elias elon emmanuel emil emile émile enrico enrique eric éric erik ernesto étienne evgueni
evgeny fabien fabrice fabio federico felipe félix ferdinand fernando florian francesco francis francisco
franck frank františek françois frédéric friedrich gabriel gaël gaston geert georg george georges gérald
gérard gerhard giorgos giovanni giuseppe gilles giorgio grégoire gregory grégory guido guillaume gustavo guy
hakan hamid hans harald harry hassan hector heinrich helmut henri henrique henry herbert hervé hichem hugo
hugues humberto hussein ibrahim igor ilya imran ismail ivan jack jacob jacques jaime jake james jan
jaroslaw jarosław javier jean jean-claude jean-luc jean-marie jean-michel jean-pierre jean-yves jeff jens
jérémie jérôme jim joachim joe joel joël johan johann john jonathan jordan jorge josé joseph josh juan
julian julien jurgen jürgen justin kamel karim karl karol kassym-jomart keir ken kenneth kevin khaled
kiril kirill klaus konrad kostas kurt kyriakos lars laurent léo léon leonardo leonid lionel lorenzo louis
luc luca lucas ludovic luigi luis lukas łukasz manuel marc marcel marcelo marco marcus marek mario mark
markus martin massimo mateusz mathias mathieu matteo matthew matthias matthieu maurice max maxime
mehdi michael michał michel miguel mikhaïl mikhail milan mohamed mohammad mohammed moussa mustafa nabil
narendra nasser nathan nicolas nicola nikolaï nikolai nikos noël olaf oleg oleksandr oleksiy olivier
omar  oscar osman otto pablo paolo pascal patrice patrick paul pavel pedro peter petr petro philip
philipp philippe pierre piotr rachid rafael raphaël rashid raúl raymond recep régis rémi rémy renaud
rené ricardo richard rishi robert roberto rodrigo roger roland romain ronald rudolf rustam ryan saad
said saïd salah salman sami samir samuel sandro sébastien serge sergei sergey sergio sergueï serguei
simon stanislas stefan stéphane stephen steve steven sven sylvain tariq thierry thomas tim timothy
tobias tom tomás tomasz tony valentin valéry vasily victor viktor vincent vitali vladimir vladislav
volodymyr walter werner wilhelm william wojciech xavier yann yannick yaroslav yanis yasser yevgeny youssef
yves zbigniew
""".split())

FEMININE = frozenset("""
christiana
nuria núria montserrat lucía rocío rocio mercedes inés ines begoña ana maría raquel irene laia mireia nerea
ainhoa itziar leire alba sofía federica elisabetta roberta paola fernanda mariana joana leonor catarina tetiana
ioulia nataliya ekaterina iekaterina lioudmila yelena mariya fatoumata aminata aïssata aissata mariama khadija
samira zineb salma hanan noura ngozi chiamaka adaeze folake funmilayo wanjiru wangari yuko keiko sakura haruka
akiko sanae priya anjali sunita lakshmi deepa
adèle adriana agnès agnieszka aïcha alessandra alexandra alice alicia alina aline alla alexia amandine
amélie amina anastasia andrée angela angèle angelika anita anna annalena anne anne-marie annie antonella
ariane audrey aurélie aurore barbara béatrice beatriz bérénique bernadette brigitte  carla carmen
carole caroline catherine cécile céline chantal charlotte chiara christa christiane christine chrystia
claire clara claudia colette corinne cristina dalia danielle daria delphine diana diane dilnoza dolores
dominika dorota edith élisabeth elisabeth elena eleni elina eliza elizabeth ella elsa elvira emilia émilie
emily emma estelle esther eva ewa ève évelyne fanny fatima fatou florence francesca françoise frédérique
gabriela gabrielle geneviève georgia gisèle giorgia giulia gloria hanna hannah hélène helen helena
hillary hind ida inès ingrid irène irina isabel isabella isabelle ivana jacqueline jana janet jeanne
jennifer jessica joanna jocelyne johanna josefina joséphine judith julia juliette julie justine karen
karima katarzyna katerina katharina kathleen kathrin katia katya kamala kristina laetitia laura laure
laurence léa leila leïla léna liliane lina linda lisa louise lucia lucie lucy ludmila lydia lyudmila
madeleine magdalena maia malgorzata małgorzata manon margaret margarita margot maria mariam marianne
marie marie-christine marie-france marie-hélène marielle marina marine marion marta marthe martina
martine mary maryam maryse mathilde maud mélanie meryem mette michèle michelle mireille monica monique
nada nadia nadine najat nancy natalia natalya natacha nathalie nicole nina noémie oksana olena olga
olivia pascale patricia paula pauline petra pilar rachel rachida rania rebecca renata rita rosa rose
ruth sabine sabrina salomé samia sandra sanna sara sarah ségolène sévérine shirin silvia simone
sofia sonia sophie stéphanie susan suzanne svetlana sylvie tatiana tatiana teresa thérèse theresa ursula
valentina valérie véronique victoria virginie viviane wanda yasmina yasmine yolanda yulia zeynep zofia
zoé
""".split())


#: More given names of the anglophone and francophone press worldwide, by origin (sorted in each group).
#: Left out on purpose, besides names given to both sexes (Jamie, Kelly, Morgan, Taylor, Sacha, Adama, Lerato):
#: names that are also common words or places, which open sentences and names of things capitalised, so that a
#: listed one would make the person rules misfire ("Will", "May", "Grace", "Hope", "Faith", "Joy", "Dawn", "Drew",
#: "Chase", "Dean", "Grant", "Glen", "Ray", "Sue", "Precious", "Blessing", "Innocent", "Goodluck"; « Victoire »,
#: « Blanche », « Reine », « Marin », « Pape », « Ange »; "Virginia", "Regina", "Lorraine", "Chelsea", "Sydney",
#: "Chad", "Troy", "Santiago", "Angus", « Aude »; "Mere", "Hone", « Anis »), and surnames as often as given
#: names that stand alone for a person ("Gordon", "Nelson", "Lloyd", "Murray", "Wallace", "Stewart").
MASCULINE_BY_ORIGIN = {
    "anglophone": """alasdair alfie alistair archie barnaby barry brad brendan brent brett callum calvin clive
        colin craig curtis damian darren darryl daryl derrick dominic duncan dwight edmund errol euan ewan freddie
        gareth garry gary gavin giles graham greg gregg hamish harvey howard hugh iain ian jared jeremiah jimmy
        johnny jon kieran kieron lachlan leonard liam luke malcolm marlon marvin matt melvin mike mitchell neil
        nigel oliver owen pete phil rhys rodney ronan rory rupert sean seb shane shaun shawn stanley stuart ted
        terence todd travis trevor tristan vernon wayne""",
    "irish": """cathal cian ciarán colm connor conor darragh declan diarmuid dónal éamon éamonn
        enda eoghan eoin fergal fergus micheál niall oisín pádraig séamus seán tadhg""",
    "caribbean": """andre delroy desmond fitzroy keron kerwin leroy winston""",
    "african": """babajide babatunde bongani chidi chukwuma enoch femi fikile godfrey godwin ikenna kagiso kojo
        kwabena kwaku kwesi mandla muhammadu obinna olumide segun sipho siyabonga thabo themba tshepo tunde yakubu
        yaw yoweri""",
    "francophone africa": """alassane aliou babacar bakary bassirou demba faustin hamadou idriss idrissa issa
        lamine macky mahamadou mahamat malick modibo oumar sékou souleymane youssouf""",
    "maghreb": """abdelfattah abdelhamid abdelkader abdellatif abdelmadjid abdelmajid achraf amine ayoub béji
        bilal djamel driss faouzi farid fethi fouad habib hakim hamza hicham hocine ilyes jamel kaïs khalil
        lakhdar larbi lotfi marouane moncef mourad nacer nizar noureddine othmane redouane riad riyad salim
        slimane sofiane soufiane tahar tarek yacine yassine younes zakaria zinedine""",
    "south asian": """ajay akhilesh amit anil arjun ashok asif bilawal deepak faisal gautam harish junaid kamran
        kapil mahinda manish manoj mukesh nawaz nitin nitish pradeep rajesh rajiv ramesh ranil sanjay sanjeev
        shahbaz shehbaz sunil suresh tahir usman vijay vikram vinod zulfikar""",
    "pacific": """rawiri sione tamati tevita viliami wiremu""",
    "european": """armin dieter frans günter günther hendrik henrik horst jeroen jonas joost jörg maarten magnus
        manfred nils pieter reinhard rolf ruud sigmar silvio ulf uwe willem wim wolfgang""",
    "francophone": """antonin augustin aymeric cyprien damien dorian élie éloi enzo erwan firmin florent gaëtan
        gaspard gilbert hadrien jérémy joris jules kévin kilian killian kylian loïc lucien marius mathis michaël
        mickaël noé quentin raoul rodolphe romuald tanguy théo thibault thibaut timothée vianney wilfried yoann
        yohann""",
}

FEMININE_BY_ORIGIN = {
    "anglophone": """alison allison amelia annette bethany bronwen bronwyn chloe colleen eileen fiona gillian gwen
        hayley imogen jacqui jane jill joanne kate kathy katie kirsty kristen kylie lesley lindsey lynette maureen
        meghan noreen philippa rebekah rosemary sally sheila shelley tracey tracy valerie yvonne""",
    "irish": """áine aoife caoimhe ciara clodagh deirdre eimear gráinne máire mairéad niamh nuala orla róisín
        saoirse sinéad siobhán sorcha""",
    "welsh and scots": """carys cerys eilidh ffion morag rhiannon siân""",
    "caribbean": """claudette marcia merlene paulette portia shericka""",
    "african": """abena adwoa afua akosua akua amaka busisiwe chioma funke halima hauwa ifeoma lindiwe naledi
        nkosazana nneka nomsa nomvula thandi thandiwe wanjiku yewande zainab zanele""",
    "francophone africa": """aïssatou awa bintou coumba djeneba hawa kadiatou khady nafissatou oumou
        ramatoulaye rokia""",
    "maghreb": """amel djamila farida fatiha houria imane jamila kenza latifa loubna malika meriem myriam naïma
        nawel souad zohra""",
    "south asian": """benazir deepika divya geeta indira kavita mamata meena neha nirmala pooja priyanka radhika
        rekha shabana smriti sushma usha""",
    "pacific": """aroha jacinda ngaire""",
    "european": """annika astrid birgit birgitta franziska heike karin kerstin ricarda saskia sigrid silke solveig
        ulrike""",
    "francophone": """agathe anaïs anne-sophie armelle axelle bénédicte carine chloé clémence coralie élise élodie
        éloïse emmanuelle fabienne gaëlle géraldine ghislaine hortense karine léonie lucile ludivine maëlle magali
        margaux micheline mylène nadège océane odile perrine sandrine solène yvette""",
}


def _unaccented(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


_ALL_MASCULINE = MASCULINE.union(*(names.split() for names in MASCULINE_BY_ORIGIN.values()))
_ALL_FEMININE = FEMININE.union(*(names.split() for names in FEMININE_BY_ORIGIN.values()))

#: Each name also without its accents, as the press often writes it ("Etienne", "Helene").
GIVEN_NAMES: dict[str, str] = {
    **{_unaccented(name): "Masc" for name in _ALL_MASCULINE}, **{_unaccented(name): "Fem" for name in _ALL_FEMININE},
    **dict.fromkeys(_ALL_MASCULINE, "Masc"), **dict.fromkeys(_ALL_FEMININE, "Fem"),
}

#: Vietnamese family names, with and without accents, which open a name the article then shortens to its last
#: word, the given name ("Nguyen Van Thanh", then "Thanh"): "Van", "Thi" inside are middle names, no particle.
GIVEN_NAME_LAST_FAMILIES = frozenset("""
    Nguyen Nguyễn Tran Trần Le Lê Pham Phạm Hoang Hoàng Huynh Huỳnh Phan Vu Vũ Võ Vo Dang Đặng Bui Bùi Do Đỗ Ngo
    Ngô Duong Dương Dinh Đinh Trinh Trịnh Truong Trương Doan Đoàn Luong Lương
""".split())
