//! The `declutter` command-line tool: classify scraped text or HTML, and score
//! the classifier on datasets.

use declutter::dom::html::Page;
use declutter::metric::{aggregate, score_page, PageScore};
use declutter::{classify, Block, Label, Options, Verdict};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
declutter — label text blocks as body, caption, ad or code

USAGE:
  declutter text [FILE|-] [--json]          classify scraped plain text
  declutter html [FILE|-] [--labels]        print the text a reader sees after hiding
  declutter eval DATASET_DIR [--per-page] [--json OUT] [--predictions FILE.json]
                                            score the HTML pipeline on a benchmark dataset
  declutter eval-text FILE.jsonl...         score text mode on labeled-text documents
  declutter derive-text DATASET_DIR OUT.jsonl
                                            labeled-text documents from a benchmark dataset

OPTIONS (text, html, eval):
  --options JSON     classifier options, e.g. '{\"hide\":[\"ad\",\"code\"],\"lang\":\"de\"}'
  -h, --help         show this help

Without FILE, or with '-', input is read from standard input.";

type Result<T> = std::result::Result<T, String>;

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()).and_then(|out| write_stdout(&out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("declutter: error: {message}");
            ExitCode::from(2)
        }
    }
}

/// Writes the command's output. A reader that stopped early (`| head`) is not
/// an error.
fn write_stdout(out: &str) -> Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(format!("cannot write output: {e}"))
        }
        _ => Ok(()),
    }
}

/// Appends one line to a command's output.
macro_rules! outln {
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out, $($arg)*);
    }};
}

/// Parsed command line: positional arguments and flags.
struct Args {
    positional: Vec<String>,
    flags: BTreeMap<String, Option<String>>,
}

/// Flags that take a value.
const VALUE_FLAGS: &[&str] = &["--options", "--predictions"];

fn parse_args(command: &str, raw: &[String], allowed: &[&str]) -> Result<Args> {
    let mut args = Args {
        positional: Vec::new(),
        flags: BTreeMap::new(),
    };
    let mut i = 0;
    while i < raw.len() {
        let a = &raw[i];
        if a.starts_with("--") {
            let name = a.as_str();
            if !allowed.contains(&name) {
                return Err(format!("unknown option {a} for `{command}` (see --help)"));
            }
            // `--json` takes a value only for `eval`.
            let takes_value =
                VALUE_FLAGS.contains(&name) || (command == "eval" && name == "--json");
            if takes_value {
                let value = raw
                    .get(i + 1)
                    .ok_or_else(|| format!("option {a} needs a value"))?;
                args.flags.insert(name.to_string(), Some(value.clone()));
                i += 1;
            } else {
                args.flags.insert(name.to_string(), None);
            }
        } else {
            args.positional.push(a.clone());
        }
        i += 1;
    }
    Ok(args)
}

fn run(raw: Vec<String>) -> Result<String> {
    let Some(command) = raw.first() else {
        return Ok(format!("{USAGE}\n"));
    };
    if command == "-h" || command == "--help" || raw.iter().any(|a| a == "-h" || a == "--help") {
        return Ok(format!("{USAGE}\n"));
    }
    let rest = &raw[1..];
    match command.as_str() {
        "text" => cmd_text(parse_args(command, rest, &["--json", "--options"])?),
        "html" => cmd_html(parse_args(command, rest, &["--labels", "--options"])?),
        "eval" => cmd_eval(parse_args(
            command,
            rest,
            &["--per-page", "--json", "--predictions", "--options"],
        )?),
        "eval-text" => cmd_eval_text(parse_args(command, rest, &[])?),
        "derive-text" => cmd_derive_text(parse_args(command, rest, &[])?),
        other => Err(format!("unknown command {other:?} (see --help)")),
    }
}

fn options(args: &Args) -> Result<Options> {
    let options: Options = match args.flags.get("--options") {
        Some(Some(json)) => {
            let value: serde_json::Value =
                serde_json::from_str(json).map_err(|e| format!("bad --options: {e}"))?;
            if !value.is_object() {
                return Err("bad --options: expected a JSON object".into());
            }
            serde_json::from_value(value).map_err(|e| format!("bad --options: {e}"))?
        }
        _ => Options::default(),
    };
    options.validate().map_err(|e| e.to_string())?;
    Ok(options)
}

fn one_input(args: &Args) -> Result<Option<&str>> {
    match args.positional.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some(one.as_str())),
        more => Err(format!("expected one input file, got {}", more.len())),
    }
}

