//! The fuzz smoke run: every committed seed (`fuzz/seeds/<target>/`) and every
//! saved reproducer (`fuzz/regressions/<target>/`) through the same entry
//! functions the cargo-fuzz targets call (`fuzz/src/lib.rs`), so a fixed crash
//! stays fixed. See docs/FUZZING.md.
#![cfg(feature = "cli")]

#[path = "../fuzz/src/lib.rs"]
mod fuzz_entry;

use std::path::Path;

/// The files in `dir`, sorted; none when it does not exist.
fn inputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
}

fn replay(folder: &str) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(folder);
    let mut count = 0;
    for &(target, run) in fuzz_entry::TARGETS {
        for file in inputs(&root.join(target)) {
            let data = std::fs::read(&file).expect("readable input");
            let name = file.display().to_string();
            let outcome = std::panic::catch_unwind(|| run(&data));
            assert!(outcome.is_ok(), "fuzz target {target} panicked on {name}");
            count += 1;
        }
    }
    count
}

#[test]
fn seeds_pass_every_target() {
    let count = replay("seeds");
    for &(target, _) in fuzz_entry::TARGETS {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz/seeds")
            .join(target);
        assert!(
            !inputs(&dir).is_empty(),
            "no seeds for fuzz target {target}"
        );
    }
    assert!(count > 0);
}

#[test]
fn fixture_pages_pass_the_html_target() {
    // fuzz/run.sh seeds the html target with these pages as well.
    let (_, run) = fuzz_entry::TARGETS
        .iter()
        .find(|(t, _)| *t == "html")
        .expect("an html target");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut count = 0;
    for case in std::fs::read_dir(&fixtures).expect("tests/fixtures") {
        let page = case.expect("entry").path().join("page.html");
        if let Ok(data) = std::fs::read(&page) {
            let outcome = std::panic::catch_unwind(|| run(&data));
            assert!(
                outcome.is_ok(),
                "html target panicked on {}",
                page.display()
            );
            count += 1;
        }
    }
    assert!(count > 0);
}

#[test]
fn regressions_stay_fixed() {
    replay("regressions");
}
