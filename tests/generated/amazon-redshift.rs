/// defines auth params
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct AmazonRedshiftAuth {
    /// IP address or host name of the Amazon Redshift server
    #[serde(rename = "server")]
    pub server: ::std::string::String,
    /// Name of user who has access to the database
    #[serde(rename = "username")]
    pub username: ::std::string::String,
    /// Password for the user account
    #[serde(rename = "password")]
    pub password: ::flow_client::Secret,
    /// Name of the Amazon Redshift database
    #[serde(rename = "database")]
    pub database: ::std::string::String,
}
impl AmazonRedshiftAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema for AmazonRedshiftAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("AmazonRedshiftAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <AmazonRedshiftAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for AmazonRedshiftAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("3416976c-a9ca-4bba-901a-1f08f66978ff"),
        name: "amazon-redshift",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["Basic Authentication"],
    };
}
impl ::flow_client::AuthSpec for AmazonRedshiftAuth {
    const AUTH_SPEC_NAME: &'static str = "Basic Authentication";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"defines auth params\",\"properties\":{\"server\":{\"type\":\"string\",\"description\":\"IP address or host name of the Amazon Redshift server\"},\"username\":{\"type\":\"string\",\"description\":\"Name of user who has access to the database\"},\"password\":{\"type\":\"string\",\"description\":\"Password for the user account\",\"format\":\"password\"},\"database\":{\"type\":\"string\",\"description\":\"Name of the Amazon Redshift database\"}},\"required\":[\"server\",\"username\",\"password\",\"database\"]}";
}
impl ::flow_client::AuthParams for AmazonRedshiftAuth {
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
impl ::flow_client::registry::Generated for AmazonRedshiftAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <AmazonRedshiftAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "server")]
            server: ::std::string::String,
            #[serde(rename = "username")]
            username: ::std::string::String,
            #[serde(rename = "password")]
            password: ::flow_client::Secret,
            #[serde(rename = "database")]
            database: ::std::string::String,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            server: raw.server,
            username: raw.username,
            password: raw.password,
            database: raw.database,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de> for AmazonRedshiftAuth {
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
