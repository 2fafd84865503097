//! What a figure is keyed on besides its exact words: the head noun of
//! the counted phrase and the event verb before it (issue #13, item 1).
//!
//! "shed about 140 posts" and "would shed 190 posts" meet on the head
//! "post" and the verb "shed"; "employs 2,750 staff" and "its workforce of
//! 3,350" meet on the head (staff and workforce are one measure in the
//! rules files) because both state the size of a standing quantity; "a
//! project costing £1.35bn" is money of a "project"; "jailed for six years"
//! is a duration of a "sentence". The words that say what a verb or a
//! noun means here are lists in rules/words/quantities.toml.

use crate::normalise::interval::HedgeTable;
use crate::normalise::words::{looks_like_verb_with, stem};
use crate::segment::tokens::Token;
use crate::vocab::LowerWord;
use crate::vocab::{Vocabulary, WordList};

/// The lists the keys are read with, fetched once.
pub struct KeyWords<'v> {
    stock_verbs: &'v WordList,
    size_nouns: &'v WordList,
    pronouns: &'v WordList,
    cost_verbs: &'v WordList,
    increment: &'v WordList,
    hypothetical: Vec<Vec<String>>,
    attribution: &'v WordList,
    event_nouns: &'v WordList,
    function_words: &'v WordList,
    auxiliaries: &'v WordList,
    verb_like_nouns: &'v WordList,
}

impl<'v> KeyWords<'v> {
    pub fn new(vocab: &'v Vocabulary) -> Self {
        KeyWords {
            stock_verbs: vocab.list("stock-verbs"),
            size_nouns: vocab.list("size-nouns"),
            pronouns: vocab.list("personal-pronouns"),
            cost_verbs: vocab.list("cost-verbs"),
            increment: vocab.list("increment-markers"),
            hypothetical: vocab
                .list("hypothetical-markers")
                .phrases()
                .iter()
                .map(|p| p.split(' ').map(str::to_string).collect())
                .collect(),
            attribution: vocab.list("attribution-words"),
            event_nouns: vocab.list("duration-event-nouns"),
            function_words: vocab.list("function-words"),
            auxiliaries: vocab.list("predicate-auxiliaries"),
            verb_like_nouns: vocab.list("verb-like-nouns"),
        }
    }

    /// A word that attributes a claim ("said", "according").
    pub fn is_attribution(&self, w: &str) -> bool {
        self.attribution.has(w)
    }

    fn is_noun(&self, t: &Token, w: &str) -> bool {
        t.is_word()
            && !self.function_words.has(w)
            && !looks_like_verb_with(self.verb_like_nouns, w)
            && !self.attribution.has(w)
            && !self.stock_verbs.has(w)
            && !self.cost_verbs.has(w)
    }
}

/// The keys read around one figure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keys {
    /// The head noun of what is counted or measured, stemmed.
    pub head: Option<String>,
    /// The event verb before the figure, stemmed.
    pub verb: Option<String>,
    /// Who or what does the verb: the word before it, stemmed ("plans"
    /// in "plans to cut"); `None` when it is a pronoun or not read, so
    /// that "he scored 20 points" never meets "Ash scored 14 points".
    pub agent: Option<String>,
    /// The figure states the size of a standing quantity ("a workforce of
    /// N", "employs N").
    pub stock: bool,
    /// An amount added to another ("another four", "an extra 450m").
    pub increment: bool,
    /// A possibility or a legal maximum, not a claim ("might have been").
    pub hypothetical: bool,
}

/// Where the figure's words are in its sentence.
pub struct At<'a> {
    pub tokens: &'a [Token<'a>],
    pub lower: &'a [LowerWord<'a>],
    /// The first token of the clause the figure is in.
    pub clause_start: usize,
    /// The first token of the hedge and number.
    pub start: usize,
    /// One past the number (and its unit).
    pub end: usize,
    /// The thing counted, stemmed words, if read.
    pub thing: Option<&'a str>,
}

const DETERMINERS: &[&str] = &["a", "an", "the", "its", "their", "his", "her", "our", "some", "for", "to", "of", "by"];

/// The word that does the verb at `verb`: past auxiliaries, modals,
/// "to", "not" and adverbs. A pronoun or a function word gives `None`.
fn agent_before(
    kw: &KeyWords,
    tokens: &[Token],
    lower: &[LowerWord],
    clause_start: usize,
    verb: usize,
) -> Option<String> {
    let mut q = verb.checked_sub(1).filter(|&q| q >= clause_start)?;
    while kw.auxiliaries.has(&lower[q])
        || matches!(
            lower[q].as_ref(),
            "to" | "not" | "would" | "will" | "could" | "can" | "may" | "might" | "must" | "should"
        )
        || lower[q].ends_with("ly")
    {
        q = q.checked_sub(1).filter(|&q| q >= clause_start)?;
    }
    let w = lower[q].as_ref();
    if !tokens[q].is_word() || kw.pronouns.has(w) || kw.function_words.has(w) {
        return None;
    }
    Some(stem(w.trim_end_matches("'s").trim_end_matches("’s")))
}

