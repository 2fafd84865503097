//! name-variant: one person's name spelt two ways.
//!
//! Fires: "Chief Inspector Ana Ruiz" and later "Ms Ruis" in one article;
//! "Tomas Brandt, 40" in one report and "Tomas Brant, 40" in another; the
//! chair of one board given as "Marianne" in one report and "Maryanne"
//! in another.
//!
//! Does not fire: two people who share a surname ("Ana Ruiz" and "Luis
//! Ruiz", relatives); similar names with nothing saying they are one
//! person (no shared age, role or story); a short form of a first name
//! ("Chris" for "Christopher"); the same spelling twice.
//!
//! Two spellings are one person only when the context says so: the same
//! article (a surname-only mention with no exact match), or across
//! articles the same age, a role in common, an organisation named beside
//! both, or other people in common.
//!
//! Spellings are close when a letter or two differ, when they sound
//! alike once English respellings are put to one form ("ph"/"f",
//! "qu"/"kw", a hard "c"/"k", "Geoff"/"Jeff": `sound-spellings`), when
//! particles are written apart or together ("van der Berg"/"Vanderberg"),
//! or when a double-barrelled surname loses a part ("Hart-Mayhew"/
//! "Mayhew": a warning, since papers shorten such names on purpose but a
//! reader should know which is right). Accents alone ("José"/"Jose",
//! `accent-folds`) never make a variant. A surname alone in one report
//! ("Mr Halloran") is matched to a full name in another ("Tomas
//! Halleran") when a role or an organisation is shared.

use std::collections::{BTreeMap, BTreeSet};

use super::group::components;
use super::{CheckContext, Kind};
use crate::extract::people::Evidence;
use crate::extract::{Claims, PersonName};
use crate::finding::{ArticleId, Finding, Label, Severity};
use crate::rules::RuleSet;
use crate::span::Span;
use crate::vocab::{Vocabulary, WordList};

pub struct NameVariant;

