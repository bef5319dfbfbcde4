//! sly: lexers and LALR(1) parsers built at compile time, written the way SLY writes them.
#![deny(missing_docs, rustdoc::broken_intra_doc_links)]
#![warn(missing_debug_implementations)]
#![forbid(unsafe_code)]

pub use sly_core::{LineCol, LineIndex, Span, Spanned, render_at};
