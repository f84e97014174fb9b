//! The code generated for every spec file, as reviewed in `flow-codegen`'s snapshots, compiles.
//!
//! `tests/generated/` holds the pretty-printed code of each file of `specs/`; the snapshot test
//! of `flow-codegen` keeps it equal to what the generator gives. Each file is included in a
//! module of its own, named as `connection_specs!("specs")` names it. The modules allow dead code:
//! they are here to be compiled, and only a few of their types are used below.

#[allow(dead_code)]
mod amazon_s3 {
    include!("generated/Amazon_S3.rs");
}

#[allow(dead_code)]
mod azure_blob_storage {
    include!("generated/Azure_Blob_Storage.rs");
}

#[allow(dead_code)]
mod mail_chimp_test_source_case2 {
    include!("generated/MailChimp-test-source__case2.rs");
}

#[allow(dead_code)]
mod mail_chimp {
    include!("generated/MailChimp.rs");
}

#[allow(dead_code)]
mod mail_chimp_source_update_1_0 {
    include!("generated/MailChimp_source_update_1.0.rs");
}

#[allow(dead_code)]
mod sftp_case2 {
    include!("generated/SFTP__case2.rs");
}

#[allow(dead_code)]
mod testing_spec_for_dynamics_online_update_1 {
    include!("generated/Testing_spec_for_dynamics_online_update_1.rs");
}

#[allow(dead_code)]
mod adls_gen2 {
    include!("generated/adls-gen2.rs");
}

#[allow(dead_code)]
mod amazon_redshift {
    include!("generated/amazon-redshift.rs");
}

#[allow(dead_code)]
mod amazon_s3_2 {
    include!("generated/amazon-s3.rs");
}

#[allow(dead_code)]
mod amazon_s3_2_2 {
    include!("generated/amazon-s3__2.rs");
}

#[allow(dead_code)]
mod azure_blob {
    include!("generated/azure-blob.rs");
}

#[allow(dead_code)]
mod dynamics_online {
    include!("generated/dynamics-online.rs");
}

#[allow(dead_code)]
mod generic_rest_connector_2 {
    include!("generated/generic-rest-connector__2.rs");
}

#[allow(dead_code)]
mod generic_rest_extension {
    include!("generated/generic-rest-extension.rs");
}

#[allow(dead_code)]
mod generic_rest_extension_2 {
    include!("generated/generic-rest-extension__2.rs");
}

#[allow(dead_code)]
mod generic_streaming {
    include!("generated/generic-streaming.rs");
}

#[allow(dead_code)]
mod generic_streaming_2 {
    include!("generated/generic-streaming__2.rs");
}

#[allow(dead_code)]
mod generic_streaming_3 {
    include!("generated/generic-streaming__3.rs");
}

#[allow(dead_code)]
mod google_adwords {
    include!("generated/google-adwords.rs");
}

#[allow(dead_code)]
mod google_big_query {
    include!("generated/google-big-query.rs");
}

#[allow(dead_code)]
mod google_cloud {
    include!("generated/google-cloud.rs");
}

#[allow(dead_code)]
mod mail_chimp_connector_2 {
    include!("generated/mailChimpConnector__2.rs");
}

#[allow(dead_code)]
mod mailchimp_test_source {
    include!("generated/mailchimp-test-source.rs");
}

#[allow(dead_code)]
mod maria_db {
    include!("generated/maria-db.rs");
}

#[allow(dead_code)]
mod mysql {
    include!("generated/mysql.rs");
}

#[allow(dead_code)]
mod salesforce_service_cloud {
    include!("generated/salesforce-service-cloud.rs");
}

#[allow(dead_code)]
mod salesforce {
    include!("generated/salesforce.rs");
}

#[allow(dead_code)]
mod sftp {
    include!("generated/sftp.rs");
}

#[allow(dead_code)]
mod sql_server {
    include!("generated/sql-server.rs");
}

#[allow(dead_code)]
mod test1 {
    include!("generated/test1.rs");
}

#[allow(dead_code)]
mod test1_2 {
    include!("generated/test1__2.rs");
}

use flow_client::{AuthParams, AuthSpec, Secret, SpecAuth};
use serde_json::{Value, json};

use dynamics_online::DynamicsOnlineAuth;
use generic_rest_extension_2 as rest;
use rest::{GenericRestExtensionAuth, GenericRestExtensionOAuth2RefreshCodeAuth};

type Method =
    rest::GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverrideAuthenticationMethod;

#[test]
fn included_types_build_validate_and_know_their_spec() {
    let auth = DynamicsOnlineAuth {
        service_uri: "https://example.crm.dynamics.com".to_owned(),
        username: "user".to_owned(),
        password: Secret::from("hunter2"),
    };

    assert!(auth.validate().is_ok());
    assert_eq!(
        auth.auth_spec_name(),
        "Basic Authentication for Dynamics-Online"
    );
    assert_eq!(
        DynamicsOnlineAuth::SPEC,
        flow_toolkit::DynamicsOnlineAuth::SPEC
    );
    assert!(!format!("{auth:?}").contains("hunter2"));
}

#[test]
fn included_types_keep_their_source_schema() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/specs/dynamics-online.json"
    ))
    .unwrap();
    let spec: Value = serde_json::from_str(&text).unwrap();

    let kept: Value = serde_json::from_str(DynamicsOnlineAuth::AUTH_SCHEMA_JSON).unwrap();

    assert_eq!(kept, spec["authSpec"][0]["spec"]);
}

#[test]
fn included_types_parse_nested_objects_and_enums() {
    let params = json!({
        "host": "api.example.com",
        "accessToken": "t0ken",
        "requestParameterOverride": {"authenticationMethod": "POST"}
    });

    let auth: GenericRestExtensionOAuth2RefreshCodeAuth = serde_json::from_value(params).unwrap();
    let method = auth
        .request_parameter_override
        .as_ref()
        .and_then(|overrides| overrides.authentication_method);
    let any = GenericRestExtensionAuth::from(auth);

    assert_eq!(method, Some(Method::Post));
    assert_eq!(method.map(|method| method.as_str()), Some("POST"));
    assert_eq!(any.auth_spec_name(), "OAuth2 Refresh Code");
    assert_eq!(
        any.spec().auth_specs,
        ["OAuth2 Refresh Code", "Basic Authentication"]
    );
}

#[test]
fn included_types_refuse_what_their_schema_refuses() {
    let unlisted = json!({
        "host": "api.example.com",
        "accessToken": "t0ken",
        "requestParameterOverride": {"authenticationMethod": "PUT"}
    });
    let missing = json!({"serviceUri": "https://example.crm.dynamics.com", "username": "u"});

    let unlisted = serde_json::from_value::<GenericRestExtensionOAuth2RefreshCodeAuth>(unlisted);
    let missing = serde_json::from_value::<DynamicsOnlineAuth>(missing);

    assert!(unlisted.is_err());
    assert!(missing.unwrap_err().to_string().contains("password"));
}

#[test]
fn included_specs_without_auth_have_an_empty_type() {
    let auth = generic_streaming::GenericStreamingAuth::default();

    assert!(auth.validate().is_ok());
    assert_eq!(auth.auth_spec_name(), "");
    assert!(
        generic_streaming::GenericStreamingAuth::SPEC
            .auth_specs
            .is_empty()
    );
}

#[test]
fn every_generated_file_is_included() {
    let source = include_str!("generated.rs");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/generated");

    let missing: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !source.contains(&format!("include!(\"generated/{name}\");")))
        .collect();

    assert!(missing.is_empty(), "not included here: {missing:?}");
}
