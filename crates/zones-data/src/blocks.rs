//! What each kind of block is as data: the figures it shows and those it
//! computes from, the Chinese texts it writes, whether it shows numbers the
//! graphic computed, and its own rules. Every method matches every kind, so
//! a new kind (a variant of `BlockSpec`) is refused by the compiler until each
//! says what it is here; its drawing is a module of `scene::blocks`.

use super::schema::{Bilingual, BlockSpec, Dataset, Figure, Ratio, Text};

impl BlockSpec {
    /// The figures the block shows as marks of their own, in reading order.
    pub fn figures(&self) -> &[Text] {
        match self {
            BlockSpec::Bars { figures, .. } | BlockSpec::Stats { figures, .. } | BlockSpec::Flow { figures, .. } | BlockSpec::Said { figures, .. } => figures,
            BlockSpec::Coverage | BlockSpec::Ratios { .. } | BlockSpec::Notes => &[],
        }
    }

    /// The values the block computes from two figures each.
    pub fn ratios(&self) -> &[Ratio] {
        match self {
            BlockSpec::Ratios { ratios, .. } => ratios,
            BlockSpec::Coverage | BlockSpec::Bars { .. } | BlockSpec::Stats { .. } | BlockSpec::Flow { .. } | BlockSpec::Said { .. } | BlockSpec::Notes => &[],
        }
    }

    /// Every figure the block names: those it shows and those it computes from.
    pub fn references(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.figures().iter().map(|id| &**id).collect();
        ids.extend(self.ratios().iter().flat_map(|r| [&*r.of, &*r.per]));
        ids
    }

    /// The Chinese texts the block writes besides its figures' own: its
    /// heading, and its ratios' labels.
    pub fn written_zh(&self) -> Vec<&str> {
        let mut texts: Vec<&str> = self.ratios().iter().map(|r| &*r.label.zh).collect();
        match self {
            BlockSpec::Bars { heading, .. } | BlockSpec::Stats { heading, .. } | BlockSpec::Flow { heading, .. } | BlockSpec::Ratios { heading, .. } | BlockSpec::Said { heading, .. } => {
                texts.push(&heading.zh)
            }
            BlockSpec::Coverage | BlockSpec::Notes => {}
        }
        texts
    }

    /// The block's heading, for the kinds that have one.
    pub fn heading(&self) -> Option<&Bilingual> {
        match self {
            BlockSpec::Bars { heading, .. } | BlockSpec::Stats { heading, .. } | BlockSpec::Flow { heading, .. } | BlockSpec::Ratios { heading, .. } | BlockSpec::Said { heading, .. } => Some(heading),
            BlockSpec::Coverage | BlockSpec::Notes => None,
        }
    }

    /// Whether the block shows numbers the graphic computed (the coverage
    /// grid's counts, ratios) rather than figures as reported.
    pub fn computes(&self) -> bool {
        match self {
            BlockSpec::Coverage | BlockSpec::Ratios { .. } => true,
            BlockSpec::Bars { .. } | BlockSpec::Stats { .. } | BlockSpec::Flow { .. } | BlockSpec::Said { .. } | BlockSpec::Notes => false,
        }
    }

    /// The block's own rules on the dataset: every figure it names exists, a
    /// count of points made in a speech is shown only in its sentence (a
    /// `said` block, which shows nothing else), and each kind's own (the
    /// message says what is wrong).
    pub fn check(&self, data: &Dataset) -> Result<(), String> {
        if let Some(id) = self.references().into_iter().find(|id| data.figure(id).is_none()) {
            return Err(format!("unknown figure \"{id}\""));
        }
        let said = matches!(self, BlockSpec::Said { .. });
        if let Some(f) = self.references().into_iter().filter_map(|id| data.figure(id)).find(|f| data.is_speech(f) != said) {
            return Err(match said {
                true => format!("\"{}\" counts work, not points made in a speech: a `said` block shows only counts of points made in a speech", f.id),
                false => format!("\"{}\" counts points made in a speech, not work done: it is shown in its sentence (a `said` block), not drawn as a count of work", f.id),
            });
        }
        match self {
            BlockSpec::Bars { figures, .. } => {
                let bars: Vec<&Figure> = figures.iter().filter_map(|id| data.figure(id)).collect();
                at_least_one(figures)?;
                check_axis(&bars).map_err(|e| format!("bars share one axis, but {e}"))
            }
            BlockSpec::Stats { figures, .. } | BlockSpec::Flow { figures, .. } | BlockSpec::Said { figures, .. } => at_least_one(figures),
            BlockSpec::Ratios { ratios, .. } => match ratios.iter().find(|r| r.of == r.per) {
                Some(r) => Err(format!("the ratio of \"{}\" per itself is always 1", r.of)),
                // A ratio is of one period: the period of both its figures.
                None if let Some(r) = ratios.iter().find(|r| data.figure(&r.of).map(|f| &f.period) != data.figure(&r.per).map(|f| &f.period)) => {
                    Err(format!("\"{}\" and \"{}\" are of different periods: their ratio would be of none", r.of, r.per))
                }
                None if ratios.is_empty() => Err("lists no ratios".into()),
                None => Ok(()),
            },
            // The grid and the notes show every zone and theme: nothing to name.
            BlockSpec::Coverage | BlockSpec::Notes => Ok(()),
        }
    }
}

fn at_least_one(figures: &[Text]) -> Result<(), String> {
    if figures.is_empty() {
        return Err("lists no figures".into());
    }
    Ok(())
}

/// One axis holds one measure of one group over one stated period: bars may
/// differ only in what they compare (the Alxa bureau's two kinds of study
/// session). So the 463 grassroots cadres of the night visits never stand beside
/// the 593 party cadres of the flood season, nor a count to date (2000余人次,
/// 累计) beside a year's (156人次, 2024年).
fn check_axis(bars: &[&Figure]) -> Result<(), String> {
    let Some(first) = bars.first() else { return Ok(()) };
    if let Some(f) = bars.iter().find(|f| f.period.is_none()) {
        if bars.len() > 1 {
            return Err(format!("\"{}\" states no period: only figures of one stated period share an axis", f.id));
        }
    }
    for f in &bars[1..] {
        let pair = |what: &str, a: &str, b: &str| format!("\"{}\" {what} \"{a}\" and \"{}\" {what} \"{b}\"", first.id, f.id);
        if f.measure != first.measure {
            return Err(pair("counts", &first.measure, &f.measure));
        }
        let (group, first_group) = (f.group.get().map_or("", |g| &**g), first.group.get().map_or("", |g| &**g));
        if group != first_group {
            return Err(pair("is a number of", first_group, group));
        }
        let (a, b) = (first.period.as_ref().map_or("", |p| &*p.zh), f.period.as_ref().map_or("", |p| &*p.zh));
        if a != b {
            return Err(pair("is for", a, b));
        }
    }
    Ok(())
}
