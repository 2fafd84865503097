//! figure-mismatch (and rate-mismatch): the same quantity, same scope,
//! values that cannot both be right once hedges are read as intervals.
//!
//! Fires: "around 450 open inquiries" and "nearly 300 open inquiries"
//! ([405, 495] and [270, 300] cannot meet); "2,310 daily flights" and
//! "2,130 flights a day".
//!
//! Does not fire: "more than 5,000 claims for damage" and "about 5,200
//! claims for damage" (they overlap); "£7.2m" and "£7,180,000" (the
//! rounding of "7.2m" covers it); "16 schools" and "16 arrests" (other
//! things); "in 2021" and "in 2022", a region and the nation (other
//! scopes). A figure that changed between reports published at different
//! times is a change over time: advice, not an error.
//!
//! Rates given over different periods ("30 a day", "2,000 a month") are
//! compared per day and reported as rate-mismatch.

use std::borrow::Cow;
use std::collections::BTreeSet;

use super::group::{Groups, disjoint_pairs};
use super::{CheckContext, Kind, SAME_TIME_DAYS};
use crate::extract::figure::{CELSIUS, Figure, Form, ORDINAL};
use crate::finding::{ArticleId, Finding, FindingKind, Label, Severity};
use crate::index::{FigureRef, index_figures, rate_words};
use crate::normalise::interval::{Interval, fmt_number};
use crate::normalise::number::Unit;
use crate::vocab::WordList;

pub struct FigureMismatch;

/// One rate given over different periods that do not agree per day: a
/// figure-mismatch of rates, reported as its own finding kind.
pub const RATE_MISMATCH: FindingKind = FindingKind::new("rate-mismatch");

impl Kind for FigureMismatch {
    const ID: &'static str = "figure-mismatch";
    const TUNING: &'static str = "- `[[measure]]` with `synonyms` makes two names of one counted thing meet (\"staff\" / \"employees\"); its `units` convert (\"km\", \"miles\").\n\
         - `[[hedge]]` widths say how far \"about\", \"nearly\" and \"just over\" reach; `[[alias]]` joins the names of one subject (\"the Greens\" / \"the Green Party\").";
    const FINDS: &'static [FindingKind] = &[Self::FINDING, RATE_MISMATCH];
    const DESCRIPTION: &'static str =
        "The same quantity, same scope, given values that cannot both be right once hedges are read as intervals.";

    fn check(&self, ctx: &CheckContext<'_>) -> Vec<Finding> {
        let figure = |r: FigureRef| &ctx.claims[r.article.0].figures[r.index];
        let words = CompareWords::new(&ctx.rules.vocab);
        // The rules' tolerance (a measure's, else the rule's) widens both
        // values before they are compared.
        let widened = |f: &Figure| {
            let t = ctx.rules.tolerance(Self::ID, f.thing.as_deref());
            Interval { lo: f.value.lo - t.slack(f.value.lo), hi: f.value.hi + t.slack(f.value.hi) }
        };
        // Conflicting pairs, found within each key's group by sorting and
        // sweeping (only pairs whose intervals cannot meet are visited),
        // joined into connected groups as they are found (never stored:
        // two articles repeating one figure thousands of times would make
        // millions of pairs).
        let mut conflicts = Groups::default();
        for (key, group) in index_figures(ctx.claims, ctx.rules.vocab.list("rate-word-classes")) {
            // Under a share's key, a part of a stated whole is read as
            // the share it was written as (`Figure::as_share`).
            let shares = key.unit() == Unit::Percent;
            let viewed = |r: FigureRef| -> Cow<'_, Figure> {
                let f = figure(r);
                match f.as_share().filter(|_| shares && f.unit == Unit::Count) {
                    Some(share) => Cow::Owned(share),
                    None => Cow::Borrowed(f),
                }
            };
            let figures: Vec<Cow<'_, Figure>> = group.iter().map(|&r| viewed(r)).collect();
            let values: Vec<Interval> = figures.iter().map(|f| widened(f)).collect();
            let spans: Vec<(f64, f64)> = values.iter().map(|v| (v.lo, v.hi)).collect();
            let echoes = Echoes::new(&group, &values);
            disjoint_pairs(&spans, |n, m| {
                let (a, b) = (group[n], group[m]);
                let (fa, fb) = (&*figures[n], &*figures[m]);
                if comparable(a, fa, b, fb, &words)
                    && !echoes.echoed(a.article, b.article, &values[n], &values[m])
                    && !echoed_by_head(ctx, (a, fa), (b, fb), values[n], values[m])
                    && !amount_elsewhere(ctx, a, b)
                    && !other_occasion(ctx, a, b)
                    && !opposed(fa, fb)
                    && !paired_apart(fa, fb)
                {
                    conflicts.link_marked(&a, &b, change_over_time(ctx, (a, fa), (b, fb)));
                }
            });
        }
        conflicts.into_marked_groups().into_iter().map(|(c, over_time)| finding_for(ctx, &c, over_time)).collect()
    }
}

