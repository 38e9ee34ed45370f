//! Training and cross-validation of the text-mode model ([`crate::model`]).
//! Native only (feature `cli`): the wasm build carries the weights, not this.
//!
//! Stage 1 is a multinomial logistic regression fitted by full-batch Adam on
//! standardised inputs with an L2 penalty; the standardisation is folded back
//! into the weights, so inference reads raw inputs. Stage 2 is gradient
//! boosting of depth-limited trees on the softmax loss (Newton steps, one
//! score per label in each leaf, splits chosen on per-input quantile bins).
//! Everything is deterministic: no random initialisation or sampling, sums in
//! a fixed order, folds from a fixed seed.

use crate::block::Block;
use crate::classify::{classify_with, text_features, text_rule_verdicts};
use crate::label::Label;
use crate::model::{
    stage1_inputs, stage2_inputs, Forest, Linear, TextModel, STAGE1_INPUTS, STAGE2_INPUTS,
};
use crate::options::Options;

/// Folds of the cross-validation.
pub const FOLDS: usize = 5;
/// Seed of the fold assignment.
pub const FOLD_SEED: u64 = 0x5eed_dec1;
/// Adam steps per fit.
pub const STEPS: usize = 300;
/// Adam step size.
pub const LEARNING_RATE: f64 = 0.05;
/// L2 penalty on the weights (not the biases), per sample.
pub const L2: f64 = 1e-4;
/// Class weights are `(blocks / (4 · blocks of the class))^CLASS_BALANCE`:
/// 0 weighs every block alike (favours the common "ad"), 1 weighs every label
/// alike (favours the rare "caption"); macro-F1 wants something between.
pub const CLASS_BALANCE: f64 = 0.3;

/// Boosting rounds of stage 2 (one tree each).
pub const TREES: usize = 80;
/// Levels of splits per tree: depth 3 lets a tree weigh three inputs together.
pub const TREE_DEPTH: usize = 3;
/// Shrinkage of each tree's Newton step.
pub const TREE_LEARNING_RATE: f64 = 0.2;
/// L2 penalty on leaf values (added to each leaf's summed Hessian).
pub const TREE_L2: f64 = 1.0;
/// Least summed Hessian (weighted, over the labels) on each side of a split:
/// no split isolates a handful of blocks.
pub const TREE_MIN_HESSIAN: f64 = 5.0;
/// Candidate thresholds per input: its quantiles over the training rows.
pub const TREE_BINS: usize = 32;
/// Leaf values are stored as `i8` steps of `TREE_LEAF_LIMIT / 127`; a leaf's
/// score per label is clipped to ± this (boosting corrects the rounding in the
/// following trees, so the stored forest is exactly the trained one).
pub const TREE_LEAF_LIMIT: f64 = 0.5;

/// One labeled text document.
#[derive(Clone, Debug)]
pub struct Doc {
    pub id: String,
    /// The site it comes from: folds never split a host.
    pub host: String,
    pub blocks: Vec<Block>,
    pub labels: Vec<Label>,
}

/// Fold of each document: hosts are shuffled with a fixed seed and dealt out
/// so each fold gets about the same number of documents; every document of a
/// host lands in the same fold.
pub fn host_folds(hosts: &[&str], folds: usize, seed: u64) -> Vec<usize> {
    let mut distinct: Vec<&str> = hosts.to_vec();
    distinct.sort_unstable();
    distinct.dedup();
    let mut rng = seed.max(1);
    // Fisher–Yates with xorshift64.
    for i in (1..distinct.len()).rev() {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        distinct.swap(i, (rng % (i as u64 + 1)) as usize);
    }
    // Largest hosts first, each to the fold with the fewest documents so far.
    let count = |h: &str| hosts.iter().filter(|&&x| x == h).count();
    let mut order: Vec<(usize, &str)> = distinct.iter().map(|h| (count(h), *h)).collect();
    order.sort_by_key(|o| std::cmp::Reverse(o.0));
    let mut sizes = vec![0usize; folds.max(1)];
    let mut fold_of = std::collections::HashMap::new();
    for (n, h) in order {
        let f = (0..sizes.len()).min_by_key(|&f| (sizes[f], f)).unwrap_or(0);
        sizes[f] += n;
        fold_of.insert(h, f);
    }
    hosts.iter().map(|h| fold_of[h]).collect()
}

