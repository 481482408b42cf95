import { defineConfig } from "vite";
// vite-plugin-singlefile inlines the script and the CSS into the page: the feedback form is one
// file a giver opens from disk, with nothing to load (the plugin made for this; a hand-written
// inliner would have to track Vite's output format).
import { viteSingleFile } from "vite-plugin-singlefile";

// The feedback form (ui/form) as one self-contained HTML file: dist-form/index.html, which
// crates/requests embeds and fills in with a request's data.
export default defineConfig({
  root: "form",
  base: "./",
  plugins: [viteSingleFile()],
  clearScreen: false,
  build: {
    outDir: "../dist-form",
    emptyOutDir: true,
    // Current Firefox, Chrome, Edge and Safari.
    target: "es2020",
    sourcemap: false,
    modulePreload: false,
  },
});
