//! The dataset's one text type and one list type: a `&'static` reference,
//! both in the module (to data baked into it) and natively (to data read
//! from JSON, kept for the rest of the process: a build script or a test
//! reads a few copies). The same types, so the tests exercise what ships.

use std::fmt;
use std::ops::Deref;

/// A text of the dataset or of the copy.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Text(pub &'static str);

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.0
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl From<&'static str> for Text {
    fn from(text: &'static str) -> Text {
        Text(text)
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.0
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self == other.0
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.0
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
