"""The English word lists for quotes and speakers: cue verbs, titles, pronouns, quote marks.

Users extend any of them with ``RuleSet.with_words(name, [...])`` without
writing a pattern.
"""

from __future__ import annotations

from newsdoc.rulesets.en import lexicon

_CUE_STEMS = """
say says said saying tell tells told telling add adds added adding note notes noted explain
explains explained stress stresses stressed insist insists insisted warn warns warned argue
argues argued write writes wrote tweet tweets tweeted posted ask asks asked reply replies
replied respond responds responded continued declare declares declared
announce announces announced acknowledge acknowledges acknowledged admit admits admitted
claim claims claimed recall recalls recalled suggest suggests suggested describe describes
described call calls called praises praised judged observe observes observed remark remarks
remarked comment comments commented concede concedes conceded countered quip quips quipped
joke jokes joked complain complains complained lament laments lamented predict predicts
predicted promise promises promised vow vows vowed urge urges urged caution cautions
cautioned emphasize emphasizes emphasized emphasise emphasises emphasised reiterate
reiterates reiterated testify testifies testified stated boast boasts boasted muse
muses mused shout shouts shouted yell yells yelled scream screams screamed whisper whispers
whispered conclude concludes concluded agree agrees agreed confirm confirms confirmed deny
denies denied allege alleges alleged charged accuse accuses accused blasts blasted slams
slammed criticize criticizes criticized criticise criticises criticised laud lauds lauded
hail hails hailed tout touts touted report reports reported assert asserts asserted labeled
labelled branded characterize characterizes characterized texted emailed wonder wonders
wondered pledge pledges pledged proclaim proclaims proclaimed recount recounts recounted
indicate indicates indicated opine opines opined demanded maintain maintains maintained
contend contends contended questioned mock mocks mocked thanked cheered chanted
 elaborate elaborates elaborated clarify clarifies clarified sigh sighs
sighed laugh laughs laughed cry cries cried retort retorts retorted snap snaps snapped
grumble grumbles grumbled advise advises advised reveal reveals revealed disclose discloses
disclosed inform informs informed assure assures assured remind reminds reminded preach
preaches preached quoted echo echoes echoed dismiss dismisses dismissed defend defends
defended attacked read reads
"""

_MORE_CUES = """
saying telling adding noting calling writing arguing explaining insisting warning stressing
declaring asking describing claiming accusing praising tweeting posting complaining
suggesting urging answering responding replying labeling labelling branding dubbing
remarking observing predicting promising vowing quipping joking recalling acknowledging
admitting conceding chanting shouting yelling chiding blasting slamming mocking criticizing
touting boasting announcing reiterating emphasizing lamenting concluding confirming denying
alleging asserting maintaining contending demanding pledging proclaiming revealing texting
emailing cautioning retorting interjecting scolding pressed pressing blamed blaming reacted
reacting welcomed welcoming referenced referencing chide chides chided retaliate retaliates
retaliated interject interjects interjected ponder ponders pondered riffed dubbed lectured
lecturing scoff scoffs scoffed scoffing raged fumed gushed bragged bragging teased teasing
taunted taunting scolded inquire inquires inquired inquiring queried exclaim exclaims
exclaimed thundered bellowed roared pleaded pleading implore implored begged recount
recounted narrate narrated conclude cited citing repeated repeating summarize summarized
summarise summarised concur concurs concurred disputed disputing rebutted rejoin rejoined
answered bemoan bemoans bemoaned bemoaning decry decries decried decrying deride derides
derided deriding lambast lambasts lambasted lambasting excoriate excoriates excoriated
ridicule ridicules ridiculed ridiculing liken likens likened likening insinuate insinuated
imply implies implied implying hinted hinting swear swears swore
reasoned reasoning surmise surmised speculate speculates speculated speculating
estimated theorize theorized theorizes opined grouse groused grouses bristle bristled
griped protested protesting scoffed sneer sneered marvel marveled marvelled
muse mused wonder wondered cheered jeered heckled stating credited barked denounced denounces
denouncing pronounced confessed confesses retweeted mentioned mentioning portrayed portraying
answer answers remembered remembers beamed recited reciting mouthed mouthing
"""

CUE_VERBS = (
    *dict.fromkeys((*_CUE_STEMS.split(), *_MORE_CUES.split())),
    "pointed out",
    "points out",
    "went on",
    "goes on",
    "shot back",
    "fired back",
    "lashed out",
    "summed up",
    "put it",
    "puts it",
    "referred to",
    "refers to",
    "referring to",
    "spoke of",
    "speaks of",
    "warned of",
    "went on to say",
)

