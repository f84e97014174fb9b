//! What every test of the `flow` command shares: running it in-process, and pointing it at an
//! emulator.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use flow_cli::Context;
use flow_emulator::RunningEmulator;

/// What one run of `flow` gave.
pub struct Run {
    pub code: u8,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Both streams, for checks that something appears in neither.
    pub fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }

    /// Stdout as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|error| panic!("stdout is not JSON ({error}): {}", self.stdout))
    }
}

/// Runs `flow ARGS` in-process.
pub async fn flow(args: &[&str], context: Context) -> Run {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let argv = std::iter::once("flow").chain(args.iter().copied());

    let code = flow_cli::run(argv, context, &mut stdout, &mut stderr).await;

    Run {
        code,
        stdout: String::from_utf8(stdout).unwrap(),
        stderr: String::from_utf8(stderr).unwrap(),
    }
}

/// A context with no variables set: commands that need the service start an embedded one.
pub fn no_vars() -> Context {
    Context::new(|_| None)
}

/// The variables that point `flow` at `emulator`, with `extra` ones beside them.
pub fn emulator_vars(emulator: &RunningEmulator, extra: &[(&str, &str)]) -> Context {
    let credentials = emulator.credentials();
    let mut vars: HashMap<String, String> = HashMap::from([
        ("FLOW_BASE_URL".to_owned(), emulator.base_url()),
        (
            "FLOW_ACCESS_TOKEN".to_owned(),
            credentials.access_token.clone(),
        ),
        ("FLOW_API_KEY".to_owned(), credentials.client_id.clone()),
        ("FLOW_ORG_ID".to_owned(), credentials.org_id.clone()),
    ]);
    for (name, value) in extra {
        vars.insert((*name).to_owned(), (*value).to_owned());
    }
    Context::new(move |name| vars.get(name).cloned())
}

/// The workspace's `specs/` folder.
pub fn specs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs")
}

/// A path as the `&str` an argument list wants.
pub fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}
