"""The word lists of the stages after ingest, one place for each: people and speakers, numbers and counts,
opposites, news nouns. (Month and weekday names live with the one date parser, `briefing.dates`;
junk shapes with their rules, `briefing.boilerplate`; synonyms in `briefing/data/synonyms.txt`.)

All entries are lower case. Long lists (first names, places) live in `briefing/data/lexicon/*.txt`
with their source and licence in the file header; the short ones are written here by hand.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "lexicon"

# Verbs that introduce what someone said. One list for people (speech is evidence of a person)
# and quotes (the verb links a quotation to its speaker).
# The verbs that say who said a fact ('Abduljaleel said ...', '..., the mayor told reporters'): a line with one
# names its source; a citation of it needs that name.
ATTRIBUTION_VERBS = ("said", "says", "told", "added", "noted", "wrote", "stated", "announced", "claimed", "warned")
SPEECH_VERBS = frozenset({
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "warned", "warns", "wrote", "writes",
    "stated", "states", "insisted", "insists", "argued", "argues", "claimed", "claims", "explained", "explains",
    "declared", "declares", "asked", "asks", "responded", "responds", "replied", "replies", "complained",
    "complains", "reaffirmed", "stressed", "stresses", "acknowledged", "acknowledges", "announced", "announces",
    "confirmed", "confirms", "continued", "continues", "recalled", "recalls", "suggested", "suggests", "urged",
    "urges", "vowed", "vows", "admitted", "admits", "cautioned", "conceded", "observed", "remarked", "maintained",
    "countered", "tweeted", "posted", "emphasized", "emphasised", "emphasizes", "emphasises", "predicted",
    "testified", "pleaded", "shouted", "yelled", "cried", "whispered", "joked", "boasted", "lamented",
    "contended", "objected", "protested", "affirmed", "assured", "reiterated", "repeated",
})
# Speech verbs that may come before their subject after a quotation: '"…," said Putin'.
# "told Putin" or "warned Putin" name the listener, so those verbs are not here.
INVERTIBLE_SPEECH_VERBS = frozenset({
    "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "continued", "replied",
    "responded", "recalled", "noted", "insisted", "declared", "stated", "remarked", "observed", "countered",
    "shouted", "cried", "joked",
})

# Courtesy titles and ranks written before a name, with the gender they imply ("" for none).
HONORIFICS: dict[str, str] = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": "", "dr": "", "prof": "", "professor": "",
    "sir": "m", "dame": "f", "lord": "m", "lady": "f", "baroness": "f", "baron": "m",
    "gen": "", "lt": "", "col": "", "maj": "", "capt": "", "cpt": "", "sgt": "", "cpl": "", "pte": "", "pvt": "",
    "adm": "", "cmdr": "", "brig": "", "insp": "", "det": "", "supt": "", "cllr": "",
    "sen": "", "rep": "", "gov": "", "rev": "", "fr": "m", "sr": "f", "hon": "",
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "pope": "m", "sheikh": "m", "sheikha": "f",
    "emir": "m", "cardinal": "m", "archbishop": "", "bishop": "", "rabbi": "", "imam": "m", "ayatollah": "m",
    "president": "", "premier": "", "chancellor": "", "senator": "", "governor": "", "mayor": "",
    "general": "", "major": "", "colonel": "", "captain": "", "lieutenant": "", "sergeant": "", "admiral": "",
    "commander": "", "marshal": "", "judge": "", "justice": "", "inspector": "", "detective": "", "constable": "",
    "officer": "", "chief": "", "superintendent": "", "commissioner": "", "ambassador": "", "minister": "",
    "secretary": "", "speaker": "", "chairman": "m", "chairwoman": "f", "chair": "", "director": "",
    "congressman": "m", "congresswoman": "f", "councillor": "", "councilman": "m", "councilwoman": "f",
    "deputy": "", "spokesman": "m", "spokeswoman": "f", "spokesperson": "",
    "majesty": "", "highness": "", "excellency": "", "holiness": "",  # 'His Majesty King Charles III': no name
}

# Short forms written with a period that does not end the sentence ("Gen. Syrskyi", "Mr. Trump").
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pte", "pvt", "adm",
    "cmdr", "brig", "insp", "det", "supt", "cllr", "sen", "rep", "gov", "rev", "fr", "sr", "jr", "hon", "st",
    "co", "inc", "ltd", "corp", "mt", "ft",
})

# Head nouns of a role: a phrase is a role only when it contains one ("Kremlin foreign policy aide").
ROLE_NOUNS: dict[str, str] = {
    "president": "", "vice-president": "", "premier": "", "chancellor": "", "minister": "", "secretary": "",
    "spokesman": "m", "spokeswoman": "f", "spokesperson": "", "aide": "", "adviser": "", "advisor": "",
    "envoy": "", "commander": "", "commander-in-chief": "", "chief": "", "general": "", "head": "", "leader": "",
    "official": "", "ambassador": "", "director": "", "mayor": "", "governor": "", "prefect": "", "senator": "",
    "representative": "", "king": "m", "queen": "f", "prince": "m", "princess": "f", "pope": "m", "diplomat": "",
    "negotiator": "", "analyst": "", "lawmaker": "", "legislator": "", "prosecutor": "", "judge": "", "mp": "",
    "mep": "", "congressman": "m", "congresswoman": "f", "speaker": "", "chairman": "m", "chairwoman": "f",
    "chair": "", "ceo": "", "cfo": "", "coo": "", "founder": "", "co-founder": "", "owner": "", "executive": "",
    "manager": "", "commissioner": "", "inspector": "", "superintendent": "", "officer": "", "attorney": "",
    "lawyer": "", "counsel": "", "emir": "m", "sheikh": "m", "monarch": "", "sultan": "m", "dictator": "",
    "colonel": "", "major": "", "captain": "", "agent": "",
    "lieutenant": "", "sergeant": "", "admiral": "", "marshal": "",
    "deputy": "", "councillor": "", "councilman": "m", "councilwoman": "f", "candidate": "", "nominee": "",
    "chairperson": "", "economist": "", "strategist": "", "researcher": "", "scientist": "", "professor": "",
    "expert": "", "coordinator": "", "administrator": "", "regulator": "", "auditor": "", "investigator": "",
    "coroner": "", "examiner": "", "sheriff": "", "constable": "", "detective": "", "firefighter": "", "pilot": "",
    "captain-general": "", "archbishop": "", "bishop": "", "cardinal": "m", "rabbi": "", "imam": "m",
    "cleric": "", "ayatollah": "m", "correspondent": "", "editor": "", "reporter": "", "journalist": "",
    "columnist": "", "producer": "", "coach": "", "player": "", "striker": "", "goalkeeper": "", "driver": "",
    "substitute": "", "defender": "", "quarterback": "", "consort": "", "secretary-general": "", "co-chair": "",
    "president-elect": "", "premier-elect": "", "mp-elect": "", "baroness": "f", "lord": "m", "dame": "f",
    "sir": "m", "fellow": "", "partner": "", "member": "", "veteran": "", "activist": "", "campaigner": "",
    "organiser": "", "organizer": "", "militant": "", "commandant": "", "warden": "", "principal": "",
    "headteacher": "", "headmaster": "m", "headmistress": "f", "teacher": "", "doctor": "", "surgeon": "",
    "physician": "", "nurse": "", "paramedic": "", "engineer": "", "architect": "", "designer": "",
    # Professions news names people by ('Harvard astronomer Sheperd Doeleman'), none a common capitalised word.
    "astronomer": "", "astrophysicist": "", "physicist": "", "chemist": "", "biologist": "", "geologist": "",
    "seismologist": "", "historian": "", "author": "", "novelist": "", "poet": "", "writer": "", "singer": "",
    "songwriter": "", "musician": "", "actor": "m", "actress": "f", "director-general": "", "midfielder": "",
    "winger": "", "skipper": "", "chancellor-elect": "", "treasurer": "", "kicker": "", "receiver": "",
    "linebacker": "", "cornerback": "", "pitcher": "", "umpire": "", "referee": "", "jockey": "", "cyclist": "",
    "sprinter": "", "swimmer": "", "gymnast": "", "golfer": "", "batsman": "m", "bowler": "", "shortstop": "",
    "whip": "", "solicitor": "", "barrister": "", "juror": "", "witness": "", "survivor": "", "resident": "",
    "farmer": "", "student": "", "banker": "", "trader": "", "entrepreneur": "", "businessman": "m",
    "businesswoman": "f", "vicar": "", "priest": "", "pastor": "", "monk": "", "nun": "f", "billionaire": "",
    "millionaire": "", "tycoon": "", "magnate": "", "mogul": "", "heir": "m", "heiress": "f", "philanthropist": "",
    "investor": "", "explorer": "", "adventurer": "", "oceanographer": "", "mountaineer": "", "climber": "",
    "diver": "", "athlete": "", "olympian": "", "paralympian": "", "footballer": "", "cricketer": "", "boxer": "",
    "rapper": "", "comedian": "",
    "presenter": "", "broadcaster": "", "filmmaker": "", "photographer": "", "artist": "", "painter": "",
}
# Who a witness of the news is, written as a title before the name ('Passenger Evan Smith said ...'); also surnames
# ('Rachel Miner'), so they are titles only there, never kept out of a name.
WITNESS_TITLES = frozenset({"passenger", "eyewitness", "bystander", "rescuer", "volunteer", "miner", "spectator",
                            "tourist", "victim"})

# Words that say when or how someone holds a title ('former President', 'acting President'): part of the title, never
# of the phrase before it ('Lawyers for former President Donald Trump').
TENURE_WORDS = frozenset({"former", "late", "acting", "interim", "outgoing", "incoming", "deputy", "vice", "caretaker",
                          "retired", "ousted", "exiled", "elected", "newly", "then", "future", "sitting"})
# Words that may sit inside a role before its head noun ("foreign ministry spokeswoman").
ROLE_MODIFIERS = frozenset({
    "foreign", "policy", "affairs", "defence", "defense", "security", "national", "press", "special", "senior",
    "top", "chief", "deputy", "vice", "former", "late", "acting", "interim", "military", "presidential", "economic",
    "economy", "finance", "financial", "interior", "home", "justice", "health", "trade", "state", "ministry",
    "department", "government", "party", "ruling", "opposition", "executive", "general", "managing",
    "communications", "political", "international", "local", "regional", "police", "fire", "army", "navy",
    "naval", "air", "force", "intelligence", "rescue", "emergency", "emergencies", "energy", "environment",
    "education", "culture", "agriculture", "transport", "labour", "labor", "industry", "development", "digital",
    "technology", "science", "research", "public", "prime", "first", "second", "third", "assistant", "associate",
    "principal", "lead", "leading", "assembly", "parliamentary", "congressional", "senate", "house",
    "cabinet", "kremlin", "federal", "provincial", "municipal", "city", "county", "district", "union", "trade-union", "company", "corporate", "group", "board", "bank", "central", "treasury",
    "white", "human", "rights", "humanitarian", "aid", "relief", "peace", "envoy", "border", "coast",
    "guard", "guards", "border-guard", "operations", "operational", "field", "battalion", "brigade", "unit",
    "regiment", "division", "fleet", "task", "joint", "staff", "chiefs", "civil", "civilian", "aviation",
    "nuclear", "atomic", "oil", "gas", "power", "utility", "airline", "airport", "station", "hospital",
    "medical", "school", "university", "college", "campaign", "election", "electoral", "legal", "judicial",
    "supreme", "high", "court", "prosecution", "investigative", "criminal", "counter-terrorism", "terrorism",
    "counterterrorism", "cyber", "homeland", "immigration", "customs", "tax", "revenue", "budget",
    "communication", "media", "information", "news", "agency", "spy", "space", "rocket", "missile", "drone",
    "hamas", "hezbollah", "taliban", "separatist", "rebel", "militia", "insurgent", "top-ranking",
    "high-ranking", "longtime", "long-time", "veteran", "outgoing", "incoming", "newly", "appointed", "elected",
    "self-proclaimed", "self-declared", "de", "facto", "permanent", "representative",
    "commander-in-chief", "in-chief", "world", "global", "european", "eu", "un", "nato", "us", "u.s.", "uk",
    "u.k.", "sales", "marketing", "product", "investment", "investor", "relations", "risk", "strategy",
    "operating", "chief-executive", "non-executive", "democratic", "republican", "conservative",
    "liberal", "socialist", "communist", "nationalist", "far-right", "far-left", "centrist",
})

# People named by what they are rather than a title: they can speak ("a resident said") and they
# compete with named people as the antecedent of "he" or "she".
HUMAN_NOUNS: dict[str, str] = {
    "man": "m", "woman": "f", "boy": "m", "girl": "f", "resident": "", "witness": "", "separatist": "",
    "rebel": "", "fighter": "", "soldier": "", "survivor": "", "passenger": "", "victim": "", "source": "",
    "neighbour": "", "neighbor": "", "father": "m", "mother": "f", "son": "m", "daughter": "f", "wife": "f",
    "husband": "m", "brother": "m", "sister": "f", "friend": "", "colleague": "", "student": "", "worker": "",
    "guard": "", "protester": "", "protestor": "", "demonstrator": "", "volunteer": "", "villager": "",
    "farmer": "", "shopkeeper": "", "owner": "", "employee": "", "customer": "", "onlooker": "", "bystander": "",
    "relative": "", "spokesperson": "", "insider": "", "person": "", "individual": "", "parent": "",
    "child": "", "teenager": "", "suspect": "", "defendant": "", "prisoner": "", "detainee": "", "hostage": "",
    "refugee": "", "migrant": "", "civilian": "", "voter": "", "supporter": "", "critic": "", "opponent": "",
    "rival": "", "ally": "", "gunman": "m", "attacker": "", "assailant": "", "militant": "", "commentator": "",
    "blogger": "", "observer": "", "monitor": "", "trader": "", "broker": "", "businessman": "m",
    "businesswoman": "f", "entrepreneur": "", "fan": "", "mourner": "", "pilgrim": "", "tourist": "",
    "visitor": "", "patient": "", "crew": "", "sailor": "", "officer": "",
}
HUMAN_PLURALS = frozenset({
    "officials", "residents", "witnesses", "separatists", "rebels", "soldiers", "survivors", "passengers",
    "sources", "analysts", "experts", "diplomats", "lawmakers", "investigators", "police", "officers",
    "spokesmen", "authorities", "organisers", "organizers", "protesters", "activists", "neighbours", "neighbors",
    "relatives", "villagers", "workers", "doctors", "rescuers", "firefighters", "leaders", "ministers",
})

# Words inside names that belong to the surname: "von der Leyen", "bin Salman", "al-Assad", "de Gaulle".
NAME_PARTICLES = frozenset({
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "la", "le", "ter", "ten",
    "bin", "ibn", "bint", "al", "el", "abu", "ben", "st.", "mac", "af", "zu", "y", "e",
})
# Lower-case words inside place names, where a title before a name may begin: 'Rio Grande do Sul governor'
PLACE_PARTICLES = frozenset({"do", "da", "de", "dos", "das", "del", "di", "du", "la", "le"})
# Particles still particles when capitalised ('Van Dijk said'); 'Al', 'Ben', 'Abu' capitalised are first names.
CAPITALISED_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du",
                                   "ter", "ten", "le", "la"})  # 'Ms Le Pen said': Marine Le Pen's surname alone
# Prefixes joined to a surname by a hyphen: "al-Assad", "el-Sisi".
HYPHEN_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "az", "ar", "an", "bin", "ibn", "abu", "ould"})
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"})
# Words that make a title another office than the one it qualifies: a fact 'the deputy prime minister said' is not
# told by a page naming only the prime minister (briefing.support).
OTHER_OFFICE = frozenset({"deputy", "vice", "former", "acting", "interim", "assistant", "associate", "outgoing",
                          "incoming"})
# Nouns after a name that make it an attribute of a person's thing ('a Donald Trump rally', 'a Joe Biden
# appointee'); after 'a' any other word leaves the name a thing's ('a Mercedes Benz gifted to his wife').
PERSON_ATTRIBUTE_NOUNS = frozenset("""rally rallies campaign administration presidency government cabinet speech event
supporter supporters ally allies aide aides loyalist loyalists appointee nominee song songs film films album concert
tour fan fans era policy policies ticket victory impersonator lookalike interview statue biography portrait memorial
show""".split())

# Verbs of a journey, before where it goes to or comes from ('travelling to Azerbaijan', 'flew in from Lagos').
TRAVEL_VERBS = ("travelling", "traveling", "travelled", "traveled", "flying", "flew", "headed", "heading", "bound",
                "returning", "arriving", "arrived", "coming", "came", "sailing", "driving", "fleeing", "fled")

# Saints' names that open a place's name ('Santa Monica', 'Santa Ana winds', 'San Bernardino', 'São Paulo'): a run
# opened so is a place, though 'Santa' is a given name too.
PLACE_SAINT_WORDS = frozenset({"santa", "san", "santo", "são", "sao"})

# What someone does in answer to an event ('Macron has vowed that the cathedral will be rebuilt after fire ravaged
# it', 'Spain's government said it will declare three days of mourning'): a reaction, not what happened, so it does
# not lead the briefing (briefing.sections.key_points).
REACTIONS = ("vow", "vowed", "vows", "pledge", "pledged", "pledges", "condemn", "condemned", "condemns", "congratulate",
             "congratulated", "congratulates", "praised",
             "praises", "hailed", "hails", "mourned", "mourning", "paid tribute", "pays tribute", "paid tributes",
             "offered condolences", "expressed shock", "expressed sorrow", "expressed condolences", "welcomed",
             "welcomes", "thanked")

# A birth or an arrival welcomed ('welcomed their third child'): news of a family or a zoo, no answer to an event.
NEWBORN_NOUNS = ("child", "children", "baby", "babies", "son", "daughter", "twins", "boy", "girl", "cub", "cubs", "calf",
                 "grandchild")

# Nouns that name a news event as someone's act ('Lai's win', 'the judge's ruling', 'Klopp's decision'): a line
# that names the event so takes it as known, and comments on it (briefing.sections.key_points).
EVENT_NOUNS = ("win", "victory", "defeat", "decision", "ruling", "verdict", "death", "resignation", "departure",
               "announcement", "arrest", "exit", "ouster", "sacking", "election", "collapse", "takeover",
               "acquisition", "impeachment", "killing", "shooting", "assassination")
# What a page calls a place before 'of' or after its name ('the provinces of Hai Phong and Quang Ninh', 'the Hai
# Duong province'): such a name is a place throughout the story, though its first word is a given name
# (briefing.people).
PLACE_KINDS = frozenset({"province", "provinces", "city", "cities", "town", "towns", "district", "districts", "region",
                         "regions", "village", "villages", "county", "counties", "prefecture", "prefectures",
                         "municipality", "commune", "communes", "island", "islands", "territory", "territories",
                         "archipelago", "enclave"})
# US states, in full and as the AP abbreviates them, written after a town ('Santa Clara, Calif.', 'Maui, Hawaii'): a
# name so followed is a place.
US_STATES = frozenset({
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
    "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
    "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
    "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont",
    "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Ky.", "La.",
    "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nev.", "Okla.", "Ore.", "Pa.", "Tenn.", "Vt.",
    "Va.", "Wash.", "Wis.", "Wyo."})
# Degrees and honours written after a name ('Tedros Adhanom Ghebreyesus, PhD,'): never a name themselves.
POST_NOMINALS = frozenset({"phd", "md", "mba", "dphil", "esq", "obe", "mbe", "cbe", "kbe", "qc", "kc", "rn", "llm", "drph", "mph",
                           "dds", "dvm", "pharmd", "msc", "bsc", "frcp", "facs", "facp"})  # not 'MA': Jack Ma

# Places written as initials: they may end a sentence ('... held in Washington, D.C.'), where a person's initials
# ('P.K. Jena') never do.
PLACE_INITIALS = frozenset({"U.S.", "U.S.A.", "U.K.", "U.N.", "E.U.", "D.C.", "U.A.E.", "N.Y.", "L.A.", "S.C.", "N.J."})
# Nouns that, after 'The' with nothing saying which, point back at what the sentence before said ('The information
# was relayed to the Coast Guard', 'The move comes after ...', 'The remarks drew ...'); 'The move to cut rates' or
# 'The news that ...' says which.
ANAPHORIC_NOUNS = ("information", "move", "remarks", "comments", "news", "findings", "revelation", "revelations", "issue",
                   "statement", "announcement", "document",
                   "incident", "deceased", "latter", "teenager", "words")
# ... and nouns that do so only as the subject of a verb or before a comma ('The alert wasn't unusual', 'The
# allegations were denied'; not 'The allegations against Smith', 'The warning signs were missed')
ANAPHORIC_SUBJECTS = ("alert", "warning", "claim", "claims", "allegation", "allegations")
# A role set before a name after a preposition ('posted by the Floyd family's attorney, Ben Crump,'): the words that
# open it and the prepositions before them (briefing.people) ...
ROLE_DETERMINERS = frozenset({"the", "his", "her", "its", "their"})
ROLE_PREPOSITIONS = frozenset({"by", "for", "to", "with", "from", "of", "at", "on", "against", "toward", "towards"})
# ... and words before 'with' or 'to' that make what follows another party ('talks with the chancellor, Emmanuel Macron')
SECOND_PARTY_WORDS = frozenset({"call", "calls", "talks", "meeting", "meetings", "letter", "compared", "contrast", "met",
                                "spoke", "speaking", "agreement", "deal", "summit", "interview", "comparison", "unlike"})
# Words that open a comparison or a clause, never a role ('Unlike the president, Mary Fenn said little')
NOT_A_ROLE_OPENER = ROLE_PREPOSITIONS | frozenset({"unlike", "like", "as", "after", "before", "despite", "without",
                                                   "besides", "including", "than", "when", "while", "if", "although",
                                                   "asked", "about", "in", "into", "over", "under", "beside", "behind"})
# Words naming an institution or a place after the name it is called by ('Sandy Hook Elementary School', 'Charles de
# Gaulle Airport'): the name is the place's, not someone's in the story (briefing.people).
INSTITUTION_WORDS = frozenset({"Elementary", "School", "High", "Academy", "University", "College", "Hospital", "Airport",
                               "Park", "Bridge", "Street", "Road", "Avenue", "Stadium", "Arena", "Center", "Centre",
                               "Museum", "Foundation", "Institute", "Library", "Square", "Station", "Tower", "Hall",
                               "Court", "Theatre", "Theater"})
# Of those, the venues named after someone whose word may come first ('on Court Suzanne Lenglen', 'Stade Pierre
# Mauroy'): a name after one is the venue's.
VENUE_WORDS_BEFORE = frozenset({"Court", "Stadium", "Arena", "Stade", "Estadio", "Hall", "Theatre", "Theater"})
# Nouns a place or an event's name describes ('Sandy Hook families', 'the Grenfell Tower survivors'); after a name
# that only a given name makes someone's, they make it a place's (briefing.people).
ATTRIBUTIVE_NOUNS = frozenset({"families", "parents", "residents", "shooting", "massacre", "tragedy", "disaster",
                               "bombing", "memorial", "community", "students", "pupils"})  # ('Larry Nassar victims':
# an abuser's name; not 'victims' or 'survivors')
# What is given or asked for someone, before 'for' and a name ('Oscar for Cillian Murphy', 'Justice for George
# Floyd'): the name is a person's, not a body's as in 'Everytown for Gun Safety' (briefing.people).
HONOURS_FOR = frozenset({"oscar", "award", "prize", "medal", "nomination", "justice", "vote", "votes", "support",
                         "win", "victory", "trophy", "emmy", "grammy", "bafta", "tribute", "tributes", "praise"})
# Words of where, when and through what someone spoke, and nothing else ('... said in a statement posted to his social
# media website Saturday.'): a line of only these after its speech verb gives no words (briefing.wording).
SETTING_WORDS = frozenset({"in", "on", "at", "during", "after", "before", "via", "to", "from", "with", "of", "a", "an",
                           "the", "his", "her", "its", "their", "statement", "statements", "post", "posted", "published",
                           "released", "issued", "interview", "briefing", "conference", "news", "press", "social",
                           "media", "website", "platform", "message", "video", "letter", "speech", "address",
                           "television", "radio", "meeting", "rally", "morning", "afternoon", "evening", "night", "late",
                           "early", "later", "earlier", "today", "yesterday", "tonight", "account", "channel", "call",
                           "phone", "reporters", "written", "televised", "broadcast", "recorded", "online"})
# Places that 'the same' points back at ('Another body was found in the same region on Sunday'); 'the same area as'
# says which. ('the same court' and 'the same day' are most often the story's own: 'removed by the same court')
SAME_REFERENTS = ("region", "area", "town", "city", "village", "district", "province", "county", "neighbourhood",
                  "neighborhood", "place", "location", "spot", "hospital", "building", "street")
# Family names that Chinese, Korean and Vietnamese names put first: 'President Yoon' is Yoon Suk Yeol, 'Xi' Xi Jinping
# (asked only when no one in the story has the word as a last name).
FAMILY_NAMES_FIRST = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie song tang xi deng
feng han cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao fu zhong jin wen
lai ko tsai hou chiang kim lee park choi jung kang cho yoon jang lim oh seo shin kwon hwang ahn yoo hong jeon moon
son bae baek heo nam roh ha nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
hui wong chan leung cheung lau ng lam tse yeung lui mak tsang siu kwok chow yip tam mok poon kwan
""".split())  # the last line Cantonese: 'Mr Hui' is Hui Ka Yan

