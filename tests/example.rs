//! The README's first command: the example creates a connection on the embedded emulator and
//! prints the id and etag it got over HTTP.

mod support;

#[test]
fn the_example_creates_a_connection_on_the_embedded_emulator() {
    let mut command = support::cargo();
    command
        .args([
            "run",
            "--quiet",
            "--offline",
            "--example",
            "create_connection",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    for (name, _) in std::env::vars().filter(|(name, _)| name.starts_with("FLOW_")) {
        command.env_remove(name);
    }

    let output = command.output().unwrap();

    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let line = |prefix: &str| {
        stdout
            .lines()
            .find_map(|line| line.strip_prefix(prefix))
            .unwrap_or_else(|| panic!("no `{prefix}` line in:\n{stdout}"))
            .to_owned()
    };
    assert!(line("using the embedded emulator at ").starts_with("http://127.0.0.1:"));
    assert!(line("found spec ").starts_with("`dynamics-online`"));
    let id = line("created connection ");
    assert!(uuid_like(&id), "{id}");
    let etag = line("etag ");
    assert!(
        etag.starts_with('"') && etag.ends_with('"') && etag.len() > 2,
        "{etag}"
    );
}

/// Whether `text` is 36 characters of hex digits and four dashes, as the emulator's ids are.
fn uuid_like(text: &str) -> bool {
    text.len() == 36
        && text.chars().filter(|c| *c == '-').count() == 4
        && text.chars().all(|c| c == '-' || c.is_ascii_hexdigit())
}
