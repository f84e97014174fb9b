//! What the compiler accepts and refuses in generated types: trybuild cases under `tests/ui`.

#[test]
fn generated_types_are_checked_at_compile_time() {
    // The cases build in a scratch crate elsewhere; spec paths stay relative to this crate.
    // SAFETY: this test binary has this single test, so no other thread reads the environment.
    #[allow(unsafe_code)]
    unsafe {
        std::env::set_var("FLOW_SPECS_MANIFEST_DIR", env!("CARGO_MANIFEST_DIR"));
    }

    let cases = trybuild::TestCases::new();
    cases.pass("tests/ui/pass/*.rs");
    cases.compile_fail("tests/ui/fail/*.rs");
}