STANCE_VERBS = tuple(
    """
support supports supported oppose opposes opposed propose proposes proposed talk talks talked
discuss discusses discussed deliver delivers delivered share shares shared vent vents vented
think thinks thought believe believes believed release releases released issue issues issued
coin coins coined applaud applauds applauded herald heralds heralded intimate intimates
intimated reject rejects rejected condemn condemns condemned embrace embraces embraced invoke
invokes invoked made makes offer offers offered
""".split()
)
"""Verbs of stance that are not cues by themselves but make the sentence's subject the source
of a quote after them (``Clinton supports “appropriate pay raises”``)."""

TITLES = tuple(
    """
President Vice Prime Minister Secretary Senator Sen. Sen Representative Rep. Rep Governor
Gov. Gov Mayor General Gen. Gen Admiral Adm. Colonel Col. Lieutenant Lt. Captain Capt.
Sergeant Sgt. Major Maj. Adviser Advisor Director Chairman Chairwoman Chair Judge Justice
Attorney Speaker Leader Mr. Mr Mrs. Mrs Ms. Ms Miss Dr. Dr Prof. Prof Professor Rev.
Reverend Sir Dame Lord Lady King Queen Prince Princess Pope Chancellor Ambassador
Commissioner Chief CEO Spokesman Spokeswoman Spokesperson Deputy Former former
Sens. Sens Reps. Reps Del. Treasurer Officer Detective Sheriff Coach Candidate Nominee Presidential candidate nominee
president senator governor mayor secretary minister spokesman spokeswoman adviser
advisor director chairman general judge leader ambassador chancellor officer coach
Congressman Congresswoman congressman congresswoman Sheikh Emir Premier Councilman
Councilwoman Assemblyman Assemblywoman Delegate Superintendent Commander Marshal Agent
First Lady Pastor Rabbi Father Sister Brother Bishop Cardinal Imam Dean Provost
Founder founder Executive executive Correspondent correspondent Reporter reporter
Analyst analyst Strategist strategist Pollster pollster Manager manager
""".split()
)

FEMALE_TITLES = (
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Miss",
    "Lady",
    "Queen",
    "Princess",
    "Dame",
    "Chairwoman",
    "Spokeswoman",
    "Congresswoman",
    "Councilwoman",
    "Assemblywoman",
    "Sister",
    "spokeswoman",
    "congresswoman",
)
MALE_TITLES = (
    "Mr.",
    "Mr",
    "Sir",
    "Lord",
    "King",
    "Prince",
    "Chairman",
    "Spokesman",
    "Congressman",
    "Councilman",
    "Assemblyman",
    "Father",
    "Brother",
    "spokesman",
    "congressman",
)

FEMALE_NAMES = tuple(
    """
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Sara Karen Lisa Nancy
Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah
Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Ana Brenda Pamela
Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria
Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn
Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sophia Madison
Frances Kathryn Janice Jean Abigail Alice Judy Isabella Julia Grace Amber Denise Danielle
Marilyn Beverly Charlotte Natalie Theresa Diana Brittany Doris Kayla Alexis Lori Hillary
Hilary Condoleezza Nikki Kellyanne Huma Elizabeth Ivanka Melania Michele Carly Nancy Dianne
Kirsten Tammy Claire Jeanne Kamala Debbie Marsha Loretta Ines Clara Helene Angela Theresa
Marine Ruth Sonia Elena Samantha Susana Hope Sally Valerie Jill Chelsea Roberta Leslie
""".split()
)
"""Common female first names: a pronoun ``she`` never resolves to a name known as male."""

MALE_NAMES = tuple(
    """
James Robert John Michael William David Richard Joseph Thomas Charles Christopher Daniel
Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy
Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin
Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry
Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold
Keith Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan
Joe Jordan Billy Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene
Vincent Russell Elijah Louis Bobby Philip Johnny Barack Bernie Ted Marco Jeb Chris Mike
Mitt Newt Rand Reince Corey Rudy Bill Hugh Vladimir Tom Tim Ben Jim Bob Dan Dave Steve
Harry Chuck Lindsey Rick Marco Martin Lincoln Jake Josh Robby Rahm Elliot Jared Eric
Rex Sean Ray Dick Al Sam Tony Pete Abe Reid Orrin Mitch Kevin Lamar Jon Hakeem Cory Xavier
""".split()
)
"""Common male first names: a pronoun ``he`` never resolves to a name known as female."""