# Gerunds of common verbs that open a quotation and are no one's given name ('“Leading Intel has been an honor”');
# 'Sterling', 'Channing' or 'Irving' opening a quotation may be someone's.
GERUND_OPENERS = frozenset("""leading running working being having serving playing making taking getting winning losing
joining building helping coaching managing representing becoming watching seeing hearing leaving coming going doing
signing fighting facing""".split())

# Words that rank a fact against all others: a sentence without them does not tell 'the first four-belt champion'.
RECORD_WORDS = frozenset("""first only largest biggest worst best record highest lowest youngest oldest longest
shortest deadliest strongest fastest most fewest""".split())

# A player named by position alone, standing for someone named before ('The defensive midfielder registered nine goals',
# 'The forward scored 21 goals'); with a name after it the line says who ('The striker Harry Kane scored').
PLAYER_EPITHETS = ("forward", "midfielder", "winger", "striker", "defender", "goalkeeper", "playmaker", "centre-back",
                   "center-back", "full-back", "fullback", "shot-stopper", "youngster", "left-hander", "right-hander")
# Someone named by a description alone, standing for the person named before ('The South African-born Tesla boss
# offered ...', 'The billionaire has vowed ...'); with a name after it the line says who ('The Tesla boss Elon Musk').
PERSON_EPITHETS = ("boss", "billionaire", "tycoon", "mogul", "magnate", "businessman", "businesswoman", "entrepreneur",
                   "actor", "actress", "singer", "rapper", "star", "veteran", "politician", "lawmaker", "monarch",
                   "royal", "pontiff", "septuagenarian", "octogenarian", "father", "mother", "dad", "mum", "mom")
