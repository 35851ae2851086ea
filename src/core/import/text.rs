//! Bytes to text: UTF-8 (with or without a byte-order mark) and UTF-16 (with
//! a mark, as Excel's "Unicode text" saves). Anything else — a NUL byte in
//! UTF-8, bytes that are not UTF-8, an odd-length UTF-16 file — is refused
//! with the place of the first bad byte, so a picture or a Word file chosen
//! by mistake gets a clear message instead of a page of garbage.

use super::{Note, Place, Reason};

/// Decodes a file's bytes; line endings are normalised to `\n`.
pub fn decode(bytes: &[u8]) -> Result<String, Note> {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        utf8(rest)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        utf16(rest, u16::from_be_bytes)?
    } else {
        utf8(bytes)?
    };
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// The line and column of byte `at` in `bytes` (both 1-based).
fn place_of(bytes: &[u8], at: usize) -> Place {
    let before = &bytes[..at.min(bytes.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    Place::at(line, column)
}

fn utf8(bytes: &[u8]) -> Result<String, Note> {
    match std::str::from_utf8(bytes) {
        Ok(s) => match s.find('\0') {
            Some(at) => Err(Note::new(place_of(bytes, at), Reason::NotText)),
            None => Ok(s.to_string()),
        },
        Err(e) => Err(Note::new(place_of(bytes, e.valid_up_to()), Reason::NotText)),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, Note> {
    if !bytes.len().is_multiple_of(2) {
        return Err(Note::new(Place::default(), Reason::NotText));
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut out = String::with_capacity(bytes.len() / 2);
    let (mut line, mut column) = (1, 1);
    for c in char::decode_utf16(units) {
        match c {
            Ok('\0') | Err(_) => return Err(Note::new(Place::at(line, column), Reason::NotText)),
            Ok(c) => {
                if c == '\n' {
                    line += 1;
                    column = 1;
                } else {
                    column += 1;
                }
                out.push(c);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom_and_crlf() {
        assert_eq!(decode("Hà Nội\r\nHuế".as_bytes()).unwrap(), "Hà Nội\nHuế");
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("Đà Nẵng".as_bytes());
        assert_eq!(decode(&b).unwrap(), "Đà Nẵng");
    }

    #[test]
    fn utf16_both_byte_orders() {
        let s = "Câu hỏi\r\nAnswer 1";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&le).unwrap(), "Câu hỏi\nAnswer 1");
        assert_eq!(decode(&be).unwrap(), "Câu hỏi\nAnswer 1");
        // Odd length: cut in the middle of a character.
        le.push(0x41);
        assert_eq!(decode(&le).unwrap_err().reason, Reason::NotText);
    }

    #[test]
    fn binary_and_latin1_are_refused_with_the_place() {
        // A PNG's first bytes.
        let png = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];
        assert_eq!(decode(&png).unwrap_err().reason, Reason::NotText);
        // Windows-1252 "café" on line 2.
        let n = decode(b"ok\ncaf\xe9").unwrap_err();
        assert_eq!(n.place, Place::at(2, 4));
        // A NUL in otherwise valid UTF-8.
        let n = decode(b"abc\0def").unwrap_err();
        assert_eq!(n.place, Place::at(1, 4));
    }
}
