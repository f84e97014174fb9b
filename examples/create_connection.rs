//! Creates a Microsoft Dynamics base connection with auth params typed from its spec.
//!
//! Against the embedded emulator unless `FLOW_*` credentials are set; see the README.

use std::process::ExitCode;

use flow_client::{CreateConnection, Secret, SpecAuth};

flow_client::connection_specs!("specs/dynamics-online.json");

fn var(name: &str, fallback: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| fallback.to_owned())
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let connected = flow_toolkit::connect().await?;
    let client = &connected.client;
    match &connected.emulator {
        Some(emulator) => println!("using the embedded emulator at {}", emulator.base_url()),
        None => println!("using Flow Service at {}", client.base_url()),
    }

    let spec = client
        .connection_spec_by_name(DynamicsOnlineAuth::SPEC.name)
        .await?;
    println!(
        "found spec `{}` ({})",
        spec.name,
        spec.id.as_deref().unwrap_or("no id")
    );

    let auth = DynamicsOnlineAuth {
        service_uri: var("DYNAMICS_SERVICE_URI", "https://example.crm.dynamics.com"),
        username: var("DYNAMICS_USERNAME", "someone@example.com"),
        password: Secret::new(var("DYNAMICS_PASSWORD", "example-password")),
    };
    let body = CreateConnection::new("Dynamics Base Connection", auth)?
        .with_description("created with typed auth params");

    let created = client.create_connection(&body).await?;
    println!("created connection {}", created.id);
    println!("etag {}", created.etag);
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            let mut source = error.source();
            while let Some(cause) = source {
                eprintln!("  caused by: {cause}");
                source = cause.source();
            }
            ExitCode::FAILURE
        }
    }
}