# A player or a person named by nationality alone, standing for someone named before ('The Italian, who is 22, ...')
NATIONALS = frozenset({"Italian", "Spaniard", "Serbian", "Russian", "German", "Frenchman", "Briton", "American",
                       "Australian", "Brazilian", "Argentine", "Norwegian", "Swede", "Dane", "Swiss", "Belgian",
                       "Dutchman", "Pole", "Czech", "Croatian", "Canadian", "Japanese", "Chinese", "Korean", "Indian",
                       "Kenyan", "Ethiopian", "Nigerian"})
# Offices held for a place: the single name after their 'of' or 'for' is that place ('The prefect for Mayotte'), while
# a lawyer or a spokesman for someone serves a person ('A lawyer for Weisselberg')
PLACE_OFFICES = frozenset({"prefect", "governor", "mayor", "premier", "president", "ambassador", "minister", "senator",
                           "sheriff", "bishop", "archbishop", "consul", "envoy", "commissioner", "chief"})
# Words after 'these' or 'those' that do not point back at things told before: people by what they are or where
# ('those responsible', 'those over 65', 'those without heat'), or a clause ('those who', 'those that')
NOT_THINGS = frozenset({"who", "whom", "whose", "which", "that", "of", "in", "on", "at", "with", "from", "for", "aged",
                        "affected", "hurt", "still", "now", "are", "were", "have", "had", "will", "would", "can", "could",
                        "responsible", "over", "under", "without", "within", "inside", "outside", "close", "eligible",
                        "present", "aboard", "involved", "concerned", "alive", "dead", "left", "living", "most", "least"})
# Openers that link a sentence to the one before it ('In other words, it blew up ...', 'Shortly after, it began to
# tumble ...', 'As a result, ...'): the sentence does not say what they point back at. One word opens 'Then he
# said' too; two words, or one written with its comma, need the comma ('Soon after the launch, ...' says after what).
CONNECTIVE_OPENERS = ("In other words", "Shortly after", "Shortly afterwards", "Soon after", "Soon afterwards",
                      "As a result", "In turn", "By then", "At that point", "Even so", "That said", "After that",
                      "In response", "Finally", "Then", "Afterwards", "Subsequently", "Thereafter", "Earlier,",
                      "Later,", "To that end", "In addition", "Additionally,", "Moreover,", "Furthermore,",
                      "What's more", "On top of that", "However,", "But", "And", "Yet", "Still,", "Nonetheless,",
                      "Nevertheless,", "Likewise,", "Similarly,", "Nearby")  # 'Earlier, the minister said ...' (earlier than what?), not 'Earlier this week'
# ('Nearby islands ...': near what?)
# Words after 'This'/'That'/'These'/'Those' that name a time, not what the sentence before said ('This morning
# the court ruled', 'That day, the army ...', 'These past weeks'): such a sentence names its own subject.
TIME_WORDS = ("year", "years", "week", "weeks", "month", "months", "morning", "afternoon", "evening", "night",
              "nights", "weekend", "weekends", "summer", "spring", "autumn", "fall", "winter", "season", "seasons",
              "time", "times", "century", "decade", "term", "round", "day", "days", "hour", "hours", "past",
              "last", "coming", "next", "same", "first", "latest")
# Function words a print page sets in capitals to open a story ('THE UK Government's plan', 'AFTER a week'); not
# 'us', 'it', 'who', 'am' (US, IT, WHO, AM are names too).
DROP_CAPITAL_WORDS = frozenset({"the", "an", "in", "on", "at", "after", "before", "when", "while", "for", "with", "from",
                                "this", "there", "they", "but", "and", "as", "by", "of", "to", "once", "during", "since"})
