//! quote-drift: one speaker's direct quote reproduced with words changed,
//! added, dropped or reordered, within an article or across articles.
//!
//! Fires: "the board will never be hurried into a decision" and "the
//! board will never be rushed into a decision" from one speaker; a headline quote that
//! swaps a word of the body's quote.
//!
//! Does not fire: an exact shorter excerpt; indirect speech (no quote
//! marks, no quote); curly against straight quotes; a change of case at
//! the start; an ellipsis or a [bracketed] insertion; a headline that
//! only drops articles and auxiliaries ("plots foiled" for "plots have
//! been foiled"); British against American spelling; quotes of two
//! different speakers.
//!
//! All the versions of one quote that drift from each other make one
//! finding, with a label on the differing words of each version.

use std::collections::{BTreeMap, BTreeSet};

use super::group::components;
use super::{CheckContext, Kind};
use crate::extract::quote::{Quote, QuoteWord};
use crate::finding::{ArticleId, Finding, Label, Severity};
use crate::normalise::align::{Alignment, Step, Token, align};
use crate::normalise::spelling::spelling_key_in;
use crate::rules::RuleSet;
use crate::span::Span;
use crate::vocab::{Vocabulary, WordList};

pub struct QuoteDrift;

/// A quote of the checked set: article and index in its claims.
type QuoteRef = (ArticleId, usize);

/// Shorter quotes than this are slogans and phrases, not statements: two
/// speakers say "a very difficult time" independently.
const MIN_WORDS: usize = 5;

/// Longer "quotes" than this are a quote mark left open to the end of a
/// paragraph, not words anyone said; aligning them would cost time and
/// memory with the square of their length.
const MAX_WORDS: usize = 250;

/// The word lists quotes are compared with, fetched once from the
/// vocabulary in force.
struct DriftWords<'v> {
    vocab: &'v Vocabulary,
    function_words: &'v WordList,
    /// "not", "never": never a cosmetic difference.
    negations: &'v WordList,
    /// Articles and auxiliaries ("the", "has"): a version that only adds
    /// or drops these, or puts one for another, differs cosmetically.
    slight: &'v WordList,
}

impl<'v> DriftWords<'v> {
    fn new(vocab: &'v Vocabulary) -> Self {
        DriftWords {
            vocab,
            function_words: vocab.list("function-words"),
            negations: vocab.list("negations"),
            slight: vocab.list("headline-dropped-words"),
        }
    }

    /// The key British and American spellings of a word meet on.
    fn spelling_key(&self, w: &str) -> String {
        spelling_key_in(self.vocab, w)
    }

    /// A word that says what a quote is about: not a function word, not a
    /// contraction ("I've", "don't"), not a two-letter word.
    fn is_content_word(&self, w: &str) -> bool {
        w.len() > 2 && !self.function_words.has(w) && !w.contains('\'')
    }
}

impl Kind for QuoteDrift {
    const ID: &'static str = "quote-drift";
    const TUNING: &'static str = "- `[[spelling]]` makes British and American spellings one word, so they are not drift.\n\
         - `[words] speech-verbs` adds verbs that attribute a quote (\"quipped\"); `headline-dropped-words` lists words a headline may drop.";

