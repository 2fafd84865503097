//! Quotes: the words an article puts in someone's mouth, and who.
//!
//! Read from straight and curly double quotes, single quotes (headlines
//! use them), quotes running to the end of a paragraph (continued in the
//! next), and block quotes: paragraphs of speech signed by a line
//! "– Name, title" below them, as live pages print them.
//!
//! The speaker is the person named beside the quote with a reporting verb
//! ("…," Ana Ruiz said), a pronoun's antecedent ("she said"), the name
//! before a colon in a headline ("Ruiz: '…'"), or the signature of a
//! block. When no name is given, the words around the quote ("the harbour
//! master said") still tell two speakers apart.

use std::collections::{BTreeMap, BTreeSet};

use crate::extract::lexicon::Lexicon;
use crate::extract::people::{Gender, Mention, PersonName};
use crate::extract::roles::Role;
use crate::segment::Segments;
use crate::segment::tokens::tokenize;
use crate::span::Span;

/// One word of a quote, as compared.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum QuoteWord {
    /// A word in lower case, with curly apostrophes made straight.
    Text(String),
    /// An ellipsis: words left out on purpose.
    Gap,
    /// A [bracketed] insertion standing for the speaker's own words.
    Insertion,
}

/// Who said a quote, as far as the article tells.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Speaker {
    pub name: Option<PersonName>,
    /// Lower-case content words of the name and title, or of the words
    /// around the quote when no name is given.
    pub words: Vec<String>,
    /// The titles the article gives the speaker, each as its lower-case
    /// words ("mission director"): the titles of the person named, or the
    /// title a speaker is given instead of a name ("the judge said").
    pub titles: Vec<Vec<String>>,
}

impl Speaker {
    /// Whether two quotes can be by the same person: same surname when
    /// both are named, else some word in common; unknown fits anyone.
    ///
    /// A speaker given by title only fits a named one whose article gives
    /// them that title ("the judge said" and "Judge Ana Ruiz"); two
    /// speakers given by title fit when one title holds the other's words
    /// ("the judge", "the senior judge"), never across a qualifier
    /// ("director", "deputy director").
    pub fn compatible(&self, other: &Speaker) -> bool {
        if let (Some(a), Some(b)) = (&self.name, &other.name) {
            return strsim::jaro_winkler(&a.surname_key(), &b.surname_key()) >= 0.9;
        }
        if !self.titles.is_empty() && !other.titles.is_empty() {
            let (unnamed, other) = if self.name.is_none() { (self, other) } else { (other, self) };
            let fits = unnamed.titles.iter().any(|t| other.titles.iter().any(|u| titles_fit(t, u) || titles_fit(u, t)));
            if fits || unnamed.name.is_none() && other.name.is_none() {
                return fits;
            }
        }
        if self.words.is_empty() || other.words.is_empty() {
            return true;
        }
        self.words.iter().any(|w| other.words.iter().any(|v| same_root(w, v)))
    }

    pub fn describe(&self) -> Option<String> {
        self.name.as_ref().map(ToString::to_string)
    }
}

/// Words that make a title another post ("deputy"), kept in a title's
/// words with a leading '+' so that titles compare on them exactly.
const QUALIFIER: char = '+';

/// Whether the title `short` is said of the holder of `long`: every word
/// of `short` in `long` ("judge" in "senior resident judge"), and the same
/// qualifiers in both ("director" is not "deputy director").
fn titles_fit(short: &[String], long: &[String]) -> bool {
    let qualifiers = |t: &[String]| -> Vec<String> {
        let mut q: Vec<String> = t.iter().filter(|w| w.starts_with(QUALIFIER)).cloned().collect();
        q.sort();
        q
    };
    !short.is_empty()
        && qualifiers(short) == qualifiers(long)
        && short
            .iter()
            .all(|w| long.iter().any(|v| same_root(w.trim_start_matches(QUALIFIER), v.trim_start_matches(QUALIFIER))))
}

/// A title's words as compared: lower case, determiners and possessives
/// left out, qualifiers marked.
fn title_words(title: &str, lex: &Lexicon) -> Vec<String> {
    title
        .split_whitespace()
        .map(crate::vocab::fold_word)
        .filter(|w| !lex.determiners.has(w) && !w.ends_with("'s") && !lex.is_function_word(w))
        .map(|w| if lex.title_qualifiers.has(&w) { format!("{QUALIFIER}{w}") } else { w })
        .collect()
}

/// "terror" and "terrorism", "police" and "policing".
fn same_root(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    a == b || (common >= 5 && common * 10 >= a.len().min(b.len()) * 8)
}

