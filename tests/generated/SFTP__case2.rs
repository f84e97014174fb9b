/// defines auth params required for connecting to sftp locations with a password
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct SftpSftpWithPasswordAuth {
    /// Domain of server
    #[serde(rename = "domain")]
    pub domain: ::std::string::String,
    /// Username
    #[serde(rename = "username")]
    pub username: ::std::string::String,
    /// Password
    #[serde(rename = "password")]
    pub password: ::flow_client::Secret,
}
impl SftpSftpWithPasswordAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {}
}
impl ::flow_client::__private::schemars::JsonSchema for SftpSftpWithPasswordAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("SftpSftpWithPasswordAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <SftpSftpWithPasswordAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for SftpSftpWithPasswordAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("36965a81-b1c6-401b-99f8-22508f1e6a26"),
        name: "SFTP",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "14e34fac-d307-11e9-bb65-2a2ae2dbcce4",
        ),
        auth_specs: &["SFTP with Password", "SFTP with SSH Key"],
    };
}
impl ::flow_client::AuthSpec for SftpSftpWithPasswordAuth {
    const AUTH_SPEC_NAME: &'static str = "SFTP with Password";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"description\":\"defines auth params required for connecting to sftp locations with a password\",\"type\":\"object\",\"properties\":{\"domain\":{\"description\":\"Domain of server\",\"type\":\"string\"},\"username\":{\"description\":\"Username\",\"type\":\"string\"},\"password\":{\"description\":\"Password\",\"type\":\"string\",\"format\":\"password\"}},\"required\":[\"password\",\"domain\",\"username\"]}";
}
impl ::flow_client::AuthParams for SftpSftpWithPasswordAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        "SFTP with Password"
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        let mut report = ::flow_client::validate::Report::new();
        self.__validate("", &mut report);
        report.finish()
    }
}
impl ::flow_client::registry::Generated for SftpSftpWithPasswordAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <SftpSftpWithPasswordAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "domain")]
            domain: ::std::string::String,
            #[serde(rename = "username")]
            username: ::std::string::String,
            #[serde(rename = "password")]
            password: ::flow_client::Secret,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            domain: raw.domain,
            username: raw.username,
            password: raw.password,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de>
