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
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    /// The body's proper name, when the words name it ("Marlow Port's",
    /// "at Kestrel Dynamics"), lower case; None for a common noun ("the
    /// port's"), which may stand for any body.
    pub named_body: Option<String>,
    /// "also": a title held alongside the person's others ("who is also
    /// its treasurer").
    pub also: bool,
    /// The title joined to this one by "and" ("chief executive" for the
    /// chair of "chair and chief executive"), lower case: the two are held
    /// together, and only that pair is excused.
    pub partner: Option<String>,
    /// "former", "ex-", "then": a past title.
    pub former: bool,
    /// "new", "became", "appointed": the title replaced another.
    pub changed: bool,
    /// A year the sentence gives ("in 2019, Ana Ruiz, the port's finance
    /// director"): the title is dated by it, not by the article's date.
    pub year: Option<i16>,
}

fn lower(t: &Token) -> String {
    crate::vocab::fold_word(t.text)
}

fn possessive_stem(word: &str) -> Option<&str> {
    crate::vocab::strip_any_suffix(word, &["'s", "’s", "s'", "s’"])
}

fn capitalised(t: &Token) -> bool {
    t.is_word() && t.text.chars().next().is_some_and(char::is_uppercase)
}

/// A role phrase as read: the title, where it is held, and what the words
/// around it say about when.
struct Phrase {
    title: String,
    span: Span,
    body: Option<String>,
    named_body: Option<String>,
    former: bool,
    changed: bool,
    also: bool,
    partner: Option<String>,
}