/// Reads a file, or standard input for `-` or no file. Invalid UTF-8 is
/// replaced rather than rejected: scraped text often has a stray byte.
fn read_input(path: Option<&str>) -> Result<String> {
    let mut bytes = Vec::new();
    match path {
        None | Some("-") => {
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
        }
        Some(p) => {
            bytes = std::fs::read(p).map_err(|e| format!("cannot read {p}: {e}"))?;
        }
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// One line for a block: label, confidence, reason, start of the text.
fn block_line(b: &Block, v: &Verdict) -> String {
    const PREVIEW_CHARS: usize = 70;
    let mut preview: String = b.text.chars().take(PREVIEW_CHARS).collect();
    if b.text.chars().count() > PREVIEW_CHARS {
        preview.push('…');
    }
    format!(
        "{:<7} {:.2}  {:<36} {}",
        v.label.as_str(),
        v.confidence,
        v.reason,
        preview
    )
}

#[derive(Serialize)]
struct JsonBlock<'a> {
    text: &'a str,
    label: Label,
    confidence: f32,
    reason: &'a str,
}

fn cmd_text(args: Args) -> Result<String> {
    let mut out = String::new();
    let options = options(&args)?;
    let text = read_input(one_input(&args)?)?;
    let classified = declutter::classify_text(&text, &options);
    if args.flags.contains_key("--json") {
        let rows: Vec<JsonBlock> = classified
            .iter()
            .map(|(b, v)| JsonBlock {
                text: &b.text,
                label: v.label,
                confidence: v.confidence,
                reason: v.reason,
            })
            .collect();
        outln!(
            out,
            "{}",
            serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?
        );
    } else {
        for (b, v) in &classified {
            outln!(out, "{}", block_line(b, v));
        }
    }
    Ok(out)
}

fn cmd_html(args: Args) -> Result<String> {
    let mut out = String::new();
    let options = options(&args)?;
    let html = read_input(one_input(&args)?)?;
    let page = Page::parse(&html).declutter(&options);
    if args.flags.contains_key("--labels") {
        for (b, v) in page.blocks.iter().zip(&page.verdicts) {
            outln!(out, "{}", block_line(b, v));
        }
    } else {
        outln!(out, "{}", page.text);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------
// eval

/// One page of a benchmark-layout dataset.
struct Case {
    id: String,
    truth: String,
    /// The page's address, when the ground truth gives one.
    url: String,
}

fn load_ground_truth(dir: &Path) -> Result<Vec<Case>> {
    let path = dir.join("ground-truth.json");
    let raw = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let value: serde_json::Value = serde_json::from_str(&raw)
        .map_err(|e| format!("{} is not valid JSON: {e}", path.display()))?;
    let map = value.as_object().ok_or_else(|| {
        format!(
            "{} must be a JSON object {{id: {{articleBody}}}}",
            path.display()
        )
    })?;
    let mut cases: Vec<Case> = map
        .iter()
        .map(|(id, v)| Case {
            id: id.clone(),
            truth: v
                .get("articleBody")
                .and_then(|b| b.as_str())
                .unwrap_or_default()
                .to_string(),
            url: v
                .get("url")
                .and_then(|u| u.as_str())
                .unwrap_or_default()
                .to_string(),
        })
        .collect();
    if cases.is_empty() {
        return Err(format!("{} lists no pages", path.display()));
    }
    cases.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(cases)
}

fn read_page(dir: &Path, id: &str) -> Result<String> {
    let gz: PathBuf = dir.join("html").join(format!("{id}.html.gz"));
    let plain: PathBuf = dir.join("html").join(format!("{id}.html"));
    let bytes = if gz.exists() {
        let file =
            std::fs::File::open(&gz).map_err(|e| format!("cannot open {}: {e}", gz.display()))?;
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(file)
            .read_to_end(&mut out)
            .map_err(|e| format!("cannot decompress {}: {e}", gz.display()))?;
        out
    } else {
        std::fs::read(&plain).map_err(|e| {
            format!(
                "cannot read {} (nor {}): {e}",
                plain.display(),
                gz.display()
            )
        })?
    };
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Runs the HTML pipeline over every page, on all cores.
fn predict_all(dir: &Path, cases: &[Case], options: &Options) -> Result<Vec<String>> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(cases.len().max(1));
    let chunk = cases.len().div_ceil(threads).max(1);
    let results: Vec<Result<Vec<String>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = cases
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|c| {
                            let html = read_page(dir, &c.id)?;
                            Ok(Page::parse(&html).declutter(options).text)
                        })
                        .collect::<Result<Vec<String>>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("a worker thread failed".into()))
            })
            .collect()
    });
    let mut out = Vec::with_capacity(cases.len());
    for r in results {
        out.extend(r?);
    }
    Ok(out)
}

