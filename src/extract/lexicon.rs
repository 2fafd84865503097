//! Word classes for people, their titles and their words: the generic
//! vocabulary of news English, never names of anyone in particular.
//!
//! Which titles conflict is not here: that is data in the rules files
//! (role classes). These lists only say "this word is part of a title",
//! "this verb reports speech", "this word names an institution".

/// Courtesy titles written before a name ("Mr Lane", "Dr Ana Ruiz").
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "reverend",
    "baroness", "baron",
];

/// Capitalised words that belong to a title written before a name
/// ("Detective Inspector", "Foreign Secretary", "Prime Minister").
const TITLE_WORDS: &[&str] = &[
    "detective", "chief", "superintendent", "inspector", "constable", "sergeant", "assistant", "deputy",
    "commissioner", "commander", "officer", "secretary", "minister", "prime", "president", "vice", "senator",
    "governor", "mayor", "general", "colonel", "major", "captain", "lieutenant", "admiral", "brigadier", "marshal",
    "corporal", "private", "judge", "justice", "director", "chairman", "chairwoman", "chair", "executive",
    "coordinator", "co-ordinator", "national", "senior", "head", "foreign", "home", "defence", "defense", "security",
    "state", "us", "uk", "eu", "father", "sister", "brother", "bishop", "archbishop", "pope", "king", "queen",
    "prince", "princess", "councillor", "sheriff", "coach", "manager", "spokesman", "spokeswoman", "spokesperson",
    "attorney", "chancellor", "treasurer", "ambassador", "envoy", "leader", "speaker", "representative", "rep",
    "sen", "gov", "supt", "insp", "det", "sgt", "acting", "interim", "former", "health", "education",
    "interior", "finance", "transport", "energy", "environment", "culture", "trade", "economy", "labour",
    "shadow", "first", "mp", "mep", "operations", "managing", "medical", "nursing", "clinical",
];

/// Head nouns of a title: a phrase is a role only when it has one
/// ("the trust's finance director", "chair of the parish council").
const ROLE_HEADS: &[&str] = &[
    "minister", "secretary", "director", "officer", "executive", "chair", "chairman", "chairwoman",
    "chairperson", "head", "chief", "commissioner", "constable", "superintendent", "inspector", "sergeant",
    "coordinator", "co-ordinator", "spokesman", "spokeswoman", "spokesperson", "leader", "president",
    "vice-president", "manager", "governor", "mayor", "editor", "founder", "co-founder", "chancellor", "treasurer",
    "ambassador", "envoy", "commander", "general", "colonel", "captain", "lieutenant", "admiral", "judge",
    "senator", "councillor", "coach", "principal", "headteacher", "headmaster", "headmistress", "dean", "provost",
    "adviser", "advisor", "deputy", "presenter", "correspondent", "analyst", "economist", "professor", "lecturer",
    "surgeon", "consultant", "partner", "owner", "boss", "mp", "mep", "master", "mistress", "warden", "ranger",
];

/// Words that make a capitalised run an institution or a place, not a
/// person ("Harbour Rail said", "Kestrel Valley Trust").
const INSTITUTION_WORDS: &[&str] = &[
    "police", "policing", "railway", "railways", "rail", "council", "trust", "forum", "ministry", "department",
    "office", "party", "court", "agency", "service", "services", "group", "company", "university", "college",
    "school", "hospital", "airport", "station", "street", "road", "bridge", "river", "association", "union",
    "committee", "commission", "board", "bank", "news", "times", "press", "radio", "fm", "tv", "live",
    "government", "parliament", "house", "centre", "center", "club", "united", "city", "county",
    "authority", "institute", "foundation", "network", "corporation", "inc", "ltd", "plc", "force", "army",
    "navy", "unit", "team", "command", "islamic", "state", "states", "republic", "kingdom", "nations", "guard",
    "brigade", "rescue", "ambulance", "nhs", "health", "care", "prison", "prevent", "counter",
    "terrorism", "terror", "coast", "valley", "square",
    "northern", "southern", "eastern", "western", "central", "national", "international", "world", "global",
    "daily", "weekly",
   
    "ltd.", "limited", "holdings", "media", "channel", "online", "herald", "gazette", "telegraph",
    "chronicle", "courier", "wire", "journal", "review", "magazine", "broadcasting", "corp", "industries",
    "airlines", "airways", "motors", "energy", "systems", "technologies", "labs",
    "festival", "cup", "league", "championship", "olympics", "games", "awards", "museum", "gallery", "library",
    "zoo", "stadium", "arena", "palace", "cathedral", "abbey", "mosque", "temple", "synagogue",
    "avenue", "island", "islands", "lake", "mountain", "sea",
    "ocean", "village", "town", "district", "region", "province", "borough",
    "parish", "ward", "estate", "centre's", "act", "bill", "law", "treaty", "agreement", "summit", "conference",
    "report", "inquiry", "review", "operation", "project", "programme", "program", "plan", "scheme", "fund",
];

/// Verbs that report what someone said.
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "tell", "added", "adds", "warned", "warns", "explained", "explains",
    "urged", "urges", "insisted", "insists", "admitted", "admits", "claimed", "claims", "denied", "denies",
    "stated", "states", "wrote", "writes", "tweeted", "tweets", "announced", "announces", "confirmed",
    "confirms", "argued", "argues", "asked", "asks", "replied", "replies", "declared", "declares", "noted",
    "notes", "remarked", "observed", "stressed", "stresses", "acknowledged", "acknowledges", "vowed", "vows",
    "promised", "promises", "conceded", "concedes", "recalled", "recalls", "continued", "continues", "according",
    "predicted", "predicts", "suggested", "suggests", "described", "describes", "called", "calls", "cautioned",
];

pub fn is_honorific(lower: &str) -> bool {
    HONORIFICS.contains(&lower.trim_end_matches('.'))
}

pub fn is_title_word(lower: &str) -> bool {
    TITLE_WORDS.contains(&lower)
}

pub fn is_role_head(lower: &str) -> bool {
    ROLE_HEADS.contains(&lower)
}

pub fn is_institution_word(lower: &str) -> bool {
    INSTITUTION_WORDS.contains(&lower)
}

pub fn is_speech_verb(lower: &str) -> bool {
    SPEECH_VERBS.contains(&lower)
}

/// Name particles written in lower case inside a name ("Ana de Souza").
pub fn is_name_particle(lower: &str) -> bool {
    matches!(lower, "de" | "da" | "di" | "du" | "van" | "von" | "der" | "den" | "la" | "le" | "bin" | "ibn" | "al" | "el" | "abu" | "dos" | "del")
}

/// Pronouns that stand for the person last named.
pub fn is_personal_pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she" | "they")
}
