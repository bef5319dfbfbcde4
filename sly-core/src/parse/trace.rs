//! The runtime trace of every shift, reduction and recovery step (cargo feature `trace`).
//!
//! Lines go to standard error, prefixed with `sly: `, unless a sink is installed with
//! [`set_sink`] (for tests, or to route the trace into a logger).
//!
//! ```
//! use std::sync::{Arc, Mutex};
//! let lines = Arc::new(Mutex::new(Vec::new()));
//! let out = lines.clone();
//! sly_core::parse::trace::set_sink(Some(Box::new(move |l: &str| out.lock().unwrap().push(l.to_string()))));
//! // ... parse something: every step lands in `lines` ...
//! sly_core::parse::trace::set_sink(None);
//! ```

use std::sync::Mutex;

type Sink = Box<dyn FnMut(&str) + Send>;

static SINK: Mutex<Option<Sink>> = Mutex::new(None);

/// Installs `sink` to receive every trace line (`None` restores standard error).
pub fn set_sink(sink: Option<Sink>) {
    let mut guard = SINK.lock().unwrap_or_else(|e| e.into_inner());
    *guard = sink;
}

pub(crate) fn emit(args: core::fmt::Arguments<'_>) {
    let line = args.to_string();
    let mut guard = SINK.lock().unwrap_or_else(|e| e.into_inner());
    match guard.as_mut() {
        Some(f) => f(&line),
        None => eprintln!("sly: {line}"),
    }
}
