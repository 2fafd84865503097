//! date-mismatch: one event given dates that cannot be the same day.
//!
//! Two dated events are one event when their verbs are of one class
//! ("broke down", "collapsed") and they share a subject or object word
//! ("the talks at the depot"), and do not name different people.
//! Relative dates are read against each
//! article's own publication date, so "yesterday" in a Thursday paper and
//! "on Wednesday" in another Thursday paper are the same day.
//!
//! Fires: "the talks collapsed on 4 May" and "the talks broke down on 6
//! May"; "the dam burst on Friday" (a Sunday paper) and "the dam burst on
//! 2 May" when that Friday is 7 May.
//!
//! Also fires on plans told two ways by articles published days apart
//! ("a hearing set for 4 March" vs "listed for 11 March"), on holidays
//! read by their rule ("Easter Monday" vs "22 April"), on "last night",
//! "the 17th" and timeline lines ("2025-08-14: Referred to ...").
//!
//! Does not fire: plans in articles published weeks apart; events whose
//! named subjects differ ("the aftershock" and "a tremor"); "on Friday" in a paper of Thursday and "on 7 and 8
//! May" (a future Friday inside the range); "in 2015" and "on 3 June
//! 2015"; the same verb about other things; dates in articles published
//! more than two months apart (a recurring event, not one event); an
//! undated article's relative dates (never guessed).

use std::collections::BTreeMap;

use jiff::ToSpan;
use jiff::civil::Date;

use super::group::{Groups, disjoint_pairs_within};
use super::{CheckContext, Kind};
use crate::extract::date::EventDate;
use crate::finding::{ArticleId, Finding, Label, Severity};
use crate::normalise::date::{DateRange, Lean, NumericOrder};

pub struct DateMismatch;

/// Reports further apart than this may speak of another occurrence.
const SAME_STORY_DAYS: i32 = 60;

/// Calendar dates ("3 May", "the 17th", "in March 2023") are read the
/// same in a follow-up months later: a background paragraph retells the
/// story's events. Up to a year apart, they are compared.
const DATED_STORY_DAYS: i32 = 366;

/// Plans change: a planned date ("a hearing set for 4 March") is compared
/// only between articles published this close together.
const PLAN_DAYS: i32 = 3;

/// Dates of one event told wrong are days or weeks apart; further apart,
/// two occurrences are more likely.
const MAX_GAP_DAYS: i32 = 31;

/// A date counted from its article's date ("on Sunday", "last night") in
/// an article published this many days or more after the first is weak:
/// it may be a reprint's words. (Calendar dates without a year, "on 3
/// May", need only the year from it.)
const RELATIVE_TRUST_DAYS: i32 = 7;

type DateRef = (ArticleId, usize);

impl Kind for DateMismatch {
    const ID: &'static str = "date-mismatch";
    const TUNING: &'static str = "- `[dates] order` reads 03/04/2025 day-first or month-first.\n\
         - `[words] event-verb-classes` makes two verbs one event (`{ \"called off\" = \"cancel\" }`); `irregular-past-forms` adds past forms.\n\
         - `[words] holidays` adds a named day (`{ \"founders day\" = \"fixed 06-04\" }`, `\"easter +1\"`, `\"nth -1 mon 5\"`); `schedule-words` and `event-noun-classes` widen plans and event nouns.";

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
            // One event misdated has first readings that do not meet and
            // are at most a month apart (`can_meet`): only those pairs are
            // visited, found by sorting and sweeping. An event with no
            // reading meets nothing and is tested against all.
            let spans: Vec<(Date, Date)> = group
                .iter()
                .map(|&r| event(r).readings.first().map_or((Date::MAX, Date::MIN), |x| (x.first, x.last)))
                .collect();
            let mut linked = Groups::default();
            let reach = |hi: Date| hi.checked_add(i64::from(MAX_GAP_DAYS).days()).ok();
            disjoint_pairs_within(&spans, reach, |n, m| {
                let (a, b) = (group[n], group[m]);
                if a.0 != b.0
                    && same_event(event(a), event(b))
                    && close_in_time(ctx, a.0, b.0, story_days(ctx, (a.0, event(a)), (b.0, event(b))))
                    && !can_meet(event(a), event(b))
                {
                    linked.link(&a, &b);
                }
            });
            for comp in linked.into_groups() {
                out.push(finding(ctx, &comp));
            }
        }
        out
    }
}

fn same_event(a: &EventDate, b: &EventDate) -> bool {
    let named_apart = !a.names.is_empty() && !b.names.is_empty() && !a.names.iter().any(|n| b.names.contains(n));
    let subjects_apart = match (&a.subject, &b.subject) {
        (Some(x), Some(y)) => x != y && !a.words.contains(y) && !b.words.contains(x),
        _ => false,
    };
    // With a pronoun for one subject, the clause after the date ("when a
    // crane toppled at the dock") says which event: two of its words in
    // common.
    let told_after = (a.subject.is_none() || b.subject.is_none()) && {
        let all = |e: &EventDate| e.words.iter().chain(&e.context).cloned().collect::<std::collections::BTreeSet<_>>();
        all(a).intersection(&all(b)).count() >= 2 && (!a.context.is_empty() || !b.context.is_empty())
    };
    a.planned == b.planned
        && !subjects_apart
        && a.verb == b.verb
        && (a.words.iter().any(|w| b.words.contains(w)) || told_after)
        && !named_apart
}

