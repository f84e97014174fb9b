//! Every call of the client against the emulator on loopback: specs, connections, headers,
//! tokens, error shapes, retries and faults.

mod support;

use std::time::Duration;

use flow_client::{
    ConnectionUpdate, CreateConnection, FlowClient, Outcome, Property, Query, RetryPolicy, Secret,
};
use flow_emulator::{Credentials, Emulator, Fault};
use futures_util::{StreamExt, TryStreamExt};
use serde_json::json;
use support::{DynamicsBasic, PASSWORD, SPEC_ID, Untyped};

#[tokio::test]
async fn lists_gets_and_finds_connection_specs() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);

    let all = client.connection_specs(&Query::new()).await.unwrap();
    let by_id = client.connection_spec(SPEC_ID).await.unwrap();
    let by_name = client
        .connection_spec_by_name("dynamics-online")
        .await
        .unwrap();
    let filtered = client
        .connection_specs(&Query::new().property(Property::eq("name", "dynamics-online")))
        .await
        .unwrap();

    assert!(all.iter().any(|spec| spec.name == "dynamics-online"));
    assert_eq!(by_id.name, "dynamics-online");
    assert_eq!(by_name.id.as_deref(), Some(SPEC_ID));
    assert_eq!(by_name.auth_spec[0].name, support::AUTH_SPEC_NAME);
    assert_eq!(filtered.len(), 1);
}

#[tokio::test]
async fn unknown_specs_are_not_found() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);

    let by_name = client
        .connection_spec_by_name("no-such-spec")
        .await
        .unwrap_err();
    let by_id = client
        .connection_spec("00000000-0000-0000-0000-000000000000")
        .await
        .unwrap_err();

    assert!(by_name.is_not_found());
    assert_eq!(
        by_name.to_string(),
        "connection spec `no-such-spec` was not found"
    );
    assert!(by_id.is_not_found());
    assert_eq!(by_id.status().map(|s| s.as_u16()), Some(404));
}

#[tokio::test]
async fn a_connection_lives_from_create_to_delete() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let body = support::dynamics("Dynamics").with_description("first");

    let created = client.create_connection(&body).await.unwrap();
    let fetched = client.connection(&created.id).await.unwrap();
    let tested = client.test_connection(&created.id).await.unwrap();

    assert!(created.etag.starts_with('"') && created.etag.ends_with('"'));
    assert_eq!(fetched.name, "Dynamics");
    assert_eq!(fetched.description.as_deref(), Some("first"));
    let auth = fetched.auth.as_ref().unwrap();
    assert_eq!(auth.spec_name, support::AUTH_SPEC_NAME);
    assert_ne!(auth.params["password"], json!(PASSWORD));
    assert_eq!(auth.params["username"], json!("ann@contoso.com"));
    assert!(tested);

    let update = ConnectionUpdate::new()
        .name("Dynamics (renamed)")
        .description("second")
        .auth_params(&DynamicsBasic::new("an0ther-pa55"))
        .unwrap();
    let etag = client
        .update_connection(&created.id, &created.etag, &update)
        .await
        .unwrap();
    let renamed = client.connection(&created.id).await.unwrap();
    let stored = emulator.secret(&created.id, "/password").await.unwrap();

    assert_eq!(stored.expose_secret(), "an0ther-pa55");
    assert_ne!(etag, created.etag);
    assert_eq!(renamed.name, "Dynamics (renamed)");
    assert_eq!(renamed.description.as_deref(), Some("second"));
    assert_eq!(renamed.etag.as_deref(), Some(etag.as_str()));

    client.delete_connection(&created.id).await.unwrap();
    let gone = client.connection(&created.id).await.unwrap_err();
    let deleted_twice = client.delete_connection(&created.id).await.unwrap_err();

    assert!(gone.is_not_found());
    assert!(
        gone.code().is_some_and(|code| code.ends_with("-404")),
        "{gone:?}"
    );
    assert!(deleted_twice.is_not_found());
    assert!(emulator.connections().await.is_empty());
}