for SftpSftpWithPasswordAuth {
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
/// defines auth params required for connecting to sftp locations using SSH Key
#[derive(Clone, Debug, ::flow_client::__private::serde::Serialize)]
#[serde(crate = "::flow_client::__private::serde")]
pub struct SftpSftpWithSshKeyAuth {
    /// Domain of server
    #[serde(rename = "domain")]
    pub domain: ::std::string::String,
    /// Username
    #[serde(rename = "username")]
    pub username: ::std::string::String,
    /// Base64 string of the private SSH key
    #[serde(rename = "sshKey")]
    pub ssh_key: ::flow_client::Secret,
}
impl SftpSftpWithSshKeyAuth {
    #[doc(hidden)]
    #[allow(unused_variables)]
    pub fn __validate(
        &self,
        prefix: &str,
        report: &mut ::flow_client::validate::Report,
    ) {
        {
            let value = &self.ssh_key;
            report
                .content(
                    prefix,
                    "/sshKey",
                    value.expose_secret(),
                    ::core::option::Option::Some("base64"),
                    ::core::option::Option::None,
                );
        }
    }
}
impl ::flow_client::__private::schemars::JsonSchema for SftpSftpWithSshKeyAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("SftpSftpWithSshKeyAuth")
    }
    fn json_schema(
        _: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_at(
            <SftpSftpWithSshKeyAuth as ::flow_client::registry::Generated>::schema(),
            "",
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::SpecAuth for SftpSftpWithSshKeyAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("36965a81-b1c6-401b-99f8-22508f1e6a26"),
        name: "SFTP",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "14e34fac-d307-11e9-bb65-2a2ae2dbcce4",
        ),
        auth_specs: &["SFTP with Password", "SFTP with SSH Key"],
    };
}
impl ::flow_client::AuthSpec for SftpSftpWithSshKeyAuth {
    const AUTH_SPEC_NAME: &'static str = "SFTP with SSH Key";
    const AUTH_SCHEMA_JSON: &'static str = "{\"$schema\":\"http://json-schema.org/draft-07/schema#\",\"description\":\"defines auth params required for connecting to sftp locations using SSH Key\",\"type\":\"object\",\"properties\":{\"domain\":{\"description\":\"Domain of server\",\"type\":\"string\"},\"username\":{\"description\":\"Username\",\"type\":\"string\"},\"sshKey\":{\"description\":\"Base64 string of the private SSH key\",\"type\":\"string\",\"format\":\"password\",\"contentEncoding\":\"base64\",\"uiAttributes\":{\"tooltip\":{\"id\":\"platform_destinations_connect_sftp_ssh\",\"fallbackUrl\":\"http://www.adobe.com/go/destinations-sftp-connection-parameters-en \"}}}},\"required\":[\"sshKey\",\"domain\",\"username\"]}";
}
impl ::flow_client::AuthParams for SftpSftpWithSshKeyAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        "SFTP with SSH Key"
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        let mut report = ::flow_client::validate::Report::new();
        self.__validate("", &mut report);
        report.finish()
    }
}
impl ::flow_client::registry::Generated for SftpSftpWithSshKeyAuth {
    fn schema() -> &'static ::flow_client::schema::Schema {
        static SCHEMA: ::std::sync::LazyLock<::flow_client::schema::Schema> = ::std::sync::LazyLock::new(||
        {
            ::flow_client::schema::Schema::new(
                <SftpSftpWithSshKeyAuth as ::flow_client::AuthSpec>::AUTH_SCHEMA_JSON,
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
            #[serde(rename = "domain")]
            domain: ::std::string::String,
            #[serde(rename = "username")]
            username: ::std::string::String,
            #[serde(rename = "sshKey")]
            ssh_key: ::flow_client::Secret,
        }
        let raw = <Raw as ::flow_client::__private::serde::Deserialize>::deserialize(
            ::flow_client::__private::MapOnly(deserializer),
        )?;
        ::core::result::Result::Ok(Self {
            domain: raw.domain,
            username: raw.username,
            ssh_key: raw.ssh_key,
        })
    }
}
impl<'de> ::flow_client::__private::serde::Deserialize<'de> for SftpSftpWithSshKeyAuth {
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
/// Auth params of `SFTP`: one variant per auth spec.
#[derive(Clone, Debug)]
#[allow(clippy::large_enum_variant)]
pub enum SftpAuth {
    /// `SFTP with Password`
    SftpWithPassword(SftpSftpWithPasswordAuth),
    /// `SFTP with SSH Key`
    SftpWithSshKey(SftpSftpWithSshKeyAuth),
}
impl ::flow_client::__private::schemars::JsonSchema for SftpAuth {
    fn schema_name() -> ::std::borrow::Cow<'static, str> {
        ::std::borrow::Cow::Borrowed("SftpAuth")
    }
    fn json_schema(
        generator: &mut ::flow_client::__private::schemars::SchemaGenerator,
    ) -> ::flow_client::__private::schemars::Schema {
        ::flow_client::schema::schemars_any_of(
            ::std::vec![
                < SftpSftpWithPasswordAuth as
                ::flow_client::__private::schemars::JsonSchema >
                ::json_schema(generator,), < SftpSftpWithSshKeyAuth as
                ::flow_client::__private::schemars::JsonSchema >
                ::json_schema(generator,),
            ],
        )
    }
    fn inline_schema() -> bool {
        true
    }
}
impl ::flow_client::__private::serde::Serialize for SftpAuth {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::flow_client::__private::serde::Serializer,
    {
        match self {
            Self::SftpWithPassword(params) => params.serialize(serializer),
            Self::SftpWithSshKey(params) => params.serialize(serializer),
        }
    }
}
impl ::flow_client::SpecAuth for SftpAuth {
    const SPEC: ::flow_client::SpecInfo = ::flow_client::SpecInfo {
        id: ::core::option::Option::Some("36965a81-b1c6-401b-99f8-22508f1e6a26"),
        name: "SFTP",
        version: "1.0",
        provider_id: ::core::option::Option::Some(
            "14e34fac-d307-11e9-bb65-2a2ae2dbcce4",
        ),
        auth_specs: &["SFTP with Password", "SFTP with SSH Key"],
    };
}
impl ::flow_client::AuthParams for SftpAuth {
    fn spec(&self) -> ::flow_client::SpecInfo {
        <Self as ::flow_client::SpecAuth>::SPEC
    }
    fn auth_spec_name(&self) -> &'static str {
        match self {
            Self::SftpWithPassword(_) => {
                <SftpSftpWithPasswordAuth as ::flow_client::AuthSpec>::AUTH_SPEC_NAME
            }
            Self::SftpWithSshKey(_) => {
                <SftpSftpWithSshKeyAuth as ::flow_client::AuthSpec>::AUTH_SPEC_NAME
            }
        }
    }
    fn validate(&self) -> ::core::result::Result<(), ::flow_client::ValidationError> {
        match self {
            Self::SftpWithPassword(params) => ::flow_client::AuthParams::validate(params),
            Self::SftpWithSshKey(params) => ::flow_client::AuthParams::validate(params),
        }
    }
}
impl ::core::convert::From<SftpSftpWithPasswordAuth> for SftpAuth {
    fn from(params: SftpSftpWithPasswordAuth) -> Self {
        Self::SftpWithPassword(params)
    }
}
impl ::core::convert::From<SftpSftpWithSshKeyAuth> for SftpAuth {
    fn from(params: SftpSftpWithSshKeyAuth) -> Self {
        Self::SftpWithSshKey(params)
    }
}