PRONOUNS = ("he", "she", "they", "it", "He", "She", "They", "It")
FEMALE_PRONOUNS = ("she", "She", "her", "Her")
MALE_PRONOUNS = ("he", "He", "his", "His")
PLURAL_PRONOUNS = ("they", "They")
"""Pronouns for several people or a body: they resolve to an organisation, never a person."""
NEUTER_PRONOUNS = ("it", "It")
FIRST_PERSON = tuple("I I've I'm I'd I'll I’ve I’m I’d I’ll We We've We're We’ve We’re".split())
"""First-person pronouns: never a name; resolution leaves them unresolved (the writer or
the one quoted)."""
"""Pronouns for a thing or a body: they resolve to an organisation, never a person."""

FEMALE_NOUNS = tuple(
    """
woman mother wife daughter sister widow grandmother aunt niece girl lady actress businesswoman
""".split()
)
"""Nouns that describe a woman in an appositive (``Ann Lee, a mother of three``)."""
MALE_NOUNS = tuple(
    """
man father husband son brother widower grandfather uncle nephew boy businessman actor
""".split()
)
"""Nouns that describe a man in an appositive (``Tom Roe, a father of two``)."""

NAME_PARTICLES = tuple(
    """
de da di du van von der den del della la le al el bin ibn ben y dos das
""".split()
)
"""Lower-case words inside a name (``Bill de Blasio``, ``Ludwig van Beethoven``)."""

NAME_SUFFIXES = ("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV")
"""Words after a surname that are not the surname (``Martin Luther King Jr.``)."""

NAME_CONNECTORS = ("of", "on", "for", "to")
"""Lower-case words inside an organisation's name or a title (``Commission on Presidential
Debates``, ``Secretary of State``)."""

ORGANIZATION_WORDS = tuple(
    """
Commission Committee Council Party Campaign Department Agency Association Union Institute
Foundation Center Centre University College School Schools Bureau Office Administration
Corporation Company Inc Corp Co Group Times Post News Journal Network Fund Bank Board Court
Congress Senate Church Alliance Federation Coalition Ministry Service Services Police Club
Society Organization Organisation League Trust Project Press Herald Tribune Magazine Review
Television Radio Airlines Energy Institution Authority Caucus Initiative Watch
Republicans Democrats PAC Reuters Politico Breitbart CNN MSNBC
Fox NBC ABC CBS NPR AP BBC FBI CIA NSA GOP DNC RNC IMF NATO Pentagon Kremlin Facebook Twitter
""".split()
)
"""Words that make a capitalised name an organisation's (``Commission on Presidential
Debates``, ``The New York Times``); ``it`` and ``they`` resolve only to organisations."""

PLACE_NAMES = tuple(
    """
Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh
Belarus Belgium Bolivia Bosnia Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia
Croatia Cuba Cyprus Denmark Ecuador Egypt England Eritrea Estonia Ethiopia Europe Finland France
Georgia Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq
Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait Laos Latvia
Lebanon Libya Lithuania Luxembourg Malaysia Mali Mexico Moldova Mongolia Morocco Myanmar Nepal
Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay Peru
Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia Singapore
Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Tunisia
Turkey Uganda Ukraine Uruguay Venezuela Vietnam Wales Yemen Zimbabwe Africa Asia America
Americas Crimea Gaza Aleppo Damascus Baghdad Kabul Tehran Moscow Beijing Tokyo London Paris
Berlin Brussels Hamburg Rome Madrid Geneva Vienna Athens Istanbul Ankara Cairo Jerusalem
Havana Seoul Pyongyang Kiev Kyiv Warsaw Mosul Raqqa Benghazi Caracas Ottawa Toronto
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming Hampshire Jersey Carolina Dakota
Washington Chicago Boston Philadelphia Atlanta Miami Houston Dallas Denver Seattle Detroit
Cleveland Baltimore Brooklyn Manhattan Queens Charlotte Tampa Orlando Phoenix Springfield
Harlem Flint Ferguson Tulsa Orleans York Vegas Angeles Francisco Diego Arabia States Kingdom Emirates U.S US U.K UK
Ala Ariz Ark Calif Colo Conn Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev
N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Va Vt Wash Wis Wyo D.C
""".split()
)
"""Places (countries, continents, US states, large cities, and the last word of ``New
York``-like names): a name ending in one of them is a place, never a person or a speaker.
Read by speaker resolution only."""

