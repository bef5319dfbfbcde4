//! Counting derivation trees of sentential forms: an oracle for conflict counterexamples, which
//! claim that a sentential form has two derivations (a unifying counterexample) or one
//! (each half of a nonunifying one).
//!
//! The grammar is plain data ([`Cfg`]), so the oracle shares no code with the engine it
//! checks. It counts by dynamic programming over the spans of the form, CYK-like but over any
//! right-hand side, with a fixed point per span for empty and unit productions (which make
//! cycles such as `a: a`); counts saturate at a cap, so cycles end.
//!
//! `sly-core`'s tests compile this file in by path (its manifest has no dependency on this
//! crate); keep it free of other modules of the crate.

/// A grammar symbol: terminals and nonterminals numbered separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sym {
    /// A terminal.
    T(u32),
    /// A nonterminal.
    N(u32),
}

/// A context-free grammar as plain data.
#[derive(Debug, Clone, Default)]
pub struct Cfg {
    /// The productions, `(left-hand side, right-hand side)`.
    pub productions: Vec<(u32, Vec<Sym>)>,
    /// The number of nonterminals (`0..nonterminals`).
    pub nonterminals: usize,
    /// The start symbol.
    pub start: u32,
}

impl Cfg {
    /// The number of distinct derivation trees of `form` from `root`, at most `cap` (`cap` is
    /// at least 1). A nonterminal in `form` is a leaf: it derives itself (and whatever else
    /// derives it, such as `a: b; b: a`, counts as another tree).
    ///
    /// # Examples
    /// ```
    /// use sly_testkit::derivations::{Cfg, Sym::{N, T}};
    ///
    /// // e: e + e | x
    /// let g = Cfg {
    ///     productions: vec![(0, vec![N(0), T(0), N(0)]), (0, vec![T(1)])],
    ///     nonterminals: 1,
    ///     start: 0,
    /// };
    /// assert_eq!(g.count_trees(0, &[T(1), T(0), T(1)], 5), 1);
    /// assert_eq!(g.count_trees(0, &[N(0), T(0), N(0), T(0), N(0)], 5), 2);
    /// assert_eq!(g.count_trees(0, &[T(0)], 5), 0);
    /// ```
    pub fn count_trees(&self, root: u32, form: &[Sym], cap: u64) -> u64 {
        let cap = cap.max(1);
        let n = form.len();
        let nn = self.nonterminals;
        // count[(i * (n + 1) + j) * nn + a]: trees of nonterminal `a` over form[i..j].
        let idx = |i: usize, j: usize, a: usize| (i * (n + 1) + j) * nn + a;
        let mut count = vec![0u64; (n + 1) * (n + 1) * nn];
        for len in 0..=n {
            for i in 0..=n - len {
                let j = i + len;
                // A fixed point: a span's counts may depend on the same span's (unit and empty
                // productions); they only grow and are capped.
                loop {
                    let mut changed = false;
                    for a in 0..nn {
                        let mut total: u64 = u64::from(len == 1 && form[i] == Sym::N(a as u32));
                        for (lhs, rhs) in &self.productions {
                            if *lhs as usize != a {
                                continue;
                            }
                            total = total.saturating_add(sequence(
                                rhs,
                                form,
                                (i, j),
                                &count,
                                &idx,
                                cap,
                            ));
                            if total >= cap {
                                break;
                            }
                        }
                        let total = total.min(cap);
                        if total > count[idx(i, j, a)] {
                            count[idx(i, j, a)] = total;
                            changed = true;
                        }
                    }
                    if !changed {
                        break;
                    }
                }
            }
        }
        if (root as usize) < nn {
            count[idx(0, n, root as usize)]
        } else {
            0
        }
    }

    /// A sentential form of the start symbol that contains `target`, as the symbols before it
    /// and after it, found breadth-first (so it is short); `None` when `target` is unreachable.
    pub fn context(&self, target: u32) -> Option<(Vec<Sym>, Vec<Sym>)> {
        let mut ctx: Vec<Option<(Vec<Sym>, Vec<Sym>)>> = vec![None; self.nonterminals];
        *ctx.get_mut(self.start as usize)? = Some((Vec::new(), Vec::new()));
        let mut queue = std::collections::VecDeque::from([self.start]);
        while let Some(a) = queue.pop_front() {
            let (before, after) = ctx[a as usize].clone()?;
            for (lhs, rhs) in &self.productions {
                if *lhs != a {
                    continue;
                }
                for (k, s) in rhs.iter().enumerate() {
                    let Sym::N(b) = *s else { continue };
                    if ctx[b as usize].is_some() {
                        continue;
                    }
                    let mut pre = before.clone();
                    pre.extend_from_slice(&rhs[..k]);
                    let mut post = rhs[k + 1..].to_vec();
                    post.extend_from_slice(&after);
                    ctx[b as usize] = Some((pre, post));
                    queue.push_back(b);
                }
            }
        }
        ctx.get(target as usize)?.clone()
    }

