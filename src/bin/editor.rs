//! The editor download: one teacher's pack in the editor,
//! `/contest/editor/<id>`. See `app::pages`.

fn main() {
    asean_kiosk::app::mount(asean_kiosk::app::pages::editor);
}
