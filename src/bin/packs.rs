//! The packs download: teachers' packs as files — `/contest/editor` (the
//! list, export, delete) and `/contest/import`. See `app::pages`.

fn main() {
    asean_kiosk::app::mount(asean_kiosk::app::pages::packs);
}
