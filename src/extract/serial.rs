//! Serde for the value types of claims that live below this layer and
//! need more than a derive: an [`Interval`] may be unbounded ("more than
//! 150"), which JSON numbers cannot say; a [`Unit`] names its measure by a
//! `&'static str`; a [`DateRange`] holds `jiff` dates, written as
//! `YYYY-MM-DD`. Claims are written as JSON lines by `factlint extract`
//! (docs/claims.md) and read back by `factlint check --claims`.

use std::collections::HashSet;
use std::sync::{Mutex, OnceLock};

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::normalise::date::DateRange;
use crate::normalise::interval::Interval;
use crate::normalise::number::Unit;

/// A bound of an interval: a number, or "inf" / "-inf".
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Bound {
    Number(f64),
    Named(String),
}

fn bound(x: f64) -> Bound {
    if x.is_finite() {
        Bound::Number(x)
    } else if x > 0.0 {
        Bound::Named("inf".into())
    } else {
        Bound::Named("-inf".into())
    }
}

fn unbound<E: serde::de::Error>(b: Bound) -> Result<f64, E> {
    match b {
        Bound::Number(x) => Ok(x),
        Bound::Named(s) if s == "inf" => Ok(f64::INFINITY),
        Bound::Named(s) if s == "-inf" => Ok(f64::NEG_INFINITY),
        Bound::Named(s) => Err(E::custom(format!("an interval bound is a number, \"inf\" or \"-inf\", not {s:?}"))),
    }
}

/// `[lo, hi]`.
impl Serialize for Interval {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [bound(self.lo), bound(self.hi)].serialize(s)
    }
}

impl<'de> Deserialize<'de> for Interval {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let [lo, hi] = <[Bound; 2]>::deserialize(d)?;
        // Not `Interval::new`: the bounds come back exactly as written.
        Ok(Interval { lo: unbound(lo)?, hi: unbound(hi)? })
    }
}

/// `"count"`, `"percent"`, `{"money": "£"}`, `{"measure": "km"}`.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
enum UnitData<'a> {
    Count,
    Percent,
    Money(char),
    Measure(std::borrow::Cow<'a, str>),
}

impl Serialize for Unit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match *self {
            Unit::Count => UnitData::Count,
            Unit::Percent => UnitData::Percent,
            Unit::Money(c) => UnitData::Money(c),
            Unit::Measure(m) => UnitData::Measure(m.into()),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match UnitData::deserialize(d)? {
            UnitData::Count => Unit::Count,
            UnitData::Percent => Unit::Percent,
            UnitData::Money(c) => Unit::Money(c),
            UnitData::Measure(m) => Unit::Measure(static_name(&m)),
        })
    }
}

/// A measure's name for the life of the process: units are few (the
/// measures of the word lists), so each distinct name is leaked once.
fn static_name(name: &str) -> &'static str {
    static NAMES: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut names = NAMES.get_or_init(Mutex::default).lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(&known) = names.get(name) {
        return known;
    }
    let leaked: &'static str = Box::leak(name.to_string().into_boxed_str());
    names.insert(leaked);
    leaked
}

/// `["2021-05-03", "2021-05-09"]`: first and last day.
impl Serialize for DateRange {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.first.to_string(), self.last.to_string()].serialize(s)
    }
}

impl<'de> Deserialize<'de> for DateRange {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let [first, last] = <[String; 2]>::deserialize(d)?;
        let day = |s: &str| s.parse::<jiff::civil::Date>().map_err(|e| D::Error::custom(format!("date {s:?}: {e}")));
        Ok(DateRange { first: day(&first)?, last: day(&last)? })
    }
}

/// A publication date as `YYYY-MM-DD` (for `#[serde(with)]`).
pub mod date_opt {
    use jiff::civil::Date;
    use serde::de::Error as _;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_some(&d.to_string()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|s| s.parse::<Date>().map_err(|e| D::Error::custom(format!("date {s:?}: {e}"))))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_come_back_as_written() {
        let open = Interval { lo: 150.0, hi: f64::INFINITY };
        let json = serde_json::to_string(&open).unwrap();
        assert_eq!(json, r#"[150.0,"inf"]"#);
        assert_eq!(serde_json::from_str::<Interval>(&json).unwrap(), open);
        let odd = Interval { lo: 0.1 + 0.2, hi: 1e300 };
        assert_eq!(serde_json::from_str::<Interval>(&serde_json::to_string(&odd).unwrap()).unwrap(), odd);
        for unit in [Unit::Count, Unit::Percent, Unit::Money('£'), Unit::Measure("km²")] {
            let back: Unit = serde_json::from_str(&serde_json::to_string(&unit).unwrap()).unwrap();
            assert_eq!(back, unit);
        }
        let d = |s: &str| s.parse::<jiff::civil::Date>().unwrap();
        let r = DateRange { first: d("2021-05-03"), last: d("2021-05-09") };
        assert_eq!(serde_json::from_str::<DateRange>(&serde_json::to_string(&r).unwrap()).unwrap(), r);
    }
}
