//! Examples and cross-crate tests.