GROUP_WORDS = tuple(
    """
Republicans Democrats Conservatives Liberals Progressives Americans Russians Europeans
Libertarians Independents
""".split()
)
"""Capitalised words that name a group of people (``Democrats said``): speaker kind ``group``."""

BODY_NOUNS = ("campaign", "administration", "team", "camp")
"""Nouns of a body that a person's name qualifies (``the Trump campaign``): the speaker is
that body, named by the name and the noun (``Trump campaign``). Read by speaker resolution."""

ORGANIZATION_NOUNS = tuple(
    """
company agency committee government administration union bank fund website newspaper
network firm group department ministry office court commission council board
""".split()
)
"""Nouns that make a description a body's (``the agency``): speaker kind ``organization``."""

PLURAL_NOUNS = ("people", "men", "women", "police", "staff", "crowd", "children")
"""Nouns of several people without a plural ``-s``: speaker kind ``group``."""

NAME_MODIFIERS = tuple(
    """
Democrat Republican Democratic Libertarian Independent Conservative Liberal Progressive GOP
Crooked Rival Incumbent Embattled Outgoing Disgraced Billionaire Businessman Businesswoman
""".split()
)
"""Capitalised words that qualify a name before it (``Democrat Hillary Clinton``): never
part of the name. Read by speaker resolution."""

DATE_WORDS = tuple(
    """
January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
Saturday Sunday Today Tonight Yesterday Tomorrow
""".split()
)
"""Months and days: a name made of them alone is a date, never a speaker."""

NON_NAMES = tuple(
    """
Unlike Like Amid Among Including Regarding Following Besides Beyond Except Without Within
Throughout Toward Towards Against Across Per Via Overall Perhaps Maybe Yes No
""".split()
)
"""Capitalised words that open a sentence but never a name (``Unlike Patriot, …``). Read by
speaker resolution only (``function_words`` also shapes attribution)."""

COORDINATORS = ("and", "&")
"""Words that join the names of several speakers (``Sens. Carper and Cardin``)."""

ROLE_NOUNS = tuple(
    """
spokesman spokeswoman spokesperson spokespeople official officials source sources aide
aides adviser advisers advisor advisors president senator candidate nominee campaign
statement report people person analyst analysts expert experts executive executives
leader leaders lawmaker lawmakers minister officer officers police authorities governor
mayor secretary ambassador chairman chairwoman director founder professor author lawyer
lawyers attorney attorneys judge prosecutor prosecutors researcher researchers economist
economists manager coach player players resident residents witness witnesses voter voters
supporter supporters critic critics representative member members group company agency
department ministry office committee newspaper network administration government
spokesmen strategist strategists pollster pollsters organizers organiser organizers
activist activists doctor doctors scientist scientists study survey poll website
memo letter filing complaint lawsuit documents document records record chief commander
consultant consultants delegate delegates host anchor commentator commentators columnist
editor writer historian teacher student students worker workers retiree veteran veterans
nurse owner organizer volunteer volunteers protester protesters attendee attendees fan fans
woman women man men mother father congressman congresswoman lobbyist donor donors
percent respondents surveyed majority others insiders third half quarter minority
""".split()
)

DETERMINERS = tuple(
    """
the a an another one two three several many some his her their its our this that these
those The A An Another One Two Three Several Many Some His Her Their Its Our This That
These Those
""".split()
)

INDEFINITE_DETERMINERS = tuple(
    "a an another one two three several many some A An Another One Two Three Several Many Some".split()
)
"""Determiners that introduce someone new (``a spokesman``): such a description never
resolves to a person named before it. Read by speaker resolution only."""

FUNCTION_WORDS = tuple(
    """
The A An But And Or So Yet Then When While As At In On Of For From To With By After
Before Since Though Although If Because However Meanwhile Still Also Even Now Later
Earlier Last This That These Those There Here It He She They We I You Asked Speaking
Writing Mr Mrs Ms Dr According Under Over During Until Despite Instead Thus Indeed
Monday Tuesday Wednesday Thursday Friday Saturday Sunday
""".split()
)

ADVERBS = tuple(
    """
also then later once previously recently earlier repeatedly again further simply
reportedly frequently often publicly privately flatly bluntly angrily quietly
all both each already still now just even long specifically explicitly openly clearly
""".split()
)

