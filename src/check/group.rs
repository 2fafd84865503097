//! Joining conflicting pairs into groups: every rule reports one finding
//! per connected group of claims, never one per pair.

use std::collections::BTreeSet;

/// The connected components of a graph given by its edges, each sorted,
/// in a deterministic order.
pub fn components<T: Ord + Clone>(edges: &BTreeSet<(T, T)>) -> Vec<Vec<T>> {
    let mut comps: Vec<BTreeSet<T>> = Vec::new();
    for (a, b) in edges {
        let hits: Vec<usize> = (0..comps.len()).filter(|&i| comps[i].contains(a) || comps[i].contains(b)).collect();
        let mut merged: BTreeSet<T> = [a.clone(), b.clone()].into_iter().collect();
        for &i in hits.iter().rev() {
            merged.extend(comps.remove(i));
        }
        comps.push(merged);
    }
    let mut out: Vec<Vec<T>> = comps.into_iter().map(|c| c.into_iter().collect()).collect();
    out.sort();
    out
}