/// The proper name among a body's words: its capitalised words ("prime
/// contractor Kestrel Dynamics" is named "kestrel dynamics").
fn named(tokens: &[Token], lex: &Lexicon) -> Option<String> {
    let words: Vec<String> = tokens
        .iter()
        .filter(|t| capitalised(t) && !lex.determiners.has(&lower(t)))
        .map(|t| possessive_stem(t.text).unwrap_or(t.text).to_lowercase())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The title joined by "and" to the title at `tokens[a..e]` ("chair
/// and chief executive"), lower case: one person holds both at once.
fn partner(tokens: &[Token], a: usize, e: usize, lex: &Lexicon) -> Option<String> {
    let and = |t: &Token| lex.title_joiners.has(&lower(t));
    let title_word = |t: &Token| t.is_word() && (!capitalised(t) || lex.is_title_word(&lower(t)));
    let words = |ts: &[&Token]| ts.iter().map(|t| lower(t)).collect::<Vec<_>>().join(" ");
    // Before: "chair and chief executive Ana Ruiz", the partner ends at "and".
    if a >= 2 && and(&tokens[a - 1]) && lex.is_role_head(&lower(&tokens[a - 2])) {
        let start = (0..a - 1)
            .rev()
            .take(3)
            .take_while(|&k| title_word(&tokens[k]) && !lex.determiners.has(&lower(&tokens[k])))
            .last()
            .unwrap_or(a - 2);
        let ts: Vec<&Token> = tokens[start..a - 1].iter().collect();
        return Some(words(&ts));
    }
    // After: "chair and chief executive of the trust", up to its last head.
    if tokens.get(e).is_some_and(and) {
        let ts: Vec<&Token> = tokens[e + 1..]
            .iter()
            .take(4)
            .filter(|t| !lex.determiners.has(&lower(t)))
            .take_while(|t| title_word(t))
            .collect();
        let last = ts.iter().rposition(|t| lex.is_role_head(&lower(t)))?;
        return Some(words(&ts[..=last]));
    }
    None
}

/// Reads a role phrase out of `tokens[a..b]`: body (possessive, a proper
/// name before a lower-case title, or after a preposition), title words,
/// and whether it is past, new or held alongside others.
fn read_phrase(tokens: &[Token], a: usize, b: usize, changed_before: bool, lex: &Lexicon) -> Option<Phrase> {
    let mut a = a;
    let mut former = false;
    let mut changed = changed_before;
    let mut also = false;
    // Words before a title that say when or how it is held: before and
    // after a possessive body ("the port's former finance director").
    let mut qualifiers = |a: &mut usize| {
        while *a < b && tokens[*a].is_word() {
            let w = lower(&tokens[*a]);
            if lex.determiners.has(&w) {
                *a += 1;
            } else if lex.past_title_words.has(&w) {
                former = true;
                *a += 1;
            } else if w.starts_with("ex-") {
                // "ex-finance director": past, and the rest of the word is
                // part of the title (read below from the token's text).
                former = true;
                break;
            } else if lex.new_title_words.has(&w) {
                changed = true;
                *a += 1;
            } else if lex.concurrent_title_words.has(&w) {
                also = true;
                *a += 1;
            } else {
                break;
            }
        }
    };
    qualifiers(&mut a);
    // A possessive body: "the port's harbour master".
    let mut body: Vec<String> = Vec::new();
    let mut named_body = None;
    if let Some(p) = (a..b).find(|&k| possessive_stem(tokens[k].text).is_some()) {
        for t in &tokens[a..=p] {
            body.push(possessive_stem(t.text).unwrap_or(t.text).to_lowercase());
        }
        named_body = named(&tokens[a..=p], lex);
        a = p + 1;
        qualifiers(&mut a);
    }
    // A proper name before a lower-case title is the body it is held at
    // ("Marlow Port chief engineer", "Northshire chief constable"): a
    // capitalised title word ("Chief financial officer") is not.
    let proper = |t: &Token| capitalised(t) && !lex.is_title_word(&lower(t)) && !lex.is_role_head(&lower(t));
    let lead = (a..b).take_while(|&k| proper(&tokens[k])).count();
    // One capitalised word opening the sentence may be capitalised only
    // because it opens it ("Housing minister Ana Ruiz").
    let opens_sentence = !tokens[..a].iter().any(Token::is_word);
    // A capitalised body before a capitalised title ("Northshire Police
    // Chief Constable"): only when an institution word says the lead is a
    // body, since "Housing Minister" is one title.
    let title_after = |t: &Token| {
        t.is_word()
            && (!capitalised(t)
                || ((lex.is_title_word(&lower(t)) || lex.is_role_head(&lower(t)))
                    && tokens[a..a + lead].iter().any(|w| lex.is_institution_word(&lower(w)))))
    };
    if body.is_empty()
        && !(opens_sentence && lead == 1)
        && lead > 0
        && tokens.get(a + lead).is_some_and(title_after)
        && a + lead < b
    {
        body = tokens[a..a + lead].iter().map(lower).collect();
        named_body = named(&tokens[a..a + lead], lex);
        a += lead;
    }
    // The title runs to a preposition; what follows is its body, unless
    // it is a portfolio in lower case ("director of public health",
    // "minister for trade"): an "X of Y" title stays whole.
    let prep_at = |from: usize| (from..b).find(|&k| lex.title_prepositions.has(&lower(&tokens[k])));
    let mut prep = prep_at(a);
    let mut portfolio_end = None;
    if let Some(p) = prep
        && lex.portfolio_prepositions.has(&lower(&tokens[p]))
    {
        let next = prep_at(p + 1).unwrap_or(b);
        let words = &tokens[p + 1..next];
        if !words.is_empty()
            && words.len() <= 4
            && words.iter().all(|t| t.is_word() && !capitalised(t) && !lex.determiners.has(&lower(t)))
        {
            portfolio_end = Some(next);
            prep = (next < b).then_some(next);
        }
    }
    let title_end = prep.unwrap_or(b);
    let head_end = portfolio_end.map_or(title_end, |e| prep_at(a).unwrap_or(e));
    if head_end <= a || !tokens[a..title_end].iter().all(super::super::segment::tokens::Token::is_word) {
        return None;
    }
    // A title is a few words with a head noun; more is a clause.
    let head = |t: &Token| lex.is_role_head(lower(t).strip_prefix("ex-").unwrap_or(&lower(t)));
    if head_end - a > 5 || !tokens[a..head_end].iter().any(head) {
        return None;
    }
    if let Some(p) = prep {
        let rest: Vec<String> =
            tokens[p + 1..b].iter().filter(|t| t.is_word() && !lex.determiners.has(&lower(t))).map(lower).collect();
        if !rest.is_empty() {
            body = rest;
            named_body = named(&tokens[p + 1..b], lex);
        }
    }
    // The title ends with its last head noun: "managing director last
    // week" is the title "managing director"; a portfolio after it stays.
    let title_end = match portfolio_end {
        Some(e) => e,
        None => (a..head_end)
            .rev()
            .find(|&k| head(&tokens[k]))
            .map_or(head_end, |k| front_title_end(tokens, k, head_end, lex)),
    };
    let title: Vec<String> = tokens[a..title_end]
        .iter()
        .map(|t| lower(t).strip_prefix("ex-").map_or_else(|| lower(t), str::to_string))
        .collect();
    let span = Span::new(tokens[a].span.start, tokens[title_end - 1].span.end);
    let body = (!body.is_empty()).then(|| body.join(" "));
    let partner = partner(tokens, a, title_end, lex).or_else(|| partner(tokens, a, b, lex));
    Some(Phrase { title: title.join(" "), span, body, named_body, former, changed, also, partner })
}

/// Where a title whose last head is at `k` ends: after the head, or for
/// a head that comes first ("principal horn", "lead investigator") after
/// the one or two lower-case nouns it takes, up to `end`.
fn front_title_end(tokens: &[Token], k: usize, end: usize, lex: &Lexicon) -> usize {
    if !lex.front_title_heads.has(&lower(&tokens[k])) {
        return k + 1;
    }
    let taken = tokens[k + 1..end]
        .iter()
        .take(2)
        .take_while(|t| {
            t.is_word()
                && !capitalised(t)
                && !lex.title_trailing_words.has(&lower(t))
                && !lex.determiners.has(&lower(t))
                && !lex.title_prepositions.has(&lower(t))
        })
        .count();
    k + 1 + taken
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
        if !t.is_word()
            || lex.is_speech_verb(&w)
            || lex.clause_joiners.has(&w)
            || lex.subject_pronouns.has(&w)
            // The verb of a pronoun subject ("we understand", "I gather").
            || (s >= 2 && lex.subject_pronouns.has(&lower(&tokens[s - 2])))
            || matches!(w.as_str(), "and" | "by" | "with")
            || lex.title_breaking_prepositions.has(&w)
            // "spoke to mission director X": a preposition is inside the
            // title only after a role head ("adviser to the minister").
            || (lex.title_prepositions.has(&w)
                && !(s.saturating_sub(4)..s - 1).any(|p| lex.is_role_head(&lower(&tokens[p]))))
        {
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
    let (start, mut end) = (mention.token, mention.token_end);
    // "Ana Ruiz KC, the club's chair,": letters after the name stand
    // between it and its title.
    while tokens.get(end).is_some_and(|t| t.is_word() && lex.post_nominals.has(&lower(t))) {
        end += 1;
    }
    let run_start = mention.run_start;
    let year = tokens
        .iter()
        .filter(|t| t.is_number() && t.text.len() == 4)
        .filter_map(|t| t.text.parse::<i16>().ok())
        .find(|y| (1900..=2100).contains(y));
    let mut push = |phrase: Option<Phrase>| {
        if let Some(p) = phrase {
            out.push(Role {
                person: mention.name.clone(),
                person_span: mention.span,
                title: p.title,
                span: p.span,
                body: p.body,
                named_body: p.named_body,
                also: p.also,
                partner: p.partner,
                former: p.former,
                changed: p.changed,
                year,
            });
        }
    };
    // A capitalised title before the name ("Chief Inspector Ana Ruiz"),
    // extended back over "of State"-like parts and a possessive body.
    // A style that is no post ("the Very Rev") leaves the name untitled.
    let mut titled = false;
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
        // "Vice-Chancellor Professor Ana Ruiz": the courtesy title
        // between the title and the name is not part of the title.
        let mut e = start;
        while e > s + 1 && lex.is_honorific(&lower(&tokens[e - 1])) {
            e -= 1;
        }
        // "Lt. Col. Ana Ruiz": the title's words without the full stops
        // of its abbreviations.
        let phrase = if tokens[s..e].iter().any(|t| t.is(".")) {
            let words: Vec<Token> =
                tokens[..s].iter().chain(tokens[s..e].iter().filter(|t| !t.is("."))).copied().collect();
            read_phrase(&words, s, words.len(), changed, lex)
        } else {
            read_phrase(tokens, s, e, changed, lex)
        };
        titled = phrase.is_some();
        push(phrase);
    } else if run_start > 0 && tokens[run_start - 1].is_word() && lex.is_role_head(&lower(&tokens[run_start - 1])) {
        // A role noun before the name: "harbour master Ana Ruiz".
        let s = phrase_start(tokens, run_start, lex);
        let changed = s > 0 && lex.new_title_words.has(&lower(&tokens[s - 1]));
        push(read_phrase(tokens, s, run_start, changed, lex));
    }
    // "The port's harbour master, Ana Ruiz"; "The Dean of Marlow, the
    // Very Rev Ana Ruiz" (a style after "the").
    let lead =
        if run_start > 1 && !titled && lower(&tokens[run_start - 1]) == "the" { run_start - 1 } else { run_start };
    if !titled && lead > 0 && tokens[lead - 1].is(",") {
        let e = lead - 1;
        let b = phrase_start(tokens, e, lex);
        if b < e {
            push(read_phrase(tokens, b, e, false, lex));
        }
    }
    // "Ana Ruiz KC, prosecuting, said": the side of a trial a counsel
    // speaks for, alone between commas or before the speech verb.
    if let Some(side) = court_side(tokens, end, lex) {
        push(Some(side));
        return;
    }
    // "Ana Ruiz, the port's harbour master," and "Ana Ruiz, who chairs …".
    if tokens.get(end).is_some_and(|t| t.is(",")) {
        let k = end + 1;
        if tokens.get(k).is_some_and(|t| t.is("who")) {
            push(relative_clause_role(tokens, k + 1, lex));
        } else if tokens.get(k).is_some_and(|t| !t.is_number()) {
            let e = phrase_end(tokens, k, lex);
            let first = read_phrase(tokens, k, e, false, lex);
            // "Ana Ruiz, the port's chair and chief executive,": the second
            // title is read too, each the other's partner, with the body
            // either gives.
            let second = (first.is_some() && tokens.get(e).is_some_and(|t| lex.title_joiners.has(&lower(t))))
                .then(|| read_phrase(tokens, e + 1, phrase_end(tokens, e + 1, lex), false, lex))
                .flatten();
            match (first, second) {
                (Some(mut p), Some(mut q)) => {
                    if p.body.is_none() {
                        p.body.clone_from(&q.body);
                        p.named_body.clone_from(&q.named_body);
                    }
                    if q.body.is_none() {
                        q.body.clone_from(&p.body);
                        q.named_body.clone_from(&p.named_body);
                    }
                    p.partner = Some(q.title.clone());
                    q.partner = Some(p.title.clone());
                    q.former |= p.former;
                    push(Some(p));
                    push(Some(q));
                }
                (p, _) => push(p),
            }
        }
    }
}

/// "Ana Ruiz, prosecuting," or "Ana Ruiz, for the defence, told the
/// jury": the counsel's side, read as its title (`court-side-words`).
fn court_side(tokens: &[Token], end: usize, lex: &Lexicon) -> Option<Phrase> {
    if !tokens.get(end).is_some_and(|t| t.is(",")) {
        return None;
    }
    let (n, title) = lex.court_side_at(tokens, end + 1)?;
    Some(Phrase {
        title: title.to_string(),
        span: Span::new(tokens[end + 1].span.start, tokens[end + n].span.end),
        body: None,
        named_body: None,
        former: false,
        changed: false,
        also: false,
        partner: None,
    })
}

/// "who chairs the harbour board", "who became the port's harbour master",
/// "who is also its treasurer".
fn relative_clause_role(tokens: &[Token], k: usize, lex: &Lexicon) -> Option<Phrase> {
    // "who also chairs …": held alongside the person's other titles.
    let also = tokens.get(k).is_some_and(|t| lex.concurrent_title_words.has(&lower(t)));
    let k = if also { k + 1 } else { k };
    // "who will become …", "who is to be …": a title to come, a change.
    let word = |k: usize| tokens.get(k).map(lower).unwrap_or_default();
    let skip = if lex.future_title_words.has(&word(k)) {
        1
    } else if matches!(word(k).as_str(), "is" | "are") && word(k + 1) == "to" {
        2
    } else {
        0
    };
    let (future, k) = (skip > 0, k + skip);
    let verb = lower(tokens.get(k)?);
    // "who became the port's harbour master", "who was its chair": the
    // title follows the verb (grammar, not vocabulary: each verb says
    // something of its own about when the title was held).
    if matches!(verb.as_str(), "became" | "becomes" | "become" | "is" | "was" | "be") {
        let e = phrase_end(tokens, k + 1, lex);
        let mut p = read_phrase(tokens, k + 1, e, false, lex)?;
        p.former |= verb == "was";
        p.changed |= verb.starts_with("bec") || future;
        p.also |= also;
        return Some(p);
    }
    // "who chairs the board": the verb gives the title.
    let head = lex.role_verbs.form(&verb)?;
    let e = phrase_end(tokens, k + 1, lex);
    let changed = future;
    let body: Vec<String> =
        tokens[k + 1..e].iter().filter(|t| t.is_word() && !lex.determiners.has(&lower(t))).map(lower).collect();
    Some(Phrase {
        title: head.to_string(),
        span: tokens[k].span,
        body: (!body.is_empty()).then(|| body.join(" ")),
        named_body: named(&tokens[k + 1..e], lex),
        former: verb.ends_with("ed"),
        changed,
        also,
        partner: None,
    })
}