    /// The number of derivation trees (at most `cap`) from the start symbol of `form` put in a
    /// context of `root` ([`context`](Self::context)): how many ways the start symbol derives a
    /// sentential form around `form`, where `form` stands for `root`. 0 when `root` is
    /// unreachable.
    pub fn count_in_context(&self, root: u32, form: &[Sym], cap: u64) -> u64 {
        let Some((before, after)) = self.context(root) else {
            return 0;
        };
        let mut whole = before;
        whole.extend_from_slice(form);
        whole.extend_from_slice(&after);
        self.count_trees(self.start, &whole, cap)
    }
}

/// The ways `rhs` derives `form[i..j]`, at most `cap`, given the counts of the shorter spans
/// (`count[idx(i, j, a)]`).
fn sequence(
    rhs: &[Sym],
    form: &[Sym],
    (i, j): (usize, usize),
    count: &[u64],
    idx: &impl Fn(usize, usize, usize) -> usize,
    cap: u64,
) -> u64 {
    // ways[m - i]: the ways the symbols so far derive form[i..m].
    let mut ways = vec![0u64; j - i + 1];
    ways[0] = 1;
    for sym in rhs {
        let mut next = vec![0u64; j - i + 1];
        for start in i..=j {
            let w = ways[start - i];
            if w == 0 {
                continue;
            }
            match *sym {
                Sym::T(_) => {
                    if start < j && form[start] == *sym {
                        let slot = &mut next[start + 1 - i];
                        *slot = slot.saturating_add(w).min(cap);
                    }
                }
                Sym::N(b) => {
                    for end in start..=j {
                        let c = count[idx(start, end, b as usize)];
                        if c > 0 {
                            let slot = &mut next[end - i];
                            *slot = slot.saturating_add(w.saturating_mul(c)).min(cap);
                        }
                    }
                }
            }
        }
        ways = next;
        if ways.iter().all(|&w| w == 0) {
            return 0;
        }
    }
    ways[j - i]
}

/// A derivation tree of a counterexample, as plain data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tree {
    /// A symbol of the sentential form.
    Leaf(Sym),
    /// The conflict point.
    Dot,
    /// Production number `.0` (an index into [`Cfg::productions`]) applied to the children.
    Node(usize, Vec<Tree>),
}

impl Tree {
    /// The symbol the tree derives (`None` for the dot or a production out of range).
    pub fn symbol(&self, g: &Cfg) -> Option<Sym> {
        match self {
            Tree::Leaf(s) => Some(*s),
            Tree::Dot => None,
            Tree::Node(p, _) => g.productions.get(*p).map(|(lhs, _)| Sym::N(*lhs)),
        }
    }

    /// The leaves, left to right, with `None` for the dot.
    pub fn leaves(&self) -> Vec<Option<Sym>> {
        let mut out = Vec::new();
        let mut stack = vec![self];
        while let Some(t) = stack.pop() {
            match t {
                Tree::Leaf(s) => out.push(Some(*s)),
                Tree::Dot => out.push(None),
                Tree::Node(_, children) => stack.extend(children.iter().rev()),
            }
        }
        out
    }
}

/// What a counterexample claims, as plain data.
#[derive(Debug, Clone)]
pub struct Claim {
    /// The conflict's lookahead terminal.
    pub lookahead: u32,
    /// Whether the conflict is shift/reduce (the shift comes first).
    pub shift_reduce: bool,
    /// The productions the conflict could reduce.
    pub reductions: Vec<usize>,
    /// One sentential form with two derivations, or two forms.
    pub unifying: bool,
    /// The search ran out of steps (the nonunifying forms may then lack the lookahead).
    pub timed_out: bool,
    /// The two derivations.
    pub trees: [Tree; 2],
    /// The production each derivation reduces at the dot (`None`: it shifts the lookahead).
    pub actions: [Option<usize>; 2],
}

