//! Reading a figure as the articles write it ("2000余人次", "近百场", "超90分钟")
//! into its qualifier, value and unit, so the stored value can be checked against it.

use super::schema::Qualifier;

/// A written figure taken apart.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading<'a> {
    pub qualifier: Qualifier,
    pub value: f64,
    pub unit: &'a str,
}

/// Reads `[近|超] number [余] unit`, where the number is Arabic digits or a Chinese
/// numeral made of 十, 百, 千, 万 and the digits 一 to 九.
pub fn read_written(written: &str) -> Result<Reading<'_>, String> {
    let mut rest = written;
    let mut qualifier = Qualifier::Exact;
    if let Some(r) = rest.strip_prefix('近') {
        qualifier = Qualifier::Nearly;
        rest = r;
    } else if let Some(r) = rest.strip_prefix('超') {
        qualifier = Qualifier::Over;
        rest = r;
    }
    let mut unit = rest.trim_start_matches(|c: char| c.is_ascii_digit() || chinese_digit(c).is_some() || chinese_power(c).is_some());
    let number = rest.strip_suffix(unit).unwrap_or_default();
    if number.is_empty() {
        return Err(format!("no number in \"{written}\""));
    }
    let value = if number.chars().all(|c| c.is_ascii_digit()) {
        number.parse::<u64>().map_err(|_| format!("\"{number}\" is too large a number"))? as f64
    } else {
        chinese_value(number).ok_or_else(|| format!("cannot read the numeral \"{number}\""))?
    };
    if let Some(u) = unit.strip_prefix('余') {
        if qualifier != Qualifier::Exact {
            return Err(format!("two qualifiers in \"{written}\""));
        }
        qualifier = Qualifier::MoreThan;
        unit = u;
    }
    if unit.is_empty() {
        return Err(format!("no unit in \"{written}\""));
    }
    Ok(Reading { qualifier, value, unit })
}

fn chinese_digit(c: char) -> Option<u32> {
    "一二三四五六七八九".chars().position(|d| d == c).map(|i| i as u32 + 1)
}

fn chinese_power(c: char) -> Option<u32> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        '万' => Some(10_000),
        _ => None,
    }
}

/// 百 = 100, 三百 = 300, 两千五百 is not needed here; digits then powers, summed.
fn chinese_value(numeral: &str) -> Option<f64> {
    // 万 scales the whole group before it (三十万 is 30 × 10,000); 十, 百 and 千
    // scale the digit before them, or one (十五 is 15).
    let (mut total, mut group) = (0u64, 0u64);
    let mut pending: Option<u64> = None;
    for c in numeral.chars() {
        if let Some(d) = chinese_digit(c) {
            if pending.is_some() {
                return None;
            }
            pending = Some(u64::from(d));
        } else {
            let p = u64::from(chinese_power(c)?);
            if p == 10_000 {
                let small = group + pending.take().unwrap_or(0);
                total = total.checked_add(small.max(1) * p)?;
                group = 0;
            } else {
                group += pending.take().unwrap_or(1) * p;
            }
        }
    }
    let value = total.checked_add(group + pending.unwrap_or(0))?;
    // Whole numbers up to 2^53 are exact as f64.
    (value <= 1 << 53).then_some(value as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_hedged_and_exact_figures() {
        let r = read_written("2000余人次").unwrap();
        assert_eq!((r.qualifier, r.value, r.unit), (Qualifier::MoreThan, 2000.0, "人次"));
        let r = read_written("近百场").unwrap();
        assert_eq!((r.qualifier, r.value, r.unit), (Qualifier::Nearly, 100.0, "场"));
        let r = read_written("超90分钟").unwrap();
        assert_eq!((r.qualifier, r.value, r.unit), (Qualifier::Over, 90.0, "分钟"));
        let r = read_written("8813户").unwrap();
        assert_eq!((r.qualifier, r.value, r.unit), (Qualifier::Exact, 8813.0, "户"));
        assert_eq!(read_written("三百名").unwrap().value, 300.0);
    }

    #[test]
    fn reads_chinese_numerals_by_groups_of_ten_thousand() {
        for (written, value) in [("十五个", 15.0), ("一百二十个", 120.0), ("三十万人", 300_000.0), ("二万五千户", 25_000.0), ("九千九百万元", 99_000_000.0), ("万人", 10_000.0)] {
            assert_eq!(read_written(written).map(|r| r.value), Ok(value), "{written}");
        }
        assert!(read_written("三三个").unwrap_err().contains("cannot read the numeral"));
    }

    #[test]
    fn rejects_what_is_not_a_figure() {
        assert!(read_written("人次").unwrap_err().contains("no number"));
        assert!(read_written("25").unwrap_err().contains("no unit"));
        assert!(read_written("近90余个").unwrap_err().contains("two qualifiers"));
    }
}
