//! The rules language: declarative TOML files that choose, tune and
//! combine the rule kinds implemented in Rust (src/check/), and hold the
//! data the normalisers and kinds read (aliases, measures, hedges, role
//! classes, spellings, date order). docs/rules.md is the reference.
//!
//! - [`schema`]: the typed form of a rules file and of `factlint.toml`.
//! - [`decode`]: TOML to those types, every error of a file at once.
//! - [`load`]: shipped files, `factlint.toml`, `--rules`; merging by id.
//! - [`diagnostics`]: errors drawn by miette, pointing into the TOML.
//!
//! This layer is data only: it is given the kinds the engine registered
//! ([`KnownKinds`]) and knows nothing of checks. Routing findings to rules,
//! `test-rules` and `explain` are the engine's (src/engine/).

pub mod decode;
pub mod diagnostics;
pub mod load;
pub mod schema;

use crate::normalise::interval::{Hedge, HedgeTable};
use crate::normalise::words::stem;
use crate::vocab::Vocabulary;
pub use schema::*;

/// One rule as configured after merging, with where it came from.
#[derive(Debug, Clone)]
pub struct ActiveRule {
    pub def: RuleDef,
    /// Whether it runs (`select` / `ignore` in factlint.toml decide).
    pub enabled: bool,
}

impl ActiveRule {
    /// "shipped:rules/figures.toml", a path, or "built-in" for a kind that
    /// no rules file mentions.
    pub fn source(&self) -> &str {
        &self.def.origin.file
    }
}

/// The loaded configuration every stage reads: `CheckContext::rules`.
///
/// Built once per run by [`load::load`] (the engine's `load_rules`), or
/// `engine::shipped_rules()` for the built-in rules alone (built once, then
/// shared).
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    /// Every rule, in definition order (shipped first, then user files).
    pub rules: Vec<ActiveRule>,
    /// Names that denote one thing.
    pub aliases: Vec<Alias>,
    /// Counted and measured things, their synonyms, units and tolerance.
    pub measures: Vec<Measure>,
    /// Hedge words and widths, as the figure reader uses them.
    pub hedges: HedgeTable,
    /// Which titles can be held together or replace each other.
    pub role_classes: Vec<RoleClass>,
    /// Spellings of one word (British / American).
    pub spellings: Vec<Spelling>,
    /// How to read 03/04/2025.
    pub date_order: DateOrder,
    /// Whether a rules file of the user's (not a shipped one) set `[dates]
    /// order`: only then does it settle a publication date the article
    /// itself leaves undecided.
    pub date_order_set: bool,
    /// Findings to suppress.
    pub ignores: Vec<Ignore>,
    /// Self-tests of every loaded file.
    pub tests: Vec<SelfTest>,
    /// The word lists in force: the shipped ones (rules/words/) with what
    /// rules files add under `[words]`.
    pub vocab: Vocabulary,
    /// Stemmed word sequences and what they are read as (aliases, measure
    /// synonyms, spellings), longest first.
    rewrites: Vec<(Vec<String>, String)>,
}

/// A title as a role class reads it.
#[derive(Debug, Clone)]
pub struct ClassifiedTitle<'a> {
    pub class: &'a RoleClass,
    /// The title the class knows ("chief inspector" for "detective chief
    /// inspector of the harbour unit").
    pub canonical: String,
}

/// Words to the stemmed form figure keys use ("Ballots Cast" → "ballot cast").
pub fn key_words(phrase: &str) -> Vec<String> {
    phrase.split_whitespace().map(stem).filter(|w| !w.is_empty()).collect()
}

impl RuleSet {
    /// Derives the lookup tables once the data is merged.
    pub(crate) fn finish(&mut self) {
        let mut rewrites: Vec<(Vec<String>, String)> = Vec::new();
        // A canonical form maps to itself, so that as the longer match it
        // wins over a variant that is its first word ("green party" stays,
        // "green" becomes "green party").
        // Keys are lower case, so an acronym that is also a function word
        // ("IS", "US") cannot be told from the word: such variants are
        // left to the name kinds, which see the case.
        let function_words = self.vocab.list("function-words");
        let mut add = |from: &str, to: &str| {
            let f = key_words(from);
            let t = key_words(to).join(" ");
            let ambiguous = f.len() == 1 && function_words.has(&f[0]);
            if !f.is_empty() && !ambiguous {
                rewrites.push((f, t));
            }
        };
        for a in &self.aliases {
            add(&a.canonical, &a.canonical);
            for v in &a.variants {
                add(v, &a.canonical);
            }
        }
        for m in &self.measures {
            add(&m.name, &m.name);
            for s in &m.synonyms {
                add(s, &m.name);
            }
        }
        for s in &self.spellings {
            for w in &s.words[1..] {
                add(w, &s.words[0]);
            }
        }
        rewrites.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        rewrites.dedup_by(|a, b| a.0 == b.0);
        self.rewrites = rewrites;
    }

