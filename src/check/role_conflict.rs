//! role-conflict: one person given incompatible titles at the same time.
//!
//! Fires: "Chief Inspector Ana Ruiz" and "Superintendent Ana Ruiz" in
//! reports two days apart (one rank at a time); "Tomas Brandt, the
//! port's finance director" and "the port's operations director, Tomas
//! Brandt" in one week (two posts of one body).
//!
//! Does not fire: a rank and a post ("Chief Inspector Ana Ruiz, head of
//! the dive team"); titles no role class knows; a "former" title. Reports
//! more than a month apart, or undated, or a title the words say is new
//! ("who became …"): a change over time, advice at most.
//!
//! Which titles conflict comes from the `[[role-class]]` tables of the
//! rules files (rules/names.toml ships them): two different titles of one
//! exclusive class (per institution when the class says `per-body`).

use std::collections::{BTreeMap, BTreeSet};

use super::{CheckContext, Kind};
use crate::extract::Role;
use crate::finding::{ArticleId, Finding, Label, Severity};
use crate::rules::ClassifiedTitle;

pub struct RoleConflict;

/// Two titles found together: the worst severity over the pairs, and the
/// roles involved (article, index in this person's list).
type Conflict = (Severity, BTreeSet<(ArticleId, usize)>);

impl Kind for RoleConflict {
    const ID: &'static str = "role-conflict";
    const TUNING: &'static str = "- `[[role-class]]` says which titles exclude each other, which are held together (`held-with`) and which follow each other (`succession`).\n\
         - `[words] title-words`, `role-heads`, `past-title-words` and `new-title-words` say what reads as a title and as a change of post.";

    fn check(&self, ctx: &CheckContext<'_>) -> Vec<Finding> {
        // Every current title of every person, by the person's full name.
        // Only titles some role class knows can conflict; each is read once.
        let mut by_person: BTreeMap<String, Vec<(ArticleId, &Role, ClassifiedTitle<'_>)>> = BTreeMap::new();
        for (a, claims) in ctx.claims.iter().enumerate() {
            let people = claims.people();
            for r in claims.roles.iter().filter(|r| !r.former) {
                let name = people.full_name(&r.person);
                if let Some(class) = ctx.rules.classify_title(&r.title).filter(|c| c.class.exclusive)
                    && name.is_full()
                {
                    by_person.entry(name.key()).or_default().push((ArticleId(a), r, class));
                }
            }
        }
        let mut findings = Vec::new();
        for roles in by_person.values() {
            // Conflicting pairs, the worse severity kept per pair of titles.
            let mut conflicts: BTreeMap<(String, String), Conflict> = BTreeMap::new();
            for (i, (a, ra, ca)) in roles.iter().enumerate() {
                let (a, ra) = (*a, *ra);
                for (j, (b, rb, cb)) in roles.iter().enumerate().skip(i + 1) {
                    let (b, rb) = (*b, *rb);
                    if ca.class.name != cb.class.name || ca.canonical == cb.canonical {
                        continue;
                    }
                    if ca.class.per_body && !same_body(ra, rb) {
                        continue;
                    }
                    let same_time = match (ra.year, rb.year) {
                        // The sentence's own year dates the title.
                        (Some(x), Some(y)) => x == y && ctx.same_time(a, b),
                        (Some(y), None) | (None, Some(y)) => {
                            let other = if ra.year.is_some() { b } else { a };
                            ctx.articles[other.0].meta.published.is_some_and(|d| d.year() == y) && ctx.same_time(a, b)
                        }
                        (None, None) => ctx.same_time(a, b),
                    };
                    let severity =
                        if same_time && !ra.changed && !rb.changed { Severity::Error } else { Severity::Advice };
                    let key = if ca.canonical <= cb.canonical {
                        (ca.canonical.clone(), cb.canonical.clone())
                    } else {
                        (cb.canonical.clone(), ca.canonical.clone())
                    };
                    let entry = conflicts.entry(key).or_insert((severity, BTreeSet::new()));
                    entry.0 = entry.0.min(severity);
                    entry.1.insert((a, i));
                    entry.1.insert((b, j));
                }
            }
            for ((t1, t2), (severity, members)) in conflicts {
                let labels: Vec<Label> = members
                    .iter()
                    .map(|&(a, i)| Label {
                        article: a,
                        span: roles[i].1.span,
                        caption: format!("'{}'", roles[i].1.span.of(&ctx.articles[a.0].text)),
                    })
                    .collect();
                let person = ctx.claims[roles[0].0.0].full_name(&roles[0].1.person);
                let help = if severity == Severity::Error {
                    "both titles are given for the same time, and one person holds only one of them at once".to_string()
                } else {
                    "the reports are far apart, undated, or say the title changed: probably a change over time"
                        .to_string()
                };
                findings.push(Finding {
                    rule: String::new(),
                    kind: RoleConflict::FINDING,
                    severity,
                    message: format!("{person} is given two titles: {t1} and {t2}"),
                    help: Some(help),
                    labels,
                });
            }
        }
        findings
    }
}

/// Whether two posts are at one institution: the same body named, or no
/// body given for one of them.
fn same_body(a: &Role, b: &Role) -> bool {
    match (&a.body, &b.body) {
        (Some(x), Some(y)) => x.split_whitespace().any(|w| y.split_whitespace().any(|v| v == w)),
        _ => true,
    }
}
