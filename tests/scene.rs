//! Scenes as a reader meets them: everything inside the canvas, no text on top of
//! other text, and every pickable region answering with the figure drawn there.

use zones_infographic::scene::layout::layout_slide;
use zones_infographic::scene::look::Look;
use zones_infographic::scene::{Align, Mark, Scene};
use zones_infographic::story::{explain, Target};
use zones_infographic::story::lang::Lang;

const WIDTHS: [f64; 6] = [280.0, 375.0, 520.0, 768.0, 1280.0, 1920.0];

fn every_scene(mut check: impl FnMut(&str, f64, Lang, &Scene)) {
    let data = zones_infographic::dataset();
    let look = Look::default();
    for lang in [Lang::Zh, Lang::En] {
        for w in WIDTHS {
            for (i, slide) in data.slides.iter().enumerate() {
                let scene = layout_slide(&data, i, w, lang, &look).unwrap();
                check(&slide.id, w, lang, &scene);
            }
        }
    }
}

#[test]
fn every_text_lies_inside_the_canvas() {
    every_scene(|id, w, lang, scene| {
        assert_eq!(scene.width, w);
        for b in scene.marks.iter().filter_map(Mark::text_box) {
            assert!(b.x >= 0.0 && b.right() <= scene.width + 0.5, "{id} at {w}px {lang:?}: text box {b:?} leaves the canvas");
            assert!(b.y >= 0.0 && b.bottom() <= scene.height, "{id} at {w}px {lang:?}: text box {b:?} below the canvas");
        }
    });
}

#[test]
fn no_text_overlaps_other_text() {
    every_scene(|id, w, lang, scene| {
        let boxes: Vec<_> = scene.marks.iter().filter_map(|m| m.text_box().map(|b| (b, m))).collect();
        for (i, (a, ma)) in boxes.iter().enumerate() {
            for (b, mb) in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "{id} at {w}px {lang:?}: {ma:?} overlaps {mb:?}");
            }
        }
    });
}

#[test]
fn pickable_regions_do_not_overlap() {
    every_scene(|id, w, lang, scene| {
        for (i, a) in scene.hits.iter().enumerate() {
            for b in &scene.hits[i + 1..] {
                assert!(!a.rect.overlaps(&b.rect), "{id} at {w}px {lang:?}: {:?} overlaps {:?}", a.target, b.target);
            }
        }
    });
}

#[test]
fn pickable_regions_are_at_least_44_px_square() {
    every_scene(|id, w, lang, scene| {
        let mut short = 0;
        for h in &scene.hits {
            match h.outline {
                // A figure written inline in a title: 44 px where the lines above
                // and below leave room, and never less than its text's line
                // (WCAG 2.5.8 exempts inline targets; its figure is a tile too).
                Some(text) => {
                    assert!(h.rect.w >= 44.0 && h.rect.h >= text.h && h.rect.h >= 24.0, "{id} at {w}px {lang:?}: {:?} is {}x{}", h.target, h.rect.w, h.rect.h);
                    if h.rect.h < 44.0 {
                        short += 1;
                        let target = &h.target;
                        assert!(scene.hits.iter().any(|o| o.outline.is_none() && &o.target == target), "{id} at {w}px {lang:?}: {target:?} is short and pickable nowhere else");
                    }
                }
                None => assert!(h.rect.h >= 44.0 && h.rect.w >= 44.0, "{id} at {w}px {lang:?}: {:?} is {}x{}", h.target, h.rect.w, h.rect.h),
            }
        }
        assert!(short <= 1, "{id} at {w}px {lang:?}: {short} title figures are under 44 px");
    });
}

#[test]
fn the_centre_of_every_region_picks_its_own_target() {
    every_scene(|id, w, _, scene| {
        for h in &scene.hits {
            let (x, y) = (h.rect.x + h.rect.w / 2.0, h.rect.y + h.rect.h / 2.0);
            assert_eq!(scene.hit(x, y).map(|found| &found.target), Some(&h.target), "{id} at {w}px");
        }
    });
}

