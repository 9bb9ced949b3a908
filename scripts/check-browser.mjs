// Runs before the tests: fails fast, with the fix, when a browser engine the suite needs is missing.
//   node scripts/check-browser.mjs [chromium,firefox,webkit]   (default: ENGINES, else all engines)
import { pathToFileURL } from 'node:url';
import { engines, parseEngines } from './browsers.mjs';

/** The message for the chosen engines that are not installed, or '' when all of them are there. */
export function missingBrowsersMessage(names) {
  const missing = names.filter((name) => engines[name].missing().length);
  if (!missing.length) return '';
  const present = names.filter((name) => !missing.includes(name));
  const lines = [];
  for (const name of missing) {
    const engine = engines[name];
    lines.push(
      `No ${engine.label} found for the browser tests (missing: ${engine.missing().join(', ')}).`,
      `  Install it with:   ${engine.install}`,
      `  or point at a binary installed elsewhere:   ${engine.env} npm test`,
    );
  }
  const every = missing.map((name) => engines[name].missing()).flat();
  lines.push('', `All at once:   sudo apt-get update && sudo apt-get install -y ${[...new Set(every)].join(' ')}`);
  if (present.length) {
    lines.push(`Or run only the engines you have:   npm test -- --engine ${present.join(',')}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  let names;
  try {
    names = parseEngines(process.argv[2] ?? process.env.ENGINES);
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  const message = missingBrowsersMessage(names);
  if (message) {
    console.error(message);
    process.exit(1);
  }
}