    fn check(&self, ctx: &CheckContext<'_>) -> Vec<Finding> {
        let words = DriftWords::new(&ctx.rules.vocab);
        let quotes: Vec<(QuoteRef, &Quote)> = ctx
            .claims
            .iter()
            .enumerate()
            .flat_map(|(a, c)| c.quotes.iter().enumerate().map(move |(i, q)| ((ArticleId(a), i), q)))
            .filter(|(_, q)| (MIN_WORDS..=MAX_WORDS).contains(&q.text_words()))
            .collect();
        // One quote reprinted word for word by many articles is one
        // version: versions are compared, not copies, so that a quote in
        // hundreds of articles costs what it costs in two.
        let mut by_words: BTreeMap<Vec<Option<String>>, Vec<usize>> = BTreeMap::new();
        for (n, (_, q)) in quotes.iter().enumerate() {
            by_words.entry(word_keys(q, ctx.rules, &words)).or_default().push(n);
        }
        let mut versions: Vec<Vec<usize>> = by_words.into_values().collect();
        versions.sort();
        // Candidate pairs of versions share content words: near-linear,
        // not all pairs.
        let mut by_word: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut distinct: Vec<usize> = Vec::with_capacity(versions.len());
        for (v, members) in versions.iter().enumerate() {
            let words: BTreeSet<String> = content_words(quotes[members[0]].1, &words).collect();
            distinct.push(words.len());
            for w in words {
                by_word.entry(w).or_default().push(v);
            }
        }
        let mut shared: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        for list in by_word.values() {
            // A word in very many versions tells nothing about which match.
            if list.len() > 200 {
                continue;
            }
            for (k, &a) in list.iter().enumerate() {
                for &b in &list[k + 1..] {
                    *shared.entry((a, b)).or_default() += 1;
                }
            }
        }
        // One quote in two versions shares at least half the content words
        // of the shorter one: only those pairs are aligned.
        let candidates =
            shared.into_iter().filter(|&((a, b), n)| n * 2 >= distinct[a].min(distinct[b])).map(|(p, _)| p);
        let mut drifts: BTreeMap<(usize, usize), Drift> = BTreeMap::new();
        for (va, vb) in candidates {
            // The first copy of each version speaks for the version.
            let ((ra, qa), (rb, qb)) = (quotes[versions[va][0]], quotes[versions[vb][0]]);
            if !qa.speaker.compatible(&qb.speaker) {
                continue;
            }
            if let Some(d) = drift(qa, qb, ra.0 == rb.0, ctx.rules, &words) {
                drifts.insert((va, vb), d);
            }
        }
        let edges: BTreeSet<(usize, usize)> = drifts.keys().copied().collect();
        // The drifts of each group, found once.
        let groups = components(&edges);
        let group_of: BTreeMap<usize, usize> =
            groups.iter().enumerate().flat_map(|(g, c)| c.iter().map(move |&v| (v, g))).collect();
        let mut drifts_of: Vec<Vec<(&(usize, usize), &Drift)>> = vec![Vec::new(); groups.len()];
        for (edge, d) in &drifts {
            drifts_of[group_of[&edge.0]].push((edge, d));
        }
        groups.iter().zip(drifts_of).map(|(comp, ds)| finding_for(ctx, &quotes, &versions, comp, &ds)).collect()
    }
}

fn content_words<'q>(q: &'q Quote, words: &'q DriftWords) -> impl Iterator<Item = String> + 'q {
    q.words.iter().filter_map(|(w, _)| match w {
        QuoteWord::Text(t) if words.is_content_word(t) => Some(words.spelling_key(t)),
        _ => None,
    })
}

/// How two versions differ: the differing words of each, as spans.
#[derive(Debug, Clone)]
struct Drift {
    /// Indices of the differing words of the first and the second version
    /// (the same in every copy of a version).
    first: Vec<usize>,
    second: Vec<usize>,
    first_words: String,
    second_words: String,
    /// The differing words of each version with a word either side, in
    /// reading order, for the help line: stretches of word indices, shown
    /// as the article writes them (case, apostrophes, punctuation).
    first_context: Vec<(usize, usize)>,
    second_context: Vec<(usize, usize)>,
    /// Only function words differ ("the", "has"): a cosmetic difference.
    cosmetic: bool,
}

impl Drift {
    fn swapped(self) -> Drift {
        Drift {
            first: self.second,
            second: self.first,
            first_words: self.second_words,
            second_words: self.first_words,
            first_context: self.second_context,
            second_context: self.first_context,
            cosmetic: self.cosmetic,
        }
    }
}

/// Each word of a quote as compared: one key for the spellings of one
/// word, a `[[spelling]]` pair of the rules files or British against
/// American endings ("-ise"/"-ize", "-our"/"-or").
fn word_keys(q: &Quote, rules: &RuleSet, words: &DriftWords) -> Vec<Option<String>> {
    q.words
        .iter()
        .map(|(w, _)| match w {
            QuoteWord::Text(t) => Some(words.spelling_key(rules.canonical_spelling(t))),
            _ => None,
        })
        .collect()
}

fn tokens<'k>(q: &Quote, keys: &'k [Option<String>]) -> Vec<Token<'k>> {
    q.words
        .iter()
        .zip(keys)
        .map(|((w, _), k)| match (w, k) {
            (QuoteWord::Text(_), Some(k)) => Token::Word(k),
            (QuoteWord::Gap, _) => Token::Gap,
            _ => Token::Insertion,
        })
        .collect()
}

