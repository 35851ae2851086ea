//! The admin download: `/admin` (settings, data) and `/admin/report`,
//! behind the PIN. See `app::pages`.

fn main() {
    asean_kiosk::app::mount(asean_kiosk::app::pages::admin);
}
