//! The layers below the story choose no words: the scene, render, interaction
//! and web code, the fallback page and the page's JavaScript hold no string or
//! character literal with Chinese text or punctuation (every word a reader
//! meets comes from the copy or the dataset), and name a language only as
//! state, at most four times. (A file's unit tests, its last module, may feed
//! it Chinese input.)

use std::fs;
use std::path::{Path, PathBuf};

/// The files of the layers below the story.
fn files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs: Vec<PathBuf> = ["src/scene", "src/render", "src/interact", "src/web", "www"].iter().map(PathBuf::from).collect();
    out.push(PathBuf::from("src/fallback.rs"));
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            let built = ["www/pkg", "www/kiosk", "www/fallback", "www/extra"].iter().any(|b| path.starts_with(b));
            if path.is_dir() && !built {
                dirs.push(path);
            } else if matches!(path.extension().and_then(|e| e.to_str()), Some("rs" | "js")) && !built {
                out.push(path);
            }
        }
    }
    out
}

/// A character of Chinese text or of its punctuation (CJK ideographs and
/// symbols, fullwidth forms, curly quotes).
fn is_chinese(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x9FFF | 0xFF00..=0xFFEF | 0x2018..=0x201F)
}

/// The line without its comment (`//` outside a literal), and whether a literal
/// in it holds Chinese text: the literals are read between quotes, as written.
fn chinese_literal(line: &str) -> Option<String> {
    let mut quote: Option<char> = None;
    let mut literal = String::new();
    let mut prev = ' ';
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match quote {
            None if c == '/' && chars.peek() == Some(&'/') => return None,
            None if c == '"' || c == '`' => quote = Some(c),
            // A Rust char literal (not a lifetime: one character then a quote).
            None if c == '\'' && !prev.is_alphanumeric() => quote = Some(c),
            None => {}
            Some(q) if c == q && prev != '\\' => {
                if literal.chars().any(is_chinese) {
                    return Some(literal);
                }
                literal.clear();
                quote = None;
            }
            Some(_) => literal.push(c),
        }
        prev = c;
    }
    None
}

#[test]
fn no_layer_below_the_story_writes_chinese_text() {
    let files = files();
    assert!(files.len() > 30, "only {} files found", files.len());
    let mut found = Vec::new();
    for path in &files {
        let text = fs::read_to_string(path).unwrap();
        // A file's unit tests (its last module) may feed it Chinese input.
        for (n, line) in text.lines().enumerate().take_while(|(_, l)| l.trim() != "#[cfg(test)]") {
            let trimmed = line.trim_start();
            if trimmed.starts_with("//") || trimmed.starts_with('*') || trimmed.starts_with("/*") {
                continue;
            }
            if let Some(literal) = chinese_literal(line) {
                found.push(format!("{}:{}: {literal}", path.display(), n + 1));
            }
        }
    }
    assert!(found.is_empty(), "Chinese text outside the story and the data:\n{}", found.join("\n"));
}

#[test]
fn the_scanner_finds_chinese_literals_and_skips_comments() {
    assert_eq!(chinese_literal(r#"let s = "下一页";"#).as_deref(), Some("下一页"));
    assert_eq!(chinese_literal("matches!(c, '，' | ',')").as_deref(), Some("，"));
    assert_eq!(chinese_literal("const x = `第${n}页`;").as_deref(), Some("第${n}页"));
    assert_eq!(chinese_literal(r#"let s = "Next"; // 下一页"#), None);
    assert_eq!(chinese_literal("fn f<'a>(x: &'a str) -> &'a str { x }"), None);
}

#[test]
fn the_layers_below_the_story_name_a_language_at_most_four_times() {
    let mentions: Vec<String> = files()
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .flat_map(|path| {
            let text = fs::read_to_string(path).unwrap();
            let name = path.display().to_string();
            text.lines()
                .enumerate()
                .filter(|(_, l)| !l.trim_start().starts_with("//") && (l.contains("Lang::Zh") || l.contains("Lang::En")))
                .map(|(n, l)| format!("{name}:{}: {}", n + 1, l.trim()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(mentions.len() <= 4, "{} mentions of a language:\n{}", mentions.len(), mentions.join("\n"));
    assert!(Path::new("src/story").is_dir());
}
