//! Linear scales from data values to pixels, each with its inverse.

/// Maps `domain` linearly onto `range` (pixels). Both directions live here.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl LinearScale {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> LinearScale {
        LinearScale { domain, range }
    }

    /// Value to pixel. A zero-width domain maps everything to the range start.
    pub fn to_px(&self, value: f64) -> f64 {
        let span = self.domain.1 - self.domain.0;
        if span == 0.0 {
            return self.range.0;
        }
        self.range.0 + (value - self.domain.0) / span * (self.range.1 - self.range.0)
    }

    /// Pixel to value; `None` outside the range, as with plotters' reverse translation.
    pub fn to_value(&self, px: f64) -> Option<f64> {
        let (lo, hi) = if self.range.0 <= self.range.1 { self.range } else { (self.range.1, self.range.0) };
        if !(lo..=hi).contains(&px) || self.range.0 == self.range.1 {
            return None;
        }
        Some(self.domain.0 + (px - self.range.0) / (self.range.1 - self.range.0) * (self.domain.1 - self.domain.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_values_to_pixels_and_back() {
        let s = LinearScale::new((0.0, 2000.0), (100.0, 500.0));
        assert_eq!(s.to_px(0.0), 100.0);
        assert_eq!(s.to_px(2000.0), 500.0);
        assert_eq!(s.to_px(156.0), 131.2);
        for v in [0.0, 156.0, 999.5, 2000.0] {
            let back = s.to_value(s.to_px(v)).unwrap();
            assert!((back - v).abs() < 1e-9, "{v} came back as {back}");
        }
    }

    #[test]
    fn outside_the_range_is_none() {
        let s = LinearScale::new((0.0, 10.0), (20.0, 120.0));
        assert_eq!(s.to_value(19.9), None);
        assert_eq!(s.to_value(120.1), None);
        assert_eq!(s.to_value(70.0), Some(5.0));
    }

    #[test]
    fn an_empty_domain_does_not_divide_by_zero() {
        let s = LinearScale::new((5.0, 5.0), (0.0, 100.0));
        assert_eq!(s.to_px(5.0), 0.0);
    }
}
