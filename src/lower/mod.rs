//! LLVM IR -> Scratch blocks: control-flow structuring, value representation,
//! instruction selection, `sb3_*` externs, block-level optimisation.