fn load_predictions(path: &str, cases: &[Case]) -> Result<Vec<String>> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let value: serde_json::Value =
        serde_json::from_str(&raw).map_err(|e| format!("{path} is not valid JSON: {e}"))?;
    // Tools' outputs wrap the pages in {"output": …, "version": …}.
    let map = value
        .get("output")
        .unwrap_or(&value)
        .as_object()
        .ok_or_else(|| format!("{path} must be a JSON object {{id: {{articleBody}}}}"))?;
    Ok(cases
        .iter()
        .map(|c| {
            map.get(&c.id)
                .and_then(|v| v.get("articleBody"))
                .and_then(|b| b.as_str())
                .unwrap_or_default()
                .to_string()
        })
        .collect())
}

fn cmd_eval(args: Args) -> Result<String> {
    let mut out = String::new();
    let dir = match args.positional.as_slice() {
        [d] => PathBuf::from(d),
        _ => return Err(
            "usage: declutter eval DATASET_DIR [--per-page] [--json OUT] [--predictions FILE.json]"
                .into(),
        ),
    };
    let options = options(&args)?;
    let cases = load_ground_truth(&dir)?;
    let predictions = match args.flags.get("--predictions") {
        Some(Some(file)) => load_predictions(file, &cases)?,
        _ => predict_all(&dir, &cases, &options)?,
    };
    let scores: Vec<PageScore> = cases
        .iter()
        .zip(&predictions)
        .map(|(c, p)| score_page(&c.truth, p))
        .collect();
    if args.flags.contains_key("--per-page") {
        let mut order: Vec<usize> = (0..cases.len()).collect();
        let f1 = |s: &PageScore| {
            let d = 2.0 * s.tp + s.fp + s.fn_;
            if d == 0.0 {
                1.0
            } else {
                2.0 * s.tp / d
            }
        };
        order.sort_by(|&a, &b| f1(&scores[a]).total_cmp(&f1(&scores[b])));
        for i in order {
            let s = &scores[i];
            outln!(
                out,
                "{:.3}  tp {:.3} fp {:.3} fn {:.3}  {}",
                f1(s),
                s.tp,
                s.fp,
                s.fn_,
                cases[i].id
            );
        }
    }
    if let Some(Some(out)) = args.flags.get("--json") {
        let map: BTreeMap<&str, serde_json::Value> = cases
            .iter()
            .zip(&predictions)
            .map(|(c, p)| (c.id.as_str(), serde_json::json!({ "articleBody": p })))
            .collect();
        let doc = serde_json::json!({
            "output": map,
            "version": concat!("declutter ", env!("CARGO_PKG_VERSION")),
        });
        let json = serde_json::to_string_pretty(&doc).map_err(|e| e.to_string())?;
        std::fs::write(out, json).map_err(|e| format!("cannot write {out}: {e}"))?;
    }
    outln!(out, "{}", aggregate(&scores));
    Ok(out)
}

// ---------------------------------------------------------------------------
// eval-text

#[derive(serde::Deserialize)]
struct LabeledDoc {
    #[serde(default)]
    lang: Option<String>,
    blocks: Vec<LabeledBlock>,
}

#[derive(serde::Deserialize)]
struct LabeledBlock {
    text: String,
    label: Label,
}

fn cmd_eval_text(args: Args) -> Result<String> {
    let mut out = String::new();
    if args.positional.is_empty() {
        return Err("usage: declutter eval-text FILE.jsonl...".into());
    }
    // confusion[truth][predicted], over every file's documents
    let mut confusion = [[0usize; 4]; 4];
    for path in &args.positional {
        eval_text_file(path, &mut confusion)?;
    }
    out.push_str(&text_report(&confusion));
    Ok(out)
}

/// Adds the verdicts on one labeled-text file's documents to `confusion`.
fn eval_text_file(path: &str, confusion: &mut [[usize; 4]; 4]) -> Result<()> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    for (n, line) in raw
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let doc: LabeledDoc = serde_json::from_str(line)
            .map_err(|e| format!("{path}:{}: not a labeled-text document: {e}", n + 1))?;
        let mut options = Options::default();
        if let Some(lang) = doc
            .lang
            .filter(|l| declutter::lexicon::Lang::from_code(l).is_some())
        {
            options.lang = lang;
        }
        let blocks: Vec<Block> = doc
            .blocks
            .iter()
            .enumerate()
            .map(|(i, b)| Block::plain(b.text.clone(), i))
            .collect();
        for (b, v) in doc.blocks.iter().zip(classify(&blocks, &options)) {
            confusion[label_index(b.label)][label_index(v.label)] += 1;
        }
    }
    Ok(())
}

