//! The runtime trace of every shift, reduction and recovery step (cargo feature `trace`).
//!
//! Lines go to standard error, prefixed with `sly: `, unless a sink is installed with
//! [`set_sink`] (for tests, or to route the trace into a logger). The `sly` crate re-exports
//! this module as `sly::trace`, with an example.

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