/// One quote.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Quote {
    /// The words inside the quote marks.
    pub span: Span,
    /// The words, each with its span.
    pub words: Vec<(QuoteWord, Span)>,
    pub speaker: Speaker,
    /// In the headline or a heading line, where auxiliaries and articles
    /// are dropped by convention.
    pub headline: bool,
    /// A paragraph of a block quote, signed below.
    pub block: bool,
    /// The article says the words were translated or spoken in another
    /// language: two renderings may differ without a misquote.
    pub translated: bool,
}

impl Quote {
    pub fn text_words(&self) -> usize {
        self.words.iter().filter(|(w, _)| matches!(w, QuoteWord::Text(_))).count()
    }
}

/// A quoted stretch of a paragraph: where its words are.
fn quoted_spans(text: &str, para: Span) -> Vec<Span> {
    let s = para.of(text);
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    // Only a quotation mark opens or closes: the paragraph is walked by
    // the bytes a mark can start with ('"', '\'', and 0xE2 of the curly
    // ones), and characters are decoded only around those.
    let marks = s.bytes().enumerate().filter(|(_, b)| matches!(b, b'"' | b'\'' | 0xE2)).map(|(i, _)| i);
    for i in marks {
        let Some(c) = s[i..].chars().next().filter(|c| matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'')) else {
            continue;
        };
        let prev = s[..i].chars().next_back();
        let next = s[i + c.len_utf8()..].chars().next();
        // An opening mark follows a space or an opening bracket or dash, and
        // comes before the words (`," she said` closes, never opens).
        let boundary_before = prev.is_none_or(|p| p.is_whitespace() || "([{—–-:;/".contains(p));
        let letter_after = next.is_some_and(|x| x.is_alphanumeric() || x == '…' || x == '.' || x == '[' || x == '(');
        let word_after = next.is_some_and(char::is_alphanumeric);
        match open {
            None => {
                let opens = match c {
                    '“' => true,
                    '"' => boundary_before && next.is_some_and(|x| !x.is_whitespace()),
                    '‘' | '\'' => boundary_before && letter_after,
                    _ => false,
                };
                if opens {
                    open = Some((i + c.len_utf8(), c));
                }
            }
            Some((start, o)) => {
                let closes = match (o, c) {
                    ('“' | '"', '”' | '"') => true,
                    ('‘' | '\'', '’' | '\'') => !word_after,
                    _ => false,
                };
                if closes {
                    out.push(Span::new(para.start + start, para.start + i));
                    open = None;
                }
            }
        }
    }
    // A quote still open at the end of its paragraph runs on into the next
    // one (which opens again): its words end with this paragraph.
    if let Some((start, o)) = open
        && matches!(o, '“' | '"')
    {
        out.push(Span::new(para.start + start, para.end));
    }
    out.into_iter().map(|sp| sp.trim(text)).filter(|sp| !sp.is_empty()).collect()
}

/// The words of a quote, with ellipses and insertions marked. A
/// reporter's [bracketed] or (parenthesised) words stand for the
/// speaker's own; hyphenated words count as their parts, so that
/// "vice-presidential" and "vice presidential" are the same words; "6:00"
/// is "6".
fn quote_words(text: &str, span: Span, lex: &Lexicon) -> Vec<(QuoteWord, Span)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let tokens = tokenize(text, span);
    let mut k = 0;
    while k < tokens.len() {
        let t = &tokens[k];
        if t.is("[") || t.is("(") {
            if depth == 0 {
                out.push((QuoteWord::Insertion, t.span));
            }
            depth += 1;
        } else if t.is("]") || t.is(")") {
            depth = depth.saturating_sub(1);
        } else if depth > 0 {
        } else if t.is("…") || (t.is(".") && tokens.get(k + 1).is_some_and(|n| n.is(".") && n.glued)) {
            if !matches!(out.last(), Some((QuoteWord::Gap, _))) {
                out.push((QuoteWord::Gap, t.span));
            }
            while tokens.get(k + 1).is_some_and(|n| n.is(".") && n.glued) {
                k += 1;
            }
        } else if t.is_number() {
            // "12th" is a number and a glued suffix: one ordinal.
            let ordinal = tokens.get(k + 1).filter(|n| n.glued && n.is_word() && lex.ordinal_suffixes.has(n.text));
            if let Some(suffix) = ordinal {
                out.push((QuoteWord::Text(format!("{}th", t.text)), t.span.cover(suffix.span)));
                k += 2;
                continue;
            }
            if let Some((time, next)) = clock_time(&tokens, k, lex) {
                out.push((QuoteWord::Text(time), t.span.cover(tokens[next - 1].span)));
                k = next;
                continue;
            }
            out.push((QuoteWord::Text(t.text.replace(',', "")), t.span));
        } else if t.is(".")
            && t.glued
            && tokens
                .get(k + 1)
                .is_some_and(|d| d.glued && d.is_word() && lex.web_domains.has(&crate::vocab::lower_word(d.text)))
        {
            // "Fennick Times.com" is the site "Fennick Times".
            k += 2;
            continue;
        } else if t.is_word() {
            let mut offset = t.span.start;
            for part in t.text.split('-') {
                if !part.is_empty() {
                    let part_span = Span::new(offset, offset + part.len());
                    for w in spoken_words(crate::vocab::fold_word(part), lex) {
                        out.push((QuoteWord::Text(w), part_span));
                    }
                }
                offset += part.len() + 1;
            }
        }
        k += 1;
    }
    out
}

