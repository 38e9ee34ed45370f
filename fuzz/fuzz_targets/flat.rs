//! Fuzz target `flat`: see `declutter_fuzz::flat` (fuzz/src/lib.rs).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| declutter_fuzz::flat(data));
