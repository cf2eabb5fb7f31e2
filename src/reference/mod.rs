//! The Rust reference: exactly the arithmetic the Scratch project does (doubles throughout,
//! the same quantized weights, sampler and PRNG), used as an oracle.