/// A clock time at token `k` as one word on the 24-hour clock, and the
/// token after it, read by the time reader (`normalise::time`): "6pm", "6
/// p.m.", "18:00" and "six o'clock in the evening" are all "18:00"; "6:41pm" and
/// "18:41" are "18:41". A time zone after it ("GMT") is read with it,
/// since one version may leave it out. A number with nothing that marks it
/// a time (minutes, am/pm, "o'clock") is no time.
fn clock_time(tokens: &[crate::segment::tokens::Token], k: usize, lex: &Lexicon) -> Option<(String, usize)> {
    let lower: Vec<crate::vocab::LowerWord> =
        tokens.iter().skip(k).take(8).map(|t| crate::vocab::lower_word(t.text)).collect();
    let window = &tokens[k..(k + lower.len())];
    let times = crate::normalise::time::TimeWords::new(&lex.numbers);
    let parsed = times.time_at(window, &lower, 0).filter(|p| p.cue == crate::normalise::time::TimeCue::Marked)?;
    let mut next = k + parsed.end;
    if tokens.get(next).is_some_and(|z| z.is_word() && lex.time_zones.has(&crate::vocab::lower_word(z.text))) {
        next += 1;
    }
    Some((parsed.time.to_string(), next))
}

/// One written word as the words it is read as, so that house styles
/// meet: contractions spelt out ("it's" is "it is", "didn't" is "did
/// not"), apostrophes dropped ("nation's"), number words and ordinals as
/// digits ("six" is "6", "twelfth" is "12th").
/// The word is taken by value: most words are themselves, not copied again.
fn spoken_words(w: String, lex: &Lexicon) -> Vec<String> {
    if let Some((stem, word)) = contraction(&w, lex) {
        return vec![stem, word];
    }
    if let Some(n) = lex.numbers.small(&w) {
        return vec![crate::normalise::interval::fmt_number(n)];
    }
    if let Some(n) = lex.ordinals.value(&w) {
        return vec![format!("{}th", n as u32)];
    }
    vec![if w.contains('\'') { w.replace('\'', "") } else { w }]
}

/// A contracted word as its two words: "didn't" is ("did", "not"),
/// "won't" is ("will", "not"). The ending runs from the last apostrophe,
/// or from the n before it ("n't"); an "'s" is "is" only after the words
/// that take it ("it's"), never a possessive.
fn contraction(w: &str, lex: &Lexicon) -> Option<(String, String)> {
    let apostrophe = w.rfind('\'')?;
    let ending = |from: usize| lex.contraction_suffixes.form(&w[from..]).map(|word| (from, word));
    let negative = apostrophe.checked_sub(1).filter(|&n| w.as_bytes()[n] == b'n').and_then(ending);
    let (from, word) = negative.or_else(|| ending(apostrophe))?;
    let stem = &w[..from];
    if &w[from..] == "'s" && !lex.is_contraction_words.has(stem) {
        return None;
    }
    Some((lex.contraction_stems.form(stem).unwrap_or(stem).to_string(), word.to_string()))
}

fn content_words(text: &str, span: Span, lex: &Lexicon) -> Vec<String> {
    tokenize(text, span)
        .iter()
        .filter(|t| t.is_word())
        .map(|t| crate::vocab::fold_word(t.text))
        .filter(|w| w.len() > 1 && !lex.is_function_word(w) && !lex.is_speech_verb(w) && !lex.is_personal_pronoun(w))
        .collect()
}

/// A line signing a block quote: a dash, then a name.
pub fn is_signature(text: &str, para: Span) -> bool {
    let s = para.of(text).trim_start();
    let Some(rest) = s.strip_prefix('–').or_else(|| s.strip_prefix('—')).or_else(|| s.strip_prefix('-')) else {
        return false;
    };
    // A signature is one short line: a bullet point is a sentence.
    rest.trim_start().starts_with(char::is_uppercase) && !s.contains('\n') && s.split_whitespace().nth(14).is_none()
}

/// A heading: one line with no full stop at its end.
fn is_heading(text: &str, para: Span) -> bool {
    let s = para.of(text).trim_end().trim_end_matches(['\'', '"', '’', '”']);
    !s.contains('\n') && !s.ends_with(['.', '!', '?', ':'])
}