# Words that open a clause saying when, where or how, not what happened ('At 11:07 a.m. local time, the Moon's
# shadow ...'): a title from a fact skips such a clause (briefing.pipeline.fact_title).
ADVERBIAL_OPENERS = frozenset({"at", "in", "on", "after", "before", "when", "while", "during", "since", "as", "once",
                               "by", "with", "from", "following", "despite", "amid", "within", "until"})
# Headlines that tease instead of telling: never the briefing's title.
CLICKBAIT = re.compile(r"\b(?:what you need to know|here[’']?s (?:why|what|how)|in the best way|you won[’']?t believe|"
                       r"everything (?:we|you) know|what we know|explained)\b", re.I)
# What a lead may not be: what may happen ('The strike may be close to an end'), or what is not ('A filing does not
# mean the stores close'). Lower case only: the month May and Theresa May are no hedge.
HEDGES = frozenset({"may", "might", "could", "seems", "seem", "appears", "apparently"})
NEGATED_VERB = re.compile(r"\b(?:(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could|should)\s+not|"
                          r"(?:doesn|don|didn|isn|aren|wasn|weren|hasn|haven|hadn|won|wouldn|can|couldn|shouldn)[’']t|"
                          r"cannot)\b")
# What someone decides not to do, after 'will not' ('will not seek re-election', 'won't run for a second term'): the
# decision is the news (briefing.sections.key_points).
DECISION_VERBS = ("run for", "running for", "run again", "run in", "seek", "seeking", "stand for", "standing for",
                  "stand again", "contest", "contesting", "compete in", "competing in", "defend", "renew", "appeal",
                  "return next", "returning next", "play next", "playing next")  # not 'would not return to ...
# levels until 2026', 'would not stand a chance')
# A figure's magnitude, as news writes it: 'seven million', '7mln', '£2.6bn'.
MAGNITUDES = {"thousand": "thousand", "million": "million", "mln": "million", "billion": "billion", "bn": "billion",
              "trillion": "trillion"}

# Titles before a given name someone goes by alone ('Dr Tedros' is Tedros Adhanom Ghebreyesus; a knight is 'Sir Keir');
# 'Mr Ahmed' may be any Ahmed.
GIVEN_NAME_HONORIFICS = frozenset({"dr", "prof", "professor", "sir", "dame"})
KNIGHTS = frozenset({"sir", "dame"})  # ... of which a knight's: 'Sir Keir' only for a man the story knights in full
# Short words that may open a paragraph set in capitals ('IF YOU'RE JUST waking up'), unlike initials ('UN', 'WHO', 'IT').
SHORT_COMMON_WORDS = frozenset({"a", "an", "as", "at", "by", "he", "i", "if", "in", "no", "of", "on", "so", "to", "we",
                                "all", "and", "any", "but", "few", "for", "her", "his", "how", "its", "not", "now",
                                "one", "our", "she", "the", "too", "two", "was", "why", "yet", "you"})
# Nouns of a business named after its founder ('designer house Alexander McQueen', 'fashion label Tom Ford').
BUSINESS_NOUNS = frozenset({"house", "label", "brand", "maker", "chain", "retailer", "boutique", "atelier"})
# Nouns of a medium, around a channel's name ('told Haber Turk television', 'broadcaster Haber Turk').
MEDIA_NOUNS = frozenset({"television", "tv", "radio", "channel", "newspaper", "broadcaster", "network"})
# Gods named after 'Lord' ('celebrating Lord Shiva'): 'Lord' before any other single name is a peer ('Lord Cameron').
DEITIES = frozenset({"shiva", "krishna", "ram", "rama", "vishnu", "buddha", "ganesha", "ganesh", "hanuman",
                     "jagannath", "brahma", "jesus", "god"})
# Roles a company holds as well as a person ('Chrysler owner Stellantis', 'Google parent Alphabet'): before a single
# name they make a person only of one who speaks.
COMPANY_ROLES = frozenset({"owner", "parent", "partner", "investor", "member", "maker", "operator", "buyer", "seller",
                           "rival", "supplier", "carrier", "developer", "provider", "subsidiary", "unit"})
# Words before a name that give its bearer a title of their own ('First Lady Jill Biden', 'President Biden').
TITLE_WORDS = frozenset(ROLE_NOUNS) | frozenset(HONORIFICS)
# Relations named just before a title and a family name ('his son King Combs'): the relative, not the one named in full.
KIN_WORDS = frozenset({"son", "daughter", "brother", "sister", "father", "mother", "grandson", "granddaughter",
                       "nephew", "niece", "cousin", "wife", "husband", "stepson", "stepdaughter"})
# Titles that make someone a relation ('his wife, Melania Trump', 'First Lady Jill Biden'; 'lady' only after 'First'
# or 'Second'): a namesake named with an office ('President Biden') is the other one.
KIN_TITLES = frozenset({"wife", "husband", "widow", "widower", "spouse"})  # a son may hold the office ('the late
# dictator's son, Ferdinand Marcos Jr.' is President Marcos)
# Offices a namesake holds (not 'Professor', 'Councillor', 'Judge': a relation may hold those).
OFFICE_TITLES = frozenset({"president", "vice-president", "king", "queen", "emperor", "governor", "senator",
                           "chancellor", "premier", "emir", "sultan", "pm"})

# Ranks that are also adjectives: in lower case before a name they qualify a thing ('major Hollywood studios').
RANKS_ALSO_ADJECTIVES = frozenset({"major", "general", "chief", "private", "senior", "principal", "first"})

# Titles that name people by a given name alone ('Prince William', 'Pope Francis'): not anyone else's first name.
GIVEN_NAME_TITLES = frozenset({"king", "queen", "prince", "princess", "pope", "sheikh", "sheikha", "emir", "sultan",
                               "duke", "duchess", "saint", "st", "cardinal", "brother", "sister", "father", "mother"})
# Courtesy titles and peerages: the end of a role before a name is never one ('Supreme Court President Lord Reed').
# Ranks and offices written short before a name ('Gov. Janet Mills', 'Rear Adm. John Mauger'): the role in full.
TITLE_ABBREVIATIONS = {"gov": "Governor", "sen": "Senator", "rep": "Representative", "col": "Colonel",
                       "gen": "General", "lt": "Lieutenant", "maj": "Major", "capt": "Captain", "cpt": "Captain",
                       "sgt": "Sergeant", "cpl": "Corporal", "adm": "Admiral", "cmdr": "Commander", "brig": "Brigadier",
                       "det": "Detective", "insp": "Inspector", "supt": "Superintendent", "cllr": "Councillor",
                       "prof": "Professor"}
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "sir", "dame", "dr", "lord", "lady", "baroness", "baron", "majesty",
                             "highness", "excellency", "holiness"})
# Religious styles before a name that end a role but are no office ('Supreme Leader Ayatollah Ali Khamenei').
RELIGIOUS_HONORIFICS = frozenset({"ayatollah", "hojatoleslam", "sheikh", "mullah", "reverend", "rev"})
# Roles of the people who report the news, not of those in it: a correspondent quoted or credited in the copy
# ('CBS News national security correspondent David Martin') is not listed in Who is who.
REPORTER_ROLES = frozenset({"correspondent", "reporter", "journalist", "columnist", "photographer", "photojournalist",
                            "stringer"})

# Last words of the names of places, buildings, bodies, companies and events: a capitalised run
# ending in one of these is never a person ("Barents Sea", "Charles de Gaulle Airport", "Cold War").
ORG_HEADS = frozenset({
    "sea", "ocean", "river", "lake", "lakes", "mountain", "mountains", "mount", "hill", "hills", "island",
    "islands", "bay", "gulf", "strait", "straits", "canal", "channel", "coast", "valley", "desert", "peninsula",
    "forest", "park", "gardens", "garden", "beach", "falls", "airport", "airports", "airfield", "airbase",
    "airlines", "airline", "airways", "air", "aviation", "station", "terminal", "street", "st", "road", "rd",
    "avenue", "ave", "lane", "boulevard", "square", "bridge", "tunnel", "highway", "motorway", "tower", "towers",
    "building", "house", "hall", "palace", "castle", "cathedral", "church", "chapel", "mosque", "temple",
    "synagogue", "abbey", "hospital", "clinic", "school", "college", "university", "institute", "academy",
    "center", "centre", "museum", "library", "gallery", "theatre", "theater", "stadium", "arena", "hotel",
    "restaurant", "mall", "market", "exchange", "authority", "authorities", "agency", "ministry", "department",
    "office", "organization", "organisation", "council", "committee", "commission", "assembly", "parliament", "congress", "senate", "court",
    "tribunal", "party", "union", "league", "association", "federation", "foundation", "fund", "trust", "bank",
    "group", "inc", "corp", "corporation", "company", "co", "ltd", "llc", "plc", "gmbh", "ag", "sa", "holdings",
    "industries", "chemicals", "chemical", "motors", "systems", "technologies", "technology", "partners",
    "capital", "media", "news", "times", "post", "journal", "press", "network", "networks", "service",
    "services", "force", "forces", "army", "navy", "guard", "guards", "police", "command", "brigade", "regiment",
    "battalion", "division", "fleet", "corps", "war", "wars", "revolution", "crisis", "games", "olympics",
    "cup", "championship", "championships", "summit", "conference", "treaty", "accord", "accords",
    "agreement", "act", "bill", "plan", "day", "week", "festival", "award", "awards", "prize", "cross",
    "region", "province", "county", "district", "republic", "kingdom", "empire", "state", "states", "city",
    "town", "village", "port", "harbour", "harbor", "field", "base", "camp", "prison", "jail", "estate",
    "farm", "mine", "plant", "factory", "works", "mills", "energy", "oil", "gas", "power", "pharma",
    "pharmaceuticals", "labs", "laboratories", "laboratory", "studios", "pictures", "records", "music", "entertainment",
    "software", "solutions", "expeditions", "tours", "travel", "ventures", "enterprises", "resources", "railway", "railways", "rail", "metro", "underground", "line",
    "lines", "express", "shipping", "logistics", "foods", "brands", "stores", "bros", "brothers", "club", "fc", "afc", "united", "utd", "rovers", "wanderers", "team", "orchestra", "band", "choir", "society", "institution", "board",
    "initiative", "programme", "program", "project", "operation", "mission", "movement", "front", "alliance",
    "coalition", "bloc", "caucus", "cabinet", "government", "administration", "directorate", "bureau",
    "secretariat", "inquiry", "review", "report", "index", "code", "law", "constitution", "charter",
    "declaration", "convention", "protocol", "pact", "deal", "doctrine", "era", "age", "dynasty", "quarter",
    "heights", "plaza", "circus", "wharf", "docks", "dock", "pier", "embankment", "heath", "woods", "moor", "fields", "reservoir", "dam", "plateau", "ridge", "glacier", "volcano",
    "head", "reef", "atoll", "archipelago", "basin", "delta", "oblast", "krai", "typhoon", "hurricane", "cyclone", "storm",
    "tornado",
    "prefecture", "governorate", "emirate", "territory", "territories", "zone", "strip", "corridor",
    "pipeline", "concorde", "boeing", "airbus", "online", "daily", "weekly", "herald", "tribune",
    "gazette", "telegraph", "independent", "mirror", "chronicle", "magazine", "radio", "tv", "television", "broadcasting",
})
# Compass words that open a place's name ('West Bengal', 'South Sudan', 'Northern Cape'): a capitalised run opening on
# one is never a person's name.
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast",
                           "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"})
