//! A password never shows in `Debug`, `Display` or error messages.

use flow_client::{AuthParams, CreateConnection, Secret, SpecInfo, ValidationError};
use flow_toolkit::DynamicsOnlineAuth;

const PASSWORD: &str = "pa55-canary-7f3a";

fn auth() -> DynamicsOnlineAuth {
    DynamicsOnlineAuth {
        service_uri: "https://example.crm.dynamics.com".to_owned(),
        username: "someone@example.com".to_owned(),
        password: Secret::from(PASSWORD),
    }
}

#[test]
fn debug_of_auth_and_body_hides_the_password() {
    let auth = auth();
    let body = CreateConnection::new("Dynamics", auth.clone()).unwrap();

    for text in [
        format!("{auth:?}"),
        format!("{auth:#?}"),
        format!("{body:?}"),
    ] {
        assert!(!text.contains(PASSWORD), "{text}");
        assert!(text.contains("redacted"), "{text}");
    }
}

#[test]
fn deserialize_errors_do_not_echo_the_password() {
    let text = format!(r#"{{"serviceUri": 1, "username": "x", "password": "{PASSWORD}"}}"#);

    let error = serde_json::from_str::<DynamicsOnlineAuth>(&text).unwrap_err();

    assert!(!error.to_string().contains(PASSWORD));
    assert!(!format!("{error:?}").contains(PASSWORD));
}

#[test]
fn a_password_of_the_wrong_type_is_refused_without_its_value() {
    for (password, kind) in [("73551234", "integer"), ("-7355.1234", "floating point")] {
        let text =
            format!(r#"{{"serviceUri": "https://x", "username": "x", "password": {password}}}"#);

        let error = serde_json::from_str::<DynamicsOnlineAuth>(&text).unwrap_err();

        let message = format!("{error} {error:?}");
        assert!(!message.contains(password), "{message}");
        assert!(message.contains(kind), "{message}");
    }
}

/// Params whose only rule is a minimum length, for a secret that breaks it.
#[derive(Debug, serde::Serialize)]
struct PinAuth {
    pin: Secret,
}

impl AuthParams for PinAuth {
    fn spec(&self) -> SpecInfo {
        SpecInfo {
            id: Some("pin"),
            name: "pin",
            version: "1.0",
            provider_id: None,
            auth_specs: &["Pin"],
        }
    }

    fn auth_spec_name(&self) -> &'static str {
        "Pin"
    }

    fn validate(&self) -> Result<(), ValidationError> {
        let mut report = flow_client::validate::Report::new();
        report.min_length("", "/pin", self.pin.expose_secret(), 64);
        report.finish()
    }
}

#[test]
fn validation_errors_name_the_field_not_the_value() {
    let error = CreateConnection::new(
        "Pin",
        PinAuth {
            pin: Secret::from(PASSWORD),
        },
    )
    .unwrap_err();

    let violation = &error.validation_error().unwrap().violations()[0];
    assert_eq!(violation.pointer, "/pin");
    assert_eq!(violation.keyword, "minLength");
    for text in [
        error.to_string(),
        format!("{error:?}"),
        format!("{violation}"),
    ] {
        assert!(!text.contains(PASSWORD), "{text}");
    }
}