#[test]
fn a_bar_picks_the_figure_it_draws() {
    let data = zones_infographic::dataset();
    let look = Look::default();
    let scene = layout_slide(&data, 4, 720.0, Lang::Zh, &look).unwrap();
    // The first filled mark in Alxa's colour is the bar of its 9 study sessions.
    let bar = scene
        .marks
        .iter()
        .find_map(|m| match m {
            Mark::Fill { rect, color } if *color == look.zones[1] && rect.h > 10.0 => Some(*rect),
            _ => None,
        })
        .unwrap();
    let hit = scene.hit(bar.x + bar.w / 2.0, bar.y + bar.h / 2.0).unwrap();
    assert_eq!(hit.target, Target::Figure("al-group-study".into()));
    let ex = explain(&data, &hit.target, Lang::Zh).unwrap();
    assert_eq!(ex.headline, "9次");
    assert!(ex.quote.unwrap().contains("党组理论学习中心组学习9次"));
    assert!(ex.source.contains("为优化营商环境注入「红色」动能") && ex.source.contains("刘丽娜 刘沛娜"));
}

#[test]
fn every_bar_axis_holds_one_measure_of_one_group_over_one_period() {
    // The bars a reader sees on one axis: the dataset's rule, on the file as
    // read (groups are kept by the build, not baked).
    let data = &zones_infographic::data::read::from_json(zones_infographic::data::SOURCE_JSON, zones_infographic::data::SOURCE).unwrap();
    let mut axes = 0;
    for slide in data.slides.iter() {
        for block in slide.blocks.iter() {
            if let zones_infographic::data::BlockSpec::Bars { figures, .. } = block {
                let bars: Vec<_> = figures.iter().map(|id| data.figure(id).unwrap()).collect();
                for f in &bars[1..] {
                    assert!(f.group.get().is_some(), "{}: {} has its group", slide.id, f.id);
                    assert_eq!((&f.measure, &f.group, &f.period), (&bars[0].measure, &bars[0].group, &bars[0].period), "{}: {} beside {}", slide.id, f.id, bars[0].id);
                    assert!(f.period.is_some(), "{}: {} states no period", slide.id, f.id);
                }
                axes += 1;
            }
        }
    }
    assert!(axes >= 1, "the Alxa bureau's study sessions are drawn as bars");
}

#[test]
fn the_hatching_key_says_more_than_not_at_least() {
    // 余 and 超 mean "more than". No bar of the story is hedged today, so the
    // key is checked on a copy whose Alxa bars hedge one number.
    let mut data = zones_infographic::dataset().clone();
    let mut figures = data.figures.to_vec();
    let f = figures.iter_mut().find(|f| f.id == "al-branch-study").unwrap();
    f.qualifier = zones_infographic::data::Qualifier::MoreThan;
    f.written = "7余次".into();
    data.figures = figures.into();
    let slide = data.slides.iter().position(|s| s.blocks.iter().any(|b| matches!(b, zones_infographic::data::BlockSpec::Bars { .. }))).unwrap();
    for lang in [Lang::Zh, Lang::En] {
        let scene = layout_slide(&data, slide, 720.0, lang, &Look::default()).unwrap();
        let texts: Vec<&str> = scene.marks.iter().filter_map(|m| if let Mark::Text { text, .. } = m { Some(text.as_str()) } else { None }).collect();
        let key = texts.iter().find(|t| t.contains("斜纹") || t.contains("Hatching")).unwrap_or_else(|| panic!("{lang:?}: no key for the hatching: {texts:?}"));
        assert!(key.contains("多于") || key.contains("more than"), "{key}");
        assert!(!key.contains("至少") && !key.contains("at least"), "{key}");
    }
}

#[test]
fn outside_every_region_nothing_is_picked() {
    every_scene(|_, _, _, scene| {
        assert!(scene.hit(-1.0, -1.0).is_none());
        assert!(scene.hit(scene.width + 1.0, 10.0).is_none());
        // The padding above the slide carries no figure.
        assert!(scene.hit(scene.width / 2.0, 2.0).is_none());
    });
}

