//! The image header: item indices the C program reads (`#define H_*` in
//! `prebuilt_ir/llama2_scratch.c` must equal these; a test parses the C file and checks).
//!
//! Every field is one list item holding an exact number. Addresses are item offsets from the
//! image start. Row shapes `D_*` describe matrices whose rows have `dim` inputs (wq, wk, wv,
//! wo, w1, w3, classifier, embedding), `F_*` those with `hidden_dim` inputs (w2); in the float
//! layout `*_ROW_ITEMS` is the row length and the other shape fields are 0.

use super::PackError;

macro_rules! header_fields {
    ($($name:ident = $value:expr, $doc:literal;)*) => {
        $(#[doc = $doc] pub const $name: usize = $value;)*
        /// Every header field as (name without the `H_` prefix, index), in index order.
        pub const HEADER_FIELDS: &[(&str, usize)] = &[$((stringify!($name), $value)),*];
    };
}

header_fields! {
    MAGIC = 0, "Magic number [`IMAGE_MAGIC`].";
    VERSION = 1, "Layout version [`IMAGE_VERSION`].";
    DIM = 2, "Transformer width.";
    HIDDEN = 3, "Feed-forward width.";
    LAYERS = 4, "Number of layers.";
    HEADS = 5, "Query heads.";
    KV_HEADS = 6, "Key/value heads.";
    VOCAB = 7, "Vocabulary size.";
    SEQ = 8, "Context length of this image (KV cache positions).";
    HEAD_SIZE = 9, "dim / heads.";
    KV_DIM = 10, "dim * kv_heads / heads.";
    QUANT = 11, "0 float layout, 1 Q8_0 layout, 2 W8A8 layout.";
    GROUP = 12, "Q8_0 / W8A8 group size (0 in the float layout).";
    D_ROW_ITEMS = 13, "Items per row of a dim-input matrix (W8A8: half a row pair).";
    D_NGROUPS = 14, "Groups per dim-input row.";
    D_GROUP_ITEMS = 15, "Packed items of a full group (dim rows).";
    D_LAST_ITEMS = 16, "Packed items of the last group (dim rows).";
    D_LAST_LEN = 17, "Values in the last group (dim rows).";
    D_PAD_LEN = 18, "Transformed-input length (dim rows).";
    F_ROW_ITEMS = 19, "Items per row of a hidden-input matrix.";
    F_NGROUPS = 20, "Groups per hidden-input row.";
    F_GROUP_ITEMS = 21, "Packed items of a full group (hidden rows).";
    F_LAST_ITEMS = 22, "Packed items of the last group (hidden rows).";
    F_LAST_LEN = 23, "Values in the last group (hidden rows).";
    F_PAD_LEN = 24, "Transformed-input length (hidden rows).";
    EMB = 25, "Token embedding (vocab rows, dim inputs).";
    RMS_ATT = 26, "Attention RMSNorm weights (layers x dim).";
    WQ = 27, "wq (layers x dim rows).";
    WK = 28, "wk (layers x kv_dim rows).";
    WV = 29, "wv (layers x kv_dim rows).";
    WO = 30, "wo (layers x dim rows).";
    RMS_FFN = 31, "FFN RMSNorm weights (layers x dim).";
    W1 = 32, "w1 (layers x hidden rows).";
    W2 = 33, "w2 (layers x dim rows of hidden inputs).";
    W3 = 34, "w3 (layers x hidden rows).";
    RMS_FINAL = 35, "Final RMSNorm weights (dim).";
    WCLS = 36, "Classifier (vocab rows); equals EMB when shared.";
    ROPE_COS = 37, "cos table, seq x head_size/2: cos(pos * 10000^(-2k/head_size)).";
    ROPE_SIN = 38, "sin table, same shape.";
    X = 39, "Activation x (dim).";
    XB = 40, "Activation xb (dim).";
    XB2 = 41, "Activation xb2 (dim).";
    HB = 42, "Activation hb (hidden).";
    HB2 = 43, "Activation hb2 (hidden).";
    Q = 44, "Query (dim).";
    ATT = 45, "Attention scores (heads x seq).";
    LOGITS = 46, "Logits / probabilities (vocab).";
    KEY_CACHE = 47, "Key cache (layers x seq x kv_dim).";
    VALUE_CACHE = 48, "Value cache (layers x seq x kv_dim).";
    QY = 49, "Q8_0 transformed input (max pad length); W8A8 int8 input (max row).";
    QSX = 50, "Q8_0 per-group 128 * sum(x); W8A8 per-group input scale (max groups).";
    HEAP = 51, "Sampler heap of token ids (vocab).";
    TOK_OFF = 52, "Per token: offset of its bytes in TOK_BYTES.";
    TOK_LEN = 53, "Per token: byte length (up to its first NUL, as run.c's C strings).";
    TOK_BYTES = 54, "Token bytes, one per item.";
    TOK_SCORE = 55, "Per token: merge score.";
    TOK_SORTED = 56, "Token ids sorted by bytes (strcmp order), ties by id.";
    PROMPT_CAP = 57, "Capacity of the prompt byte buffer.";
    PROMPT_BYTES = 58, "Prompt UTF-8 bytes (PROMPT_CAP).";
    PROMPT_TOKENS = 59, "Prompt tokens (PROMPT_CAP + 3).";
    PAIR_ID = 60, "BPE pair cache: merged id (PROMPT_CAP + 3).";
    PAIR_SCORE = 61, "BPE pair cache: score (PROMPT_CAP + 3).";
    RMS_EPS = 62, "RMSNorm epsilon (1e-5).";
    PM_MOD = 63, "Park-Miller modulus 2^31 - 1.";
    PM_MULT = 64, "Park-Miller multiplier 48271.";
    BOS = 65, "BOS token id (1).";
    DEF_STEPS = 66, "Preset default: steps.";
    DEF_TEMPERATURE = 67, "Preset default: temperature.";
    DEF_TOPK = 68, "Preset default: top-k (0 off).";
    DEF_TOPP = 69, "Preset default: top-p (0 or 1 off).";
    DEF_SEED = 70, "Preset default: seed.";
    IMAGE_ITEMS = 71, "Total items of the image.";
    SPACE = 72, "The byte 32: the key the program looks up for the dummy-prefix token.";
}

/// Number of header items.
pub const HEADER_SIZE: usize = 73;
/// Magic number in item 0 ("LM2S" read as a big-endian u32).
pub const IMAGE_MAGIC: f64 = 1280127571.0;
/// Layout version in item 1; bump on any change of the header or data layout.
pub const IMAGE_VERSION: f64 = 1.0;

/// The header read back from an image, as integers and numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    /// The raw header items.
    pub items: Vec<f64>,
}

