//! age-mismatch: one person's age inconsistent once the articles' dates
//! are counted.
//!
//! Each age bounds the birth day: 44 on 10 May 2024 (an article's
//! publication date) means born between 11 May 1979 and 10 May 1980;
//! "born in October 1972" and "turned 60 last month" bound it directly; an
//! age on a day the sentence gives ("then 38" in 2019) counts from that
//! day. Two ages conflict when those bounds cannot meet, so an age can
//! rise by at most the years between the dates, rounded up. Two ages at
//! death are ages on one day, and once the story shows a person dead,
//! later reports' ages of them are ages at death.
//!
//! Fires: "Ann Lowe, 51" and "Ann Lowe, 57" in reports a day apart;
//! "Ann Lowe, 51" and "Ann Lowe, who was born in 1980" in 2025.
//!
//! Advice, not an error: a conflict that goes away when an age in a
//! sentence a past date opens ("In 2019, Ann Lowe, 45, ...") is read on
//! that date (news gives ages as of publication even there, so that is
//! the reading checked first).
//!
//! Does not fire: "Ann Lowe, 51" and "Ann Lowe, now 52" a year apart (one
//! year older), the same age in reports a few months apart (the birthday
//! is unknown), "the death of Ann Lowe, 51" and "Ann Lowe, 51" two years
//! later, "Ann Lowe, 51" and "Sam Lowe, 19" (two people), and an
//! article with no date (nothing to count from) against another.

use std::collections::BTreeMap;

use jiff::ToSpan;
use jiff::civil::Date;

use super::group::disjoint_pairs;
use super::{CheckContext, Kind};
use crate::extract::age::{AgeClaim, AgeWhen};
use crate::finding::{ArticleId, Finding, Label, Severity};
use crate::normalise::interval::fmt_number;

pub struct AgeMismatch;

type AgeRef = (ArticleId, usize);

impl Kind for AgeMismatch {
    const ID: &'static str = "age-mismatch";
    const TUNING: &'static str = "- Ages are counted from each article's publication date: front matter `published:` fixes a date read wrong.\n\
         - `[words] age-units` and `honorifics` say how ages and names are written.\n\
         - `[words] age-decade-words`, `age-turn-verbs`, `birth-words`, `age-box-labels` and `death-verbs` say how hedged ages, birthdays, birth dates, fact boxes and deaths are written.";

    fn check(&self, ctx: &CheckContext<'_>) -> Vec<Finding> {
        let claim = |r: AgeRef| &ctx.claims[r.0.0].ages[r.1];
        // By surname; a BTreeMap keeps the order deterministic.
        let mut by_surname: BTreeMap<&str, Vec<AgeRef>> = BTreeMap::new();
        for (a, c) in ctx.claims.iter().enumerate() {
            for (i, age) in c.ages.iter().enumerate() {
                by_surname.entry(age.person.surname.as_str()).or_default().push((ArticleId(a), i));
            }
        }
        let mut out = Vec::new();
        for group in by_surname.values() {
            let mut firsts: Vec<&str> = group.iter().filter_map(|&r| claim(r).person.first.as_deref()).collect();
            firsts.sort_unstable();
            firsts.dedup();
            // Dead by: a dated death, or the date of a report of an
            // undated one.
            let died = group
                .iter()
                .filter_map(|&r| match claim(r).when {
                    AgeWhen::AtDeath(Some(days)) => Some(days.first),
                    AgeWhen::AtDeath(None) => ctx.articles[r.0.0].meta.published,
                    _ => None,
                })
                .min();
            // One flag per age of the group: memory stays linear however
            // many pairs conflict. Conflicting pairs are found by sorting
            // and sweeping, never by testing all pairs.
            let mut flagged = vec![false; group.len()];
            let mut flagged_as_dated = vec![false; group.len()];
            for people in same_people(group, &firsts, claim) {
                flag_conflicts(ctx, group, &people, died, Clone::clone, &mut flagged);
                flag_conflicts(ctx, group, &people, died, as_of_sentence, &mut flagged_as_dated);
            }
            // Hard when some age conflicts however a dated sentence's age
            // is read; else only on the reading news usually means.
            let hard = flagged.iter().zip(&flagged_as_dated).any(|(a, b)| *a && *b);
            let mut involved: Vec<AgeRef> = group.iter().zip(&flagged).filter(|(_, f)| **f).map(|(r, _)| *r).collect();
            involved.sort();
            if !involved.is_empty() {
                out.push(finding(ctx, &involved, hard));
            }
        }
        out
    }
}

