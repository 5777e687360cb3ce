//! The canvas bitmap's size policy: kept while the scene fits, grown with room
//! to spare, replaced when it would waste more than the scene's own area.

use zones_infographic::render::backing::Backing;

fn size(width: f64, height: f64) -> Backing {
    Backing { width, height }
}

#[test]
fn a_first_drawing_gets_a_bitmap_of_its_own_size() {
    assert_eq!(Backing::for_scene(None, 760.0, 814.0), size(760.0, 814.0));
    assert_eq!(Backing::for_scene(None, 759.5, 813.2), size(760.0, 814.0), "rounded up to whole CSS pixels");
}

#[test]
fn a_scene_that_fits_keeps_the_bitmap() {
    let current = size(760.0, 833.0);
    assert_eq!(Backing::for_scene(Some(current), 600.0, 833.0), current);
    assert_eq!(Backing::for_scene(Some(current), 760.0, 814.0), current);
    assert_eq!(Backing::for_scene(Some(current), 760.0, 833.0), current);
}

#[test]
fn a_bitmap_that_must_grow_gets_an_eighth_more_in_the_direction_that_grows() {
    let grown = Backing::for_scene(Some(size(760.0, 833.0)), 780.0, 800.0);
    assert_eq!(grown, size(855.0, 833.0));
    // The steps after it fit, until the spare room is used up.
    for width in [800.0, 820.0, 840.0, 855.0] {
        assert_eq!(Backing::for_scene(Some(grown), width, 800.0), grown);
    }
    // A jump of more than an eighth gets what it asks; a smaller one, an eighth.
    assert_eq!(Backing::for_scene(Some(grown), 1400.0, 900.0), size(1400.0, 938.0));
}

#[test]
fn a_much_smaller_scene_gets_a_smaller_bitmap() {
    let current = size(1920.0, 900.0);
    assert_eq!(Backing::for_scene(Some(current), 960.0, 900.0), current, "half the area is still kept");
    assert_eq!(Backing::for_scene(Some(current), 375.0, 1000.0), size(375.0, 1000.0));
    // Taller and much narrower: the kept width would waste most of the grown bitmap.
    assert_eq!(Backing::for_scene(Some(size(1920.0, 700.0)), 320.0, 1100.0), size(320.0, 1100.0));
}

#[test]
fn device_pixels_round_each_side() {
    assert_eq!(size(375.0, 705.0).device_pixels(3.0), (1125, 2115));
    assert_eq!(size(333.0, 701.0).device_pixels(1.5), (500, 1052));
}
