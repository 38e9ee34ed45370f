//! Training and cross-validation of the text-mode model ([`crate::model`]).
//! Native only (feature `cli`): the wasm build carries the weights, not this.
//!
//! Each stage is a multinomial logistic regression fitted by full-batch Adam on
//! standardised inputs with an L2 penalty; the standardisation is folded back
//! into the weights, so inference reads raw inputs. Everything is
//! deterministic: no random initialisation, folds from a fixed seed.

use crate::block::Block;
use crate::classify::{block_features, classify_with, rule_verdicts};
use crate::label::Label;
use crate::model::{stage1_inputs, stage2_inputs, Linear, TextModel, STAGE1_INPUTS, STAGE2_INPUTS};
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
    // Class weights.
    let mut counts = vec![0usize; k];
    for &c in y {
        counts[c] += 1;
    }
    let class_weight: Vec<f64> = counts
        .iter()
        .map(|&c| {
            if c == 0 {
                0.0
            } else {
                (n as f64 / (k as f64 * c as f64)).powf(CLASS_BALANCE)
            }
        })
        .collect();
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

/// Trains both stages on `docs`: stage 1 on its inputs, stage 2 on stage 1's
/// predictions for the same documents. Returns (stage 1, stage 2) weights.
pub fn train(docs: &[&Doc]) -> (Vec<f32>, Vec<f32>) {
    let options = Options::default();
    let mut x1 = Vec::new();
    let mut y = Vec::new();
    let mut per_doc = Vec::new();
    for d in docs {
        let feats = block_features(&d.blocks, &options);
        let rules = rule_verdicts(&d.blocks, &feats);
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
    let w2 = fit(&x2, STAGE2_INPUTS, &y);
    (w1, w2)
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
pub fn weights_source(w1: &[f32], w2: &[f32], provenance: &str) -> String {
    let array = |name: &str, doc: &str, w: &[f32]| {
        let mut s = format!(
            "/// {doc}\n#[rustfmt::skip]\npub static {name}: [f32; {}] = [\n",
            w.len()
        );
        for chunk in w.chunks(8) {
            s.push_str("    ");
            let cells: Vec<String> = chunk.iter().map(|v| format!("{v:e}")).collect();
            s.push_str(&cells.join(", "));
            s.push_str(",\n");
        }
        s.push_str("];\n");
        s
    };
    format!(
        "//! Weights of the text-mode model ([`crate::model`]). GENERATED — do not edit.\n\
         //!\n\
         //! Written by `scripts/train` ({provenance}).\n\
         //! Layout: per label (body, caption, ad, code) a bias, then one weight per\n\
         //! input in the order of `STAGE1_FEATURES` (and `STAGE2_EXTRA`).\n\n{}\n{}",
        array(
            "STAGE1",
            "Stage 1: the block's own text and its neighbours' shape.",
            w1
        ),
        array(
            "STAGE2",
            "Stage 2: stage 1's inputs plus the neighbours' stage-1 probabilities.",
            w2
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
