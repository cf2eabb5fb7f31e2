//! Zips `project.json` / `sprite.json` with the costume assets (deflate level 1 for the JSON,
//! the default level for assets; deterministic
//! timestamps), one entry per distinct asset, named by the md5 of its bytes.

use std::collections::HashSet;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::assets::asset_ids;
use super::error::WriteError;
use super::json::{project_json_string, sprite_json_string};
use super::project::{Project, Target};

/// Sizes of a written file, for the build report and scratch.mit.edu's limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WriteReport {
    /// Bytes of `project.json` (or `sprite.json`) before compression; scratch.mit.edu
    /// accepts at most 5 MB.
    pub json_bytes: usize,
    /// Number of distinct assets stored.
    pub asset_count: usize,
    /// Bytes of the largest asset; scratch.mit.edu accepts at most 10 MB each.
    pub largest_asset_bytes: usize,
    /// Bytes of all distinct assets together.
    pub asset_bytes: usize,
    /// Bytes of the finished zip.
    pub zip_bytes: usize,
}

impl WriteReport {
    /// scratch.mit.edu's limit on `project.json`.
    pub const SCRATCH_JSON_LIMIT: usize = 5 * 1024 * 1024;
    /// scratch.mit.edu's limit on one asset.
    pub const SCRATCH_ASSET_LIMIT: usize = 10 * 1024 * 1024;

    /// Whether the file fits scratch.mit.edu's upload limits.
    pub fn fits_scratch(&self) -> bool {
        self.json_bytes <= Self::SCRATCH_JSON_LIMIT
            && self.largest_asset_bytes <= Self::SCRATCH_ASSET_LIMIT
    }
}

/// The `.sb3` bytes of `project`.
pub fn write_sb3(project: &Project) -> Result<Vec<u8>, WriteError> {
    write_sb3_with_report(project).map(|(bytes, _)| bytes)
}

/// The `.sb3` bytes of `project` and their sizes.
pub fn write_sb3_with_report(project: &Project) -> Result<(Vec<u8>, WriteReport), WriteError> {
    let json = project_json_string(project)?;
    zip_sb3(project, &json)
}

/// Zips an already written `project.json` (from [`project_json_string`] of the same
/// project) with the project's assets: the pipeline's "zip" stage after its "write" stage.
pub fn zip_sb3(
    project: &Project,
    project_json: &str,
) -> Result<(Vec<u8>, WriteReport), WriteError> {
    let targets: Vec<&Target> = project.targets().collect();
    zip_up("project.json", project_json, &targets)
}

/// Zips an already written `sprite.json` (from `sprite_json_string(project, index)`) with
/// that sprite's costumes.
pub fn zip_sprite3(
    project: &Project,
    index: usize,
    sprite_json: &str,
) -> Result<(Vec<u8>, WriteReport), WriteError> {
    let sprite = project.sprites.get(index).ok_or(WriteError::NoSuchSprite {
        index,
        count: project.sprites.len(),
    })?;
    zip_up("sprite.json", sprite_json, &[sprite])
}

/// The `.sprite3` bytes of the sprite at `index` (see `json` for how stage variables travel).
pub fn write_sprite3(project: &Project, index: usize) -> Result<Vec<u8>, WriteError> {
    write_sprite3_with_report(project, index).map(|(bytes, _)| bytes)
}

/// The `.sprite3` bytes of the sprite at `index` and their sizes.
pub fn write_sprite3_with_report(
    project: &Project,
    index: usize,
) -> Result<(Vec<u8>, WriteReport), WriteError> {
    let json = sprite_json_string(project, index)?;
    zip_sprite3(project, index, &json)
}

fn zip_up(
    json_name: &str,
    json: &str,
    targets: &[&Target],
) -> Result<(Vec<u8>, WriteReport), WriteError> {
    zip_streamed(json_name, targets, json.len(), &mut |w| {
        w.write_all(json.as_bytes())
            .map_err(|e| WriteError::Zip(e.to_string()))
    })
}

/// Counts the bytes written through it.
struct Counting<'a, W: Write> {
    inner: &'a mut W,
    bytes: usize,
}

impl<W: Write> Write for Counting<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.bytes += n;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Zips a JSON entry written piece by piece by `write_json` (so the whole JSON never needs to
/// be in memory) with the costumes of `targets`. `size_hint` is the expected JSON size (it
/// sizes the output buffer and decides the zip64 header).
pub fn zip_streamed(
    json_name: &str,
    targets: &[&Target],
    size_hint: usize,
    write_json: &mut dyn FnMut(&mut dyn Write) -> Result<(), WriteError>,
) -> Result<(Vec<u8>, WriteReport), WriteError> {
    let zip_err = |e: &dyn std::fmt::Display| WriteError::Zip(e.to_string());
    // Deflate level 1: on a 6 MB project.json about 10x faster than the default level 6 for
    // about 10% more bytes (the build should take well under a second).
    let options = SimpleFileOptions::default()
        .last_modified_time(zip::DateTime::default())
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1))
        .large_file(size_hint > u32::MAX as usize / 2);
    let mut zip = ZipWriter::new(Cursor::new(Vec::with_capacity(size_hint / 3 + 4096)));
    zip.start_file(json_name, options)
        .map_err(|e| zip_err(&e))?;
    let mut counting = Counting {
        inner: &mut zip,
        bytes: 0,
    };
    write_json(&mut counting)?;
    let mut report = WriteReport {
        json_bytes: counting.bytes,
        ..WriteReport::default()
    };
    let mut seen = HashSet::new();
    let costumes: Vec<_> = targets.iter().flat_map(|t| t.costumes.iter()).collect();
    let ids = asset_ids(costumes.iter().copied());
    for (costume, id) in costumes.into_iter().zip(ids) {
        let name = format!("{id}.{}", costume.format.extension());
        if !seen.insert(name.clone()) {
            continue;
        }
        zip.start_file(
            name,
            SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .last_modified_time(zip::DateTime::default()),
        )
        .map_err(|e| zip_err(&e))?;
        zip.write_all(&costume.data).map_err(|e| zip_err(&e))?;
        report.asset_count += 1;
        report.asset_bytes += costume.data.len();
        report.largest_asset_bytes = report.largest_asset_bytes.max(costume.data.len());
    }
    let bytes = zip.finish().map_err(|e| zip_err(&e))?.into_inner();
    report.zip_bytes = bytes.len();
    Ok((bytes, report))
}
