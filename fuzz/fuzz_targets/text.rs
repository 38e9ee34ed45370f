//! Fuzz target `text`: see `declutter_fuzz::text` (fuzz/src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| declutter_fuzz::text(data));
