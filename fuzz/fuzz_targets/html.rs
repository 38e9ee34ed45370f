//! Fuzz target `html`: see `declutter_fuzz::html` (fuzz/src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| declutter_fuzz::html(data));
