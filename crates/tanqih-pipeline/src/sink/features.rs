//! The features of a run: `vocab.tsv`, `tfidf.npz` and, when asked, `features.bin`. Each document's term
//! counts spill to disk as they come, so only the vocabulary and the document ids stay in memory.

use std::path::{Path, PathBuf};

use tanqih_features::{write_features, write_npz_rows, TermSpill, TfidfModel, VectorizerConfig};

use super::{Chunk, Finished, Sink};
use crate::files::{io_error, write_atomically};
use crate::PipelineError;

/// The temporary file of each document's term counts.
const TERM_COUNTS: &str = ".term-counts.partial";
/// The temporary file of the tf-idf rows.
const TFIDF_ROWS: &str = ".tfidf-rows.partial";

/// Counts the terms of the documents, then fits the tf-idf model and writes the feature files.
pub(crate) struct FeaturesSink {
    dir: PathBuf,
    spill: TermSpill,
    ids: Vec<String>,
    tfidf: VectorizerConfig,
    features_bin: bool,
}

impl FeaturesSink {
    /// The sink of the feature files in `dir`.
    pub(crate) fn create(
        dir: &Path,
        tfidf: &VectorizerConfig,
        features_bin: bool,
    ) -> Result<Self, PipelineError> {
        let path = dir.join(TERM_COUNTS);
        Ok(FeaturesSink {
            dir: dir.to_path_buf(),
            spill: TermSpill::create(path.clone()).map_err(|e| io_error(&path, e))?,
            ids: Vec::new(),
            tfidf: tfidf.clone(),
            features_bin,
        })
    }
}

impl Sink for FeaturesSink {
    fn push(&mut self, docs: &Chunk) -> Result<(), PipelineError> {
        for doc in docs.iter() {
            self.spill
                .push(&doc.terms)
                .map_err(|e| io_error(self.spill.path(), e))?;
            self.ids.push(doc.doc.id.clone());
        }
        Ok(())
    }

    /// Writes `vocab.tsv` while the tf-idf rows are resolved from the spill, then `tfidf.npz` and
    /// `features.bin` from them at the same time.
    fn finish(
        self: Box<Self>,
        pool: Option<&rayon::ThreadPool>,
    ) -> Result<Finished, PipelineError> {
        let FeaturesSink {
            dir,
            spill,
            ids,
            tfidf,
            features_bin,
        } = *self;
        let spill_path = spill.path().to_path_buf();
        let (vocabulary, counts) = spill.finish().map_err(|e| io_error(&spill_path, e))?;
        let model = TfidfModel::fit(&vocabulary, &tfidf);
        let columns = vocabulary.restricted_to(&model.terms);
        let vocab = || write_atomically(&dir.join("vocab.tsv"), |out| columns.write_tsv(out));
        let features = || -> Result<Vec<PathBuf>, PipelineError> {
            let rows = counts
                .resolve(&model, dir.join(TFIDF_ROWS))
                .map_err(|e| io_error(&spill_path, e))?;
            let npz = || {
                write_atomically(&dir.join("tfidf.npz"), |out| {
                    write_npz_rows(&mut rows.clone(), out, pool)
                })
            };
            let bin = || {
                features_bin
                    .then(|| {
                        write_atomically(&dir.join("features.bin"), |out| {
                            write_features(&ids, &vocabulary, &model, &mut rows.clone(), out)
                                .map_err(std::io::Error::other)
                        })
                    })
                    .transpose()
            };
            let (npz, bin) = both(pool, npz, bin);
            rows.remove()
                .map_err(|e| io_error(&dir.join(TFIDF_ROWS), e))?;
            Ok([Some(npz?), bin?].into_iter().flatten().collect())
        };
        let (vocab, features) = both(pool, vocab, features);
        let mut files = vec![vocab?];
        files.extend(features?);
        Ok(Finished {
            files,
            vocabulary_terms: Some(columns.len() as u64),
        })
    }
}

/// Runs `a` and `b`, at the same time in `pool` when there is one.
fn both<A: Send, B: Send>(
    pool: Option<&rayon::ThreadPool>,
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
) -> (A, B) {
    match pool {
        Some(pool) => pool.install(|| rayon::join(a, b)),
        None => (a(), b()),
    }
}