impl Kind for NameVariant {
    const ID: &'static str = "name-variant";
    const TUNING: &'static str = "- `[[alias]]` with `kind = \"person\"` declares one person's spellings (transliterations): advice, not an error.\n\
         - `[words] name-particles` (\"de\", \"van\") and `honorifics` say what belongs to a name.";

    fn check(&self, ctx: &CheckContext<'_>) -> Vec<Finding> {
        let function_words = ctx.rules.vocab.list("function-words");
        let sounds = Sounds::new(&ctx.rules.vocab);
        let sounds = &sounds;
        let people: Vec<ArticlePeople> = ctx
            .claims
            .iter()
            .zip(ctx.articles)
            .map(|(c, art)| ArticlePeople::of(c, &art.text, function_words))
            .collect();
        // Edges between spellings: (article, key) pairs.
        let mut edges: BTreeSet<(Spelling, Spelling)> = BTreeSet::new();
        for (a, p) in people.iter().enumerate() {
            let a = ArticleId(a);
            // A surname alone that matches no full name of the article but
            // is one letter or two from exactly one.
            for lone in p.lone.keys() {
                if p.first_names.contains(&lone.to_lowercase()) {
                    continue;
                }
                let close: Vec<&PersonName> = p
                    .full
                    .keys()
                    .filter(|f| {
                        sounds.similar_surname(&f.surname, lone)
                            && f.surname.to_lowercase() != lone.to_lowercase()
                            && !glued_to_a_word(&f.surname, lone, function_words)
                    })
                    .collect();
                if let [full] = close.as_slice() {
                    let lone_name = PersonName { first: None, surname: lone.clone() };
                    edges.insert(ordered((a, (*full).clone()), (a, lone_name)));
                }
            }
            // Two full names in one article: the same first name and close
            // surnames; or the same surname and close first names, which
            // is more often two relatives than a slip, so only with the
            // same age or role besides.
            let fulls: Vec<&PersonName> = p.full.keys().collect();
            for (i, x) in fulls.iter().enumerate() {
                for y in &fulls[i + 1..] {
                    if p.both_weak(x, p, y) {
                        continue;
                    }
                    // A caption names the article's own people: its
                    // spelling against the body's needs nothing more.
                    let caption = [x, y].iter().any(|n| p.weak.get(*n) == Some(&Evidence::Caption));
                    let close_surname = x.first == y.first && sounds.similar_surname(&x.surname, &y.surname);
                    // Relatives share a surname and may have close first
                    // names ("Charlene", "Charlie"); one name sounding the
                    // same ("Taliesin", "Talliesin") is one person.
                    let close_first = x.surname_key() == y.surname_key()
                        && matches!((&x.first, &y.first), (Some(fx), Some(fy)) if sounds.similar_first(fx, fy)
                            && (caption || sounds.same_sound(fx, fy) || same_person_context(p, x, p, y)));
                    if close_surname || close_first || sounds.spacing_pair(x, y) {
                        edges.insert(ordered((a, (*x).clone()), (a, (*y).clone())));
                    }
                }
            }
        }
        // Across articles: close full names with something in common.
        // Distinct spellings are compared within buckets that share one
        // part exactly (the first name for a surname slip, the surname for
        // a first-name slip), never all pairs of the corpus.
        let mut spellings: BTreeMap<&PersonName, Vec<ArticleId>> = BTreeMap::new();
        for (a, p) in people.iter().enumerate() {
            for f in p.full.keys() {
                spellings.entry(f).or_default().push(ArticleId(a));
            }
        }
        let mut buckets: BTreeMap<Bucket, Vec<&PersonName>> = BTreeMap::new();
        for name in spellings.keys() {
            buckets.entry(Bucket::First(sounds.fold(name.first.as_deref().unwrap_or("")))).or_default().push(name);
            buckets.entry(Bucket::Surname(sounds.fold(&name.surname))).or_default().push(name);
            buckets.entry(Bucket::Letters(sounds.joined(&name.to_string()))).or_default().push(name);
        }
        let mut pairs: BTreeSet<(&PersonName, &PersonName)> = BTreeSet::new();
        for names in buckets.values() {
            for (i, &x) in names.iter().enumerate() {
                for &y in &names[i + 1..] {
                    if x.key() != y.key() && (sounds.variant_pair(x, y) || declared_variants(ctx.rules, x, y)) {
                        pairs.insert((x.min(y), x.max(y)));
                    }
                }
            }
        }
        for (x, y) in pairs {
            for &a in &spellings[x] {
                for &b in &spellings[y] {
                    // Each article has only its own spelling: else they are two people.
                    if a == b || people[a.0].has(y) || people[b.0].has(x) || people[a.0].both_weak(x, &people[b.0], y) {
                        continue;
                    }
                    // The same letters spaced or hyphenated another way,
                    // or one first name with a surname that sounds the
                    // same, are one name by themselves (checks run inside
                    // one story); any other spelling slip needs context.
                    // A weak mention (a name after "by" or a job noun) is
                    // a person only when another report says so, so a
                    // sound-alike pair with one needs context.
                    let strong = !people[a.0].weak.contains_key(x) && !people[b.0].weak.contains_key(y);
                    if sounds.spacing_pair(x, y)
                        || (strong && sounds.sound_pair(x, y))
                        || same_person_context(&people[a.0], x, &people[b.0], y)
                    {
                        edges.insert(ordered((a, x.clone()), (b, y.clone())));
                    }
                }
            }
        }
        lone_surname_edges(&people, &spellings, sounds, &mut edges);
        // One finding per person: spellings joined across all articles.
        let by_name: BTreeSet<(PersonName, PersonName)> = edges
            .iter()
            .map(|((_, x), (_, y))| if x <= y { (x.clone(), y.clone()) } else { (y.clone(), x.clone()) })
            .collect();
        components(&by_name)
            .into_iter()
            .map(|names| {
                let mut members: BTreeSet<Spelling> = BTreeSet::new();
                for (a, b) in edges.iter().filter(|(a, _)| names.contains(&a.1)) {
                    members.insert(a.clone());
                    members.insert(b.clone());
                }
                let members: Vec<Spelling> = members.into_iter().collect();
                // The other reports that write one of these spellings
                // exactly: the reader sees which reports spell it which
                // way, not only the pair that linked them.
                let echoes: Vec<Spelling> = names
                    .iter()
                    .flat_map(|n| spellings.get(n).into_iter().flatten().map(move |a| (*a, n.clone())))
                    .filter(|s| !members.contains(s))
                    .take(MAX_ECHOES)
                    .collect();
                finding_for(ctx, &people, &members, &echoes, sounds)
            })
            .collect()
    }
}

/// A surname alone in one article (no full name there to stand for)
/// against one close full name in another, with a role or an
/// organisation in common; chains across articles join in components.
fn lone_surname_edges(
    people: &[ArticlePeople],
    spellings: &BTreeMap<&PersonName, Vec<ArticleId>>,
    sounds: &Sounds,
    edges: &mut BTreeSet<(Spelling, Spelling)>,
) {
    let by_surname: BTreeMap<String, Vec<&PersonName>> = spellings.keys().fold(BTreeMap::new(), |mut m, n| {
        m.entry(sounds.initial(&n.surname)).or_default().push(*n);
        m
    });
    for (a, p) in people.iter().enumerate() {
        for (lone, lone_context) in &p.lone {
            if p.first_names.contains(&lone.to_lowercase())
                || lone_context.roles.is_empty() && lone_context.orgs.is_empty()
            {
                continue;
            }
            let Some(candidates) = by_surname.get(&sounds.initial(lone)) else { continue };
            let close: Vec<&PersonName> = candidates
                .iter()
                .copied()
                .filter(|f| sounds.similar_surname(&f.surname, lone) && sounds.fold(&f.surname) != sounds.fold(lone))
                .collect();
            for full in close {
                for &b in &spellings[full] {
                    let pb = &people[b.0];
                    // The other article has one close full name, and
                    // not this spelling itself.
                    let rivals = pb.full.keys().filter(|f| sounds.similar_surname(&f.surname, lone)).count();
                    if b.0 == a || rivals != 1 || pb.has_surname(lone) || p.has_surname(&full.surname) {
                        continue;
                    }
                    if lone_context.shares(&pb.full[full]) {
                        let lone_name = PersonName { first: None, surname: lone.clone() };
                        edges.insert(ordered((ArticleId(a), lone_name), (b, full.clone())));
                    }
                }
            }
        }
    }
}

type Spelling = (ArticleId, PersonName);

fn ordered(a: Spelling, b: Spelling) -> (Spelling, Spelling) {
    if a <= b { (a, b) } else { (b, a) }
}

/// What one article says about its people, for comparing spellings.
struct ArticlePeople<'a> {
    claims: &'a Claims,
    /// Full names, with the ages, role words and organisations given with them.
    full: BTreeMap<PersonName, Context>,
    /// Surnames on their own that match no full name of the article, with
    /// what is said beside them.
    lone: BTreeMap<String, Context>,
    first_names: BTreeSet<String>,
    /// The full names' keys, for lookups.
    keys: BTreeSet<String>,
    /// Every surname the article gives, in lower case.
    surnames: BTreeSet<String>,
    /// Full names given only with weak evidence (a caption line, "led
    /// by"), with that evidence: a weak spelling pairs only with one a
    /// person is given.
    weak: BTreeMap<PersonName, Evidence>,
}