/// The birthdays an age allows: (earliest, latest). An age on the
/// publication date needs that date; a dated birthday ("turned 60 last
/// month", "born in October 1972") bounds the birth day by itself.
fn birth_bounds(age: &AgeClaim, published: Option<Date>) -> Option<(Date, Date)> {
    let hi = age.years.hi;
    let lo = age.years.lo;
    if !hi.is_finite() || !(0.0..=150.0).contains(&lo) {
        return None;
    }
    match age.when {
        AgeWhen::Published => {
            let on = published?;
            let earliest = on.checked_sub(((hi as i64) + 1).years()).ok()?.tomorrow().ok()?;
            let latest = on.checked_sub((lo as i64).years()).ok()?;
            Some((earliest, latest))
        }
        // Unknown day of death, or an undated moment of a life: at most
        // that old by the article's date.
        AgeWhen::AtDeath(None) | AgeWhen::Earlier => {
            let latest = published?.checked_sub((lo as i64).years()).ok()?;
            Some((Date::MIN, latest))
        }
        AgeWhen::AtDeath(Some(days)) | AgeWhen::On(days) => {
            let earliest = days.first.checked_sub(((hi as i64) + 1).years()).ok()?.tomorrow().ok()?;
            let latest = days.last.checked_sub((lo as i64).years()).ok()?;
            Some((earliest, latest))
        }
        AgeWhen::Birthday(days) => {
            let earliest = days.first.checked_sub((hi as i64).years()).ok()?;
            let latest = days.last.checked_sub((lo as i64).years()).ok()?;
            Some((earliest, latest))
        }
    }
}

/// An age in a sentence a past date opens, read on that date ("In 2019,
/// Jo Doe, 38, ..."): the other way to read it.
fn as_of_sentence(claim: &AgeClaim) -> AgeClaim {
    match (claim.when, claim.dated_sentence) {
        (AgeWhen::Published, Some(day)) => AgeClaim { when: AgeWhen::On(day), ..claim.clone() },
        _ => claim.clone(),
    }
}

/// The age a later report gives of someone the story says has died is
/// their age at death: "Jo Doe, 34" in a report a year after "the killing
/// of Jo Doe, 34" has not forgotten a birthday. `died` is the earliest
/// day the group's ages at death show the person dead by.
fn as_of_death(claim: &AgeClaim, published: Option<Date>, died: Option<Date>) -> AgeClaim {
    match (claim.when, published, died) {
        (AgeWhen::Published, Some(p), Some(d)) if p >= d => AgeClaim { when: AgeWhen::AtDeath(None), ..claim.clone() },
        _ => claim.clone(),
    }
}

/// The sets of a surname group's ages (indices into it) that may be one
/// person: the ages given with each first name when the group names two
/// or more (an age with no first name then belongs to none of them), else
/// the whole group ("Mrs Lowe" is "Ann Lowe" when no other Lowe is named).
fn same_people<'a>(group: &[AgeRef], firsts: &[&str], claim: impl Fn(AgeRef) -> &'a AgeClaim) -> Vec<Vec<usize>> {
    if firsts.len() <= 1 {
        return vec![(0..group.len()).collect()];
    }
    let mut by_first: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (n, &r) in group.iter().enumerate() {
        if let Some(first) = claim(r).person.first.as_deref() {
            by_first.entry(first).or_default().push(n);
        }
    }
    by_first.into_values().collect()
}

