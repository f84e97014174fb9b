/// defines auth params required for connecting to sftp
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct SftpAuth {
    /// Specify the name or IP address of the SFTP server.
    #[serde(rename = "host")]
    pub host: ::std::string::String,
    /// Specify the user who has access to the SFTP server.
    #[serde(rename = "userName")]
    pub user_name: ::std::string::String,
    /// Specify the password for the user (userName).
    #[serde(rename = "password")]
    pub password: ::flow_client::Secret,
}
impl SftpAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema for SftpAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("SftpAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <SftpAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for SftpAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("b7bf2577-4520-42c9-bae9-cad01560f7bc"),
        name: "sftp",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["Basic Authentication for sftp"],
    };
}
impl ::flow_client::AuthSpec for SftpAuth {
    const AUTH_SPEC_NAME: &'static str = "Basic Authentication for sftp";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"defines auth params required for connecting to sftp\",\"properties\":{\"host\":{\"type\":\"string\",\"description\":\"Specify the name or IP address of the SFTP server.\"},\"userName\":{\"type\":\"string\",\"description\":\"Specify the user who has access to the SFTP server.\"},\"password\":{\"type\":\"string\",\"description\":\"Specify the password for the user (userName).\",\"format\":\"password\"}},\"required\":[\"host\",\"userName\",\"password\"]}";
}
impl ::flow_client::AuthParams for SftpAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        "Basic Authentication for sftp"
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        let mut report = ::flow_client::validate::Report::new();
        self.__validate("", &mut report);
        report.finish()
    }
}
impl ::flow_client::registry::Generated for SftpAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <SftpAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "userName")]
            user_name: ::std::string::String,
            #[serde(rename = "password")]
            password: ::flow_client::Secret,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            host: raw.host,
            user_name: raw.user_name,
            password: raw.password,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de> for SftpAuth {
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
