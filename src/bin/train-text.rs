//! `train-text`: trains the text-mode model on labeled text documents (as
//! `declutter derive-text` writes them), reports 5-fold cross-validation
//! grouped by host, and with `--write FILE` writes the weights of the model
//! trained on all documents as Rust source.
//!
//! ```sh
//! train-text DERIVED.jsonl [--also MORE.jsonl]... [--write src/model_text.rs]
//! ```
//!
//! `--also`: more labeled documents (the invented scrapes of
//! `tests/text/scrapes/`) that every fold and the final model train on too,
//! each [`ALSO_WEIGHT`] times; the cross-validation scores only DERIVED's
//! documents.

use declutter::label::Label;
use declutter::model::{Linear, TextModel};
use declutter::train::{self, Doc, FOLDS, FOLD_SEED};
use declutter::Block;
use std::process::ExitCode;

#[derive(serde::Deserialize)]
struct LabeledDoc {
    #[serde(default)]
    id: String,
    #[serde(default)]
    host: String,
    blocks: Vec<LabeledBlock>,
}

#[derive(serde::Deserialize)]
struct LabeledBlock {
    text: String,
    label: Label,
}

/// Times each `--also` document counts in training: the scrapes (73 of them,
/// 3,087 blocks) are few against the 181 derived documents (33,695 blocks), and
/// they are the only ones labelled by Declutter's own conventions (the
/// headline, standfirst and subheadings are body).
const ALSO_WEIGHT: usize = 3;

const USAGE: &str = "usage: train-text DERIVED.jsonl [--also MORE.jsonl]... [--write src/model_text.rs | --check src/model_text.rs] [--dump HELD_OUT.jsonl]";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train-text: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn load(path: &str) -> Result<Vec<Doc>, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    raw.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, line)| {
            let d: LabeledDoc = serde_json::from_str(line)
                .map_err(|e| format!("{path}:{}: not a labeled-text document: {e}", n + 1))?;
            let host = if d.host.is_empty() {
                d.id.clone()
            } else {
                d.host
            };
            Ok(Doc {
                id: d.id,
                host,
                blocks: d
                    .blocks
                    .iter()
                    .enumerate()
                    .map(|(i, b)| Block::plain(b.text.clone(), i))
                    .collect(),
                labels: d.blocks.iter().map(|b| b.label).collect(),
            })
        })
        .collect()
}

/// The `--also` documents, each [`ALSO_WEIGHT`] times.
fn weighted(extra: &[Doc]) -> impl Iterator<Item = &Doc> {
    (0..ALSO_WEIGHT).flat_map(move |_| extra.iter())
}

fn table(c: &[[usize; 4]; 4]) -> String {
    let (rows, macro_f1) = train::scores(c);
    let mut s = String::from("label     precision recall  f1     support\n");
    for (l, (p, r, f, n)) in Label::ALL.iter().zip(rows) {
        s.push_str(&format!(
            "{:<9} {p:.3}     {r:.3}   {f:.3}  {n}\n",
            l.as_str()
        ));
    }
    let total: usize = c.iter().flatten().sum();
    let correct: usize = (0..4).map(|i| c[i][i]).sum();
    s.push_str(&format!(
        "macro-F1 {macro_f1:.3} accuracy {:.3} blocks {total}\n",
        correct as f64 / total.max(1) as f64
    ));
    s
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut input = None;
    let mut write = None;
    let mut check = None;
    let mut dump = None;
    let mut also = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--write" => {
                write = Some(args.get(i + 1).ok_or("--write needs a file")?.clone());
                i += 1;
            }
            "--check" => {
                check = Some(args.get(i + 1).ok_or("--check needs a file")?.clone());
                i += 1;
            }
            "--also" => {
                also.push(args.get(i + 1).ok_or("--also needs a file")?.clone());
                i += 1;
            }
            "--dump" => {
                dump = Some(args.get(i + 1).ok_or("--dump needs a file")?.clone());
                i += 1;
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            a if input.is_none() => input = Some(a.to_string()),
            a => return Err(format!("unexpected argument {a:?}")),
        }
        i += 1;
    }
    let input = input.ok_or(USAGE)?;
    let docs = load(&input)?;
    let mut extra = Vec::new();
    for path in &also {
        extra.extend(load(path)?);
    }
    let hosts: Vec<&str> = docs.iter().map(|d| d.host.as_str()).collect();
    let folds = train::host_folds(&hosts, FOLDS, FOLD_SEED);
    let distinct = {
        let mut h = hosts.clone();
        h.sort_unstable();
        h.dedup();
        h.len()
    };
    println!(
        "{} documents from {distinct} hosts; {FOLDS}-fold cross-validation grouped by host",
        docs.len()
    );
    if !extra.is_empty() {
        println!(
            "{} more documents in every fold's training ({ALSO_WEIGHT} times each), never tested",
            extra.len()
        );
    }
    let mut pooled = [[0usize; 4]; 4];
    let mut dumped = String::new();
    for fold in 0..FOLDS {
        let train_docs: Vec<&Doc> = docs
            .iter()
            .zip(&folds)
            .filter(|(_, &f)| f != fold)
            .map(|(d, _)| d)
            .chain(weighted(&extra))
            .collect();
        let test_docs: Vec<&Doc> = docs
            .iter()
            .zip(&folds)
            .filter(|(_, &f)| f == fold)
            .map(|(d, _)| d)
            .collect();
        let (w1, forest) = train::train(&train_docs);
        let model = TextModel {
            stage1: Linear { weights: &w1 },
            stage2: forest.forest(),
        };
        let c = train::confusion(&test_docs, &model);
        if dump.is_some() {
            for d in &test_docs {
                let v = declutter::classify::classify_with(
                    &d.blocks,
                    &declutter::Options::default(),
                    &model,
                );
                for ((b, l), v) in d.blocks.iter().zip(&d.labels).zip(v) {
                    dumped.push_str(
                        &serde_json::json!({"id": d.id, "host": d.host, "i": b.index,
                            "truth": l, "pred": v.label, "conf": v.confidence,
                            "reason": v.reason, "text": b.text})
                        .to_string(),
                    );
                    dumped.push('\n');
                }
            }
        }
        let (_, macro_f1) = train::scores(&c);
        println!(
            "fold {fold}: {} test documents, macro-F1 {macro_f1:.3}",
            test_docs.len()
        );
        for (t, row) in pooled.iter_mut().zip(c) {
            for (a, b) in t.iter_mut().zip(row) {
                *a += b;
            }
        }
    }
    if let Some(path) = &dump {
        std::fs::write(path, &dumped).map_err(|e| format!("cannot write {path}: {e}"))?;
    }
    println!("\ncross-validated (held-out folds pooled):");
    print!("{}", table(&pooled));
    if write.is_some() || check.is_some() {
        let all: Vec<&Doc> = docs.iter().chain(weighted(&extra)).collect();
        let (w1, forest) = train::train(&all);
        let provenance = format!(
            "train-text on {} documents from {distinct} hosts and {} more; {} linear weights, {} trees",
            docs.len(),
            extra.len(),
            w1.len(),
            forest.forest().trees()
        );
        let source = train::weights_source(&w1, &forest, &provenance);
        if let Some(path) = write {
            std::fs::write(&path, &source).map_err(|e| format!("cannot write {path}: {e}"))?;
            println!("weights of the model trained on all documents -> {path}");
        }
        if let Some(path) = check {
            let current =
                std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
            if current != source {
                return Err(format!(
                    "{path} is not what training on {input} gives: run scripts/train"
                ));
            }
            println!("{path} is what training on {input} gives");
        }
    }
    Ok(())
}