# Surnames that are also place or body words: "Fiona Hill" is a person, "Capitol Hill" is not.
# A run ending in one of these is a person only when it starts with a known first name.
SURNAME_HEADS = frozenset({
    "hill", "hall", "house", "church", "field", "park", "bridge", "law", "post", "banks", "bank", "castle",
    "ford", "brook", "cross", "day", "price", "wood", "green", "king", "guard", "mills", "ocean",
    "lake", "rivers", "river", "fields", "beach", "forest", "marsh", "moore", "stone", "glen", "west", "north",
    "may", "jan", "june",  # months that are surnames too: Theresa May, Mohammad Abdullah Jan
})
# Of those, a place's word too ('Venice Beach', 'Crystal Lake'): after a given name, a person only with more evidence
# than the given name ('Emma Stone', 'Jane King' need none).
PLACE_SURNAMES = frozenset({"beach", "lake", "river", "rivers", "park", "bridge", "forest", "glen", "ocean", "brook",
                            "field", "fields", "hill", "marsh", "castle", "church", "cross"})
# A landmark's last word: 'Lincoln Memorial' is no person's name alone on a line, though 'Lincoln' is a given name.
MONUMENT_WORDS = frozenset({"memorial", "monument", "tower", "park", "centre", "center", "hall", "stadium", "house"})
# Tags a page sets between slashes on a picture, not an agency's sign-off: '... collapsed in Malatya. /PHOTO'.
MEDIA_TAGS = frozenset({"photo", "photos", "pic", "pics", "video", "videos", "file", "stock", "image", "images",
                        "graphic", "map", "audio"})

# Lower-case words that, right after a capitalised run, make it a place or body ("the Kursk region").
PLACE_NOUNS_AFTER = frozenset({
    "region", "province", "oblast", "city", "town", "village", "district", "county", "state", "area", "border",
    "river", "sea", "airport", "base", "port", "island", "peninsula", "valley", "mountains", "desert", "coast",
    "street", "road", "square", "bridge", "station", "hospital", "school", "university", "college", "company",
    "group", "firm", "plant", "factory", "ministry", "government", "administration", "authorities", "forces",
    "troops", "army", "military", "embassy", "consulate", "office", "officials", "media", "agency", "outlet",
    "newspaper", "channel", "network", "party", "movement", "militia", "parliament", "court", "capital",
    "frontline", "front", "offensive", "incursion", "operation", "war", "conflict", "crisis", "talks", "summit",
    "deal", "plan", "proposal", "ceasefire", "truce", "side", "team", "club", "leader", "leadership",
    "president", "presidency", "economy", "market", "markets", "index", "people", "citizens",
    "soil", "territory",
    "counterpart", "counterparts", "colleagues", "partners", "allies", "ally", "delegation", "negotiators",
    "surgery", "syndrome", "disease", "award", "trophy", "prize", "medal", "doctrine", "era",  # 'Tommy John surgery'
})

# Lower-case words that, right after a name, show it names a company or body, not a person: "Credit Suisse
# staff", "Toyota shares". A name seen only as a speech subject ("X said") is not listed when any of its
# mentions has one of these after it, or "the" before it ("the Credit Suisse office").
ORG_NOUNS_AFTER = PLACE_NOUNS_AFTER | frozenset({
    "staff", "employees", "workers", "bankers", "executives", "executive", "chief", "chairman", "chairwoman",
    "board", "shares", "stock", "shareholders", "investors", "customers", "clients", "headquarters", "unit",
    "subsidiary", "brand", "division", "management", "spokesman", "spokeswoman", "spokesperson", "founder",
    "boss", "bosses", "ceo", "cfo", "takeover", "merger", "bid", "stores", "store", "products", "fans",
    "players", "manager", "owners", "statement",
})

# A body's kind, said just before its name after a comma: 'a rival steelmaking company, Cleveland Cliffs,' names a
# company, whatever given name its first word is.
ORG_NOUNS_BEFORE = frozenset({
    "company", "firm", "group", "carrier", "airline", "retailer", "maker", "manufacturer", "startup", "start-up",
    "conglomerate", "insurer", "lender", "bank", "broadcaster", "newspaper", "chain", "developer", "publisher",
    "studio", "label", "club", "band", "network", "operator", "producer", "supplier", "automaker", "steelmaker",
    "brand", "subsidiary", "consortium", "fund", "exchange", "platform", "app", "charity", "organisation",
    "organization", "party",
})

# Bodies, outlets and platforms named by one word: never a person, even as the subject of "said".
ORGANISATIONS = frozenset({
    "kremlin", "pentagon", "congress", "parliament", "senate", "duma", "rada", "knesset", "bundestag",
    "nato", "un", "eu", "opec", "who", "imf", "hamas", "hezbollah", "taliban", "isis", "wagner", "interpol",
    "europol", "frontex", "reuters", "afp", "ap", "cnn", "bbc", "cbs", "nbc", "abc", "fox", "bloomberg", "tass",
    "ria", "interfax", "ukrinform", "suspilne", "telegram", "facebook", "twitter", "instagram", "youtube",
    "tiktok", "whatsapp", "google", "apple", "microsoft", "amazon", "meta", "tesla", "spacex", "starlink",
    "boeing", "airbus", "gazprom", "rosneft", "aeroflot", "lufthansa", "ryanair", "easyjet", "xinhua", "kyodo",
    "yonhap", "anadolu", "aljazeera", "politico", "axios", "guardian", "telegraph", "times", "independent",
    "economist", "newsweek", "vnukovo", "downing", "whitehall", "westminster", "capitol", "elysee", "bankova",
    "vatican", "kremlin’s", "nasa", "fbi", "cia", "nsa", "mi5", "mi6", "kgb", "fsb", "gru", "sbu", "idf", "rsf",
    "ecowas", "asean", "brics", "g7", "g20", "unicef", "unesco", "unhcr", "iaea", "icc", "icj", "wto", "oecd",
    "osce", "cnbc", "msnbc", "pbs", "npr", "sky", "itv", "rt", "dpa", "efe", "ansa", "concorde", "olympics",
    "covid", "covid-19", "coronavirus", "brexit", "christmas", "easter", "ramadan", "eid", "hanukkah",
    "thanksgiving", "halloween", "internet", "web", "x",
    "diario", "diário", "jornal", "gazeta", "noticias", "notícias",  # a newspaper named by its first word
})

# Capitalised words that begin sentences or headlines but are not names.
COMMON_CAPITALISED = frozenset({
    "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "for", "of", "in", "on", "at", "by", "to",
    "from", "with", "without", "as", "after", "before", "since", "until", "while", "when", "where", "why",
    "how", "what", "who", "whom", "whose", "which", "that", "this", "these", "those", "there", "here", "it",
    "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "him", "them",
    "us", "me", "if", "then", "than", "because", "although", "though", "however", "meanwhile", "moreover",
    "also", "still", "even", "only", "just", "now", "not", "no", "yes", "all", "both", "each", "every",
    "some", "many", "most", "more", "much", "few", "several", "other", "another", "such", "any", "either",
    "neither", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
    "second", "third", "last", "next", "new", "old", "former", "previously", "earlier", "later", "today",
    "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "speaking", "according", "asked", "referring", "wearing", "dressed", "setting", "despite",
    "during", "amid", "among", "under", "over", "about", "against", "between", "into", "through", "toward",
    "towards", "upon", "within", "along", "across", "behind", "beyond", "near", "outside", "inside",
    "instead", "indeed", "perhaps", "maybe", "please", "thank", "thanks", "hello", "dear", "oh", "well",
    "okay", "ok", "mainly", "mostly", "largely", "partly", "nearly", "almost", "already",
    "again", "once", "twice", "never", "always", "often", "sometimes", "soon", "further", "furthermore",
    "additionally", "separately", "similarly", "likewise", "otherwise", "overall", "initially",
    "finally", "eventually", "ultimately", "currently", "recently", "officially", "reportedly",
    "apparently", "allegedly", "possibly", "probably", "certainly", "clearly", "obviously", "notably",
    "breaking", "update", "updated", "live", "watch", "read", "related", "see", "photo", "video",
    "image", "images", "file", "getty", "reporting", "editing", "writing", "additional", "contributed",
    "comments", "share", "subscribe", "sign", "click", "follow", "advertisement", "sponsored", "opinion",
    "analysis", "exclusive", "explainer", "factbox", "timeline", "graphic", "pool", "handout", "via",
    "god", "lord", "allah", "jesus", "christ", "mother", "father", "mom", "dad", "uncle", "aunt",
    "government", "state", "republicans", "democrats", "republican", "democrat", "labour", "tory", "tories",
    "communist", "conservative", "conservatives", "liberal", "liberals", "green", "greens",
})

# Last words of a publisher's name alone atop a page ('Harbor Valley Gazette'): words of a newsroom or a body that
# headlines do not end on ('Review', 'Press', 'Star' do).
MASTHEAD_HEADS = frozenset({"foundation", "gazette", "tribune", "herald", "chronicle", "telegraph", "courier", "journal",
                            "observer", "magazine", "institute"})