/// Fits a linear softmax on rows `x` (`inputs` per row) with labels `y`
/// (indexes into [`Label::ALL`]). Returns weights in [`Linear`]'s layout.
pub fn fit(x: &[f32], inputs: usize, y: &[usize]) -> Vec<f32> {
    let n = y.len();
    assert_eq!(x.len(), n * inputs);
    let k = Label::ALL.len();
    // Standardise.
    let mut mean = vec![0f64; inputs];
    let mut sd = vec![0f64; inputs];
    for row in x.chunks(inputs) {
        for (j, v) in row.iter().enumerate() {
            mean[j] += *v as f64;
        }
    }
    mean.iter_mut().for_each(|m| *m /= n.max(1) as f64);
    for row in x.chunks(inputs) {
        for (j, v) in row.iter().enumerate() {
            sd[j] += (*v as f64 - mean[j]).powi(2);
        }
    }
    sd.iter_mut()
        .for_each(|s| *s = (*s / n.max(1) as f64).sqrt().max(1e-6));
    let z: Vec<f64> = x
        .chunks(inputs)
        .flat_map(|row| {
            row.iter()
                .enumerate()
                .map(|(j, v)| (*v as f64 - mean[j]) / sd[j])
                .collect::<Vec<_>>()
        })
        .collect();
    let class_weight = class_weights(y);
    let total_weight: f64 = y.iter().map(|&c| class_weight[c]).sum();
    // Adam.
    let width = inputs + 1;
    let mut w = vec![0f64; k * width];
    let mut m = vec![0f64; k * width];
    let mut v = vec![0f64; k * width];
    let (b1, b2, eps): (f64, f64, f64) = (0.9, 0.999, 1e-8);
    let mut grad = vec![0f64; k * width];
    for step in 1..=STEPS {
        grad.iter_mut().for_each(|g| *g = 0.0);
        for (row, &c) in z.chunks(inputs).zip(y) {
            let mut s = [0f64; 4];
            for (kk, sk) in s.iter_mut().enumerate() {
                let wk = &w[kk * width..(kk + 1) * width];
                *sk = wk[0] + wk[1..].iter().zip(row).map(|(a, b)| a * b).sum::<f64>();
            }
            let max = s.iter().copied().fold(f64::MIN, f64::max);
            let e = s.map(|v| (v - max).exp());
            let sum: f64 = e.iter().sum();
            let cw = class_weight[c] / total_weight;
            for kk in 0..k {
                let d = cw * (e[kk] / sum - if kk == c { 1.0 } else { 0.0 });
                let g = &mut grad[kk * width..(kk + 1) * width];
                g[0] += d;
                for (gj, xj) in g[1..].iter_mut().zip(row) {
                    *gj += d * xj;
                }
            }
        }
        for kk in 0..k {
            for j in 1..width {
                grad[kk * width + j] += L2 * w[kk * width + j];
            }
        }
        let (c1, c2) = (1.0 - b1.powi(step as i32), 1.0 - b2.powi(step as i32));
        for i in 0..w.len() {
            m[i] = b1 * m[i] + (1.0 - b1) * grad[i];
            v[i] = b2 * v[i] + (1.0 - b2) * grad[i] * grad[i];
            w[i] -= LEARNING_RATE * (m[i] / c1) / ((v[i] / c2).sqrt() + eps);
        }
    }
    // Fold the standardisation back: w·(x-μ)/σ = (w/σ)·x - Σ wμ/σ.
    let mut out = vec![0f32; k * width];
    for kk in 0..k {
        let wk = &w[kk * width..(kk + 1) * width];
        let mut bias = wk[0];
        for j in 0..inputs {
            bias -= wk[j + 1] * mean[j] / sd[j];
            out[kk * width + 1 + j] = (wk[j + 1] / sd[j]) as f32;
        }
        out[kk * width] = bias as f32;
    }
    out
}