/// Whether `a` and `b` are one quote with different words, and which.
fn drift(a: &Quote, b: &Quote, same_article: bool, rules: &RuleSet, words: &DriftWords) -> Option<Drift> {
    let (short, long, flipped) = if a.text_words() <= b.text_words() { (a, b, false) } else { (b, a, true) };
    let (ks, kl) = (word_keys(short, rules, words), word_keys(long, rules, words));
    let (ts, tl) = (tokens(short, &ks), tokens(long, &kl));
    let alignment = anchor_start(align(&ts, &tl, |x, y| x == y), &ts, &tl);
    let alignment = trim_overhang(alignment, &ts, tl.len(), words);
    let alignment = drop_compounds(alignment, &ts, &tl, words);
    let cost =
        alignment.steps.iter().filter(|s| matches!(s, Step::Changed(..) | Step::Added(_) | Step::Dropped(_))).count();
    if cost == 0 {
        return None;
    }
    let same = alignment.same();
    let aligned_short =
        alignment.steps.iter().filter(|s| matches!(s, Step::Same(..) | Step::Changed(..) | Step::Added(_))).count();
    let same_content = alignment
        .steps
        .iter()
        .filter(|s| matches!(s, Step::Same(i, _) if matches!(&ts[*i], Token::Word(w) if words.is_content_word(w))))
        .count();
    // One quote: most of the shorter version's words in place, a content
    // word among them, and changes a reader would call a misquote rather
    // than another sentence.
    let one_quote = same >= 3
        && same_content >= 1
        && aligned_short >= MIN_WORDS
        && same * 10 >= aligned_short * 7
        && cost * 2 <= aligned_short + 2
        || reordered(&ts, &tl, words);
    if !one_quote {
        return None;
    }
    // A short quote is one quote only when both versions have a known
    // speaker: "there is a lot of X here" is a common sentence.
    if aligned_short < 8 && (a.speaker.words.is_empty() || b.speaker.words.is_empty()) {
        return None;
    }
    // Words a headline drops by convention: articles and auxiliaries.
    let headlinese = rules.vocab.list("headline-dropped-words");
    if short.headline && only_headlinese(&alignment, &tl, headlinese)
        || long.headline && only_headlinese_added(&alignment, &ts, headlinese)
    {
        return None;
    }
    // Inside one article, one speaker often says two sentences alike
    // ("He's used to being the leader." "He's used to being the one …").
    // A quote reproduced there is a headline or a block quote against the
    // body, or a long sentence nearly word for word.
    if same_article
        && !(a.headline || b.headline || a.block || b.block)
        && !(aligned_short >= 8 && same * 10 >= aligned_short * 8)
    {
        return None;
    }
    let (s_idx, l_idx) = differing_words(&alignment);
    let cosmetic = alignment.steps.iter().all(|s| {
        let function = |t: &Token| matches!(*t, Token::Word(w) if words.slight.has(w) && !words.negations.has(w));
        match *s {
            Step::Changed(i, j) => function(&ts[i]) && function(&tl[j]),
            Step::Added(i) => function(&ts[i]),
            Step::Dropped(j) => function(&tl[j]),
            _ => true,
        }
    });
    let d = Drift {
        first_words: words_of(short, &alignment, true),
        second_words: words_of(long, &alignment, false),
        first_context: in_context(short, &s_idx),
        second_context: in_context(long, &l_idx),
        first: s_idx,
        second: l_idx,
        cosmetic,
    };
    Some(if flipped { d.swapped() } else { d })
}

