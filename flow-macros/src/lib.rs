//! The `connection_specs!` macro.
#![allow(missing_docs)]
use proc_macro::TokenStream;

#[proc_macro]
pub fn connection_specs(input: TokenStream) -> TokenStream {
    input
}
