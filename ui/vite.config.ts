import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// The app is served from Tauri's custom protocol (tauri://localhost), so asset URLs are
// relative. The built page must run under the strict CSP in tauri.conf.json: no inline
// scripts or styles, which Vite's production build already guarantees (CSS goes to files).
export default defineConfig({
  base: "./",
  plugins: [svelte()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    watch: { ignored: ["**/src-tauri/**"] },
    // The .ftl files live in crates/i18n (Rust reads them too), outside this folder.
    fs: { allow: [".", "../crates/i18n/locales"] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // WebKitGTK on Debian 12 and WebView2 both handle modern syntax.
    target: "es2022",
    sourcemap: false,
  },
  test: {
    include: ["src/**/*.test.ts", "form/**/*.test.ts"],
    environment: "node",
  },
});