/// Whether a paragraph could be speech inside a block quote: no quote
/// marks, no reporting verb, a full stop at the end.
fn could_be_block_speech(text: &str, para: Span, lex: &Lexicon) -> bool {
    let s = para.of(text);
    if is_heading(text, para) || s.trim_end().ends_with(':') || is_signature(text, para) {
        return false;
    }
    if s.contains(['"', '“', '”']) {
        return false;
    }
    !tokenize(text, para).iter().any(|t| t.is_word() && lex.is_speech_verb(&crate::vocab::lower_word(t.text)))
}

/// Block paragraphs above a signature, at most this many.
const MAX_BLOCK_PARAGRAPHS: usize = 8;

/// Every quote of one article. `mentions` are its people, in text order;
/// `roles` the titles the article gives them; `genders` the gender it
/// gives each (by surname key), which a pronoun must agree with.
pub fn quotes_in_article(
    text: &str,
    segments: &Segments,
    mentions: &[Mention],
    roles: &[Role],
    genders: &BTreeMap<String, Gender>,
    lex: &Lexicon,
) -> Vec<Quote> {
    let referents = Referents { mentions, writers: writers(text, segments, lex), genders };
    let mut out = quotes_read(text, segments, &referents, lex);
    let titled = TitledPeople::of(roles, lex);
    for q in &mut out {
        titled.complete(&mut q.speaker);
    }
    join_split_quotes(text, segments, &mut out);
    out
}

/// The titles an article gives its people, for naming a speaker given by
/// title only and for telling speakers apart.
struct TitledPeople {
    /// Each title's words, with its holder.
    titles: Vec<(Vec<String>, PersonName)>,
}

impl TitledPeople {
    fn of(roles: &[Role], lex: &Lexicon) -> Self {
        let titles = roles
            .iter()
            .filter(|r| !r.former)
            .map(|r| (title_words(&r.title, lex), r.person.clone()))
            .filter(|(t, _)| !t.is_empty())
            .collect();
        TitledPeople { titles }
    }

    /// Gives a named speaker their titles, and names a speaker given by
    /// title only when the article gives that title to one person ("the
    /// judge said" after "the judge, Ana Ruiz,").
    fn complete(&self, speaker: &mut Speaker) {
        if let Some(name) = &speaker.name {
            let same = |p: &PersonName| {
                p.surname_key() == name.surname_key()
                    && (p.first.is_none() || name.first.is_none() || p.key() == name.key())
            };
            speaker.titles = self.titles.iter().filter(|(_, p)| same(p)).map(|(t, _)| t.clone()).collect();
            return;
        }
        let Some(title) = speaker.titles.first() else { return };
        let mut holders: Vec<&PersonName> =
            self.titles.iter().filter(|(t, _)| titles_fit(title, t)).map(|(_, p)| p).collect();
        // One person: the same surname (a full name and its surname alone).
        holders.sort_by_key(|p| (p.surname_key(), std::cmp::Reverse(p.is_full())));
        holders.dedup_by_key(|p| p.surname_key());
        if let [holder] = holders.as_slice() {
            let holder = (*holder).clone();
            let mut titles = vec![title.clone()];
            titles.extend(
                self.titles.iter().filter(|(_, p)| p.surname_key() == holder.surname_key()).map(|(t, _)| t.clone()),
            );
            speaker.words = name_words(&holder);
            speaker.name = Some(holder);
            speaker.titles = titles;
        }
    }
}

/// A quote that opens its paragraph, fills it and has no reporting verb,
/// right after a paragraph whose last quote has a speaker, continues that
/// quote: it gets the speaker, and a quote of the two joined is added, so
/// that a remark split over two paragraphs compares as one.
fn join_split_quotes(text: &str, segments: &Segments, quotes: &mut Vec<Quote>) {
    let paragraph_of = |span: Span| segments.paragraphs.iter().position(|p| p.span.contains(span));
    let mut joined = Vec::new();
    for k in 1..quotes.len() {
        let (a, b) = (&quotes[k - 1], &quotes[k]);
        let (Some(pa), Some(pb)) = (paragraph_of(a.span), paragraph_of(b.span)) else { continue };
        let para = segments.paragraphs[pb].span;
        let fills = |x: usize, y: usize| !text[x..y].chars().any(char::is_alphanumeric);
        let continues = pb == pa + 1
            && !a.headline
            && !b.headline
            && !a.block
            && !b.block
            && a.speaker.name.is_some()
            && (b.speaker.name.is_none() || b.speaker.name == a.speaker.name)
            && fills(para.start, b.span.start)
            && fills(b.span.end, para.end);
        if !continues {
            continue;
        }
        let speaker = a.speaker.clone();
        let mut words = a.words.clone();
        words.extend(b.words.iter().cloned());
        joined.push(Quote {
            span: a.span.cover(b.span),
            words,
            speaker: speaker.clone(),
            headline: false,
            block: false,
            translated: a.translated || b.translated,
        });
        quotes[k].speaker = speaker;
    }
    quotes.extend(joined);
    // A joined quote sorts after its first part (a stable sort).
    quotes.sort_by_key(|q| q.span);
}