#[tokio::test]
async fn a_stale_etag_is_a_failed_precondition() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let created = client
        .create_connection(&support::dynamics("Dynamics"))
        .await
        .unwrap();
    let rename = ConnectionUpdate::new().name("first rename");
    client
        .update_connection(&created.id, &created.etag, &rename)
        .await
        .unwrap();

    let stale = client
        .update_connection(
            &created.id,
            &created.etag,
            &ConnectionUpdate::new().name("late"),
        )
        .await
        .unwrap_err();

    assert!(stale.is_precondition_failed());
    assert_eq!(stale.outcome(), Outcome::Refused);
    assert_eq!(
        client.connection(&created.id).await.unwrap().name,
        "first rename"
    );
}

#[tokio::test]
async fn the_connection_spec_cannot_change() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let created = client
        .create_connection(&support::dynamics("Dynamics"))
        .await
        .unwrap();
    let update = ConnectionUpdate::new().operation(flow_client::wire::PatchOperation {
        op: "replace".to_owned(),
        path: "/connectionSpec".to_owned(),
        value: Some(json!({"id": "other", "version": "1.0"})),
    });

    let error = client
        .update_connection(&created.id, &created.etag, &update)
        .await
        .unwrap_err();

    assert!(error.is_invalid_request());
    assert_eq!(error.code(), Some("1414-400"));
}

#[tokio::test]
async fn lists_follow_every_page_filter_order_and_count() {
    let emulator = Emulator::new(support::specs_dir())
        .with_page_size(3)
        .start()
        .await
        .unwrap();
    let client = support::client(&emulator);
    for name in [
        "delta", "alpha", "echo", "charlie", "bravo", "golf", "foxtrot",
    ] {
        client
            .create_connection(&support::dynamics(name))
            .await
            .unwrap();
    }

    let all = client.list_connections(&Query::new()).await.unwrap();
    let pages_read = emulator.request_count("GET", "/connections");
    let small_pages = client
        .list_connections(&Query::new().limit(2))
        .await
        .unwrap();
    let descending = client
        .list_connections(&Query::new().order_by("-name"))
        .await
        .unwrap();
    let named = client
        .list_connections(&Query::new().property(Property::eq("name", "echo")))
        .await
        .unwrap();
    let count = client
        .count_connections(&Query::new().limit(2))
        .await
        .unwrap();
    let named_count = client
        .count_connections(&Query::new().property(Property::eq("name", "echo")))
        .await
        .unwrap();
    let first_two: Vec<_> = client
        .connections(&Query::new().order_by("name"))
        .take(2)
        .try_collect()
        .await
        .unwrap();

    assert_eq!(all.len(), 7);
    assert_eq!(pages_read, 3);
    assert_eq!(small_pages.len(), 7);
    let names: Vec<_> = descending.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "golf", "foxtrot", "echo", "delta", "charlie", "bravo", "alpha"
        ]
    );
    assert_eq!(named.len(), 1);
    assert_eq!(named[0].name, "echo");
    assert_eq!(count, 7);
    assert_eq!(named_count, 1);
    let first_names: Vec<_> = first_two.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(first_names, ["alpha", "bravo"]);
}

#[tokio::test]
async fn a_missing_sandbox_header_is_error_2105() {
    let emulator = support::emulator().await;
    let credentials = emulator.credentials();

    let response = reqwest::Client::new()
        .get(format!("{}/connections", emulator.base_url()))
        .bearer_auth(&credentials.access_token)
        .header("x-api-key", &credentials.client_id)
        .header("x-gw-ims-org-id", &credentials.org_id)
        .send()
        .await
        .unwrap();
    let error = flow_client::Error::from_response(response).await;

    assert!(error.is_invalid_request());
    assert_eq!(error.code(), Some("2105-400"));
    assert!(error.title().is_some() || error.detail().is_some());
}

