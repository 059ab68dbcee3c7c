//! The seed documents, embedded so that `tanqih process` runs with no arguments from anywhere.

use tanqih_pipeline::Input;

macro_rules! seed {
    ($name:literal) => {
        (
            $name,
            include_str!(concat!("../../../seeds/", $name, ".txt")),
        )
    };
}

const SEEDS: &[(&str, &str)] = &[
    seed!("000_774d378e95a2bc43"),
    seed!("001_25459a8fea8307bf"),
    seed!("002_ec539dfa3668cd0c"),
    seed!("003_da0c4d339af80385"),
    seed!("004_0ee0f38e1a670672"),
];

/// The bundled seeds as inputs, with `seeds/NAME.txt` as their source.
pub fn inputs() -> Vec<Input> {
    SEEDS
        .iter()
        .map(|(id, text)| Input::new(*id, format!("seeds/{id}.txt"), *text))
        .collect()
}

/// The texts of the bundled seeds.
pub fn texts() -> Vec<&'static str> {
    SEEDS.iter().map(|(_, text)| *text).collect()
}
