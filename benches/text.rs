//! Native text-mode throughput: `classify_text` on scraped plain text, in bytes
//! of input per second of one core (see docs/PERFORMANCE.md).
//!
//! The clock is the measuring thread's CPU time, not wall time: the figure is
//! per core, and other processes on a shared machine do not stretch it (they
//! still slow it a little through shared caches).
//!
//! The corpus is what a scraper taking `textContent` makes of real pages: each
//! page of the article-extraction benchmark (`../shared/data/…`, when present)
//! split into blocks — leaked `<script>`/`<style>` text included — and joined
//! with blank lines. On a fresh clone without that data, the seed text and the
//! test fixture pages stand in.
//!
//! Run: `cargo bench --features cli --bench text`.

use std::fs;
use std::io::Read;
use std::path::Path;

use criterion::measurement::{Measurement, ValueFormatter};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use declutter::dom::html::Page;
use declutter::{classify_text, Options};

const DATASET: &str = "../shared/data/article-extraction-benchmark/html";

/// Scraped text of one HTML page: its blocks, blank-line separated.
fn scraped(html: &str) -> String {
    let page = Page::parse(html);
    let blocks = page.split_with_leaked_code().blocks;
    blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn corpus() -> (&'static str, Vec<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dataset = root.join(DATASET);
    let mut pages: Vec<_> = fs::read_dir(&dataset)
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    pages.sort();
    if !pages.is_empty() {
        let docs = pages
            .iter()
            .map(|path| {
                let mut html = String::new();
                flate2::read::GzDecoder::new(fs::File::open(path).expect("open page"))
                    .read_to_string(&mut html)
                    .expect("page is gzip UTF-8");
                scraped(&html)
            })
            .collect();
        return ("benchmark pages", docs);
    }
    let mut docs =
        vec![fs::read_to_string(root.join("tests/text/nypost-budapest.txt")).expect("seed text")];
    let mut fixtures: Vec<_> = fs::read_dir(root.join("tests/fixtures"))
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path().join("page.html")))
        .filter(|p| p.exists())
        .collect();
    fixtures.sort();
    docs.extend(
        fixtures
            .iter()
            .map(|p| scraped(&fs::read_to_string(p).expect("fixture page"))),
    );
    ("seed and fixtures", docs)
}

/// CPU time of the calling thread, in nanoseconds.
fn thread_cpu_ns() -> u64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `t` is a valid, writable timespec; the clock id is a constant.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(rc, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
    t.tv_sec as u64 * 1_000_000_000 + t.tv_nsec as u64
}

/// Criterion measurement: thread CPU time in nanoseconds.
struct CpuTime;

impl Measurement for CpuTime {
    type Intermediate = u64;
    type Value = u64;

    fn start(&self) -> u64 {
        thread_cpu_ns()
    }
    fn end(&self, start: u64) -> u64 {
        thread_cpu_ns() - start
    }
    fn add(&self, a: &u64, b: &u64) -> u64 {
        a + b
    }
    fn zero(&self) -> u64 {
        0
    }
    fn to_f64(&self, value: &u64) -> f64 {
        *value as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &CpuFormatter
    }
}

/// Shows CPU nanoseconds as ms and bytes per CPU second as MB/s (10^6 bytes).
struct CpuFormatter;

impl ValueFormatter for CpuFormatter {
    fn scale_values(&self, _typical: f64, values: &mut [f64]) -> &'static str {
        values.iter_mut().for_each(|v| *v /= 1e6);
        "ms cpu"
    }
    fn scale_throughputs(
        &self,
        _typical: f64,
        throughput: &Throughput,
        values: &mut [f64],
    ) -> &'static str {
        let per_iteration = match throughput {
            Throughput::Bytes(n) | Throughput::BytesDecimal(n) | Throughput::Elements(n) => *n,
            Throughput::Bits(n) => *n / 8,
        } as f64;
        // values are CPU ns per iteration → MB per CPU second.
        values
            .iter_mut()
            .for_each(|v| *v = per_iteration / (*v / 1e9) / 1e6);
        "MB/s"
    }
    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns cpu"
    }
}

fn text_mode(c: &mut Criterion<CpuTime>) {
    let (name, docs) = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let options = Options::default();
    let mut group = c.benchmark_group("text-mode");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function(format!("classify_text {name} ({bytes} bytes)"), |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| classify_text(d, &options).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().with_measurement(CpuTime);
    targets = text_mode
}
criterion_main!(benches);
