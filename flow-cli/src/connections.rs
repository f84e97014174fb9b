//! `flow connections create|list|get|delete`.

use std::io::Write;

use flow_client::wire::Connection;
use flow_client::{CreateConnection, Outcome, Property, Query, SpecInfo};
use futures_util::TryStreamExt;
use serde_json::{Value, json};

use crate::cli::{CreateArgs, IdArgs, ListArgs};
use crate::context::Context;
use crate::failure::{Failure, REPORT_BUG, chain};
use crate::output::{Report, note};
use crate::{params, service, shipped};

/// Checks the params against the compiled-in spec, then creates the connection once: a
/// create whose answer was lost is looked up by name, never blindly repeated.
pub async fn create(
    args: &CreateArgs,
    context: &Context,
    stderr: &mut dyn Write,
) -> Result<Report, Failure> {
    let info = compiled_spec(&args.spec, args.auth_spec.as_deref())?;
    let Some(spec_id) = info.id else {
        return Err(Failure::new(format!(
            "connection spec `{}` has no id to create a connection with",
            info.name
        ))
        .hint("use a spec file that has an `id`; `flow specs pull` writes the service's"));
    };
    let given = params::given(args.params.as_deref(), &args.param)?;
    let service = service::connect(context, &args.service.from_emulator_specs, stderr).await?;

    let live = service
        .client
        .connection_spec(spec_id)
        .await
        .map_err(|error| service::failure(&error))?;
    let auth_name = args
        .auth_spec
        .as_deref()
        .or_else(|| info.auth_specs.first().copied());
    let schema = live
        .auth_spec
        .iter()
        .find(|auth| Some(auth.name.as_str()) == auth_name)
        .map(|auth| auth.spec.clone())
        .unwrap_or(Value::Null);

    let params = params::gather(given, &schema, context, stderr)?;
    let auth = shipped::parse_auth(&args.spec, args.auth_spec.as_deref(), Value::Object(params))
        .map_err(|error| {
            let violations = error
                .validation_error()
                .map(|invalid| invalid.violations().to_vec())
                .unwrap_or_default();
            Failure::new(format!("{error} for spec `{}`", args.spec))
                .violations(&violations)
                .hint("fix the params named above; `flow expand SPEC_FILE` shows their types")
        })?;
    let mut body = CreateConnection::new(args.name.as_str(), auth).map_err(|error| {
        let failure = service::failure(&error);
        failure.hint("fix the params named above")
    })?;
    if let Some(description) = &args.description {
        body = body.with_description(description.as_str());
    }

    let created = service
        .client
        .create_connection_once(&body)
        .await
        .map_err(|error| created_failure(&error, &args.name))?;
    if service.is_embedded() {
        note(
            stderr,
            "note: the connection lives in the embedded emulator, which stops as flow exits",
        );
    }

    Ok(Report::new(
        format!(
            "created connection {} (`{}`, spec `{}`)\n",
            created.id, args.name, args.spec
        ),
        json!({"id": created.id, "etag": created.etag, "name": args.name, "spec": args.spec}),
    ))
}

/// The compiled-in spec that `parse_auth` will choose for these names.
fn compiled_spec(spec: &str, auth_spec: Option<&str>) -> Result<&'static SpecInfo, Failure> {
    let named: Vec<&'static SpecInfo> = shipped::SPECS
        .iter()
        .filter(|info| info.name == spec)
        .collect();
    if named.is_empty() {
        return Err(Failure::new(format!(
            "no connection spec named `{spec}` is compiled into flow"
        ))
        .hint(format!(
            "add its file to specs/ (`flow specs pull --name {spec}`) and rebuild flow"
        )));
    }

    let chosen = named
        .iter()
        .find(|info| match (info.auth_specs, auth_spec) {
            ([], None) => true,
            ([only], asked) => asked.is_none_or(|asked| asked == *only),
            (several, Some(asked)) => several.contains(&asked),
            _ => false,
        });
    chosen.copied().ok_or_else(|| {
        let names: Vec<String> = named
            .iter()
            .flat_map(|info| info.auth_specs.iter())
            .map(|name| format!("`{name}`"))
            .collect();
        let message = match auth_spec {
            Some(asked) => format!("connection spec `{spec}` has no auth spec named `{asked}`"),
            None => format!("connection spec `{spec}` has several auth specs: name one"),
        };
        Failure::usage(message).hint(format!("give --auth-spec with one of {}", names.join(", ")))
    })
}