/// A trained stage-2 forest (owned; [`TrainedForest::forest`] borrows it in
/// the form inference reads).
#[derive(Clone, Debug)]
pub struct TrainedForest {
    pub base: [f32; 4],
    pub features: Vec<u8>,
    pub thresholds: Vec<f32>,
    pub leaves: Vec<i8>,
}

impl TrainedForest {
    pub fn forest(&self) -> Forest<'_> {
        Forest {
            depth: TREE_DEPTH,
            base: self.base,
            features: &self.features,
            thresholds: &self.thresholds,
            leaves: &self.leaves,
            leaf_step: leaf_step(),
        }
    }
}

/// Score of one `i8` step of a leaf value.
pub fn leaf_step() -> f32 {
    (TREE_LEAF_LIMIT / 127.0) as f32
}

/// Weight of each label's blocks (see [`CLASS_BALANCE`]).
fn class_weights(y: &[usize]) -> Vec<f64> {
    let k = Label::ALL.len();
    let n = y.len();
    let mut counts = vec![0usize; k];
    for &c in y {
        counts[c] += 1;
    }
    counts
        .iter()
        .map(|&c| {
            if c == 0 {
                0.0
            } else {
                (n as f64 / (k as f64 * c as f64)).powf(CLASS_BALANCE)
            }
        })
        .collect()
}

/// Candidate thresholds of one input: midpoints between consecutive distinct
/// values at about [`TREE_BINS`] quantiles of `values`.
fn bin_edges(values: &mut [f32]) -> Vec<f32> {
    values.sort_unstable_by(f32::total_cmp);
    let n = values.len();
    let mut edges: Vec<f32> = Vec::new();
    for q in 1..TREE_BINS {
        let at = q * n / TREE_BINS;
        if at == 0 || at >= n {
            continue;
        }
        // The first value above values[at - 1]: the edge lies between them.
        let lo = values[at - 1];
        let Some(&hi) = values[at..].iter().find(|&&v| v > lo) else {
            continue;
        };
        let edge = lo + (hi - lo) / 2.0;
        if edges.last().is_none_or(|&e| edge > e) {
            edges.push(edge);
        }
    }
    edges
}