/// Whether the shorter version is a stretch of the longer with its words
/// put in another order ("is safe and was never at risk" against "was
/// never at risk and is safe"): every word the same, so an alignment sees
/// half of them changed, yet one quote with its clauses moved.
fn reordered<'k>(short: &[Token<'k>], long: &[Token<'k>], words: &DriftWords) -> bool {
    let n = short.len();
    let keys = |ts: &[Token<'k>]| -> Option<Vec<&'k str>> {
        let mut k: Vec<&str> =
            ts.iter().map(|t| if let Token::Word(w) = *t { Some(w) } else { None }).collect::<Option<_>>()?;
        k.sort_unstable();
        Some(k)
    };
    let content = short.iter().filter(|t| matches!(**t, Token::Word(w) if words.is_content_word(w))).count();
    let Some(bag) = keys(short).filter(|_| n >= MIN_WORDS && content >= 2) else {
        return false;
    };
    long.windows(n).any(|w| w != short && keys(w).is_some_and(|k| k == bag))
}

/// The words the shorter version starts with, found a word or three
/// before where the alignment puts its start, anchor it there: "I accept
/// …" against "I do not accept …" drops "do not" after "I", it does not
/// start a fresh excerpt at "not". Without this, a dropped negation at the
/// start of a quote reads as another excerpt of the same words.
fn anchor_start(a: Alignment, short: &[Token], long: &[Token]) -> Alignment {
    let prefix = a.steps.iter().take_while(|s| matches!(s, Step::Added(_) | Step::Changed(..))).count();
    if prefix == 0 || prefix > 3 {
        return a;
    }
    let Some(j0) = a.steps.get(prefix).and_then(long_index) else { return a };
    for gap in 1..=3 {
        let Some(from) = j0.checked_sub(prefix + gap) else { break };
        if (0..prefix).all(|i| short[i] == long[from + i] && matches!(short[i], Token::Word(_))) {
            let mut steps: Vec<Step> = (0..prefix).map(|i| Step::Same(i, from + i)).collect();
            steps.extend((from + prefix..j0).map(Step::Dropped));
            steps.extend_from_slice(&a.steps[prefix..]);
            return Alignment { steps, cost: a.cost };
        }
    }
    a
}

/// An abbreviation and its expansion ("IE" and "Internet Explorer"): one
/// side one word, the other the words it is the initials of.
fn is_abbreviation(s: &[&str], l: &[&str]) -> bool {
    let initials = |words: &[&str]| words.iter().filter_map(|w| w.chars().next()).collect::<String>();
    let one = |a: &[&str], b: &[&str]| a.len() == 1 && b.len() >= 2 && a[0].chars().count() >= 2 && a[0] == initials(b);
    one(s, l) || one(l, s)
}

/// A compound written as one word or two ("data centre", "datacentre";
/// "e-mail", "email") is the same words: differing stretches whose
/// letters are the same once joined are taken out of the alignment.
fn drop_compounds(mut a: Alignment, short: &[Token], long: &[Token], words: &DriftWords) -> Alignment {
    let word = |t: &Token| match *t {
        Token::Word(w) => w.to_string(),
        _ => String::new(),
    };
    let mut keep = vec![true; a.steps.len()];
    let mut k = 0;
    while k < a.steps.len() {
        if matches!(a.steps[k], Step::Same(..) | Step::Elided(_)) {
            k += 1;
            continue;
        }
        let start = k;
        while k < a.steps.len() && !matches!(a.steps[k], Step::Same(..) | Step::Elided(_)) {
            k += 1;
        }
        let (mut sw, mut lw) = (Vec::new(), Vec::new());
        for step in &a.steps[start..k] {
            match *step {
                Step::Changed(i, j) => {
                    sw.push(word(&short[i]));
                    lw.push(word(&long[j]));
                }
                Step::Added(i) => sw.push(word(&short[i])),
                Step::Dropped(j) => lw.push(word(&long[j])),
                _ => {}
            }
        }
        let (s, l) = (sw.concat(), lw.concat());
        let (sr, lr): (Vec<&str>, Vec<&str>) =
            (sw.iter().map(String::as_str).collect(), lw.iter().map(String::as_str).collect());
        if !s.is_empty() && (s == l || words.spelling_key(&s) == words.spelling_key(&l) || is_abbreviation(&sr, &lr)) {
            keep[start..k].iter_mut().for_each(|x| *x = false);
        }
    }
    let mut n = 0;
    a.steps.retain(|_| {
        n += 1;
        keep[n - 1]
    });
    a
}

/// Words of the shorter version before or after the stretch of the longer
/// one they align with, when that stretch touches its end, are an excerpt
/// of a longer quote overlapping another excerpt: not a change.
fn trim_overhang(mut a: Alignment, short: &[Token], long_len: usize, words: &DriftWords) -> Alignment {
    let first_long = a.steps.iter().find_map(long_index);
    let last_long = a.steps.iter().rev().find_map(long_index);
    // At the start: any overhang when the long version starts there, and
    // a function word added or put for another ("It is …" for "… for the
    // team is …"): how an excerpt begins, not a misquote. A word put for
    // the long version's own first word ("I will not rest" for "We will
    // not rest") begins no excerpt: both quotes start there.
    while let Some(&(Step::Added(i) | Step::Changed(i, _))) = a.steps.first() {
        let function = matches!(short[i], Token::Word(w) if words.function_words.has(w));
        let added = matches!(a.steps[0], Step::Added(_));
        let both_start = matches!(a.steps[0], Step::Changed(0, 0));
        if (added && first_long == Some(0)) || (function && !both_start) {
            a.steps.remove(0);
        } else {
            break;
        }
    }
    if last_long == Some(long_len.saturating_sub(1)) {
        while matches!(a.steps.last(), Some(Step::Added(_))) {
            a.steps.pop();
        }
    }
    a
}

fn long_index(s: &Step) -> Option<usize> {
    match *s {
        Step::Same(_, j) | Step::Changed(_, j) | Step::Dropped(j) | Step::Elided(j) => Some(j),
        Step::Added(_) => None,
    }
}

/// A headline version that only lacks articles and auxiliaries.
fn only_headlinese(a: &Alignment, long: &[Token], headlinese: &WordList) -> bool {
    a.steps.iter().all(|s| match *s {
        Step::Dropped(j) => matches!(long[j], Token::Word(w) if headlinese.has(w)),
        Step::Changed(..) | Step::Added(_) => false,
        _ => true,
    })
}

/// The same, when the headline is the longer version (the body dropped
/// nothing, the headline added nothing but headlinese).
fn only_headlinese_added(a: &Alignment, short: &[Token], headlinese: &WordList) -> bool {
    a.steps.iter().all(|s| match *s {
        Step::Added(i) => matches!(short[i], Token::Word(w) if headlinese.has(w)),
        Step::Changed(..) | Step::Dropped(_) => false,
        _ => true,
    })
}

/// The differing words of each version, joined into runs. Where a version
/// only lacks words, the words either side of the gap show where.
fn differing_words(a: &Alignment) -> (Vec<usize>, Vec<usize>) {
    let mut s_idx: Vec<usize> = Vec::new();
    let mut l_idx: Vec<usize> = Vec::new();
    for step in &a.steps {
        match *step {
            Step::Changed(i, j) => {
                s_idx.push(i);
                l_idx.push(j);
            }
            Step::Added(i) => s_idx.push(i),
            Step::Dropped(j) => l_idx.push(j),
            _ => {}
        }
    }
    // A version that only lacks words: the words either side of the gap.
    if s_idx.is_empty() {
        for (k, _) in a.steps.iter().enumerate().filter(|(_, s)| matches!(s, Step::Dropped(_))) {
            s_idx.extend(neighbours(&a.steps, k, short_index));
        }
    }
    if l_idx.is_empty() {
        for (k, _) in a.steps.iter().enumerate().filter(|(_, s)| matches!(s, Step::Added(_))) {
            l_idx.extend(neighbours(&a.steps, k, long_index));
        }
    }
    (s_idx, l_idx)
}

fn short_index(s: &Step) -> Option<usize> {
    match *s {
        Step::Same(i, _) | Step::Changed(i, _) | Step::Added(i) => Some(i),
        _ => None,
    }
}

/// The version's words on either side of step `k`.
fn neighbours(steps: &[Step], k: usize, index: fn(&Step) -> Option<usize>) -> Vec<usize> {
    let before = steps[..k].iter().rev().find_map(index);
    let after = steps[k + 1..].iter().find_map(index);
    before.into_iter().chain(after).collect()
}

/// Word indices to spans, adjacent words joined, each with its words.
fn runs(q: &Quote, idx: &[usize]) -> Vec<(Span, String)> {
    let mut idx = idx.to_vec();
    idx.sort_unstable();
    idx.dedup();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for i in idx {
        match out.last_mut() {
            Some((_, e)) if *e + 1 == i => *e = i,
            _ => out.push((i, i)),
        }
    }
    out.into_iter()
        .map(|(a, b)| {
            let words: Vec<&str> = q.words[a..=b]
                .iter()
                .filter_map(|(w, _)| match w {
                    QuoteWord::Text(t) => Some(t.as_str()),
                    _ => None,
                })
                .collect();
            (q.words[a].1.cover(q.words[b].1), words.join(" "))
        })
        .collect()
}

/// The words at `idx` with one word either side, as the version has them
/// in reading order; stretches apart are joined with an ellipsis.
fn in_context(q: &Quote, idx: &[usize]) -> Vec<(usize, usize)> {
    let mut idx = idx.to_vec();
    idx.sort_unstable();
    idx.dedup();
    let mut stretches: Vec<(usize, usize)> = Vec::new();
    for i in idx {
        let (a, b) = (i.saturating_sub(1), (i + 1).min(q.words.len() - 1));
        match stretches.last_mut() {
            Some((_, e)) if a <= *e + 1 => *e = (*e).max(b),
            _ => stretches.push((a, b)),
        }
    }
    stretches
}

/// Stretches of a quote's words as its article writes them, whitespace
/// collapsed, joined by "…".
fn context_text(text: &str, q: &Quote, stretches: &[(usize, usize)]) -> String {
    stretches
        .iter()
        .map(|&(a, b)| {
            let span = Span::new(q.words[a].1.start, q.words[b].1.end.max(q.words[a].1.start));
            let words = span.of(text).split_whitespace().collect::<Vec<_>>().join(" ");
            words.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '.')).to_string()
        })
        .collect::<Vec<_>>()
        .join(" … ")
}