# A newspaper's last word after a place ('The New York Sun', 'Bangkok Post', 'Toronto Star'): a place and one of these
# alone atop a page is a masthead; 'News' needs 'The' before the place ('US News' is a section label).
PLACE_PAPER_WORDS = frozenset({"sun", "star", "post", "times", "mail", "express", "standard", "record", "examiner", "globe",
                               "mirror", "independent", "inquirer", "register", "bulletin", "dispatch", "sentinel",
                               "monitor", "news"})
# A newspaper's last word after a name no list knows, alone atop a page ('Guernsey Press'): only the words no
# company or title ends on ('Royal Mail', 'Polar Express', 'Lone Star' are none).
UNKNOWN_PAPER_WORDS = frozenset({"press", "post", "times", "inquirer", "sentinel", "dispatch", "examiner", "bulletin"})
# A site's sections that run into a linked story's title ('- MoviesJohnny Depp explodes ...'); not those that open
# brands ('MoneyGram', 'TechCrunch', 'AutoZone', 'GlobalFoundries', 'WorldCom', 'MetroPCS', 'MarketWatch').
LINK_SECTIONS = frozenset({"Movies", "Sports", "Sport", "Entertainment", "Politics", "Business", "Lifestyle",
                           "Celebrity", "Showbiz", "Opinion", "Health", "Science", "Technology", "Culture", "Football",
                           "Tennis", "Cricket", "Television", "TV"})
# Desks a byline may name as its staff ('By Jane Doe, Editorial Staff'): no publisher.
NEWSROOM_DESKS = frozenset({"editorial", "news", "web", "digital", "online", "desk", "sports", "metro", "national",
                            "international", "business"})
# A broadcaster's name ('Caribbean Broadcasting Corporation', 'Korean Broadcasting System'): 'Broadcasting' and one
# of these last.
BROADCASTER_HEADS = frozenset({"corporation", "company", "network", "service", "system", "union", "group"})

# How a newsroom's one-word brand ends ('Africanews', 'Euronews', 'Newsmax' aside): a byline of such a word alone
# ('By Africanews') is the page's own outlet, not a writer.
BRAND_ENDINGS = ("news", "times", "post", "media", "wire", "daily", "press")

# Words that make 'X News' a page's section label, not a newsroom's byline: 'World News', 'Latest News'.
SECTION_LABEL_WORDS = frozenset({"world", "latest", "top", "local", "national", "international", "business", "sports",
                                 "sport", "tech", "technology", "health", "science", "entertainment", "politics",
                                 "market", "markets", "money", "finance", "economy", "more", "recent", "trending",
                                 "popular", "global", "regional", "city", "metro", "crime", "weather", "good", "fake",
                                 "hard", "big", "daily", "morning", "evening", "night", "weekend", "lifestyle",
                                 "music", "culture", "arts", "film", "movies", "tv", "travel", "opinion", "education",
                                 "auto", "autos", "gaming", "food", "fashion", "celebrity", "showbiz", "breaking",
                                 "featured", "related", "editor's", "must-read", "special", "other", "main"})

# Words that make a known outlet's short name another brand of its house when the list names the short one otherwise:
# 'CBS Sports' is not the list's 'CBS News' ('CNN Business' is CNN). A newsroom's job after the word keeps the outlet
# ('AP Sports Writer' is AP's).
SISTER_BRAND_WORDS = frozenset({"sports", "sport", "business", "money", "radio", "tv", "television", "travel", "weather",
                                "entertainment", "digital", "interactive", "films", "music", "books", "kids", "games"})

# What befell the people a figure counts, but death ('102 others are missing', 'Two people hospitalized'), each
# with the count it makes (briefing.support).
PEOPLE_STATES = {"missing": "missing", "injured": "injured", "wounded": "injured", "hurt": "injured",
                 "hospitalised": "injured", "hospitalized": "injured", "rescued": "rescued", "evacuated": "evacuated",
                 "stranded": "stranded", "displaced": "displaced"}
# Verbs whose object a figure is when they kill ('killed 22 people, injured 100 others': the 22 are dead).
KILLING_VERBS = frozenset({"killed", "killing", "kills", "kill", "claimed", "claiming"})
# Words that link people to what befell them ('102 others are missing', '120 people went missing').
LINKING_VERBS = frozenset({"are", "were", "is", "was", "remain", "remains", "remained", "went", "have", "has", "had",
                           "been", "being", "still", "reportedly", "now", "also"})
# Bounds a larger figure is what they mean: 'over a dozen' agrees with 17 (briefing.support.within_bound).
FLOOR_BOUNDS = frozenset({"more than", "over"})
# Verbs that report words: a person's ('Jane Roe reported that "..."') or a body's own ('the ministry reported that').
REPORT_VERBS = frozenset({"reported", "reports"})
# Words after a body's name that go on past it ('from the company Angel Deluxe of Birgunj'); not 'and' ('the company
# Larry Page and Sergey Brin founded' names its founders).
AFTER_A_BODY = frozenset({"of", "in", "from", "to", "which", "that", "whose"})
# An honorific's initials, after which a title and a name go on: 'H.E. Mr. Ranil Wickremesinghe' (His Excellency).
HONORIFIC_INITIALS = frozenset({"H.E.", "H.R.H.", "H.H.", "H.M."})

# Where a page keeps its own accounts: 'Follow Metro Sport for the latest news on Facebook, Twitter and Instagram.'
SOCIAL_PLATFORMS = ("facebook", "twitter", "instagram", "x", "threads", "tiktok", "youtube", "whatsapp")

# An edition's word after a site's name in a prompt: 'Read more on FRANCE 24 English'.
READ_ON_EDITIONS = frozenset({"english", "arabic", "french", "spanish", "español", "français", "deutsch", "hindi", "urdu",
                              "chinese", "international", "africa", "asia", "europe", "online", "edition"})

# Initials that name a reporter's beat, not a newsroom, before 'Correspondent' or 'Staff': 'UN Correspondent', 'EU
# Correspondent', 'NFL Staff' (a country's initials are a place: see `places`).
BEAT_INITIALS = frozenset({"un", "eu", "nato", "who", "imf", "opec", "nfl", "nba", "mlb", "nhl", "mls", "ufc", "fifa",
                           "uefa", "ipl", "icc", "f1", "gp", "ai", "it", "hr", "pr", "asean", "g7", "g20", "brics",
                           "ny", "la", "dc", "sf", "gop"})

# Short forms of given names, both ways: "Mike Waltz" and "Michael Waltz" are one person.
NICKNAMES: dict[str, frozenset[str]] = {
    full: frozenset(short.split()) for full, short in {
        "michael": "mike mick mickey", "william": "bill will billy willie", "robert": "bob rob bobby robbie",
        "richard": "dick rick rich ricky", "james": "jim jimmy jamie", "joseph": "joe joey",
        "thomas": "tom tommy", "anthony": "tony", "antony": "tony", "edward": "ed ted eddie ned",
        "charles": "charlie chuck", "christopher": "chris", "daniel": "dan danny", "david": "dave",
        "steven": "steve", "stephen": "steve", "nicholas": "nick", "matthew": "matt", "benjamin": "ben benny",
        "jonathan": "jon", "john": "jack johnny", "alexander": "alex sasha", "aleksandr": "sasha",
        "andrew": "andy drew", "samuel": "sam", "patrick": "pat", "peter": "pete", "timothy": "tim",
        "kenneth": "ken", "ronald": "ron", "donald": "don", "gerald": "gerry jerry", "lawrence": "larry",
        "jeffrey": "jeff", "gregory": "greg", "philip": "phil", "elizabeth": "liz beth betty lisa",
        "katherine": "kate kathy katie", "catherine": "kate cathy", "margaret": "maggie meg peggy",
        "jennifer": "jen jenny", "rebecca": "becky", "susan": "sue", "patricia": "pat patty", "deborah": "deb",
        "victoria": "vicky", "christine": "chris", "alexandra": "alex sasha", "kimberly": "kim",
        "theodore": "ted teddy", "frederick": "fred", "douglas": "doug", "vincent": "vince",
        "raymond": "ray", "leonard": "len leo", "dmitry": "dima", "vladimir": "volodya",
    }.items()
}

# Words between a subject and its speech verb that do not break the link ("Putin on Thursday said").
SUBJECT_FILLERS = frozenset({
    "on", "late", "early", "also", "later", "earlier", "then", "again", "previously", "has", "had", "have",
    "was", "would", "will", "is", "repeatedly", "once", "separately", "meanwhile", "today", "yesterday",
    "tonight", "last", "this", "week", "night", "morning", "afternoon", "evening", "in", "a", "an",
    "statement", "interview", "televised", "remarks", "recently", "publicly", "privately", "himself",
    "herself", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "however",
    "further", "quickly", "openly", "bluntly", "flatly", "angrily", "simply", "just", "reportedly",
})

PRONOUN_GENDER = {"he": "m", "she": "f"}

# A speaker's own words: outside quotation marks they mark speech printed as if it were the reporter's
# ("I have to thank you on behalf of the people of Minnesota"), with the speaker lost. A capitalised word is not
# one of these inside a sentence ("Toys R Us"), nor "our" and "us", which writers use for everyone ("our home planet").
FIRST_SECOND_PERSON = frozenset({
    "i", "i'm", "i've", "i'll", "i'd", "me", "my", "mine", "myself", "we", "we're", "we've", "we'll", "we'd",
    "you", "you're", "you've", "you'll", "your", "yours", "yourself",
})


def _read_words(name: str) -> list[str]:
    """The non-comment lines of a lexicon data file, stripped and lower case."""
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.strip().lower() for line in lines if line.strip() and not line.startswith("#")]


@cache
def first_names() -> dict[str, str]:
    """Given names with a gender hint ('m', 'f' or 'u'), from data/lexicon/first_names.txt."""
    return dict(line.split()[:2] for line in _read_words("first_names.txt"))


@cache
def places() -> frozenset[str]:
    """Countries, demonyms, US states and cities, single words and multi-word runs (data/lexicon/places.txt)."""
    return frozenset(_read_words("places.txt"))


# Who speaks in a broadcast transcript ('INTERPRETER: The Republic of China's 16th ...'): what follows is someone's
# words, rendered without quotation marks or a speaker the reader can check.
TRANSCRIPT_SPEAKERS = frozenset({"INTERPRETER", "TRANSLATOR", "REPORTER", "ANCHOR", "NARRATOR", "HOST", "PRESENTER",
                                 "CORRESPONDENT", "SPEAKER", "UNIDENTIFIED", "VOICEOVER", "VOICE", "MODERATOR"})

