//! The rules language: the typed form of a rules file and of
//! `factlint.toml`, one struct per table. docs/rules.md documents every
//! field with an example; keep the two in step.
//!
//! These types are what the rest of factlint reads. They are filled by
//! [`super::decode`], which reads the TOML by hand so that it can report
//! every error of a file at once, each pointing at its key or value.

use std::ops::Range;

use crate::finding::{FindingKind, Severity};
use crate::normalise::interval::Hedge;

/// Where a piece of configuration came from: a shipped file (built into
/// the binary) or a file on disk, and the bytes of its definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// "shipped:rules/figures.toml", or the path as given.
    pub file: String,
    /// The byte range of the table that defined it.
    pub span: Range<usize>,
}

/// What an alias set names. Only documentation today; kinds may use it to
/// pick which sets apply (a person's transliterations vs organisations).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AliasKind {
    Organisation,
    Place,
    Person,
    Other,
}

/// `[[alias]]`: names that denote one thing ("IS", "Isis", "Daesh").
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    /// The name every variant is read as.
    pub canonical: String,
    /// Other ways of writing it (case-insensitive, whole words).
    pub variants: Vec<String>,
    pub kind: AliasKind,
    pub origin: Origin,
}

/// A tolerance: how far apart two values may be and still agree.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Tolerance {
    /// Absolute slack, in the measure's base unit.
    pub absolute: f64,
    /// Relative slack, as a fraction of the larger value (0.01 = 1%).
    pub relative: f64,
}

impl Tolerance {
    /// The slack allowed around a value of this size.
    pub fn slack(&self, value: f64) -> f64 {
        let rel = if value.is_finite() { value.abs() * self.relative } else { 0.0 };
        self.absolute.max(rel)
    }

    pub fn is_zero(&self) -> bool {
        self.absolute == 0.0 && self.relative == 0.0
    }
}

/// One unit of a measure and how many base units it is worth.
#[derive(Debug, Clone, PartialEq)]
pub struct MeasureUnit {
    /// The word as written ("km", "miles").
    pub name: String,
    /// Base units per one of this unit.
    pub factor: f64,
}

/// `[[measure]]`: a counted or measured thing, its names, units and the
/// tolerance within which two values of it agree.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    /// The canonical name ("votes").
    pub name: String,
    /// Other words for the same thing ("ballots cast").
    pub synonyms: Vec<String>,
    /// Units and conversion factors to the base unit.
    pub units: Vec<MeasureUnit>,
    /// How far two values may be apart and still agree.
    pub tolerance: Tolerance,
    pub origin: Origin,
}

/// `[[hedge]]`: words before a number that make it an interval.
#[derive(Debug, Clone, PartialEq)]
pub struct HedgeWords {
    /// How the hedge reads the number (see [`Hedge`]).
    pub reading: Hedge,
    /// The phrases, lower case ("more than", "over").
    pub words: Vec<String>,
    /// For "about", "nearly", "just-over" and "most-of": the width as a fraction of
    /// the written value.
    pub width: Option<f64>,
    pub origin: Origin,
}

/// `[[role-class]]`: a class of titles and how titles of the class combine.
// Each flag is one independent yes/no key of the rules file.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Clone)]
pub struct RoleClass {
    /// The class name ("police-rank").
    pub name: String,
    /// The titles of the class, lower case. A title as written matches
    /// when it starts with one ("assistant commissioner for operations" is
    /// "assistant commissioner"); the longest wins.
    pub titles: Vec<String>,
    /// Whole titles matched by pattern instead ("^[a-z]+ director$").
    pub patterns: Vec<regex::Regex>,
    /// Words taken out of a title before matching ("detective", "acting").
    pub ignore_words: Vec<String>,
    /// Exclusive only within one institution: a company's finance director
    /// is not also its managing director, but may be another's.
    pub per_body: bool,
    /// Classes whose titles a person can hold at the same time as one of
    /// this class (a rank and a post).
    pub held_with: Vec<String>,
    /// Whether two different titles of this class can be held at once.
    pub exclusive: bool,
    /// Classes whose titles conflict with this class's at one body even
    /// though this class is not exclusive: a society's president sits
    /// beside any day job, but is not its own body's executive head.
    pub clashes_with: Vec<String>,
    /// The class knows its titles only when the title's body ends with
    /// one of these words ("president" of a "bureau", "leader" of a
    /// "council"); a bare title is left to the other classes.
    pub body_words: Vec<String>,
    /// The class is one discipline whose titles are its grades and
    /// specialities ("staff nurse", "midwife"): they never conflict with
    /// each other, though the class still conflicts with other exclusive
    /// classes it is not held with (a nurse is not a pharmacist).
    pub compatible_within: bool,
    /// Whether titles of this class replace each other over time (a
    /// promotion), so different titles years apart are not a conflict.
    pub succession: bool,
    /// Its titles name a side in one proceeding (a trial's prosecution or
    /// defence): in one story, two reports months apart still speak of
    /// the same hearing, so a clash within half a year is an error, not a
    /// change over time.
    pub one_proceeding: bool,
    /// Whether its titles name portfolios ("trade minister", "minister for
    /// trade and industry"): two that share a portfolio word are one post.
    pub portfolios: bool,
    /// Read only for a title no other class knows; two of its titles
    /// conflict only as "deputy X" against "X" (one post and its deputy),
    /// and it is held with every other class.
    pub fallback: bool,
    /// Words naming the service its titles are held in ("police",
    /// "constabulary"): a holder works for that service, so a post at a
    /// civilian employer (`civilian-employer-words`) at the same time is
    /// a clash, unless the post's own words name the service.
    pub employer_words: Vec<String>,
    pub origin: Origin,
}