#[tokio::test]
async fn gateway_headers_are_required() {
    let emulator = support::emulator().await;
    let credentials = emulator.credentials();
    let url = format!("{}/connections", emulator.base_url());
    let http = reqwest::Client::new();

    let no_token = http
        .get(&url)
        .header("x-api-key", &credentials.client_id)
        .header("x-gw-ims-org-id", &credentials.org_id)
        .header("x-sandbox-name", "dev")
        .send()
        .await
        .unwrap();
    let no_org = http
        .get(&url)
        .bearer_auth(&credentials.access_token)
        .header("x-api-key", &credentials.client_id)
        .header("x-sandbox-name", "dev")
        .send()
        .await
        .unwrap();
    let no_token = flow_client::Error::from_response(no_token).await;
    let no_org = flow_client::Error::from_response(no_org).await;

    assert!(no_token.is_unauthorized());
    assert_eq!(no_token.code(), Some("403010"));
    assert_eq!(no_org.code(), Some("400003"));
}

#[tokio::test]
async fn a_wrong_api_key_is_forbidden() {
    let emulator = support::emulator().await;
    let client = FlowClient::builder()
        .base_url(emulator.base_url())
        .access_token(Secret::from(emulator.credentials().access_token.as_str()))
        .api_key("someone-else")
        .org_id(emulator.credentials().org_id.as_str())
        .build()
        .unwrap();

    let error = client.list_connections(&Query::new()).await.unwrap_err();

    assert!(error.is_forbidden());
    assert_eq!(error.code(), Some("403003"));
    assert!(error.detail().is_some());
}

#[tokio::test]
async fn a_static_token_that_is_refused_is_not_renewed() {
    let emulator = support::emulator().await;
    let client = FlowClient::builder()
        .base_url(emulator.base_url())
        .access_token(Secret::from("not-a-valid-token"))
        .api_key(emulator.credentials().client_id.as_str())
        .org_id(emulator.credentials().org_id.as_str())
        .build()
        .unwrap();

    let error = client.count_connections(&Query::new()).await.unwrap_err();

    assert!(error.is_unauthorized());
    assert_eq!(error.code(), Some("401013"));
    assert_eq!(emulator.request_count("GET", "/connections"), 1);
    assert!(!format!("{error} {error:?}").contains("not-a-valid-token"));
}

#[tokio::test]
async fn tokens_come_from_the_token_endpoint_and_are_renewed_after_revocation() {
    let emulator = support::emulator().await;
    let client = support::oauth_client(&emulator);

    client.count_connections(&Query::new()).await.unwrap();
    client.count_connections(&Query::new()).await.unwrap();
    assert_eq!(emulator.request_count("POST", "/ims/token/v3"), 1);

    emulator.revoke_tokens();
    let count = client.count_connections(&Query::new()).await.unwrap();

    assert_eq!(count, 0);
    assert_eq!(emulator.request_count("POST", "/ims/token/v3"), 2);
    assert_eq!(emulator.request_count("GET", "/connections"), 4);
}

#[tokio::test]
async fn tokens_are_renewed_shortly_before_they_expire() {
    // A token is renewed a tenth of its lifetime before it expires: this one 9 s after it was
    // asked for. The first two calls have those 9 s to share it, however loaded the machine.
    let lifetime = Duration::from_secs(10);
    let credentials = Credentials {
        token_lifetime: lifetime,
        ..Credentials::default()
    };
    let emulator = Emulator::new(support::specs_dir())
        .with_credentials(credentials)
        .start()
        .await
        .unwrap();
    let client = support::oauth_client(&emulator);

    client.count_connections(&Query::new()).await.unwrap();
    client.count_connections(&Query::new()).await.unwrap();
    assert_eq!(emulator.request_count("POST", "/ims/token/v3"), 1);

    // The wait starts after the token was asked for, so the next call always comes past the
    // renewal point: the token is renewed before it is sent again. Had it not been, the call
    // would reuse the old token (one fetch in all) or, past its expiry, be answered 401 and
    // repeated (a fourth GET).
    tokio::time::sleep(lifetime * 9 / 10 + Duration::from_millis(100)).await;
    client.count_connections(&Query::new()).await.unwrap();

    assert_eq!(emulator.request_count("POST", "/ims/token/v3"), 2);
    assert_eq!(emulator.request_count("GET", "/connections"), 3);
}