/// The values of one key group by article, each article's sorted by
/// their low ends with the running highest high end, so that whether an
/// article gives a value meeting another is a binary search, not a walk
/// of the group.
struct Echoes {
    /// (article, lo, highest hi so far within the article), sorted by
    /// article then lo. Values with a NaN bound meet nothing and are left out.
    values: Vec<(ArticleId, f64, f64)>,
}

impl Echoes {
    fn new(group: &[FigureRef], values: &[Interval]) -> Self {
        let mut v: Vec<(ArticleId, f64, f64)> = group
            .iter()
            .zip(values)
            .filter(|(_, i)| !i.lo.is_nan() && !i.hi.is_nan())
            .map(|(r, i)| (r.article, i.lo, i.hi))
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let mut k = 0;
        while k < v.len() {
            let mut highest = v[k].2;
            let article = v[k].0;
            while k < v.len() && v[k].0 == article {
                highest = highest.max(v[k].2);
                v[k].2 = highest;
                k += 1;
            }
        }
        Echoes { values: v }
    }

    /// Whether `article` gives, in this group, a value that meets `value`.
    fn gives(&self, article: ArticleId, value: &Interval) -> bool {
        let start = self.values.partition_point(|e| e.0 < article);
        let end = self.values.partition_point(|e| e.0 <= article);
        let own = &self.values[start..end];
        // Values starting at or below `value.hi`; the highest end among
        // them is the last one's running maximum.
        let upto = own.partition_point(|e| e.1 <= value.hi);
        upto > 0 && own[upto - 1].2 >= value.lo
    }

    /// Whether either article also gives the other's value under the same
    /// key: then the two values are two quantities both articles know of
    /// (a background toll beside today's, a part beside its whole), not a
    /// disagreement between them.
    fn echoed(&self, a: ArticleId, b: ArticleId, value_a: &Interval, value_b: &Interval) -> bool {
        a != b && (self.gives(a, value_b) || self.gives(b, value_a))
    }
}

/// Whether either article gives the other's value for a figure of the
/// same head noun and unit, under any key ("seven consecutive terms and
/// four terms of life" beside "four consecutive terms"): both articles
/// know of both numbers, which count two kinds of one thing.
fn echoed_by_head(
    ctx: &CheckContext<'_>,
    (a, fa): (FigureRef, &Figure),
    (b, fb): (FigureRef, &Figure),
    va: Interval,
    vb: Interval,
) -> bool {
    if a.article == b.article || fa.head.is_none() || fa.head != fb.head {
        return false;
    }
    let gives = |article: usize, like: &Figure, value: Interval| {
        ctx.claims[article].figures.iter().any(|f| {
            // A part of a stated whole gives its share too.
            let in_like_unit =
                if f.unit == like.unit { Some(f.value) } else { f.share.filter(|_| like.unit == Unit::Percent) };
            f.head == like.head && in_like_unit.is_some_and(|v| v.overlaps(&value))
        })
    };
    gives(a.article.0, fb, vb) || gives(b.article.0, fa, va)
}

