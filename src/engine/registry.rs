//! Every check kind factlint knows, and the rules loaded against them.

use std::sync::LazyLock;

use crate::check::{
    RegisteredKind, age_mismatch::AgeMismatch, date_mismatch::DateMismatch, figure_mismatch::FigureMismatch,
    name_variant::NameVariant, quote_drift::QuoteDrift, role_conflict::RoleConflict, sum_mismatch::SumMismatch,
};
use crate::finding::FindingKind;
use crate::rules::diagnostics::FileErrors;
use crate::rules::load::{self, LoadOptions, Source};
use crate::rules::{KnownKinds, RuleSet};

/// Every kind, in the order they run and `factlint rules` lists built-ins.
/// Adding a kind: one line here (and its file in src/check/).
static REGISTRY: &[&dyn RegisteredKind] =
    &[&FigureMismatch, &QuoteDrift, &NameVariant, &RoleConflict, &SumMismatch, &AgeMismatch, &DateMismatch];

pub fn registry() -> &'static [&'static dyn RegisteredKind] {
    REGISTRY
}

static KIND_IDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| REGISTRY.iter().map(|k| k.id()).collect());
static FINDING_KINDS: LazyLock<Vec<FindingKind>> =
    LazyLock::new(|| REGISTRY.iter().flat_map(|k| k.finds().iter().copied()).collect());

/// The registered kinds as the rules layer checks rules files against them.
pub fn known_kinds() -> KnownKinds<'static> {
    KnownKinds { kinds: &KIND_IDS, finding_kinds: &FINDING_KINDS }
}

static SHIPPED: LazyLock<RuleSet> = LazyLock::new(|| {
    load::load_sources(&load::shipped_sources(), &[], &known_kinds())
        .expect("the shipped rules are valid: cargo test checks them")
});

/// The rules built into the binary (rules/*.toml), with no user files:
/// built once, then shared.
pub fn shipped_rules() -> &'static RuleSet {
    &SHIPPED
}

/// Loads factlint.toml, the shipped rules and `--rules` files against the
/// registered kinds.
pub fn load_rules(opts: &LoadOptions) -> Result<RuleSet, Vec<FileErrors>> {
    load::load(opts, &known_kinds())
}

/// Loads rules files in order, with no config file, against the
/// registered kinds.
pub fn load_sources(sources: &[Source], extra: &[Source]) -> Result<RuleSet, Vec<FileErrors>> {
    load::load_sources(sources, extra, &known_kinds())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_finding_kinds_are_unique() {
        let mut ids = KIND_IDS.clone();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), REGISTRY.len());
        let mut kinds: Vec<&str> = FINDING_KINDS.iter().map(|k| k.as_str()).collect();
        kinds.sort_unstable();
        kinds.dedup();
        assert_eq!(kinds.len(), FINDING_KINDS.len());
        for k in REGISTRY {
            assert_eq!(k.finds()[0].as_str(), k.id(), "a kind's own finding kind comes first");
        }
    }
}