impl Header {
    /// Reads and checks the header of `image` (magic, version, every address in range).
    pub fn read(image: &[f64]) -> Result<Header, PackError> {
        if image.len() < HEADER_SIZE {
            return Err(PackError::BadImage(format!(
                "{} items, shorter than the {HEADER_SIZE}-item header",
                image.len()
            )));
        }
        if image[MAGIC] != IMAGE_MAGIC || image[VERSION] != IMAGE_VERSION {
            return Err(PackError::BadImage(format!(
                "magic/version {}/{}, expected {IMAGE_MAGIC}/{IMAGE_VERSION}",
                image[MAGIC], image[VERSION]
            )));
        }
        for &(name, i) in HEADER_FIELDS {
            let v = image[i];
            let int_field = !matches!(name, "RMS_EPS" | "DEF_TEMPERATURE" | "DEF_TOPP");
            if !v.is_finite() || (int_field && (v < 0.0 || v.fract() != 0.0)) {
                return Err(PackError::BadImage(format!("header field {name} = {v}")));
            }
        }
        if image[IMAGE_ITEMS] != image.len() as f64 {
            return Err(PackError::BadImage(format!(
                "header says {} items, image has {}",
                image[IMAGE_ITEMS],
                image.len()
            )));
        }
        Ok(Header {
            items: image[..HEADER_SIZE].to_vec(),
        })
    }

    /// Field `i` as an integer (addresses, dims).
    pub fn int(&self, i: usize) -> usize {
        self.items[i] as usize
    }

    /// Field `i` as a number.
    pub fn num(&self, i: usize) -> f64 {
        self.items[i]
    }
}
