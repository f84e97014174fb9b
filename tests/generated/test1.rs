/// defines auth params required for connecting to dynamics-online
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct Test1Auth {
    /// Password for the user account
    #[serde(rename = "password")]
    pub password: ::flow_client::Secret,
    /// The service URL of your Dynamics instance
    #[serde(rename = "serviceUri")]
    pub service_uri: ::std::string::String,
    /// User name for the user account
    #[serde(rename = "username")]
    pub username: ::std::string::String,
}
impl Test1Auth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema for Test1Auth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("Test1Auth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <Test1Auth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for Test1Auth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("44c6e8ec-54e8-4813-a472-93c6cf29c3d7"),
        name: "test1",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["Basic Authentication for Dynamics-Online"],
    };
}
impl ::flow_client::AuthSpec for Test1Auth {
    const AUTH_SPEC_NAME: &'static str = "Basic Authentication for Dynamics-Online";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"description\":\"defines auth params required for connecting to dynamics-online\",\"properties\":{\"password\":{\"description\":\"Password for the user account\",\"format\":\"password\",\"type\":\"string\"},\"serviceUri\":{\"description\":\"The service URL of your Dynamics instance\",\"type\":\"string\"},\"username\":{\"description\":\"User name for the user account\",\"type\":\"string\"}},\"required\":[\"username\",\"password\",\"serviceUri\"],\"type\":\"object\"}";
}
impl ::flow_client::AuthParams for Test1Auth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        "Basic Authentication for Dynamics-Online"
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        let mut report = ::flow_client::validate::Report::new();
        self.__validate("", &mut report);
        report.finish()
    }
}
impl ::flow_client::registry::Generated for Test1Auth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <Test1Auth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "password")]
            password: ::flow_client::Secret,
            #[serde(rename = "serviceUri")]
            service_uri: ::std::string::String,
            #[serde(rename = "username")]
            username: ::std::string::String,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            password: raw.password,
            service_uri: raw.service_uri,
            username: raw.username,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de> for Test1Auth {
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
