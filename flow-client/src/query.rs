//! What to list: property filters, order and page size.

use std::fmt;

use url::Url;

/// One `property` filter, such as `name=="my connection"`.
///
/// Flow Service filters are `<path><op><value>` with `==`, `!=`, `<`, `>`, `<=` or `>=`;
/// string values are quoted, and a comma-separated value list matches any of them. Several
/// filters in one [`Query`] must all hold.
///
/// # Examples
///
/// ```
/// use flow_client::Property;
///
/// assert_eq!(Property::eq("name", "dynamics-online").as_str(), r#"name=="dynamics-online""#);
/// assert_eq!(Property::ne("state", "disabled").as_str(), r#"state!="disabled""#);
/// assert_eq!(Property::from("createdAt>1700000000000").as_str(), "createdAt>1700000000000");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Property(String);

impl Property {
    /// A filter written out in full, sent as it is.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::Property;
    ///
    /// // Connections of either of two specs.
    /// let either = Property::new(r#"connectionSpec.id=="38ad80fe","cfc0fee1""#);
    /// assert_eq!(either.as_str(), r#"connectionSpec.id=="38ad80fe","cfc0fee1""#);
    /// ```
    pub fn new(expression: impl Into<String>) -> Self {
        Self(expression.into())
    }

    /// `path=="value"`: the property at `path` equals the string `value`.
    ///
    /// Double quotes and backslashes in `value` are escaped with a backslash; Flow Service
    /// does not document escapes, so avoid them in values you filter on.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::Property;
    ///
    /// assert_eq!(Property::eq("auth.specName", "OAuth").as_str(), r#"auth.specName=="OAuth""#);
    /// assert_eq!(Property::eq("name", r#"say "hi""#).as_str(), r#"name=="say \"hi\"""#);
    /// ```
    pub fn eq(path: &str, value: &str) -> Self {
        Self(format!("{path}==\"{}\"", escape(value)))
    }

    /// `path!="value"`: the property at `path` differs from the string `value`.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::Property;
    ///
    /// assert_eq!(Property::ne("state", "disabled").to_string(), r#"state!="disabled""#);
    /// ```
    pub fn ne(path: &str, value: &str) -> Self {
        Self(format!("{path}!=\"{}\"", escape(value)))
    }

    /// The filter as sent in the `property` query parameter.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::Property;
    ///
    /// assert_eq!(Property::from("createdAt>1700000000000").as_str(), "createdAt>1700000000000");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"")
}

impl From<&str> for Property {
    fn from(expression: &str) -> Self {
        Self::new(expression)
    }
}

impl From<String> for Property {
    fn from(expression: String) -> Self {
        Self::new(expression)
    }
}

impl fmt::Display for Property {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Filters, order and page size of a list of connections or connection specs.
///
/// # Examples
///
/// ```
/// use flow_client::{Property, Query};
///
/// let query = Query::new()
///     .property(Property::eq("connectionSpec.id", "38ad80fe-8b06-4938-94f4-d4ee80266b07"))
///     .order_by("-name")
///     .limit(20);
/// assert_eq!(query.properties().len(), 1);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    properties: Vec<Property>,
    order_by: Option<String>,
    limit: Option<u32>,
}

impl Query {
    /// A query without filters: everything, in the service's order.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::Query;
    ///
    /// assert!(Query::new().properties().is_empty());
    /// assert_eq!(Query::new(), Query::default());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a filter; every filter must hold.
    ///
    /// # Examples
    ///
    /// ```
    /// # flow_client::connection_specs!("../specs/dynamics-online.json");
    /// # fn auth() -> DynamicsOnlineAuth {
    /// #     DynamicsOnlineAuth {
    /// #         service_uri: "https://contoso.crm.dynamics.com".into(),
    /// #         username: "ann@contoso.com".into(),
    /// #         password: "pa55w0rd".into(),
    /// #     }
    /// # }
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// # let body = flow_client::CreateConnection::new("Dynamics EU", auth())?;
    /// # client.create_connection(&body).await?;
    /// # let body = flow_client::CreateConnection::new("Dynamics US", auth())?;
    /// # client.create_connection(&body).await?;
    /// use flow_client::{Property, Query};
    ///
    /// let query = Query::new()
    ///     .property(Property::eq("connectionSpec.id", "38ad80fe-8b06-4938-94f4-d4ee80266b07"))
    ///     .property(r#"name!="Dynamics US""#);
    /// let found = client.list_connections(&query).await?;
    /// assert_eq!(found.len(), 1);
    /// assert_eq!(found[0].name, "Dynamics EU");
    /// # Ok(())
    /// # }
    /// ```
    pub fn property(mut self, property: impl Into<Property>) -> Self {
        self.properties.push(property.into());
        self
    }

