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
//! articles the same age, a role in common, or other people in common.

use std::collections::{BTreeMap, BTreeSet};

use super::group::components;
use super::{CheckContext, Kind};
use crate::extract::{Claims, PersonName};
use crate::finding::{ArticleId, Finding, Label, Severity};
use crate::rules::RuleSet;
use crate::vocab::WordList;

pub struct NameVariant;

impl Kind for NameVariant {
    const ID: &'static str = "name-variant";
    const TUNING: &'static str = "- `[[alias]]` with `kind = \"person\"` declares one person's spellings (transliterations): advice, not an error.\n\
         - `[words] name-particles` (\"de\", \"van\") and `honorifics` say what belongs to a name.";

    fn check(&self, ctx: &CheckContext<'_>) -> Vec<Finding> {
        let function_words = ctx.rules.vocab.list("function-words");
        let people: Vec<ArticlePeople> = ctx.claims.iter().map(|c| ArticlePeople::of(c, function_words)).collect();
        // Edges between spellings: (article, key) pairs.
        let mut edges: BTreeSet<(Spelling, Spelling)> = BTreeSet::new();
        for (a, p) in people.iter().enumerate() {
            let a = ArticleId(a);
            // A surname alone that matches no full name of the article but
            // is one letter or two from exactly one.
            for lone in &p.lone_surnames {
                if p.first_names.contains(&lone.to_lowercase()) {
                    continue;
                }
                let close: Vec<&PersonName> = p
                    .full
                    .keys()
                    .filter(|f| similar_surname(&f.surname, lone) && f.surname.to_lowercase() != lone.to_lowercase())
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
                    let close_surname = x.first == y.first && similar_surname(&x.surname, &y.surname);
                    let close_first = x.surname_key() == y.surname_key()
                        && matches!((&x.first, &y.first), (Some(fx), Some(fy)) if similar_first(fx, fy))
                        && same_person_context(p, x, p, y);
                    if close_surname || close_first {
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
        let mut buckets: BTreeMap<(bool, String), Vec<&PersonName>> = BTreeMap::new();
        for name in spellings.keys() {
            buckets.entry((true, name.first.as_deref().unwrap_or("").to_lowercase())).or_default().push(name);
            buckets.entry((false, name.surname_key())).or_default().push(name);
        }
        let mut pairs: BTreeSet<(&PersonName, &PersonName)> = BTreeSet::new();
        for names in buckets.values() {
            for (i, &x) in names.iter().enumerate() {
                for &y in &names[i + 1..] {
                    if x.key() != y.key() && (variant_pair(x, y) || declared_variants(ctx.rules, x, y)) {
                        pairs.insert((x.min(y), x.max(y)));
                    }
                }
            }
        }
        for (x, y) in pairs {
            for &a in &spellings[x] {
                for &b in &spellings[y] {
                    // Each article has only its own spelling: else they are two people.
                    if a == b || people[a.0].has(y) || people[b.0].has(x) {
                        continue;
                    }
                    if same_person_context(&people[a.0], x, &people[b.0], y) {
                        edges.insert(ordered((a, x.clone()), (b, y.clone())));
                    }
                }
            }
        }
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
                finding_for(ctx, &people, &members)
            })
            .collect()
    }
}

type Spelling = (ArticleId, PersonName);

fn ordered(a: Spelling, b: Spelling) -> (Spelling, Spelling) {
    if a <= b { (a, b) } else { (b, a) }
}

/// What one article says about its people, for comparing spellings.
struct ArticlePeople<'a> {
    claims: &'a Claims,
    /// Full names, with the ages and role words given with them.
    full: BTreeMap<PersonName, Context>,
    /// Surnames on their own that match no full name of the article.
    lone_surnames: BTreeSet<String>,
    first_names: BTreeSet<String>,
    /// The full names' keys, for lookups.
    keys: BTreeSet<String>,
}

#[derive(Default)]
struct Context {
    ages: BTreeSet<u32>,
    role_words: BTreeSet<String>,
}

impl<'a> ArticlePeople<'a> {
    /// The people of one article; `function_words` are left out of the
    /// words of their roles.
    fn of(claims: &'a Claims, function_words: &WordList) -> Self {
        let mut full: BTreeMap<PersonName, Context> = BTreeMap::new();
        let mut lone_surnames = BTreeSet::new();
        let people = claims.people();
        for m in &claims.mentions {
            let name = people.full_name(&m.name);
            if name.is_full() {
                let c = full.entry(name).or_default();
                c.ages.extend(m.age);
            } else {
                lone_surnames.insert(m.name.surname.clone());
            }
        }
        for r in &claims.roles {
            let name = people.full_name(&r.person);
            if let Some(c) = full.get_mut(&name) {
                let words = r.title.split_whitespace().chain(r.body.iter().flat_map(|b| b.split_whitespace()));
                c.role_words.extend(words.filter(|w| w.len() > 2 && !function_words.has(w)).map(str::to_string));
            }
        }
        let first_names = full
            .keys()
            .filter_map(|n| n.first.as_ref())
            .flat_map(|f| f.split_whitespace())
            .map(str::to_lowercase)
            .collect();
        let keys = full.keys().map(PersonName::key).collect();
        ArticlePeople { claims, full, lone_surnames, first_names, keys }
    }

