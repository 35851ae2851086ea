//! Typical Corner searches as a visitor types them (the first letter, a
//! half-typed word, whole phrases without accents), for both benchmarks.

use asean_kiosk::core::lang::Lang;

pub const QUERIES: [(Lang, [&str; 8]); 2] = [
    (
        Lang::Vi,
        [
            "h",
            "ha n",
            "ha noi",
            "hue",
            "dong nam a",
            "thanh pho van hoa",
            "1967",
            "asean",
        ],
    ),
    (
        Lang::En,
        [
            "h",
            "ha n",
            "hanoi",
            "hue",
            "southeast asia",
            "city of culture",
            "1967",
            "asean",
        ],
    ),
];