#[tokio::test]
async fn a_wrong_client_secret_is_refused_by_the_token_endpoint() {
    let emulator = support::emulator().await;
    let credentials = flow_client::ClientCredentials::builder(
        emulator.credentials().client_id.as_str(),
        Secret::from("wrong-client-secret"),
    )
    .ims_url(emulator.base_url());
    let client = FlowClient::builder()
        .base_url(emulator.base_url())
        .client_credentials(credentials)
        .org_id(emulator.credentials().org_id.as_str())
        .build()
        .unwrap();

    let error = client.count_connections(&Query::new()).await.unwrap_err();

    assert!(error.is_unauthorized());
    assert!(error.is_token());
    assert_eq!(error.code(), Some("invalid_client"));
    assert_eq!(error.outcome(), Outcome::NotSent);
    assert_eq!(emulator.request_count("GET", "/connections"), 0);
    assert!(!format!("{error} {error:?}").contains("wrong-client-secret"));
}

#[tokio::test]
async fn params_that_break_the_schema_are_refused_with_every_violation() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let auth = Untyped {
        spec_name: support::AUTH_SPEC_NAME,
        params: json!({"username": 42, "password": PASSWORD}),
    };
    let body = CreateConnection::new("broken", auth).unwrap();

    let error = client.create_connection(&body).await.unwrap_err();

    assert!(error.is_invalid_request());
    assert_eq!(error.outcome(), Outcome::Refused);
    let details = error.error_details().unwrap().to_string();
    assert!(details.contains("serviceUri"), "{details}");
    assert!(details.contains("username"), "{details}");
    assert!(!format!("{error} {error:?}").contains(PASSWORD));
    assert!(emulator.connections().await.is_empty());
}

#[tokio::test]
async fn an_unknown_auth_spec_is_error_1415() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let auth = Untyped {
        spec_name: "No Such Auth",
        params: json!({}),
    };
    let body = CreateConnection::new("unknown", auth).unwrap();

    let error = client.create_connection(&body).await.unwrap_err();

    assert_eq!(error.code(), Some("1415-400"));
    assert!(error.is_invalid_request());
}

#[tokio::test]
async fn reads_are_retried_after_429_and_503_honouring_retry_after() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let faults = emulator.faults();
    faults.inject(
        "GET",
        "/connections",
        Fault::RateLimited {
            retry_after_secs: 1,
        },
        1,
    );
    faults.inject("GET", "/connections", Fault::Status(503), 1);

    let started = std::time::Instant::now();
    let count = client.count_connections(&Query::new()).await.unwrap();

    assert_eq!(count, 0);
    assert_eq!(emulator.request_count("GET", "/connections"), 3);
    // Only a lower bound, which load cannot break: the retry waited out `Retry-After: 1`.
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn rate_limits_longer_than_the_policy_allows_are_returned() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    emulator.faults().inject(
        "GET",
        "/connectionSpecs",
        Fault::RateLimited {
            retry_after_secs: 60,
        },
        1,
    );

    let error = client.connection_spec(SPEC_ID).await.unwrap_err();

    assert!(error.is_rate_limited());
    assert_eq!(error.retry_after(), Some(Duration::from_secs(60)));
    assert_eq!(error.code(), Some("429050"));
    assert_eq!(emulator.request_count("GET", "/connectionSpecs"), 1);
}

