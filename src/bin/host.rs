//! The hosting download: control and audience windows
//! (`/contest/host`, `/contest/golden-bell`, and their `/screen`). See `app::pages`.

fn main() {
    asean_kiosk::app::mount(asean_kiosk::app::pages::host);
}
