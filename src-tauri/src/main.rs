// No console window on Windows release builds; the same binary still serves the command line.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    skills_journal::main()
}