#[tokio::test]
async fn dropped_connections_are_retried_for_reads_deletes_and_updates() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let created = client
        .create_connection(&support::dynamics("Dynamics"))
        .await
        .unwrap();
    let faults = emulator.faults();

    faults.inject("GET", "/connections", Fault::DropBeforeHandling, 1);
    let fetched = client.connection(&created.id).await.unwrap();
    faults.inject("PATCH", "/connections", Fault::Status(502), 1);
    let etag = client
        .update_connection(
            &created.id,
            &created.etag,
            &ConnectionUpdate::new().name("x"),
        )
        .await
        .unwrap();
    faults.inject("DELETE", "/connections", Fault::DropAfterHandling, 1);
    let deleted = client.delete_connection(&created.id).await;

    assert_eq!(fetched.id, created.id);
    assert_ne!(etag, created.etag);
    assert!(deleted.is_ok(), "{deleted:?}");
    assert!(emulator.connections().await.is_empty());
}

#[tokio::test]
async fn a_plain_create_is_retried_only_when_nothing_was_created() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    emulator.faults().inject(
        "POST",
        "/connections",
        Fault::RateLimited {
            retry_after_secs: 0,
        },
        1,
    );

    let created = client
        .create_connection(&support::dynamics("throttled"))
        .await
        .unwrap();

    emulator
        .faults()
        .inject("POST", "/connections", Fault::Status(503), 1);
    let unavailable = client
        .create_connection(&support::dynamics("unavailable"))
        .await
        .unwrap_err();

    assert_eq!(emulator.connections().await.len(), 1);
    assert_eq!(emulator.connections().await[0].id, created.id);
    assert!(unavailable.is_server_error());
    assert_eq!(unavailable.outcome(), Outcome::Unknown);
    assert_eq!(emulator.request_count("POST", "/connections"), 3);
}

#[tokio::test]
async fn a_lost_create_answer_is_reported_and_never_repeated() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    emulator
        .faults()
        .inject("POST", "/connections", Fault::DropAfterHandling, 1);

    let error = client
        .create_connection(&support::dynamics("lost answer"))
        .await
        .unwrap_err();

    assert!(error.may_have_reached_service());
    assert_eq!(error.outcome(), Outcome::Unknown);
    assert!(
        error.to_string().contains("may have reached the service"),
        "{error}"
    );
    assert_eq!(emulator.request_count("POST", "/connections"), 1);
    assert_eq!(emulator.connections().await.len(), 1);
}

#[tokio::test]
async fn create_once_finds_the_connection_a_lost_answer_created() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    emulator
        .faults()
        .inject("POST", "/connections", Fault::DropAfterHandling, 2);

    let created = client
        .create_connection_once(&support::dynamics("exactly one"))
        .await
        .unwrap();

    let stored = emulator.connections().await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].id, created.id);
    assert_eq!(stored[0].name, "exactly one");
    assert_eq!(stored[0].etag.as_deref(), Some(created.etag.as_str()));
    assert_eq!(emulator.request_count("POST", "/connections"), 1);
}

#[tokio::test]
async fn create_once_retries_when_nothing_was_created() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let faults = emulator.faults();
    faults.inject("POST", "/connections", Fault::DropBeforeHandling, 1);
    faults.inject("POST", "/connections", Fault::Status(503), 1);

    let created = client
        .create_connection_once(&support::dynamics("after two failures"))
        .await
        .unwrap();

    let stored = emulator.connections().await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].id, created.id);
    assert_eq!(emulator.request_count("POST", "/connections"), 3);
}

#[tokio::test]
async fn create_once_refuses_to_guess_between_namesakes() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    client
        .create_connection(&support::dynamics("namesake"))
        .await
        .unwrap();
    emulator
        .faults()
        .inject("POST", "/connections", Fault::DropAfterHandling, 1);

    let error = client
        .create_connection_once(&support::dynamics("namesake"))
        .await
        .unwrap_err();

    assert_eq!(error.outcome(), Outcome::Unknown);
    assert!(
        error
            .to_string()
            .contains("2 connections are named `namesake`"),
        "{error}"
    );
    assert_eq!(emulator.connections().await.len(), 2);
}

