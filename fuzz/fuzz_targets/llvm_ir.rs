#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| llm2sb3_fuzz::llvm_ir(data));