impl Cfg {
    /// Checks a counterexample: each tree applies productions of the grammar and holds one dot;
    /// at the dot, the shift derivation's production has the lookahead next, and a reduce
    /// derivation's production ends; for a unifying counterexample, one sentential form that
    /// the start symbol derives in two ways (in a context of the trees' common root); for a
    /// nonunifying one, two sentential forms, the same before the dot for a shift/reduce
    /// conflict. The lookahead follows the dot whenever the example can show it.
    ///
    /// # Errors
    /// What is wrong, in words.
    pub fn check_claim(&self, c: &Claim) -> Result<(), String> {
        let t = Sym::T(c.lookahead);
        let mut forms = Vec::new();
        for (tree, action) in c.trees.iter().zip(c.actions) {
            let mut dots = 0;
            self.check_tree(tree, &mut dots)?;
            if dots != 1 {
                return Err(format!("{dots} dots in {tree:?}"));
            }
            let Some(Sym::N(root)) = tree.symbol(self) else {
                return Err("the root is not a nonterminal".into());
            };
            let (prod, siblings, i) = dot_parent(tree).ok_or("no dot")?;
            match action {
                None => {
                    if !c.shift_reduce || siblings.get(i + 1) != Some(&Tree::Leaf(t)) {
                        return Err("the shift derivation does not shift the lookahead".into());
                    }
                }
                Some(p) => {
                    if prod != p || i + 1 != siblings.len() || !c.reductions.contains(&p) {
                        return Err(format!("the derivation does not reduce {p} at the dot"));
                    }
                }
            }
            let leaves = tree.leaves();
            let at = leaves.iter().position(Option::is_none).unwrap_or(0);
            let before: Vec<Sym> = leaves[..at].iter().flatten().copied().collect();
            let after: Vec<Sym> = leaves[at + 1..].iter().flatten().copied().collect();
            if (c.shift_reduce || !c.unifying) && !c.timed_out && after.first() != Some(&t) {
                return Err(format!("{t:?} does not follow the dot: {after:?}"));
            }
            let mut form = before.clone();
            form.extend_from_slice(&after);
            forms.push((root, form, before));
        }
        if c.unifying {
            let [(r0, f0, b0), (r1, f1, b1)] = [&forms[0], &forms[1]];
            if r0 != r1 || f0 != f1 || b0 != b1 {
                return Err("a unifying counterexample with two different forms".into());
            }
            let n = self.count_in_context(*r0, f0, 2);
            if n < 2 {
                return Err(format!("the start symbol derives the example {n} ways"));
            }
        } else {
            for (root, form, _) in &forms {
                if self.count_in_context(*root, form, 1) == 0 {
                    return Err(format!("not a sentential form: {form:?}"));
                }
            }
            if c.shift_reduce && forms[0].2 != forms[1].2 {
                return Err("the two examples differ before the dot".into());
            }
        }
        Ok(())
    }

    fn check_tree(&self, tree: &Tree, dots: &mut usize) -> Result<(), String> {
        match tree {
            Tree::Dot => *dots += 1,
            Tree::Leaf(_) => {}
            Tree::Node(p, children) => {
                let (_, rhs) = self.productions.get(*p).ok_or("no such production")?;
                let syms: Vec<Sym> = children
                    .iter()
                    .filter(|c| !matches!(c, Tree::Dot))
                    .map(|c| c.symbol(self).ok_or("a child without a symbol"))
                    .collect::<Result<_, _>>()?;
                if &syms != rhs {
                    return Err(format!("production {p} with children {syms:?}"));
                }
                for c in children {
                    self.check_tree(c, dots)?;
                }
            }
        }
        Ok(())
    }
}

/// The production whose node the dot is a child of, its children, and the dot's index.
fn dot_parent(tree: &Tree) -> Option<(usize, &[Tree], usize)> {
    let Tree::Node(p, children) = tree else {
        return None;
    };
    if let Some(i) = children.iter().position(|c| matches!(c, Tree::Dot)) {
        return Some((*p, children, i));
    }
    children.iter().find_map(dot_parent)
}

#[cfg(test)]
mod tests {
    use super::Sym::{N, T};
    use super::*;

    #[test]
    fn empty_and_cyclic_rules() {
        // s: a s | %empty ; a: a | x   (a: a is a cycle: infinitely many trees)
        let g = Cfg {
            productions: vec![
                (0, vec![N(1), N(0)]),
                (0, vec![]),
                (1, vec![N(1)]),
                (1, vec![T(0)]),
            ],
            nonterminals: 2,
            start: 0,
        };
        assert_eq!(g.count_trees(0, &[], 3), 1);
        assert_eq!(g.count_trees(0, &[T(0)], 3), 3);
        assert_eq!(g.count_trees(0, &[T(1)], 3), 0);
        assert_eq!(g.context(1), Some((vec![], vec![N(0)])));
    }

    #[test]
    fn unambiguous_forms_count_once() {
        // s: IF s | IF s ELSE s | X
        let (i, e, x) = (T(0), T(1), T(2));
        let g = Cfg {
            productions: vec![
                (0, vec![i, N(0)]),
                (0, vec![i, N(0), e, N(0)]),
                (0, vec![x]),
            ],
            nonterminals: 1,
            start: 0,
        };
        assert_eq!(g.count_trees(0, &[i, x, e, x], 9), 1);
        assert_eq!(g.count_trees(0, &[i, i, x, e, x], 9), 2);
        assert_eq!(g.count_in_context(0, &[i, i, N(0), e, N(0)], 9), 2);
    }
}
