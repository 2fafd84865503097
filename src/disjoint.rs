//! Disjoint sets of the numbers `0..n` (a union-find), the one both the
//! story grouping and the kinds' conflict groups (`check::group`) join
//! their items with: near-linear in the number of links, a number a node.

use std::cmp::Ordering;

/// Sets of `0..n`, each named by its lowest member: which sets come out
/// does not depend on the order of the links, so neither do the reports.
#[derive(Debug, Default, Clone)]
pub struct DisjointSets {
    parent: Vec<u32>,
}

impl DisjointSets {
    /// `n` sets of one member each.
    pub fn new(n: usize) -> DisjointSets {
        let mut sets = DisjointSets::default();
        for _ in 0..n {
            sets.push();
        }
        sets
    }

    /// Adds a set of one new member and returns the member.
    pub fn push(&mut self) -> usize {
        let n = self.parent.len();
        self.parent.push(u32::try_from(n).expect("fewer than 2^32 members"));
        n
    }

    /// The root of `a`'s set.
    pub fn find(&mut self, mut a: usize) -> usize {
        while self.parent[a] as usize != a {
            // Path halving: each step points a node at its grandparent.
            let up = self.parent[self.parent[a] as usize];
            self.parent[a] = up;
            a = up as usize;
        }
        a
    }

    /// Joins the sets of `a` and `b`; returns the root kept and the root
    /// joined to it (equal when they were one set already). The lower root
    /// stays.
    pub fn union(&mut self, a: usize, b: usize) -> (usize, usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        match ra.cmp(&rb) {
            Ordering::Less => self.parent[rb] = ra as u32,
            Ordering::Greater => self.parent[ra] = rb as u32,
            Ordering::Equal => {}
        }
        (ra.min(rb), ra.max(rb))
    }
}

#[cfg(test)]
mod tests {
    use super::DisjointSets;

    #[test]
    fn links_join_sets_and_the_lowest_member_names_each() {
        for order in [[(3, 1), (1, 4), (5, 6)], [(5, 6), (1, 4), (3, 1)]] {
            let mut sets = DisjointSets::new(7);
            for (a, b) in order {
                sets.union(a, b);
            }
            let roots: Vec<usize> = (0..7).map(|a| sets.find(a)).collect();
            assert_eq!(roots, vec![0, 1, 2, 1, 1, 5, 5], "{order:?}");
        }
    }

    #[test]
    fn a_union_reports_the_root_kept_and_the_root_joined() {
        let mut sets = DisjointSets::new(4);
        assert_eq!(sets.union(2, 3), (2, 3));
        assert_eq!(sets.union(3, 0), (0, 2));
        assert_eq!(sets.union(2, 0), (0, 0), "already one set");
        assert_eq!(sets.push(), 4);
    }
}