/// A failed create, saying whether the connection may exist.
fn created_failure(error: &flow_client::Error, name: &str) -> Failure {
    let failure = service::failure(error);
    if error.outcome() == Outcome::Unknown {
        failure.hint(format!(
            "the connection may exist: look with `flow connections list --property \
             'name==\"{name}\"'` before creating it again"
        ))
    } else {
        failure
    }
}

/// Lists the connections the filters let through, following every page up to `--limit`.
pub async fn list(
    args: &ListArgs,
    context: &Context,
    stderr: &mut dyn Write,
) -> Result<Report, Failure> {
    let service = service::connect(context, &args.service.from_emulator_specs, stderr).await?;
    let mut query = Query::new();
    for property in &args.property {
        query = query.property(Property::new(property.as_str()));
    }
    if let Some(order_by) = &args.order_by {
        query = query.order_by(order_by.as_str());
    }
    if let Some(limit) = args.limit {
        query = query.limit(limit);
    }

    let limit = args.limit.map_or(usize::MAX, |limit| limit as usize);
    let mut stream = std::pin::pin!(service.client.connections(&query));
    let mut connections = Vec::new();
    while connections.len() < limit {
        match stream.try_next().await {
            Ok(Some(connection)) => connections.push(connection),
            Ok(None) => break,
            Err(error) => return Err(service::failure(&error)),
        }
    }

    Ok(Report::new(
        list_text(&connections),
        json!({"items": to_json(&connections)?}),
    ))
}

fn list_text(connections: &[Connection]) -> String {
    if connections.is_empty() {
        return "no connections\n".to_owned();
    }
    let width = connections
        .iter()
        .map(|connection| connection.name.chars().count())
        .max()
        .unwrap_or(0);
    connections
        .iter()
        .map(|connection| {
            format!(
                "{}  {:<width$}  {:<8}  spec {}\n",
                connection.id,
                connection.name,
                connection.state.as_deref().unwrap_or("-"),
                connection
                    .connection_spec
                    .as_ref()
                    .map_or("-", |spec| spec.id.as_str()),
            )
        })
        .collect()
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<Value, Failure> {
    serde_json::to_value(value).map_err(|error| {
        Failure::new(format!(
            "cannot write the answer as JSON: {}",
            chain(&error)
        ))
        .hint(REPORT_BUG)
    })
}

/// Shows one connection, as the service answers it: secrets masked.
pub async fn get(
    args: &IdArgs,
    context: &Context,
    stderr: &mut dyn Write,
) -> Result<Report, Failure> {
    let service = service::connect(context, &args.service.from_emulator_specs, stderr).await?;
    let connection = service
        .client
        .connection(&args.id)
        .await
        .map_err(|error| service::failure(&error))?;

    let json = to_json(&connection)?;
    Ok(Report::new(get_text(&connection)?, json))
}

fn get_text(connection: &Connection) -> Result<String, Failure> {
    let mut rows = vec![
        ("id", connection.id.clone()),
        ("name", connection.name.clone()),
    ];
    if let Some(description) = &connection.description {
        rows.push(("description", description.clone()));
    }
    if let Some(state) = &connection.state {
        rows.push(("state", state.clone()));
    }
    if let Some(spec) = &connection.connection_spec {
        let version = spec.version.as_deref().unwrap_or("-");
        rows.push(("spec", format!("{} (version {version})", spec.id)));
    }
    if let Some(auth) = &connection.auth {
        rows.push(("auth spec", auth.spec_name.clone()));
        let params = serde_json::to_string_pretty(&auth.params).map_err(|error| {
            Failure::new(format!("cannot write the params: {error}")).hint(REPORT_BUG)
        })?;
        rows.push(("params", params.replace('\n', "\n             ")));
    }
    if let Some(etag) = &connection.etag {
        rows.push(("etag", etag.clone()));
    }
    Ok(rows
        .into_iter()
        .map(|(label, value)| format!("{label:<12} {value}\n"))
        .collect())
}

/// Deletes one connection.
pub async fn delete(
    args: &IdArgs,
    context: &Context,
    stderr: &mut dyn Write,
) -> Result<Report, Failure> {
    let service = service::connect(context, &args.service.from_emulator_specs, stderr).await?;
    service
        .client
        .delete_connection(&args.id)
        .await
        .map_err(|error| service::failure(&error))?;

    Ok(Report::new(
        format!("deleted connection {}\n", args.id),
        json!({"deleted": args.id}),
    ))
}
