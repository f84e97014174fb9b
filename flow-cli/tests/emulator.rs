//! `flow emulator`: a local Flow Service that answers until told to stop.

mod support;

use std::net::TcpListener;

use flow_cli::Context;
use flow_client::{FlowClient, Query, Secret};
use flow_emulator::Credentials;
use support::{arg, flow, specs_dir};

/// A loopback port that was free a moment ago.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
async fn it_serves_the_specs_and_prints_how_to_reach_it() {
    let port = free_port();
    let base_url = format!("http://127.0.0.1:{port}");
    let served = base_url.clone();
    let context = Context::new(|_| None).stop_when(async move {
        let credentials = Credentials::default();
        let client = FlowClient::builder()
            .base_url(served)
            .access_token(Secret::from(credentials.access_token.as_str()))
            .api_key(credentials.client_id.as_str())
            .org_id(credentials.org_id.as_str())
            .build()
            .unwrap();
        let specs = client.connection_specs(&Query::new()).await.unwrap();
        assert!(specs.iter().any(|spec| spec.name == "dynamics-online"));
    });
    let addr = format!("127.0.0.1:{port}");

    let run = flow(
        &["emulator", "--specs", arg(&specs_dir()), "--addr", &addr],
        context,
    )
    .await;

    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(&format!("base URL       {base_url}")),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("flow-emulator-token"), "{}", run.stdout);
    assert!(run.stdout.contains("press Ctrl-C to stop"));
}

#[tokio::test]
async fn json_output_gives_the_base_url_and_credentials() {
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let context = Context::new(|_| None).stop_when(async {});

    let run = flow(
        &[
            "--json",
            "emulator",
            "--specs",
            arg(&specs_dir()),
            "--addr",
            &addr,
        ],
        context,
    )
    .await;

    assert_eq!(run.code, 0, "{}", run.stderr);
    let document = run.json();
    assert_eq!(document["baseUrl"], format!("http://{addr}"));
    assert_eq!(document["orgId"], Credentials::default().org_id);
}

#[tokio::test]
async fn a_remote_address_needs_allow_remote() {
    let context = Context::new(|_| None).stop_when(async {});

    let run = flow(&["emulator", "--addr", "0.0.0.0:0"], context).await;

    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--allow-remote"), "{}", run.stderr);
}
