//! The hosting download: control and audience windows
//! (`/contest/golden-bell`, `/contest/golden-bell/screen`). See `app::pages`.

fn main() {
    asean_kiosk::app::mount(asean_kiosk::app::pages::host);
}