/// Whether the words around a quote say it was translated ("said through
/// an interpreter", "speaking in Greek").
fn says_translated(text: &str, span: Span, lex: &Lexicon) -> bool {
    let tokens = tokenize(text, span);
    tokens.iter().enumerate().any(|(k, t)| {
        let w = crate::vocab::lower_word(t.text);
        t.is_word()
            && (lex.translation_words.has(&w)
                || (lex.language_names.has(&w) && k > 0 && tokens[k - 1].text.eq_ignore_ascii_case("in")))
    })
}

/// The quotes of an article with the speakers its sentences give.
fn quotes_read(text: &str, segments: &Segments, referents: &Referents, lex: &Lexicon) -> Vec<Quote> {
    let mentions = referents.mentions;
    let mut out: Vec<Quote> = Vec::new();
    let headline = segments.headline;
    let paragraphs = &segments.paragraphs;
    for (pi, para) in paragraphs.iter().enumerate() {
        let heading =
            headline.is_some_and(|h| h.contains(para.span) || para.span.contains(h)) || is_heading(text, para.span);
        // The paragraph before ended inside a quote that this one continues.
        let runs_on = pi > 0 && out.last().is_some_and(|q: &Quote| q.span.end == paragraphs[pi - 1].span.end);
        let previous_speaker = out.last().map(|q| q.speaker.clone());
        let quoted = quoted_spans(text, para.span);
        if quoted.is_empty()
            && headline.is_some_and(|h| h.contains(para.span) || para.span.contains(h))
            && let Some(q) = unmarked_headline_quote(text, para.span, mentions, lex)
        {
            out.push(q);
        }
        for span in quoted {
            let words = quote_words(text, span, lex);
            // The sentences the quote touches, as one span.
            let sentence = para
                .sentences
                .iter()
                .filter(|s| s.start < span.end && span.start < s.end)
                .fold(None, |acc: Option<Span>, s| Some(acc.map_or(*s, |a| a.cover(*s))))
                .unwrap_or(para.span);
            let mut speaker = if heading {
                heading_speaker(text, para.span, span, mentions, lex)
            } else {
                let before = sentences_before(sentence, paragraphs, pi, PRONOUN_CHAIN);
                speaker_in_sentence(text, (sentence, &before), span, referents, lex)
            };
            let opens_paragraph = !text[para.span.start..span.start].chars().any(char::is_alphanumeric);
            if speaker.is_none() && runs_on && opens_paragraph {
                speaker.clone_from(&previous_speaker);
            }
            // A quote that is a sentence of its own, with no reporting verb:
            // the person named in the sentence before it ("Ana Ruiz spoke
            // at the quay. \"We are ready.\"").
            if speaker.is_none() && !heading && quote_is_whole_sentence(text, sentence, span) {
                speaker = named_just_before(sentence, referents, paragraphs, pi);
            }
            // The sentence of the quote and the one before it say whether
            // it was translated.
            let around = para
                .sentences
                .iter()
                .position(|s| s.contains(Span::new(sentence.start, sentence.start)))
                .map_or(sentence, |k| para.sentences[k.saturating_sub(1)].cover(sentence));
            let translated = says_translated(text, around, lex);
            out.push(Quote {
                span,
                words,
                speaker: speaker.unwrap_or_default(),
                headline: heading,
                block: false,
                translated,
            });
        }
        if is_signature(text, para.span) {
            let signer = signature_speaker(text, para.span, mentions, lex);
            // Only a line that names someone signs the paragraphs above it.
            if signer.name.is_none() {
                continue;
            }
            let mut k = pi;
            let mut block = Vec::new();
            while k > 0
                && block.len() < MAX_BLOCK_PARAGRAPHS
                && could_be_block_speech(text, paragraphs[k - 1].span, lex)
            {
                k -= 1;
                block.push(paragraphs[k].span);
            }
            for span in block.into_iter().rev() {
                out.push(Quote {
                    span,
                    words: quote_words(text, span, lex),
                    speaker: signer.clone(),
                    headline: false,
                    block: true,
                    translated: false,
                });
            }
        }
    }
    out.sort_by_key(|q| q.span);
    out
}

/// Whether only punctuation is outside the quote in its sentence.
fn quote_is_whole_sentence(text: &str, sentence: Span, quote: Span) -> bool {
    let outside = |a: usize, b: usize| text.get(a..b).is_some_and(|s| !s.chars().any(char::is_alphanumeric));
    quote.start >= sentence.start
        && quote.end <= sentence.end
        && outside(sentence.start, quote.start)
        && outside(quote.end, sentence.end)
}

/// How many sentences back a pronoun may carry its person: "Ana Ruiz
/// spoke first. She said ... . "...," she added."
const PRONOUN_CHAIN: usize = 3;