/// Whether the dates can be one day; dates far apart (more than a month)
/// are taken as two occurrences of a kind of event ("struck in 2004" and
/// "struck on Tuesday"), not one event misdated.
fn can_meet(a: &EventDate, b: &EventDate) -> bool {
    a.readings.iter().any(|x| {
        b.readings.iter().any(|y| {
            let gap = if x.last < y.first {
                days_between(x.last, y.first)
            } else if y.last < x.first {
                days_between(y.last, x.first)
            } else {
                0
            };
            x.overlaps(y) || gap > MAX_GAP_DAYS
        })
    })
}

/// Whether event `r`'s date words, read as if written on `first` (the
/// group's earliest publication date), meet another event of the group:
/// only then can a later article's "a fortnight ago" or "last month" be
/// an older report's words reprinted, and the difference a reprint's.
fn reprint_meets(ctx: &CheckContext<'_>, comp: &[DateRef], r: DateRef, first: Date) -> bool {
    let event = |r: DateRef| &ctx.claims[r.0.0].dates[r.1];
    let words = event(r).span.of(&ctx.articles[r.0.0].text);
    let Some((_, parsed)) =
        crate::normalise::date::dates_in(words, NumericOrder::default(), &ctx.rules.vocab).into_iter().next()
    else {
        // Words the reader cannot read again: the reprint stays possible.
        return true;
    };
    let margin = crate::extract::date::ago_margin(&parsed.expr).unwrap_or(0);
    let again: Vec<DateRange> = parsed
        .expr
        .readings(Some(first), Some(Lean::Past))
        .into_iter()
        .map(|d| DateRange {
            first: d.first.checked_sub(margin.days()).unwrap_or(d.first),
            last: d.last.checked_add(margin.days()).unwrap_or(d.last),
        })
        .collect();
    again.is_empty()
        || comp
            .iter()
            .filter(|&&o| o != r)
            .any(|&o| event(o).readings.iter().any(|y| again.iter().any(|x| x.overlaps(y))))
}

/// How far apart two articles may be published for these two dates to
/// be compared. A day counted from an article's own date ("on Monday")
/// in the earlier of the two is as firm as a calendar date: it was
/// written fresh, on the day it counts from; only a relative date in the
/// later article may be words reprinted from an older report.
fn story_days(ctx: &CheckContext<'_>, (ra, a): (ArticleId, &EventDate), (rb, b): (ArticleId, &EventDate)) -> i32 {
    let (pa, pb) = (ctx.articles[ra.0].meta.published, ctx.articles[rb.0].meta.published);
    let firm = |e: &EventDate, mine: Option<Date>, other: Option<Date>| {
        e.calendar || matches!((mine, other), (Some(m), Some(o)) if m < o)
    };
    if a.planned || b.planned {
        PLAN_DAYS
    } else if a.absolute && b.absolute {
        // "went into administration on 14 March 2023": a date with its
        // year reads the same in an appeal report years on; that the two
        // days lie close together (`can_meet`) keeps two occurrences apart.
        i32::MAX
    } else if firm(a, pa, pb) && firm(b, pb, pa) {
        DATED_STORY_DAYS
    } else {
        SAME_STORY_DAYS
    }
}

fn close_in_time(ctx: &CheckContext<'_>, a: ArticleId, b: ArticleId, days: i32) -> bool {
    match (ctx.articles[a.0].meta.published, ctx.articles[b.0].meta.published) {
        (Some(x), Some(y)) => days_between(x, y) <= days,
        // A plan is compared only when both dates are known close.
        _ => days > PLAN_DAYS,
    }
}

fn days_between(x: jiff::civil::Date, y: jiff::civil::Date) -> i32 {
    x.until((jiff::Unit::Day, y)).map_or(i32::MAX, |s| s.get_days().abs())
}

fn finding(ctx: &CheckContext<'_>, comp: &[DateRef]) -> Finding {
    let event = |r: DateRef| &ctx.claims[r.0.0].dates[r.1];
    let text = |r: DateRef| event(r).span.of(&ctx.articles[r.0.0].text).to_string();
    let first = event(comp[0]);
    let shared: Vec<&str> = first
        .words
        .iter()
        .filter(|w| comp[1..].iter().any(|&r| event(r).words.contains(w)))
        .map(String::as_str)
        .collect();
    let mut readings: Vec<String> = Vec::new();
    for &r in comp {
        let s = event(r).readings.iter().map(std::string::ToString::to_string).collect::<Vec<_>>().join(" or ");
        if !readings.contains(&s) {
            readings.push(s);
        }
    }
    // A day counted from its article's date is written fresh in the first
    // report; a later article that repeats "on Saturday" a week on may be
    // retelling an older report's words.
    let earliest = comp.iter().filter_map(|&r| ctx.articles[r.0.0].meta.published).min();
    let weak = comp.iter().any(|&r| {
        let late = match (earliest, ctx.articles[r.0.0].meta.published) {
            (Some(a), Some(b)) => days_between(a, b) >= RELATIVE_TRUST_DAYS,
            _ => false,
        };
        // The reprint reading must explain the gap: the late date's words,
        // read on the first report's day, meet another date of the group.
        !event(r).calendar && late && earliest.is_none_or(|e| reprint_meets(ctx, comp, r, e))
    });
    let (severity, help) = if weak {
        (
            Severity::Advice,
            "the articles were published weeks apart and one date is counted from to its article's date: check that date before trusting the difference",
        )
    } else {
        (Severity::Error, "read against each article's publication date, the dates cannot be the same day")
    };
    Finding {
        rule: String::new(),
        kind: DateMismatch::FINDING,
        severity,
        message: format!("{} ({}): {}", first.verb, shared.join(", "), readings.join(" vs ")),
        help: Some(help.into()),
        labels: comp
            .iter()
            .map(|&r| {
                let caption = text(r);
                Label { article: r.0, span: event(r).span, caption }
            })
            .collect(),
    }
}
