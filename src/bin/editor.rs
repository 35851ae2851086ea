//! The editor download: teachers' own packs — `/contest/editor` (the list),
//! `/contest/editor/<id>` (one pack) and `/contest/import`. See `app::pages`.

fn main() {
    asean_kiosk::app::mount(asean_kiosk::app::pages::editor);
}