/// Up to `n` sentences before `sentence`, the nearest first: within its
/// paragraph, then from the paragraphs before.
fn sentences_before(sentence: Span, paragraphs: &[crate::segment::Paragraph], pi: usize, n: usize) -> Vec<Span> {
    let here = &paragraphs[pi].sentences;
    let k = here.iter().position(|s| s.contains(Span::new(sentence.start, sentence.start))).unwrap_or(0);
    let earlier = paragraphs[..pi].iter().rev().flat_map(|p| p.sentences.iter().rev());
    here[..k].iter().rev().chain(earlier).take(n).copied().collect()
}

/// The last person named in the sentence before `sentence`, within its
/// paragraph or the paragraph before; never a writer of the byline.
fn named_just_before(
    sentence: Span,
    referents: &Referents,
    paragraphs: &[crate::segment::Paragraph],
    pi: usize,
) -> Option<Speaker> {
    let previous = *sentences_before(sentence, paragraphs, pi, 1).first()?;
    let m = in_span(referents.mentions, previous)
        .iter()
        .filter(|m| previous.contains(m.span) && !referents.is_writer(m))
        .max_by_key(|m| m.span.start)?;
    Some(speaker_named(&m.name))
}

fn speaker_named(name: &PersonName) -> Speaker {
    Speaker { name: Some(name.clone()), words: name_words(name), titles: Vec::new() }
}

/// Whom a pronoun can stand for: the article's people, less the writers
/// its byline names, with the gender the article gives each.
struct Referents<'a> {
    mentions: &'a [Mention],
    /// Lower-case words of the byline lines.
    writers: BTreeSet<String>,
    genders: &'a BTreeMap<String, Gender>,
}

impl Referents<'_> {
    /// A person the byline names: the article's writer, never a speaker
    /// a pronoun stands for.
    fn is_writer(&self, m: &Mention) -> bool {
        let words = m.name.key();
        words.split_whitespace().all(|w| self.writers.contains(w))
    }

    /// Whether the person of `m` can be `gender`: either is unknown, or
    /// they agree.
    fn agrees(&self, m: &Mention, gender: Option<Gender>) -> bool {
        match (gender, self.genders.get(&m.name.surname_key())) {
            (Some(g), Some(h)) => g == *h,
            _ => true,
        }
    }

    /// The person a pronoun of `gender` in `sentence` stands for: the
    /// subject (first person named) of the sentence before when it agrees,
    /// else the last person named before who agrees; never a writer.
    /// `before` are the sentences before, the nearest first. When the
    /// sentence before opens with a pronoun of the same person ("He told
    /// the court he had paid Ana Ruiz."), its subject is that pronoun, not
    /// the name it holds: the person is the one it stands for, in turn.
    fn resolve(
        &self,
        text: &str,
        sentence: Span,
        before: &[Span],
        gender: Option<Gender>,
        lex: &Lexicon,
    ) -> Option<&Mention> {
        let fits = |m: &&Mention| !self.is_writer(m) && self.agrees(m, gender);
        if let Some((&p, rest)) = before.split_first() {
            let opener = tokenize(text, p)
                .into_iter()
                .find(crate::segment::tokens::Token::is_word)
                .map(|t| crate::vocab::lower_word(t.text));
            let pronoun = opener.as_deref().filter(|w| lex.is_personal_pronoun(w));
            let same = pronoun.is_some_and(|w| {
                let g = lex.gendered_pronouns.form(w).and_then(Gender::of_form);
                g.is_none() || gender.is_none() || g == gender
            });
            if same {
                if !rest.is_empty()
                    && let Some(m) = self.resolve(text, p, rest, gender, lex)
                {
                    return Some(m);
                }
            } else if let Some(subject) = in_span(self.mentions, p).iter().find(|m| p.contains(m.span))
                && fits(&subject)
            {
                return Some(subject);
            }
        }
        self.mentions[..self.mentions.partition_point(|m| m.span.start < sentence.start)]
            .iter()
            .rev()
            .filter(|m| m.span.end <= sentence.start)
            .find(fits)
    }
}

/// The words of an article's byline lines ("By Ana Ruiz and Tomas
/// Brandt", "Reporting by Ana Ruiz"): one short line opening with a
/// byline lead and a capitalised word.
fn writers(text: &str, segments: &Segments, lex: &Lexicon) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for para in &segments.paragraphs {
        let line = para.span.of(text);
        if line.contains('\n') || line.split_whitespace().nth(14).is_some() {
            continue;
        }
        let tokens = tokenize(text, para.span);
        let lower: Vec<crate::vocab::LowerWord> =
            tokens.iter().take(5).map(|t| crate::vocab::lower_word(t.text)).collect();
        let Some((n, _)) = lex.byline_leads.longest_prefix(&lower) else { continue };
        if !tokens.get(n).is_some_and(|t| t.is_word() && t.text.starts_with(char::is_uppercase)) {
            continue;
        }
        out.extend(
            tokens[n..]
                .iter()
                .filter(|t| t.is_word() && t.text.starts_with(char::is_uppercase))
                .map(|t| crate::vocab::fold_word(t.text)),
        );
    }
    out
}

