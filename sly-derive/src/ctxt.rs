//! An error sink: every macro collects all the errors it finds, then reports them at once.
//!
//! Each macro invocation makes one [`Ctxt`], passes `&Ctxt` to everything that checks user
//! input, and calls [`Ctxt::finish`] at the end; the errors are merged with
//! [`syn::Error::combine`] so that rustc shows each at its own span. Forgetting to call
//! `finish` is a bug in the macro, caught in debug builds by a panic in `Drop`.

use std::cell::RefCell;
use std::fmt::Display;

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;

/// Collects spanned errors.
pub struct Ctxt {
    // `None` once `finish` has run.
    errors: RefCell<Option<Vec<syn::Error>>>,
}

#[allow(dead_code)] // shared by both macros; each uses a part
impl Ctxt {
    /// An empty sink.
    pub fn new() -> Self {
        Ctxt {
            errors: RefCell::new(Some(Vec::new())),
        }
    }

    /// Records an error spanning the tokens of `obj` (its first to its last token).
    pub fn error_spanned_by<A: ToTokens, T: Display>(&self, obj: A, msg: T) {
        self.push(syn::Error::new_spanned(obj.into_token_stream(), msg));
    }

    /// Records an error at `span`.
    pub fn error_at<T: Display>(&self, span: Span, msg: T) {
        self.push(syn::Error::new(span, msg));
    }

    /// Records an error from syn (a failed attribute parse, for instance).
    pub fn syn_error(&self, err: syn::Error) {
        self.push(err);
    }

    /// Whether any error has been recorded.
    pub fn has_errors(&self) -> bool {
        self.errors.borrow().as_ref().is_some_and(|e| !e.is_empty())
    }

    /// The number of errors recorded so far.
    pub fn error_count(&self) -> usize {
        self.errors.borrow().as_ref().map_or(0, Vec::len)
    }

    fn push(&self, err: syn::Error) {
        if let Some(errors) = self.errors.borrow_mut().as_mut() {
            errors.push(err);
        }
    }

    /// Ends collection: `Ok` when nothing was recorded, else all errors combined into one.
    pub fn finish(self) -> syn::Result<()> {
        let errors = self.errors.borrow_mut().take().unwrap_or_default();
        let mut iter = errors.into_iter();
        match iter.next() {
            None => Ok(()),
            Some(mut first) => {
                for e in iter {
                    first.combine(e);
                }
                Err(first)
            }
        }
    }

    /// The recorded errors as `compile_error!` invocations, ending collection.
    pub fn finish_to_compile_errors(self) -> TokenStream {
        match self.finish() {
            Ok(()) => TokenStream::new(),
            Err(e) => e.to_compile_error(),
        }
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        if cfg!(debug_assertions) && !std::thread::panicking() && self.errors.borrow().is_some() {
            panic!("Ctxt dropped without calling finish (a bug in sly-derive)");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collects_every_error() {
        let cx = Ctxt::new();
        cx.error_at(Span::call_site(), "first");
        cx.error_spanned_by(quote::quote!(a b), "second");
        assert_eq!(cx.error_count(), 2);
        let err = cx.finish().unwrap_err();
        let msgs: Vec<String> = err.into_iter().map(|e| e.to_string()).collect();
        assert_eq!(msgs, ["first", "second"]);
    }

    #[test]
    fn empty_is_ok() {
        assert!(Ctxt::new().finish().is_ok());
    }
}
