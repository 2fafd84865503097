//! Roles: the titles an article gives a person, read from the forms news
//! uses: a title before the name ("Chief Inspector Ana Ruiz", "harbour
//! master Ana Ruiz"), an appositive after it ("Ana Ruiz, the port's
//! harbour master,"), a title then a comma ("The port's harbour master,
//! Ana Ruiz,") and a relative clause ("Ana Ruiz, who chairs the board").
//!
//! Which titles can be held together is not decided here; the
//! role-conflict rule reads that from the rules files' role classes.

use crate::extract::lexicon::Lexicon;
use crate::extract::people::{Mention, PersonName};
use crate::segment::tokens::Token;
use crate::span::Span;

/// One title given to one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub person: PersonName,
    pub person_span: Span,
    /// The title in lower case, without its body ("managing director").
    pub title: String,
    /// The words of the title as written (what a diagnostic points at).
    pub span: Span,
    /// The institution the title is held at, when the words say it
    /// ("the port's", "of the harbour board").
    pub body: Option<String>,
    /// "former", "ex-", "then": a past title.
    pub former: bool,
    /// "new", "became", "appointed": the title replaced another.
    pub changed: bool,
    /// A year the sentence gives ("in 2019, Ana Ruiz, the port's finance
    /// director"): the title is dated by it, not by the article's date.
    pub year: Option<i16>,
}

fn lower(t: &Token) -> String {
    t.text.to_lowercase().replace('’', "'")
}

fn possessive_stem(word: &str) -> Option<&str> {
    ["'s", "’s", "s'", "s’"].iter().find_map(|s| word.strip_suffix(s))
}

/// Reads a role phrase out of `tokens[a..b]`: body (possessive or after a
/// preposition), title words, and whether it is past or new.
fn read_phrase(
    tokens: &[Token],
    a: usize,
    b: usize,
    changed_before: bool,
    lex: &Lexicon,
) -> Option<(String, Span, Option<String>, bool, bool)> {
    let mut a = a;
    let mut former = false;
    let mut changed = changed_before;
    while a < b && tokens[a].is_word() {
        let w = lower(&tokens[a]);
        if lex.determiners.has(&w) {
            a += 1;
        } else if lex.past_title_words.has(&w) {
            former = true;
            a += 1;
        } else if w.starts_with("ex-") {
            // "ex-finance director": past, and the rest of the word is
            // part of the title (read below from the token's text).
            former = true;
            break;
        } else if lex.new_title_words.has(&w) {
            changed = true;
            a += 1;
        } else {
            break;
        }
    }
    // A possessive body: "the port's harbour master".
    let mut body: Vec<String> = Vec::new();
    if let Some(p) = (a..b).find(|&k| possessive_stem(tokens[k].text).is_some()) {
        for t in &tokens[a..=p] {
            body.push(possessive_stem(t.text).unwrap_or(t.text).to_lowercase());
        }
        a = p + 1;
    }
    // The title runs to a preposition; what follows is its body.
    let prep = (a..b).find(|&k| lex.title_prepositions.has(&lower(&tokens[k])));
    let title_end = prep.unwrap_or(b);
    if title_end <= a || !tokens[a..title_end].iter().all(super::super::segment::tokens::Token::is_word) {
        return None;
    }
    // A title is a few words with a head noun; more is a clause.
    let head = |t: &Token| lex.is_role_head(lower(t).strip_prefix("ex-").unwrap_or(&lower(t)));
    if title_end - a > 5 || !tokens[a..title_end].iter().any(head) {
        return None;
    }
    if let Some(p) = prep {
        let rest: Vec<String> =
            tokens[p + 1..b].iter().filter(|t| t.is_word() && !lex.determiners.has(&lower(t))).map(lower).collect();
        if !rest.is_empty() {
            body = rest;
        }
    }
    // The title ends with its last head noun: "managing director last
    // week" is the title "managing director".
    let title_end = (a..title_end).rev().find(|&k| head(&tokens[k])).map_or(title_end, |k| k + 1);
    let title: Vec<String> = tokens[a..title_end]
        .iter()
        .map(|t| lower(t).strip_prefix("ex-").map_or_else(|| lower(t), str::to_string))
        .collect();
    let span = Span::new(tokens[a].span.start, tokens[title_end - 1].span.end);
    let body = (!body.is_empty()).then(|| body.join(" "));
    Some((title.join(" "), span, body, former, changed))
}

/// Where a role phrase that starts at `k` ends: before a comma, a full
/// stop, "who", or a reporting verb.
fn phrase_end(tokens: &[Token], k: usize, lex: &Lexicon) -> usize {
    let mut e = k;
    while e < tokens.len() && e - k < 12 {
        let t = &tokens[e];
        if !(t.is_word() || t.is_number())
            || matches!(lower(t).as_str(), "who" | "and" | "or")
            || lex.is_speech_verb(&lower(t))
        {
            break;
        }
        e += 1;
    }
    e
}