/// Whether both figures are given against counts that cannot meet ("29
/// passes for 201 yards", "39 passes for 302 yards"): two occasions.
fn paired_apart(a: &Figure, b: &Figure) -> bool {
    matches!((a.paired_count, b.paired_count), (Some(x), Some(y)) if !x.overlaps(&y))
}

/// Whether two figures take opposite sides of one exchange
/// (`opposed-verbs`: "gained 32 yards" and "gave up 409 yards", "bought"
/// and "sold"): two quantities of one party, though their key is the
/// same. Two different named parties may be the two ends of one deal
/// ("Ardley paid £5m", "Corran received £4m"): those are still compared.
fn opposed(a: &Figure, b: &Figure) -> bool {
    fn party(f: &Figure) -> Option<&String> {
        f.agent.as_ref().or(f.subject.as_ref())
    }
    if let (Some(x), Some(y)) = (party(a), party(b))
        && x != y
    {
        return false;
    }
    let meets = |same_side: bool| {
        a.sides.iter().any(|x| b.sides.iter().any(|y| x.exchange == y.exchange && (x.taking == y.taking) == same_side))
    };
    meets(false) && !meets(true)
}

/// Whether a figure's clause names a weekday that, read back from its
/// article's date, falls after the other article was published ("more
/// than 200 marched on Wednesday" in a Wednesday report, "nearly 100
/// marched" in Monday's): the other article could not speak of it, so
/// the two are figures of two occasions.
fn other_occasion(ctx: &CheckContext<'_>, a: FigureRef, b: FigureRef) -> bool {
    let later_than_other = |x: FigureRef, y: FigureRef| {
        let (Some(px), Some(py)) = (ctx.articles[x.article.0].meta.published, ctx.articles[y.article.0].meta.published)
        else {
            return false;
        };
        let days = &ctx.claims[x.article.0].figures[x.index].scope.weekdays;
        !days.is_empty()
            && days.iter().all(|day| {
                // The latest such weekday on or before the article's date.
                (0..7i8)
                    .filter_map(|back| px.checked_sub(jiff::Span::new().days(back)).ok())
                    .find(|d| format!("{:?}", d.weekday()).eq_ignore_ascii_case(day))
                    .is_some_and(|d| d > py)
            })
    };
    later_than_other(a, b) || later_than_other(b, a)
}

/// Whether either article gives the other's sum of money under any key
/// ("will pay $50m, including $41m in cash" beside "is paying $41m in
/// cash"): the sum it gives as well is a part, an earlier offer or a
/// background amount it knows of, so the two articles do not disagree.
/// Only money: a count such as "three" recurs in an article for other
/// things.
fn amount_elsewhere(ctx: &CheckContext<'_>, a: FigureRef, b: FigureRef) -> bool {
    let figure = |r: FigureRef| &ctx.claims[r.article.0].figures[r.index];
    let (fa, fb) = (figure(a), figure(b));
    if a.article == b.article || !matches!(fa.unit, Unit::Money(_)) || fa.rate.is_some() {
        return false;
    }
    let gives = |article: usize, other: &Figure| {
        // A plain amount, not a hedged reach ("more than $2bn" meets
        // every larger sum).
        ctx.claims[article].figures.iter().any(|f| {
            f.unit == other.unit
                && f.rate.is_none()
                && f.value.hi - f.value.lo <= 0.05 * f.value.hi.abs()
                && f.value.overlaps(&other.value)
        })
    };
    gives(a.article.0, fb) || gives(b.article.0, fa)
}

/// The word lists two figures are compared with, fetched once a check.
struct CompareWords<'v> {
    /// Words two rates may share without being one ("cost", "annual").
    generic: &'v WordList,
    /// "slip", "creep": rate words of one act (`rate-word-classes`).
    rate_classes: &'v WordList,
    /// Prepositions that open a phrase of a predicate ("by boat", "in the
    /// gale").
    phrase_openers: [&'v WordList; 2],
}

impl<'v> CompareWords<'v> {
    fn new(vocab: &'v crate::vocab::Vocabulary) -> Self {
        CompareWords {
            generic: vocab.list("rate-generic-words"),
            rate_classes: vocab.list("rate-word-classes"),
            phrase_openers: [vocab.list("predicate-prepositions"), vocab.list("place-prepositions")],
        }
    }
}