#[derive(Default)]
struct Context {
    ages: BTreeSet<u32>,
    /// Words of the titles given, and of the bodies they are held at.
    roles: BTreeSet<String>,
    /// Capitalised runs of two words or more named in the same sentence
    /// ("National Weather Centre"), in lower case.
    orgs: BTreeSet<String>,
}

impl Context {
    /// A role word (or its root: "chair", "chairman") or an organisation
    /// in common.
    fn shares(&self, other: &Context) -> bool {
        self.roles.iter().any(|w| other.roles.iter().any(|v| same_root(w, v)))
            || self.orgs.intersection(&other.orgs).next().is_some()
    }
}

/// "chair" and "chairman", "forecaster" and "forecasters".
fn same_root(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    a == b || (common >= 5 && common * 10 >= a.chars().count().min(b.chars().count()) * 8)
}

/// Capitalised runs of two words or more in `sentence`, outside `name`.
/// A run keeps its words as written and is lower-cased only when it is
/// long enough to be kept: this runs once for every mention of a person.
fn organisations(text: &str, sentence: Span, name: Span, function_words: &WordList) -> BTreeSet<String> {
    // Lower case for the list, on the stack for an ASCII word.
    let is_function_word = |w: &str| {
        if w.is_ascii() {
            crate::vocab::with_folded(w, |f| function_words.has(f))
        } else {
            function_words.has(&w.to_lowercase())
        }
    };
    let mut out = BTreeSet::new();
    let mut run: Vec<&str> = Vec::new();
    let mut flush = |run: &mut Vec<&str>| {
        let lead = run.iter().take_while(|w| is_function_word(w)).count();
        if run.len() >= lead + 2 {
            out.insert(run[lead..].join(" ").to_lowercase());
        }
        run.clear();
    };
    let Some(s) = text.get(sentence.start..sentence.end) else { return out };
    let mut offset = sentence.start;
    for word in s.split_inclusive(|c: char| c.is_whitespace()) {
        let start = offset;
        offset += word.len();
        let w = word.trim().trim_matches(|c: char| !c.is_alphanumeric());
        let inside_name = name.start <= start && start < name.end;
        if !inside_name && w.starts_with(char::is_uppercase) {
            run.push(if w.ends_with('s') { w.trim_end_matches("'s").trim_end_matches("’s") } else { w });
            // A comma or a full stop ends the run after this word.
            if word.trim_end().ends_with([',', '.', ';', ':']) {
                flush(&mut run);
            }
        } else if !inside_name && !run.is_empty() && w == "of" && function_words.has(w) {
            run.push(w);
        } else {
            flush(&mut run);
        }
    }
    flush(&mut run);
    // Trailing "of" is not part of a name.
    out.into_iter().map(|o| o.trim_end_matches(" of").to_string()).filter(|o| o.contains(' ')).collect()
}

