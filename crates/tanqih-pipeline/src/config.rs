//! The pipeline configuration: one serde struct, loadable from TOML; unknown keys are errors.

use serde::{Deserialize, Serialize};
use tanqih_curate::CurateConfig;
use tanqih_features::VectorizerConfig;
use tanqih_strip::StripConfig;
use tanqih_tokenize::CliticScheme;

use crate::InputConfig;

/// Configuration of a whole run.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PipelineConfig {
    /// Reading inputs.
    pub input: InputConfig,
    /// Boilerplate stripping.
    pub strip: StripConfig,
    /// Normalization.
    pub normalize: NormalizeConfig,
    /// Tokenization.
    pub tokenize: TokenizeConfig,
    /// Feature counting.
    pub features: FeaturesConfig,
    /// Quality signals, filters and near-duplicates.
    pub curate: CurateConfig,
    /// What `process` writes.
    pub output: OutputConfig,
}

/// What `process` writes beside the features, the vocabulary and the stats: by default what most
/// users read, the rest on request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct OutputConfig {
    /// The documents file: `jsonl` (`documents.jsonl`), `parquet` (`documents.parquet`) or `both`.
    pub format: String,
    /// Per-token annotations in the documents file: `spans`, `kinds` and `sentences`.
    pub annotations: bool,
    /// `features.bin` (bincode) beside `tfidf.npz`.
    pub features_bin: bool,
}

impl Default for OutputConfig {
    fn default() -> Self {
        OutputConfig {
            format: "jsonl".into(),
            annotations: false,
            features_bin: false,
        }
    }
}

impl OutputConfig {
    /// `documents.jsonl` is written.
    pub fn jsonl(&self) -> bool {
        self.format != "parquet"
    }

    /// `documents.parquet` is written.
    pub fn parquet(&self) -> bool {
        self.format != "jsonl"
    }

    /// An unknown format is an error naming it.
    pub(crate) fn check(&self) -> Result<(), ConfigError> {
        match self.format.as_str() {
            "parquet" | "both" if !cfg!(feature = "parquet") => {
                Err(ConfigError::ParquetLeftOut(self.format.clone()))
            }
            "jsonl" | "parquet" | "both" => Ok(()),
            other => Err(ConfigError::UnknownFormat(other.to_string())),
        }
    }
}

/// Normalization settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NormalizeConfig {
    /// Preset name (`tanqih normalize --list-presets`).
    pub preset: String,
    /// Overrides such as `+teh-marbuta,-digits`.
    pub rules: String,
}

impl Default for NormalizeConfig {
    fn default() -> Self {
        NormalizeConfig {
            preset: "default".into(),
            rules: String::new(),
        }
    }
}

/// Tokenization settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TokenizeConfig {
    /// Preset name.
    pub preset: String,
    /// Clitic segmentation: `none`, `atb` or `d3`.
    pub clitics: Clitics,
}

impl Default for TokenizeConfig {
    fn default() -> Self {
        TokenizeConfig {
            preset: "default".into(),
            clitics: Clitics::None,
        }
    }
}

/// Clitic segmentation of the tokens, as the configuration names it; another name is an error when the
/// configuration is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Clitics {
    /// Words stay whole.
    #[default]
    None,
    /// Penn Arabic Treebank segmentation (see [`CliticScheme::Atb`]).
    Atb,
    /// As `atb`, the article split off too (see [`CliticScheme::D3`]).
    D3,
}

impl Clitics {
    /// The tokenizer's scheme, `None` for whole words.
    pub fn scheme(self) -> Option<CliticScheme> {
        match self {
            Clitics::None => None,
            Clitics::Atb => Some(CliticScheme::Atb),
            Clitics::D3 => Some(CliticScheme::D3),
        }
    }
}

/// The stop words removed before n-grams: written `""` (none), `"arabic"` (the bundled list) or a path
/// (a file of one word a line, `#` comments).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum StopWords {
    /// No stop words.
    #[default]
    None,
    /// The bundled Arabic list.
    Arabic,
    /// A file of one word a line.
    File(std::path::PathBuf),
}

impl From<String> for StopWords {
    fn from(s: String) -> Self {
        match s.as_str() {
            "" => StopWords::None,
            "arabic" => StopWords::Arabic,
            _ => StopWords::File(s.into()),
        }
    }
}