/// Whether two reports' predicates say one thing: the same words, or (two
/// words or more each) the same verb with one side's phrases all among
/// the other's ("lost power on monday afternoon" and "lost power"; not
/// "moved to ward" and "moved from ward"). A bare verb says too little to
/// meet a longer predicate ("arrested" against "arrested in the north").
fn predicates_agree(x: &str, y: &str, words: &CompareWords) -> bool {
    if x == y {
        return true;
    }
    if !x.contains(' ') || !y.contains(' ') {
        return false;
    }
    let opens = |w: &str| words.phrase_openers.iter().any(|l| l.has(w));
    let split = |p: &'_ str| -> (String, Vec<String>) {
        let mut ws = p.split(' ');
        let verb = ws.next().unwrap_or_default().to_string();
        let mut chunks: Vec<Vec<&str>> = vec![Vec::new()];
        for w in ws {
            if opens(w) {
                chunks.push(vec![w]);
            } else if let Some(c) = chunks.last_mut() {
                c.push(w);
            }
        }
        (verb, chunks.into_iter().filter(|c| !c.is_empty()).map(|c| c.join(" ")).collect())
    };
    let ((va, ca), (vb, cb)) = (split(x), split(y));
    let within = |p: &[String], q: &[String]| {
        p.iter().all(|c| q.iter().any(|d| d.starts_with(c.as_str()) || c.starts_with(d.as_str())))
    };
    va == vb && (within(&ca, &cb) || within(&cb, &ca))
}

/// Whether two figures speak of the same quantity.
fn comparable(ra: FigureRef, a: &Figure, rb: FigureRef, b: &Figure, words: &CompareWords) -> bool {
    if a.unit != b.unit || a.rate.is_some() != b.rate.is_some() || !a.scope.compatible(&b.scope) {
        return false;
    }
    if !crate::extract::rate::same_rate(a, b) {
        return false;
    }
    // Two parts of stated wholes are compared as the counts they make
    // (30 per cent of 1,400 is 35 per cent of 1,200), not as shares.
    if a.unit == Unit::Percent && a.share.is_some() && b.share.is_some() {
        return false;
    }
    let equal = |x: &Option<String>, y: &Option<String>| match (x, y) {
        (Some(x), Some(y)) => Some(x == y),
        _ => None,
    };
    let things = equal(&a.thing, &b.thing);
    // Two reports may say one thing of a figure in more or fewer words;
    // one report's two figures are compared only when said the same.
    let predicates = match (&a.predicate, &b.predicate) {
        (Some(x), Some(y)) if ra.article != rb.article => Some(predicates_agree(x, y, words)),
        (x, y) => equal(x, y),
    };
    if ra.article != rb.article && same_by_head(a, b) {
        return true;
    }
    // Parts of one stated whole of one head, said the same of
    // ("three-quarters of the port's 24 ship-to-shore cranes stood idle",
    // "nine of the port's 24 cranes were idle").
    if ra.article != rb.article
        && a.of_whole.is_some()
        && a.of_whole == b.of_whole
        && a.head.is_some()
        && a.head == b.head
        && predicates == Some(true)
    {
        return true;
    }
    let same = match (things, predicates) {
        (Some(false), _) | (_, Some(false)) => false,
        (Some(true), Some(true)) => true,
        // Same thing, one predicate unknown: only a specific thing counts.
        (Some(true), None) => !a.needs_predicate() && !b.needs_predicate(),
        // Same predicate, the thing unknown on one side: only a predicate
        // of several words ("waited over two years", not "injured") says
        // enough.
        (None, Some(true)) => a.predicate.as_deref().is_some_and(|p| p.contains(' ')),
        // Money, measures and rates with no thing: what leads up to them;
        // for two rates in two reports, a telling word of it in common.
        (None, None) => {
            equal(&a.lead, &b.lead) == Some(true)
                || equal(&a.subject, &b.subject) == Some(true)
                || (ra.article != rb.article && a.rate.is_some() && rate_words_meet(a, b, words))
        }
    };
    if !same {
        return false;
    }
    // Inside one article, two figures for one thing are often two moments
    // or two subsets; only a full match (thing and predicate) is compared.
    // A several-word thing and the same predicate are needed.
    if ra.article == rb.article {
        let specific = a.thing.as_deref().is_some_and(|t| t.contains(' '));
        return specific && predicates == Some(true) && a.sentence != b.sentence;
    }
    true
}

