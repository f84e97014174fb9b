//! `flow`: connection specs and connections of Flow Service from the command line.

use std::process::ExitCode;

use flow_cli::Context;
use tracing_subscriber::EnvFilter;

/// Logs shown unless `RUST_LOG` says otherwise; the embedded emulator's notes about its spec
/// folder are not the user's concern.
const DEFAULT_LOG: &str = "warn,flow_emulator=error";

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| DEFAULT_LOG.into()))
        .with_writer(std::io::stderr)
        .init();

    let code = flow_cli::run(
        std::env::args_os(),
        Context::from_process(),
        &mut std::io::stdout(),
        &mut std::io::stderr(),
    )
    .await;
    ExitCode::from(code)
}
