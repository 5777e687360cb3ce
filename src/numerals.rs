//! Reading a figure as the articles write it ("2000余人次", "近百场", "超90分钟")
//! into its qualifier, value and unit, so the stored value can be checked against it.

use crate::dataset::Qualifier;

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
    let mut total = 0u32;
    let mut pending: Option<u32> = None;
    for c in numeral.chars() {
        if let Some(d) = chinese_digit(c) {
            if pending.is_some() {
                return None;
            }
            pending = Some(d);
        } else {
            let p = chinese_power(c)?;
            total += pending.take().unwrap_or(1) * p;
        }
    }
    Some(f64::from(total + pending.unwrap_or(0)))
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
    fn rejects_what_is_not_a_figure() {
        assert!(read_written("人次").unwrap_err().contains("no number"));
        assert!(read_written("25").unwrap_err().contains("no unit"));
        assert!(read_written("近90余个").unwrap_err().contains("two qualifiers"));
    }
}