/// "Ruiz: 'The quay stays shut'": the words before the colon, and the
/// person they name when the article names one so.
fn heading_speaker(text: &str, line: Span, quote: Span, mentions: &[Mention], lex: &Lexicon) -> Option<Speaker> {
    let before = &text[line.start..quote.start];
    let colon = before.rfind(':')?;
    let who = Span::new(line.start, line.start + colon);
    if let Some(name) = headline_person(text, who, mentions) {
        return Some(speaker_named(&name));
    }
    let words = content_words(text, who, lex);
    (!words.is_empty()).then_some(Speaker { name: None, words, titles: Vec::new() })
}

/// The person of the article that the words before a headline's colon
/// name ("Ruiz", "Ana Ruiz", "Ruiz's warning"): one to four capitalised words, the
/// last a surname of one person the article names (a first name given
/// must be theirs).
fn headline_person(text: &str, who: Span, mentions: &[Mention]) -> Option<PersonName> {
    let tokens = tokenize(text, who);
    let mut words: Vec<&str> = tokens.iter().filter(|t| t.is_word()).map(|t| t.text).collect();
    // "Ruiz's warning:": the name ends at its possessive.
    if let Some(k) = words.iter().position(|w| w.ends_with("'s") || w.ends_with("’s")) {
        words.truncate(k + 1);
    }
    if words.is_empty() || words.len() > 4 || !words.iter().all(|w| w.starts_with(char::is_uppercase)) {
        return None;
    }
    let last = words[words.len() - 1];
    let last = ["'s", "’s"].iter().find_map(|s| last.strip_suffix(s)).unwrap_or(last).to_lowercase();
    let first = (words.len() > 1).then(|| words[..words.len() - 1].join(" ").to_lowercase());
    let mut people: Vec<&PersonName> = mentions
        .iter()
        .map(|m| &m.name)
        .filter(|n| n.surname_key().rsplit(' ').next() == Some(last.as_str()))
        .filter(|n| first.as_ref().is_none_or(|f| n.first.as_ref().is_some_and(|g| g.to_lowercase() == *f)))
        .collect();
    people.sort_by_key(|n| (std::cmp::Reverse(n.is_full()), n.key()));
    let full: BTreeSet<String> = people.iter().filter(|n| n.is_full()).map(|n| n.key()).collect();
    if full.len() > 1 {
        return None;
    }
    people.first().map(|n| (*n).clone())
}

/// "Ruiz: Quay will stay shut all winter": a headline quote without quote
/// marks, when the words before the colon name a person of the article.
fn unmarked_headline_quote(text: &str, line: Span, mentions: &[Mention], lex: &Lexicon) -> Option<Quote> {
    let s = line.of(text);
    let colon = s.find(':')?;
    let name = headline_person(text, Span::new(line.start, line.start + colon), mentions)?;
    let rest = Span::new(line.start + colon + 1, line.end).trim(text);
    let words = quote_words(text, rest, lex);
    (words.len() >= 3).then(|| Quote {
        span: rest,
        words,
        speaker: speaker_named(&name),
        headline: true,
        block: false,
        translated: false,
    })
}