#[test]
fn every_figure_on_a_slide_is_pickable_and_explained_with_its_quote() {
    let data = zones_infographic::dataset();
    let look = Look::default();
    let mut seen = std::collections::HashSet::new();
    for i in 0..data.slides.len() {
        let scene = layout_slide(&data, i, 375.0, Lang::Zh, &look).unwrap();
        for h in &scene.hits {
            let ex = explain(&data, &h.target, Lang::Zh).unwrap();
            if let Target::Figure(id) = &h.target {
                seen.insert(id.clone());
                let f = data.figure(id).unwrap();
                assert_eq!(ex.headline, f.written);
                assert_eq!(ex.quote.as_deref(), Some(&*format!("“{}”", f.quote)), "the article's sentence, quoted");
                assert!(!ex.derived);
            }
            if let Target::Ratio { .. } = &h.target {
                assert!(ex.derived, "a computed value is marked derived");
            }
        }
    }
    // Every figure the story shows can be picked somewhere.
    assert!(seen.len() >= 20, "only {} figures are pickable", seen.len());
}

#[test]
fn derived_values_are_labelled_where_they_are_drawn() {
    let data = zones_infographic::dataset();
    let scene = layout_slide(&data, 2, 720.0, Lang::Zh, &Look::default()).unwrap();
    let texts: Vec<&str> = scene.marks.iter().filter_map(|m| if let Mark::Text { text, .. } = m { Some(text.as_str()) } else { None }).collect();
    assert!(texts.contains(&"约19户"), "8813 ÷ 463 is shown rounded, without false precision: {texts:?}");
    assert!(texts.iter().filter(|t| **t == "本图计算").count() == 1, "the ratio is marked derived");
    // Smaller and quieter than the reported figure it comes from.
    let style = |wanted: &str| {
        scene.marks.iter().find_map(|m| match m {
            Mark::Text { text, size, bold, color, .. } if text == wanted => Some((*size, *bold, *color)),
            _ => None,
        })
    };
    let (reported, derived) = (style("463").unwrap(), style("约19户").unwrap());
    assert!(derived.0 < reported.0 && !derived.1 && reported.1, "463 is {reported:?}, the derived 约19户 {derived:?}");
    assert_eq!(derived.2, Look::default().muted, "the derived value is in the muted ink");
}

#[test]
fn not_reported_is_said_in_words_never_drawn_as_zero() {
    let data = zones_infographic::dataset();
    let scene = layout_slide(&data, 0, 720.0, Lang::Zh, &Look::default()).unwrap();
    let texts: Vec<&str> = scene.marks.iter().filter_map(|m| if let Mark::Text { text, .. } = m { Some(text.as_str()) } else { None }).collect();
    let not_reported = data.coverage.iter().filter(|c| c.status == zones_infographic::data::Status::NotReported).count();
    assert_eq!(texts.iter().filter(|t| **t == "未报道").count(), not_reported);
    assert!(!texts.iter().any(|t| t.starts_with('0')), "no zero is drawn");
}

/// The colour under the middle of a text mark: the last fill drawn before it
/// that contains that point, or the paper.
fn ground_under(scene: &Scene, index: usize) -> zones_infographic::scene::Color {
    let b = scene.marks[index].text_box().unwrap();
    let (cx, cy) = (b.x + b.w / 2.0, b.y + b.h / 2.0);
    scene.marks[..index]
        .iter()
        .rev()
        .find_map(|m| match m {
            Mark::Fill { rect, color } if rect.contains(cx, cy) => Some(*color),
            _ => None,
        })
        .unwrap_or(scene.background)
}

#[test]
fn all_text_has_at_least_4_5_to_1_contrast_in_both_looks() {
    use zones_infographic::scene::look::contrast;
    let data = zones_infographic::dataset();
    for look in [Look::light(), Look::dark()] {
        for lang in [Lang::Zh, Lang::En] {
            for i in 0..data.slides.len() {
                let scene = layout_slide(&data, i, 375.0, lang, &look).unwrap();
                for (k, m) in scene.marks.iter().enumerate() {
                    if let Mark::Text { text, color, .. } = m {
                        let ground = ground_under(&scene, k);
                        let ratio = contrast(*color, ground);
                        assert!(ratio >= 4.5, "slide {i} {lang:?}: {text:?} has contrast {ratio:.2} ({color:?} on {ground:?})");
                    }
                }
            }
        }
    }
}