impl<'a> ArticlePeople<'a> {
    /// The people of one article; `function_words` are left out of the
    /// words of their roles.
    fn of(claims: &'a Claims, text: &str, function_words: &WordList) -> Self {
        let mut full: BTreeMap<PersonName, Context> = BTreeMap::new();
        let mut lone: BTreeMap<String, Context> = BTreeMap::new();
        let people = claims.people();
        for m in &claims.mentions {
            let name = people.full_name(&m.name);
            let c = if name.is_full() {
                full.entry(name).or_default()
            } else {
                // A surname the article gives only because it repeats
                // another word says nothing about who it is.
                if m.evidence == Evidence::KnownSurname && !lone.contains_key(&m.name.surname) {
                    continue;
                }
                lone.entry(m.name.surname.clone()).or_default()
            };
            c.ages.extend(m.age);
            c.orgs.extend(organisations(text, m.sentence, m.span, function_words));
        }
        for r in &claims.roles {
            let name = people.full_name(&r.person);
            let c = if name.is_full() { full.get_mut(&name) } else { lone.get_mut(&name.surname) };
            if let Some(c) = c {
                let words = r.title.split_whitespace().chain(r.body.iter().flat_map(|b| b.split_whitespace()));
                c.roles.extend(words.filter(|w| w.len() > 2 && !function_words.has(w)).map(str::to_string));
            }
        }
        let mut weak = BTreeMap::new();
        for m in claims.weak_mentions.iter().filter(|m| m.name.is_full()) {
            if !full.contains_key(&m.name) {
                weak.entry(m.name.clone()).or_insert(m.evidence);
                let c = full.entry(m.name.clone()).or_default();
                c.orgs.extend(organisations(text, m.sentence, m.span, function_words));
            }
        }
        let first_names = full
            .keys()
            .filter_map(|n| n.first.as_ref())
            .flat_map(|f| f.split_whitespace())
            .map(str::to_lowercase)
            .collect();
        let keys = full.keys().map(PersonName::key).collect();
        let surnames = claims.mentions.iter().map(|m| m.name.surname_key()).collect();
        ArticlePeople { claims, full, lone, first_names, keys, surnames, weak }
    }

