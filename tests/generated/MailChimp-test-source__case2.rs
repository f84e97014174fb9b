/// Define auth params required for connecting to generic rest using oauth2 authorization code.
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct MailChimpTestSourceOAuth2RefreshCodeAuth {
    /// Enter resource url host path
    #[serde(rename = "host")]
    pub host: ::std::string::String,
    /// Authorization test url to validate accessToken.
    #[serde(
        rename = "authorizationTestUrl",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub authorization_test_url: ::core::option::Option<::std::string::String>,
    /// Access Token of mailChimp endpoint.
    #[serde(rename = "accessToken")]
    pub access_token: ::flow_client::Secret,
}
impl MailChimpTestSourceOAuth2RefreshCodeAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema
for MailChimpTestSourceOAuth2RefreshCodeAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("MailChimpTestSourceOAuth2RefreshCodeAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <MailChimpTestSourceOAuth2RefreshCodeAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for MailChimpTestSourceOAuth2RefreshCodeAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("f6c0de0c-0a42-4cd9-9139-8768bf2f1b55"),
        name: "MailChimp-test-source",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["OAuth2 Refresh Code", "Basic Authentication"],
    };
}
impl ::flow_client::AuthSpec for MailChimpTestSourceOAuth2RefreshCodeAuth {
    const AUTH_SPEC_NAME: &'static str = "OAuth2 Refresh Code";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"Define auth params required for connecting to generic rest using oauth2 authorization code.\",\"properties\":{\"host\":{\"type\":\"string\",\"description\":\"Enter resource url host path\"},\"authorizationTestUrl\":{\"description\":\"Authorization test url to validate accessToken.\",\"type\":\"string\"},\"accessToken\":{\"description\":\"Access Token of mailChimp endpoint.\",\"type\":\"string\",\"format\":\"password\"}},\"required\":[\"host\",\"accessToken\"]}";
}
impl ::flow_client::AuthParams for MailChimpTestSourceOAuth2RefreshCodeAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        "OAuth2 Refresh Code"
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        let mut report = ::flow_client::validate::Report::new();
        self.__validate("", &mut report);
        report.finish()
    }
}
impl ::flow_client::registry::Generated for MailChimpTestSourceOAuth2RefreshCodeAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <MailChimpTestSourceOAuth2RefreshCodeAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "host")]
            host: ::std::string::String,
            #[serde(
                rename = "authorizationTestUrl",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            authorization_test_url: ::core::option::Option<::std::string::String>,
            #[serde(rename = "accessToken")]
            access_token: ::flow_client::Secret,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            host: raw.host,
            authorization_test_url: raw.authorization_test_url,
            access_token: raw.access_token,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de>
for MailChimpTestSourceOAuth2RefreshCodeAuth {
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
pub struct MailChimpTestSourceBasicAuthenticationAuth {
    /// Enter resource url host path.
    #[serde(rename = "host")]
    pub host: ::std::string::String,
    /// Username to connect mailChimp endpoint.
    #[serde(rename = "username")]
    pub username: ::std::string::String,
    /// Password to connect mailChimp endpoint.
    #[serde(rename = "password")]
    pub password: ::flow_client::Secret,
}
impl MailChimpTestSourceBasicAuthenticationAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema
for MailChimpTestSourceBasicAuthenticationAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("MailChimpTestSourceBasicAuthenticationAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <MailChimpTestSourceBasicAuthenticationAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for MailChimpTestSourceBasicAuthenticationAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("f6c0de0c-0a42-4cd9-9139-8768bf2f1b55"),
        name: "MailChimp-test-source",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["OAuth2 Refresh Code", "Basic Authentication"],
    };
}
impl ::flow_client::AuthSpec for MailChimpTestSourceBasicAuthenticationAuth {
    const AUTH_SPEC_NAME: &'static str = "Basic Authentication";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"defines auth params required for connecting to rest service.\",\"properties\":{\"host\":{\"type\":\"string\",\"description\":\"Enter resource url host path.\"},\"username\":{\"description\":\"Username to connect mailChimp endpoint.\",\"type\":\"string\"},\"password\":{\"description\":\"Password to connect mailChimp endpoint.\",\"type\":\"string\",\"format\":\"password\"}},\"required\":[\"host\",\"username\",\"password\"]}";
}
impl ::flow_client::AuthParams for MailChimpTestSourceBasicAuthenticationAuth {
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
impl ::flow_client::registry::Generated for MailChimpTestSourceBasicAuthenticationAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <MailChimpTestSourceBasicAuthenticationAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "host")]
            host: ::std::string::String,
            #[serde(rename = "username")]
            username: ::std::string::String,
            #[serde(rename = "password")]
            password: ::flow_client::Secret,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            host: raw.host,
            username: raw.username,
            password: raw.password,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de>
for MailChimpTestSourceBasicAuthenticationAuth {
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
/// Auth params of `MailChimp-test-source`: one variant per auth spec.
#[derive(Clone, Debug)]
#[allow(clippy::large_enum_variant)]
pub enum MailChimpTestSourceAuth {
    /// `OAuth2 Refresh Code`
    OAuth2RefreshCode(MailChimpTestSourceOAuth2RefreshCodeAuth),
    /// `Basic Authentication`
    BasicAuthentication(MailChimpTestSourceBasicAuthenticationAuth),
}
impl ::flow_client::__private::schemars::JsonSchema for MailChimpTestSourceAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("MailChimpTestSourceAuth")
    }
    fn json_schema(
        generator: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_any_of(
            ::std::vec![
                < MailChimpTestSourceOAuth2RefreshCodeAuth as
                ::flow_client::__private::schemars::JsonSchema >
                ::json_schema(generator,), < MailChimpTestSourceBasicAuthenticationAuth
                as ::flow_client::__private::schemars::JsonSchema >
                ::json_schema(generator,),
            ],
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::__private::serde::Serialize for MailChimpTestSourceAuth {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::flow_client::__private::serde::Serializer,
    {
        match self {
            Self::OAuth2RefreshCode(params) => params.serialize(serializer),
            Self::BasicAuthentication(params) => params.serialize(serializer),
        }
    }
}
impl ::flow_client::SpecAuth for MailChimpTestSourceAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("f6c0de0c-0a42-4cd9-9139-8768bf2f1b55"),
        name: "MailChimp-test-source",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["OAuth2 Refresh Code", "Basic Authentication"],
    };
}
impl ::flow_client::AuthParams for MailChimpTestSourceAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        match self {
            Self::OAuth2RefreshCode(_) => {
                <MailChimpTestSourceOAuth2RefreshCodeAuth as ::flow_client::AuthSpec>::AUTH_SPEC_NAME
            }
            Self::BasicAuthentication(_) => {
                <MailChimpTestSourceBasicAuthenticationAuth as ::flow_client::AuthSpec>::AUTH_SPEC_NAME
            }
        }
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        match self {
            Self::OAuth2RefreshCode(params) => {
                ::flow_client::AuthParams::validate(params)
            }
            Self::BasicAuthentication(params) => {
                ::flow_client::AuthParams::validate(params)
            }
        }
    }
}
impl ::core::convert::From<MailChimpTestSourceOAuth2RefreshCodeAuth>
for MailChimpTestSourceAuth {
    fn from(params: MailChimpTestSourceOAuth2RefreshCodeAuth) -> Self {
        Self::OAuth2RefreshCode(params)
    }
}
impl ::core::convert::From<MailChimpTestSourceBasicAuthenticationAuth>
for MailChimpTestSourceAuth {
    fn from(params: MailChimpTestSourceBasicAuthenticationAuth) -> Self {
        Self::BasicAuthentication(params)
    }
}
