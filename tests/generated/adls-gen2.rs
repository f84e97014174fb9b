/// defines auth params required for connecting to adlsgen2 using service principal
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct AdlsGen2Auth {
    /// Endpoint for Azure Data Lake Storage Gen2.
    #[serde(rename = "url")]
    pub url: ::std::string::String,
    /// Service Principal Id to connect to ADLSGen2.
    #[serde(rename = "servicePrincipalId")]
    pub service_principal_id: ::std::string::String,
    /// Service Principal Key to connect to ADLSGen2.
    #[serde(rename = "servicePrincipalKey")]
    pub service_principal_key: ::flow_client::Secret,
    /// Tenant information(domain name or tenant ID).
    #[serde(rename = "tenant")]
    pub tenant: ::std::string::String,
}
impl AdlsGen2Auth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema for AdlsGen2Auth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("AdlsGen2Auth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <AdlsGen2Auth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for AdlsGen2Auth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("b3ba5556-48be-44b7-8b85-ff2b69b46dc4"),
        name: "adls-gen2",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["Basic Authentication for adls-gen2"],
    };
}
impl ::flow_client::AuthSpec for AdlsGen2Auth {
    const AUTH_SPEC_NAME: &'static str = "Basic Authentication for adls-gen2";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"defines auth params required for connecting to adlsgen2 using service principal\",\"properties\":{\"url\":{\"type\":\"string\",\"description\":\"Endpoint for Azure Data Lake Storage Gen2.\"},\"servicePrincipalId\":{\"type\":\"string\",\"description\":\"Service Principal Id to connect to ADLSGen2.\"},\"servicePrincipalKey\":{\"type\":\"string\",\"description\":\"Service Principal Key to connect to ADLSGen2.\",\"format\":\"password\"},\"tenant\":{\"type\":\"string\",\"description\":\"Tenant information(domain name or tenant ID).\"}},\"required\":[\"url\",\"servicePrincipalId\",\"servicePrincipalKey\",\"tenant\"]}";
}
impl ::flow_client::AuthParams for AdlsGen2Auth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        "Basic Authentication for adls-gen2"
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        let mut report = ::flow_client::validate::Report::new();
        self.__validate("", &mut report);
        report.finish()
    }
}
impl ::flow_client::registry::Generated for AdlsGen2Auth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <AdlsGen2Auth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "url")]
            url: ::std::string::String,
            #[serde(rename = "servicePrincipalId")]
            service_principal_id: ::std::string::String,
            #[serde(rename = "servicePrincipalKey")]
            service_principal_key: ::flow_client::Secret,
            #[serde(rename = "tenant")]
            tenant: ::std::string::String,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            url: raw.url,
            service_principal_id: raw.service_principal_id,
            service_principal_key: raw.service_principal_key,
            tenant: raw.tenant,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de> for AdlsGen2Auth {
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