    /// Whether a pair of spellings of this article and `other`'s rests on
    /// weak evidence on both sides.
    fn both_weak(&self, x: &PersonName, other: &ArticlePeople, y: &PersonName) -> bool {
        self.weak.contains_key(x) && other.weak.contains_key(y)
    }

    fn has(&self, name: &PersonName) -> bool {
        self.keys.contains(&name.key())
    }

    fn has_surname(&self, surname: &str) -> bool {
        self.surnames.contains(&crate::vocab::fold_word(surname))
    }
}

/// "Johnsonwas" beside "Johnson": a surname run into the word after it
/// (a missing space), not a spelling.
fn glued_to_a_word(surname: &str, lone: &str, function_words: &WordList) -> bool {
    let (s, l) = (surname.to_lowercase(), lone.to_lowercase());
    l.strip_prefix(&s).is_some_and(|rest| function_words.has(rest))
}

/// How close two spellings of a name are: the letter folds and sound
/// spellings of the vocabulary in force.
struct Sounds<'v> {
    folds: &'v WordList,
    spellings: &'v WordList,
    /// Each surname's sound key, made once per check: pairs of names ask
    /// for the same names' keys again and again.
    keys: std::cell::RefCell<crate::vocab::fast_hash::FastMap<String, String>>,
}

/// What spellings are compared by across articles: the same first name
/// (a surname slip), the same surname (a first-name slip), or the same
/// letters (a hyphen or a space moved: "Ines Hart-Lowry", "Ines Hart
/// Lowry", which split into first name and surname differently).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Bucket {
    First(String),
    Surname(String),
    Letters(String),
}

/// How a surname pair differs, for the help line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Difference {
    /// A letter or two, or a respelling that sounds the same.
    Spelling,
    /// Particles apart or together ("de la Serna"/"Delaserna").
    Particles,
    /// A double-barrelled surname with one of its parts left out.
    LostPart,
}

impl<'v> Sounds<'v> {
    fn new(vocab: &'v Vocabulary) -> Self {
        Sounds {
            folds: vocab.list("accent-folds"),
            spellings: vocab.list("sound-spellings"),
            keys: std::cell::RefCell::default(),
        }
    }

    /// Lower case, curly apostrophes straight, accents off: "José" is "jose".
    fn fold(&self, s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for c in crate::vocab::fold_word(s).chars() {
            let mut buf = [0u8; 4];
            match self.folds.form(c.encode_utf8(&mut buf)) {
                Some(f) => out.push_str(f),
                None => out.push(c),
            }
        }
        out
    }

    /// The name's letters only ("de la Serna" and "Delaserna" are "delaserna").
    fn joined(&self, s: &str) -> String {
        self.fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
    }

    /// The first letter of a surname's sound key, for bucketing.
    fn initial(&self, s: &str) -> String {
        self.key(s).chars().next().map(String::from).unwrap_or_default()
    }

