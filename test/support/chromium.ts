// Debian's Chromium, as the browser tests and the widget bench launch it with playwright-core.
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];
