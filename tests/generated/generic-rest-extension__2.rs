/// Authentication method override.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    ::flow_client::__private::serde::Serialize,
    ::flow_client::__private::serde::Deserialize,
)]
#[serde(crate = "::flow_client::__private::serde")]
pub enum GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverrideAuthenticationMethod {
    /// `GET`
    #[serde(rename = "GET")]
    Get,
    /// `POST`
    #[serde(rename = "POST")]
    Post,
}
impl GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverrideAuthenticationMethod {
    /// The value on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
        }
    }
    #[doc(hidden)]
    pub fn __validate(&self, _: &str, _: &mut ::flow_client::validate::Report) {}
}
impl ::core::str::FromStr
for GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverrideAuthenticationMethod {
    type Err = ::flow_client::ValidationError;
    fn from_str(text: &str) -> ::core::result::Result<Self, Self::Err> {
        match text {
            "GET" => ::core::result::Result::Ok(Self::Get),
            "POST" => ::core::result::Result::Ok(Self::Post),
            _ => {
                ::core::result::Result::Err(
                    ::flow_client::ValidationError::single(
                        "",
                        "enum",
                        "must be one of `GET`, `POST`",
                    ),
                )
            }
        }
    }
}
impl ::flow_client::__private::schemars::JsonSchema
for GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverrideAuthenticationMethod {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed(
            "GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverrideAuthenticationMethod",
        )
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <GenericRestExtensionOAuth2RefreshCodeAuth as ::flow_client::registry::Generated>::schema(),
            "/properties/requestParameterOverride/properties/authenticationMethod",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
/// Specify parameter to override.
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverride {
    /// Access token field name to override.
    #[serde(
        rename = "accessTokenField",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub access_token_field: ::core::option::Option<::std::string::String>,
    /// Refresh token field name to override.
    #[serde(
        rename = "refreshTokenField",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub refresh_token_field: ::core::option::Option<::std::string::String>,
    /// ExpireIn field name to override.
    #[serde(
        rename = "expireInField",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub expire_in_field: ::core::option::Option<::std::string::String>,
    /// Authentication method override.
    #[serde(
        rename = "authenticationMethod",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub authentication_method: ::core::option::Option<
        GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverrideAuthenticationMethod,
    >,
    /// ClientId field name override.
    #[serde(
        rename = "clientId",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub client_id: ::core::option::Option<::std::string::String>,
    /// ClientSecret field name override.
    #[serde(
        rename = "clientSecret",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub client_secret: ::core::option::Option<::std::string::String>,
}
impl GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverride {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {
        if let ::core::option::Option::Some(value) = &self.authentication_method {
            value
                .__validate(
                    &::std::format!("{}{}", prefix, "/authenticationMethod"),
                    report,
                );
        }
    }
}
impl ::flow_client::__private::schemars::JsonSchema
for GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverride {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed(
            "GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverride",
        )
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <GenericRestExtensionOAuth2RefreshCodeAuth as ::flow_client::registry::Generated>::schema(),
            "/properties/requestParameterOverride",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de>
for GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverride {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::flow_client::__private::serde::Deserializer<'de>,
    {
        #[derive(::flow_client::__private::serde::Deserialize)]
        #[serde(crate = "::flow_client::__private::serde")]
        struct Raw {
            #[serde(
                rename = "accessTokenField",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            access_token_field: ::core::option::Option<::std::string::String>,
            #[serde(
                rename = "refreshTokenField",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            refresh_token_field: ::core::option::Option<::std::string::String>,
            #[serde(
                rename = "expireInField",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            expire_in_field: ::core::option::Option<::std::string::String>,
            #[serde(
                rename = "authenticationMethod",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            authentication_method: ::core::option::Option<
                GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverrideAuthenticationMethod,
            >,
            #[serde(
                rename = "clientId",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            client_id: ::core::option::Option<::std::string::String>,
            #[serde(
                rename = "clientSecret",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            client_secret: ::core::option::Option<::std::string::String>,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            access_token_field: raw.access_token_field,
            refresh_token_field: raw.refresh_token_field,
            expire_in_field: raw.expire_in_field,
            authentication_method: raw.authentication_method,
            client_id: raw.client_id,
            client_secret: raw.client_secret,
        })
    }
}
/// Define auth params required for connecting to generic rest using oauth2 authorization code.
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct GenericRestExtensionOAuth2RefreshCodeAuth {
    /// Authorization test url to validate accessToken.
    #[serde(
        rename = "authorizationTestUrl",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub authorization_test_url: ::core::option::Option<::std::string::String>,
    /// Client id of user account.
    #[serde(
        rename = "clientId",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub client_id: ::core::option::Option<::std::string::String>,
    /// Client secret of user account.
    #[serde(
        rename = "clientSecret",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub client_secret: ::core::option::Option<::flow_client::Secret>,
    /// Access Token
    #[serde(rename = "accessToken")]
    pub access_token: ::flow_client::Secret,
    /// Refresh Token
    #[serde(
        rename = "refreshToken",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub refresh_token: ::core::option::Option<::flow_client::Secret>,
    /// Date of token expiry.
    #[serde(
        rename = "expirationDate",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub expiration_date: ::core::option::Option<::std::string::String>,
    /// Access token url to fetch access token.
    #[serde(
        rename = "accessTokenUrl",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub access_token_url: ::core::option::Option<::std::string::String>,
    /// Specify parameter to override.
    #[serde(
        rename = "requestParameterOverride",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub request_parameter_override: ::core::option::Option<
        GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverride,
    >,
    /// `host`: the spec requires it without defining it, so any JSON value is accepted, and it is kept secret because nothing says it is not one.
    #[serde(rename = "host")]
    pub host: ::flow_client::SecretValue,
}
impl GenericRestExtensionOAuth2RefreshCodeAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {
        if let ::core::option::Option::Some(value) = &self.expiration_date {
            report.format(prefix, "/expirationDate", value.as_str(), "date");
        }
        if let ::core::option::Option::Some(value) = &self.request_parameter_override {
            value
                .__validate(
                    &::std::format!("{}{}", prefix, "/requestParameterOverride"),
                    report,
                );
        }
    }
}
impl ::flow_client::__private::schemars::JsonSchema
for GenericRestExtensionOAuth2RefreshCodeAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GenericRestExtensionOAuth2RefreshCodeAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <GenericRestExtensionOAuth2RefreshCodeAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for GenericRestExtensionOAuth2RefreshCodeAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::None,
        name: "generic-rest-extension",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["OAuth2 Refresh Code", "Basic Authentication"],
    };
}
impl ::flow_client::AuthSpec for GenericRestExtensionOAuth2RefreshCodeAuth {
    const AUTH_SPEC_NAME: &'static str = "OAuth2 Refresh Code";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"Define auth params required for connecting to generic rest using oauth2 authorization code.\",\"properties\":{\"authorizationTestUrl\":{\"description\":\"Authorization test url to validate accessToken.\",\"type\":\"string\"},\"clientId\":{\"description\":\"Client id of user account.\",\"type\":\"string\"},\"clientSecret\":{\"description\":\"Client secret of user account.\",\"type\":\"string\",\"format\":\"password\"},\"accessToken\":{\"description\":\"Access Token\",\"type\":\"string\",\"format\":\"password\"},\"refreshToken\":{\"description\":\"Refresh Token\",\"type\":\"string\",\"format\":\"password\"},\"expirationDate\":{\"description\":\"Date of token expiry.\",\"type\":\"string\",\"format\":\"date\",\"uiAttributes\":{\"hidden\":true}},\"accessTokenUrl\":{\"description\":\"Access token url to fetch access token.\",\"type\":\"string\"},\"requestParameterOverride\":{\"type\":\"object\",\"description\":\"Specify parameter to override.\",\"properties\":{\"accessTokenField\":{\"description\":\"Access token field name to override.\",\"type\":\"string\"},\"refreshTokenField\":{\"description\":\"Refresh token field name to override.\",\"type\":\"string\"},\"expireInField\":{\"description\":\"ExpireIn field name to override.\",\"type\":\"string\"},\"authenticationMethod\":{\"description\":\"Authentication method override.\",\"type\":\"string\",\"enum\":[\"GET\",\"POST\"]},\"clientId\":{\"description\":\"ClientId field name override.\",\"type\":\"string\"},\"clientSecret\":{\"description\":\"ClientSecret field name override.\",\"type\":\"string\"}}}},\"required\":[\"host\",\"accessToken\"]}";
}
impl ::flow_client::AuthParams for GenericRestExtensionOAuth2RefreshCodeAuth {
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
impl ::flow_client::registry::Generated for GenericRestExtensionOAuth2RefreshCodeAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <GenericRestExtensionOAuth2RefreshCodeAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
                rename = "authorizationTestUrl",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            authorization_test_url: ::core::option::Option<::std::string::String>,
            #[serde(
                rename = "clientId",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            client_id: ::core::option::Option<::std::string::String>,
            #[serde(
                rename = "clientSecret",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            client_secret: ::core::option::Option<::flow_client::Secret>,
            #[serde(rename = "accessToken")]
            access_token: ::flow_client::Secret,
            #[serde(
                rename = "refreshToken",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            refresh_token: ::core::option::Option<::flow_client::Secret>,
            #[serde(
                rename = "expirationDate",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            expiration_date: ::core::option::Option<::std::string::String>,
            #[serde(
                rename = "accessTokenUrl",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            access_token_url: ::core::option::Option<::std::string::String>,
            #[serde(
                rename = "requestParameterOverride",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            request_parameter_override: ::core::option::Option<
                GenericRestExtensionOAuth2RefreshCodeAuthRequestParameterOverride,
            >,
            #[serde(rename = "host")]
            host: ::flow_client::SecretValue,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            authorization_test_url: raw.authorization_test_url,
            client_id: raw.client_id,
            client_secret: raw.client_secret,
            access_token: raw.access_token,
            refresh_token: raw.refresh_token,
            expiration_date: raw.expiration_date,
            access_token_url: raw.access_token_url,
            request_parameter_override: raw.request_parameter_override,
            host: raw.host,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de>
for GenericRestExtensionOAuth2RefreshCodeAuth {
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
pub struct GenericRestExtensionBasicAuthenticationAuth {
    /// Enter resource url host path
    #[serde(rename = "host")]
    pub host: ::std::string::String,
    /// Username to connect rest endpoint.
    #[serde(rename = "username")]
    pub username: ::std::string::String,
    /// Password to connect rest endpoint.
    #[serde(rename = "password")]
    pub password: ::flow_client::Secret,
}
impl GenericRestExtensionBasicAuthenticationAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema
for GenericRestExtensionBasicAuthenticationAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GenericRestExtensionBasicAuthenticationAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <GenericRestExtensionBasicAuthenticationAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for GenericRestExtensionBasicAuthenticationAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::None,
        name: "generic-rest-extension",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["OAuth2 Refresh Code", "Basic Authentication"],
    };
}
impl ::flow_client::AuthSpec for GenericRestExtensionBasicAuthenticationAuth {
    const AUTH_SPEC_NAME: &'static str = "Basic Authentication";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"defines auth params required for connecting to rest service.\",\"properties\":{\"host\":{\"type\":\"string\",\"description\":\"Enter resource url host path\"},\"username\":{\"description\":\"Username to connect rest endpoint.\",\"type\":\"string\"},\"password\":{\"description\":\"Password to connect rest endpoint.\",\"type\":\"string\",\"format\":\"password\"}},\"required\":[\"host\",\"username\",\"password\"]}";
}
impl ::flow_client::AuthParams for GenericRestExtensionBasicAuthenticationAuth {
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
impl ::flow_client::registry::Generated for GenericRestExtensionBasicAuthenticationAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <GenericRestExtensionBasicAuthenticationAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
for GenericRestExtensionBasicAuthenticationAuth {
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
/// Auth params of `generic-rest-extension`: one variant per auth spec.
#[derive(Clone, Debug)]
#[allow(clippy::large_enum_variant)]
pub enum GenericRestExtensionAuth {
    /// `OAuth2 Refresh Code`
    OAuth2RefreshCode(GenericRestExtensionOAuth2RefreshCodeAuth),
    /// `Basic Authentication`
    BasicAuthentication(GenericRestExtensionBasicAuthenticationAuth),
}
impl ::flow_client::__private::schemars::JsonSchema for GenericRestExtensionAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GenericRestExtensionAuth")
    }
    fn json_schema(
        generator: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_any_of(
            ::std::vec![
                < GenericRestExtensionOAuth2RefreshCodeAuth as
                ::flow_client::__private::schemars::JsonSchema >
                ::json_schema(generator,), < GenericRestExtensionBasicAuthenticationAuth
                as ::flow_client::__private::schemars::JsonSchema >
                ::json_schema(generator,),
            ],
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::__private::serde::Serialize for GenericRestExtensionAuth {
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
impl ::flow_client::SpecAuth for GenericRestExtensionAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::None,
        name: "generic-rest-extension",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["OAuth2 Refresh Code", "Basic Authentication"],
    };
}
impl ::flow_client::AuthParams for GenericRestExtensionAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        match self {
            Self::OAuth2RefreshCode(_) => {
                <GenericRestExtensionOAuth2RefreshCodeAuth as ::flow_client::AuthSpec>::AUTH_SPEC_NAME
            }
            Self::BasicAuthentication(_) => {
                <GenericRestExtensionBasicAuthenticationAuth as ::flow_client::AuthSpec>::AUTH_SPEC_NAME
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
impl ::core::convert::From<GenericRestExtensionOAuth2RefreshCodeAuth>
for GenericRestExtensionAuth {
    fn from(params: GenericRestExtensionOAuth2RefreshCodeAuth) -> Self {
        Self::OAuth2RefreshCode(params)
    }
}
impl ::core::convert::From<GenericRestExtensionBasicAuthenticationAuth>
for GenericRestExtensionAuth {
    fn from(params: GenericRestExtensionBasicAuthenticationAuth) -> Self {
        Self::BasicAuthentication(params)
    }
}
