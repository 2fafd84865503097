//! date-mismatch: one event given dates that cannot be the same day.
//!
//! Two dated events are one event when their verbs are of one class
//! ("broke down", "collapsed") and they share a subject or object word
//! ("the talks at the depot"). Relative dates are read against each
//! article's own publication date, so "yesterday" in a Thursday paper and
//! "on Wednesday" in another Thursday paper are the same day.
//!
//! Fires: "the talks collapsed on 4 May" and "the talks broke down on 6
//! May"; "the dam burst on Friday" (a Sunday paper) and "the dam burst on
//! 2 May" when that Friday is 7 May.
//!
//! Does not fire: "on Friday" in a paper of Thursday and "on 7 and 8
//! May" (a future Friday inside the range); "in 2015" and "on 3 June
//! 2015"; the same verb about other things; dates in articles published
//! more than two months apart (a recurring event, not one event); an
//! undated article's relative dates (never guessed).

use std::collections::BTreeMap;

use super::{CheckContext, Rule};
use crate::extract::date::EventDate;
use crate::finding::{ArticleId, Finding, FindingKind, Label, Severity};

pub struct DateMismatch;

/// Reports further apart than this may speak of another occurrence.
const SAME_STORY_DAYS: i32 = 60;

type DateRef = (ArticleId, usize);

impl Rule for DateMismatch {
    fn id(&self) -> &'static str {
        "date-mismatch"
    }

    fn kind(&self) -> FindingKind {
        FindingKind::DateMismatch
    }

    fn check(&self, ctx: &CheckContext<'_>) -> Vec<Finding> {
        let event = |r: DateRef| &ctx.claims[r.0.0].dates[r.1];
        let mut by_verb: BTreeMap<&str, Vec<DateRef>> = BTreeMap::new();
        for (a, c) in ctx.claims.iter().enumerate() {
            for (i, e) in c.dates.iter().enumerate() {
                by_verb.entry(e.verb.as_str()).or_default().push((ArticleId(a), i));
            }
        }
        let mut out = Vec::new();
        for group in by_verb.values() {
            let mut edges: Vec<(DateRef, DateRef)> = Vec::new();
            for (n, &a) in group.iter().enumerate() {
                for &b in &group[n + 1..] {
                    if a.0 != b.0 && same_event(event(a), event(b)) && close_in_time(ctx, a.0, b.0) && !can_meet(event(a), event(b)) {
                        edges.push((a, b));
                    }
                }
            }
            for comp in components(&edges) {
                out.push(finding(ctx, &comp));
            }
        }
        out
    }
}

fn same_event(a: &EventDate, b: &EventDate) -> bool {
    a.verb == b.verb && a.words.iter().any(|w| b.words.contains(w))
}

fn can_meet(a: &EventDate, b: &EventDate) -> bool {
    a.readings.iter().any(|x| b.readings.iter().any(|y| x.overlaps(y)))
}

fn close_in_time(ctx: &CheckContext<'_>, a: ArticleId, b: ArticleId) -> bool {
    match (ctx.articles[a.0].meta.published, ctx.articles[b.0].meta.published) {
        (Some(x), Some(y)) => days_between(x, y) <= SAME_STORY_DAYS,
        _ => true,
    }
}

fn days_between(x: jiff::civil::Date, y: jiff::civil::Date) -> i32 {
    x.until((jiff::Unit::Day, y)).map_or(i32::MAX, |s| s.get_days().abs())
}

/// Connected groups of conflicting events, in order.
fn components(edges: &[(DateRef, DateRef)]) -> Vec<Vec<DateRef>> {
    let mut comps: Vec<Vec<DateRef>> = Vec::new();
    for &(a, b) in edges {
        let hits: Vec<usize> = (0..comps.len()).filter(|&i| comps[i].contains(&a) || comps[i].contains(&b)).collect();
        let mut merged = vec![a, b];
        for &i in hits.iter().rev() {
            merged.extend(comps.remove(i));
        }
        merged.sort();
        merged.dedup();
        comps.push(merged);
    }
    comps.sort();
    comps
}

fn finding(ctx: &CheckContext<'_>, comp: &[DateRef]) -> Finding {
    let event = |r: DateRef| &ctx.claims[r.0.0].dates[r.1];
    let text = |r: DateRef| event(r).span.of(&ctx.articles[r.0.0].text).to_string();
    let first = event(comp[0]);
    let shared: Vec<&str> = first.words.iter().filter(|w| comp[1..].iter().any(|&r| event(r).words.contains(w))).map(String::as_str).collect();
    let mut readings: Vec<String> = Vec::new();
    for &r in comp {
        let s = event(r).readings.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(" or ");
        if !readings.contains(&s) {
            readings.push(s);
        }
    }
    Finding {
        rule: "date-mismatch".into(),
        kind: FindingKind::DateMismatch,
        severity: Severity::Error,
        message: format!("{} ({}): {}", first.verb, shared.join(", "), readings.join(" vs ")),
        help: Some("read against each article's publication date, the dates cannot be the same day".into()),
        labels: comp
            .iter()
            .map(|&r| {
                let caption = text(r);
                Label { article: r.0, span: event(r).span, caption }
            })
            .collect(),
    }
}