    /// How a name sounds: letter groups that sound alike put to one form
    /// (longest group first), doubled letters single, a final silent "e"
    /// dropped: "Geoff" and "Jeff" are "jef", "Stephan" and "Stefan" one.
    fn key(&self, s: &str) -> String {
        if let Some(k) = self.keys.borrow().get(s) {
            return k.clone();
        }
        let k = self.key_of(s);
        self.keys.borrow_mut().insert(s.to_string(), k.clone());
        k
    }

    /// [`Sounds::key`], worked out.
    fn key_of(&self, s: &str) -> String {
        let letters: Vec<char> = self.joined(s).chars().collect();
        let mut out = String::new();
        // One buffer for every group of letters looked up.
        let mut group = String::new();
        let mut k = 0;
        'next: while k < letters.len() {
            for len in (1..=3).rev() {
                if k + len <= letters.len() {
                    group.clear();
                    group.extend(&letters[k..k + len]);
                    if let Some(f) = self.spellings.form(&group) {
                        out.push_str(f);
                        k += len;
                        continue 'next;
                    }
                }
            }
            out.push(letters[k]);
            k += 1;
        }
        let mut key: Vec<char> = out.chars().collect();
        key.dedup();
        // A final "h" after a vowel is silent ("Sarah", "Sara").
        if key.len() > 3 && key.last() == Some(&'h') && key.get(key.len() - 2).is_some_and(|c| "aeiou".contains(*c)) {
            key.pop();
        }
        if key.len() > 3 && key.last() == Some(&'e') {
            key.pop();
        }
        key.into_iter().collect()
    }

    /// How two surnames differ, if they could be one surname misspelt.
    fn surname_difference(&self, a: &str, b: &str) -> Option<Difference> {
        let (fa, fb) = (self.fold(a), self.fold(b));
        if fa == fb {
            return None;
        }
        let (ja, jb) = (self.joined(a), self.joined(b));
        if ja == jb {
            return Some(Difference::Particles);
        }
        // "Orme-Halvorsen" and "Halvorsen": one part of a hyphenated name.
        let parts = |x: &str| x.split('-').filter(|p| p.chars().count() >= 3).map(str::to_string).collect::<Vec<_>>();
        let (pa, pb) = (parts(&fa), parts(&fb));
        if (pa.len() == 2 && pb.len() == 1 && pa.contains(&pb[0]))
            || (pb.len() == 2 && pa.len() == 1 && pb.contains(&pa[0]))
        {
            return Some(Difference::LostPart);
        }
        if ja.chars().count() < 4 || jb.chars().count() < 4 {
            return None;
        }
        let sound = self.key(a) == self.key(b);
        let spelt = ja.chars().next() == jb.chars().next() && close_spelling(&ja, &jb);
        (sound || spelt).then_some(Difference::Spelling)
    }

    fn similar_surname(&self, a: &str, b: &str) -> bool {
        self.surname_difference(a, b).is_some()
    }

    /// First names that are one name spelt two ways, not a short form
    /// ("Chris" in "Christopher") and not two names ("Jon", "Jan"): a
    /// close spelling of a name of four letters or more, or the same
    /// sound ("Geoff", "Jeff"), which short names need.
    fn similar_first(&self, a: &str, b: &str) -> bool {
        let (a, b) = (self.fold(a), self.fold(b));
        if a == b || a.starts_with(&b) || b.starts_with(&a) || initials_agree(&a, &b) {
            return false;
        }
        if self.key(&a) == self.key(&b) {
            return true;
        }
        a.chars().count() >= 4
            && b.chars().count() >= 4
            && a.chars().next() == b.chars().next()
            && close_spelling(&a, &b)
    }

    /// Two spellings with one sound key ("Taliesin", "Talliesin").
    fn same_sound(&self, a: &str, b: &str) -> bool {
        self.key(a) == self.key(b)
    }

    /// The same letters with a hyphen or space moved ("Hart-Lowry",
    /// "Hart Lowry"); accents alone are an alias, not a variant.
    /// A full stop after an initial ("Robert J Pickell") is no variant.
    fn spacing_pair(&self, x: &PersonName, y: &PersonName) -> bool {
        let spaced = |n: &PersonName| self.fold(&n.to_string()).replace('.', "");
        let (nx, ny) = (spaced(x), spaced(y));
        x.first.is_some() && y.first.is_some() && nx != ny && self.joined(&nx) == self.joined(&ny)
    }

    /// The same first name and a surname of five letters or more spelt
    /// another way with the same sound ("Harrowgate", "Harowgate";
    /// "Philby", "Filby"): two people of one story rarely share a first
    /// name and a sound, while a different letter that changes the sound
    /// ("Randell", "Sandell") may be another person.
    fn sound_pair(&self, x: &PersonName, y: &PersonName) -> bool {
        let (Some(fx), Some(fy)) = (&x.first, &y.first) else { return false };
        let (first_x, sx, sy) = (self.fold(fx), self.fold(&x.surname), self.fold(&y.surname));
        first_x.chars().count() >= 3
            && first_x == self.fold(fy)
            && sx != sy
            && sx.chars().count() >= 5
            && sy.chars().count() >= 5
            && self.key(&sx) == self.key(&sy)
    }

    /// One name part the same, the other a close spelling; or the whole
    /// name's letters the same, spaced or hyphenated differently.
    fn variant_pair(&self, x: &PersonName, y: &PersonName) -> bool {
        if self.spacing_pair(x, y) {
            return true;
        }
        let (Some(fx), Some(fy)) = (&x.first, &y.first) else { return false };
        let same_first = self.fold(fx) == self.fold(fy);
        let same_surname = self.fold(&x.surname) == self.fold(&y.surname);
        (same_first && self.similar_surname(&x.surname, &y.surname)) || (same_surname && self.similar_first(fx, fy))
    }
}

