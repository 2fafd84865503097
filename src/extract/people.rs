//! People: who is named in an article, and where.
//!
//! A capitalised run of words is a person only with evidence that it is
//! one, because most capitalised runs in news are places and institutions:
//! a courtesy title ("Ms Ruiz"), a title before it ("Chief Inspector Ana
//! Ruiz"), a role or an age after it ("Ana Ruiz, 52," / "Ana Ruiz, the
//! harbour master"), a reporting verb ("Ana Ruiz said"), a role noun
//! before it ("harbour master Ana Ruiz"), or a signature line ("– Ana
//! Ruiz"). Surname-only mentions are linked to the full name within the
//! article, which is what lets "Ms Ruis" be caught as a misspelling.

use crate::extract::lexicon::Lexicon;
use crate::segment::tokens::Token;
use crate::span::Span;
use crate::vocab::with_folded;

/// A person's name as written: an optional first name and a surname.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct PersonName {
    /// Every given name and initial before the surname ("Ana María").
    pub first: Option<String>,
    pub surname: String,
}

impl PersonName {
    /// The key people are matched on across articles: lower case, with
    /// curly apostrophes made straight.
    pub fn key(&self) -> String {
        let s = match &self.first {
            Some(f) => format!("{f} {}", self.surname),
            None => self.surname.clone(),
        };
        crate::vocab::fold_word(&s)
    }

    pub fn surname_key(&self) -> String {
        crate::vocab::fold_word(&self.surname)
    }

    /// The given name a person is keyed by beside a surname: the last
    /// given name that is not an initial ("Jo" of "Jo M."; "María" of
    /// "Ana María"), or the last initial when there is only initials.
    pub fn given(&self) -> Option<&str> {
        let first = self.first.as_deref()?;
        let is_initial = |w: &str| w.trim_end_matches('.').chars().count() == 1;
        first.split_whitespace().rev().find(|w| !is_initial(w)).or_else(|| first.split_whitespace().last())
    }

    pub fn is_full(&self) -> bool {
        self.first.is_some()
    }
}

impl std::fmt::Display for PersonName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.first {
            Some(first) => write!(f, "{first} {}", self.surname),
            None => f.write_str(&self.surname),
        }
    }
}

/// Why a capitalised run was taken for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Evidence {
    Honorific,
    /// A title before the name, or a role next to it.
    Title,
    Age,
    Speech,
    Signature,
    /// Only that it repeats a surname the article already gave a person.
    KnownSurname,
    /// Only a phrase before it that names people ("led by", "according
    /// to"): weak, kept apart from the article's people and used only to
    /// match a spelling another mention gives a person.
    Context,
    /// Only that it stands in a photo caption line: weak, as `Context`.
    Caption,
}

impl Evidence {
    /// Evidence too weak to make a person on its own (see `Context`).
    pub fn is_weak(self) -> bool {
        matches!(self, Evidence::Context | Evidence::Caption)
    }
}

/// A person's gender as the article gives it: courtesy titles, nouns and
/// pronouns written with the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

impl Gender {
    /// "male" or "female", as the word lists write it.
    pub fn of_form(form: &str) -> Option<Gender> {
        match form {
            "male" => Some(Gender::Male),
            "female" => Some(Gender::Female),
            _ => None,
        }
    }
}

