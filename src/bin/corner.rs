//! The ASEAN Corner download: browsing (`/corner`), the reader
//! (`/corner/<id>`), the glossary, the visitor's saved articles and the QR
//! page. See `app::pages`.

fn main() {
    asean_kiosk::app::mount(asean_kiosk::app::pages::corner);
}
