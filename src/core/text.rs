//! Text normalisation shared by typed answers and (later) search:
//! case, spacing and Vietnamese diacritics folded away, so that `ha noi`
//! matches `Hà Nội` and `dong nam a` matches `Đông Nam Á`.

/// The base letter of a Latin letter with diacritics (Vietnamese first),
/// or the letter itself.
fn base(c: char) -> char {
    match c {
        'à' | 'á' | 'ả' | 'ã' | 'ạ' | 'ă' | 'ằ' | 'ắ' | 'ẳ' | 'ẵ' | 'ặ' | 'â' | 'ầ' | 'ấ' | 'ẩ'
        | 'ẫ' | 'ậ' | 'ä' | 'å' => 'a',
        'è' | 'é' | 'ẻ' | 'ẽ' | 'ẹ' | 'ê' | 'ề' | 'ế' | 'ể' | 'ễ' | 'ệ' | 'ë' => {
            'e'
        }
        'ì' | 'í' | 'ỉ' | 'ĩ' | 'ị' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ỏ' | 'õ' | 'ọ' | 'ô' | 'ồ' | 'ố' | 'ổ' | 'ỗ' | 'ộ' | 'ơ' | 'ờ' | 'ớ' | 'ở'
        | 'ỡ' | 'ợ' | 'ö' => 'o',
        'ù' | 'ú' | 'ủ' | 'ũ' | 'ụ' | 'ư' | 'ừ' | 'ứ' | 'ử' | 'ữ' | 'ự' | 'û' | 'ü' => {
            'u'
        }
        'ỳ' | 'ý' | 'ỷ' | 'ỹ' | 'ỵ' | 'ÿ' => 'y',
        'đ' => 'd',
        'ç' => 'c',
        'ñ' => 'n',
        _ => c,
    }
}

/// Combining marks (U+0300–U+036F): text typed on some keyboards arrives
/// decomposed, with the tone mark as a separate character.
fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Lower case, whitespace trimmed and collapsed; diacritics removed when
/// `fold_diacritics`. Characters of other scripts (Thai, Khmer, Lao,
/// Burmese…) pass through unchanged.
pub fn normalise(s: &str, fold_diacritics: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if fold_diacritics && is_combining(c) {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(if fold_diacritics { base(c) } else { c });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::normalise;

    #[test]
    fn folds_vietnamese() {
        assert_eq!(normalise("  Hà   Nội ", true), "ha noi");
        assert_eq!(normalise("ĐÔNG NAM Á", true), "dong nam a");
        assert_eq!(normalise("Huế", true), "hue");
        assert_eq!(normalise("Viêng Chăn", true), "vieng chan");
        assert_eq!(
            normalise("Thành phố Hồ Chí Minh", true),
            "thanh pho ho chi minh"
        );
        // Decomposed input (base letter + combining marks).
        assert_eq!(normalise("He\u{302}\u{301}", true), "he");
    }

    #[test]
    fn keeps_diacritics_when_asked() {
        assert_eq!(normalise(" Hà  Nội", false), "hà nội");
        assert_ne!(normalise("Hà Nội", false), normalise("Ha Noi", false));
    }

    #[test]
    fn other_scripts_pass_through() {
        assert_eq!(normalise("กรุงเทพ", true), "กรุงเทพ");
        assert_eq!(normalise("ភ្នំពេញ", true), "ភ្នំពេញ");
        assert_eq!(normalise("", true), "");
    }
}