GAP_STOPS = tuple(
    """
and or but nor that which who whom whose what when where while because although though if
than as not
""".split()
)
"""Words that end the run of lower-case words allowed between a speaker and a cue: past
them the verb is no longer the speaker's (``he brought up the bombing and later said``)."""

PHRASE_STOPS = (
    *GAP_STOPS,
    *"""
of on in at for to with by from about after before during into over under at via who which
was were is are has have had would will said says told
""".split(),
)
"""Words that end a noun phrase read as a speaker (``said the woman, who …``)."""

SENTENCE_OPENERS = tuple(
    """
But And So Yet Still Meanwhile Instead Later Earlier Then Now Also However Separately
Afterward Afterwards Previously Finally Again Indeed
""".split()
)
"""Words that may open a sentence before its subject (``But Sen. Durbin said, “…”``)."""

CLAUSE_OPENERS = tuple(
    w
    for w in (*FUNCTION_WORDS, *SENTENCE_OPENERS, "What", "Which", "Who", "Where", "How", "Why")
    if w not in DETERMINERS or w in ("This", "That", "These", "Those", "Its", "It")
)
"""Capitalised words that open a clause, not a noun phrase naming a speaker (``When``, ``That``)."""

NOUN_MARKERS = tuple(
    """
the a an his her their its our my your this that these those any every no of The A An His
Her Their Its Our This That These Those
""".split()
)
"""Words after which a cue form is a noun (``the state``, ``his call``, ``secretary of state``)."""

ABBREVIATIONS = tuple(
    """
Mr Mrs Ms Dr St Sen Rep Gov Gen Lt Col Sgt Capt Adm Maj Jr Sr Inc Corp Co Ltd Prof Rev
Mt Ft No vs etc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec U.S U.K U.N E.U a.m p.m
e.g i.e D.C Calif Fla Ariz Mich Penn Pa Wis Minn Ore Wash Mass Conn Tenn Ky Va Ga Ala La
Okla Colo Nev Ill Ind Kan Neb Del Md v
""".split()
)

QUOTE_PAIRS = ("“”", "„“", "„”", "«»", "»«", "‹›", "「」", "『』", '""', "'' ''")
SINGLE_QUOTE_PAIRS = ("‘’",)

LANGUAGE_PROFILE = lexicon.LANGUAGE_PROFILE


WORDS: dict[str, tuple[str, ...]] = {
    "language_tags": ("en",),
    "language_profile": LANGUAGE_PROFILE,
    "cue_verbs": CUE_VERBS,
    "stance_verbs": STANCE_VERBS,
    "titles": TITLES,
    "female_titles": FEMALE_TITLES,
    "male_titles": MALE_TITLES,
    "pronouns": PRONOUNS,
    "female_pronouns": FEMALE_PRONOUNS,
    "male_pronouns": MALE_PRONOUNS,
    "plural_pronouns": PLURAL_PRONOUNS,
    "neuter_pronouns": NEUTER_PRONOUNS,
    "first_person": FIRST_PERSON,
    "female_nouns": FEMALE_NOUNS,
    "male_nouns": MALE_NOUNS,
    "name_particles": NAME_PARTICLES,
    "name_suffixes": NAME_SUFFIXES,
    "name_connectors": NAME_CONNECTORS,
    "organization_words": ORGANIZATION_WORDS,
    "coordinators": COORDINATORS,
    "place_names": PLACE_NAMES,
    "group_words": GROUP_WORDS,
    "body_nouns": BODY_NOUNS,
    "name_modifiers": NAME_MODIFIERS,
    "date_words": DATE_WORDS,
    "non_names": NON_NAMES,
    "organization_nouns": ORGANIZATION_NOUNS,
    "plural_nouns": PLURAL_NOUNS,
    "relative_pronouns": ("who", "which"),
    "female_names": FEMALE_NAMES,
    "male_names": MALE_NAMES,
    "role_nouns": ROLE_NOUNS,
    "determiners": DETERMINERS,
    "indefinite_determiners": INDEFINITE_DETERMINERS,
    "function_words": FUNCTION_WORDS,
    "adverbs": ADVERBS,
    "gap_stops": GAP_STOPS,
    "noun_markers": NOUN_MARKERS,
    "clause_openers": CLAUSE_OPENERS,
    "sentence_openers": SENTENCE_OPENERS,
    "phrase_stops": PHRASE_STOPS,
    "abbreviations": ABBREVIATIONS,
    "quote_pairs": QUOTE_PAIRS,
    "single_quote_pairs": SINGLE_QUOTE_PAIRS,
}
