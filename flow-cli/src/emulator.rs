//! `flow emulator`: a local Flow Service until Ctrl-C.

use std::io::Write;

use serde_json::json;

use crate::cli::EmulatorArgs;
use crate::context::Context;
use crate::failure::{Failure, chain};
use crate::output::{Report, write_json};

/// Serves `--specs` on `--addr`, prints where and with which credentials, and runs until the
/// context says stop.
pub async fn serve(
    args: &EmulatorArgs,
    context: Context,
    json: bool,
    stdout: &mut dyn Write,
) -> Result<Report, Failure> {
    if !args.addr.ip().is_loopback() && !args.allow_remote {
        return Err(
            Failure::usage(format!("`{}` is not a loopback address", args.addr)).hint(
                "add --allow-remote to listen on it; anyone who reaches it can use the emulator",
            ),
        );
    }

    let emulator = flow_emulator::Emulator::new(&args.specs)
        .bind(args.addr)
        .await
        .map_err(|error| {
            Failure::new(format!("cannot start the emulator: {}", chain(&error)))
                .hint("choose another --addr, or a readable --specs folder")
        })?;

    let credentials = emulator.credentials().clone();
    let specs = emulator.specs().len();
    let written = if json {
        write_json(
            &json!({
                "baseUrl": emulator.base_url(),
                "tokenUrl": emulator.token_url(),
                "clientId": credentials.client_id,
                "clientSecret": credentials.client_secret,
                "orgId": credentials.org_id,
                "accessToken": credentials.access_token,
                "specs": specs,
            }),
            stdout,
        )
    } else {
        let mut text = format!(
            "flow emulator serving {specs} spec(s) from {}\n",
            args.specs.display()
        );
        for skipped in emulator.skipped_files() {
            text.push_str(&format!(
                "  skipped {}: {}\n",
                skipped.path.display(),
                skipped.reason
            ));
        }
        text.push_str(&format!(
            "\nbase URL       {}\ntoken URL      {}\nclient id      {}  (x-api-key)\n\
             client secret  {}\norg id         {}  (x-gw-ims-org-id)\n\
             access token   {}  (Authorization: Bearer ...)\n\
             sandbox        any name, sent as x-sandbox-name\n\n\
             to point flow at it: FLOW_BASE_URL={} FLOW_ACCESS_TOKEN={} FLOW_API_KEY={} \
             FLOW_ORG_ID={}\n\npress Ctrl-C to stop\n",
            emulator.base_url(),
            emulator.token_url(),
            credentials.client_id,
            credentials.client_secret,
            credentials.org_id,
            credentials.access_token,
            emulator.base_url(),
            credentials.access_token,
            credentials.client_id,
            credentials.org_id,
        ));
        stdout.write_all(text.as_bytes())
    };
    written.and_then(|()| stdout.flush()).map_err(|error| {
        Failure::new(format!("cannot write to stdout: {error}"))
            .hint("check where stdout goes; the emulator has stopped")
    })?;

    let stopped = context.stopped().await;
    emulator.shutdown().await;
    stopped.map_err(|error| {
        Failure::new(format!("cannot wait for Ctrl-C: {error}"))
            .hint("run the emulator where signals reach it, or use the flow-emulator binary")
    })?;
    Ok(Report::printed())
}
