//! A local Flow Service on loopback, for tests and examples.
//!
//! The emulator serves the connection specs found in a folder of JSON files, and keeps base
//! connections in memory. It checks auth params with a real JSON Schema validator (draft-07,
//! formats asserted), answers errors in the shapes the live service uses, masks secrets, and
//! can be told to fail: delay a request, answer 429 or 5xx, or drop the TCP connection before
//! or after handling it.
//!
//! # Starting it in a test
//!
//! [`Emulator::start`] binds `127.0.0.1` on a free port and serves from a tokio task; the
//! [`RunningEmulator`] it returns tells the base URL and the credentials to send, and stops
//! the server when dropped.
//!
//! ```
//! use flow_emulator::Emulator;
//!
//! # #[tokio::main]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let emulator = Emulator::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../specs"))
//!     .start()
//!     .await?;
//! let credentials = emulator.credentials();
//!
//! let specs: serde_json::Value = reqwest::Client::new()
//!     .get(format!("{}/connectionSpecs", emulator.base_url()))
//!     .bearer_auth(&credentials.access_token)
//!     .header("x-api-key", &credentials.client_id)
//!     .header("x-gw-ims-org-id", &credentials.org_id)
//!     .header("x-sandbox-name", "prod")
//!     .send()
//!     .await?
//!     .json()
//!     .await?;
//! assert!(specs["items"].as_array().is_some_and(|items| !items.is_empty()));
//!
//! emulator.shutdown().await;
//! # Ok(())
//! # }
//! ```
//!
//! Faults are injected through [`RunningEmulator::faults`]:
//!
//! ```no_run
//! # async fn demo(emulator: flow_emulator::RunningEmulator) {
//! use flow_emulator::Fault;
//!
//! // The next create is stored, but its answer never arrives.
//! emulator.faults().inject("POST", "/connections", Fault::DropAfterHandling, 1);
//! # }
//! ```
//!
//! # What it answers
//!
//! | route | answer |
//! |---|---|
//! | `POST /ims/token/v3` | a bearer token for the client-credentials grant |
//! | `GET /connectionSpecs`, `GET /connectionSpecs/{id}` | the specs, as `{"items": [...]}` |
//! | `POST /connections` | 201 `{"id", "etag"}` and `Location`, after checking the params |
//! | `GET /connections` | filtered, sorted, paged, or `{"count": N}` |
//! | `GET /connections/{id}` | `{"items": [connection]}`, secrets masked |
//! | `PATCH /connections/{id}` | JSON Patch under `If-Match`; 200 `{"id", "etag"}` |
//! | `DELETE /connections/{id}` | 204 |
//! | `GET /connections/{id}/test` | `{"result": true}` |
//!
//! Every route but the token endpoint wants `Authorization: Bearer`, `x-api-key`,
//! `x-gw-ims-org-id` and `x-sandbox-name`; connections live in the sandbox they were made in.
//! Every answer carries an `x-request-id` header (the client's own, when it sent one).
//!
//! Choices where the live service is not documented:
//!
//! - A spec file without `id` is served under [`derived_spec_id`] of its name. When two
//!   entries claim one id, the first in file-name order is served and the other skipped.
//! - Params whose schema property has `format: password` read as [`SECRET_MASK`].
//! - Error codes: `1100-400` for a request that cannot be used (bad JSON, missing fields,
//!   params that break the schema, bad query), `1101-404` for an unknown route or spec,
//!   `1439-404` for an unknown connection, `1404-412` for a stale `If-Match`.
//! - `errorDetails` of refused params is a list of `{"pointer", "keyword", "message"}`; the
//!   pointer of a `required` violation names the missing property.
//! - A continuation token is opaque; it carries the query it continues.

mod app;
mod body;
mod catalog;
mod connections;
mod credentials;
mod error;
mod faults;
mod gateway;
mod patch;
mod problem;
mod query;
mod schema;
mod secrets;
mod server;
mod specs;
mod store;
mod token;

pub use catalog::{Skipped, derived_spec_id};
pub use credentials::Credentials;
pub use error::Error;
pub use faults::{Fault, Faults};
pub use secrets::SECRET_MASK;
pub use server::{Emulator, RunningEmulator};