/// `[[spelling]]`: spellings of one word ("colour", "color").
#[derive(Debug, Clone, PartialEq)]
pub struct Spelling {
    /// The spellings; the first is canonical.
    pub words: Vec<String>,
    pub origin: Origin,
}

/// How to read an all-number date such as 03/04/2025.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateOrder {
    /// 03/04/2025 is 3 April (the default).
    #[default]
    DayFirst,
    /// 03/04/2025 is 4 March.
    MonthFirst,
}

/// `[[rule]]`: one configured rule, running one kind implemented in Rust.
#[derive(Debug, Clone)]
pub struct RuleDef {
    /// The id reports and `select`/`ignore` use ("figure-mismatch").
    pub id: String,
    /// The Rust kind that does the checking (a registered kind id).
    pub kind: String,
    pub severity: Severity,
    /// One paragraph: what the rule checks.
    pub description: String,
    /// Only findings whose message matches this regex go to this rule.
    pub applies_to: Option<regex::Regex>,
    /// Only findings of these finding kinds ("rate-mismatch") go to this
    /// rule (empty: any the kind makes).
    pub finding_kinds: Vec<FindingKind>,
    /// The tolerance this rule's kind uses when a measure gives none.
    pub tolerance: Tolerance,
    /// Message template: `{message}`, `{help}`, `{rule}` and `{kind}` are
    /// replaced.
    pub message: Option<String>,
    /// Help template, with the same placeholders.
    pub help: Option<String>,
    pub origin: Origin,
}

/// `[[ignore]]`: findings to suppress, with the reason why.
#[derive(Debug, Clone)]
pub struct Ignore {
    /// Only findings of this rule id.
    pub rule: Option<String>,
    /// Only findings whose message matches this regex.
    pub key: Option<regex::Regex>,
    /// Only findings with a label in a file matching this glob.
    pub file: Option<regex::Regex>,
    /// Why: required, so that a suppression is never silent.
    pub reason: String,
    pub origin: Origin,
}

/// One article of a self-test.
#[derive(Debug, Clone, PartialEq)]
pub struct TestArticle {
    pub file: String,
    pub text: String,
}

/// One finding a self-test expects.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Expected {
    pub rule: String,
    pub severity: Option<Severity>,
    /// The words each label points at, in article order.
    pub texts: Vec<String>,
}

/// `[[test]]`: inline articles and the findings expected (none, for a test
/// that must not fire).
#[derive(Debug, Clone, PartialEq)]
pub struct SelfTest {
    pub name: String,
    /// Only findings of this rule are compared.
    pub rule: String,
    pub articles: Vec<TestArticle>,
    pub expect: Vec<Expected>,
    pub origin: Origin,
}

/// Everything one rules file says.
#[derive(Debug, Clone, Default)]
pub struct RulesFile {
    pub aliases: Vec<Alias>,
    pub measures: Vec<Measure>,
    pub hedges: Vec<HedgeWords>,
    pub role_classes: Vec<RoleClass>,
    pub spellings: Vec<Spelling>,
    pub date_order: Option<DateOrder>,
    pub rules: Vec<RuleDef>,
    pub ignores: Vec<Ignore>,
    pub tests: Vec<SelfTest>,
    /// `[words]`: phrases added to the shipped word lists.
    pub words: Vec<WordsEntry>,
}

/// One phrase a rules file adds to a word list (`[words]`).
#[derive(Debug, Clone)]
pub struct WordsEntry {
    pub list: String,
    pub phrase: String,
    pub entry: crate::vocab::Entry,
}

/// The check kinds the engine registered: what a rules file's `kind` and
/// `finding-kinds` may name. The rules layer is given them; it does not
/// know the kinds itself.
#[derive(Debug, Clone, Copy)]
pub struct KnownKinds<'a> {
    pub kinds: &'a [&'static str],
    pub finding_kinds: &'a [FindingKind],
}

/// `factlint.toml`: which rules files to load and how to tune rules.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file it was read from.
    pub file: String,
    /// Rules files, relative to the config's folder (inside it).
    pub rules: Vec<(String, Range<usize>)>,
    /// Only these rule ids run (empty: all).
    pub select: Vec<(String, Range<usize>)>,
    /// These rule ids do not run.
    pub ignore: Vec<(String, Range<usize>)>,
    /// Severity per rule id.
    pub severity: Vec<(String, Range<usize>, Severity)>,
    /// Whether to load the shipped rules (default true).
    pub shipped: bool,
}
