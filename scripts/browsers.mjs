// Where the test and benchmark scripts find a browser on this machine. Debian's packages are the
// default; CHROME_PATH / FIREFOX_PATH point elsewhere.
import { existsSync } from 'node:fs';

const firstExisting = (paths) => paths.find((p) => p && existsSync(p));

export const chromiumPath = () =>
  firstExisting([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);

export const firefoxPath = () => firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);

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
