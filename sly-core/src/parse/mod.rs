//! The runtime LR parser: compact tables and the table-driven driver shared by every
//! generated parser.

pub mod driver;
pub mod error;
pub mod table;
#[cfg(feature = "trace")]
#[cfg_attr(docsrs, doc(cfg(feature = "trace")))]
pub mod trace;

pub use driver::{
    Checkpoint, CloneIf, CloneVia, DirectStep, LrParser, Machine, PushParser, TokenItem, parse,
    parse_all, parse_all_tables,
};
pub use error::{ParseError, Parsed};

#[cfg(all(test, feature = "build"))]
pub(crate) mod tests;