    fn has(&self, name: &PersonName) -> bool {
        self.keys.contains(&name.key())
    }
}

/// Surnames one or two letters apart, long enough for that to be a slip.
fn similar_surname(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a == b || a.chars().count() < 4 || b.chars().count() < 4 || a.chars().next() != b.chars().next() {
        return false;
    }
    close_spelling(&a, &b)
}

/// A slip of a letter or two, more in a longer name: at most one edit in
/// three letters of the longer spelling.
fn close_spelling(a: &str, b: &str) -> bool {
    let longest = a.chars().count().max(b.chars().count());
    let edits = strsim::levenshtein(a, b);
    edits >= 1 && edits <= (longest / 3).max(1) && strsim::jaro_winkler(a, b) >= 0.88
}

/// First names that are one name spelt two ways, not a short form
/// ("Chris" in "Christopher") and not two names ("Jon", "Jan").
fn similar_first(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a == b || a.starts_with(&b) || b.starts_with(&a) || a.chars().count() < 4 || b.chars().count() < 4 {
        return false;
    }
    a.chars().next() == b.chars().next() && close_spelling(&a, &b)
}

/// One name part the same, the other a close spelling.
fn variant_pair(x: &PersonName, y: &PersonName) -> bool {
    let (Some(fx), Some(fy)) = (&x.first, &y.first) else { return false };
    let same_first = fx.to_lowercase() == fy.to_lowercase();
    let same_surname = x.surname_key() == y.surname_key();
    (same_first && similar_surname(&x.surname, &y.surname)) || (same_surname && similar_first(fx, fy))
}

/// Whether two articles' words say two spellings are one person: the same
/// age (a year either way), a role word in common, or two other people
/// named in both.
fn same_person_context(pa: &ArticlePeople, x: &PersonName, pb: &ArticlePeople, y: &PersonName) -> bool {
    let (cx, cy) = (&pa.full[x], &pb.full[y]);
    let ages = cx.ages.iter().any(|a| cy.ages.iter().any(|b| a.abs_diff(*b) <= 1));
    let roles = cx.role_words.intersection(&cy.role_words).next().is_some();
    let shared_people = pa.full.keys().filter(|n| n.key() != x.key() && n.key() != y.key() && pb.has(n)).count();
    ages || roles || shared_people >= 2
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

fn finding_for(ctx: &CheckContext<'_>, people: &[ArticlePeople], comp: &[Spelling]) -> Finding {
    let mut labels = Vec::new();
    for (a, name) in comp {
        let claims = people[a.0].claims;
        // The first mention of this spelling in its article.
        if let Some(m) = claims.mentions.iter().find(|m| m.name.key() == name.key()) {
            labels.push(Label {
                article: *a,
                span: m.span,
                caption: format!("'{}'", m.span.of(&ctx.articles[a.0].text)),
            });
        }
    }
    let spellings: BTreeSet<String> = comp.iter().map(|(_, n)| n.to_string()).collect();
    let articles: BTreeSet<ArticleId> = comp.iter().map(|(a, _)| *a).collect();
    let spellings: Vec<String> = spellings.into_iter().collect();
    // Spellings a rules file declares as one name (a transliteration)
    // are at most advice.
    let declared = comp.iter().all(|(_, n)| declared_variants(ctx.rules, &comp[0].1, n));
    let (severity, help) = if declared {
        (Severity::Advice, "a rules file lists these spellings as one name".to_string())
    } else if articles.len() == 1 {
        (Severity::Error, "one article spells the name two ways: check which is right".to_string())
    } else {
        (
            Severity::Warning,
            "the reports agree on who this is (age, role or the people around them) but not on the spelling"
                .to_string(),
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
