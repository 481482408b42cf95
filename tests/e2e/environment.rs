//! Xvfb, tauri-driver and WebDriver sessions for the end-to-end tests.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder};
use serde_json::json;

/// A journey: drives one session and returns an error message when something a person would
/// see is wrong.
pub type Journey = for<'a> fn(
    &'a Environment,
    &'a Session,
) -> futures_util::future::BoxFuture<'a, Result<(), String>>;

/// How long one journey may take before it counts as hung.
const JOURNEY_LIMIT: Duration = Duration::from_secs(240);
/// How long starting the app in a new session may take.
const SESSION_LIMIT: Duration = Duration::from_secs(60);

/// One running app in a WebDriver session, with the folders it was started with.
pub struct Session {
    pub client: Client,
    pub data_dir: PathBuf,
}

/// The processes shared by all journeys.
pub struct Environment {
    ready: Result<Running, String>,
    /// Data folders that outlive one session, by name (for "is it remembered" journeys).
    pub shared_data: tempfile::TempDir,
    /// Where the app's save and open dialogs point (GTK dialogs cannot be driven over
    /// WebDriver; see `SKILLS_JOURNAL_DIALOG_DIR` in src-tauri/src/dialogs.rs).
    pub dialog_dir: PathBuf,
}

struct Running {
    xvfb: Mutex<Child>,
    driver: Mutex<Child>,
    driver_url: String,
    logs: PathBuf,
}

impl Environment {
    pub fn start() -> Self {
        let shared_data = tempfile::tempdir().expect("a temporary folder");
        let dialog_dir = shared_data.path().join("dialogs");
        std::fs::create_dir_all(&dialog_dir).expect("a folder for the dialogs");
        Self {
            ready: start_processes(&dialog_dir),
            shared_data,
            dialog_dir,
        }
    }

    /// Runs one journey in a fresh app with its own data folder (or the shared one).
    pub fn run(&self, name: &str, journey: Journey) -> Result<(), String> {
        let running = self.ready.as_ref().map_err(Clone::clone)?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| format!("no async runtime: {e}"))?;
        runtime.block_on(async {
            let data_dir = self.shared_data.path().join(name);
            std::fs::create_dir_all(&data_dir).map_err(|e| e.to_string())?;
            let session = running.session(&data_dir).await?;
            // A journey that hangs (a webview that never answers) fails instead of holding up
            // `make test` until CI's limit; every journey here takes seconds.
            let result = match tokio::time::timeout(JOURNEY_LIMIT, journey(self, &session)).await {
                Ok(result) => result,
                Err(_) => Err(format!(
                    "the journey did not finish within {} s (the app or WebKitWebDriver stopped answering)",
                    JOURNEY_LIMIT.as_secs()
                )),
            };
            if result.is_err() {
                save_screenshot(&session.client, name).await;
            }
            // Closing the session ends the app; a failure here is not the journey's failure.
            let _ = session.client.close().await;
            result.map_err(|message| format!("{message}\n(driver log: {})", running.logs.display()))
        })
    }

    /// Starts a second session on the data folder of an earlier journey.
    pub async fn session_on(&self, data_dir: &Path) -> Result<Session, String> {
        let running = self.ready.as_ref().map_err(Clone::clone)?;
        running.session(data_dir).await
    }
}

impl Running {
    async fn session(&self, data_dir: &Path) -> Result<Session, String> {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library");
        let capabilities = json!({
            "tauri:options": {
                "application": env!("CARGO_BIN_EXE_skills-journal"),
                "args": ["--data-dir", data_dir, "--articles-dir", fixtures],
            }
        });
        let serde_json::Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let mut last_error = String::new();
        // The first session after start-up can race WebKitWebDriver's own start: retry briefly.
        for _ in 0..3 {
            // Starting the app can hang on a busy machine; a new attempt usually works.
            let attempt = tokio::time::timeout(
                SESSION_LIMIT,
                ClientBuilder::native()
                    .capabilities(capabilities.clone())
                    .connect(&self.driver_url),
            )
            .await
            .unwrap_or_else(|_| {
                Err(fantoccini::error::NewSessionError::Lost(
                    std::io::Error::new(
                        std::io::ErrorKind::TimedOut,
                        format!("no session within {} s", SESSION_LIMIT.as_secs()),
                    ),
                ))
            });
            match attempt {
                Ok(client) => {
                    return Ok(Session {
                        client,
                        data_dir: data_dir.to_path_buf(),
                    });
                }
                Err(error) => {
                    last_error = error.to_string();
                    tokio::time::sleep(Duration::from_secs(2)).await;
                }
            }
        }
        Err(format!(
            "could not start the app through tauri-driver: {last_error}"
        ))
    }
}

