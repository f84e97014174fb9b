//! `flow connections`: create, list, get and delete against an emulator on loopback.

mod support;

use flow_emulator::Emulator;
use support::{emulator_vars, flow, no_vars, specs_dir};

const PASSWORD: &str = "s3cr3t-Pa55-w0rd";

async fn emulator() -> flow_emulator::RunningEmulator {
    Emulator::new(specs_dir()).start().await.unwrap()
}

#[tokio::test]
async fn create_list_get_delete_round_trip() {
    let emulator = emulator().await;
    let vars = || emulator_vars(&emulator, &[("FLOW_PARAM_PASSWORD", PASSWORD)]);

    let created = flow(
        &[
            "--json",
            "connections",
            "create",
            "--spec",
            "dynamics-online",
            "--name",
            "Dynamics",
            "--description",
            "from the command line",
            "--param",
            "serviceUri=https://example.crm.dynamics.com",
            "--param",
            "username=someone",
        ],
        vars(),
    )
    .await;
    assert_eq!(created.code, 0, "{}", created.stderr);
    let id = created.json()["id"].as_str().unwrap().to_owned();
    let stored = emulator.secret(&id, "/password").await.unwrap();
    assert_eq!(stored.expose_secret(), PASSWORD);

    let listed = flow(&["connections", "list"], vars()).await;
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    let line = listed.stdout.lines().find(|line| line.starts_with(&id));
    assert!(
        line.is_some_and(|line| line.contains("Dynamics")),
        "{}",
        listed.stdout
    );

    let shown = flow(&["connections", "get", &id], vars()).await;
    assert_eq!(shown.code, 0, "{}", shown.stderr);
    assert!(
        shown.stdout.contains("from the command line"),
        "{}",
        shown.stdout
    );
    assert!(shown.stdout.contains("someone"), "{}", shown.stdout);

    let deleted = flow(&["connections", "delete", &id], vars()).await;
    assert_eq!(deleted.code, 0, "{}", deleted.stderr);
    assert_eq!(deleted.stdout, format!("deleted connection {id}\n"));
    assert!(emulator.connections().await.is_empty());

    let gone = flow(&["connections", "get", &id], vars()).await;
    assert_eq!(gone.code, 1);
    let mut lines = gone.stderr.lines();
    assert!(lines.next().is_some_and(|line| line.starts_with("error: ")));
    assert!(
        lines
            .next()
            .is_some_and(|line| line.contains("flow connections list"))
    );

    for run in [&created, &listed, &shown, &deleted, &gone] {
        assert!(
            !run.all().contains(PASSWORD),
            "the password leaked: {}",
            run.all()
        );
    }
}

/// `flow --json connections create` of a Dynamics connection named `name`.
async fn create_dynamics(vars: flow_cli::Context, name: &str) -> support::Run {
    let args = [
        "--json",
        "connections",
        "create",
        "--spec",
        "dynamics-online",
        "--name",
        name,
        "--param",
        "serviceUri=https://example.crm.dynamics.com",
        "--param",
        "username=someone",
    ];
    flow(&args, vars).await
}

#[tokio::test]
async fn get_and_delete_print_json() {
    let emulator = emulator().await;
    let vars = || emulator_vars(&emulator, &[("FLOW_PARAM_PASSWORD", PASSWORD)]);
    let created = create_dynamics(vars(), "Dynamics").await;
    assert_eq!(created.code, 0, "{}", created.stderr);
    let id = created.json()["id"].as_str().unwrap().to_owned();

    let shown = flow(&["--json", "connections", "get", &id], vars()).await;
    let deleted = flow(&["--json", "connections", "delete", &id], vars()).await;
    let gone = flow(&["--json", "connections", "get", &id], vars()).await;

    assert_eq!(shown.code, 0, "{}", shown.stderr);
    let connection = shown.json();
    assert_eq!(connection["id"], id.as_str());
    assert_eq!(connection["name"], "Dynamics");
    assert_eq!(connection["auth"]["params"]["username"], "someone");
    assert_eq!(deleted.code, 0, "{}", deleted.stderr);
    assert_eq!(deleted.json(), serde_json::json!({"deleted": id}));
    assert_eq!(gone.code, 1);
    assert!(
        gone.json()["error"]["message"].is_string(),
        "{}",
        gone.all()
    );
    for run in [&created, &shown, &deleted, &gone] {
        assert!(!run.all().contains(PASSWORD), "{}", run.all());
    }
}

