/// defines auth params required for connecting to dynamics-online
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct DynamicsOnlineAuth {
    /// The service URL of your Dynamics instance
    #[serde(rename = "serviceUri")]
    pub service_uri: ::std::string::String,
    /// User name for the user account
    #[serde(rename = "username")]
    pub username: ::std::string::String,
    /// Password for the user account
    #[serde(rename = "password")]
    pub password: ::flow_client::Secret,
}
impl DynamicsOnlineAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema for DynamicsOnlineAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("DynamicsOnlineAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <DynamicsOnlineAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl DynamicsOnlineAuth {
    /// The auth spec entry's other keys (`settings`, `attributes`...), as JSON text:
    /// what the service says about this way to authenticate, never asked of you.
    pub const AUTH_SPEC_EXTRA_JSON: &'static str = "{\"settings\":{\"authenticationType\":\"Office365\",\"deploymentType\":\"Online\"}}";
}
impl ::flow_client::SpecAuth for DynamicsOnlineAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("38ad80fe-8b06-4938-94f4-d4ee80266b07"),
        name: "dynamics-online",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["Basic Authentication for Dynamics-Online"],
    };
}
impl ::flow_client::AuthSpec for DynamicsOnlineAuth {
    const AUTH_SPEC_NAME: &'static str = "Basic Authentication for Dynamics-Online";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"defines auth params required for connecting to dynamics-online\",\"properties\":{\"serviceUri\":{\"type\":\"string\",\"description\":\"The service URL of your Dynamics instance\"},\"username\":{\"type\":\"string\",\"description\":\"User name for the user account\"},\"password\":{\"type\":\"string\",\"description\":\"Password for the user account\",\"format\":\"password\"}},\"required\":[\"username\",\"password\",\"serviceUri\"]}";
}
impl ::flow_client::AuthParams for DynamicsOnlineAuth {
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
impl ::flow_client::registry::Generated for DynamicsOnlineAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <DynamicsOnlineAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "serviceUri")]
            service_uri: ::std::string::String,
            #[serde(rename = "username")]
            username: ::std::string::String,
            #[serde(rename = "password")]
            password: ::flow_client::Secret,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            service_uri: raw.service_uri,
            username: raw.username,
            password: raw.password,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de> for DynamicsOnlineAuth {
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