/// Fits stage 2's forest on rows `x` (`inputs` per row) with labels `y`.
pub fn fit_forest(x: &[f32], inputs: usize, y: &[usize]) -> TrainedForest {
    const K: usize = 4;
    let n = y.len();
    assert_eq!(x.len(), n * inputs);
    assert!(inputs <= usize::from(u8::MAX) + 1);
    // Bins: per input, thresholds and each row's bin (how many it is above).
    let mut edges = Vec::with_capacity(inputs);
    let mut bins = vec![0u8; n * inputs]; // input-major: bins[j * n + i]
    for j in 0..inputs {
        let mut column: Vec<f32> = x.iter().skip(j).step_by(inputs).copied().collect();
        let e = bin_edges(&mut column);
        for (i, v) in x.iter().skip(j).step_by(inputs).enumerate() {
            bins[j * n + i] = e.partition_point(|&t| *v > t) as u8;
        }
        edges.push(e);
    }
    let class_weight = class_weights(y);
    let weight: Vec<f64> = y.iter().map(|&c| class_weight[c]).collect();
    let total: f64 = weight.iter().sum();
    // Base scores: log of the weighted label shares.
    let mut base = [0f64; K];
    for (&c, w) in y.iter().zip(&weight) {
        base[c] += w / total;
    }
    let base = base.map(|p| p.max(1e-6).ln());
    let mut score: Vec<[f64; K]> = vec![base; n];
    let step = f64::from(leaf_step());
    let splits = (1 << TREE_DEPTH) - 1;
    let mut out = TrainedForest {
        base: base.map(|b| b as f32),
        features: Vec::with_capacity(TREES * splits),
        thresholds: Vec::with_capacity(TREES * splits),
        leaves: Vec::with_capacity(TREES * (splits + 1) * K),
    };
    let mut grad = vec![[0f64; K]; n];
    let mut hess = vec![[0f64; K]; n];
    for _ in 0..TREES {
        for i in 0..n {
            let p = softmax64(score[i]);
            for k in 0..K {
                let target = if y[i] == k { 1.0 } else { 0.0 };
                grad[i][k] = weight[i] * (p[k] - target);
                hess[i][k] = weight[i] * (p[k] * (1.0 - p[k])).max(1e-6);
            }
        }
        // Grow level by level; `nodes` holds the rows of each node of a level.
        let mut nodes: Vec<Vec<u32>> = vec![(0..n as u32).collect()];
        for _ in 0..TREE_DEPTH {
            let mut next = Vec::with_capacity(nodes.len() * 2);
            for rows in nodes {
                let split = best_split(&rows, &bins, n, inputs, &edges, &grad, &hess);
                let (feature, bin) = split.unwrap_or((0, usize::MAX));
                let threshold = if bin == usize::MAX {
                    f32::MAX
                } else {
                    edges[feature][bin]
                };
                out.features.push(feature as u8);
                out.thresholds.push(threshold);
                let (left, right): (Vec<u32>, Vec<u32>) = rows
                    .into_iter()
                    .partition(|&i| usize::from(bins[feature * n + i as usize]) <= bin);
                next.push(left);
                next.push(right);
            }
            nodes = next;
        }
        for rows in nodes {
            let (g, h) = sums(&rows, &grad, &hess);
            for k in 0..K {
                let value = -TREE_LEARNING_RATE * g[k] / (h[k] + TREE_L2);
                let q = (value / step).round().clamp(-127.0, 127.0) as i8;
                out.leaves.push(q);
                for &i in &rows {
                    score[i as usize][k] += f64::from(q) * step;
                }
            }
        }
    }
    out
}

fn softmax64(z: [f64; 4]) -> [f64; 4] {
    let max = z.iter().copied().fold(f64::MIN, f64::max);
    let e = z.map(|v| (v - max).exp());
    let sum: f64 = e.iter().sum();
    e.map(|v| v / sum)
}

/// Summed gradients and Hessians of `rows`, per label.
fn sums(rows: &[u32], grad: &[[f64; 4]], hess: &[[f64; 4]]) -> ([f64; 4], [f64; 4]) {
    let mut g = [0f64; 4];
    let mut h = [0f64; 4];
    for &i in rows {
        for k in 0..4 {
            g[k] += grad[i as usize][k];
            h[k] += hess[i as usize][k];
        }
    }
    (g, h)
}

/// Newton gain of a leaf with summed gradients `g` and Hessians `h`.
fn leaf_gain(g: &[f64; 4], h: &[f64; 4]) -> f64 {
    (0..4).map(|k| g[k] * g[k] / (h[k] + TREE_L2)).sum()
}