fn label_index(label: Label) -> usize {
    Label::ALL.iter().position(|&l| l == label).unwrap_or(0)
}

/// Per-label precision/recall/F1, the confusion matrix, and the summary line.
fn text_report(confusion: &[[usize; 4]; 4]) -> String {
    let mut out = String::from("label     precision recall  f1     support\n");
    let mut f1s = Vec::new();
    let total: usize = confusion.iter().flatten().sum();
    let correct: usize = (0..4).map(|i| confusion[i][i]).sum();
    let (rows, _) = declutter::train::scores(confusion);
    for (i, label) in Label::ALL.iter().enumerate() {
        let (p, r, f1, support) = rows[i];
        let predicted: usize = (0..4).map(|t| confusion[t][i]).sum();
        if support == 0 && predicted == 0 {
            out.push_str(&format!(
                "{:<9} -         -       -      0\n",
                label.as_str()
            ));
            continue;
        }
        f1s.push(f1);
        out.push_str(&format!(
            "{:<9} {:.3}     {:.3}   {:.3}  {}\n",
            label.as_str(),
            p,
            r,
            f1,
            support
        ));
    }
    out.push_str("\nconfusion (rows: true, columns: predicted)\n         ");
    for l in Label::ALL {
        out.push_str(&format!("{:>8}", l.as_str()));
    }
    out.push('\n');
    for (i, l) in Label::ALL.iter().enumerate() {
        out.push_str(&format!("{:<9}", l.as_str()));
        for count in confusion[i] {
            out.push_str(&format!("{count:>8}"));
        }
        out.push('\n');
    }
    let macro_f1 = if f1s.is_empty() {
        0.0
    } else {
        f1s.iter().sum::<f64>() / f1s.len() as f64
    };
    let accuracy = if total == 0 {
        0.0
    } else {
        correct as f64 / total as f64
    };
    out.push_str(&format!(
        "macro-F1 {macro_f1:.3} accuracy {accuracy:.3} blocks {total}\n"
    ));
    out
}

// ---------------------------------------------------------------------------
// derive-text

/// How many nearest ancestors caption markup is looked for in.
const CAPTION_MARKUP_REACH: usize = 4;
/// Share of a block's shingles in the true body that makes it body.
const BODY_SHARE: f64 = 0.5;

/// What a scraper taking `textContent` would see of a page, labeled from its
/// markup and its ground truth: `<script>`/`<style>` text (JSON-LD included)
/// → code; text in figcaption, `<caption>` or caption/credit markup → caption;
/// text of the true body → body (see [`TruthAlignment`]); the rest → ad. Form
/// controls (drop-down options, labels) are never captions, whatever their
/// class says: a video player's "captions" settings menu is not a photo caption.
fn derived_labels(html: &str, truth: &str) -> Vec<(String, Label)> {
    let index = declutter::metric::TruthIndex::new(truth);
    let page = Page::parse(html);
    let blocks = page.split_with_leaked_code().blocks;
    let mut labels: Vec<Label> = blocks
        .iter()
        .map(|b| {
            let form_control = b
                .ancestors
                .iter()
                .any(|a| matches!(&*a.tag, "select" | "option" | "label" | "button"));
            let caption_markup = b.inside.figcaption
                || b.ancestors.iter().any(|a| &*a.tag == "caption")
                || b.ancestors
                    .iter()
                    .take(CAPTION_MARKUP_REACH)
                    .any(|a| declutter::features::has_caption_hint(&a.hints));
            if b.tag == "script" || b.tag == "style" {
                Label::Code
            } else if caption_markup && !form_control {
                Label::Caption
            } else if index.share_in_truth(&b.text) >= BODY_SHARE {
                Label::Body
            } else {
                Label::Ad
            }
        })
        .collect();
    TruthAlignment::new(truth).check_short_blocks(&blocks, &mut labels);
    blocks.into_iter().map(|b| b.text).zip(labels).collect()
}

/// Where blocks sit in the true body. A block of four tokens or more is body
/// when most of its shingles are in the truth; a shorter one ("Tennis", "3",
/// "Twitter") would match some word of almost any article, so it is body only
/// when its tokens occur in the truth between the places of the body blocks
/// before and after it (a subheading between two paragraphs), not when a menu
/// entry happens to name a word of the article.
struct TruthAlignment {
    tokens: Vec<String>,
    /// First position of each shingle in the truth.
    first: HashMap<Vec<String>, usize>,
}

