//! The Flags & Anthem download: `/exhibit…` and `/admin/anthem`.
//! See `app::pages`.

fn main() {
    asean_kiosk::app::mount(asean_kiosk::app::pages::exhibit);
}