/// Whether two rates share a word of what leads up to them, what they
/// are for or their subject that is not a generic word of money or time.
fn rate_words_meet(a: &Figure, b: &Figure, words: &CompareWords) -> bool {
    let theirs: Vec<&str> = rate_words(b, words.rate_classes).collect();
    rate_words(a, words.rate_classes).any(|w| !words.generic.has(w) && theirs.contains(&w))
}

/// Whether two figures in different articles meet on their head noun
/// and event verb though their other words differ ("shed about 140 posts"
/// and "would shed 190 teaching posts"; "employs 2,750 staff" and "its
/// workforce of 3,350"). A count needs the same verb on both sides, or
/// both to state a standing size; money, measures, shares, durations and
/// temperatures need only verbs that do not disagree.
fn same_by_head(a: &Figure, b: &Figure) -> bool {
    let (Some(ha), Some(hb)) = (&a.head, &b.head) else {
        return false;
    };
    if ha != hb || a.unit != b.unit {
        return false;
    }
    // How often one thing is done to one object: by the same doer,
    // whatever the verb ("visited", "inspected").
    if a.form == Some(Form::Frequency) || b.form == Some(Form::Frequency) {
        return a.form == b.form && a.agent.is_some() && a.agent == b.agent;
    }
    let verbs = match (&a.verb, &b.verb) {
        (Some(x), Some(y)) => Some(x == y),
        _ => None,
    };
    if a.unit == CELSIUS {
        // A temperature only where both name the same place (a name, a
        // place after a preposition, or the clause's subject).
        fn wheres(f: &Figure) -> Vec<&String> {
            let mut w: Vec<&String> = f.scope.names.iter().chain(&f.scope.places).chain(&f.subject).collect();
            w.retain(|x| Some(*x) != f.head.as_ref());
            w
        }
        let (wa, wb) = (wheres(a), wheres(b));
        return wa.iter().any(|x| wb.contains(x));
    }
    // An amount that modifies its thing ("the £615m scheme", "the
    // 1,850-metre runway") is not governed by the clause's verb, which is
    // about the thing ("backed", "extend").
    let modifier = |f: &Figure| f.thing.is_some() && f.unit != Unit::Count;
    let same_verb = verbs == Some(true);
    match a.unit {
        // A count needs what is counted, what was done and who did it to
        // agree ("plans to shed 140 posts", "plans would shed 190 posts"),
        // or both to state a standing size ("employs", "a workforce of").
        Unit::Count => {
            let agents = a.agent.is_some() && a.agent == b.agent;
            (same_verb && a.thing.is_some() && a.thing == b.thing && agents)
                || (a.stock && b.stock && verbs != Some(false))
        }
        // A share: one side names it a share ("a market share of"), or
        // both say the same of it.
        Unit::Percent => (a.stock || b.stock || same_verb) && verbs != Some(false),
        _ if a.unit == ORDINAL => false,
        _ => verbs != Some(false) || modifier(a) || modifier(b),
    }
}

/// Whether the articles of two figures were published far enough apart, or
/// with words that say the count was running, for a difference to be a
/// change over time rather than a contradiction.
/// How long after a count a lower count of the same event is still read
/// as contradicting it rather than as the count having fallen: half a
/// year (a year on, a "different-scope" count is the likelier reading).
const LOWER_LATER_DAYS: i64 = 183;

