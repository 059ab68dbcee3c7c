//! Files of an output directory: written under a temporary name and renamed into place only when
//! complete, the completion marker written last, and the errors that name the file.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::PipelineError;

/// The temporary name of `path` while it is written: `.name.partial` beside it.
pub(crate) fn partial(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .expect("output path has a file name")
        .to_string_lossy();
    path.with_file_name(format!(".{name}.partial"))
}

/// Writes `path` through its [`partial`] file, synced and renamed into place only when complete.
pub(crate) fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> std::io::Result<()>,
) -> Result<PathBuf, PipelineError> {
    let tmp = partial(path);
    let result = (|| {
        let mut out = BufWriter::new(File::create(&tmp)?);
        write(&mut out)?;
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(io_error(path, e));
    }
    Ok(path.to_path_buf())
}

/// Syncs a file written under the [`partial`] name of `path` and renames it into place.
pub(crate) fn complete(file: File, path: &Path) -> Result<PathBuf, PipelineError> {
    file.sync_all().map_err(|e| io_error(path, e))?;
    fs::rename(partial(path), path).map_err(|e| io_error(path, e))?;
    Ok(path.to_path_buf())
}

/// An I/O error on `path`.
pub(crate) fn io_error(path: &Path, source: std::io::Error) -> PipelineError {
    PipelineError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// A shard file that cannot be merged.
pub(crate) fn merge_error(path: &Path, message: impl ToString) -> PipelineError {
    PipelineError::Merge {
        path: path.display().to_string(),
        message: message.to_string(),
    }
}

/// The completion marker of an output directory: written last, so its presence means every output is
/// complete; it names what was processed so that a re-run of the same work can skip it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompletionMarker {
    /// tanqih version.
    pub tanqih_version: String,
    /// The shard (`i/n`), if any.
    pub shard: Option<String>,
    /// The input files.
    pub inputs: Vec<String>,
    /// The configuration (TOML).
    pub config: String,
}

/// File name of the completion marker.
pub const COMPLETION_MARKER: &str = "_COMPLETE";

/// The completion marker of `out_dir`, if it has one.
pub fn read_completion_marker(out_dir: &Path) -> Option<CompletionMarker> {
    let text = fs::read_to_string(out_dir.join(COMPLETION_MARKER)).ok()?;
    serde_json::from_str(&text).ok()
}

/// Removes the marker (before a run starts), then writes it (after every output is complete).
pub fn clear_completion_marker(out_dir: &Path) -> Result<(), PipelineError> {
    let path = out_dir.join(COMPLETION_MARKER);
    match fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(io_error(&path, e)),
        _ => Ok(()),
    }
}

/// Writes the completion marker of `out_dir`.
pub fn write_completion_marker(
    out_dir: &Path,
    marker: &CompletionMarker,
) -> Result<(), PipelineError> {
    write_atomically(&out_dir.join(COMPLETION_MARKER), |out| {
        serde_json::to_writer_pretty(&mut *out, marker)?;
        out.write_all(b"\n")
    })
    .map(|_| ())
}