/// Flags every age of `people` (indices into `group`, one person) that
/// conflicts with another. Two ages at death, or two ages on one
/// article's date, conflict when their years cannot meet; any other two
/// when the birth days they allow cannot. Each test is a sweep over
/// sorted intervals that visits only pairs that do not meet.
fn flag_conflicts(
    ctx: &CheckContext<'_>,
    group: &[AgeRef],
    people: &[usize],
    died: Option<Date>,
    read: impl Fn(&AgeClaim) -> AgeClaim,
    flagged: &mut [bool],
) {
    let published = |n: usize| ctx.articles[group[n].0.0].meta.published;
    let ages: Vec<AgeClaim> = people
        .iter()
        .map(|&n| as_of_death(&read(&ctx.claims[group[n].0.0].ages[group[n].1]), published(n), died))
        .collect();
    let at_death = |k: usize| matches!(ages[k].when, AgeWhen::AtDeath(_));
    let on_publication = |k: usize| ages[k].when == AgeWhen::Published;
    // One article speaks of one moment, dated or not; and a person dies
    // once, so two ages at death are ages on one day: the years decide.
    let by_years = |k: usize, l: usize| {
        (at_death(k) && at_death(l))
            || (group[people[k]].0 == group[people[l]].0 && on_publication(k) && on_publication(l))
    };
    let mut flag = |k: usize, l: usize| {
        flagged[people[k]] = true;
        flagged[people[l]] = true;
    };
    let years = |ks: &[usize]| ks.iter().map(|&k| (ages[k].years.lo, ages[k].years.hi)).collect::<Vec<_>>();
    let dead: Vec<usize> = (0..ages.len()).filter(|&k| at_death(k)).collect();
    disjoint_pairs(&years(&dead), |i, j| flag(dead[i], dead[j]));
    let mut told: Vec<usize> = (0..ages.len()).filter(|&k| on_publication(k)).collect();
    told.sort_by_key(|&k| group[people[k]].0);
    for one_article in told.chunk_by(|&k, &l| group[people[k]].0 == group[people[l]].0) {
        disjoint_pairs(&years(one_article), |i, j| flag(one_article[i], one_article[j]));
    }
    // The age can rise by at most the years between the two dates: the
    // birth days both allow must meet.
    let bounded: Vec<(usize, (Date, Date))> =
        (0..ages.len()).filter_map(|k| Some((k, birth_bounds(&ages[k], published(people[k]))?))).collect();
    let spans: Vec<(Date, Date)> = bounded.iter().map(|&(_, b)| b).collect();
    disjoint_pairs(&spans, |i, j| {
        let (k, l) = (bounded[i].0, bounded[j].0);
        if !by_years(k, l) {
            flag(k, l);
        }
    });
}

/// `hard`: the ages conflict however a dated sentence's age is read; if
/// not, the finding is advice (the age may be the one of the sentence's
/// date, which news rarely means but sometimes does).
fn finding(ctx: &CheckContext<'_>, involved: &[AgeRef], hard: bool) -> Finding {
    let claim = |r: AgeRef| &ctx.claims[r.0.0].ages[r.1];
    let text = |r: AgeRef| claim(r).span.of(&ctx.articles[r.0.0].text).to_string();
    let first = claim(involved[0]);
    let name = {
        let full = involved.iter().find_map(|&r| claim(r).person.first.as_ref().map(|f| (f, &claim(r).person.surname)));
        match full {
            Some((f, s)) => format!("{} {}", capitalise(f), capitalise(s)),
            None => capitalise(&first.person.surname),
        }
    };
    let mut readings: Vec<String> = Vec::new();
    for &r in involved {
        let y = claim(r).years;
        let v = if y.lo == y.hi { fmt_number(y.lo) } else { format!("{}-{}", fmt_number(y.lo), fmt_number(y.hi)) };
        let s = match claim(r).when {
            AgeWhen::Birthday(days) if y.lo == 0.0 && y.hi == 0.0 => format!("born {days}"),
            AgeWhen::Birthday(days) => format!(
                "{v} on a birthday {}",
                if days.is_day() { format!("on {days}") } else { format!("from {days}") }
            ),
            AgeWhen::AtDeath(Some(days)) => format!("{v} at death ({days})"),
            AgeWhen::AtDeath(None) => format!("{v} at death"),
            AgeWhen::Earlier => format!("{v} at some time before {}", published_of(ctx, r)),
            AgeWhen::On(days) => format!("{v} on {days}"),
            AgeWhen::Published => format!("{v} on {}", published_of(ctx, r)),
        };
        if !readings.contains(&s) {
            readings.push(s);
        }
    }
    Finding {
        rule: String::new(),
        kind: AgeMismatch::FINDING,
        severity: if hard { Severity::Error } else { Severity::Advice },
        message: format!("{name}'s age: {}", readings.join(" vs ")),
        help: Some(if hard {
            "no birth day gives both ages, counted from the articles' publication dates and the dates the text gives"
                .into()
        } else {
            "counted from the articles' publication dates no birth day gives both ages; read on the date that opens its sentence, one age would fit: check which day it is of".into()
        }),
        labels: involved.iter().map(|&r| Label { article: r.0, span: claim(r).span, caption: text(r) }).collect(),
    }
}

/// The publication date of the article an age is from, as a message
/// gives it.
fn published_of(ctx: &CheckContext<'_>, r: AgeRef) -> String {
    ctx.articles[r.0.0].meta.published.map_or("undated".to_string(), |d| d.to_string())
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}
