//! Flow codegen.
