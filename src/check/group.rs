//! Joining conflicting pairs into groups: every rule reports one finding
//! per connected group of claims, never one per pair.

use std::collections::{BTreeMap, BTreeSet};

/// The connected components of a graph given by its edges, each sorted,
/// in a deterministic order. A union-find: near-linear in the number of
/// edges, however many copies of one claim an input repeats.
pub fn components<T: Ord + Clone>(edges: &BTreeSet<(T, T)>) -> Vec<Vec<T>> {
    let mut index: BTreeMap<&T, usize> = BTreeMap::new();
    let mut nodes: Vec<&T> = Vec::new();
    let mut parent: Vec<usize> = Vec::new();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for (a, b) in edges {
        let ia = *index.entry(a).or_insert_with(|| {
            nodes.push(a);
            parent.push(parent.len());
            parent.len() - 1
        });
        let ib = *index.entry(b).or_insert_with(|| {
            nodes.push(b);
            parent.push(parent.len());
            parent.len() - 1
        });
        let (ra, rb) = (find(&mut parent, ia), find(&mut parent, ib));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut groups: BTreeMap<usize, Vec<T>> = BTreeMap::new();
    for (i, node) in nodes.iter().enumerate() {
        let root = find(&mut parent, i);
        groups.entry(root).or_default().push((*node).clone());
    }
    let mut out: Vec<Vec<T>> = groups
        .into_values()
        .map(|mut g| {
            g.sort();
            g
        })
        .collect();
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::components;

    #[test]
    fn joins_chains_and_keeps_groups_apart() {
        let edges = [(1, 2), (3, 4), (2, 5), (6, 7), (7, 3)].into_iter().collect();
        assert_eq!(components(&edges), vec![vec![1, 2, 5], vec![3, 4, 6, 7]]);
    }
}
