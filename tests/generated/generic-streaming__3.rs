/// `generic-streaming` lists no auth spec: its connections are created without `auth`.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    ::flow_client::__private::serde::Serialize,
)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct GenericStreamingAuth {}
impl<'de> ::flow_client::__private::serde::Deserialize<'de> for GenericStreamingAuth {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::flow_client::__private::serde::Deserializer<'de>,
    {
        ::flow_client::__private::empty_object(deserializer).map(|()| Self {})
    }
}
impl ::flow_client::SpecAuth for GenericStreamingAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("bdb5b792-451b-42de-acf8-15f3195821de"),
        name: "generic-streaming",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "521eee4d-8cbe-4906-bb48-fb6bd4450033",
        ),
        auth_specs: &[],
    };
}
impl ::flow_client::__private::schemars::JsonSchema for GenericStreamingAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("GenericStreamingAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <GenericStreamingAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
}
impl ::flow_client::registry::Generated for GenericStreamingAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                r#"{"type":"object","additionalProperties":false}"#,
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
        <Self as ::flow_client::__private::serde::Deserialize>::deserialize(deserializer)
    }
}
impl ::flow_client::AuthParams for GenericStreamingAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        ""
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        ::core::result::Result::Ok(())
    }
}