/// The gender an article gives each of its people, by surname key: a
/// courtesy title or a gendered noun with the name counts three times, a
/// gendered pronoun in a sentence about that one person once. A person
/// with votes both ways keeps a gender only when one side has three times
/// the other.
pub fn genders(
    sentences: &[crate::segment::reading::Sentence],
    mentions: &[Mention],
    lex: &Lexicon,
) -> std::collections::BTreeMap<String, Gender> {
    use std::collections::BTreeMap;
    let mut votes: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let gender_of = |w: &str, list: &crate::vocab::WordList| list.form(w).and_then(Gender::of_form);
    let mut vote = |key: String, g: Gender, n: u32| {
        let v = votes.entry(key).or_default();
        match g {
            Gender::Male => v.0 += n,
            Gender::Female => v.1 += n,
        }
    };
    for s in sentences {
        let here: Vec<&Mention> = mentions.iter().filter(|m| m.sentence == s.span).collect();
        let Some(first) = here.first() else { continue };
        let t = &s.tokens;
        for m in &here {
            let key = m.name.surname_key();
            // "Mrs Ruiz", "mother-of-two Ana Ruiz".
            let before = (m.run_start.min(m.token)..m.token).chain(m.run_start.checked_sub(1));
            for k in before {
                let w = lower(&t[k]);
                let w = w.split('-').next().unwrap_or_default().trim_end_matches('.');
                if let Some(g) = gender_of(w, lex.gendered_words) {
                    vote(key.clone(), g, 3);
                }
            }
            // "Ana Ruiz, a mother of two,".
            if t.get(m.token_end).is_some_and(|c| c.is(",")) {
                for tok in t[m.token_end + 1..].iter().take(6).take_while(|x| x.is_word()) {
                    if let Some(g) = gender_of(&lower(tok), lex.gendered_words) {
                        vote(key.clone(), g, 3);
                    }
                }
            }
        }
        // A sentence about one person: its pronouns after the name are theirs.
        let key = first.name.surname_key();
        if here.iter().all(|m| m.name.surname_key() == key) {
            for tok in &t[first.token_end.min(t.len())..] {
                if let Some(g) = gender_of(&lower(tok), lex.gendered_pronouns) {
                    vote(key.clone(), g, 1);
                }
            }
        }
    }
    votes
        .into_iter()
        .filter_map(|(k, (m, f))| {
            if m > 0 && m >= 3 * f {
                Some((k, Gender::Male))
            } else if f > 0 && f >= 3 * m {
                Some((k, Gender::Female))
            } else {
                None
            }
        })
        .collect()
}

/// One mention of a person.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Mention {
    /// The name's words ("Ana Ruiz", or "Ruiz" in "Ms Ruiz").
    pub span: Span,
    pub name: PersonName,
    pub evidence: Evidence,
    /// Age given with the mention ("Ana Ruiz, 52" / "52-year-old Ana Ruiz").
    pub age: Option<u32>,
    pub sentence: Span,
    /// Index of the first token of the name in its sentence's tokens.
    pub(crate) token: usize,
    /// Index of the first token of the run, with its courtesy title and
    /// capitalised title ("Dr" in "Dr Ana Ruiz").
    pub(crate) run_start: usize,
    /// One past the last token of the name.
    pub(crate) token_end: usize,
    /// Tokens of the capitalised title written before the name, if any.
    pub(crate) title_tokens: Option<(usize, usize)>,
}

/// Whether a token can be part of a name: a capitalised word, with every
/// hyphenated part capitalised ("Smith-Jones", not "Father-of-two").
fn is_name_word(t: &Token, lex: &Lexicon) -> bool {
    if !t.is_word() {
        return false;
    }
    // Asked of every word: no vector of parts, and a word without a
    // hyphen is its first letter's case (an ASCII byte test for most).
    let bytes = t.text.as_bytes();
    let hyphened = bytes.contains(&b'-');
    if !hyphened {
        return match bytes.first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => t.text.chars().next().is_some_and(char::is_uppercase),
        };
    }
    t.text.split('-').enumerate().all(|(i, p)| {
        let first = p.chars().next();
        first.is_some_and(char::is_uppercase) || (i == 0 && hyphened && lex.is_name_particle(p))
    })
}

