/// defines auth params
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct GoogleBigQueryAuth {
    /// The project ID of the default BigQuery project to query against
    #[serde(rename = "project")]
    pub project: ::std::string::String,
    /// ID of the application used to generate the refresh token.
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    /// Secret of the application used to generate the refresh token.
    #[serde(rename = "clientSecret")]
    pub client_secret: ::flow_client::Secret,
    /// The refresh token obtained from Google used to authorize access to BigQuery.
    #[serde(rename = "refreshToken")]
    pub refresh_token: ::flow_client::Secret,
}
impl GoogleBigQueryAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema for GoogleBigQueryAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GoogleBigQueryAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <GoogleBigQueryAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for GoogleBigQueryAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("3c9b37f8-13a6-43d8-bad3-b863b941fedd"),
        name: "google-big-query",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["Basic Authentication"],
    };
}
impl ::flow_client::AuthSpec for GoogleBigQueryAuth {
    const AUTH_SPEC_NAME: &'static str = "Basic Authentication";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"defines auth params\",\"properties\":{\"project\":{\"type\":\"string\",\"description\":\"The project ID of the default BigQuery project to query against\"},\"clientId\":{\"type\":\"string\",\"description\":\"ID of the application used to generate the refresh token.\"},\"clientSecret\":{\"type\":\"string\",\"description\":\"Secret of the application used to generate the refresh token.\",\"format\":\"password\"},\"refreshToken\":{\"type\":\"string\",\"description\":\"The refresh token obtained from Google used to authorize access to BigQuery.\",\"format\":\"password\"}},\"required\":[\"project\",\"clientId\",\"clientSecret\",\"refreshToken\"]}";
}
impl ::flow_client::AuthParams for GoogleBigQueryAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        "Basic Authentication"
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        let mut report = ::flow_client::validate::Report::new();
        self.__validate("", &mut report);
        report.finish()
    }
}
impl ::flow_client::registry::Generated for GoogleBigQueryAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <GoogleBigQueryAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "project")]
            project: ::std::string::String,
            #[serde(rename = "clientId")]
            client_id: ::std::string::String,
            #[serde(rename = "clientSecret")]
            client_secret: ::flow_client::Secret,
            #[serde(rename = "refreshToken")]
            refresh_token: ::flow_client::Secret,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            project: raw.project,
            client_id: raw.client_id,
            client_secret: raw.client_secret,
            refresh_token: raw.refresh_token,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de> for GoogleBigQueryAuth {
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
