//! The `schemars::JsonSchema` of every generated auth type judges values as its source schema
//! does, across the shipped specs.

mod support;

use flow_client::AuthSpec;
use flow_toolkit::shipped;
use serde_json::{Value, json};

fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::draft7::options()
        .should_validate_formats(true)
        .with_format("password", |_: &str| true)
        .build(schema)
        .unwrap()
}

/// Values that exercise each schema: empty, wrong shapes, and every property as each type.
fn samples(source: &Value) -> Vec<Value> {
    let mut samples = vec![json!({}), json!(null), json!([]), json!("text")];
    let properties = source["properties"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let required: Vec<&str> = source["required"]
        .as_array()
        .map(|names| names.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for filler in [json!("value"), json!(7), json!(true), json!({"k": 1})] {
        let mut all = serde_json::Map::new();
        for name in properties
            .keys()
            .map(String::as_str)
            .chain(required.iter().copied())
        {
            all.insert(name.to_owned(), filler.clone());
        }
        samples.push(Value::Object(all.clone()));
        for name in &required {
            let mut missing = all.clone();
            missing.remove(*name);
            samples.push(Value::Object(missing));
        }
    }
    samples
}

fn judge_alike<T: AuthSpec + schemars::JsonSchema>() {
    let source: Value = serde_json::from_str(T::AUTH_SCHEMA_JSON).unwrap();
    let generated = serde_json::to_value(schemars::schema_for!(T)).unwrap();
    let (from_type, reference) = (validator(&generated), validator(&source));

    for sample in samples(&source) {
        assert_eq!(
            from_type.is_valid(&sample),
            reference.is_valid(&sample),
            "{}: {sample}",
            T::AUTH_SPEC_NAME
        );
    }
}

/// The auth schemas of every spec file in `specs/`, bare objects and `{"items": [...]}` lists.
fn auth_schemas_in_specs() -> usize {
    support::spec_files()
        .iter()
        .flat_map(|(_, specs)| specs)
        .filter_map(|spec| spec.get("authSpec").and_then(Value::as_array))
        .map(Vec::len)
        .sum()
}

/// A spec without auth specs takes an empty object only, and says so in its schema.
fn judge_empty<T: schemars::JsonSchema>() {
    let generated = validator(&serde_json::to_value(schemars::schema_for!(T)).unwrap());

    assert!(generated.is_valid(&json!({})));
    assert!(!generated.is_valid(&json!({"key": "value"})));
    assert!(!generated.is_valid(&json!([])));
}

macro_rules! every_type {
    ($($module:ident :: $ty:ident),* $(,)?) => {
        #[test]
        fn every_generated_type_yields_a_schema_that_judges_like_its_source() {
            $( judge_alike::<shipped::$module::$ty>(); )*

            let listed = [$( stringify!($ty) ),*].len();
            assert_eq!(listed, auth_schemas_in_specs(), "list every auth type here");
        }
    };
}

#[test]
fn types_of_specs_without_auth_yield_a_schema_for_the_empty_object() {
    judge_empty::<shipped::generic_rest_connector_2::GenericRestConnectorAuth>();
    judge_empty::<shipped::generic_streaming::GenericStreamingAuth>();
    judge_empty::<shipped::generic_streaming_2::GenericStreamingAuth>();
    judge_empty::<shipped::generic_streaming_3::GenericStreamingAuth>();
}

every_type![
    amazon_s3::AmazonS3Auth,
    azure_blob_storage::AzureBlobStorageAuth,
    mail_chimp_test_source_case2::MailChimpTestSourceOAuth2RefreshCodeAuth,
    mail_chimp_test_source_case2::MailChimpTestSourceBasicAuthenticationAuth,
    mail_chimp::MailChimpAuth,
    mail_chimp_source_update_1_0::MailChimpSourceUpdate10OAuth2RefreshCodeAuth,
    mail_chimp_source_update_1_0::MailChimpSourceUpdate10BasicAuthenticationAuth,
    sftp_case2::SftpSftpWithPasswordAuth,
    sftp_case2::SftpSftpWithSshKeyAuth,
    testing_spec_for_dynamics_online_update_1::TestingSpecForDynamicsOnlineUpdate1Auth,
    adls_gen2::AdlsGen2Auth,
    amazon_redshift::AmazonRedshiftAuth,
    amazon_s3_2::AmazonS3Auth,
    amazon_s3_2_2::AmazonS3AccessKeyAuth,
    amazon_s3_2_2::AmazonS3AssumedRoleAuth,
    azure_blob::AzureBlobAuth,
    dynamics_online::DynamicsOnlineAuth,
    generic_rest_extension::GenericRestExtensionOAuth2RefreshCodeAuth,
    generic_rest_extension::GenericRestExtensionBasicAuthenticationAuth,
    generic_rest_extension_2::GenericRestExtensionOAuth2RefreshCodeAuth,
    generic_rest_extension_2::GenericRestExtensionBasicAuthenticationAuth,
    google_adwords::GoogleAdwordsAuth,
    google_big_query::GoogleBigQueryAuth,
    google_cloud::GoogleCloudAuth,
    mail_chimp_connector_2::MailChimpConnectorOAuth2RefreshCodeAuth,
    mail_chimp_connector_2::MailChimpConnectorApiKeyAuthenticationAuth,
    mailchimp_test_source::MailchimpTestSourceOAuth2RefreshCodeAuth,
    mailchimp_test_source::MailchimpTestSourceBasicAuthenticationAuth,
    maria_db::MariaDbAuth,
    mysql::MysqlAuth,
    salesforce_service_cloud::SalesforceServiceCloudAuth,
    salesforce::SalesforceAuth,
    sftp::SftpAuth,
    sql_server::SqlServerAuth,
    test1::Test1Auth,
    test1_2::Test1Auth,
];

#[test]
fn enums_over_auth_specs_accept_what_any_variant_accepts() {
    let generated = serde_json::to_value(schemars::schema_for!(shipped::sftp_case2::SftpAuth));
    let from_type = validator(&generated.unwrap());
    let password = json!({"domain": "d", "username": "u", "password": "p"});
    let key = json!({"domain": "d", "username": "u", "sshKey": "a2V5"});
    let key_not_base64 = json!({"domain": "d", "username": "u", "sshKey": "k"});

    assert!(from_type.is_valid(&password));
    assert!(from_type.is_valid(&key));
    assert!(!from_type.is_valid(&key_not_base64));
    assert!(!from_type.is_valid(&json!({"domain": "d"})));
}