impl From<StopWords> for String {
    fn from(s: StopWords) -> Self {
        match s {
            StopWords::None => String::new(),
            StopWords::Arabic => "arabic".into(),
            StopWords::File(path) => path.display().to_string(),
        }
    }
}

/// Which tokens become features, and how they are weighted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FeaturesConfig {
    /// Count only word and number tokens (`true`), or every token.
    pub lexical_only: bool,
    /// Stop words removed before n-grams: `""` none, `"arabic"` the bundled list, or a file of one word a
    /// line. They are normalized with the run's preset.
    pub stop_words: StopWords,
    /// Also count character n-grams of each word, padded with spaces (scikit-learn's `char_wb`).
    pub char_ngrams: Option<(usize, usize)>,
    /// n-grams, pruning and tf-idf weighting (scikit-learn's `TfidfVectorizer` defaults).
    pub tfidf: VectorizerConfig,
}

impl Default for FeaturesConfig {
    fn default() -> Self {
        FeaturesConfig {
            lexical_only: true,
            stop_words: StopWords::None,
            char_ngrams: None,
            tfidf: VectorizerConfig::default(),
        }
    }
}

/// Errors of a run's configuration.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The TOML does not parse, holds an unknown key or a value of the wrong kind.
    #[error(transparent)]
    Toml(#[from] toml::de::Error),
    /// `output.format` names no format.
    #[error("output.format: `{0}` (known: jsonl, parquet, both)")]
    UnknownFormat(String),
    /// `output.format` asks for Parquet in a build without it.
    #[error("output.format: `{0}` needs Parquet, which this build of tanqih-pipeline leaves out (cargo feature `parquet`)")]
    ParquetLeftOut(String),
}

impl PipelineConfig {
    /// Parses a TOML configuration; an unknown key is an error naming the key.
    pub fn from_toml(text: &str) -> Result<Self, ConfigError> {
        Ok(toml::from_str(text)?)
    }

    /// The configuration as TOML.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).expect("config serializes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_unknown_keys() {
        let config = PipelineConfig::default();
        assert_eq!(
            PipelineConfig::from_toml(&config.to_toml()).unwrap(),
            config
        );
        let partial = PipelineConfig::from_toml("[normalize]\npreset = \"search\"\n").unwrap();
        assert_eq!(partial.normalize.preset, "search");
        let err = PipelineConfig::from_toml("[normalize]\npresett = \"x\"\n").unwrap_err();
        assert!(matches!(err, ConfigError::Toml(_)));
        assert!(err.to_string().contains("presett"), "{err}");
    }

    #[test]
    fn output_formats_are_checked_against_the_build() {
        let with = |format: &str| OutputConfig {
            format: format.into(),
            ..OutputConfig::default()
        };
        assert!(with("jsonl").check().is_ok());
        let csv = with("csv").check().unwrap_err();
        assert!(
            matches!(&csv, ConfigError::UnknownFormat(f) if f == "csv"),
            "{csv}"
        );
        let parquet = with("parquet").check();
        match cfg!(feature = "parquet") {
            true => assert!(parquet.is_ok()),
            false => assert!(matches!(parquet, Err(ConfigError::ParquetLeftOut(_)))),
        }
    }

    #[test]
    fn clitics_and_stop_words_are_typed_when_read() {
        let config = PipelineConfig::from_toml(
            "[tokenize]\nclitics = \"d3\"\n[features]\nstop_words = \"arabic\"\n",
        )
        .unwrap();
        assert_eq!(config.tokenize.clitics.scheme(), Some(CliticScheme::D3));
        assert_eq!(config.features.stop_words, StopWords::Arabic);
        let err = PipelineConfig::from_toml("[tokenize]\nclitics = \"xyz\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("xyz") && err.contains("atb"), "{err}");
        let file =
            PipelineConfig::from_toml("[features]\nstop_words = \"lists/stop.txt\"\n").unwrap();
        assert_eq!(
            file.features.stop_words,
            StopWords::File("lists/stop.txt".into())
        );
        assert_eq!(PipelineConfig::from_toml(&file.to_toml()).unwrap(), file);
    }
}
