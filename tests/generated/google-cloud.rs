/// defines auth params required for connecting to google-cloud storage connector.
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct GoogleCloudAuth {
    /// Access Key Id for the user account
    #[serde(rename = "accessKeyId")]
    pub access_key_id: ::std::string::String,
    /// Secret Access Key for the user account
    #[serde(rename = "secretAccessKey")]
    pub secret_access_key: ::flow_client::Secret,
}
impl GoogleCloudAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema for GoogleCloudAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GoogleCloudAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <GoogleCloudAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for GoogleCloudAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("32e8f412-cdf7-464c-9885-78184cb113fd"),
        name: "google-cloud",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["Basic Authentication for google-cloud"],
    };
}
impl ::flow_client::AuthSpec for GoogleCloudAuth {
    const AUTH_SPEC_NAME: &'static str = "Basic Authentication for google-cloud";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"defines auth params required for connecting to google-cloud storage connector.\",\"properties\":{\"accessKeyId\":{\"type\":\"string\",\"description\":\"Access Key Id for the user account\"},\"secretAccessKey\":{\"type\":\"string\",\"description\":\"Secret Access Key for the user account\",\"format\":\"password\"}},\"required\":[\"accessKeyId\",\"secretAccessKey\"]}";
}
impl ::flow_client::AuthParams for GoogleCloudAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        "Basic Authentication for google-cloud"
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        let mut report = ::flow_client::validate::Report::new();
        self.__validate("", &mut report);
        report.finish()
    }
}
impl ::flow_client::registry::Generated for GoogleCloudAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <GoogleCloudAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "accessKeyId")]
            access_key_id: ::std::string::String,
            #[serde(rename = "secretAccessKey")]
            secret_access_key: ::flow_client::Secret,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            access_key_id: raw.access_key_id,
            secret_access_key: raw.secret_access_key,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de> for GoogleCloudAuth {
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
