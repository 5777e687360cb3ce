//! The dataset's one text type and one list type: a `&'static` reference,
//! both in the module (to data baked into it) and natively (to data read
//! from JSON, kept for the rest of the process: a build script or a test
//! reads a few copies). The same types, so the tests exercise what ships.
//! A text may also be a key to a text loaded after the module (`later`): the
//! news build keeps its second language, and the sentences only a tooltip
//! quotes, out of the module until a reader asks for them.

use std::fmt;
use std::ops::Deref;

/// A text of the dataset or of the copy.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Text(pub &'static str);

impl Text {
    /// The text: itself, or for a key the text loaded for it ("" until then).
    #[inline(always)]
    pub fn get(&self) -> &'static str {
        #[cfg(feature = "later")]
        return later::resolve(self.0);
        #[cfg(not(feature = "later"))]
        self.0
    }
}

impl Deref for Text {
    type Target = str;
    #[inline(always)]
    fn deref(&self) -> &str {
        self.get()
    }
}

impl std::borrow::Borrow<str> for Text {
    #[inline(always)]
    fn borrow(&self) -> &str {
        self.get()
    }
}

impl AsRef<str> for Text {
    #[inline(always)]
    fn as_ref(&self) -> &str {
        self.get()
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.get(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.get())
    }
}

impl From<&'static str> for Text {
    fn from(text: &'static str) -> Text {
        Text(text)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.get() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.get() == *other
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.get()
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self == other.get()
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.get()
    }
}

/// `text` split around the first `byte` (an ASCII character): what
/// `str::split_once` does, without the character searcher it links into the
/// module.
pub fn split_at_ascii(text: &str, byte: u8) -> Option<(&str, &str)> {
    let i = text.bytes().position(|b| b == byte)?;
    Some((text.get(..i)?, text.get(i + 1..)?))
}

/// Texts loaded after the module: in the module each is a key (one character
/// of plane 15's private use area, U+F0000 plus its index), and the texts
/// arrive as one list (`fill`) when a reader first asks for English or
/// opens a tooltip that quotes one of them.
pub mod later {
    use std::sync::atomic::{AtomicPtr, Ordering};

    /// The first key.
    const FIRST: u32 = 0xF0000;

    /// The texts, once they came: kept for the rest of the process (a
    /// pointer set once, which in the module is a plain load and store,
    /// with none of a lock's code).
    static LOADED: AtomicPtr<Vec<String>> = AtomicPtr::new(std::ptr::null_mut());

    fn loaded_texts() -> Option<&'static Vec<String>> {
        // Set once from a leaked box, never freed: valid for the rest of the process.
        unsafe { LOADED.load(Ordering::Acquire).as_ref() }
    }

    /// `text` itself, or the loaded text of a key ("" before the texts came).
    /// Not inlined: every reading of a text calls it.
    #[inline(never)]
    pub fn resolve(text: &'static str) -> &'static str {
        // A key is one four-byte character of plane 15 (0xF3 0xB0..0xBF …).
        let b = text.as_bytes();
        if b.len() != 4 || b[0] != 0xF3 {
            return text;
        }
        let code = (u32::from(b[0] & 7) << 18) | (u32::from(b[1] & 63) << 12) | (u32::from(b[2] & 63) << 6) | u32::from(b[3] & 63);
        let index = code.wrapping_sub(FIRST) as usize;
        loaded_texts().and_then(|t| t.get(index)).map_or("", String::as_str)
    }

    /// Whether the texts came.
    pub fn loaded() -> bool {
        loaded_texts().is_some()
    }

    /// Keeps `texts` (index `i` for key `i`) for the rest of the process; the
    /// first list given stays.
    pub fn fill(texts: Vec<String>) {
        let texts = Box::into_raw(Box::new(texts));
        if LOADED.compare_exchange(std::ptr::null_mut(), texts, Ordering::AcqRel, Ordering::Acquire).is_err() {
            // Another list came first: this one was never shared.
            drop(unsafe { Box::from_raw(texts) });
        }
    }

    /// The key of text `index`.
    pub fn key(index: usize) -> String {
        char::from_u32(FIRST + index as u32).map(String::from).unwrap_or_default()
    }
}

/// A list of the dataset.
#[derive(PartialEq, Eq)]
pub struct List<T: 'static>(pub &'static [T]);

impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for List<T> {}

impl<T> Default for List<T> {
    fn default() -> Self {
        List(&[])
    }
}

impl<T> Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.0
    }
}

impl<T: fmt::Debug> fmt::Debug for List<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    //! Reading and baking, natively.

    use databake::{quote, Bake, BakeSize, CrateEnv, TokenStream};
    use serde::{Deserialize, Deserializer};

    use super::{List, Text};

    impl From<String> for Text {
        /// Kept for the rest of the process, as every text read is.
        fn from(text: String) -> Text {
            Text(Box::leak(text.into_boxed_str()))
        }
    }

    impl<T> From<Vec<T>> for List<T> {
        /// Kept for the rest of the process, as every list read is.
        fn from(items: Vec<T>) -> List<T> {
            List(Box::leak(items.into_boxed_slice()))
        }
    }

    impl<'de> Deserialize<'de> for Text {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
            String::deserialize(deserializer).map(Text::from)
        }
    }

    impl<'de, T: Deserialize<'de>> Deserialize<'de> for List<T> {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<List<T>, D::Error> {
            Vec::<T>::deserialize(deserializer).map(List::from)
        }
    }

    impl Bake for Text {
        fn bake(&self, env: &CrateEnv) -> TokenStream {
            env.insert("zones_data");
            let text = self.0;
            quote! { zones_data::Text(#text) }
        }
    }

    impl<T: Bake> Bake for List<T> {
        fn bake(&self, env: &CrateEnv) -> TokenStream {
            env.insert("zones_data");
            let items = self.0.iter().map(|item| item.bake(env));
            quote! { zones_data::List(&[#(#items),*]) }
        }
    }

    impl BakeSize for Text {
        fn borrows_size(&self) -> usize {
            self.0.len()
        }
    }

    impl<T: BakeSize> BakeSize for List<T> {
        fn borrows_size(&self) -> usize {
            std::mem::size_of_val(self.0) + self.0.iter().map(BakeSize::borrows_size).sum::<usize>()
        }
    }
}
