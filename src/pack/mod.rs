//! The packer: quantize (Q8_0) or keep float, and lay out the one memory image the
//! inference program reads (header, weights, tables, buffers).