    /// Orders by a field: `name` or `+name` ascending, `-name` descending.
    ///
    /// # Examples
    ///
    /// ```
    /// # flow_client::connection_specs!("../specs/dynamics-online.json");
    /// # fn auth() -> DynamicsOnlineAuth {
    /// #     DynamicsOnlineAuth {
    /// #         service_uri: "https://contoso.crm.dynamics.com".into(),
    /// #         username: "ann@contoso.com".into(),
    /// #         password: "pa55w0rd".into(),
    /// #     }
    /// # }
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// # let body = flow_client::CreateConnection::new("Alpha", auth())?;
    /// # client.create_connection(&body).await?;
    /// # let body = flow_client::CreateConnection::new("Beta", auth())?;
    /// # client.create_connection(&body).await?;
    /// use flow_client::Query;
    ///
    /// let descending = client.list_connections(&Query::new().order_by("-name")).await?;
    /// assert_eq!(descending[0].name, "Beta");
    /// # Ok(())
    /// # }
    /// ```
    pub fn order_by(mut self, field: impl Into<String>) -> Self {
        self.order_by = Some(field.into());
        self
    }

    /// Sets how many items one page holds. Lists still follow every page; take fewer items
    /// from the stream to stop early.
    ///
    /// # Examples
    ///
    /// ```
    /// # flow_client::connection_specs!("../specs/dynamics-online.json");
    /// # fn auth() -> DynamicsOnlineAuth {
    /// #     DynamicsOnlineAuth {
    /// #         service_uri: "https://contoso.crm.dynamics.com".into(),
    /// #         username: "ann@contoso.com".into(),
    /// #         password: "pa55w0rd".into(),
    /// #     }
    /// # }
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), flow_client::Error> {
    /// # let specs = concat!(env!("CARGO_MANIFEST_DIR"), "/../specs");
    /// # let emulator = flow_emulator::Emulator::new(specs).start().await.unwrap();
    /// # let login = emulator.credentials();
    /// # let client = flow_client::FlowClient::builder()
    /// #     .base_url(emulator.base_url())
    /// #     .access_token(login.access_token.as_str().into())
    /// #     .api_key(login.client_id.as_str())
    /// #     .org_id(login.org_id.as_str())
    /// #     .build()?;
    /// # let body = flow_client::CreateConnection::new("Dynamics 1", auth())?;
    /// # client.create_connection(&body).await?;
    /// # let body = flow_client::CreateConnection::new("Dynamics 2", auth())?;
    /// # client.create_connection(&body).await?;
    /// # let body = flow_client::CreateConnection::new("Dynamics 3", auth())?;
    /// # client.create_connection(&body).await?;
    /// use flow_client::Query;
    ///
    /// // Three pages of one connection each, all read.
    /// let all = client.list_connections(&Query::new().limit(1)).await?;
    /// assert_eq!(all.len(), 3);
    /// # Ok(())
    /// # }
    /// ```
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// The filters, in the order they were added.
    ///
    /// # Examples
    ///
    /// ```
    /// use flow_client::{Property, Query};
    ///
    /// let query = Query::new()
    ///     .property(Property::eq("state", "enabled"))
    ///     .property("createdAt>0");
    /// let sent: Vec<&str> = query.properties().iter().map(Property::as_str).collect();
    /// assert_eq!(sent, [r#"state=="enabled""#, "createdAt>0"]);
    /// ```
    pub fn properties(&self) -> &[Property] {
        &self.properties
    }

    /// Appends the query parameters to `url`; a count sends only the filters, because Flow
    /// Service refuses `limit` together with `count` (1401-400).
    pub(crate) fn apply(&self, url: &mut Url, count: bool) {
        let mut pairs = url.query_pairs_mut();
        for property in &self.properties {
            pairs.append_pair("property", property.as_str());
        }
        if count {
            pairs.append_pair("count", "true");
            return;
        }
        if let Some(order_by) = &self.order_by {
            pairs.append_pair("orderby", order_by);
        }
        if let Some(limit) = self.limit {
            pairs.append_pair("limit", &limit.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applied(query: &Query, count: bool) -> String {
        let mut url = Url::parse("http://127.0.0.1/connections").unwrap();
        query.apply(&mut url, count);
        url.query().unwrap_or_default().to_owned()
    }

    #[test]
    fn encodes_filters_order_and_limit() {
        let query = Query::new()
            .property(Property::eq("name", "a b"))
            .property("state==\"enabled\"")
            .order_by("+name")
            .limit(5);

        assert_eq!(
            applied(&query, false),
            "property=name%3D%3D%22a+b%22&property=state%3D%3D%22enabled%22\
             &orderby=%2Bname&limit=5"
        );
    }

    #[test]
    fn a_count_sends_only_the_filters() {
        let query = Query::new().property(Property::eq("name", "x")).limit(5);

        assert_eq!(
            applied(&query, true),
            "property=name%3D%3D%22x%22&count=true"
        );
    }

    #[test]
    fn quotes_in_values_are_escaped() {
        assert_eq!(
            Property::eq("name", r#"say "hi""#).as_str(),
            r#"name=="say \"hi\"""#
        );
    }
}