# Script and page labels in capitals before a paragraph ('STORY: In a shotgun merger ...'). A closed list: other
# capitals before a colon name a speaker or a source ('BIDEN: We will ...', 'IMF: Growth will slow').
SCRIPT_LABELS = frozenset({
    "STORY", "VIDEO", "WATCH", "LIVE", "BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION",
    "PHOTOS", "GALLERY", "LISTEN", "READ", "RELATED", "MORE", "CORRECTION", "CLARIFICATION", "EDITOR'S NOTE",
    "SHOTLIST", "SOUNDBITE", "TRANSCRIPT", "ADVISORY", "URGENT", "FLASH", "FACTBOX", "EXPLAINER", "FILE",
    "Q", "A",  # an interview's question and answer marks: what follows is someone's speech, not the reporter's
})

# Explainer labels some outlets put before a paragraph ('What he's saying: "It is clearly ..."'): cut like a
# dateline, so the paragraph reads as its own sentence. Lower case, without the colon.
EXPLAINER_LABELS = frozenset({
    "what he's saying", "what she's saying", "what they're saying", "what we're watching", "what's next",
    "what to know", "what to watch", "what happened", "why it matters", "the big picture", "big picture",
    "driving the news", "between the lines", "the bottom line", "bottom line", "go deeper", "flashback",
    "how it happened", "state of play", "catch up quick", "the backstory", "backstory", "zoom in", "zoom out",
    "by the numbers", "the context", "context", "background", "the latest", "latest", "the details", "details",
    "key quote", "the intrigue", "reality check", "be smart", "the other side", "yes, but", "the bottom line is",
    "what's the story",
})
# Of those, the ones a page also runs into the paragraph with no colon ('What's the story At least six Indians ...'):
# never the opening words of a sentence of news.
COLONLESS_LABELS = frozenset({"what's the story", "why it matters", "driving the news", "between the lines",
                              "what they're saying"})
# Labels of a story's stage before a paragraph ('Update: The death toll rose to 7 ...', 'Initial story: ...').
STAGE_LABELS = frozenset({"update", "updated", "latest update", "new update", "initial story", "original story",
                          "earlier story", "first report", "earlier"})

# Nouns that can title a section of news by themselves ("Debt", "Verdict"); general newsroom words.
NEWS_NOUNS = frozenset({
    "toll", "victims", "survivors", "rescue", "rescuers", "damage", "aid", "relief", "debt", "bankruptcy", "lenders",
    "creditors", "shares", "markets", "prices", "sales", "jobs", "workers", "strike", "trial", "verdict", "jury",
    "court", "judge", "sentence", "appeal", "police", "suspect", "gunman", "shooting", "attack", "bombing", "fire",
    "wildfire", "flood", "floods", "flooding", "storm", "hurricane", "earthquake", "quake", "aftershocks", "crash",
    "collision", "derailment", "election", "vote", "voters", "deal", "talks", "sanctions", "ceasefire", "troops",
    "ban", "doping", "prize", "award", "ceremony", "funeral", "tributes", "reactions", "protests", "evacuation",
    "hospitals", "casualties", "injuries", "cause", "inquiry", "probe", "evidence", "budget", "taxes", "tariffs",
    "stores", "customers", "investors", "image", "telescope", "scientists", "research", "vaccine", "outbreak",
    "resignation", "successor", "leadership", "government", "parliament", "cabinet", "ministers", "party",
    "murder", "manslaughter", "charges", "courtroom", "handcuffs", "custody", "bail", "prison", "jail", "fraud",
    "lawsuit", "ruling", "hearing", "testimony", "witnesses", "prosecutors", "defence", "defense", "arrest",
    "killings", "deaths", "dead", "wounded", "hostages", "ambulances", "bodies", "rubble", "wreckage", "ruins",
    "shelters", "homes", "villages", "roads", "bridge", "power", "water", "food", "fuel", "flights", "airport",
    "trains", "passengers", "crew", "pilots", "ship", "vessel", "plane", "aircraft", "missile", "drone",
    "weapons", "border", "refugees", "migrants", "summit", "treaty", "referendum", "polls", "campaign", "race",
    "coalition", "opposition", "contract", "transfer", "season", "match", "final", "title", "trophy", "fans",
    "club", "league", "record", "profit", "losses", "merger", "takeover", "bid", "layoffs", "staff", "bonus",
    "regulators", "banks", "stocks", "bonds", "rates", "inflation", "economy", "exports", "oil", "gas",
    "energy", "climate", "emissions", "heat", "drought", "aftermath", "reaction", "tribute", "legacy", "memoir",
    "album", "songs", "music", "film", "book", "novel", "poetry", "discovery", "mission", "launch", "orbit",
})


# Auxiliaries between a figure and what it counts ('850 were injured').
COUNT_AUXILIARIES = frozenset({"were", "was", "are", "is", "have", "has", "had", "been", "being", "reportedly", "also"})

# Words before a name that make ', 36,' after it no age: a place or thing ('flights to Port Vale, 12,').
NOT_BEFORE_AN_AGE = frozenset({"to", "in", "at", "from", "near", "into", "via", "outside", "across", "the", "a", "an",
                               "for", "with", "by", "on"})

