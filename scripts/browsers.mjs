// Where the test and benchmark scripts find a browser on this machine. Debian's packages are the
// default; CHROME_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH / MINIBROWSER_PATH / XVFB_PATH point elsewhere.
// Nothing here downloads a browser: every engine is a package of the operating system.
import { existsSync } from 'node:fs';

const firstExisting = (paths) => paths.find((p) => p && existsSync(p));

export const chromiumPath = () =>
  firstExisting([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);

export const firefoxPath = () => firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);

/** WebKitGTK's WebDriver server (Debian: webkit2gtk-driver). */
export const webkitDriverPath = () =>
  firstExisting([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver', '/usr/local/bin/WebKitWebDriver']);

/** WebKitGTK's MiniBrowser, the browser WebKitWebDriver drives (Debian: libwebkit2gtk-4.1-0). */
export const miniBrowserPath = () =>
  firstExisting([
    process.env.MINIBROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);

/** MiniBrowser has no headless mode: it draws into a virtual X server (Debian: xvfb). */
export const xvfbPath = () => firstExisting([process.env.XVFB_PATH, '/usr/bin/Xvfb']);

/** Flags Chromium needs here: root without a sandbox, no GPU, and no calls home on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The engines the suite runs in, in the order `npm test` runs them. `missing()` names what is not
 * installed; `install` is the command that fixes it on Debian/Ubuntu; `env` the variables that point
 * at a binary installed elsewhere.
 */
export const engines = {
  chromium: {
    label: 'Chromium',
    missing: () => (chromiumPath() ? [] : ['chromium']),
    install: 'sudo apt-get update && sudo apt-get install -y chromium',
    env: 'CHROME_PATH=/path/to/chrome',
  },
  firefox: {
    label: 'Firefox ESR',
    missing: () => (firefoxPath() ? [] : ['firefox-esr']),
    install: 'sudo apt-get update && sudo apt-get install -y firefox-esr',
    env: 'FIREFOX_PATH=/path/to/firefox',
  },
  webkit: {
    label: 'WebKit (WebKitGTK MiniBrowser)',
    missing: () => [...(webkitDriverPath() && miniBrowserPath() ? [] : ['webkit2gtk-driver']), ...(xvfbPath() ? [] : ['xvfb'])],
    install: 'sudo apt-get update && sudo apt-get install -y webkit2gtk-driver xvfb',
    env: 'WEBKIT_DRIVER_PATH=/path/to/WebKitWebDriver MINIBROWSER_PATH=/path/to/MiniBrowser XVFB_PATH=/path/to/Xvfb',
  },
};

export const engineNames = Object.keys(engines);

/**
 * The engines chosen by a comma-separated list such as `chromium,webkit` (the ENGINES variable or
 * `--engine`); an empty list means all of them. Unknown names throw with the known ones listed.
 */
export function parseEngines(list) {
  const names = String(list ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !engineNames.includes(name));
  if (unknown.length) {
    throw new Error(`Unknown engine ${unknown.join(', ')}: choose from ${engineNames.join(', ')}.`);
  }
  return names.length ? [...new Set(names)] : [...engineNames];
}

/**
 * Names a puppeteer-based launcher (`chromeLauncher` calls every browser "Chrome") and makes it retry a
 * browser that fails to start, which happens now and then on a loaded machine; without it one failed
 * start fails every later test file.
 */
export function withStartRetries(launcher, { attempts = 3, label = launcher.name } = {}) {
  launcher.name = label;
  const launch = launcher.launchBrowser.bind(launcher);
  launcher.launchBrowser = async (options) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await launch(options);
      } catch (error) {
        if (attempt >= attempts) throw error;
        console.warn(`${label} did not start (attempt ${attempt} of ${attempts}): ${error.message}`);
        await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
      }
    }
  };
  return launcher;
}
