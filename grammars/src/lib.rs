//! Ready-made grammars written with sly.