fn change_over_time(ctx: &CheckContext<'_>, (a, fa): (FigureRef, &Figure), (b, fb): (FigureRef, &Figure)) -> bool {
    let Some(days) = ctx.days_apart(a.article, b.article) else {
        return false;
    };
    // A place in a series, a duration, a temperature or a measure of one
    // event does not move as a count does.
    let moves =
        |f: &Figure| matches!(f.unit, Unit::Count | Unit::Money(_) | Unit::Percent) && f.form != Some(Form::Ordinal);
    if !moves(fa) || !moves(fb) {
        return false;
    }
    // A count of one event told lower in the later report, within half a
    // year, did not fall over time: tolls and tallies grow, so the later,
    // lower count contradicts (or corrects) the earlier one.
    let (pa, pb) = (ctx.articles[a.article.0].meta.published, ctx.articles[b.article.0].meta.published);
    if let (Some(pa), Some(pb)) = (pa, pb)
        && fa.unit == Unit::Count
        && !fa.running_count
        && !fb.running_count
        && days <= LOWER_LATER_DAYS
    {
        let (early, late) = if pa <= pb { (fa, fb) } else { (fb, fa) };
        if late.value.hi < early.value.lo {
            return false;
        }
    }
    // A count of an ongoing series ("aftershocks") moves within hours:
    // two counts of one day are a count still moving.
    let series = ctx.rules.vocab.list("series-nouns");
    let ongoing = |f: &Figure| f.head.iter().chain(&f.thing).flat_map(|k| k.split(' ')).any(|w| series.has(w));
    days > SAME_TIME_DAYS || (days > 0 && (fa.running_count || fb.running_count)) || (ongoing(fa) && ongoing(fb))
}

