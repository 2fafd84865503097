//! Word classes for people, their titles and their words: thin lookups
//! over the word lists of `rules/words/people.toml` (general English,
//! never names of anyone in particular), fetched once per article from the
//! vocabulary in force.
//!
//! Which titles conflict is not here: that is data in the rules files
//! (role classes). These lists only say "this word is part of a title",
//! "this verb reports speech", "this word names an institution".

use crate::normalise::number::NumberWords;
use crate::segment::tokens::Token;
use crate::vocab::{Vocabulary, WordList};

/// The word lists the people, roles and quote readers use.
pub struct Lexicon<'v> {
    honorifics: &'v WordList,
    title_words: &'v WordList,
    role_heads: &'v WordList,
    institution_words: &'v WordList,
    speech_verbs: &'v WordList,
    name_particles: &'v WordList,
    personal_pronouns: &'v WordList,
    /// Skipped at the start of a title phrase ("the", "its").
    pub determiners: &'v WordList,
    /// End a title and start its body ("of", "at").
    pub title_prepositions: &'v WordList,
    /// "who", "the": after "Ruiz," opening a sentence, Ruiz is a person.
    pub surname_comma_followers: &'v WordList,
    /// "from", "about": a title read back from a name stops at them.
    pub title_breaking_prepositions: &'v WordList,
    /// Make a title a past one ("former").
    pub past_title_words: &'v WordList,
    /// Say a title replaced another ("new", "appointed").
    pub new_title_words: &'v WordList,
    /// "who chairs …": the verb and the title's head.
    pub role_verbs: &'v WordList,
    /// "also": a title held alongside the person's others.
    pub concurrent_title_words: &'v WordList,
    /// "will" in "who will become chair": a title to come.
    pub future_title_words: &'v WordList,
    /// "and" in "chair and chief executive": two titles held together.
    pub title_joiners: &'v WordList,
    /// "but", "when": a word that opens a clause is never inside a title
    /// phrase ("But shadow health minister ...").
    pub clause_joiners: &'v WordList,
    pub subject_pronouns: &'v WordList,
    pub front_title_heads: &'v WordList,
    /// "prosecuting", "for the defence": a counsel's side as a title.
    pub court_sides: &'v WordList,
    pub title_trailing_words: &'v WordList,
    /// "of", "for": a lower-case portfolio after them is part of the
    /// title ("director of public health").
    pub portfolio_prepositions: &'v WordList,
    /// "n't" is "not", "'ll" is "will".
    pub contraction_suffixes: &'v WordList,
    /// "wo" in "won't" is "will".
    pub contraction_stems: &'v WordList,
    /// Words whose "'s" is "is" ("it's").
    pub is_contraction_words: &'v WordList,
    /// "twelfth" is 12.
    pub ordinals: &'v WordList,
    /// "th" in "12th".
    pub ordinal_suffixes: &'v WordList,
    function_words: &'v WordList,
    month_names: &'v WordList,
    weekday_names: &'v WordList,
    /// "today", "yesterday": a sentence that opens "Yesterday, ..." names
    /// nobody.
    relative_days: &'v WordList,
    /// "six" is 6.
    pub numbers: NumberWords<'v>,
    /// Names and speakers (rules/words/speakers.toml): letters after a
    /// name ("KC"), prepositions before a place, verbs whose object is
    /// the listener, words that make a title another post ("deputy").
    pub post_nominals: &'v WordList,
    pub place_prepositions: &'v WordList,
    pub listener_verbs: &'v WordList,
    pub title_qualifiers: &'v WordList,
    /// Words that say a quote was translated, and languages.
    pub translation_words: &'v WordList,
    pub language_names: &'v WordList,
    /// ".com" after a site's name; "pm" after a clock time; "GMT".
    pub web_domains: &'v WordList,
    pub clock_suffixes: &'v WordList,
    pub time_zones: &'v WordList,
    /// "firm", "village": an appositive with one describes no person.
    pub thing_nouns: &'v WordList,
    /// "she", "his": a pronoun's gender; "Mrs", "mother": a person's.
    pub gendered_pronouns: &'v WordList,
    pub gendered_words: &'v WordList,
    /// "By", "Reporting by": a byline line, naming the writers.
    pub byline_leads: &'v WordList,
    /// "Photo:", "Pictured:": a caption line.
    pub caption_leads: &'v WordList,
    /// "led by", "according to": weak evidence that a name is a person's.
    pub person_context_phrases: &'v WordList,
    /// Endings of nouns for what people do ("rheumatologist", "driver"):
    /// such a noun in lower case before a name is a false title.
    pub occupation_endings: Vec<&'v str>,
}