/// The paragraphs of a scene, in order: runs of text marks one under another
/// at the same place, size and weight; each is its lines.
fn paragraphs(scene: &Scene) -> Vec<(f64, bool, Vec<&str>)> {
    let mut out: Vec<(f64, bool, Vec<&str>)> = Vec::new();
    let mut last: Option<(f64, f64, f64, bool)> = None;
    for m in &scene.marks {
        let Mark::Text { x, y, text, size, bold, .. } = m else { continue };
        let next_line = last.is_some_and(|(lx, ly, ls, lb)| lx == *x && ls == *size && lb == *bold && (y - ly - (size * 1.4).round()).abs() < 0.5);
        match out.last_mut() {
            Some(p) if next_line => p.2.push(text),
            _ => out.push((*size, *bold, vec![text])),
        }
        last = Some((*x, *y, *size, *bold));
    }
    out
}

fn is_wide(c: char) -> bool {
    ('\u{3400}'..='\u{9fff}').contains(&c)
}

#[test]
fn no_line_breaks_inside_a_name_an_unbreakable_word_or_a_number_with_its_unit() {
    let data = zones_infographic::dataset();
    let mut words: Vec<String> = data.unbreakable.iter().map(|w| w.to_string()).collect();
    words.extend(data.zones.iter().map(|z| z.name.zh.to_string()));
    for a in data.articles.iter() {
        words.extend(a.byline.iter().chain(a.byline_en.iter()).map(|n| n.to_string()));
    }
    // Line breaks looked at, in Chinese and in English.
    let mut breaks = [0usize; 2];
    every_scene(|id, w, lang, scene| {
        for (_, _, lines) in paragraphs(scene) {
            for pair in lines.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                breaks[usize::from(lang == Lang::En)] += 1;
                let at = format!("{id} at {w}px {lang:?}: \"{a}\" / \"{b}\"");
                for word in &words {
                    for (k, _) in word.char_indices().skip(1) {
                        assert!(!(a.ends_with(&word[..k]) && b.starts_with(&word[k..])), "{word} is broken: {at}");
                    }
                }
                let end: Vec<char> = a.chars().rev().take(2).collect();
                let first = b.chars().next().unwrap();
                let number_ends = end[0].is_ascii_digit() || (matches!(end[0], '余' | '多' | '+') && end.get(1).is_some_and(char::is_ascii_digit));
                assert!(!(number_ends && (is_wide(first) || first.is_ascii_alphabetic())), "a number is parted from its unit: {at}");
                assert!(!(matches!(end[0], '约' | '近' | '超' | '≈') && first.is_ascii_digit()), "a hedge is parted from its number: {at}");
            }
        }
    });
    // Today 203 in Chinese and 466 in English.
    assert!(breaks[0] > 150 && breaks[1] > 400, "line breaks looked at (zh, en): {breaks:?}");
}

#[test]
fn titles_and_decks_end_on_more_than_one_character_or_word() {
    // Titles and decks that ran over more than one line, in Chinese and in English.
    let mut looked = [0usize; 2];
    every_scene(|id, w, lang, scene| {
        // The kicker, the title and the deck are the first three paragraphs.
        for (_, _, lines) in paragraphs(scene).into_iter().skip(1).take(2) {
            let [.., _, last] = lines[..] else { continue };
            looked[usize::from(lang == Lang::En)] += 1;
            let ok = match lang {
                Lang::Zh => last.chars().filter(|c| is_wide(*c)).count() >= 2,
                Lang::En => last.trim().contains(' '),
            };
            assert!(ok, "{id} at {w}px {lang:?}: the last line \"{last}\" of {lines:?} stands alone");
        }
    });
    // Today 31 in Chinese and 52 in English.
    assert!(looked[0] > 25 && looked[1] > 40, "titles and decks over more than one line (zh, en): {looked:?}");
}

