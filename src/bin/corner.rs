//! The ASEAN Corner download: `/corner` and `/corner/<id>`.
//! See `app::pages`.

fn main() {
    asean_kiosk::app::mount(asean_kiosk::app::pages::corner);
}
