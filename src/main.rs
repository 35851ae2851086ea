//! Entry point for trunk: everything lives in the library.

fn main() {
    asean_kiosk::app::mount();
}
