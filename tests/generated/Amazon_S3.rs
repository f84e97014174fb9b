/// Defines auth params required for connecting to amazon-s3
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct AmazonS3Auth {
    /// Access key id
    #[serde(rename = "s3AccessKey")]
    pub s3_access_key: ::std::string::String,
    /// Secret access key for the user account
    #[serde(rename = "s3SecretKey")]
    pub s3_secret_key: ::flow_client::Secret,
}
impl AmazonS3Auth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {
        {
            let value = &self.s3_access_key;
            {
                static PATTERN: ::std::sync::LazyLock<
                    ::core::option::Option<::flow_client::__private::regex::Regex>,
                > = ::std::sync::LazyLock::new(|| {
                    ::flow_client::validate::compile_pattern("^[A-Z2-7]{20}$")
                });
                report
                    .pattern(
                        prefix,
                        "/s3AccessKey",
                        value.as_str(),
                        PATTERN.as_ref(),
                        "^[A-Z2-7]{20}$",
                    );
            }
        }
        {
            let value = &self.s3_secret_key;
            {
                static PATTERN: ::std::sync::LazyLock<
                    ::core::option::Option<::flow_client::__private::regex::Regex>,
                > = ::std::sync::LazyLock::new(|| {
                    ::flow_client::validate::compile_pattern("^[A-Za-z0-9/\\+]{40}$")
                });
                report
                    .pattern(
                        prefix,
                        "/s3SecretKey",
                        value.expose_secret(),
                        PATTERN.as_ref(),
                        "^[A-Za-z0-9/\\+]{40}$",
                    );
            }
        }
    }
}
impl ::flow_client::__private::schemars::JsonSchema for AmazonS3Auth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("AmazonS3Auth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <AmazonS3Auth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for AmazonS3Auth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("4fce964d-3f37-408f-9778-e597338a21ee"),
        name: "Amazon S3",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "14e34fac-d307-11e9-bb65-2a2ae2dbcce4",
        ),
        auth_specs: &["Access Key"],
    };
}
impl ::flow_client::AuthSpec for AmazonS3Auth {
    const AUTH_SPEC_NAME: &'static str = "Access Key";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"description\":\"Defines auth params required for connecting to amazon-s3\",\"type\":\"object\",\"properties\":{\"s3AccessKey\":{\"description\":\"Access key id\",\"type\":\"string\",\"pattern\":\"^[A-Z2-7]{20}$\"},\"s3SecretKey\":{\"description\":\"Secret access key for the user account\",\"type\":\"string\",\"format\":\"password\",\"pattern\":\"^[A-Za-z0-9/\\\\+]{40}$\"}},\"required\":[\"s3SecretKey\",\"s3AccessKey\"]}";
}
impl ::flow_client::AuthParams for AmazonS3Auth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        "Access Key"
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        let mut report = ::flow_client::validate::Report::new();
        self.__validate("", &mut report);
        report.finish()
    }
}
impl ::flow_client::registry::Generated for AmazonS3Auth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <AmazonS3Auth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "s3AccessKey")]
            s3_access_key: ::std::string::String,
            #[serde(rename = "s3SecretKey")]
            s3_secret_key: ::flow_client::Secret,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            s3_access_key: raw.s3_access_key,
            s3_secret_key: raw.s3_secret_key,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de> for AmazonS3Auth {
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
