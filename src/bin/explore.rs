//! The Corner's exploring download: `/corner/search`, `/corner/timeline…`,
//! `/corner/map`. See `app::pages`.

fn main() {
    asean_kiosk::app::mount(asean_kiosk::app::pages::explore);
}
