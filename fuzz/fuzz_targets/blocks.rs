//! Fuzz target `blocks`: see `declutter_fuzz::blocks` (fuzz/src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| declutter_fuzz::blocks(data));