/// Tokens of leeway around the span a short block must fall in.
const ALIGN_SLACK: usize = 2;

impl TruthAlignment {
    fn new(truth: &str) -> TruthAlignment {
        let tokens: Vec<String> = declutter::metric::tokens(truth)
            .into_iter()
            .map(str::to_string)
            .collect();
        let mut first = HashMap::new();
        for (i, w) in tokens.windows(4).enumerate() {
            first.entry(w.to_vec()).or_insert(i);
        }
        TruthAlignment { tokens, first }
    }

    /// The span `[start, end)` of the truth a long block's found shingles cover.
    fn span(&self, text: &str) -> Option<(usize, usize)> {
        let t: Vec<String> = declutter::metric::tokens(text)
            .into_iter()
            .map(str::to_string)
            .collect();
        let found: Vec<usize> = t
            .windows(4)
            .filter_map(|w| self.first.get(w).copied())
            .collect();
        Some((*found.iter().min()?, found.iter().max()? + 4))
    }

    /// Whether `text`'s tokens occur in a row inside `tokens[lo..hi]`.
    fn occurs_within(&self, text: &str, lo: usize, hi: usize) -> bool {
        let t = declutter::metric::tokens(text);
        let hi = hi.min(self.tokens.len());
        if t.is_empty() || hi < lo + t.len() {
            return false;
        }
        self.tokens[lo..hi]
            .windows(t.len())
            .any(|w| w.iter().zip(&t).all(|(a, b)| a == b))
    }

    /// Turns short body blocks that fall outside their place in the truth into ads.
    fn check_short_blocks(&self, blocks: &[Block], labels: &mut [Label]) {
        let long = |i: usize| declutter::metric::tokens(&blocks[i].text).len() >= 4;
        let spans: Vec<Option<(usize, usize)>> = (0..blocks.len())
            .map(|i| {
                (labels[i] == Label::Body && long(i))
                    .then(|| self.span(&blocks[i].text))
                    .flatten()
            })
            .collect();
        for i in 0..blocks.len() {
            if labels[i] != Label::Body || long(i) {
                continue;
            }
            let lo = spans[..i].iter().rev().flatten().next().map_or(0, |s| s.1);
            let hi = spans[i + 1..]
                .iter()
                .flatten()
                .next()
                .map_or(self.tokens.len(), |s| s.0);
            let (lo, hi) = (lo.saturating_sub(ALIGN_SLACK), hi + ALIGN_SLACK);
            if lo > hi || !self.occurs_within(&blocks[i].text, lo, hi) {
                labels[i] = Label::Ad;
            }
        }
    }
}

/// The page's host without a leading `www.`, for grouping pages by site
/// (cross-validation must never put one site on both sides).
fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host
        .split(':')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    host.strip_prefix("www.").unwrap_or(&host).to_string()
}

fn cmd_derive_text(args: Args) -> Result<String> {
    let (dir, out_path) = match args.positional.as_slice() {
        [d, o] => (PathBuf::from(d), o.clone()),
        _ => return Err("usage: declutter derive-text DATASET_DIR OUT.jsonl".into()),
    };
    let cases = load_ground_truth(&dir)?;
    let mut lines = String::new();
    let mut counts = [0usize; 4];
    for case in &cases {
        let html = read_page(&dir, &case.id)?;
        let blocks = derived_labels(&html, &case.truth);
        let lang = declutter::features::detect_lang(
            blocks
                .iter()
                .filter(|(_, l)| *l == Label::Body)
                .map(|(t, _)| t.as_str()),
        )
        .map_or("und", |l| l.code());
        for (_, l) in &blocks {
            counts[label_index(*l)] += 1;
        }
        let host = if case.url.is_empty() {
            case.id.clone()
        } else {
            host_of(&case.url)
        };
        let doc = serde_json::json!({
            "id": case.id,
            "host": host,
            "lang": lang,
            "blocks": blocks
                .iter()
                .map(|(text, label)| serde_json::json!({"text": text, "label": label}))
                .collect::<Vec<_>>(),
        });
        lines.push_str(&doc.to_string());
        lines.push('\n');
    }
    std::fs::write(&out_path, lines).map_err(|e| format!("cannot write {out_path}: {e}"))?;
    let mut out = String::new();
    outln!(
        out,
        "{} documents: body {} caption {} ad {} code {} blocks -> {out_path}",
        cases.len(),
        counts[0],
        counts[1],
        counts[2],
        counts[3]
    );
    Ok(out)
}
