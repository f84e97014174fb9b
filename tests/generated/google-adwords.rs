/// defines auth params
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct GoogleAdwordsAuth {
    /// The Client customer ID of the AdWords account
    #[serde(rename = "clientCustomerID")]
    pub client_customer_id: ::std::string::String,
    /// The developer token associated with the manager account
    #[serde(rename = "developerToken")]
    pub developer_token: ::flow_client::Secret,
    /// The refresh token obtained from Google for authorizing access to AdWords
    #[serde(rename = "refreshToken")]
    pub refresh_token: ::flow_client::Secret,
    /// The client ID of the Google application used to acquire the refresh token
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    /// The client secret of the google application used to acquire the refresh token
    #[serde(rename = "clientSecret")]
    pub client_secret: ::flow_client::Secret,
}
impl GoogleAdwordsAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema for GoogleAdwordsAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GoogleAdwordsAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <GoogleAdwordsAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for GoogleAdwordsAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("d771e9c1-4f26-40dc-8617-ce58c4b53702"),
        name: "google-adwords",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["Basic Authentication for google-adwords"],
    };
}
impl ::flow_client::AuthSpec for GoogleAdwordsAuth {
    const AUTH_SPEC_NAME: &'static str = "Basic Authentication for google-adwords";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"defines auth params\",\"properties\":{\"clientCustomerID\":{\"type\":\"string\",\"description\":\"The Client customer ID of the AdWords account\"},\"developerToken\":{\"type\":\"string\",\"description\":\"The developer token associated with the manager account\",\"format\":\"password\"},\"refreshToken\":{\"type\":\"string\",\"description\":\"The refresh token obtained from Google for authorizing access to AdWords\",\"format\":\"password\"},\"clientId\":{\"type\":\"string\",\"description\":\"The client ID of the Google application used to acquire the refresh token\"},\"clientSecret\":{\"type\":\"string\",\"description\":\"The client secret of the google application used to acquire the refresh token\",\"format\":\"password\"}},\"required\":[\"clientCustomerID\",\"developerToken\",\"refreshToken\",\"clientId\",\"clientSecret\"]}";
}
impl ::flow_client::AuthParams for GoogleAdwordsAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        "Basic Authentication for google-adwords"
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        let mut report = ::flow_client::validate::Report::new();
        self.__validate("", &mut report);
        report.finish()
    }
}
impl ::flow_client::registry::Generated for GoogleAdwordsAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <GoogleAdwordsAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "clientCustomerID")]
            client_customer_id: ::std::string::String,
            #[serde(rename = "developerToken")]
            developer_token: ::flow_client::Secret,
            #[serde(rename = "refreshToken")]
            refresh_token: ::flow_client::Secret,
            #[serde(rename = "clientId")]
            client_id: ::std::string::String,
            #[serde(rename = "clientSecret")]
            client_secret: ::flow_client::Secret,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            client_customer_id: raw.client_customer_id,
            developer_token: raw.developer_token,
            refresh_token: raw.refresh_token,
            client_id: raw.client_id,
            client_secret: raw.client_secret,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de> for GoogleAdwordsAuth {
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
