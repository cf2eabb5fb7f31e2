//! A global allocator that aborts (a crash libFuzzer records with its input) when one
//! allocation or all live allocations together exceed a limit.
//!
//! Without a sanitizer runtime, libFuzzer's `-malloc_limit_mb` cannot see allocations, and
//! `-rss_limit_mb` only sees pages once touched, polled once a second. This sees every
//! request before it is made: an input that claims a huge size and allocates for it is
//! caught at the allocation, even if the memory would never be touched.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Largest total of live allocations, in bytes (`LLM2SB3_FUZZ_MEM_MB` overrides; default 512).
const DEFAULT_LIMIT_MB: usize = 512;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static LIMIT: AtomicUsize = AtomicUsize::new(0);

/// [`System`] with a limit on live bytes.
pub struct Limited;

fn limit() -> usize {
    match LIMIT.load(Ordering::Relaxed) {
        0 => {
            // Reading the environment allocates: mark the limit as being read first.
            LIMIT.store(usize::MAX, Ordering::Relaxed);
            let mb = std::env::var("LLM2SB3_FUZZ_MEM_MB")
                .ok()
                .and_then(|v| v.parse::<usize>().ok())
                .unwrap_or(DEFAULT_LIMIT_MB);
            let bytes = mb.saturating_mul(1 << 20);
            LIMIT.store(bytes, Ordering::Relaxed);
            bytes
        }
        n => n,
    }
}

fn over(requested: usize, limit: usize) -> ! {
    let live = LIVE.load(Ordering::Relaxed);
    let msg = format!(
        "==alloc_limit== allocation of {requested} bytes with {live} bytes live exceeds the limit of {limit} bytes\n"
    );
    // Past the limit: write without allocating more, then crash.
    use std::io::Write;
    let _ = std::io::stderr().write_all(msg.as_bytes());
    std::process::abort();
}

fn take(size: usize) {
    let before = LIVE.fetch_add(size, Ordering::Relaxed);
    let limit = limit();
    if before.saturating_add(size) > limit {
        LIMIT.store(usize::MAX, Ordering::Relaxed); // the report itself may allocate
        over(size, limit);
    }
}

unsafe impl GlobalAlloc for Limited {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        take(layout.size());
        System.alloc(layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        take(layout.size());
        System.alloc_zeroed(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            take(new_size - layout.size());
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static GLOBAL: Limited = Limited;