# Counts are facts in news ("nine killed"): number words read as their value.
NUMBER_WORDS: dict[str, int] = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())} | {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                                           "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12}
# Words of counting that stay content words (sumy's stop list drops them; "the first", "half" are facts).
COUNTING_WORDS = frozenset(NUMBER_WORDS) | {"thousand", "million", "billion", "dozens", "first", "second", "third",
                                            "fifth", "half", "tens", "hundreds", "thousands", "millions", "scores"}
# Reporting words and time words say nothing about the fact itself (added to sumy's stop words).
REPORTING_WORDS = frozenset({"said", "says", "say", "told", "tell", "added", "noted", "according", "reporter",
                             "reporters", "today", "yesterday", "week", "earlier", "later", "mr", "mrs", "ms"})

# What a figure counts (briefing.support): the dead however worded, people, measures, and words around a figure.
TOLL_WORDS = frozenset({"toll", "fatalities", "casualties", "deaths", "dead", "killed", "victims", "bodies"})
PEOPLE_WORDS = frozenset({"people", "persons", "residents", "passengers", "civilians", "children", "victims", "others",
                          "officials", "authorities",
                          "soldiers", "troops", "police", "officers", "miners", "workers", "pilgrims", "migrants",
                          "students", "tourists", "fans", "firefighters", "crew", "men", "women", "villagers",
                          "worshippers", "patients", "inmates", "protesters", "hikers", "climbers", "fishermen"})
MEASURE_WORDS = frozenset({"km", "kilometres", "kilometers", "miles", "metres", "meters", "feet", "years", "year",
                           "months", "days", "hours", "minutes", "percent", "acres", "hectares", "dollars", "euros",
                           "pounds", "tonnes", "magnitude", "degrees", "mph", "kph"})
SCALE_WORDS = frozenset({"percent", "%", "hundred", "more", "than", "about", "around", "some", "over", "nearly",
                         "almost", "least"}) | frozenset(MAGNITUDES)
# Words whose presence on one side and their opposite on the other reverse a fact (best/worst safety record).
OPPOSITES = (
    ("best", "worst"), ("rose", "fell"), ("rise", "fall"), ("increase", "decrease"), ("higher", "lower"),
    ("more", "fewer"), ("won", "lost"), ("win", "lose"), ("guilty", "innocent"),
    ("accept", "reject"), ("approved", "rejected"), ("confirmed", "denied"), ("open", "closed"),
    ("before", "after"), ("gain", "loss"), ("largest", "smallest"), ("alive", "dead"),
    ("missing", "killed"), ("missing", "dead"), ("missing", "died"), ("injured", "killed"),  # what became of people
    ("quit", "remain"), ("resign", "remain"), ("leave", "remain"), ("leave", "stay"),  # who goes and who stays
)
# The stages of a case, by the phrases that tell each: accused (arrested, charged, pleaded not guilty) is not
# convicted ('the first former president to be charged' is not what a page saying 'the first former president
# convicted' reported), and convicted (found guilty, sentenced) is not acquitted (found not guilty). Held ('jailed',
# 'detained') fits any stage and is none. Read in the sentence's own clause, not in a 'who ...' aside.
CASE_STAGES = (
    ("acquitted", r"\bacquitted\b|\b(?:found|was|were|is|are|been)\s+(?:(?!pleaded\b|pleads\b)\w+\s+){0,4}?not\s+guilty\b"),
    ("accused", r"\b(?:arrested|indicted)\b|\bcharged\s+(?:with|over|for|in)\b|\bpleaded\s+not\s+guilty\b"),
    ("convicted", r"\b(?:convicted|sentenced)\b|\b(?:found|pleaded|was|were|is|are|been)\s+(?:\w+\s+){0,4}?guilty\b"
                  r"|\bguilty\s+verdicts?\b"),
)
# Words a section title never uses: reporting words and vague quantities ('Several people').
NOT_IN_TITLES = frozenset({"also", "told", "reported", "according", "percent", "year", "years", "today", "yesterday",
                           "tomorrow", "week", "month", "people", "news", "reporters", "statement", "including",
                           "several", "many", "another", "other", "local"})
# Words that cannot open a section title: amounts and parts ('Lot of pressure', 'Couple of days', 'Number of
# workers'), adjectives that say nothing of the subject ('Full picture', 'Usual standards'), verbs that open a verb
# phrase ('Held majority', 'Break open doors') and nouns too vague to title anything ('Moment', 'Information').
NOT_TITLE_OPENERS = frozenset({
    "lot", "lots", "couple", "number", "kind", "sort", "part", "bit", "piece", "range", "series", "total", "handful",
    "dozens", "hundreds", "thousands", "millions", "rest", "half", "majority", "minority", "amount", "level", "matter",
    "full", "usual", "whole", "entire", "same", "different", "various", "certain", "real", "true", "good", "bad",
    "great", "big", "little", "small", "large", "huge", "long", "short", "high", "low", "next", "last", "past",
    "recent", "early", "late", "latest", "further", "possible", "likely", "important", "strong", "clear", "simple",
    "deep", "deepest", "held", "break", "put", "make", "take", "give", "keep", "moment", "information",
    "multiple", "numerous", "extra", "additional", "scant", "top",
})

# Captions describe a photo in the present tense ('Rescue workers search for survivors ...', 'A man walks
# along ...'), often ending on the day it was taken ('..., June 3.'); news copy reports in the past tense.
CAPTION_VERBS = frozenset("""
walk walks stand stands sit sits search searches wait waits pose poses arrive arrives attend attends carry carries
inspect inspects react reacts pray prays cry cries clear clears survey surveys unveil unveils gesture gestures
queue queues lie lies hug hugs mourn mourns comb combs sift sifts stroll strolls greet greets embrace embraces
celebrate celebrates gather gathers wears
""".split())  # verbs of a photographed scene; none also a common noun ('lines', 'works', 'march')
# Verbs also common in news copy ('Ministers leave for Brussels ...'): a caption only when the line ends on the day
# the photo was taken ('... leave the press conference together on Thursday.').
DATED_CAPTION_VERBS = frozenset({"leave", "leaves", "watch", "watches"})  # and an object follows: 'leave the ...'
DATED_VERB_NEXT = frozenset({"the", "a", "an", "their"})  # not 'leaves his post on Monday'
# Verbs of two people pictured together, a caption when a calendar day ends the line ('Altman and Sutskever speak
# together in Tel Aviv on June 5'); news copy says 'spoke', or 'meet the press ... on Nov. 15' of what is to come.
MEETING_CAPTION_VERBS = frozenset({"speak", "speaks", "talk", "talks", "meet", "meets", "shake", "shakes"})
MEETING_VERB_NEXT = frozenset({"together", "hands"})
# Words of a byline's or a bracket's tail that name a job, a desk or a page label, never a publisher.
BYLINE_JOB_WORDS = frozenset({"writer", "reporter", "correspondent", "contributor", "anchor", "host", "columnist",
                              "bureau", "desk", "staff", "md", "jr", "sr", "phd", "note", "editor's"})
# Verbs that say a count grew ('the death toll has risen to 13'): such counts are one count over time.
RISE_VERBS = frozenset({"risen", "rose", "rises", "climbed", "climbs", "jumped", "jumps", "increased", "mounted", "grew",
                        "soared"})
# Verbs an advertiser opens a title-case line with ('Enroll & Get Started Today!', 'Shop Now!').
OFFER_VERBS = frozenset({"Enroll", "Enrol", "Get", "Join", "Shop", "Order", "Subscribe", "Buy", "Register", "Sign",
                         "Download", "Try", "Claim", "Book", "Start", "Learn", "Discover", "Grab", "Save", "Apply"})
# Lower-case words that go with a capitalised title ('former President', 'acting Prime Minister', 'late Queen'); any
# other lower-case word before a title belongs to another phrase ('the policy President Biden outlined').
TITLE_COMPANIONS = OTHER_OFFICE | {"late", "then", "newly", "elected", "sitting", "current", "retired", "senior", "top",
                                   "chief", "longtime", "long-time"}
# Words before a figure that pick some by their place ('the first two carriages', 'the last three days'): no count
# of how many in all.
BY_POSITION = frozenset({"first", "last", "top", "final", "next", "initial", "bottom"})
# Conjunctions that open a line going on from the one before ('But stops short of ...'): a deck, never a headline.
LINKING_CONJUNCTIONS = frozenset({"But", "And", "Yet", "Or", "Nor", "So"})
# Jobs of a newsroom, in bylines and author boxes ('By ITV News Producer Jane Roe', '... is an editor at TUKO.co.ke').
NEWSROOM_JOBS = BYLINE_JOB_WORDS | REPORTER_ROLES | {"editor", "producer", "presenter"}
# Verbs whose object is the listener, not the speaker ('told the mayor', 'urged the minister'): a role after them
# names who heard the words.
LISTENER_VERBS = frozenset({"told", "tells", "asked", "asks", "assured", "urged", "warned"})
# Modal verbs: a phrase after one is a verb with its object ('will provide severance'), never a thing to title.
MODAL_VERBS = frozenset({"will", "would", "can", "could", "may", "might", "must", "should", "shall"})

# Verbs of what is scheduled, in the present: a sentence with one ending on a place and a full date announces an
# event ('Voting begins in northern India on April 19, 2024.'); a caption shows a scene.
SCHEDULE_VERBS = frozenset({"begins", "begin", "starts", "start", "opens", "open", "takes place", "take place",
                            "ends", "end", "closes", "close", "resumes", "resume", "kicks off", "kick off",
                            "goes ahead", "is due", "are due", "is scheduled", "are scheduled", "comes into force",
                            "faces arraignment", "face arraignment", "faces trial", "face trial", "faces sentencing"})
# Words opening a clause of another, earlier event ('After the drill broke down two days ago, ...', 'ordered the
# grounding following a blowout late Friday'): a date there is that event's (briefing.dates, sections.differences).
EARLIER_EVENT_OPENERS = ("after", "before", "since", "following", "until", "ahead of")
# Past forms not in -ed that tell an earlier event's verb ('before the quake struck on Monday').
IRREGULAR_PASTS = ("struck", "began", "broke", "fell", "hit", "sank", "took", "went", "came", "ran", "won", "lost",
                   "left", "shot", "blew", "caught", "drove", "flew", "froze", "gave", "made", "met", "rose", "sent",
                   "spoke", "stole", "swept", "threw", "told", "tore", "wrote")
# Time zones a writer dates by where they are ('Friday (AEDT)'); UTC and GMT are the world's reference.
LOCAL_TIME_ZONES = ("AEDT", "AEST", "ACDT", "ACST", "AWST", "NZDT", "NZST", "IST", "JST", "KST", "HKT", "SGT", "PHT",
                    "WIB", "MSK", "CET", "CEST", "EET", "EEST", "BST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST",
                    "PDT", "ET", "PT", "CT", "MT")
# Words of a page's list of more stories that name no site ('More From This Section', 'More from the Author').
NOT_SITE_WORDS = frozenset({"this", "that", "these", "our", "your", "my", "section", "author", "category", "topic",
                            "partners", "sponsors"})
# Finite verbs that make a phrase before a name a clause, not its role ('Nolan won best director, Cillian Murphy ...').
CLAUSE_VERBS = frozenset({"won", "wins", "win", "took", "takes", "made", "makes", "became", "becomes", "got", "gets",
                          "beat", "beats", "lost", "loses", "led", "leads", "gave", "gives", "went", "goes", "came",
                          "comes", "left", "leaves", "met", "meets", "held", "holds", "ran", "runs", "hung", "hangs",
                          "sent", "sends", "told", "tells", "brought", "brings", "kept", "keeps", "put", "puts"})
# Words opening an aside set between commas after a noun ('Around 116 people, including several women and
# children, were killed ...'): the aside is left out of a title, and a count reads past it to its verb.
ASIDE_OPENERS = ("including", "among them", "most of them", "many of them", "who", "which", "aged", "mostly")
# How a page gives someone's other name ('Suraj Pal Singh, also known as ‘Bhole Baba’', 'whose original name is').
ALIAS_PHRASES = ("known as", "also known as", "better known as", "popularly known as", "widely known as", "aka",
                 "a.k.a.", "a.k.a", "alias", "whose original name is", "whose real name is", "whose birth name is",
                 "whose original name was", "whose real name was", "whose birth name was", "real name", "born")
# Nouns before 'as' that introduce a part an actor plays ('her performance as Bella Baxter').
PART_NOUNS = ("performance", "role", "turn", "portrayal")
# Endings of professions written as a title before a name ('Climatologist Sean Birkel'): never a name's.
PROFESSION_ENDINGS = ("ologist", "ographer", "ician")
# Endings of the words for a nation's or a faith's people ('Palestinian', 'Catholic', 'Israeli'), not of places
# ('Maine', 'Chile', 'Jordan'): their plural is a people, never a surname.
PEOPLE_WORD_ENDINGS = ("an", "ese", "ic", "ish", "i", "ite", "ist")
# Endings of adverbs made from adjectives ('Completely', 'Reportedly', 'Similarly'): capitalised only because they
# open the sentence, never a name (unlike 'Kelly', 'Connolly', 'Beverly').
ADVERB_ENDINGS = ("tly", "ely", "ally", "arly", "ously", "ively", "fully", "edly", "ingly", "ibly", "ably", "sly")
# A masthead's edition in brackets ('Los Angeles Times (Sunday)'), besides the weekdays.
EDITION_WORDS = ("weekend", "daily", "international")


# Voices a sentence may open on that name no one in particular ('Investigators said ...', 'Witnesses said ...'), beside
# PEOPLE_WORDS ('Officials', 'Police'): another outlet's 'The NTSB said' may tell the same account.
UNNAMED_VOICES = frozenset({"investigators", "prosecutors", "witnesses", "doctors", "sources", "rescuers", "analysts",
                            "experts", "scientists", "researchers", "lawmakers", "diplomats", "medics", "reports",
                            "media", "observers", "critics", "economists"}) - PEOPLE_WORDS

# What a 'first' ranks (support.first_scopes): words after it that rank nothing of their own ('the first time', 'his
# first day back'), titles that rank no one ('First lady Jill Biden'), and spellings of one thing ('first female' is
# 'first woman').
FIRST_OF_NOTHING = frozenset({"time", "times", "ever", "day", "days", "week", "year", "half", "quarter", "round",
                              "place", "step", "stage", "phase"})
FIRST_TITLES = frozenset({"lady", "ladies", "minister", "secretary", "deputy", "officer", "mate", "gentleman",
                          "responders", "aid", "name", "names", "amendment", "division", "class"})
FIRST_SCOPE_FOLD = {"femal": "woman", "women": "woman", "male": "man", "men": "man"}  # word stems

# Conjunctions that open a quotation cut from the middle of a sentence ('even if it will cost us a few weeks').
# ('so proud of this team', 'that’s not who we are', 'if we win' may be whole: only these, or 'even' before them)
FRAGMENT_OPENERS = frozenset({"but", "and", "or", "because", "although", "though", "whereas", "which", "unless", "until",
                              "nor", "even if", "even though", "even as", "even when"})

# The page's voice speaking to its reader, as an appeal box goes on after its first line (boilerplate.addresses_reader).
READER_WORDS = frozenset({"you", "your", "you've", "you're", "us", "our", "we", "we've"})
# Words that single one out of a list before an apposition ('especially the president, Florentino Perez').
FOCUS_WORDS = frozenset({"especially", "particularly", "notably"})