impl Drop for Environment {
    fn drop(&mut self) {
        if let Ok(running) = &self.ready {
            for child in [&running.driver, &running.xvfb] {
                if let Ok(mut child) = child.lock() {
                    let _ = child.kill();
                    let _ = child.wait();
                }
            }
        }
    }
}

fn start_processes(dialog_dir: &Path) -> Result<Running, String> {
    let xvfb_bin = find_program("Xvfb", &[])
        .ok_or("Xvfb is not installed: install Debian's `xvfb` package (make test does this)")?;
    find_program("WebKitWebDriver", &[]).ok_or(
        "WebKitWebDriver is not installed: install Debian's `webkit2gtk-driver` package (make test does this)",
    )?;
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .map(|home| home.join("bin"));
    let driver_bin = find_program("tauri-driver", cargo_bin.as_slice()).ok_or(
        "tauri-driver is not installed: run `cargo install tauri-driver --locked --version ^2` (make test does this)",
    )?;

    let logs = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e-logs");
    std::fs::create_dir_all(&logs).map_err(|e| format!("{}: {e}", logs.display()))?;
    let log_file = |name: &str| -> Result<Stdio, String> {
        std::fs::File::create(logs.join(name))
            .map(Stdio::from)
            .map_err(|e| format!("{name}: {e}"))
    };

    let display = free_display().ok_or("no free X display number between :90 and :189")?;
    let xvfb = Command::new(&xvfb_bin)
        .args([
            &format!(":{display}"),
            "-screen",
            "0",
            "1280x860x24",
            "-nolisten",
            "tcp",
        ])
        .stdin(Stdio::null())
        .stdout(log_file("xvfb.log")?)
        .stderr(log_file("xvfb.err.log")?)
        .spawn()
        .map_err(|e| format!("could not start Xvfb: {e}"))?;
    let socket = PathBuf::from(format!("/tmp/.X11-unix/X{display}"));
    wait_for(Duration::from_secs(15), || socket.exists())
        .map_err(|()| format!("Xvfb did not open display :{display}"))?;

    let port = free_port()?;
    let native_port = free_port()?;
    let driver = Command::new(&driver_bin)
        .args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .env("DISPLAY", format!(":{display}"))
        // A known OS language, so the journeys know which language the UI starts in.
        .env("LANG", "nl_NL.UTF-8")
        .env("LC_ALL", "nl_NL.UTF-8")
        .env("SKILLS_JOURNAL_DIALOG_DIR", dialog_dir)
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .stdout(log_file("tauri-driver.log")?)
        .stderr(log_file("tauri-driver.err.log")?)
        .spawn()
        .map_err(|e| format!("could not start tauri-driver: {e}"))?;
    let running = Running {
        xvfb: Mutex::new(xvfb),
        driver: Mutex::new(driver),
        driver_url: format!("http://127.0.0.1:{port}"),
        logs,
    };
    wait_for(Duration::from_secs(20), || {
        TcpStream::connect(("127.0.0.1", port)).is_ok()
    })
    .map_err(|()| format!("tauri-driver did not listen on port {port}"))?;
    Ok(running)
}

fn find_program(name: &str, extra_dirs: &[PathBuf]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(extra_dirs.iter().cloned())
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

fn free_display() -> Option<u32> {
    (90..190).find(|n| {
        !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
            && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
    })
}

fn free_port() -> Result<u16, String> {
    TcpListener::bind(("127.0.0.1", 0))
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .map_err(|e| format!("no free port: {e}"))
}

fn wait_for(limit: Duration, mut ready: impl FnMut() -> bool) -> Result<(), ()> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if ready() {
            return Ok(());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Err(())
}

/// Keeps what the window showed when a journey failed, next to the logs.
pub async fn save_screenshot(client: &Client, name: &str) {
    if let Ok(png) = client.screenshot().await {
        let path = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("e2e-logs")
            .join(format!("{name}.png"));
        let _ = std::fs::write(path, png);
    }
}