/// The speaker of a quote in its sentence: the person named outside the
/// quote when a reporting verb is there, or whom a pronoun stands for.
fn speaker_in_sentence(
    text: &str,
    (sentence, before): (Span, &[Span]),
    quote: Span,
    referents: &Referents,
    lex: &Lexicon,
) -> Option<Speaker> {
    let mentions = referents.mentions;
    let outside: Vec<Span> = [
        Span::new(sentence.start, quote.start.max(sentence.start)),
        Span::new(quote.end.min(sentence.end), sentence.end),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect();
    let tokens: Vec<_> = outside.iter().flat_map(|s| tokenize(text, *s)).collect();
    let reported = tokens.iter().any(|t| t.is_word() && lex.is_speech_verb(&crate::vocab::lower_word(t.text)));
    if !reported {
        return None;
    }
    // "said Kestrel's medical director, Dr Ana Ruiz": the possessor of
    // the title is the speaker's employer (or client), not the speaker.
    let owns_title = |m: &Mention| {
        // Most names have no possessive after them: tokenise only those.
        if !text.get(m.span.end..sentence.end).is_some_and(|rest| rest.starts_with(['\'', '’'])) {
            return false;
        }
        let after: Vec<_> = tokenize(text, Span::new(m.span.end, sentence.end)).into_iter().take(4).collect();
        after.first().is_some_and(|t| matches!(t.text, "'s" | "’s" | "'" | "’"))
            && after[1..].iter().any(|t| {
                let w = crate::vocab::lower_word(t.text);
                t.is_word() && (lex.is_role_head(&w) || lex.is_title_word(&w))
            })
    };
    let named: Vec<&Mention> = in_span(mentions, sentence)
        .iter()
        .filter(|m| outside.iter().any(|o| o.contains(m.span)) && !owns_title(m))
        .collect();
    // The name nearest the quote.
    let nearest = named.iter().min_by_key(|m| {
        if m.span.start >= quote.end { m.span.start - quote.end } else { quote.start.saturating_sub(m.span.end) }
    });
    if let Some(m) = nearest {
        return Some(Speaker { name: Some(m.name.clone()), words: name_words(&m.name), titles: Vec::new() });
    }
    if let Some(pronoun) = tokens.iter().map(|t| crate::vocab::lower_word(t.text)).find(|w| lex.is_personal_pronoun(w))
    {
        // "she said": whom the pronoun stands for, agreeing in gender.
        let gender = lex.gendered_pronouns.form(&pronoun).and_then(Gender::of_form);
        return referents.resolve(text, sentence, before, gender, lex).map(|m| speaker_named(&m.name));
    }
    let words: Vec<String> = outside.iter().flat_map(|s| content_words(text, *s, lex)).collect();
    let titles: Vec<Vec<String>> = title_before_verb(&tokens, lex).into_iter().collect();
    (!words.is_empty()).then_some(Speaker { name: None, words, titles })
}

/// The title a speaker is given instead of a name: a run of lower-case
/// words ending in a title's head, beside the reporting verb ("the
/// mission director said", "said the coroner").
fn title_before_verb(tokens: &[crate::segment::tokens::Token], lex: &Lexicon) -> Option<Vec<String>> {
    let verb = tokens.iter().position(|t| t.is_word() && lex.is_speech_verb(&crate::vocab::lower_word(t.text)))?;
    let lower = |k: usize| crate::vocab::lower_word(tokens[k].text);
    let is_head = |k: usize| tokens[k].is_word() && (lex.is_role_head(&lower(k)) || lex.is_title_word(&lower(k)));
    // Before the verb ("the judge said") or after it ("said the judge").
    let end = if verb > 0 && is_head(verb - 1) {
        verb
    } else {
        let mut e = verb + 1;
        while e < tokens.len() && tokens[e].is_word() && lex.determiners.has(&lower(e)) {
            e += 1;
        }
        while e < tokens.len()
            && tokens[e].is_word()
            && !lex.is_function_word(&lower(e))
            && tokens[e].text.starts_with(char::is_lowercase)
        {
            e += 1;
        }
        if e == verb + 1 || !is_head(e - 1) {
            return None;
        }
        e
    };
    let mut start = end - 1;
    while start > 0
        && tokens[start - 1].is_word()
        && tokens[start - 1].text.starts_with(char::is_lowercase)
        && !lex.is_function_word(&lower(start - 1))
        && !lex.is_speech_verb(&lower(start - 1))
        && end - start < 4
    {
        start -= 1;
    }
    let words: Vec<String> = (start..end).map(|k| lower(k).into_owned()).collect();
    let title = title_words(&words.join(" "), lex);
    (!title.is_empty()).then_some(title)
}

/// The mentions that start inside `span` (mentions are in text order).
fn in_span(mentions: &[Mention], span: Span) -> &[Mention] {
    let from = mentions.partition_point(|m| m.span.start < span.start);
    let to = mentions.partition_point(|m| m.span.start < span.end);
    &mentions[from..to.max(from)]
}

fn name_words(name: &PersonName) -> Vec<String> {
    name.key().split_whitespace().map(str::to_string).collect()
}

/// The speaker of a signature line: the person named, and the title words.
fn signature_speaker(text: &str, line: Span, mentions: &[Mention], lex: &Lexicon) -> Speaker {
    let name = mentions.iter().find(|m| line.contains(m.span)).map(|m| m.name.clone());
    let words = content_words(text, line, lex);
    Speaker { name, words, titles: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractions_and_ordinals_are_spelt_out() {
        let lex = Lexicon::new(crate::vocab::Vocabulary::shipped());
        let spoken = |w: &str| spoken_words(w.to_string(), &lex);
        assert_eq!(spoken("didn't"), ["did", "not"]);
        assert_eq!(spoken("won't"), ["will", "not"]);
        assert_eq!(spoken("it's"), ["it", "is"]);
        assert_eq!(spoken("we'll"), ["we", "will"]);
        assert_eq!(spoken("nation's"), ["nations"]);
        assert_eq!(spoken("café's"), ["cafés"]);
        assert_eq!(spoken("twelfth"), ["12th"]);
        assert_eq!(spoken("fortieth"), ["40th"]);
    }
}