/// Given names that differ only where one gives an initial for the
/// other's name ("Frederick C." and "Frederick Cheney"): one name written
/// shorter, not spelt two ways.
fn initials_agree(a: &str, b: &str) -> bool {
    fn words(s: &str) -> Vec<&str> {
        s.split_whitespace().map(|w| w.trim_end_matches('.')).collect()
    }
    let (wa, wb) = (words(a), words(b));
    let initial = |i: &str, full: &str| i.chars().count() == 1 && full.starts_with(i);
    wa.len() == wb.len() && wa.iter().zip(&wb).all(|(x, y)| x == y || initial(x, y) || initial(y, x))
}

/// A slip of a letter or two, more in a longer name: at most one edit in
/// three letters of the longer spelling.
fn close_spelling(a: &str, b: &str) -> bool {
    let longest = a.chars().count().max(b.chars().count());
    let edits = strsim::levenshtein(a, b);
    edits >= 1 && edits <= (longest / 3).max(1) && strsim::jaro_winkler(a, b) >= 0.88
}

/// Whether two articles' words say two spellings are one person: the same
/// age (a year either way), a role word or an organisation in common, or
/// two other people named in both.
fn same_person_context(pa: &ArticlePeople, x: &PersonName, pb: &ArticlePeople, y: &PersonName) -> bool {
    let (cx, cy) = (&pa.full[x], &pb.full[y]);
    let ages = cx.ages.iter().any(|a| cy.ages.iter().any(|b| a.abs_diff(*b) <= 1));
    // People only weak evidence names are no people in common.
    let shared_people = pa
        .full
        .keys()
        .filter(|n| n.key() != x.key() && n.key() != y.key() && pb.has(n) && !pa.weak.contains_key(*n))
        .count();
    // In one article every other person is "in common": only across
    // articles does one of them say it is the same story's person.
    let same_article = std::ptr::eq(pa, pb);
    ages || cx.shares(cy) || (!same_article && shared_people >= 1)
}

