//! A thousand creates, 32 at a time, some of them hit by faults: none lost, none duplicated.

mod support;

use std::collections::HashSet;

use flow_emulator::Fault;
use futures_util::{StreamExt, stream};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_creates_lose_and_duplicate_nothing() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let faults = emulator.faults();
    faults.inject("POST", "/connections", Fault::DropAfterHandling, 10);
    faults.inject("POST", "/connections", Fault::DropBeforeHandling, 10);
    let throttled = Fault::RateLimited {
        retry_after_secs: 0,
    };
    faults.inject("POST", "/connections", throttled, 10);

    let results: Vec<_> = stream::iter(0..1_000)
        .map(|index| {
            let client = client.clone();
            async move {
                let body = support::dynamics(&format!("load {index:04}"));
                client.create_connection_once(&body).await
            }
        })
        .buffer_unordered(32)
        .collect()
        .await;

    let created: Vec<_> = results.into_iter().map(Result::unwrap).collect();
    let created_ids: HashSet<_> = created.iter().map(|c| c.id.clone()).collect();
    let stored = emulator.connections().await;
    let stored_ids: HashSet<_> = stored.iter().map(|c| c.id.clone()).collect();
    let stored_names: HashSet<_> = stored.iter().map(|c| c.name.clone()).collect();

    assert_eq!(created_ids.len(), 1_000);
    assert_eq!(stored.len(), 1_000);
    assert_eq!(stored_ids, created_ids);
    assert_eq!(stored_names.len(), 1_000);
}