/// A one-letter capital: a given name's initial ("M" of "Jo M. Doe").
pub(crate) fn is_initial(t: &Token) -> bool {
    let mut chars = t.text.chars();
    t.is_word() && chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

fn lower(t: &Token) -> String {
    crate::vocab::fold_word(t.text)
}

/// Calls `f` with a token's word folded as lists store it, without a
/// heap copy for a short ASCII word (see [`with_folded`]).
fn folded<R>(t: &Token, f: impl FnOnce(&str) -> R) -> R {
    with_folded(t.text, f)
}

/// "Ruiz's" → "Ruiz".
fn strip_possessive(word: &str) -> (&str, bool) {
    crate::vocab::strip_any_suffix(word, &["'s", "’s", "'", "’"]).map_or((word, false), |stem| (stem, true))
}

fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// The people named in one sentence. `signature` says the sentence is a
/// line signing a quotation ("– Ana Ruiz, harbour master").
pub fn mentions_in_sentence(tokens: &[Token], sentence: Span, signature: bool, lex: &Lexicon, out: &mut Vec<Mention>) {
    let mut i = 0;
    while i < tokens.len() {
        if !is_name_word(&tokens[i], lex) {
            i += 1;
            continue;
        }
        // A run of capitalised words, with particles inside ("Ana de Souza")
        // and a possessive ending it.
        let start = i;
        let mut end = i + 1;
        while end < tokens.len() {
            let t = &tokens[end];
            // "Mr." is a word and a full stop; so is the initial of "Jo
            // M. Doe" when a name goes on after it.
            let honorific_stop = t.is(".") && folded(&tokens[end - 1], |w| lex.is_honorific(w));
            let initial_stop =
                t.is(".") && is_initial(&tokens[end - 1]) && tokens.get(end + 1).is_some_and(|n| is_name_word(n, lex));
            // "Capt. Ray Solano", "Lt. Col. Ana Ruiz": an abbreviated
            // title's full stop, when a name goes on after it.
            let title_stop = t.is(".")
                && folded(&tokens[end - 1], |w| lex.is_title_word(w))
                && tokens.get(end + 1).is_some_and(|n| is_name_word(n, lex));
            let particle =
                t.is_word() && folded(t, |w| lex.is_name_particle(w)) && particles_lead_to_name(tokens, end, lex);
            if !(is_name_word(t, lex) || particle || honorific_stop || initial_stop || title_stop)
                || strip_possessive(tokens[end - 1].text).1
            {
                break;
            }
            end += 1;
        }
        if let Some(m) = person_in_run(tokens, start, end, sentence, signature.then_some(Evidence::Signature), lex) {
            out.push(m);
        }
        i = end;
    }
}

/// The names of a photo caption line ("Pictured: Ana Ruiz at the quay"):
/// every capitalised run of two to four words that could be a name, with
/// `Evidence::Caption`, for comparing with the body's spellings.
pub fn caption_mentions(tokens: &[Token], sentence: Span, lex: &Lexicon, out: &mut Vec<Mention>) {
    let mut found = Vec::new();
    mentions_in_sentence(tokens, sentence, false, lex, &mut found);
    let mut i = caption_lead(tokens, lex).unwrap_or(0);
    while i < tokens.len() {
        if !is_name_word(&tokens[i], lex) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < tokens.len() && is_name_word(&tokens[end], lex) && !strip_possessive(tokens[end - 1].text).1 {
            end += 1;
        }
        if let Some(m) = person_in_run(tokens, i, end, sentence, Some(Evidence::Caption), lex)
            && !found.iter().any(|f| f.span.start < m.span.end && m.span.start < f.span.end)
            && !(m.name.first.iter().flat_map(|f| f.split_whitespace()).chain([m.name.surname.as_str()]))
                .any(|w| lex.is_institution_word(&w.to_lowercase()))
        {
            out.push(m);
        }
        i = end;
    }
}

/// Where the words after a caption's lead start ("Photo:", "Image
/// caption,"), if the line opens with one.
pub fn caption_lead(tokens: &[Token], lex: &Lexicon) -> Option<usize> {
    let lower: Vec<String> = tokens.iter().take(4).map(lower).collect();
    let (n, _) = lex.caption_leads.longest_prefix(&lower)?;
    tokens.get(n).is_some_and(|t| t.is(":") || t.is(",")).then_some(n + 1)
}

/// Whether words before `k` say the name there is a person's ("led by",
/// "according to", "under the direction of"): weak evidence.
/// A run before a lower-case noun ("according to Marlow Bay media") is
/// an attribute, not a name.
fn person_context_before(tokens: &[Token], k: usize, end: usize, lex: &Lexicon) -> bool {
    if tokens.get(end).is_some_and(|t| t.is_word() && !folded(t, |w| lex.is_function_word(w))) {
        return false;
    }
    // A false title: a noun for what someone does, in lower case, right
    // before the name ("led by rheumatologist Ana Ruiz").
    let false_title = k > 0 && {
        let t = &tokens[k - 1];
        t.is_word()
            && t.text.len() > 4
            && t.text.starts_with(|c: char| c.is_ascii_lowercase())
            && !lex.is_function_word(t.text)
            && (lex.is_role_head(t.text) || lex.occupation_endings.iter().any(|e| t.text.ends_with(e)))
    };
    // A phrase set off by a comma ("one of them, Ana Ruiz,") ends in one.
    false_title
        || (1..=5.min(k)).any(|n| {
            let words = &tokens[k - n..k];
            words.iter().all(|t| t.is_word() || t.is(","))
                && lex.person_context_phrases.has(&words.iter().map(lower).collect::<Vec<_>>().join(" "))
        })
}

/// Whether the particle at `k` starts a chain of particles that ends in a
/// name word ("de la Serna", "van der Berg"), not a particle before a
/// lower-case word.
fn particles_lead_to_name(tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    let mut j = k + 1;
    while j < tokens.len() && j < k + 3 && !is_name_word(&tokens[j], lex) && tokens[j].is_word() {
        if !folded(&tokens[j], |w| lex.is_name_particle(w)) {
            return false;
        }
        j += 1;
    }
    tokens.get(j).is_some_and(|n| is_name_word(n, lex))
}

/// Whether the run ending before `end` is a web site's name ("Fennick
/// Times.com"): a glued dot and a domain ending after it.
fn is_web_address(tokens: &[Token], end: usize, lex: &Lexicon) -> bool {
    tokens.get(end).is_some_and(|t| t.is(".") && t.glued)
        && tokens.get(end + 1).is_some_and(|t| t.glued && folded(t, |w| lex.web_domains.has(w)))
}

/// Whether a reporting verb at `k` names the speaker after it ("said Ana
/// Ruiz"), not the listener ("told Ana Ruiz").
fn speaker_after_verb(tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    let w = lower(&tokens[k]);
    tokens[k].is_word() && lex.is_speech_verb(&w) && !lex.listener_verbs.has(&w)
}

/// Reads a person out of the capitalised run `tokens[start..end]`, if the
/// run and its neighbours say it is one.
fn person_in_run(
    tokens: &[Token],
    start: usize,
    end: usize,
    sentence: Span,
    forced: Option<Evidence>,
    lex: &Lexicon,
) -> Option<Mention> {
    // Letters after the name ("Ana Ruiz KC") say it is a person's and are
    // not part of it.
    let mut end = end;
    let mut post_nominal = false;
    while end > start + 1 && folded(&tokens[end - 1], |w| lex.post_nominals.has(w.trim_end_matches('.'))) {
        end -= 1;
        post_nominal = true;
    }
    if is_web_address(tokens, end, lex) {
        return None;
    }
    let mut a = start;
    // Sentence-opening function words and dates are not part of a name.
    while a < end && folded(&tokens[a], |w| lex.is_function_word(w) || lex.is_date_word(w)) {
        a += 1;
    }
    let run_start = a;
    let mut honorific = false;
    let mut title: Option<(usize, usize)> = None;
    while a < end {
        let (is_honorific, is_title) =
            folded(&tokens[a], |w| (lex.is_honorific(w), lex.is_title_word(w) || lex.is_role_head(w)));
        if is_honorific || (honorific && tokens[a].is(".")) {
            honorific = true;
            a += 1;
            continue;
        }
        if is_title || is_all_caps(tokens[a].text) {
            title = Some((title.map_or(a, |t| t.0), a + 1));
            a += 1;
            continue;
        }
        // The full stop of an abbreviated title ("Capt.").
        if title.is_some_and(|(_, e)| e == a) && tokens[a].is(".") {
            a += 1;
            continue;
        }
        break;
    }
    if a >= end {
        return None;
    }
    // "the State Harbour Master's office": an institution's name.
    if strip_possessive(tokens[end - 1].text).1
        && tokens.get(end).is_some_and(|t| folded(t, |w| lex.is_institution_word(w)))
    {
        return None;
    }
    // An institution inside the run: the person, if any, comes after it
    // ("… Coordinator for Harbour Policing Ana Ruiz").
    let mut name_start = a;
    for (k, t) in tokens.iter().enumerate().take(end).skip(a) {
        if folded(t, |w| lex.is_institution_word(w)) || is_all_caps(t.text) {
            name_start = k + 1;
        }
    }
    // A title inside the run ("Harbour Secretary Ana Ruiz"): the name
    // comes after its last title word.
    if let Some(k) = (name_start..end.saturating_sub(1))
        .rev()
        .find(|&k| folded(&tokens[k], |w| lex.is_title_word(w) || lex.is_role_head(w)))
    {
        name_start = k + 1;
    }
    // "Police Sgt. Ana Ruiz": the title's full stop is not the name's.
    while name_start < end && tokens[name_start].is(".") {
        name_start += 1;
    }
    let words = end.saturating_sub(name_start);
    if words == 0 {
        return None;
    }
    // The full stops of initials are tokens of the run, not words.
    let initial_stops = (name_start + 1..end).filter(|&k| tokens[k].is(".") && is_initial(&tokens[k - 1])).count();
    let word_count = words - initial_stops;
    if name_start > a {
        title = Some((title.map_or(a, |t| t.0), name_start));
    }
    // Long runs are headlines in title case, not names.
    if word_count > 4 {
        return None;
    }
    let evidence = if honorific {
        Some(Evidence::Honorific)
    } else if word_count < 2 {
        // A lone word is a person only beside a title or a reporting verb:
        // handled by the caller's surname pass.
        None
    } else if title.is_some_and(|(s, e)| (s..e).any(|k| folded(&tokens[k], |w| lex.is_title_word(w)))) || post_nominal {
        Some(Evidence::Title)
    } else if let Some(forced) = forced {
        Some(forced)
    } else {
        evidence_around(tokens, start, end, lex)
            .or_else(|| person_context_before(tokens, run_start, end, lex).then_some(Evidence::Context))
    };
    let evidence = evidence?;
    // A capitalised run after "in", "at", "from", "near" is a place ("the
    // quay at Marlow Bay said"), unless a courtesy title or a title word
    // before the name says it is a person.
    let titled = honorific || title.is_some_and(|(s, e)| (s..e).any(|k| folded(&tokens[k], |w| lex.is_title_word(w))));
    if !titled && run_start > 0 && folded(&tokens[run_start - 1], |w| lex.place_prepositions.has(w)) {
        return None;
    }
    let name_tokens = &tokens[name_start..end];
    let (last, _) = strip_possessive(name_tokens[words - 1].text);
    if last.is_empty()
        || name_tokens.iter().any(|t| folded(t, |w| lex.is_function_word(w)) && !folded(t, |w| lex.is_name_particle(w)))
    {
        return None;
    }
    // The surname starts at its particles ("Ana de la Serna", "Jan Van der
    // Berg"): a particle first in the name only when written in lower case.
    let surname_start = (name_start..end - 1)
        .find(|&k| {
            folded(&tokens[k], |w| lex.is_name_particle(w)) && (k > name_start || !is_name_word(&tokens[k], lex))
        })
        .unwrap_or(end - 1);
    let first = (surname_start > name_start).then(|| name_text(&tokens[name_start..surname_start]));
    let surname = if surname_start + 1 < end {
        format!("{} {last}", tokens_text(&tokens[surname_start..end - 1]))
    } else {
        last.to_string()
    };
    let span = Span::new(name_tokens[0].span.start, name_tokens[words - 1].span.start + last.len());
    Some(Mention {
        span,
        name: PersonName { first, surname },
        evidence,
        age: age_around(tokens, name_start, end),
        sentence,
        token: name_start,
        run_start,
        token_end: end,
        title_tokens: title,
    })
}

/// The words of `tokens` joined by single spaces.
fn tokens_text(tokens: &[Token]) -> String {
    tokens.iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

/// Given names as written: words joined by single spaces, an initial's
/// full stop kept on it ("Jo M.").
fn name_text(tokens: &[Token]) -> String {
    let mut out = String::new();
    for t in tokens {
        if !out.is_empty() && !t.is(".") {
            out.push(' ');
        }
        out.push_str(t.text);
    }
    out
}

/// What the neighbours of a capitalised run say about it.
fn evidence_around(tokens: &[Token], start: usize, end: usize, lex: &Lexicon) -> Option<Evidence> {
    let next = |k: usize| tokens.get(end + k).map(lower);
    // "Ana Ruiz said", "Ana Ruiz has said", "said Ana Ruiz".
    if next(0).is_some_and(|w| lex.is_speech_verb(&w))
        || (next(0).is_some_and(|w| matches!(w.as_str(), "has" | "had" | "have"))
            && next(1).is_some_and(|w| lex.is_speech_verb(&w)))
        || (start > 0 && speaker_after_verb(tokens, start - 1, lex))
    {
        return Some(Evidence::Speech);
    }
    if next(0).as_deref() == Some(",") {
        // "Ana Ruiz, 52," and "Ana Ruiz, the harbour master,".
        if tokens.get(end + 1).is_some_and(super::super::segment::tokens::Token::is_number) {
            return Some(Evidence::Age);
        }
        if next(1).as_deref() == Some("who")
            || role_follows(tokens, end + 1, lex)
            || appositive_follows(tokens, end + 1, lex)
            || lex.court_side_at(tokens, end + 1).is_some()
        {
            return Some(Evidence::Title);
        }
    }
    // "the gang's driver, Ana Ruiz," and "the senior judge at the court,
    // Ana Ruiz, said": a noun phrase and a comma before the name.
    if start >= 2
        && tokens[start - 1].is(",")
        && (next(0).as_deref() == Some(",") || next(0).is_some_and(|w| lex.is_speech_verb(&w)))
        && appositive_ends_at(tokens, start - 1, lex)
    {
        return Some(Evidence::Title);
    }
    // "harbour master Ana Ruiz", "harbour master, Ana Ruiz", "52-year-old Ana Ruiz".
    let mut k = start;
    if k > 0 && tokens[k - 1].is(",") {
        k -= 1;
    }
    if k > 0 {
        let w = lower(&tokens[k - 1]);
        if lex.is_role_head(strip_possessive(&w).0) || w.ends_with("-old") {
            return Some(if w.ends_with("-old") { Evidence::Age } else { Evidence::Title });
        }
    }
    None
}

/// Whether a role phrase starts at `k` ("the harbour master", "chair of …"):
/// a role head within the next few words, before any comma.
pub(crate) fn role_follows(tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    tokens[k.min(tokens.len())..]
        .iter()
        .take(8)
        .take_while(|t| t.is_word() || t.is_number())
        .any(|t| lex.is_role_head(strip_possessive(&lower(t)).0))
}

/// Whether a noun phrase that describes a person starts at `k`, after
/// "Name,": a determiner and a lower-case noun ("a retired teacher", "the
/// lead researcher on the project", "her agent"), or "of" and an
/// organisation ("of the Fennick Trust"). A phrase naming a place or an
/// organisation ("a village in the hills", "a club") describes no person.
fn appositive_follows(tokens: &[Token], k: usize, lex: &Lexicon) -> bool {
    let Some(first) = tokens.get(k).filter(|t| t.is_word()) else { return false };
    let w = lower(first);
    if w == "of" {
        return tokens.get(k + 1).is_some_and(|t| t.is("the") || is_name_word(t, lex));
    }
    if !lex.determiners.has(&w) {
        return false;
    }
    let phrase: Vec<&Token> = tokens[k + 1..].iter().take(8).take_while(|t| t.is_word() || t.is_number()).collect();
    let head_noun = phrase.iter().take(4).any(|t| t.is_word() && t.text.starts_with(char::is_lowercase));
    head_noun && !head_of(&phrase, lex).iter().any(|t| names_a_thing(t, lex))
}

/// The words of a noun phrase before its first preposition: "senior
/// judge" of "senior judge at the county court".
fn head_of<'a, 't>(phrase: &[&'a Token<'t>], lex: &Lexicon) -> Vec<&'a Token<'t>> {
    phrase
        .iter()
        .take_while(|t| {
            let w = lower(t);
            !(lex.title_prepositions.has(&w) || lex.place_prepositions.has(&w))
        })
        .copied()
        .collect()
}

/// A lower-case word that makes a noun phrase describe an organisation,
/// a place or a thing ("a consulting firm", "a fishing village").
fn names_a_thing(t: &Token, lex: &Lexicon) -> bool {
    let w = lower(t);
    t.text.starts_with(char::is_lowercase) && (lex.is_institution_word(&w) || lex.thing_nouns.has(&w))
}

/// Whether the comma at `comma` ends a noun phrase that a name stands
/// beside: a determiner not after a preposition (so not an opening "At
/// the end of the day,"; a determiner after one is inside the phrase, as
/// in "the judge at the court"), then words up to the comma, a lower-case
/// noun among them.
fn appositive_ends_at(tokens: &[Token], comma: usize, lex: &Lexicon) -> bool {
    let mut k = comma;
    while k > 0 && comma - k < 10 && tokens[k - 1].is_word() {
        k -= 1;
        let w = lower(&tokens[k]);
        if lex.determiners.has(&w) || strip_possessive(tokens[k].text).1 {
            let det = if lex.determiners.has(&w) { k } else { k.saturating_sub(1) };
            let before = det.checked_sub(1).map(|b| lower(&tokens[b]));
            let after_preposition = before.as_deref().is_some_and(|b| {
                lex.title_prepositions.has(b) || lex.place_prepositions.has(b) || matches!(b, "by" | "with" | "after")
            });
            // "the court" in "the judge at the court": inside the phrase.
            if after_preposition {
                continue;
            }
            let phrase: Vec<&Token> = tokens[k + 1..comma].iter().collect();
            return !head_of(&phrase, lex).iter().any(|t| names_a_thing(t, lex))
                && phrase
                    .iter()
                    .any(|t| t.text.starts_with(char::is_lowercase) && !folded(t, |w| lex.is_function_word(w)));
        }
    }
    false
}

/// "Ana Ruiz, 52," or "52-year-old Ana Ruiz".
fn age_around(tokens: &[Token], start: usize, end: usize) -> Option<u32> {
    if tokens.get(end).is_some_and(|t| t.is(","))
        && let Some(n) = tokens.get(end + 1).filter(|t| t.is_number())
        && tokens.get(end + 2).is_none_or(|t| !t.is_word() || !t.glued)
    {
        let age: u32 = n.text.parse().ok()?;
        return (age < 130).then_some(age);
    }
    if start > 0 {
        let w = lower(&tokens[start - 1]);
        if let Some(n) = w.strip_suffix("-year-old") {
            return n.parse().ok().filter(|&a: &u32| a < 130);
        }
    }
    None
}

/// Lone capitalised words that repeat a surname known in the article, or
/// that stand where a surname stands ("Ruiz said", "Ruiz, 52,", a sentence
/// opening "Ruiz, of …"): the second pass, after full names are known.
/// `known_surnames` are in lower case; `taken` (the spans of the names
/// already read) is sorted.
pub fn surname_mentions(
    tokens: &[Token],
    sentence: Span,
    known_surnames: &std::collections::BTreeSet<String>,
    taken: &[Span],
    lex: &Lexicon,
    out: &mut Vec<Mention>,
) {
    for (k, t) in tokens.iter().enumerate() {
        // `taken` is sorted: the span that could hold this token is the
        // last one starting at or before it.
        let holder = taken.partition_point(|s| s.start <= t.span.start).checked_sub(1).map(|k| taken[k]);
        if !is_name_word(t, lex) || holder.is_some_and(|s| s.contains(t.span)) {
            continue;
        }
        let neighbour_capitalised =
            |j: Option<usize>| j.and_then(|j| tokens.get(j)).is_some_and(|n| is_name_word(n, lex));
        if neighbour_capitalised(k.checked_sub(1)) || neighbour_capitalised(Some(k + 1)) {
            continue;
        }
        let (word, _) = strip_possessive(t.text);
        let w = word.to_lowercase();
        if w.chars().count() < 3
            || lex.is_function_word(&w)
            || lex.is_date_word(&w)
            || lex.is_title_word(&w)
            || lex.is_institution_word(&w)
            || lex.is_honorific(&w)
            || is_all_caps(word)
        {
            continue;
        }
        // "in Marlow said", "told Fennick Times.com": places and sites.
        if (k > 0 && folded(&tokens[k - 1], |w| lex.place_prepositions.has(w))) || is_web_address(tokens, k + 1, lex) {
            continue;
        }
        let known = known_surnames.contains(&w);
        let next = tokens.get(k + 1).map(lower);
        let speech = next.as_deref().is_some_and(|n| lex.is_speech_verb(n))
            || (next.as_deref().is_some_and(|n| matches!(n, "has" | "had"))
                && tokens.get(k + 2).is_some_and(|t| folded(t, |w| lex.is_speech_verb(w))));
        // "Ruiz, who ...", "Ruiz, 52, ...": a lone word opening its
        // sentence before a comma is a surname only with a person's words
        // after the comma ("However, ..." and "Blankets, meals and ..." are
        // not).
        let opens_with_comma = k == 0
            && next.as_deref() == Some(",")
            && tokens.get(2).is_some_and(|t| t.is_number() || folded(t, |w| lex.surname_comma_followers.has(w)));
        // "…," said Ruiz.
        let after_speech = k > 0 && speaker_after_verb(tokens, k - 1, lex);
        let evidence = if known {
            Evidence::KnownSurname
        } else if speech || opens_with_comma || after_speech {
            Evidence::Speech
        } else {
            continue;
        };
        out.push(Mention {
            span: Span::new(t.span.start, t.span.start + word.len()),
            name: PersonName { first: None, surname: word.to_string() },
            evidence,
            age: age_around(tokens, k, k + 1),
            sentence,
            token: k,
            run_start: k,
            token_end: k + 1,
            title_tokens: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::tokens::tokenize;

    fn names(s: &str) -> Vec<String> {
        let span = Span::new(0, s.len());
        let tokens = tokenize(s, span);
        let mut out = Vec::new();
        mentions_in_sentence(&tokens, span, false, &Lexicon::new(crate::vocab::Vocabulary::shipped()), &mut out);
        out.iter().map(|m| m.name.to_string()).collect()
    }

    #[test]
    fn people_need_evidence() {
        assert_eq!(names("Harbour master Ana Ruiz said the quay was shut."), ["Ana Ruiz"]);
        assert_eq!(names("Chief Inspector Ana Ruiz led the search."), ["Ana Ruiz"]);
        assert_eq!(names("Ana Ruiz, 52, was rescued."), ["Ana Ruiz"]);
        assert_eq!(names("Ms Ruiz said it was over."), ["Ruiz"]);
        assert_eq!(names("Father-of-two Tomas Brandt, 40, was charged."), ["Tomas Brandt"]);
        assert!(names("Kestrel Valley Trust said it was over.").is_empty());
        assert!(names("The boats reached Marlow Quay at dawn.").is_empty());
        assert_eq!(names("– Coordinator for Harbour Policing Ana Ruiz").len(), 0);
    }

    #[test]
    fn appositives_of_any_noun_phrase_make_a_person() {
        for s in [
            "Orla Penick, a retired teacher, said the club would appeal.",
            "The gang's driver, Orla Penick, was arrested.",
            "Orla Penick, the lead organiser of the regatta, said it would appeal.",
            "The senior judge at the county court, Orla Penick, said it would stand.",
            "Orla Penick, of the Fennick Rowing Club, said it would appeal.",
            "Orla Penick KC said the club would appeal.",
        ] {
            assert_eq!(names(s), ["Orla Penick"], "{s}");
        }
    }

    #[test]
    fn places_sites_and_listeners_are_not_speakers() {
        for s in [
            "Marlow Bay, a fishing village, was cut off.",
            "Brackwater Partners, a consulting firm, said it was sorry.",
            "Police in Tarbet Quay said the road was shut.",
            "At the end of the day, Marlow Bay was quiet.",
        ] {
            assert!(names(s).is_empty(), "{s}: {:?}", names(s));
        }
    }

    #[test]
    fn particles_start_the_surname() {
        let span = |s: &str| Span::new(0, s.len());
        let lex = Lexicon::new(crate::vocab::Vocabulary::shipped());
        let s = "Ines van der Molen, 47, said it was over.";
        let mut out = Vec::new();
        mentions_in_sentence(&tokenize(s, span(s)), span(s), false, &lex, &mut out);
        assert_eq!(out[0].name, PersonName { first: Some("Ines".into()), surname: "van der Molen".into() });
    }
}
