/// defines auth params required for connecting to amazon-s3
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct AmazonS3Auth {
    /// access key id
    #[serde(
        rename = "s3AccessKey",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub s3_access_key: ::core::option::Option<::std::string::String>,
    /// Secret access key for the user account
    #[serde(
        rename = "s3SecretKey",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub s3_secret_key: ::core::option::Option<::flow_client::Secret>,
    /// `accessKeyId`: the spec requires it without defining it, so any JSON value is accepted, and it is kept secret because nothing says it is not one.
    #[serde(rename = "accessKeyId")]
    pub access_key_id: ::flow_client::SecretValue,
    /// `secretAccessKey`: the spec requires it without defining it, so any JSON value is accepted, and it is kept secret because nothing says it is not one.
    #[serde(rename = "secretAccessKey")]
    pub secret_access_key: ::flow_client::SecretValue,
}
impl AmazonS3Auth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema for AmazonS3Auth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("AmazonS3Auth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <AmazonS3Auth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for AmazonS3Auth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("ecadc60c-7455-4d87-84dc-2a0e293d997b"),
        name: "amazon-s3",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["Access Key"],
    };
}
impl ::flow_client::AuthSpec for AmazonS3Auth {
    const AUTH_SPEC_NAME: &'static str = "Access Key";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"defines auth params required for connecting to amazon-s3\",\"properties\":{\"s3AccessKey\":{\"type\":\"string\",\"description\":\"access key id\"},\"s3SecretKey\":{\"type\":\"string\",\"description\":\"Secret access key for the user account\",\"format\":\"password\"}},\"required\":[\"accessKeyId\",\"secretAccessKey\"]}";
}
impl ::flow_client::AuthParams for AmazonS3Auth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        "Access Key"
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        let mut report = ::flow_client::validate::Report::new();
        self.__validate("", &mut report);
        report.finish()
    }
}
impl ::flow_client::registry::Generated for AmazonS3Auth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <AmazonS3Auth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
            )
        });
        &SCHEMA
    }
    fn deserialize_unchecked<'de, D>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error>
    where
        D: ::flow_client::__private::serde::Deserializer<'de>,
    {
        #[derive(::flow_client::__private::serde::Deserialize)]
        #[serde(crate = "::flow_client::__private::serde")]
        struct Raw {
            #[serde(
                rename = "s3AccessKey",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            s3_access_key: ::core::option::Option<::std::string::String>,
            #[serde(
                rename = "s3SecretKey",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            s3_secret_key: ::core::option::Option<::flow_client::Secret>,
            #[serde(rename = "accessKeyId")]
            access_key_id: ::flow_client::SecretValue,
            #[serde(rename = "secretAccessKey")]
            secret_access_key: ::flow_client::SecretValue,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            s3_access_key: raw.s3_access_key,
            s3_secret_key: raw.s3_secret_key,
            access_key_id: raw.access_key_id,
            secret_access_key: raw.secret_access_key,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de> for AmazonS3Auth {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::flow_client::__private::serde::Deserializer<'de>,
    {
        let value = <Self as ::flow_client::registry::Generated>::deserialize_unchecked(
            deserializer,
        )?;
        ::flow_client::AuthParams::validate(&value)
            .map_err(<D::Error as ::flow_client::__private::serde::de::Error>::custom)?;
        ::core::result::Result::Ok(value)
    }
}
