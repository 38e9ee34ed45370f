//! Fuzz target `snapshot`: see `declutter_fuzz::snapshot` (fuzz/src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| declutter_fuzz::snapshot(data));