#[test]
fn a_figure_a_title_writes_is_pickable_there_with_its_quote() {
    // 8个驿站 is written in the title of slide 2 (and drawn as a tile below it).
    let data = zones_infographic::dataset();
    every_scene(|id, w, lang, scene| {
        if id != "gig-workers" {
            return;
        }
        let hit = scene.hits.iter().find(|h| h.target == Target::Figure("nc-stations".into()));
        let hit = hit.unwrap_or_else(|| panic!("{id} at {w}px {lang:?}: no region for 8个驿站"));
        // The region lies over the title's text, which writes the figure.
        let title = scene.marks.iter().filter_map(|m| m.text_box().map(|b| (b, m))).find(|(b, m)| {
            b.overlaps(&hit.rect) && matches!(m, Mark::Text { text, .. } if text.contains(if lang == Lang::Zh { "8个" } else { "8 " }))
        });
        assert!(title.is_some(), "{id} at {w}px {lang:?}: the region is not over the title's figure");
        let ex = explain(data, &hit.target, lang).unwrap();
        assert!(ex.quote.unwrap().contains("8个"));
    });
}

#[test]
fn figures_side_by_side_in_a_title_get_regions_that_do_not_overlap() {
    // A data editor may write figures next to each other, or close on one line.
    let mut data = zones_infographic::dataset().clone();
    let mut slides = data.slides.to_vec();
    slides[2].title.zh = "{nc-night-cadres}{nc-night-households}{nc-night-problems}".into();
    slides[2].title.en = "{nc-night-cadres}, {nc-night-households} and {nc-night-problems}".into();
    data.slides = slides.into();
    let look = Look::default();
    for lang in [Lang::Zh, Lang::En] {
        for w in (280..=1920).step_by(37) {
            let scene = layout_slide(&data, 2, w as f64, lang, &look).unwrap();
            let title: Vec<_> = scene.hits.iter().filter(|h| h.outline.is_some()).collect();
            assert_eq!(title.len(), 3, "{w}px {lang:?}");
            for (i, a) in scene.hits.iter().enumerate() {
                for b in &scene.hits[i + 1..] {
                    assert!(!a.rect.overlaps(&b.rect), "{w}px {lang:?}: {:?} {:?} overlaps {:?} {:?}", a.target, a.rect, b.target, b.rect);
                }
            }
            for h in &title {
                let text = h.outline.unwrap();
                assert!(h.rect.x <= text.x + 0.01 && h.rect.right() >= text.right() - 0.01, "{w}px {lang:?}: {:?} does not cover its text", h.target);
            }
        }
    }
}

#[test]
fn the_english_notes_name_missing_themes_in_prose() {
    let data = zones_infographic::dataset();
    let index = data.slides.iter().position(|s| s.id == "night-visits").expect("the night visits slide");
    for w in WIDTHS {
        let scene = layout_slide(&data, index, w, Lang::En, &Look::default()).unwrap();
        let note = paragraphs(&scene).into_iter().map(|(_, _, lines)| lines.join(" ")).find(|t| t.starts_with("Alxa Hi-tech Zone: nothing reported"));
        assert_eq!(note.as_deref(), Some("Alxa Hi-tech Zone: nothing reported on night visits to residents or residents' deliberation"), "{w}px");
    }
}

#[test]
fn the_coverage_cells_share_one_type_size_at_every_width() {
    // A count and its word ("6 figures") stand on two lines in a narrow column
    // rather than shrink below the other cells.
    let data = zones_infographic::dataset();
    for w in WIDTHS {
        for lang in [Lang::Zh, Lang::En] {
            let scene = layout_slide(&data, 0, w, lang, &Look::default()).unwrap();
            let cells: Vec<(f64, &str)> = scene
                .marks
                .iter()
                .filter_map(|m| match m {
                    Mark::Text { text, size, align: Align::Middle, .. } if ["figure", "text", "only", "not", "reported", "数字", "仅文字", "未报道"].iter().any(|k| text.contains(k)) => Some((*size, text.as_str())),
                    _ => None,
                })
                .collect();
            assert!(cells.len() >= 24, "{w}px {lang:?}: {cells:?}");
            assert!(cells.iter().all(|(s, _)| *s == cells[0].0), "{w}px {lang:?}: {cells:?}");
        }
    }
}

