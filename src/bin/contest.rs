//! The contest download: playing a pack (`/contest/<mode>/<pack>`).
//! Built by trunk as a second wasm; see `app::pages`.

fn main() {
    asean_kiosk::app::mount(asean_kiosk::app::pages::contest);
}
