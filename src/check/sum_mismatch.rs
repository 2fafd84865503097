//! sum-mismatch: inside one article, a total its listed parts do not add
//! up to, or parts whose stated shares do not match their counts.
//!
//! Fires: "41 on Monday and 38 on Tuesday – 89 in total" (41 + 38 = 79);
//! "Of 90 visitors, 40 (34 per cent) ..." when 40 / 90 is 44 per cent;
//! shares listed with parts that add up to the whole but not to 100.
//!
//! Does not fire: parts that add up, within the rounding their forms
//! imply ("£4.5m" is £4.45m to £4.55m) and their hedges ("about 40");
//! shares right to the nearest written digit; a list whose parts come
//! nowhere near the total (under four fifths or over five quarters of it),
//! which is a list of examples or of overlapping groups, not a breakdown.

use super::{CheckContext, Kind};
use crate::extract::sum::TotalWithParts;
use crate::finding::{ArticleId, Finding, Label, Severity};
use crate::normalise::interval::{Interval, fmt_number};

pub struct SumMismatch;

/// A breakdown is taken as meant to be complete only when its parts come
/// this close to the total; further off it is a list of examples.
const CLOSE_ENOUGH: (f64, f64) = (0.8, 1.25);

impl Kind for SumMismatch {
    const ID: &'static str = "sum-mismatch";
    const TUNING: &'static str = "- `[[hedge]]` widths apply to totals as to figures (\"about 90 in all\").\n\
         - `[words] sum-markers-before` and `sum-markers-after` add words that mark a total (\"in all\", \"a total of\").";

    fn check(&self, ctx: &CheckContext<'_>) -> Vec<Finding> {
        let mut out = Vec::new();
        for (a, claims) in ctx.claims.iter().enumerate() {
            let text = &ctx.articles[a].text;
            for sum in &claims.sums {
                if let Some(f) = check_sum(ArticleId(a), text, sum) {
                    out.push(f);
                }
            }
        }
        out
    }
}

/// Labels for a sum: the whole, then each part.
fn sum_labels(article: ArticleId, text: &str, sum: &TotalWithParts) -> Vec<Label> {
    let mut l = vec![Label { article, span: sum.total.span, caption: format!("total {}", sum.total.span.of(text)) }];
    l.extend(sum.parts.iter().map(|p| Label { article, span: p.span, caption: format!("part {}", p.span.of(text)) }));
    l
}

/// Shares of one whole ("60 per cent ..., 25 per cent ... and 20 per
/// cent ...") that make more than 100 once each is given the rounding
/// of its written digits.
fn shares_over_hundred(article: ArticleId, text: &str, sum: &TotalWithParts, shares: Interval) -> Option<Finding> {
    let rounding: f64 = sum
        .parts
        .iter()
        .map(|p| {
            let written = p.span.of(text);
            let digits: String = written
                .chars()
                .skip_while(|c| !c.is_ascii_digit())
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let decimals = digits.split_once('.').map_or(0, |(_, f)| f.len() as i32);
            0.5 * 10f64.powi(-decimals)
        })
        .sum();
    let over = shares.lo - rounding > 100.0 + 1e-9 && shares.lo <= 100.0 * CLOSE_ENOUGH.1;
    // A list whose last share is "the remaining" one makes 100 exactly.
    let under = sum.complete && shares.hi + rounding < 100.0 - 1e-9 && shares.hi >= 100.0 * CLOSE_ENOUGH.0;
    if !over && !under {
        return None;
    }
    let written: Vec<&str> = sum.parts.iter().map(|p| p.span.of(text)).collect();
    let (than, help) = if over {
        ("more than 100", "shares of one whole, listed as one breakdown, cannot make more than 100 per cent")
    } else {
        ("less than 100", "the last share is what remains of the whole, so the shares must make 100 per cent")
    };
    Some(
        Finding::new(
            SumMismatch::FINDING,
            Severity::Error,
            format!(
                "the shares of {} add up to {} per cent, {than}: {}",
                sum.total.span.of(text),
                fmt_number(if over { shares.lo } else { shares.hi }),
                written.join(" + ")
            ),
            sum_labels(article, text, sum),
        )
        .with_help(help),
    )
}

