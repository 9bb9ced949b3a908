// A web-test-runner reporter that writes the run's test counts as JSON to the file named by
// READER_TEST_COUNTS, so scripts/test.mjs can print one line per engine after all engines ran.
// It prints nothing itself; the default reporter still does the talking.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countSuite(child, counts);
}

export function countReporter(file = process.env.READER_TEST_COUNTS) {
  let last;
  return {
    onTestRunFinished({ sessions }) {
      const counts = { files: 0, passed: 0, failed: 0, skipped: 0, brokenFiles: [] };
      for (const session of sessions) {
        counts.files += 1;
        countSuite(session.testResults, counts);
        // A file that failed to load, threw outside a test or timed out has errors but maybe no tests.
        if (!session.passed && session.errors?.length) counts.brokenFiles.push(session.testFile);
      }
      last = counts;
    },
    stop() {
      if (file && last) writeFileSync(file, JSON.stringify(last));
    },
  };
}
