//! Creating connections against the emulator on loopback: `FlowClient::create_connection`
//! against raw `reqwest` posting a pre-serialized body with the same headers.

use criterion::{Criterion, criterion_group, criterion_main};
use flow_client::{CreateConnection, Secret};
use flow_toolkit::DynamicsOnlineAuth;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};

/// Creates per measured iteration.
const CREATES: usize = 50;

fn client(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let emulator = runtime
        .block_on(flow_emulator::Emulator::new(flow_toolkit::specs_dir()).start())
        .unwrap();
    let flow = flow_toolkit::emulator_client(&emulator).unwrap();

    let auth = DynamicsOnlineAuth {
        service_uri: "https://example.crm.dynamics.com".to_owned(),
        username: "someone@example.com".to_owned(),
        password: Secret::from("example-password"),
    };
    let body = CreateConnection::new("Dynamics Base Connection", auth).unwrap();

    let raw = reqwest::Client::new();
    let url = format!("{}/connections", emulator.base_url());
    let credentials = emulator.credentials();
    let bearer = format!("Bearer {}", credentials.access_token);
    let json = serde_json::to_vec(&body).unwrap();
    let raw_create = || async {
        let response = raw
            .post(&url)
            .header(AUTHORIZATION, &bearer)
            .header("x-api-key", &credentials.client_id)
            .header("x-gw-ims-org-id", &credentials.org_id)
            .header("x-sandbox-name", "prod")
            .header(ACCEPT, "application/json")
            .header(CONTENT_TYPE, "application/json")
            .body(json.clone())
            .send()
            .await
            .unwrap();
        assert!(response.status().is_success());
        response.bytes().await.unwrap()
    };

    // Both paths are accepted by the emulator before anything is timed.
    runtime.block_on(async {
        flow.create_connection(&body).await.unwrap();
        raw_create().await;
    });

    let mut group = c.benchmark_group("client_50_creates");
    group.bench_function("flow_client", |b| {
        b.to_async(&runtime).iter(|| async {
            for _ in 0..CREATES {
                flow.create_connection(&body).await.unwrap();
            }
        })
    });
    group.bench_function("raw_reqwest", |b| {
        b.to_async(&runtime).iter(|| async {
            for _ in 0..CREATES {
                raw_create().await;
            }
        })
    });
    group.finish();

    runtime.block_on(emulator.shutdown());
}

criterion_group!(benches, client);
criterion_main!(benches);
