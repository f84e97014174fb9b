//! `flow-emulator`: serves a folder of connection specs as a local Flow Service.

use std::net::SocketAddr;
use std::process::ExitCode;

use flow_emulator::Emulator;

const USAGE: &str = "\
usage: flow-emulator [--specs DIR] [--addr ADDR] [--allow-remote]

  --specs DIR       folder of connection-spec JSON files (default: specs)
  --addr ADDR       address to listen on (default: 127.0.0.1:8088)
  --allow-remote    allow an address other than loopback; anyone who can reach it can use
                    the emulator's well-known credentials
";

/// What the command line asks for.
struct Options {
    specs: String,
    addr: SocketAddr,
    allow_remote: bool,
}

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        .init();

    let options = match parse(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };

    if let Err(message) = check_reach(&options) {
        eprintln!("error: {message}");
        return ExitCode::from(2);
    }

    let emulator = match Emulator::new(&options.specs).bind(options.addr).await {
        Ok(emulator) => emulator,
        Err(error) => {
            eprintln!("error: {}", error_chain(&error));
            return ExitCode::FAILURE;
        }
    };

    let credentials = emulator.credentials();
    println!(
        "flow-emulator serving {} spec(s) from {}",
        emulator.specs().len(),
        options.specs
    );
    for skipped in emulator.skipped_files() {
        println!("  skipped {}: {}", skipped.path.display(), skipped.reason);
    }
    println!();
    println!("base URL       {}", emulator.base_url());
    println!("token URL      {}", emulator.token_url());
    println!("client id      {}  (x-api-key)", credentials.client_id);
    println!("client secret  {}", credentials.client_secret);
    println!("org id         {}  (x-gw-ims-org-id)", credentials.org_id);
    println!(
        "access token   {}  (Authorization: Bearer ...)",
        credentials.access_token
    );
    println!("sandbox        any name, sent as x-sandbox-name");
    println!();
    println!("press Ctrl-C to stop");

    if let Err(error) = tokio::signal::ctrl_c().await {
        eprintln!("error: cannot wait for Ctrl-C: {error}");
    }
    emulator.shutdown().await;
    ExitCode::SUCCESS
}

/// Reads the arguments; `Ok(None)` when help was asked for.
fn parse(mut args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut options = Options {
        specs: "specs".to_owned(),
        addr: SocketAddr::from(([127, 0, 0, 1], 8088)),
        allow_remote: false,
    };

    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) => (name.to_owned(), Some(value.to_owned())),
            None => (arg, None),
        };
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("`{name}` needs a value"))
        };

        match name.as_str() {
            "-h" | "--help" => return Ok(None),
            "--specs" => options.specs = value()?,
            "--addr" => {
                let text = value()?;
                options.addr = text
                    .parse()
                    .map_err(|_| format!("`{text}` is not an address such as 127.0.0.1:8088"))?;
            }
            "--allow-remote" => options.allow_remote = true,
            other => return Err(format!("unknown argument `{other}`")),
        }
    }

    Ok(Some(options))
}

/// Refuses an address other than loopback unless `--allow-remote` was given.
fn check_reach(options: &Options) -> Result<(), String> {
    if options.addr.ip().is_loopback() || options.allow_remote {
        Ok(())
    } else {
        Err(format!(
            "`{}` is not a loopback address; add --allow-remote to listen on it",
            options.addr
        ))
    }
}

fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> impl Iterator<Item = String> {
        list.iter()
            .map(|arg| (*arg).to_owned())
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn defaults_are_loopback_and_the_specs_folder() {
        let options = parse(args(&[])).ok().flatten();

        let options = options.map(|o| (o.specs, o.addr.to_string(), o.allow_remote));
        assert_eq!(
            options,
            Some(("specs".to_owned(), "127.0.0.1:8088".to_owned(), false))
        );
    }

    #[test]
    fn values_are_read_separate_or_inline() {
        let options = parse(args(&["--specs", "dir", "--addr=127.0.0.1:9000"]))
            .ok()
            .flatten();

        let options = options.map(|o| (o.specs, o.addr.port()));
        assert_eq!(options, Some(("dir".to_owned(), 9000)));
    }

    #[test]
    fn only_loopback_is_served_unless_remote_is_allowed() {
        let options = |list: &[&str]| parse(args(list)).ok().flatten();

        let loopback = options(&["--addr", "[::1]:8088"]);
        let remote = options(&["--addr", "0.0.0.0:8088"]);
        let allowed = options(&["--addr", "0.0.0.0:8088", "--allow-remote"]);

        assert!(loopback.is_some_and(|o| check_reach(&o).is_ok()));
        assert!(remote.is_some_and(|o| check_reach(&o).is_err()));
        assert!(allowed.is_some_and(|o| check_reach(&o).is_ok()));
    }

    #[test]
    fn mistakes_are_reported() {
        assert!(parse(args(&["--addr", "nowhere"])).is_err());
        assert!(parse(args(&["--specs"])).is_err());
        assert!(parse(args(&["--bogus"])).is_err());
        assert!(matches!(parse(args(&["--help"])), Ok(None)));
    }
}