/// Where a role phrase that ends just before `k` starts, going back over
/// title words, prepositions and possessives.
fn phrase_start(tokens: &[Token], k: usize, lex: &Lexicon) -> usize {
    let mut s = k;
    while s > 0 && k - s < 8 {
        let t = &tokens[s - 1];
        let w = lower(t);
        if !t.is_word() || lex.is_speech_verb(&w) || matches!(w.as_str(), "and" | "by" | "with") {
            break;
        }
        s -= 1;
        // "the head of policing at the port": a determiner after a
        // preposition is inside the phrase; any other one starts it.
        let after_preposition = s > 0 && lex.title_prepositions.has(&lower(&tokens[s - 1]));
        if lex.determiners.has(&w) && !after_preposition {
            break;
        }
    }
    s
}

/// The roles given to the person of `mention` in its sentence.
pub fn roles_of(tokens: &[Token], mention: &Mention, lex: &Lexicon, out: &mut Vec<Role>) {
    let (start, end) = (mention.token, mention.token_end);
    let run_start = mention.run_start;
    let year = tokens
        .iter()
        .filter(|t| t.is_number() && t.text.len() == 4)
        .filter_map(|t| t.text.parse::<i16>().ok())
        .find(|y| (1900..=2100).contains(y));
    let mut push = |phrase: Option<(String, Span, Option<String>, bool, bool)>| {
        if let Some((title, span, body, former, changed)) = phrase {
            out.push(Role {
                person: mention.name.clone(),
                person_span: mention.span,
                title,
                span,
                body,
                former,
                changed,
                year,
            });
        }
    };
    // A capitalised title before the name ("Chief Inspector Ana Ruiz"),
    // extended back over "of State"-like parts and a possessive body.
    if let Some((title_start, _)) = mention.title_tokens {
        let mut s = title_start;
        while s > 0 {
            let t = &tokens[s - 1];
            let w = lower(t);
            let title_part = t.is_word()
                && (lex.is_title_word(&w)
                    || possessive_stem(t.text).is_some()
                    || t.text.chars().all(char::is_uppercase));
            let joiner = matches!(w.as_str(), "of" | "for" | "to")
                && s >= 2
                && tokens[s - 2].is_word()
                && lex.is_title_word(&lower(&tokens[s - 2]));
            if !(title_part || joiner) {
                break;
            }
            s -= 1;
        }
        let changed = s > 0 && lex.new_title_words.has(&lower(&tokens[s - 1]));
        push(read_phrase(tokens, s, start, changed, lex));
    } else if run_start > 0 && tokens[run_start - 1].is_word() && lex.is_role_head(&lower(&tokens[run_start - 1])) {
        // A role noun before the name: "harbour master Ana Ruiz".
        let s = phrase_start(tokens, run_start, lex);
        let changed = s > 0 && lex.new_title_words.has(&lower(&tokens[s - 1]));
        push(read_phrase(tokens, s, run_start, changed, lex));
    }
    // "The port's harbour master, Ana Ruiz".
    if mention.title_tokens.is_none() && run_start > 0 && tokens[run_start - 1].is(",") {
        let e = run_start - 1;
        let b = phrase_start(tokens, e, lex);
        if b < e {
            push(read_phrase(tokens, b, e, false, lex));
        }
    }
    // "Ana Ruiz, the port's harbour master," and "Ana Ruiz, who chairs …".
    if tokens.get(end).is_some_and(|t| t.is(",")) {
        let k = end + 1;
        if tokens.get(k).is_some_and(|t| t.is("who")) {
            if let Some(r) = relative_clause_role(tokens, k + 1, lex) {
                push(Some(r));
            }
        } else if tokens.get(k).is_some_and(|t| !t.is_number()) {
            push(read_phrase(tokens, k, phrase_end(tokens, k, lex), false, lex));
        }
    }
}

/// "who chairs the harbour board", "who became the port's harbour master".
fn relative_clause_role(
    tokens: &[Token],
    k: usize,
    lex: &Lexicon,
) -> Option<(String, Span, Option<String>, bool, bool)> {
    let verb = lower(tokens.get(k)?);
    // "who became the port's harbour master", "who was its chair": the
    // title follows the verb (grammar, not vocabulary: each verb says
    // something of its own about when the title was held).
    if matches!(verb.as_str(), "became" | "becomes" | "is" | "was") {
        let changed = verb.starts_with("bec");
        let e = phrase_end(tokens, k + 1, lex);
        let (title, span, body, former, _) = read_phrase(tokens, k + 1, e, false, lex)?;
        return Some((title, span, body, former || verb == "was", changed));
    }
    // "who chairs the board": the verb gives the title.
    let head = lex.role_verbs.form(&verb)?;
    let e = phrase_end(tokens, k + 1, lex);
    let body: Vec<String> =
        tokens[k + 1..e].iter().filter(|t| t.is_word() && !lex.determiners.has(&lower(t))).map(lower).collect();
    Some((head.to_string(), tokens[k].span, (!body.is_empty()).then(|| body.join(" ")), verb.ends_with("ed"), false))
}
