//! Word alignment of two versions of one quote: the shorter version laid
//! over the best-fitting stretch of the longer one, word by word, so that
//! a diagnostic can show exactly which words differ.
//!
//! Edit distance over words with free ends on the longer side (a shorter
//! excerpt is not a change). A changed word or a word only the shorter
//! version has costs 2, a word only the longer one has costs 1, so that
//! words left out in the middle are read as left out, not as the last
//! words changed. An ellipsis or a [bracketed] insertion, in either
//! version, stands for words left out or the reporter's own.

/// One word of a version as aligned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    Word(&'a str),
    Gap,
    Insertion,
}

/// One step of an alignment: indices into the short and the long version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Same(usize, usize),
    /// A word of the short version put where a word of the long one was.
    Changed(usize, usize),
    /// A word of the short version that the long one lacks.
    Added(usize),
    /// A word of the long version that the short one lacks.
    Dropped(usize),
    /// Long-version words covered by an ellipsis or an insertion.
    Elided(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alignment {
    pub steps: Vec<Step>,
    /// Words changed, added or dropped.
    pub cost: usize,
}

impl Alignment {
    pub fn same(&self) -> usize {
        self.steps.iter().filter(|s| matches!(s, Step::Same(..))).count()
    }
}

/// The cost of a changed word (`CHANGE`) and of a word the long version
/// lacks (`ADD`). A word the long version has and the short one lacks
/// costs 1: with free ends, adding words at an end of the short version
/// must not be cheaper than reading them as dropped in the middle.
const CHANGE: usize = 2;
const ADD: usize = 2;

/// How many long-version words an insertion may stand for.
const INSERTION_SPAN: usize = 3;

/// Aligns `short` over the best stretch of `long`; `eq` says when two
/// words are the same word.
pub fn align(short: &[Token], long: &[Token], eq: impl Fn(&str, &str) -> bool) -> Alignment {
    const INF: usize = usize::MAX / 4;
    let (n, m) = (short.len(), long.len());
    // cost[i][j]: short[..i] aligned, ending just before long[j].
    let mut cost = vec![vec![INF; m + 1]; n + 1];
    for c in &mut cost[0] {
        *c = 0;
    }
    for i in 1..=n {
        for j in 0..=m {
            let mut best = cost[i - 1][j] + ADD; // short word added
            match short[i - 1] {
                Token::Gap => {
                    best = best.min(cost[i - 1][..=j].iter().copied().min().unwrap_or(INF));
                }
                Token::Insertion => {
                    let from = j.saturating_sub(INSERTION_SPAN);
                    best = best.min(cost[i - 1][from..=j].iter().copied().min().unwrap_or(INF));
                }
                Token::Word(w) => {
                    if j > 0 {
                        let sub = match long[j - 1] {
                            Token::Word(v) if eq(w, v) => 0,
                            _ => CHANGE,
                        };
                        best = best.min(cost[i - 1][j - 1] + sub);
                    }
                }
            }
            if j > 0 {
                // A long word dropped; an ellipsis or insertion of the long
                // version stands for words the short one may have.
                let skip = usize::from(!matches!(long[j - 1], Token::Gap | Token::Insertion));
                best = best.min(cost[i][j - 1] + skip);
            }
            cost[i][j] = best;
        }
    }
    // Free end on the long side: the best column of the last row, the
    // latest on a tie, so that a last word reads as changed rather than
    // added ("our lifetime" over "our time").
    let mut j = (0..=m).min_by_key(|&j| (cost[n][j], std::cmp::Reverse(j))).unwrap_or(0);
    let total = cost[n][j];
    let mut i = n;
    let mut steps = Vec::new();
    while i > 0 {
        let here = cost[i][j];
        match short[i - 1] {
            Token::Gap | Token::Insertion => {
                let lo = if short[i - 1] == Token::Gap { 0 } else { j.saturating_sub(INSERTION_SPAN) };
                if let Some(k) = (lo..=j).rev().find(|&k| cost[i - 1][k] == here) {
                    for e in (k..j).rev() {
                        steps.push(Step::Elided(e));
                    }
                    j = k;
                    i -= 1;
                    continue;
                }
            }
            Token::Word(w) => {
                if j > 0 {
                    let same = matches!(long[j - 1], Token::Word(v) if eq(w, v));
                    if cost[i - 1][j - 1] + if same { 0 } else { CHANGE } == here {
                        steps.push(if same { Step::Same(i - 1, j - 1) } else { Step::Changed(i - 1, j - 1) });
                        i -= 1;
                        j -= 1;
                        continue;
                    }
                }
            }
        }
        if j > 0 && matches!(long[j - 1], Token::Gap | Token::Insertion) && cost[i][j - 1] == here {
            steps.push(Step::Elided(j - 1));
            j -= 1;
        } else if j > 0 && cost[i][j - 1] + 1 == here {
            steps.push(Step::Dropped(j - 1));
            j -= 1;
        } else {
            debug_assert_eq!(cost[i - 1][j] + ADD, here);
            steps.push(Step::Added(i - 1));
            i -= 1;
        }
    }
    steps.reverse();
    pair_edges(&mut steps, m);
    Alignment { steps, cost: total }
}

/// A word added at the end of the short version, beside a word of the
/// long one after the stretch, is that word changed: "our lifetime" over
/// "our time" is a change of the last word, not an addition. (At the
/// start, a reporter's "It" for the long version's subject is how an
/// excerpt begins, so the start is left alone.)
fn pair_edges(steps: &mut [Step], m: usize) {
    let long_of = |s: &Step| match *s {
        Step::Same(_, j) | Step::Changed(_, j) | Step::Dropped(j) | Step::Elided(j) => Some(j),
        Step::Added(_) => None,
    };
    let tail = steps.iter().rev().take_while(|s| matches!(s, Step::Added(_))).count();
    let start = steps.len() - tail;
    if let Some(last) = steps[..start].iter().rev().find_map(long_of) {
        let k = tail.min(m - (last + 1));
        for (o, s) in steps[start..start + k].iter_mut().enumerate() {
            if let Step::Added(i) = *s {
                *s = Step::Changed(i, last + 1 + o);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<Token<'_>> {
        s.split_whitespace()
            .map(|w| match w {
                "…" => Token::Gap,
                "[x]" => Token::Insertion,
                w => Token::Word(w),
            })
            .collect()
    }

    fn run(a: &str, b: &str) -> Alignment {
        align(&words(a), &words(b), |x, y| x == y)
    }

    #[test]
    fn excerpt_costs_nothing() {
        assert_eq!(run("the tide is turning", "we think the tide is turning now").cost, 0);
        assert_eq!(run("we … turning", "we think the tide is turning").cost, 0);
        assert_eq!(run("we [x] the tide", "we think the tide").cost, 0);
    }

    #[test]
    fn changed_added_dropped() {
        let a = run("the canal will stay shut until spring", "we expect the canal to stay shut until autumn");
        assert!(a.steps.contains(&Step::Changed(6, 8)), "{:?}", a.steps);
        let b = run("the crews saved them all", "the crews saved nearly every one of them all");
        assert_eq!(b.steps.iter().filter(|s| matches!(s, Step::Dropped(_))).count(), 4);
        assert_eq!(b.same(), 5);
    }
}
