//! Reading input documents: files, or directories of `.txt` files.

use std::path::{Path, PathBuf};

use crate::PipelineError;

/// One input document before processing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// Identifier: the file name without extension.
    pub id: String,
    /// Where it came from: the path as given (or found under a given directory).
    pub source: String,
    /// The text.
    pub text: String,
}

impl Input {
    /// An input from text in memory.
    pub fn new(id: impl Into<String>, source: impl Into<String>, text: impl Into<String>) -> Self {
        Input {
            id: id.into(),
            source: source.into(),
            text: text.into(),
        }
    }
}

/// Reads files and directories (recursively, `.txt` files in name order) as inputs, in the order given.
pub fn read_inputs(paths: &[PathBuf]) -> Result<Vec<Input>, PipelineError> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            collect_txt(path, &mut files)?;
        } else {
            files.push(path.clone());
        }
    }
    files.iter().map(|f| read_file(f)).collect()
}

fn collect_txt(dir: &Path, files: &mut Vec<PathBuf>) -> Result<(), PipelineError> {
    let io = |source| PipelineError::Io {
        path: dir.display().to_string(),
        source,
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(io)?;
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect_txt(&entry, files)?;
        } else if entry.extension().is_some_and(|e| e == "txt") {
            files.push(entry);
        }
    }
    Ok(())
}

fn read_file(path: &Path) -> Result<Input, PipelineError> {
    let source = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| PipelineError::Io {
        path: source.clone(),
        source: e,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| PipelineError::Utf8 {
        path: source.clone(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| source.clone());
    Ok(Input { id, source, text })
}