/// The split of `rows` with the largest gain: (input, bin), rows with a bin
/// up to it going left. None when no split gains anything.
fn best_split(
    rows: &[u32],
    bins: &[u8],
    n: usize,
    inputs: usize,
    edges: &[Vec<f32>],
    grad: &[[f64; 4]],
    hess: &[[f64; 4]],
) -> Option<(usize, usize)> {
    let (g_all, h_all) = sums(rows, grad, hess);
    let parent = leaf_gain(&g_all, &h_all);
    let mut best: Option<(f64, usize, usize)> = None;
    let mut hist_g = vec![[0f64; 4]; TREE_BINS + 1];
    let mut hist_h = vec![[0f64; 4]; TREE_BINS + 1];
    for (j, e) in edges.iter().enumerate().take(inputs) {
        if e.is_empty() {
            continue;
        }
        hist_g.iter_mut().for_each(|v| *v = [0.0; 4]);
        hist_h.iter_mut().for_each(|v| *v = [0.0; 4]);
        let column = &bins[j * n..(j + 1) * n];
        for &i in rows {
            let b = usize::from(column[i as usize]);
            for k in 0..4 {
                hist_g[b][k] += grad[i as usize][k];
                hist_h[b][k] += hess[i as usize][k];
            }
        }
        let mut g_left = [0f64; 4];
        let mut h_left = [0f64; 4];
        for b in 0..e.len() {
            for k in 0..4 {
                g_left[k] += hist_g[b][k];
                h_left[k] += hist_h[b][k];
            }
            let g_right: [f64; 4] = std::array::from_fn(|k| g_all[k] - g_left[k]);
            let h_right: [f64; 4] = std::array::from_fn(|k| h_all[k] - h_left[k]);
            if h_left.iter().sum::<f64>() < TREE_MIN_HESSIAN
                || h_right.iter().sum::<f64>() < TREE_MIN_HESSIAN
            {
                continue;
            }
            let gain = leaf_gain(&g_left, &h_left) + leaf_gain(&g_right, &h_right) - parent;
            if gain > best.map_or(1e-9, |b| b.0) {
                best = Some((gain, j, b));
            }
        }
    }
    best.map(|(_, j, b)| (j, b))
}

/// Trains both stages on `docs`: stage 1 on its inputs, stage 2 on stage 1's
/// predictions for the same documents.
pub fn train(docs: &[&Doc]) -> (Vec<f32>, TrainedForest) {
    let options = Options::default();
    let mut x1 = Vec::new();
    let mut y = Vec::new();
    let mut per_doc = Vec::new();
    for d in docs {
        let feats = text_features(&d.blocks, &options);
        let rules = text_rule_verdicts(&d.blocks, &feats);
        let x = stage1_inputs(&d.blocks, &feats, &rules);
        x1.extend_from_slice(&x);
        y.extend(d.labels.iter().map(|l| label_index(*l)));
        per_doc.push(x);
    }
    let w1 = fit(&x1, STAGE1_INPUTS, &y);
    let stage1 = Linear { weights: &w1 };
    let mut x2 = Vec::new();
    for x in &per_doc {
        let p1: Vec<[f32; 4]> = x
            .chunks(STAGE1_INPUTS)
            .map(|r| stage1.probabilities(r))
            .collect();
        x2.extend(stage2_inputs(x, &p1));
    }
    let forest = fit_forest(&x2, STAGE2_INPUTS, &y);
    (w1, forest)
}

/// Index of a label in [`Label::ALL`].
pub fn label_index(label: Label) -> usize {
    Label::ALL.iter().position(|&l| l == label).unwrap_or(0)
}

/// `confusion[truth][predicted]` of the real classifier with `model` on `docs`.
pub fn confusion(docs: &[&Doc], model: &TextModel) -> [[usize; 4]; 4] {
    let options = Options::default();
    let mut c = [[0usize; 4]; 4];
    for d in docs {
        let verdicts = classify_with(&d.blocks, &options, model);
        for (l, v) in d.labels.iter().zip(verdicts) {
            c[label_index(*l)][label_index(v.label)] += 1;
        }
    }
    c
}