/// Whether a rules file's `[[alias]]` sets make two spellings one name:
/// the whole names, or the part that differs ("Mohammed"/"Muhammad").
fn declared_variants(rules: &RuleSet, x: &PersonName, y: &PersonName) -> bool {
    let same = |a: &str, b: &str| {
        a.eq_ignore_ascii_case(b) || rules.canonical_name(a).is_some_and(|c| rules.canonical_name(b) == Some(c))
    };
    if x.key() == y.key() || same(&x.to_string(), &y.to_string()) {
        return true;
    }
    let firsts = match (&x.first, &y.first) {
        (Some(a), Some(b)) => same(a, b),
        _ => true,
    };
    firsts && same(&x.surname, &y.surname)
}

/// At most this many reports besides the linked ones are labelled with
/// the spelling they share, so a large story's finding stays readable.
const MAX_ECHOES: usize = 8;

/// The finding for one person's spellings `comp` (the linked pairs);
/// `echoes` are other reports writing one of those spellings, labelled
/// but not counted for the severity.
fn finding_for(
    ctx: &CheckContext<'_>,
    people: &[ArticlePeople],
    comp: &[Spelling],
    echoes: &[Spelling],
    sounds: &Sounds,
) -> Finding {
    let mut labels = Vec::new();
    for (a, name) in comp.iter().chain(echoes) {
        let claims = people[a.0].claims;
        // The first mention of this spelling in its article.
        let first = |ms: &'_ [crate::extract::Mention]| ms.iter().find(|m| m.name.key() == name.key()).cloned();
        if let Some(m) = first(&claims.mentions).or_else(|| first(&claims.weak_mentions)) {
            labels.push(Label {
                article: *a,
                span: m.span,
                caption: format!("'{}'", m.span.of(&ctx.articles[a.0].text)),
            });
        }
    }
    // In report order; within one report, the spellings' order.
    labels.sort_by_key(|l| l.article);
    let spellings: BTreeSet<String> = comp.iter().map(|(_, n)| n.to_string()).collect();
    let articles: BTreeSet<ArticleId> = comp.iter().map(|(a, _)| *a).collect();
    let spellings: Vec<String> = spellings.into_iter().collect();
    // How the surnames differ, for the help line.
    let differences: BTreeSet<Difference> = comp
        .iter()
        .flat_map(|(_, x)| comp.iter().filter_map(|(_, y)| sounds.surname_difference(&x.surname, &y.surname)))
        .collect();
    let spaced = comp.iter().any(|(_, x)| comp.iter().any(|(_, y)| sounds.spacing_pair(x, y)));
    let how = if differences.contains(&Difference::Particles) {
        " (the particles of the surname are written apart in one and together in the other)"
    } else if spaced {
        " (the name is written with a hyphen in one and a space in the other, or spaced differently)"
    } else if differences.contains(&Difference::LostPart) {
        " (a double-barrelled surname is given without one of its parts: papers shorten such names, but only one form is the person's)"
    } else {
        ""
    };
    // Spellings a rules file declares as one name (a transliteration)
    // are at most advice.
    let declared = comp.iter().all(|(_, n)| declared_variants(ctx.rules, &comp[0].1, n));
    let (severity, help) = if declared {
        (Severity::Advice, "a rules file lists these spellings as one name".to_string())
    } else if articles.len() == 1 {
        (Severity::Error, format!("one article spells the name two ways: check which is right{how}"))
    } else {
        (
            Severity::Warning,
            format!(
                "the reports agree on who this is (age, role, organisation or the people around them) but not on the spelling{how}"
            ),
        )
    };
    Finding {
        rule: String::new(),
        kind: NameVariant::FINDING,
        severity,
        message: format!("one person's name is spelt {} ways: {}", spellings.len(), spellings.join(" / ")),
        help: Some(help),
        labels,
    }
}