#[tokio::test]
async fn list_filters_orders_limits_and_prints_json() {
    let emulator = emulator().await;
    let vars = || emulator_vars(&emulator, &[("FLOW_PARAM_PASSWORD", PASSWORD)]);
    for name in ["b-conn", "a-conn", "c-conn"] {
        let run = create_dynamics(vars(), name).await;
        assert_eq!(run.code, 0, "{}", run.stderr);
    }

    let ordered = flow(
        &[
            "--json",
            "connections",
            "list",
            "--order-by",
            "name",
            "--limit",
            "2",
        ],
        vars(),
    )
    .await;
    let filtered = flow(
        &[
            "--json",
            "connections",
            "list",
            "--property",
            "name==\"c-conn\"",
        ],
        vars(),
    )
    .await;

    assert_eq!(ordered.code, 0, "{}", ordered.stderr);
    let names = |run: &support::Run| -> Vec<String> {
        run.json()["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| item["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(names(&ordered), ["a-conn", "b-conn"]);
    assert_eq!(names(&filtered), ["c-conn"]);
    assert!(!ordered.all().contains(PASSWORD));
}

#[tokio::test]
async fn params_come_from_a_file_and_the_secret_from_the_environment() {
    let emulator = emulator().await;
    let dir = tempfile::tempdir().unwrap();
    let params = dir.path().join("params.json");
    std::fs::write(
        &params,
        r#"{"serviceUri": "https://example.crm.dynamics.com", "username": "someone"}"#,
    )
    .unwrap();

    let run = flow(
        &[
            "connections",
            "create",
            "--spec",
            "dynamics-online",
            "--name",
            "From a file",
            "--params",
            params.to_str().unwrap(),
        ],
        emulator_vars(&emulator, &[("FLOW_PARAM_PASSWORD", PASSWORD)]),
    )
    .await;

    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("created connection "),
        "{}",
        run.stdout
    );
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert!(!run.all().contains(PASSWORD));
}

#[tokio::test]
async fn a_secret_on_the_command_line_is_accepted_with_a_warning() {
    let emulator = emulator().await;

    let run = flow(
        &[
            "connections",
            "create",
            "--spec",
            "dynamics-online",
            "--name",
            "Dynamics",
            "--param",
            "serviceUri=https://example.crm.dynamics.com",
            "--param",
            "username=someone",
            "--param",
            &format!("password={PASSWORD}"),
        ],
        emulator_vars(&emulator, &[]),
    )
    .await;

    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.starts_with("warning: `password` is a secret"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("shell history"));
    assert!(!run.all().contains(PASSWORD));
}

#[tokio::test]
async fn a_missing_secret_without_a_terminal_names_its_variable() {
    let emulator = emulator().await;

    let run = flow(
        &[
            "connections",
            "create",
            "--spec",
            "dynamics-online",
            "--name",
            "Dynamics",
            "--param",
            "serviceUri=https://example.crm.dynamics.com",
            "--param",
            "username=someone",
        ],
        emulator_vars(&emulator, &[]),
    )
    .await;

    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("FLOW_PARAM_PASSWORD"), "{}", run.stderr);
    assert!(emulator.connections().await.is_empty());
}

#[tokio::test]
async fn params_that_break_the_schema_are_listed_and_nothing_is_sent() {
    let emulator = emulator().await;

    let run = flow(
        &[
            "--json",
            "connections",
            "create",
            "--spec",
            "dynamics-online",
            "--name",
            "Dynamics",
            "--param",
            "serviceUri=https://example.crm.dynamics.com",
        ],
        emulator_vars(&emulator, &[("FLOW_PARAM_PASSWORD", PASSWORD)]),
    )
    .await;

    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("/username (required)"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.json()["error"]["details"][0],
        "/username (required): is required"
    );
    assert_eq!(emulator.request_count("POST", "/connections"), 0);
    assert!(!run.all().contains(PASSWORD));
}

#[tokio::test]
async fn specs_not_compiled_in_and_missing_arguments_are_refused() {
    let emulator = emulator().await;

    let unknown = flow(
        &["connections", "create", "--spec", "nope", "--name", "x"],
        emulator_vars(&emulator, &[]),
    )
    .await;
    let usage = flow(
        &["connections", "create", "--spec", "dynamics-online"],
        emulator_vars(&emulator, &[]),
    )
    .await;
    let several = flow(
        &[
            "connections",
            "create",
            "--spec",
            "generic-rest-extension",
            "--name",
            "x",
        ],
        emulator_vars(&emulator, &[]),
    )
    .await;

    assert_eq!(unknown.code, 1);
    assert!(
        unknown.stderr.contains("is compiled into flow"),
        "{}",
        unknown.stderr
    );
    assert_eq!(usage.code, 2);
    assert!(usage.stderr.contains("--name"), "{}", usage.stderr);
    assert_eq!(several.code, 2);
    assert!(several.stderr.contains("--auth-spec"), "{}", several.stderr);
}

#[tokio::test]
async fn without_credentials_an_embedded_emulator_is_used_and_said_to_forget() {
    let run = flow(&["connections", "list"], no_vars()).await;

    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, "no connections\n");
    assert!(run.stderr.contains("embedded emulator"), "{}", run.stderr);
    assert!(
        run.stderr.contains("lost when this command exits"),
        "{}",
        run.stderr
    );
}
