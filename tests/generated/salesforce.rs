/// defines auth params
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct SalesforceAuth {
    /// URL of the source instance
    #[serde(
        rename = "environmentUrl",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub environment_url: ::core::option::Option<::std::string::String>,
    /// User name for the user account
    #[serde(rename = "username")]
    pub username: ::std::string::String,
    /// Password for the user account
    #[serde(rename = "password")]
    pub password: ::flow_client::Secret,
    /// Security token for the user account
    #[serde(rename = "securityToken")]
    pub security_token: ::flow_client::Secret,
}
impl SalesforceAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema for SalesforceAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("SalesforceAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <SalesforceAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for SalesforceAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("cfc0fee1-7dc0-40ef-b73e-d8b134c436f5"),
        name: "salesforce",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["Basic Authentication"],
    };
}
impl ::flow_client::AuthSpec for SalesforceAuth {
    const AUTH_SPEC_NAME: &'static str = "Basic Authentication";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"defines auth params\",\"properties\":{\"environmentUrl\":{\"type\":\"string\",\"description\":\"URL of the source instance\"},\"username\":{\"type\":\"string\",\"description\":\"User name for the user account\"},\"password\":{\"type\":\"string\",\"description\":\"Password for the user account\",\"format\":\"password\"},\"securityToken\":{\"type\":\"string\",\"description\":\"Security token for the user account\",\"format\":\"password\"}},\"required\":[\"username\",\"password\",\"securityToken\"]}";
}
impl ::flow_client::AuthParams for SalesforceAuth {
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
impl ::flow_client::registry::Generated for SalesforceAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <SalesforceAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
                rename = "environmentUrl",
                default,
                skip_serializing_if = "::core::option::Option::is_none"
            )]
            #[serde(deserialize_with = "::flow_client::__private::present")]
            environment_url: ::core::option::Option<::std::string::String>,
            #[serde(rename = "username")]
            username: ::std::string::String,
            #[serde(rename = "password")]
            password: ::flow_client::Secret,
            #[serde(rename = "securityToken")]
            security_token: ::flow_client::Secret,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            environment_url: raw.environment_url,
            username: raw.username,
            password: raw.password,
            security_token: raw.security_token,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de> for SalesforceAuth {
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