#[tokio::test]
async fn gives_up_with_the_last_error_when_retries_run_out() {
    let emulator = support::emulator().await;
    let client = FlowClient::builder()
        .base_url(emulator.base_url())
        .access_token(Secret::from(emulator.credentials().access_token.as_str()))
        .api_key(emulator.credentials().client_id.as_str())
        .org_id(emulator.credentials().org_id.as_str())
        .retry_policy(RetryPolicy::new(
            2,
            Duration::from_millis(1),
            Duration::from_secs(1),
        ))
        .build()
        .unwrap();
    emulator
        .faults()
        .inject("GET", "/connectionSpecs", Fault::Status(504), 5);

    let error = client.connection_spec(SPEC_ID).await.unwrap_err();

    assert!(error.is_server_error());
    assert_eq!(error.status().map(|s| s.as_u16()), Some(504));
    assert_eq!(emulator.request_count("GET", "/connectionSpecs"), 2);
}

#[tokio::test]
async fn the_compiled_schema_has_not_drifted() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);

    let drift = client.check_drift::<DynamicsBasic>().await.unwrap();

    assert!(drift.is_empty(), "{drift}");
}

#[tokio::test]
async fn an_unreachable_service_is_a_connect_error_that_sent_nothing() {
    let emulator = support::emulator().await;
    let base_url = emulator.base_url();
    emulator.shutdown().await;
    let client = FlowClient::builder()
        .base_url(base_url)
        .access_token(Secret::from("token"))
        .api_key("key")
        .org_id("org")
        .retry_policy(RetryPolicy::new(
            2,
            Duration::from_millis(1),
            Duration::from_secs(1),
        ))
        .build()
        .unwrap();

    let error = client
        .create_connection(&support::dynamics("nowhere"))
        .await
        .unwrap_err();

    assert!(error.is_connect());
    assert!(!error.may_have_reached_service());
    assert_eq!(error.outcome(), Outcome::NotSent);
}

#[tokio::test]
async fn a_slow_answer_times_out_and_reads_are_retried() {
    let emulator = support::emulator().await;
    let client = FlowClient::builder()
        .base_url(emulator.base_url())
        .access_token(Secret::from(emulator.credentials().access_token.as_str()))
        .api_key(emulator.credentials().client_id.as_str())
        .org_id(emulator.credentials().org_id.as_str())
        .timeout(Duration::from_millis(200))
        .connect_timeout(Duration::from_secs(1))
        .retry_policy(support::quick_retries())
        .build()
        .unwrap();
    let slow = Fault::Delay(Duration::from_secs(2));
    emulator
        .faults()
        .inject("GET", "/connections", slow.clone(), 1);
    emulator.faults().inject("POST", "/connections", slow, 1);

    let count = client.count_connections(&Query::new()).await;
    let created = client
        .create_connection(&support::dynamics("slow"))
        .await
        .unwrap_err();

    assert_eq!(count.unwrap(), 0);
    assert_eq!(emulator.request_count("GET", "/connections"), 2);
    assert!(created.is_timeout());
    assert_eq!(created.outcome(), Outcome::Unknown);
    assert!(created.to_string().contains("timed out"), "{created}");
    assert_eq!(emulator.request_count("POST", "/connections"), 1);
}

/// The Dynamics auth as it would have been generated from an older spec: no `serviceUri`,
/// and a `username` limited to 32 characters.
#[derive(Debug, serde::Serialize)]
struct OlderDynamics;

impl flow_client::AuthParams for OlderDynamics {
    fn spec(&self) -> flow_client::SpecInfo {
        <Self as flow_client::SpecAuth>::SPEC
    }

