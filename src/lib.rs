//! Examples and cross-crate tests of the Flow Service toolkit.
//!
//! [`connect`] gives a client for the service configured by `FLOW_*` variables or, when none
//! are set, for an embedded emulator serving the specs in `specs/`. The README follows; its
//! examples are compiled as doc tests.
//!
#![doc = include_str!("../README.md")]

use std::path::PathBuf;

use flow_client::{FlowClient, Secret};
use flow_emulator::{Emulator, RunningEmulator};

flow_client::connection_specs!("specs/dynamics-online.json");

/// The auth types of every spec in `specs/`, one module per file, and their registry.
pub mod shipped {
    flow_client::connection_specs!("specs");
}

/// The `specs/` folder of this workspace.
pub fn specs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("specs")
}

/// A client and, when it talks to the embedded emulator, the emulator behind it.
pub struct Connected {
    /// The client.
    pub client: FlowClient,
    /// The embedded emulator, kept running as long as this value lives.
    pub emulator: Option<RunningEmulator>,
}

/// A client for the Flow Service that `FLOW_*` variables configure, or for an embedded
/// emulator serving [`specs_dir`] when they set no credentials.
///
/// # Errors
///
/// Fails when the variables are set but inconsistent, or when the emulator cannot start.
pub async fn connect() -> Result<Connected, Box<dyn std::error::Error>> {
    if let Some(client) = FlowClient::from_env()? {
        return Ok(Connected {
            client,
            emulator: None,
        });
    }

    let emulator = Emulator::new(specs_dir()).start().await?;
    let client = emulator_client(&emulator)?;
    Ok(Connected {
        client,
        emulator: Some(emulator),
    })
}

/// A client for a running emulator, with its static credentials.
///
/// # Errors
///
/// Fails when the client cannot be configured, which would be a bug.
pub fn emulator_client(emulator: &RunningEmulator) -> Result<FlowClient, flow_client::Error> {
    let credentials = emulator.credentials();
    FlowClient::builder()
        .base_url(emulator.base_url())
        .access_token(Secret::from(credentials.access_token.as_str()))
        .api_key(credentials.client_id.as_str())
        .org_id(credentials.org_id.as_str())
        .sandbox_name("prod")
        .build()
}
