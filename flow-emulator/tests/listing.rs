//! `GET /connections`: filters, sorting, counting and paging.

#![allow(clippy::unwrap_used)]

mod support;

use std::time::Duration;

use flow_emulator::Emulator;
use reqwest::StatusCode;
use serde_json::{Value, json};
use support::{Api, DYNAMICS_AUTH, DYNAMICS_ID, SPECS, assert_service_error};

fn names(body: &Value) -> Vec<String> {
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item["name"].as_str().unwrap().to_owned())
        .collect()
}

async fn with_three() -> (Api, Vec<String>) {
    let api = Api::start().await;
    let mut ids = Vec::new();
    for name in ["bravo", "alpha", "charlie"] {
        ids.push(api.create_dynamics(name, "hunter2").await.0);
        // Distinct creation times, so that time filters can tell the three apart.
        tokio::time::sleep(Duration::from_millis(3)).await;
    }
    (api, ids)
}

#[tokio::test]
async fn paging_through_120_connections_by_50_follows_relative_links() {
    let api = Api::start().await;
    for index in 0..120 {
        api.create_dynamics(&format!("connection {index:03}"), "hunter2")
            .await;
    }

    let mut path = "/connections".to_owned();
    let mut pages = Vec::new();
    let mut seen = Vec::new();
    loop {
        let (status, body) = api.get(&path).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        pages.push(body["items"].as_array().unwrap().len());
        seen.extend(names(&body));

        match body["_links"]["next"]["href"].as_str() {
            Some(href) => {
                assert!(
                    href.starts_with("/connections?continuationToken="),
                    "{href}"
                );
                path = href.to_owned();
            }
            None => break,
        }
    }

    assert_eq!(pages, [50, 50, 20]);
    let expected: Vec<String> = (0..120)
        .map(|index| format!("connection {index:03}"))
        .collect();
    assert_eq!(seen, expected);
}

#[tokio::test]
async fn limit_and_the_default_page_size_cut_pages() {
    let api = Api::with(Emulator::new(SPECS).with_page_size(2)).await;
    for name in ["a", "b", "c"] {
        api.create_dynamics(name, "hunter2").await;
    }

    let (_, body) = api.get("/connections").await;
    assert_eq!(names(&body), ["a", "b"]);
    assert!(body["_links"]["next"]["href"].is_string());

    let (_, body) = api.get("/connections?limit=3").await;
    assert_eq!(names(&body), ["a", "b", "c"]);
    assert!(body.get("_links").is_none(), "{body}");

    let (_, body) = api.get("/connections?limit=1&orderby=-name").await;
    assert_eq!(names(&body), ["c"]);
    let next = body["_links"]["next"]["href"].as_str().unwrap().to_owned();
    let (_, body) = api.get(&next).await;
    assert_eq!(
        names(&body),
        ["b"],
        "the token keeps the order and the limit"
    );
}

#[tokio::test]
async fn filters_select_by_name_id_spec_state_time_and_auth() {
    let (api, ids) = with_three().await;
    let created_at = api.emulator.connections().await[1].created_at.unwrap();

    let cases = [
        ("property=name==%22alpha%22".to_owned(), vec!["alpha"]),
        (
            "property=name!=%22alpha%22".to_owned(),
            vec!["bravo", "charlie"],
        ),
        (
            "property=name==alpha,charlie".to_owned(),
            vec!["alpha", "charlie"],
        ),
        (format!("property=id=={}", ids[2]), vec!["charlie"]),
        (
            format!("property=connectionSpec.id=={DYNAMICS_ID}"),
            vec!["bravo", "alpha", "charlie"],
        ),
        ("property=connectionSpec.id==%22other%22".to_owned(), vec![]),
        (
            "property=state==enabled".to_owned(),
            vec!["bravo", "alpha", "charlie"],
        ),
        (
            format!("property=createdAt>={created_at}"),
            vec!["alpha", "charlie"],
        ),
        (format!("property=createdAt<{created_at}"), vec!["bravo"]),
        (
            format!("property=auth.specName==%22{DYNAMICS_AUTH}%22&property=name>%22b%22"),
            vec!["bravo", "charlie"],
        ),
        (
            "property=name>=%22b%22&property=name<=%22bz%22".to_owned(),
            vec!["bravo"],
        ),
    ];

    for (query, expected) in cases {
        let (status, body) = api.get(&format!("/connections?{query}")).await;
        assert_eq!(status, StatusCode::OK, "{query}: {body}");
        assert_eq!(names(&body), expected, "{query}");
    }
}

#[tokio::test]
async fn orderby_sorts_by_name_or_time_both_ways() {
    let (api, _) = with_three().await;

    for (order, expected) in [
        ("name", ["alpha", "bravo", "charlie"]),
        ("%2Bname", ["alpha", "bravo", "charlie"]),
        ("-name", ["charlie", "bravo", "alpha"]),
        ("createdAt", ["bravo", "alpha", "charlie"]),
        ("-createdAt", ["charlie", "alpha", "bravo"]),
    ] {
        let (_, body) = api.get(&format!("/connections?orderby={order}")).await;
        assert_eq!(names(&body), expected, "{order}");
    }
}

#[tokio::test]
async fn count_answers_only_the_number() {
    let (api, _) = with_three().await;

    let (status, body) = api.get("/connections?count=true").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!({"count": 3}));

    let (_, body) = api
        .get("/connections?count=true&property=name!=alpha")
        .await;
    assert_eq!(body, json!({"count": 2}));

    let (status, body) = api.get("/connections?count=true&limit=2").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_service_error(&body, "1401-400");
}

#[tokio::test]
async fn bad_queries_are_400() {
    let api = Api::start().await;

    for query in [
        "property=name",
        "property=name==%22open",
        "limit=0",
        "limit=abc",
        "limit=340282366920938463463374607431768211456",
        "orderby=na%20me",
        "continuationToken=nonsense",
        "count=maybe",
    ] {
        let (status, body) = api.get(&format!("/connections?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_service_error(&body, "1100-400");
    }
}