/// Per-label (precision, recall, F1, support) and macro-F1 of a confusion matrix.
pub fn scores(c: &[[usize; 4]; 4]) -> ([(f64, f64, f64, usize); 4], f64) {
    let mut out = [(0.0, 0.0, 0.0, 0usize); 4];
    for (i, slot) in out.iter_mut().enumerate() {
        let tp = c[i][i] as f64;
        let support: usize = c[i].iter().sum();
        let predicted: usize = (0..4).map(|t| c[t][i]).sum();
        let p = if predicted == 0 {
            0.0
        } else {
            tp / predicted as f64
        };
        let r = if support == 0 {
            0.0
        } else {
            tp / support as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        *slot = (p, r, f, support);
    }
    let macro_f1 = out.iter().map(|s| s.2).sum::<f64>() / 4.0;
    (out, macro_f1)
}

/// Rust source of the generated weights file.
pub fn weights_source(w1: &[f32], forest: &TrainedForest, provenance: &str) -> String {
    fn array<T>(name: &str, ty: &str, doc: &str, values: &[T], per_line: usize) -> String
    where
        T: Copy,
        T: std::fmt::LowerExp + std::fmt::Display,
    {
        let mut s = format!(
            "/// {doc}\n#[rustfmt::skip]\npub static {name}: [{ty}; {}] = [\n",
            values.len()
        );
        for chunk in values.chunks(per_line) {
            s.push_str("    ");
            let cells: Vec<String> = chunk
                .iter()
                .map(|v| {
                    if ty == "f32" {
                        format!("{v:e}")
                    } else {
                        format!("{v}")
                    }
                })
                .collect();
            s.push_str(&cells.join(", "));
            s.push_str(",\n");
        }
        s.push_str("];\n");
        s
    }
    let base: Vec<String> = forest.base.iter().map(|v| format!("{v:e}")).collect();
    format!(
        "//! Weights of the text-mode model ([`crate::model`]). GENERATED — do not edit.\n\
         //!\n\
         //! Written by `scripts/train` ({provenance}).\n\
         //! Stage 1: per label (body, caption, ad, code) a bias, then one weight per\n\
         //! input in the order of `STAGE1_FEATURES`. Stage 2: a `Forest` over the\n\
         //! inputs of `STAGE1_FEATURES` then `STAGE2_EXTRA`.\n\n{}\n\
         /// Stage 2: levels of splits per tree.\n\
         pub const STAGE2_DEPTH: usize = {TREE_DEPTH};\n\n\
         /// Stage 2: score of one step of a leaf value.\n\
         pub const STAGE2_LEAF_STEP: f32 = {:e};\n\n\
         /// Stage 2: starting score per label.\n\
         pub const STAGE2_BASE: [f32; 4] = [{}];\n\n{}\n{}\n{}",
        array(
            "STAGE1",
            "f32",
            "Stage 1: the block's own text and its neighbours' shape.",
            w1,
            8
        ),
        leaf_step(),
        base.join(", "),
        array(
            "STAGE2_FEATURES",
            "u8",
            "Stage 2: the input each split node reads.",
            &forest.features,
            24
        ),
        array(
            "STAGE2_THRESHOLDS",
            "f32",
            "Stage 2: each split node's threshold.",
            &forest.thresholds,
            8
        ),
        array(
            "STAGE2_LEAVES",
            "i8",
            "Stage 2: per leaf, a score per label in steps.",
            &forest.leaves,
            24
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_never_split_a_host() {
        let hosts = [
            "a.com", "b.com", "a.com", "c.org", "d.net", "e.de", "b.com", "f.fr", "g.it", "a.com",
            "h.nl", "i.es",
        ];
        let folds = host_folds(&hosts, 5, FOLD_SEED);
        for (i, h) in hosts.iter().enumerate() {
            for (j, g) in hosts.iter().enumerate() {
                if h == g {
                    assert_eq!(folds[i], folds[j], "{h} is in two folds");
                }
            }
        }
        assert!(folds.iter().all(|&f| f < 5));
        // Every fold gets something when there are enough hosts.
        for f in 0..5 {
            assert!(folds.contains(&f), "fold {f} is empty: {folds:?}");
        }
        assert_eq!(folds, host_folds(&hosts, 5, FOLD_SEED), "deterministic");
    }

    #[test]
    fn fit_separates_a_tiny_case() {
        // One input: negative → body, positive → ad.
        let x: Vec<f32> = vec![-2.0, -1.5, -1.0, 1.0, 1.5, 2.0];
        let y = vec![0, 0, 0, 2, 2, 2];
        let w = fit(&x, 1, &y);
        let m = Linear { weights: &w };
        let p = m.probabilities(&[-1.2]);
        assert!(p[0] > 0.8, "{p:?}");
        let p = m.probabilities(&[1.2]);
        assert!(p[2] > 0.8, "{p:?}");
    }
}
