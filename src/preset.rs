//! One `Preset` carries every user choice; it round-trips through a URL query string.
