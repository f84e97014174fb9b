/// The object at `/authSpec/0/spec`.
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct MailChimpConnectorOAuth2RefreshCodeAuth {
    /// Access Token
    #[serde(rename = "accessToken")]
    pub access_token: ::flow_client::Secret,
}
impl MailChimpConnectorOAuth2RefreshCodeAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema
for MailChimpConnectorOAuth2RefreshCodeAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("MailChimpConnectorOAuth2RefreshCodeAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <MailChimpConnectorOAuth2RefreshCodeAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for MailChimpConnectorOAuth2RefreshCodeAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("6360f136-5980-4111-8bdf-15d29eab3b5a"),
        name: "mailChimpConnector",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["oAuth2-refresh-code", "API Key Authentication"],
    };
}
impl ::flow_client::AuthSpec for MailChimpConnectorOAuth2RefreshCodeAuth {
    const AUTH_SPEC_NAME: &'static str = "oAuth2-refresh-code";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"properties\":{\"accessToken\":{\"description\":\"Access Token\",\"type\":\"string\",\"format\":\"password\"}},\"required\":[\"accessToken\"]}";
}
impl ::flow_client::AuthParams for MailChimpConnectorOAuth2RefreshCodeAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        "oAuth2-refresh-code"
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        let mut report = ::flow_client::validate::Report::new();
        self.__validate("", &mut report);
        report.finish()
    }
}
impl ::flow_client::registry::Generated for MailChimpConnectorOAuth2RefreshCodeAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <MailChimpConnectorOAuth2RefreshCodeAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "accessToken")]
            access_token: ::flow_client::Secret,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            access_token: raw.access_token,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de>
for MailChimpConnectorOAuth2RefreshCodeAuth {
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
/// defines auth params required for connecting to rest service.
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct MailChimpConnectorApiKeyAuthenticationAuth {
    /// apiKey name for authentication.
    ///
    /// Defaults to `"apiKey"` when absent.
    #[serde(rename = "keyName")]
    pub key_name: ::std::string::String,
    /// apiKey value for authentication.
    #[serde(rename = "value")]
    pub value: ::flow_client::Secret,
}
impl MailChimpConnectorApiKeyAuthenticationAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema
for MailChimpConnectorApiKeyAuthenticationAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("MailChimpConnectorApiKeyAuthenticationAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <MailChimpConnectorApiKeyAuthenticationAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl MailChimpConnectorApiKeyAuthenticationAuth {
    /// The auth spec entry's other keys (`settings`, `attributes`...), as JSON text:
    /// what the service says about this way to authenticate, never asked of you.
    pub const AUTH_SPEC_EXTRA_JSON: &'static str = "{\"attributes\":{\"authParams\":{\"addTo\":\"header\"}}}";
}
impl ::flow_client::SpecAuth for MailChimpConnectorApiKeyAuthenticationAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("6360f136-5980-4111-8bdf-15d29eab3b5a"),
        name: "mailChimpConnector",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["oAuth2-refresh-code", "API Key Authentication"],
    };
}
impl ::flow_client::AuthSpec for MailChimpConnectorApiKeyAuthenticationAuth {
    const AUTH_SPEC_NAME: &'static str = "API Key Authentication";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"defines auth params required for connecting to rest service.\",\"properties\":{\"keyName\":{\"description\":\"apiKey name for authentication.\",\"type\":\"string\",\"default\":\"apiKey\"},\"value\":{\"description\":\"apiKey value for authentication.\",\"type\":\"string\",\"format\":\"password\"}},\"required\":[\"keyName\",\"value\"]}";
}
impl ::flow_client::AuthParams for MailChimpConnectorApiKeyAuthenticationAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        "API Key Authentication"
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        let mut report = ::flow_client::validate::Report::new();
        self.__validate("", &mut report);
        report.finish()
    }
}
impl ::flow_client::registry::Generated for MailChimpConnectorApiKeyAuthenticationAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <MailChimpConnectorApiKeyAuthenticationAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "keyName")]
            key_name: ::std::string::String,
            #[serde(rename = "value")]
            value: ::flow_client::Secret,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            key_name: raw.key_name,
            value: raw.value,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de>
for MailChimpConnectorApiKeyAuthenticationAuth {
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
/// Auth params of `mailChimpConnector`: one variant per auth spec.
#[derive(Clone, Debug)]
#[allow(clippy::large_enum_variant)]
pub enum MailChimpConnectorAuth {
    /// `oAuth2-refresh-code`
    OAuth2RefreshCode(MailChimpConnectorOAuth2RefreshCodeAuth),
    /// `API Key Authentication`
    ApiKeyAuthentication(MailChimpConnectorApiKeyAuthenticationAuth),
}
impl ::flow_client::__private::schemars::JsonSchema for MailChimpConnectorAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("MailChimpConnectorAuth")
    }
    fn json_schema(
        generator: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_any_of(
            ::std::vec![
                < MailChimpConnectorOAuth2RefreshCodeAuth as
                ::flow_client::__private::schemars::JsonSchema >
                ::json_schema(generator,), < MailChimpConnectorApiKeyAuthenticationAuth
                as ::flow_client::__private::schemars::JsonSchema >
                ::json_schema(generator,),
            ],
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::__private::serde::Serialize for MailChimpConnectorAuth {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::flow_client::__private::serde::Serializer,
    {
        match self {
            Self::OAuth2RefreshCode(params) => params.serialize(serializer),
            Self::ApiKeyAuthentication(params) => params.serialize(serializer),
        }
    }
}
impl ::flow_client::SpecAuth for MailChimpConnectorAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("6360f136-5980-4111-8bdf-15d29eab3b5a"),
        name: "mailChimpConnector",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["oAuth2-refresh-code", "API Key Authentication"],
    };
}
impl ::flow_client::AuthParams for MailChimpConnectorAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        match self {
            Self::OAuth2RefreshCode(_) => {
                <MailChimpConnectorOAuth2RefreshCodeAuth as ::flow_client::AuthSpec>::AUTH_SPEC_NAME
            }
            Self::ApiKeyAuthentication(_) => {
                <MailChimpConnectorApiKeyAuthenticationAuth as ::flow_client::AuthSpec>::AUTH_SPEC_NAME
            }
        }
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        match self {
            Self::OAuth2RefreshCode(params) => {
                ::flow_client::AuthParams::validate(params)
            }
            Self::ApiKeyAuthentication(params) => {
                ::flow_client::AuthParams::validate(params)
            }
        }
    }
}
impl ::core::convert::From<MailChimpConnectorOAuth2RefreshCodeAuth>
for MailChimpConnectorAuth {
    fn from(params: MailChimpConnectorOAuth2RefreshCodeAuth) -> Self {
        Self::OAuth2RefreshCode(params)
    }
}
impl ::core::convert::From<MailChimpConnectorApiKeyAuthenticationAuth>
for MailChimpConnectorAuth {
    fn from(params: MailChimpConnectorApiKeyAuthenticationAuth) -> Self {
        Self::ApiKeyAuthentication(params)
    }
}