    fn auth_spec_name(&self) -> &'static str {
        support::AUTH_SPEC_NAME
    }

    fn validate(&self) -> Result<(), flow_client::ValidationError> {
        Ok(())
    }
}

impl flow_client::SpecAuth for OlderDynamics {
    const SPEC: flow_client::SpecInfo = <DynamicsBasic as flow_client::SpecAuth>::SPEC;
}

impl flow_client::AuthSpec for OlderDynamics {
    const AUTH_SPEC_NAME: &'static str = support::AUTH_SPEC_NAME;
    const AUTH_SCHEMA_JSON: &'static str = r#"{
        "type": "object",
        "properties": {
            "username": {"type": "string", "maxLength": 32},
            "password": {"type": "string", "format": "password"}
        },
        "required": ["username", "password"]
    }"#;
}

#[tokio::test]
async fn drift_from_an_older_schema_is_reported() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);

    let drift = client.check_drift::<OlderDynamics>().await.unwrap();

    let lines: Vec<_> = drift.changes().iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "compatible: /username: `maxLength` changed from `32` to none",
            "breaking: /serviceUri: required property added",
        ]
    );
    assert!(drift.is_breaking());
}

#[tokio::test]
async fn no_error_shows_a_password_or_a_token() {
    let emulator = support::emulator().await;
    let token = "a-static-access-token-8c1e";
    let refused_token = FlowClient::builder()
        .base_url(emulator.base_url())
        .access_token(Secret::from(token))
        .api_key(emulator.credentials().client_id.as_str())
        .org_id(emulator.credentials().org_id.as_str())
        .build()
        .unwrap();
    let client = support::client(&emulator);
    let real_token = emulator.credentials().access_token.clone();
    let broken = Untyped {
        spec_name: support::AUTH_SPEC_NAME,
        params: json!({"username": PASSWORD, "password": PASSWORD, "serviceUri": 7}),
    };
    let invalid = DynamicsBasic {
        username: String::new(),
        ..DynamicsBasic::new(PASSWORD)
    };

    let mut errors = vec![
        refused_token
            .create_connection(&support::dynamics("refused"))
            .await
            .unwrap_err(),
        client
            .create_connection(&CreateConnection::new("broken", broken).unwrap())
            .await
            .unwrap_err(),
    ];
    emulator
        .faults()
        .inject("POST", "/connections", Fault::DropAfterHandling, 1);
    errors.extend([
        client
            .create_connection(&support::dynamics("dropped"))
            .await
            .unwrap_err(),
        CreateConnection::new("invalid", invalid).unwrap_err(),
        client
            .update_connection("missing", "\"etag\"", &ConnectionUpdate::new().name("x"))
            .await
            .unwrap_err(),
    ]);

    assert!(errors[1].is_invalid_request());
    assert!(errors[3].is_validation());
    for error in &errors {
        let shown = format!("{error} {error:?} {:?}", std::error::Error::source(error));
        assert!(!shown.contains(PASSWORD), "{shown}");
        assert!(!shown.contains(token), "{shown}");
        assert!(!shown.contains(&real_token), "{shown}");
    }
}

#[tokio::test]
async fn an_update_whose_answer_was_lost_is_reported_as_maybe_applied() {
    let emulator = support::emulator().await;
    let client = support::client(&emulator);
    let created = client
        .create_connection(&support::dynamics("before"))
        .await
        .unwrap();
    emulator
        .faults()
        .inject("PATCH", "/connections", Fault::DropAfterHandling, 1);

    let error = client
        .update_connection(
            &created.id,
            &created.etag,
            &ConnectionUpdate::new().name("after"),
        )
        .await
        .unwrap_err();

    assert!(error.is_precondition_failed());
    assert_eq!(error.outcome(), Outcome::Unknown);
    assert_eq!(emulator.request_count("PATCH", "/connections"), 2);
    assert_eq!(client.connection(&created.id).await.unwrap().name, "after");
}
