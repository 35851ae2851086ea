//! The main download (trunk's entry point): home, the sections and admin.
//! Everything lives in the library; see `app::pages`.

fn main() {
    asean_kiosk::app::mount(asean_kiosk::app::pages::main);
}