/// Reads the keys of the figure at `at`.
pub fn read_keys(kw: &KeyWords, hedges: &HedgeTable, at: &At<'_>, percent: bool, duration: bool) -> Keys {
    let (tokens, lower) = (at.tokens, at.lower);
    let mut keys = Keys::default();
    let before = |k: usize| k.checked_sub(1).filter(|&p| p >= at.clause_start);
    // The event verb: the nearest verb before the figure, past articles,
    // possessives and one preposition ("jailed for six years", "fell to").
    let mut k = before(at.start);
    let mut skipped = 0;
    while let Some(p) = k {
        let w = lower[p].as_ref();
        if !tokens[p].is_word() || skipped > 2 {
            break;
        }
        if DETERMINERS.contains(&w) || hedges.find(&[w]).is_some() {
            skipped += 1;
            k = before(p);
            continue;
        }
        let after_aux = before(p).is_some_and(|q| kw.auxiliaries.has(&lower[q]) || lower[q] == "to");
        let verb_like = looks_like_verb_with(kw.verb_like_nouns, w)
            || kw.stock_verbs.has(w)
            || kw.cost_verbs.has(w)
            || kw.event_nouns.has(w)
            || (after_aux && !kw.function_words.has(w));
        if verb_like && !kw.attribution.has(w) && !w.ends_with("ly") {
            keys.verb = Some(stem(w));
            keys.stock = kw.stock_verbs.has(w);
            keys.agent = agent_before(kw, tokens, lower, at.clause_start, p);
        }
        break;
    }
    // "a workforce of 3,350", "a market share of 21.4%": the noun before
    // "of" is what the figure is the size of.
    let mut attribute = None;
    if let Some(of) = before(at.start).filter(|&p| lower[p] == "of")
        && let Some(n) = before(of).filter(|&p| kw.size_nouns.has(&lower[p]))
    {
        attribute = Some(n);
        keys.stock = true;
    }
    keys.head = at.thing.map(|t| {
        let words: Vec<&str> = t.split(' ').collect();
        let upto = words.iter().position(|w| *w == "of").unwrap_or(words.len());
        // "$2.5m worth of jewellery": the worth is of the jewellery.
        if upto == 1 && kw.cost_verbs.has(words[0]) && words.len() > 2 {
            return words[2].to_string();
        }
        words[..upto].last().copied().unwrap_or(t).to_string()
    });
    if let Some(n) = attribute {
        // A share of something: the whole it is a share of ("market share").
        let whole = (percent && n > at.clause_start && kw.is_noun(&tokens[n - 1], &lower[n - 1])).then(|| n - 1);
        if keys.head.is_none() || percent {
            keys.head = Some(stem(&lower[whole.unwrap_or(n)]));
        }
    }
    // Money after a verb of cost: what it is the price of ("a stadium
    // project costing £1.35bn").
    if keys.head.is_none()
        && let Some(v) = keys.verb.as_ref().and(k)
        && kw.cost_verbs.has(&lower[v])
        && let Some(n) = before(v).filter(|&p| kw.is_noun(&tokens[p], &lower[p]))
    {
        keys.head = Some(stem(&lower[n]));
    }
    // A duration is the length of the event its verb names ("jailed for
    // six years" is a sentence); with a thing ("a 44-month sentence") the
    // thing is mapped too, so "jail term" and "sentence" meet.
    if duration {
        let by_thing = at.thing.and_then(|t| kw.event_nouns.form(t));
        let by_verb = k.filter(|_| keys.verb.is_some()).and_then(|v| kw.event_nouns.form(&lower[v]));
        if let Some(noun) = by_thing.or(by_verb) {
            keys.head = Some(stem(noun));
        } else if at.thing.is_none() {
            keys.head = None;
        }
    }
    // "another four", "an extra 450 metres", "20 more".
    keys.increment = before(at.start).is_some_and(|p| kw.increment.has(&lower[p]) && lower[p] != "more")
        || lower.get(at.end).is_some_and(|w| w == "more");
    // "might have been 300", "faces up to ten years": scanned in the
    // clause before the figure.
    let clause: &[LowerWord] = &lower[at.clause_start..at.start];
    keys.hypothetical = kw.hypothetical.iter().any(|p| clause.windows(p.len()).any(|w| w == &p[..]));
    keys
}
