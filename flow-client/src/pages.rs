//! Lists that span several pages, read as one stream.

use std::collections::HashSet;

use futures_core::Stream;
use serde::de::DeserializeOwned;
use url::Url;

use crate::client::FlowClient;
use crate::error::Error;
use crate::wire::Items;

/// Every item of a list, page after page: each page's `_links.next.href` is followed until a
/// page has none. A `first` that is an error is the stream's only item.
pub(crate) fn items<T>(
    client: FlowClient,
    first: Result<Url, Error>,
    what: &'static str,
) -> impl Stream<Item = Result<T, Error>> + Send + 'static
where
    T: DeserializeOwned + Send + 'static,
{
    async_stream::try_stream! {
        let mut url = first?;
        let mut seen = HashSet::new();
        loop {
            let answer = client.get(url.clone()).await?;
            let page: Items<T> = answer.json(what)?;
            for item in page.items {
                yield item;
            }

            let Some(next) = page.links.and_then(|links| links.next) else {
                break;
            };
            url = client.resolve_link(&next.href)?;
            if !seen.insert(url.clone()) {
                Err(Error::pagination_loop())?;
            }
        }
    }
}
