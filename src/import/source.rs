//! The one door every import comes in through: a file is read only when it is a regular
//! file under [`MAX_BYTES`], and its bytes are decoded here the same way for every format.
//!
//! - UTF-8 with or without a byte order mark, UTF-16 (LE or BE) with one;
//! - anything else that is no valid UTF-8 is read as Windows-1252 (what Excel and Notepad
//!   save on Finnish Windows), with a notice;
//! - a Word document (`.docx`, or any ZIP that holds one) is read as Word, by `docx.rs`;
//! - other binary files (PDF, images, old `.doc`, NUL bytes) are refused with a message that
//!   names the file, and no session is made.
//!
//! This is the only place the import touches the file system; the readers after it are pure.

use std::io::Read;
use std::path::Path;

use crate::i18n::{Lang, Msg};

/// The largest file an import reads: far above any real summary, far below what would
/// strain the machine (`/dev/zero` must not eat the memory).
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// What kind of document the bytes were.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Plain text (or Markdown, when it looks like it).
    Text,
    /// A `.md` or `.markdown` file.
    Markdown,
    /// Comma/semicolon/tab separated values.
    Csv,
    /// A Word document, turned into Markdown-like text by `docx.rs`.
    Docx,
}

/// A document read and decoded, ready for a reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// What it was.
    pub kind: Kind,
    /// The text (for a Word document: its paragraphs as Markdown-like lines).
    pub text: String,
    /// Report lines about the decoding (the encoding guessed, a skipped image …).
    pub notices: Vec<String>,
}

/// Why a file could not be imported; put into words by [`ReadError::text`].
#[derive(Debug)]
pub enum ReadError {
    /// The file could not be opened or read.
    Io(String, std::io::Error),
    /// A directory, FIFO, device or socket.
    NotRegular(String),
    /// Over [`MAX_BYTES`].
    TooLarge(String, u64),
    /// Binary content that is no document the import reads.
    Binary(String),
    /// A PDF: its text must be copied out first.
    Pdf(String),
    /// A ZIP or `.docx` that the Word reader could not read.
    BadDocx(String, String),
}

impl ReadError {
    /// The error in words, naming the file.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            ReadError::Io(f, e) => Msg::ReadFailed.fill(lang, &[f, e]),
            ReadError::NotRegular(f) => Msg::ImportNotRegular.fill(lang, &[f]),
            ReadError::TooLarge(f, n) => Msg::ImportTooLarge.fill(
                lang,
                &[f, &n.div_ceil(1024 * 1024), &(MAX_BYTES / 1024 / 1024)],
            ),
            ReadError::Binary(f) => Msg::ImportBinary.fill(lang, &[f]),
            ReadError::Pdf(f) => Msg::ImportPdf.fill(lang, &[f]),
            ReadError::BadDocx(f, e) => Msg::ImportBadDocx.fill(lang, &[f, e]),
        }
    }
}

/// Reads `path` as an import source: regular files only, at most [`MAX_BYTES`], never
/// blocking on a FIFO (it is refused before it is opened for reading).
pub fn read(path: &Path, lang: Lang) -> Result<Source, ReadError> {
    let shown = crate::model::text::clean(&path.display().to_string());
    let meta = std::fs::metadata(path).map_err(|e| ReadError::Io(shown.clone(), e))?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular(shown));
    }
    if meta.len() > MAX_BYTES {
        return Err(ReadError::TooLarge(shown, meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| ReadError::Io(shown.clone(), e))?;
    // The file may have been swapped or grown since the check: read at most one byte more
    // than allowed, and check again what was opened.
    let opened = file
        .metadata()
        .map_err(|e| ReadError::Io(shown.clone(), e))?;
    if !opened.is_file() {
        return Err(ReadError::NotRegular(shown));
    }
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::Io(shown.clone(), e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(ReadError::TooLarge(shown, bytes.len() as u64));
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    decode(&bytes, &ext, &shown, lang)
}

/// Decodes the bytes of a file with extension `ext` (lower case, no dot); `name` is the
/// file as shown in messages.
pub fn decode(bytes: &[u8], ext: &str, name: &str, lang: Lang) -> Result<Source, ReadError> {
    if bytes.starts_with(b"PK\x03\x04") || ext == "docx" {
        let text = super::docx::to_text(bytes, lang)
            .map_err(|e| ReadError::BadDocx(name.to_string(), e))?;
        return Ok(Source {
            kind: Kind::Docx,
            text: text.0,
            notices: text.1,
        });
    }
    if bytes.starts_with(b"%PDF") {
        return Err(ReadError::Pdf(name.to_string()));
    }
    let kind = if ext == "csv" || ext == "tsv" {
        Kind::Csv
    } else if ext == "md" || ext == "markdown" {
        Kind::Markdown
    } else {
        Kind::Text
    };
    let mut notices = Vec::new();
    let text = if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        if had_errors {
            return Err(ReadError::Binary(name.to_string()));
        }
        if encoding != encoding_rs::UTF_8 {
            notices.push(Msg::ImportEncoding.fill(lang, &[&encoding.name()]));
        }
        text.into_owned()
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        text.to_string()
    } else {
        if looks_binary(bytes) {
            return Err(ReadError::Binary(name.to_string()));
        }
        let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
        notices.push(Msg::ImportCsvLatin1.get(lang).to_string());
        text.into_owned()
    };
    if looks_binary(text.as_bytes()) {
        return Err(ReadError::Binary(name.to_string()));
    }
    Ok(Source {
        kind,
        text,
        notices,
    })
}

/// True when the bytes hold a NUL or many control characters (over a tenth): no text
/// anyone wrote.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.contains(&0) {
        return true;
    }
    let controls = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    // A few escape sequences are text to clean, not a binary file.
    controls > 8 && controls * 10 > bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> Source {
        decode(bytes, "txt", "x", Lang::En).unwrap()
    }

    #[test]
    fn encodings_decode_alike() {
        let want = "Järjestöt – tilat €";
        assert_eq!(text(want.as_bytes()).text, want);
        let bom = [b"\xEF\xBB\xBF".as_slice(), want.as_bytes()].concat();
        assert_eq!(text(&bom).text, want);
        assert!(text(&bom).notices.is_empty());
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(want.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(want.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        for utf16 in [le, be] {
            let s = text(&utf16);
            assert_eq!(s.text, want);
            assert_eq!(s.notices.len(), 1, "{:?}", s.notices);
        }
        let cp1252 = b"J\xe4rjest\xf6t \x96 tilat \x80";
        let s = text(cp1252);
        assert_eq!(s.text, want);
        assert_eq!(s.notices, [Msg::ImportCsvLatin1.get(Lang::En)]);
    }

    #[test]
    fn binary_is_refused() {
        for bytes in [
            b"\x00\x01\x02abc".as_slice(),
            b"%PDF-1.7\n...",
            b"\x89PNG\r\n\x1a\n\x00\x00",
        ] {
            assert!(decode(bytes, "txt", "x", Lang::Fi).is_err(), "{bytes:?}");
        }
    }
}
