//! Text and Graphviz renderings of the LALR(1) automaton (`sly states`, `sly dot`, the macro's
//! `debugfile`).
