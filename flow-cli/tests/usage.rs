//! The command line itself: help, versions and mistakes.

mod support;

use support::{flow, no_vars};

#[tokio::test]
async fn help_goes_to_stdout_and_exits_with_zero() {
    let run = flow(&["--help"], no_vars()).await;

    assert_eq!(run.code, 0);
    for command in ["specs", "expand", "connections", "emulator", "--json"] {
        assert!(run.stdout.contains(command), "{command}: {}", run.stdout);
    }
    assert!(run.stderr.is_empty());
}

#[tokio::test]
async fn connections_help_says_the_embedded_emulator_forgets() {
    let run = flow(&["connections", "--help"], no_vars()).await;

    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("embedded emulator"), "{}", run.stdout);
    assert!(run.stdout.contains("lost when"), "{}", run.stdout);
}

#[tokio::test]
async fn a_usage_mistake_exits_with_two() {
    let unknown = flow(&["frobnicate"], no_vars()).await;
    let missing = flow(&["specs", "diff", "only-one.json"], no_vars()).await;

    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.starts_with("error: "), "{}", unknown.stderr);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("<NEW>"), "{}", missing.stderr);
    assert!(unknown.stdout.is_empty() && missing.stdout.is_empty());
}

#[tokio::test]
async fn a_param_without_equals_is_refused_before_any_service_is_reached() {
    let run = flow(
        &[
            "connections",
            "create",
            "--spec",
            "dynamics-online",
            "--name",
            "x",
            "--param",
            "hunter2",
        ],
        no_vars(),
    )
    .await;

    assert_eq!(run.code, 2);
    assert!(!run.stderr.contains("embedded emulator"), "{}", run.stderr);
    assert!(!run.all().contains("hunter2"), "{}", run.all());
}
