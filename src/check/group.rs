//! Joining conflicting pairs into groups: every kind reports one finding
//! per connected group of claims, never one per pair. One union-find for
//! every kind.

use crate::disjoint::DisjointSets;
use std::collections::BTreeMap;

/// Claims linked by conflicts, as a union-find: near-linear in the number
/// of links, memory only per claim (links are never stored, so two
/// articles repeating one claim thousands of times cost what their claims
/// do). Each group also keeps whether every link in it was marked (figure
/// mismatch marks a change over time).
#[derive(Debug)]
pub struct Groups<T: Ord + Clone> {
    index: BTreeMap<T, usize>,
    sets: DisjointSets,
    all_marked: Vec<bool>,
}

impl<T: Ord + Clone> Default for Groups<T> {
    fn default() -> Self {
        Groups { index: BTreeMap::new(), sets: DisjointSets::default(), all_marked: Vec::new() }
    }
}

impl<T: Ord + Clone> Groups<T> {
    fn node(&mut self, x: &T) -> usize {
        if let Some(&i) = self.index.get(x) {
            return i;
        }
        let i = self.sets.push();
        self.index.insert(x.clone(), i);
        self.all_marked.push(true);
        i
    }

    /// Puts `a` and `b` in one group.
    pub fn link(&mut self, a: &T, b: &T) {
        self.link_marked(a, b, true);
    }

    /// Puts `a` and `b` in one group; the group stays marked only while
    /// every link in it is.
    pub fn link_marked(&mut self, a: &T, b: &T, marked: bool) {
        let (na, nb) = (self.node(a), self.node(b));
        let (keep, gone) = self.sets.union(na, nb);
        self.all_marked[keep] = self.all_marked[keep] && self.all_marked[gone] && marked;
    }

    /// The groups, each sorted, in order; with whether every link in the
    /// group was marked.
    pub fn into_marked_groups(mut self) -> Vec<(Vec<T>, bool)> {
        let mut by_root: BTreeMap<usize, Vec<T>> = BTreeMap::new();
        let nodes: Vec<(T, usize)> = std::mem::take(&mut self.index).into_iter().collect();
        for (x, i) in nodes {
            let root = self.sets.find(i);
            by_root.entry(root).or_default().push(x);
        }
        // Members come out of the BTreeMap in order, so each group is sorted.
        let mut out: Vec<(Vec<T>, bool)> =
            by_root.into_iter().map(|(root, members)| (members, self.all_marked[root])).collect();
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }

    /// The groups, each sorted, in order.
    pub fn into_groups(self) -> Vec<Vec<T>> {
        self.into_marked_groups().into_iter().map(|(g, _)| g).collect()
    }
}

/// The connected components of a graph given by its edges, each sorted,
/// in a deterministic order.
pub fn components<'a, T: Ord + Clone + 'a>(edges: impl IntoIterator<Item = &'a (T, T)>) -> Vec<Vec<T>> {
    let mut groups = Groups::default();
    for (a, b) in edges {
        groups.link(a, b);
    }
    groups.into_groups()
}

/// Calls `visit(i, j)`, `i < j`, once for every pair of closed intervals
/// `[lo, hi]` of `spans` that do not meet (`!(a.lo <= b.hi && b.lo <=
/// a.hi)`): the conflicting pairs of a key group, found by sorting and
/// sweeping rather than by testing all pairs. Sorted by `lo`, the
/// intervals wholly above one are a suffix found by binary search, so the
/// cost is O(n log n) plus the pairs visited, and a group of thousands of
/// agreeing figures with a few conflicts costs what sorting it does. An
/// interval with no order (a NaN bound, or `lo > hi`) is tested against
/// every other one, as all pairs would.
pub fn disjoint_pairs<T: PartialOrd + Copy>(spans: &[(T, T)], visit: impl FnMut(usize, usize)) {
    disjoint_pairs_within(spans, |_| None, visit);
}

