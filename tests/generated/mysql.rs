/// defines auth params required for connecting to MySql
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct MysqlAuth {
    /// connection string to connect to any MySql instance.
    #[serde(rename = "connectionString")]
    pub connection_string: ::flow_client::Secret,
}
impl MysqlAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {
        {
            let value = &self.connection_string;
            {
                static PATTERN: ::std::sync::LazyLock<
                    ::core::option::Option<::flow_client::__private::regex::Regex>,
                > = ::std::sync::LazyLock::new(|| {
                    ::flow_client::validate::compile_pattern(
                        "^([sS]erver=)(.*)( ?;[pP]ort=)(.*)(; ?[dD]atabase=)(.*)(; ?[uU]id=)(.*)(; ?[pP]wd=)(.*)(;)",
                    )
                });
                report
                    .pattern(
                        prefix,
                        "/connectionString",
                        value.expose_secret(),
                        PATTERN.as_ref(),
                        "^([sS]erver=)(.*)( ?;[pP]ort=)(.*)(; ?[dD]atabase=)(.*)(; ?[uU]id=)(.*)(; ?[pP]wd=)(.*)(;)",
                    );
            }
        }
    }
}
impl ::flow_client::__private::schemars::JsonSchema for MysqlAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("MysqlAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <MysqlAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for MysqlAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("26d738e0-8963-47ea-aadf-c60de735468a"),
        name: "mysql",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "0ed90a81-07f4-4586-8190-b40eccef1c5a",
        ),
        auth_specs: &["Connection String Based Authentication"],
    };
}
impl ::flow_client::AuthSpec for MysqlAuth {
    const AUTH_SPEC_NAME: &'static str = "Connection String Based Authentication";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"type\":\"object\",\"description\":\"defines auth params required for connecting to MySql\",\"properties\":{\"connectionString\":{\"type\":\"string\",\"description\":\"connection string to connect to any MySql instance.\",\"format\":\"password\",\"pattern\":\"^([sS]erver=)(.*)( ?;[pP]ort=)(.*)(; ?[dD]atabase=)(.*)(; ?[uU]id=)(.*)(; ?[pP]wd=)(.*)(;)\",\"examples\":[\"Server=myserver.mysql.database.azure.com; Port=3306; Database=my_sql_db; Uid=username; Pwd=password; SslMode=Preferred;\"]}},\"required\":[\"connectionString\"]}";
}
impl ::flow_client::AuthParams for MysqlAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        "Connection String Based Authentication"
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        let mut report = ::flow_client::validate::Report::new();
        self.__validate("", &mut report);
        report.finish()
    }
}
impl ::flow_client::registry::Generated for MysqlAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <MysqlAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "connectionString")]
            connection_string: ::flow_client::Secret,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            connection_string: raw.connection_string,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de> for MysqlAuth {
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
