//! Check: each rule kind is one module that looks at the claims of all
//! articles (through the index) and returns findings.
//!
//! Adding a kind means one new file here (a [`Kind`]) and one line in
//! `engine::registry`; a `[[rule]]` entry in rules/*.toml (with its
//! `[[test]]`s) configures and documents it. A kind no rules file mentions
//! runs under its own id.

pub mod age_mismatch;
pub mod date_mismatch;
pub mod figure_mismatch;
pub mod group;
pub mod name_variant;
pub mod quote_drift;
pub mod role_conflict;
pub mod sum_mismatch;

use crate::extract::Claims;
use crate::finding::{ArticleId, Finding, FindingKind};
use crate::load::Article;
use crate::rules::RuleSet;

/// What a rule sees: every article and its claims, in the same order, and
/// the loaded rules configuration (aliases, measures, role classes,
/// spellings, hedges, date order, tolerances). Tests can use
/// `RuleSet::shipped()`.
pub struct CheckContext<'a> {
    pub articles: &'a [Article],
    pub claims: &'a [Claims],
    pub rules: &'a RuleSet,
}

/// Reports further apart than this speak of different moments: a figure
/// or a title that differs between them may have changed.
pub const SAME_TIME_DAYS: i64 = 31;

impl CheckContext<'_> {
    /// Whether two articles speak of the same time: the same article, or
    /// both dated and at most [`SAME_TIME_DAYS`] apart.
    pub fn same_time(&self, a: ArticleId, b: ArticleId) -> bool {
        a == b || self.days_apart(a, b).is_some_and(|d| d <= SAME_TIME_DAYS)
    }

    /// Days between two articles' publication dates, when both are known.
    pub fn days_apart(&self, a: ArticleId, b: ArticleId) -> Option<i64> {
        let da = self.articles[a.0].meta.published?;
        let db = self.articles[b.0].meta.published?;
        let span = da.until(db).ok()?;
        Some(i64::from(span.get_days()).abs())
    }
}

/// One check kind, declared once, in its own file: its id, the finding
/// kinds it reports, what it checks, and the check. Its examples are the
/// `[[test]]`s of its rules file, which `factlint explain` shows.
///
/// Adding a kind: a new file here with a unit struct that implements
/// `Kind`, and one line in `engine::registry`. The engine stamps `ID` on
/// each finding as its `rule`, so a check never writes its id.
pub trait Kind: Sync {
    /// The kind's id, as reports and rules files (`kind = "..."`) name it.
    const ID: &'static str;
    /// Its own finding kind, named like it.
    const FINDING: FindingKind = FindingKind::new(Self::ID);
    /// Every finding kind it reports (its own first).
    const FINDS: &'static [FindingKind] = &[Self::FINDING];
    /// What it checks, for `factlint explain` when no rules file says.
    const DESCRIPTION: &'static str = "";
    /// The rules-file knobs that change what this kind finds, one per
    /// line, for `factlint explain`'s "How to tune it".
    const TUNING: &'static str = "";

    fn check(&self, ctx: &CheckContext<'_>) -> Vec<Finding>;
}

/// A [`Kind`] as the engine holds it in its registry (object-safe).
pub trait RegisteredKind: Sync {
    fn id(&self) -> &'static str;
    fn finds(&self) -> &'static [FindingKind];
    fn description(&self) -> &'static str;
    fn tuning(&self) -> &'static str;
    fn check(&self, ctx: &CheckContext<'_>) -> Vec<Finding>;
}

impl<K: Kind> RegisteredKind for K {
    fn id(&self) -> &'static str {
        K::ID
    }

    fn finds(&self) -> &'static [FindingKind] {
        K::FINDS
    }

    fn description(&self) -> &'static str {
        K::DESCRIPTION
    }

    fn tuning(&self) -> &'static str {
        K::TUNING
    }

    fn check(&self, ctx: &CheckContext<'_>) -> Vec<Finding> {
        Kind::check(self, ctx)
    }
}