/// [`disjoint_pairs`], but only the pairs where the higher interval
/// starts no later than `reach(hi)` of the lower one's high end (`None`:
/// no limit): dates of one event told wrong are weeks apart, not years,
/// so only those pairs need testing.
pub fn disjoint_pairs_within<T: PartialOrd + Copy>(
    spans: &[(T, T)],
    reach: impl Fn(T) -> Option<T>,
    mut visit: impl FnMut(usize, usize),
) {
    let meet = |a: (T, T), b: (T, T)| a.0 <= b.1 && b.0 <= a.1;
    let (regular, odd): (Vec<usize>, Vec<usize>) = (0..spans.len()).partition(|&i| spans[i].0 <= spans[i].1);
    let mut by_lo = regular;
    by_lo.sort_by(|&a, &b| spans[a].0.partial_cmp(&spans[b].0).unwrap_or(std::cmp::Ordering::Equal));
    for &i in &by_lo {
        let hi = spans[i].1;
        // Regular intervals meet unless one lies wholly above the other,
        // and only one of the two can: each pair is visited once.
        let above = by_lo.partition_point(|&k| spans[k].0 <= hi);
        let end = reach(hi).map_or(by_lo.len(), |r| by_lo.partition_point(|&k| spans[k].0 <= r).max(above));
        for &j in &by_lo[above..end] {
            visit(i.min(j), i.max(j));
        }
    }
    for (n, &i) in odd.iter().enumerate() {
        let others = by_lo.iter().chain(&odd[n + 1..]);
        for &j in others {
            if !meet(spans[i], spans[j]) {
                visit(i.min(j), i.max(j));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pairs all-pairs testing finds, for comparison.
    fn all_pairs(spans: &[(f64, f64)]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for i in 0..spans.len() {
            for j in i + 1..spans.len() {
                let (a, b) = (spans[i], spans[j]);
                if !(a.0 <= b.1 && b.0 <= a.1) {
                    out.push((i, j));
                }
            }
        }
        out
    }

    #[test]
    fn the_sweep_finds_exactly_the_pairs_that_do_not_meet() {
        // Invented intervals: touching ends, nesting, points, an infinite
        // reach, a NaN bound and a reversed interval.
        let mut spans = vec![
            (1.0, 2.0),
            (2.0, 3.0),
            (2.5, 2.5),
            (0.0, 10.0),
            (4.0, f64::INFINITY),
            (f64::NAN, 1.0),
            (6.0, 5.0),
            (-3.0, -1.0),
            (3.5, 3.9),
        ];
        // A pseudo-random tail, deterministic.
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..400 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            #[allow(clippy::cast_precision_loss)]
            let lo = (x % 1000) as f64 / 10.0;
            #[allow(clippy::cast_precision_loss)]
            let width = ((x >> 20) % 50) as f64 / 10.0;
            spans.push((lo, lo + width));
        }
        let mut swept = Vec::new();
        disjoint_pairs(&spans, |i, j| swept.push((i, j)));
        swept.sort_unstable();
        assert_eq!(swept, all_pairs(&spans));
    }

    #[test]
    fn a_reach_keeps_only_near_pairs() {
        let spans = [(0, 1), (3, 4), (10, 12), (5, 5), (20, 30), (7, 2)];
        let mut near = Vec::new();
        disjoint_pairs_within(&spans, |hi| Some(hi + 3), |i, j| near.push((i, j)));
        near.sort_unstable();
        // Regular pairs above within 3 of the lower's end; the reversed
        // interval (7, 2) is tested against all, as all pairs would.
        let expected: Vec<(usize, usize)> = {
            let mut v = vec![(0, 1), (1, 3)];
            for j in 0..5 {
                let (a, b) = (spans[j], spans[5]);
                if !(a.0 <= b.1 && b.0 <= a.1) {
                    v.push((j, 5));
                }
            }
            v.sort_unstable();
            v
        };
        assert_eq!(near, expected);
    }

    #[test]
    fn joins_chains_and_keeps_groups_apart() {
        let edges = [(1, 2), (3, 4), (2, 5), (6, 7), (7, 3)];
        assert_eq!(components(&edges), vec![vec![1, 2, 5], vec![3, 4, 6, 7]]);
    }

    #[test]
    fn a_group_is_marked_only_when_every_link_is() {
        let mut g = Groups::default();
        g.link_marked(&1, &2, true);
        g.link_marked(&3, &4, true);
        g.link_marked(&4, &5, false);
        assert_eq!(g.into_marked_groups(), vec![(vec![1, 2], true), (vec![3, 4, 5], false)]);
    }
}
