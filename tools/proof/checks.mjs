// Collects named checks and prints a PASS/FAIL summary.
export function checkList(title) {
  const checks = [];
  return {
    checks,
    /** Records a check; `detail` says what was measured either way. */
    check(scenario, name, ok, detail = '') {
      checks.push({ scenario, name, ok: Boolean(ok), detail });
      console.log(`  ${ok ? 'PASS' : 'FAIL'}  [${scenario}] ${name}${detail ? ` — ${detail}` : ''}`);
      return Boolean(ok);
    },
    /** Records a scenario that could not run at all. */
    fail(scenario, error) {
      checks.push({ scenario, name: 'scenario ran to the end', ok: false, detail: String(error?.stack ?? error) });
      console.log(`  FAIL  [${scenario}] did not run to the end: ${error?.message ?? error}`);
    },
    summary() {
      const failed = checks.filter((c) => !c.ok);
      console.log(`\n${title}: ${checks.length - failed.length} passed, ${failed.length} failed`);
      for (const c of failed) console.log(`  FAIL  [${c.scenario}] ${c.name}${c.detail ? ` — ${c.detail.split('\n')[0]}` : ''}`);
      console.log(failed.length === 0 ? 'RESULT: PASS' : 'RESULT: FAIL');
      return failed.length === 0;
    },
  };
}
