# The command line's own words (src-tauri/src/cli.rs). Read by Rust only.

cli-error = error: { $message }
