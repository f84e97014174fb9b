//! Rebuilds when a spec file is added to or removed from `../specs`; edits to a file already
//! there are tracked by `connection_specs!` itself.

fn main() {
    println!("cargo:rerun-if-changed=../specs");
}
