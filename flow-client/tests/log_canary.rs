//! Runs the client with every log level captured, and checks that no secret reaches the logs:
//! not a password, not a client secret, not an access token.

mod support;

use std::collections::HashSet;
use std::io::Write;
use std::sync::{Arc, Mutex};

use flow_client::{
    ClientCredentials, ConnectionUpdate, CreateConnection, FlowClient, Query, Secret, TokenFuture,
    TokenSource,
};
use flow_emulator::Fault;
use serde_json::json;
use support::{DynamicsBasic, PASSWORD, Untyped};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;

/// Everything logged, in one buffer.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Captured {
    type Writer = Captured;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// Client credentials that remember every token they hand out, to look for them in the logs.
#[derive(Debug)]
struct Recording {
    inner: ClientCredentials,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Recording {
    fn remember(
        &self,
        token: Result<Secret, flow_client::Error>,
    ) -> Result<Secret, flow_client::Error> {
        if let Ok(token) = &token {
            self.seen
                .lock()
                .unwrap()
                .push(token.expose_secret().to_owned());
        }
        token
    }
}

impl TokenSource for Recording {
    fn token(&self) -> TokenFuture<'_> {
        Box::pin(async move { self.remember(self.inner.token().await) })
    }

    fn renew<'a>(&'a self, rejected: &'a Secret) -> TokenFuture<'a> {
        Box::pin(async move { self.remember(self.inner.renew(rejected).await) })
    }
}

#[tokio::test]
async fn no_secret_reaches_the_logs() {
    let captured = Captured::default();
    let subscriber = tracing_subscriber::fmt()
        .with_env_filter("trace")
        .with_span_events(FmtSpan::FULL)
        .with_ansi(false)
        .with_writer(captured.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let emulator = support::emulator().await;
    let seen = Arc::new(Mutex::new(Vec::new()));
    let client = FlowClient::builder()
        .base_url(emulator.base_url())
        .token_source(Recording {
            inner: support::credentials(&emulator),
            seen: seen.clone(),
        })
        .api_key(emulator.credentials().client_id.as_str())
        .org_id(emulator.credentials().org_id.as_str())
        .retry_policy(support::quick_retries())
        .build()
        .unwrap();

    let created = client
        .create_connection(&support::dynamics("canary"))
        .await
        .unwrap();
    let update = ConnectionUpdate::new()
        .auth_params(&DynamicsBasic::new(PASSWORD))
        .unwrap();
    let etag = client
        .update_connection(&created.id, &created.etag, &update)
        .await
        .unwrap();
    client.connection(&created.id).await.unwrap();
    client.list_connections(&Query::new()).await.unwrap();

    emulator.revoke_tokens();
    emulator
        .faults()
        .inject("POST", "/connections", Fault::DropAfterHandling, 1);
    client
        .create_connection_once(&support::dynamics("canary once"))
        .await
        .unwrap();
    emulator
        .faults()
        .inject("PATCH", "/connections", Fault::Status(503), 1);
    client
        .update_connection(&created.id, &etag, &update)
        .await
        .unwrap();
    let broken = Untyped {
        spec_name: support::AUTH_SPEC_NAME,
        params: json!({"password": PASSWORD}),
    };
    let refused = client
        .create_connection(&CreateConnection::new("refused", broken).unwrap())
        .await
        .unwrap_err();
    tracing::error!(error = %refused, debug = ?refused, "create refused");

    let logs = captured.text();
    let client_secret = emulator.credentials().client_secret.clone();
    let tokens: HashSet<String> = seen.lock().unwrap().iter().cloned().collect();
    assert_eq!(
        tokens.len(),
        2,
        "one token before the revocation, one after"
    );
    assert!(logs.contains("flow.request"), "nothing was captured");
    assert!(
        logs.contains("flow.token"),
        "token fetches were not captured"
    );
    assert!(logs.contains("status=503"), "retries were not captured");
    assert!(
        logs.contains("request_id="),
        "request ids were not captured"
    );
    assert!(logs.contains("latency_ms="), "latencies were not captured");
    assert!(!logs.contains(PASSWORD), "a password was logged");
    assert!(
        !logs.contains(&client_secret),
        "the client secret was logged"
    );
    for token in tokens {
        assert!(!logs.contains(&token), "an access token was logged");
    }
}