impl<'v> Lexicon<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        Lexicon {
            honorifics: vocab.list("honorifics"),
            title_words: vocab.list("title-words"),
            role_heads: vocab.list("role-heads"),
            institution_words: vocab.list("institution-words"),
            speech_verbs: vocab.list("speech-verbs"),
            name_particles: vocab.list("name-particles"),
            personal_pronouns: vocab.list("personal-pronouns"),
            determiners: vocab.list("determiners"),
            title_prepositions: vocab.list("title-prepositions"),
            surname_comma_followers: vocab.list("surname-comma-followers"),
            title_breaking_prepositions: vocab.list("title-breaking-prepositions"),
            past_title_words: vocab.list("past-title-words"),
            new_title_words: vocab.list("new-title-words"),
            role_verbs: vocab.list("role-verbs"),
            concurrent_title_words: vocab.list("concurrent-title-words"),
            future_title_words: vocab.list("future-title-words"),
            title_joiners: vocab.list("title-joiners"),
            clause_joiners: vocab.list("clause-joiners"),
            subject_pronouns: vocab.list("subject-pronouns"),
            front_title_heads: vocab.list("front-title-heads"),
            court_sides: vocab.list("court-side-words"),
            title_trailing_words: vocab.list("title-trailing-words"),
            portfolio_prepositions: vocab.list("portfolio-prepositions"),
            contraction_suffixes: vocab.list("contraction-suffixes"),
            contraction_stems: vocab.list("contraction-stems"),
            is_contraction_words: vocab.list("is-contraction-words"),
            ordinals: vocab.list("ordinal-words"),
            ordinal_suffixes: vocab.list("ordinal-suffixes"),
            function_words: vocab.list("function-words"),
            month_names: vocab.list("month-names"),
            weekday_names: vocab.list("weekday-names"),
            relative_days: vocab.list("relative-days"),
            numbers: NumberWords::new(vocab),
            post_nominals: vocab.list("post-nominals"),
            place_prepositions: vocab.list("before-place-words"),
            listener_verbs: vocab.list("listener-verbs"),
            title_qualifiers: vocab.list("title-qualifiers"),
            translation_words: vocab.list("translation-words"),
            language_names: vocab.list("language-names"),
            web_domains: vocab.list("web-domains"),
            clock_suffixes: vocab.list("clock-suffixes"),
            time_zones: vocab.list("time-zones"),
            thing_nouns: vocab.list("thing-nouns"),
            gendered_pronouns: vocab.list("gendered-pronouns"),
            gendered_words: vocab.list("gendered-words"),
            byline_leads: vocab.list("byline-leads"),
            caption_leads: vocab.list("caption-leads"),
            person_context_phrases: vocab.list("person-context-phrases"),
            occupation_endings: vocab.list("occupation-endings").phrases(),
        }
    }

    /// A word that never names anyone or anything ("the", "of").
    pub fn is_function_word(&self, lower: &str) -> bool {
        self.function_words.has(lower)
    }

    /// A month or weekday name: not part of a person's name.
    pub fn is_date_word(&self, lower: &str) -> bool {
        self.month_names.has(lower) || self.weekday_names.has(lower) || self.relative_days.has(lower)
    }

    /// A courtesy title written before a name ("Mr Lane", "Dr. Ana Ruiz").
    pub fn is_honorific(&self, lower: &str) -> bool {
        self.honorifics.has(lower.trim_end_matches('.'))
    }

    /// A capitalised word of a title written before a name ("Detective
    /// Inspector", "Foreign Secretary").
    pub fn is_title_word(&self, lower: &str) -> bool {
        self.title_words.has(lower)
    }

    /// The head noun of a title ("director", "chair").
    pub fn is_role_head(&self, lower: &str) -> bool {
        self.role_heads.has(lower)
    }

    /// A word that makes a capitalised run an institution or a place.
    pub fn is_institution_word(&self, lower: &str) -> bool {
        self.institution_words.has(lower)
    }

    /// A verb that reports what someone said.
    pub fn is_speech_verb(&self, lower: &str) -> bool {
        self.speech_verbs.has(lower)
    }

    /// The side of a trial written alone at `tokens[k..]` ("prosecuting,",
    /// "for the defence said"): how many words it takes and the counsel's
    /// title it stands for. It must be followed, after any client's name,
    /// by a comma or a speech verb, so "defending champion" is none.
    pub fn court_side_at(&self, tokens: &[Token], k: usize) -> Option<(usize, &'v str)> {
        // Asked after every name followed by a comma: the first word is
        // tested before any word is copied.
        let first = tokens.get(k).filter(|t| t.is_word())?;
        if !crate::vocab::with_folded(first.text, |w| self.court_sides.may_start(w)) {
            return None;
        }
        let words: Vec<String> =
            tokens.iter().skip(k).take(4).map_while(|t| t.is_word().then(|| crate::vocab::fold_word(t.text))).collect();
        let (n, entry) = self.court_sides.longest_prefix(&words)?;
        let crate::vocab::Entry::Form(title) = entry else {
            return None;
        };
        // "defending Tolland," / "prosecuting for the Crown,": the client
        // named after the side, in capitals, is passed over.
        let client = tokens[k + n..]
            .iter()
            .take(4)
            .take_while(|t| t.is_word() && t.text.chars().next().is_some_and(char::is_uppercase))
            .count();
        let after = tokens.get(k + n + client)?;
        (after.is(",") || after.is_word() && crate::vocab::with_folded(after.text, |w| self.is_speech_verb(w)))
            .then_some((n, title.as_str()))
    }

    /// A particle written in lower case inside a name ("Ana de Souza").
    pub fn is_name_particle(&self, lower: &str) -> bool {
        self.name_particles.has(lower)
    }

    /// A pronoun that stands for the person last named.
    pub fn is_personal_pronoun(&self, lower: &str) -> bool {
        self.personal_pronouns.has(lower)
    }
}