#[test]
fn a_count_of_points_in_a_speech_is_drawn_as_its_sentence_not_as_a_number() {
    // 会议强调…从3个方面着力: the forum's three points are not three things done.
    let data = zones_infographic::dataset();
    let index = data.slides.iter().position(|s| s.id == "thin-reports").expect("the thin reports slide");
    for lang in [Lang::Zh, Lang::En] {
        for w in WIDTHS {
            let scene = layout_slide(&data, index, w, lang, &Look::default()).unwrap();
            let texts: Vec<(&str, f64, bool)> = scene.marks.iter().filter_map(|m| if let Mark::Text { text, size, bold, .. } = m { Some((text.as_str(), *size, *bold)) } else { None }).collect();
            assert!(!texts.iter().any(|(t, _, bold)| *bold && t.trim() == "3"), "{w}px {lang:?}: the 3 stands alone as a big number");
            let sentence = paragraphs(&scene).into_iter().map(|(_, _, lines)| lines.concat()).find(|t| t.contains("3个方面") || t.contains("in 3 respects"));
            assert!(sentence.is_some(), "{w}px {lang:?}: the sentence with the 3 is drawn");
            assert!(scene.hits.iter().any(|h| h.target == Target::Figure("sz-focus-areas".into())), "{w}px {lang:?}: and can be picked");
        }
    }
    // The overview's cell says what the number is, in the look of words, not of counts.
    let scene = layout_slide(&data, 0, 720.0, Lang::Zh, &Look::default()).unwrap();
    let texts: Vec<&str> = scene.marks.iter().filter_map(|m| if let Mark::Text { text, .. } = m { Some(text.as_str()) } else { None }).collect();
    assert!(texts.contains(&"讲话要点") && !texts.contains(&"1个数字"), "{texts:?}");
    let ex = explain(&data, &Target::Coverage { zone: "suizhou".into(), theme: "party-organisation".into() }, Lang::En).unwrap();
    assert_eq!(ex.headline, "speech points");
}

#[test]
fn a_call_made_at_a_meeting_is_noted_as_a_call() {
    // 二是要…广泛开展“红色驿站”等特色活动: the forum called for it; no service is reported.
    let data = zones_infographic::dataset();
    let scene = layout_slide(&data, 1, 720.0, Lang::Zh, &Look::default()).unwrap();
    let notes: Vec<String> = paragraphs(&scene).into_iter().map(|(_, _, lines)| lines.concat()).collect();
    assert!(notes.iter().any(|t| t == "随州高新区：座谈会只提出要开展“红色驿站”等活动，未报道已提供的服务"), "{notes:?}");
    assert!(!notes.iter().any(|t| t.starts_with("随州高新区：新就业群体服务只有文字描述")), "{notes:?}");
    let ex = explain(&data, &Target::Coverage { zone: "suizhou".into(), theme: "new-employment".into() }, Lang::En).unwrap();
    assert!(ex.detail.contains("only called for"), "{}", ex.detail);
}

#[test]
fn no_reader_text_is_drawn_below_12_px_at_any_width() {
    every_scene(|id, w, lang, scene| {
        for m in &scene.marks {
            if let Mark::Text { size, text, .. } = m {
                assert!(*size >= 12.0, "{id} at {w}px {lang:?}: \"{text}\" at {size} px");
            }
        }
    });
}

/// The words (runs of Latin letters) a scene draws.
fn words(scene: &Scene) -> Vec<String> {
    let mut out = Vec::new();
    for m in &scene.marks {
        if let Mark::Text { text, .. } = m {
            out.extend(text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).map(String::from));
        }
    }
    out
}

#[test]
fn narrow_english_breaks_no_word_inside() {
    // Every word drawn at a phone's widths is a word the desktop layout draws
    // whole ("figur" and "es" are not).
    let data = zones_infographic::dataset();
    let look = Look::default();
    for (i, slide) in data.slides.iter().enumerate() {
        let wide = words(&layout_slide(&data, i, 1280.0, Lang::En, &look).unwrap());
        for w in [280.0, 294.0, 320.0, 375.0] {
            for word in words(&layout_slide(&data, i, w, Lang::En, &look).unwrap()) {
                assert!(wide.contains(&word), "{} at {w}px: \"{word}\" is part of a word", slide.id);
            }
        }
    }
}