    /// A rule by id.
    pub fn rule(&self, id: &str) -> Option<&ActiveRule> {
        self.rules.iter().find(|r| r.def.id == id)
    }

    /// Whether any enabled rule runs this kind.
    pub fn kind_enabled(&self, kind: &str) -> bool {
        self.rules.iter().any(|r| r.enabled && r.def.kind == kind)
    }

    /// A stemmed key ("ballot cast for the green") with aliases, measure
    /// synonyms and spellings read as their canonical forms
    /// ("vote for the green party").
    pub fn canonical_key(&self, key: &str) -> String {
        if self.rewrites.is_empty() {
            return key.to_string();
        }
        let words: Vec<String> = key.split(' ').map(str::to_string).collect();
        self.canonical_words(&words).join(" ")
    }

    /// Words as written, with every run that an alias, synonym or spelling
    /// names replaced by its canonical (stemmed) words; other words are
    /// kept as they are, so that only the rules files change what meets.
    pub fn canonical_words(&self, words: &[String]) -> Vec<String> {
        if self.rewrites.is_empty() {
            return words.to_vec();
        }
        let stemmed: Vec<String> = words.iter().map(|w| stem(w)).collect();
        let mut out: Vec<String> = Vec::with_capacity(words.len());
        let mut i = 0;
        'outer: while i < words.len() {
            for (from, to) in &self.rewrites {
                let n = from.len();
                // Keys reach here already stemmed ("employe"), and a stem
                // stemmed again may change ("employ"): either form matches.
                if i + n <= words.len() && (stemmed[i..i + n] == from[..] || words[i..i + n] == from[..]) {
                    out.extend(to.split(' ').map(str::to_string));
                    i += n;
                    continue 'outer;
                }
            }
            out.push(words[i].clone());
            i += 1;
        }
        out
    }

    /// The canonical name of a name as written ("Daesh" → "Islamic State"),
    /// case-insensitively except for acronyms ("IS" is not "is"); None
    /// when no alias set holds it.
    pub fn canonical_name(&self, name: &str) -> Option<&str> {
        let name = name.trim();
        let same = |v: &str| {
            let acronym = v.chars().all(|c| c.is_uppercase() || c == '.') && v.chars().any(char::is_alphabetic);
            if acronym { v == name } else { v.to_lowercase() == name.to_lowercase() }
        };
        self.aliases
            .iter()
            .find_map(|a| (same(&a.canonical) || a.variants.iter().any(|v| same(v))).then_some(a.canonical.as_str()))
    }

    /// The canonical spelling of a word ("color" → "colour").
    pub fn canonical_spelling<'a>(&'a self, word: &'a str) -> &'a str {
        let lower = word.to_lowercase();
        self.spellings.iter().find(|s| s.words.contains(&lower)).map_or(word, |s| s.words[0].as_str())
    }

    /// The measure a canonical key speaks of: its last word is the
    /// measure's name ("postal vote" is a vote).
    pub fn measure_for(&self, key: &str) -> Option<&Measure> {
        let last = key.rsplit(' ').next()?;
        self.measures.iter().find(|m| key_words(&m.name).last().is_some_and(|w| w == last))
    }

    /// The measure with a unit of this name ("km"), and the unit's factor.
    pub fn unit(&self, name: &str) -> Option<(&Measure, f64)> {
        let lower = name.to_lowercase();
        let stemmed = stem(&lower);
        self.measures.iter().find_map(|m| {
            m.units.iter().find(|u| u.name.to_lowercase() == lower || stem(&u.name) == stemmed).map(|u| (m, u.factor))
        })
    }

    /// How far apart two values of this key may be and still agree: the
    /// measure's tolerance, else the tolerance of the first enabled rule
    /// of this kind that has one.
    pub fn tolerance(&self, kind: &str, key: Option<&str>) -> Tolerance {
        if let Some(m) = key.and_then(|k| self.measure_for(k))
            && !m.tolerance.is_zero()
        {
            return m.tolerance;
        }
        self.rules
            .iter()
            .filter(|r| r.enabled && r.def.kind == kind && !r.def.tolerance.is_zero())
            .map(|r| r.def.tolerance)
            .next()
            .unwrap_or_default()
    }

    /// The role class a title belongs to, and the title the class knows
    /// it as: the first class, in file order, that knows it.
    pub fn classify_title(&self, title: &str) -> Option<ClassifiedTitle<'_>> {
        // "vice-chancellor" and "vice chancellor" are one title.
        let lower = title.trim().to_lowercase().replace('-', " ");
        let cleaned = |class: &RoleClass| -> String {
            lower
                .split_whitespace()
                .filter(|w| !class.ignore_words.iter().any(|i| i == w))
                .collect::<Vec<_>>()
                .join(" ")
        };
        // A whole title first, in every class: "general manager" is the
        // post, not the rank "general" with a word after it. A fallback
        // class is read only by the kind, for a title no class knows.
        let classes = || self.role_classes.iter().filter(|c| !c.fallback && c.body_words.is_empty());
        for class in classes() {
            let t = cleaned(class);
            if t.is_empty() {
                continue;
            }
            if class.titles.contains(&t) {
                return Some(ClassifiedTitle { class, canonical: t });
            }
            // "chief executive officer" is the title "chief executive".
            if let Some(k) = t.strip_suffix(" officer").filter(|k| class.titles.iter().any(|x| x == k)) {
                return Some(ClassifiedTitle { class, canonical: k.to_string() });
            }
            if class.patterns.iter().any(|p| p.is_match(&t)) {
                return Some(ClassifiedTitle { class, canonical: t });
            }
        }
        // Then a known title with its portfolio after a preposition
        // ("assistant commissioner for operations"), the longest first.
        for class in classes() {
            let t = cleaned(class);
            let known = class
                .titles
                .iter()
                .filter(|k| {
                    t.strip_prefix(k.as_str()).is_some_and(|rest| {
                        ["of", "for", "at", "to", "in", "on"].iter().any(|p| rest.starts_with(&format!(" {p} ")))
                    })
                })
                .max_by_key(|k| k.len());
            if let Some(k) = known {
                return Some(ClassifiedTitle { class, canonical: k.clone() });
            }
        }
        None
    }

    /// The class that knows a title only at a body of its kind
    /// (`body-words`): "president" of a bureau, "leader" of a council.
    /// `body_head` is the last word of the title's body, lower case.
    pub fn classify_title_at(&self, title: &str, body_head: &str) -> Option<ClassifiedTitle<'_>> {
        let lower = title.trim().to_lowercase().replace('-', " ");
        self.role_classes.iter().filter(|c| c.body_words.iter().any(|w| w == body_head)).find_map(|class| {
            let t: Vec<&str> =
                lower.split_whitespace().filter(|w| !class.ignore_words.iter().any(|i| i == w)).collect();
            let t = t.join(" ");
            class.titles.contains(&t).then_some(ClassifiedTitle { class, canonical: t })
        })
    }

    /// The class that takes a title no other class knows
    /// (`fallback = true`), if the rules have one.
    pub fn fallback_class(&self) -> Option<&RoleClass> {
        self.role_classes.iter().find(|c| c.fallback)
    }

    /// The role class a title belongs to.
    pub fn role_class_of(&self, title: &str) -> Option<&RoleClass> {
        self.classify_title(title).map(|c| c.class)
    }

    /// Whether one person can hold both titles at the same time: the same
    /// title, titles of a non-exclusive class, or classes held together.
    /// Unknown titles: None (a kind decides).
    pub fn can_hold_together(&self, a: &str, b: &str) -> Option<bool> {
        if a.trim().eq_ignore_ascii_case(b.trim()) {
            return Some(true);
        }
        let (ta, tb) = (self.classify_title(a)?, self.classify_title(b)?);
        if ta.canonical == tb.canonical {
            return Some(true);
        }
        let (ca, cb) = (ta.class, tb.class);
        if ca.name == cb.name {
            return Some(!ca.exclusive || ca.compatible_within);
        }
        Some(ca.held_with.contains(&cb.name) || cb.held_with.contains(&ca.name))
    }

    /// Whether a change from one title to the other over time is the
    /// ordinary succession of a class (a promotion), not a conflict.
    pub fn is_succession(&self, a: &str, b: &str) -> bool {
        match (self.role_class_of(a), self.role_class_of(b)) {
            (Some(ca), Some(cb)) => ca.name == cb.name && ca.succession,
            _ => false,
        }
    }

    /// The hedge for the words just before a number (longest phrase first).
    pub fn hedge_before(&self, words: &[&str]) -> Option<(Hedge, usize)> {
        self.hedges.find(words)
    }
}

#[cfg(test)]
mod tests {
    use super::load::{Source, load_sources};
    use super::*;

    fn set(text: &str) -> RuleSet {
        let known = KnownKinds { kinds: &[], finding_kinds: &[] };
        load_sources(&[Source { name: "t.toml".into(), text: text.into() }], &[], &known).expect("valid")
    }

    #[test]
    fn keys_read_aliases_synonyms_and_spellings_canonically() {
        let s = set(
            "[[alias]]\ncanonical = \"Green Party\"\nvariants = [\"Greens\"]\n\n[[measure]]\nname = \"postal votes\"\nsynonyms = [\"postal ballots\"]\n\n[[spelling]]\nwords = [\"colour\", \"color\"]\n",
        );
        assert_eq!(s.canonical_key("green spent"), "green party spent");
        assert_eq!(s.canonical_key("green party spent"), "green party spent");
        assert_eq!(s.canonical_key("postal ballot"), "postal vote");
        assert_eq!(s.canonical_key("color print"), "colour print");
        assert_eq!(s.measure_for("postal vote").map(|m| m.name.as_str()), Some("postal votes"));
    }
}