/// The differing words of one version as text, for the help line.
fn words_of(q: &Quote, a: &Alignment, short_side: bool) -> String {
    let mut out: Vec<&str> = Vec::new();
    for s in &a.steps {
        let i = match (*s, short_side) {
            (Step::Changed(i, _) | Step::Added(i), true) => i,
            (Step::Changed(_, j) | Step::Dropped(j), false) => j,
            _ => continue,
        };
        if let (QuoteWord::Text(t), _) = &q.words[i] {
            out.push(t);
        }
    }
    out.join(" ")
}

/// One finding for a group of versions: a label on the differing words of
/// every copy of every version that drifts.
fn finding_for(
    ctx: &CheckContext<'_>,
    quotes: &[(QuoteRef, &Quote)],
    versions: &[Vec<usize>],
    comp: &[usize],
    drifts: &[(&(usize, usize), &Drift)],
) -> Finding {
    let mut labels = Vec::new();
    let mut helps = Vec::new();
    for &(&(a, b), d) in drifts {
        for (v, idx, words) in [(a, &d.first, &d.first_words), (b, &d.second, &d.second_words)] {
            for &n in &versions[v] {
                let (r, q) = quotes[n];
                for (span, run) in runs(q, idx) {
                    let caption = if words.is_empty() { "words left out here".to_string() } else { format!("'{run}'") };
                    labels.push(Label { article: r.0, span, caption });
                }
            }
        }
        let help = if d.first_context.is_empty() && d.second_context.is_empty() {
            "the words are in another order".to_string()
        } else {
            // The first copy of each version speaks for it.
            let shown = |v: usize, stretches: &[(usize, usize)]| {
                let (r, q) = quotes[versions[v][0]];
                context_text(&ctx.articles[r.0.0].text, q, stretches)
            };
            format!("'{}' in one version, '{}' in the other", shown(a, &d.first_context), shown(b, &d.second_context))
        };
        if !helps.contains(&help) {
            helps.push(help);
        }
    }
    labels.sort_by_key(|l| (l.article, l.span));
    labels.dedup_by(|x, y| x.article == y.article && x.span == y.span);
    let members = || comp.iter().flat_map(|&v| versions[v].iter().map(|&n| quotes[n]));
    let speaker = members().find_map(|(_, q)| q.speaker.describe());
    let message = match speaker {
        Some(s) => format!("{s}'s words are quoted differently"),
        None => "one quote is reproduced with different words".to_string(),
    };
    let articles: BTreeSet<ArticleId> = members().map(|(r, _)| r.0).collect();
    let mut help = helps.join("; ");
    if articles.len() == 1 {
        help.push_str(" (in one article)");
    }
    // A translated remark is rendered, not quoted: advice at most. Only
    // articles and auxiliaries apart ("the", "has": headline-dropped-words)
    // is a house style or a slip of no weight: a warning. Anything else
    // changes what was said.
    let severity = if members().any(|(_, q)| q.translated) {
        help.push_str(" (the article says the words were translated)");
        Severity::Advice
    } else if drifts.iter().all(|(_, d)| d.cosmetic) {
        Severity::Warning
    } else {
        Severity::Error
    };
    Finding { rule: String::new(), kind: QuoteDrift::FINDING, severity, message, help: Some(help), labels }
}
