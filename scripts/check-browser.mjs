// Runs before the tests: fails fast, with the fix, when the browser the suite needs is missing.
import { chromiumPath } from './browsers.mjs';

if (!chromiumPath()) {
  console.error(
    [
      'No Chromium found for the browser tests.',
      'Install it with:   sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROME_PATH at a Chrome or Chromium binary:   CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
