//! The Olympia download: `/contest/olympia` and its audience window.
//! See `app::pages`.

fn main() {
    asean_kiosk::app::mount(asean_kiosk::app::pages::olympia);
}