fn check_sum(article: ArticleId, text: &str, sum: &TotalWithParts) -> Option<Finding> {
    let parts_sum =
        sum.parts.iter().fold(Interval::point(0.0), |acc, p| Interval::new(acc.lo + p.value.lo, acc.hi + p.value.hi));
    if sum.of_hundred {
        return shares_over_hundred(article, text, sum, parts_sum);
    }
    let total = sum.total.value;
    // A list that may leave parts out contradicts its whole only by
    // making more than it.
    if sum.exceed_only && parts_sum.lo <= total.hi {
        return None;
    }
    let labels = || {
        let mut l =
            vec![Label { article, span: sum.total.span, caption: format!("total {}", sum.total.span.of(text)) }];
        l.extend(sum.parts.iter().map(|p| Label {
            article,
            span: p.span,
            caption: format!("part {}", p.span.of(text)),
        }));
        l
    };
    let written: Vec<&str> = sum.parts.iter().map(|p| p.span.of(text)).collect();
    let exact = |i: Interval| i.lo == i.hi && i.lo.is_finite();
    // Parts against the total.
    if !parts_sum.overlaps(&total) && parts_sum.hi.is_finite() && total.hi.is_finite() {
        let ratio = (parts_sum.lo + parts_sum.hi) / (total.lo + total.hi).max(f64::MIN_POSITIVE);
        if (CLOSE_ENOUGH.0..=CLOSE_ENOUGH.1).contains(&ratio) {
            return Some(Finding {
                rule: String::new(),
                kind: SumMismatch::FINDING,
                severity: Severity::Error,
                message: format!(
                    "the parts do not add up to the total: {} = {}, not {}",
                    written.join(" + "),
                    fmt_number(parts_sum.lo),
                    sum.total.span.of(text)
                ),
                help: Some(format!(
                    "the total is given as {}; its listed parts make {}",
                    sum.total.span.of(text),
                    fmt_number(parts_sum.lo)
                )),
                labels: labels(),
            });
        }
        return None;
    }
    // Shares against counts, once the parts make the whole.
    let with_shares: Vec<_> = sum.parts.iter().filter_map(|p| p.share.as_ref().map(|s| (p, s))).collect();
    if with_shares.is_empty() || !exact(total) || total.lo <= 0.0 {
        return None;
    }
    for (p, s) in &with_shares {
        let lo = 100.0 * p.value.lo / total.lo;
        let hi = 100.0 * p.value.hi / total.lo;
        if hi < s.percent - s.rounding - 1e-9 || lo > s.percent + s.rounding + 1e-9 {
            return Some(Finding {
                rule: String::new(),
                kind: SumMismatch::FINDING,
                severity: Severity::Error,
                message: format!(
                    "{} of {} is {:.1} per cent, not {}",
                    p.span.of(text),
                    sum.total.span.of(text),
                    lo,
                    s.span.of(text)
                ),
                help: Some("the share stated beside the count does not match it".into()),
                labels: {
                    let mut l = vec![
                        Label { article, span: sum.total.span, caption: format!("total {}", sum.total.span.of(text)) },
                        Label { article, span: p.span, caption: format!("part {}", p.span.of(text)) },
                    ];
                    l.push(Label { article, span: s.span, caption: "stated share".into() });
                    l
                },
            });
        }
    }
    if with_shares.len() == sum.parts.len() && parts_sum.overlaps(&total) {
        let shares: f64 = with_shares.iter().map(|(_, s)| s.percent).sum();
        let slack: f64 = with_shares.iter().map(|(_, s)| s.rounding).sum();
        if (shares - 100.0).abs() > slack + 1e-9 {
            return Some(Finding {
                rule: String::new(),
                kind: SumMismatch::FINDING,
                severity: Severity::Error,
                message: format!("the shares of the whole add up to {} per cent, not 100", fmt_number(shares)),
                help: Some(
                    "the parts make the whole, so their shares should make 100 per cent, within rounding".into(),
                ),
                labels: labels(),
            });
        }
    }
    None
}