fn finding_for(ctx: &CheckContext<'_>, comp: &[FigureRef], all_over_time: bool) -> Finding {
    let figure = |r: FigureRef| &ctx.claims[r.article.0].figures[r.index];
    let text_of = |r: FigureRef| figure(r).span.of(&ctx.articles[r.article.0].text).to_string();
    let periods: BTreeSet<_> = comp.iter().filter_map(|&r| figure(r).rate).collect();
    // How often a thing is done is a rate however it is written ("every
    // other day", "three times a day").
    let frequency = comp.iter().any(|&r| figure(r).form == Some(Form::Frequency));
    // "one in eight" is a rate per eight, "20 per cent" one per hundred:
    // one share in two units, as "40 a day" and "1,000 a month" are one
    // rate in two periods.
    let per_n = |r: &FigureRef| figure(*r).form == Some(Form::Ratio);
    let two_units = comp.iter().any(per_n) && !comp.iter().all(per_n);
    let kind = if periods.len() > 1 || frequency || two_units { RATE_MISMATCH } else { FigureMismatch::FINDING };

    let first = figure(comp[0]);
    let what = comp
        .iter()
        .find_map(|&r| {
            figure(r)
                .thing_span
                .map(|s| s.of(&ctx.articles[r.article.0].text).split_whitespace().collect::<Vec<_>>().join(" "))
        })
        .or_else(|| first.predicate.clone())
        .or_else(|| first.lead.clone())
        .or_else(|| first.subject.clone())
        .unwrap_or_else(|| "the same quantity".into());
    let mut written: Vec<String> = Vec::new();
    for &r in comp {
        let mut w = text_of(r);
        // "every 20 minutes", "once a fortnight" say their period.
        if let Some(p) = figure(r).rate
            && !w.contains("every ")
            && figure(r).form != Some(Form::Frequency)
        {
            w = format!("{w} a {}", p.name());
        }
        if !written.contains(&w) {
            written.push(w);
        }
    }
    let message = format!("{what}: {}", written.join(" vs "));
    // Shares met parts of stated wholes in per cent: say the shares.
    let in_percent = comp.iter().any(|&r| figure(r).unit == Unit::Percent);
    let ranges: Vec<String> = comp
        .iter()
        .map(|&r| {
            let v = figure(r).share.filter(|_| in_percent).unwrap_or(figure(r).value);
            let per = if figure(r).rate.is_some() { " a day" } else { "" };
            if v.lo == v.hi { format!("{}{per}", fmt_number(v.lo)) } else { format!("{v}{per}") }
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut help = format!("read as {}: no reading of the hedges lets them meet", ranges.join(" and "));
    if let [a, b] = &written[..]
        && transposed(a, b)
    {
        help = format!("{a} and {b} hold the same digits in another order: the digits look transposed");
    }
    // One rate given over two periods is one writer converting the
    // other's: a conversion that does not hold is wrong whenever it was
    // written, so time between the articles does not excuse it (unless a
    // count is said to be running).
    let converted = kind == RATE_MISMATCH && !comp.iter().any(|&r| figure(r).running_count);
    // "a 15-inch model", "an 80-yard run": a measure written as a compound
    // modifier most often names which one of its kind the thing is (one
    // model among sizes, one run among a game's), so two of them are more
    // often two things than two accounts of one.
    let classifiers = comp.iter().all(|&r| figure(r).form == Some(Form::CompoundMeasure));
    // "64GB of storage, and a higher-tier model with 128GB": one sentence
    // giving two values that cannot meet under one key lists several
    // things of a kind (models, players, sites) or a change, so a third
    // value elsewhere may be any of them.
    let listed = comp.iter().enumerate().any(|(n, &x)| {
        comp[n + 1..].iter().any(|&y| {
            x.article == y.article
                && figure(x).sentence == figure(y).sentence
                && !figure(x).value.overlaps(&figure(y).value)
        })
    });
    let severity = if all_over_time && !converted {
        help = format!("{help}; the articles were published at different times, so the figure may have changed");
        Severity::Advice
    } else if classifiers {
        help = format!(
            "{help}; each is written as a modifier (\"a 10-metre boat\"), which often names one of several things of a kind: check that both speak of the same one"
        );
        Severity::Advice
    } else if listed {
        help = format!(
            "{help}; one sentence gives two of these values, which most often lists several things of a kind (models, players, sites) or a change: check which one the other article speaks of"
        );
        Severity::Advice
    } else {
        Severity::Error
    };
    let labels =
        comp.iter().map(|&r| Label { article: r.article, span: figure(r).span, caption: text_of(r) }).collect();
    Finding::new(kind, severity, message, labels).with_help(help)
}

/// "1,420" and "1,240": the same digits in another order.
fn transposed(a: &str, b: &str) -> bool {
    let digits = |s: &str| {
        let mut d: Vec<char> = s.chars().filter(char::is_ascii_digit).collect();
        let raw = d.clone();
        d.sort_unstable();
        (d, raw)
    };
    let (da, ra) = digits(a);
    let (db, rb) = digits(b);
    da.len() >= 2 && da == db && ra != rb
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::shipped_rules;
    use crate::extract::{Claims, extract_with};
    use crate::load::Article;

    /// The check as it was before the sweep: every pair of each key
    /// group, the echo test walking the whole group. Kept to prove the
    /// sweep finds the same.
    fn all_pairs(ctx: &CheckContext<'_>) -> Vec<Finding> {
        let figure = |r: FigureRef| &ctx.claims[r.article.0].figures[r.index];
        let words = CompareWords::new(&ctx.rules.vocab);
        let widened = |r: FigureRef| {
            let f = figure(r);
            let t = ctx.rules.tolerance(FigureMismatch::ID, f.thing.as_deref());
            Interval { lo: f.value.lo - t.slack(f.value.lo), hi: f.value.hi + t.slack(f.value.hi) }
        };
        let echoed = |group: &[FigureRef], values: &[Interval], n: usize, m: usize| {
            let (a, b) = (group[n].article, group[m].article);
            a != b
                && group.iter().zip(values).any(|(r, v)| {
                    (r.article == a && v.overlaps(&values[m])) || (r.article == b && v.overlaps(&values[n]))
                })
        };
        let mut conflicts = Groups::default();
        for group in index_figures(ctx.claims, ctx.rules.vocab.list("rate-word-classes")).values() {
            let values: Vec<Interval> = group.iter().map(|&r| widened(r)).collect();
            for (n, &a) in group.iter().enumerate() {
                for (m, &b) in group.iter().enumerate().skip(n + 1) {
                    if !values[n].overlaps(&values[m])
                        && comparable(a, figure(a), b, figure(b), &words)
                        && !echoed(group, &values, n, m)
                        && !echoed_by_head(ctx, (a, figure(a)), (b, figure(b)), values[n], values[m])
                        && !amount_elsewhere(ctx, a, b)
                        && !other_occasion(ctx, a, b)
                        && !opposed(figure(a), figure(b))
                        && !paired_apart(figure(a), figure(b))
                    {
                        conflicts.link_marked(&a, &b, change_over_time(ctx, (a, figure(a)), (b, figure(b))));
                    }
                }
            }
        }
        conflicts.into_marked_groups().into_iter().map(|(c, over_time)| finding_for(ctx, &c, over_time)).collect()
    }

    fn claims_of(articles: &[Article]) -> Vec<Claims> {
        let rules = shipped_rules();
        articles
            .iter()
            .map(|a| extract_with(a, &crate::segment::segment(&a.text, &a.meta, &rules.vocab), rules))
            .collect()
    }

    /// One invented count told by thousands of reports, hedged and exact,
    /// a few of them far off, some reports giving two values (an echo),
    /// some two values in one article: the sweep and all pairs agree.
    #[test]
    fn the_sweep_finds_what_all_pairs_found_in_a_large_group() {
        let mut texts = Vec::new();
        for i in 0..1600u32 {
            let text = match i % 400 {
                7 => "Crews in Ostravel pumped out 2,950 flooded cellars, the Quenby water board said.".to_string(),
                13 => {
                    "Crews in Ostravel pumped out nearly 900 flooded cellars, the Quenby water board said.".to_string()
                }
                21 => "Crews in Ostravel pumped out 2,950 flooded cellars, the Quenby water board said. \
                       Crews in Ostravel pumped out about 1,400 flooded cellars by Tuesday, the board added."
                    .to_string(),
                // Most reports agree, within their hedges.
                _ => format!(
                    "Crews in Ostravel pumped out {} flooded cellars, the Quenby water board said.",
                    ["about 1,400", "1,390", "1,410", "more than 1,350", "around 1,420"][(i % 5) as usize]
                ),
            };
            texts.push(text);
        }
        let articles: Vec<Article> =
            texts.iter().enumerate().map(|(i, t)| Article::from_text(format!("r{i}.txt"), t.as_str())).collect();
        let claims = claims_of(&articles);
        let largest = index_figures(&claims, shipped_rules().vocab.list("rate-word-classes"))
            .values()
            .map(Vec::len)
            .max()
            .unwrap_or(0);
        assert!(largest >= 1600, "one key group of every report: {largest}");
        let ctx = CheckContext { articles: &articles, claims: &claims, rules: shipped_rules() };
        let swept = FigureMismatch.check(&ctx);
        assert!(!swept.is_empty(), "the far-off values conflict");
        assert_eq!(swept, all_pairs(&ctx));
    }

    /// The figure of a one-sentence article.
    fn figure_of(sentence: &str) -> Figure {
        let article = Article::from_text("a.txt", format!("Post\n\nHeadline\n\n3 March 2025\n\n{sentence}\n"));
        let mut claims = claims_of(&[article]);
        claims.remove(0).figures.into_iter().next().expect("a figure is read")
    }

    #[test]
    fn opposite_sides_of_one_party_are_two_quantities_and_of_two_parties_one_deal() {
        let opened = figure_of("The chain opened 30 branches across Wexmoor this year.");
        let closed = figure_of("The chain closed 12 branches across Wexmoor this year.");
        let rival_closed = figure_of("The rival closed 12 branches across Wexmoor this year.");
        let opened_too = figure_of("The chain opened 12 branches across Wexmoor this year.");
        assert_eq!(opened.sides, vec![crate::extract::figure::Side { exchange: "open".into(), taking: true }]);
        assert!(opposed(&opened, &closed));
        assert!(!opposed(&opened, &opened_too), "one side");
        assert!(!opposed(&opened, &rival_closed), "two parties: perhaps the two ends of one deal");
        // "lost" is on the losing side of two senses; "won" of one.
        let won = figure_of("The party won 41 seats on the council.");
        let lost = figure_of("The party lost 17 seats on the council.");
        assert!(opposed(&won, &lost));
    }
}
