//! The README as a front door and the docs behind it, against the files they
//! describe: short enough to read in five minutes, two commands that exist,
//! every doc linked and saying what it is for, every link and every path named
//! present. What needs a browser (the snippets, the options and events tables,
//! the port) is checked in tests/browser/readme.test.mjs.

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every Markdown page of the docs: the README, the CHANGELOG and docs/*.md.
fn pages() -> Vec<String> {
    let mut docs: Vec<String> = fs::read_dir(root().join("docs"))
        .expect("a docs folder")
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".md"))
        .map(|n| format!("docs/{n}"))
        .collect();
    docs.sort();
    assert!(docs.len() >= 7, "docs: {docs:?}");
    [vec!["README.md".to_string(), "CHANGELOG.md".to_string()], docs].concat()
}

/// The targets of a page's relative links and images: `](target)` and `src="target"`.
fn relative_links(text: &str) -> Vec<String> {
    let mut links = Vec::new();
    for (open, close) in [("](", ')'), ("src=\"", '"')] {
        let mut rest = text;
        while let Some((_, tail)) = rest.split_once(open) {
            let (target, after) = tail.split_once(close).unwrap_or((tail, ""));
            rest = after;
            if !target.contains("://") && !target.is_empty() {
                let (file, anchor) = target.split_once('#').unwrap_or((target, ""));
                // A link within the page names one of its headings.
                if file.is_empty() {
                    let heading = text.lines().filter(|l| l.starts_with('#')).any(|l| {
                        let slug: String = l.trim_start_matches('#').trim().to_lowercase().chars().filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-').collect();
                        slug.replace(' ', "-") == anchor
                    });
                    assert!(heading, "a link to #{anchor}, which no heading of its page is");
                }
                links.push(file.to_string());
            }
        }
    }
    links
}

#[test]
fn the_readme_is_a_front_door_of_at_most_150_lines() {
    let readme = read("README.md");
    let lines = readme.lines().count();
    assert!(lines <= 150, "the README has {lines} lines");
    // In this order: what it is, with its picture; the commands; the snippet;
    // the options, the API and the events; the iframe and the kiosk; the code; the rest.
    let order = ["docs/desktop.png", "## Two commands", "## Embed it", "## Options", "## API", "## Events", "## As an iframe, and on a kiosk", "## Layout of the code", "## More"];
    let at: Vec<usize> = order.iter().map(|h| readme.find(h).unwrap_or_else(|| panic!("the README has {h}"))).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "the README's sections are in the order {order:?}");
}

#[test]
fn the_readme_gives_two_commands_and_both_exist() {
    let readme = read("README.md");
    let section = readme.split("## Two commands").nth(1).unwrap();
    let block = section.split("```sh\n").nth(1).unwrap().split("```").next().unwrap();
    let commands: Vec<&str> = block.lines().map(|l| l.split('#').next().unwrap().trim()).collect();
    assert_eq!(commands, ["scripts/serve", "scripts/test"]);
    for c in &commands {
        let meta = fs::metadata(root().join(c)).unwrap_or_else(|e| panic!("{c}: {e}"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert!(meta.permissions().mode() & 0o111 != 0, "{c} is executable");
        }
        assert!(meta.is_file());
    }
    assert!(read(".ci/run").lines().any(|l| l.trim() == "exec scripts/test"), "CI runs the README's test command");
}

#[test]
fn the_readme_links_every_doc_and_each_says_what_it_is_for() {
    let readme = read("README.md");
    for page in pages().iter().skip(1) {
        assert!(readme.contains(&format!("]({page})")), "the README links {page}");
        let text = read(page);
        let mut lines = text.lines();
        let title = lines.next().unwrap_or_default();
        assert!(title.starts_with("# "), "{page} opens with a title: {title:?}");
        assert_eq!(lines.next(), Some(""), "{page}: a blank line after the title");
        let opening = lines.next().unwrap_or_default();
        assert!(opening.starts_with("For ") || opening.starts_with("What "), "{page} opens with what it is for: {opening:?}");
    }
}

#[test]
fn every_link_and_picture_in_the_readme_and_the_docs_is_there() {
    for page in pages() {
        let text = read(&page);
        let dir = Path::new(&page).parent().unwrap();
        for link in relative_links(&text) {
            if link.is_empty() {
                continue;
            }
            let target = root().join(dir).join(&link);
            assert!(target.exists(), "{page} links {link}, which is not there");
            if link.ends_with(".png") {
                let size = fs::metadata(&target).unwrap().len();
                assert!(size < 150_000, "{link} is {size} bytes");
            }
        }
    }
}

#[test]
fn every_file_the_readme_and_the_docs_name_is_there() {
    // What the build makes (www/pkg, www/kiosk/, www/extra, www/fallback) and
    // target/ are not in a fresh clone; everything else named is.
    let prefixes = ["src/", "crates/", "tests/", "scripts/", "data/", "examples/", "bench/", "docs/", "www/", ".ci/"];
    let built = ["www/pkg", "www/kiosk/", "www/extra", "www/fallback"];
    let mut named = 0;
    for page in pages() {
        let text = read(&page);
        for (k, piece) in text.split('`').enumerate() {
            if k % 2 == 0 || !prefixes.iter().any(|p| piece.starts_with(p)) || built.iter().any(|b| piece.starts_with(b)) {
                continue;
            }
            // `www/serve.mjs 8080`, `src/web/` (`mod.rs` …): the path is the first word.
            let path = piece.split_whitespace().next().unwrap().trim_end_matches([',', ':', ')']);
            if path.contains(['*', '<', '{']) {
                continue;
            }
            named += 1;
            assert!(root().join(path).exists(), "{page} names {path}, which is not there");
        }
    }
    assert!(named > 50, "only {named} paths were looked at");
}
