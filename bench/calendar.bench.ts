/**
 * Deadline engine throughput: 1,000,000 mixed deadlines at pseudo-random instants over 3 years.
 * Target < 1000 ms. Run: node_modules/.bin/node bench/calendar.bench.ts
 * Timing is cold (includes building the calendar and JIT warm-up), as a workflow worker would see it.
 */

import os from 'node:os';
import {
  DEFAULT_OFFICE_HOURS,
  createWorkingCalendar,
  prefillYearCalendar,
  vnInstant,
} from '../workflows/src/calendar/index.ts';

const COUNT = 1_000_000;
const FIRST_YEAR = 2025;
const LAST_YEAR = 2027;

/** Numerical Recipes LCG, 32-bit; fixed seed so every run computes the same deadlines. */
let seed = 20_260_217;
function next(): number {
  seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
  return seed;
}

const from = vnInstant(FIRST_YEAR, 1, 1);
const span = vnInstant(LAST_YEAR + 1, 1, 1) - from;

const start = performance.now();
const calendar = createWorkingCalendar({
  officeHours: DEFAULT_OFFICE_HOURS,
  years: [FIRST_YEAR, FIRST_YEAR + 1, LAST_YEAR].map(prefillYearCalendar),
});
const built = performance.now();

let checksum = 0;
for (let i = 0; i < COUNT; i++) {
  const r = next();
  const t = from + Math.floor((r / 4_294_967_296) * span);
  let deadline: number;
  switch (i & 3) {
    case 0:
      deadline = calendar.sameWorkingDay(t);
      break;
    case 1:
      deadline = calendar.nextWorkingMorning(t);
      break;
    case 2:
      deadline = calendar.addWorkingDays(t, 1 + (r % 10));
      break;
    default:
      deadline = calendar.addWorkingHours(t, 0.5 + (r % 32) / 2);
  }
  checksum = (checksum + (deadline % 1_000_003)) % 1_000_000_007;
}
const end = performance.now();

const totalMs = end - start;
const cpus = os.cpus();
console.log(`deadlines:        ${COUNT.toLocaleString('en-US')} over ${FIRST_YEAR}–${LAST_YEAR}`);
console.log(`calendar build:   ${(built - start).toFixed(1)} ms`);
console.log(`total:            ${totalMs.toFixed(1)} ms ${totalMs < 1000 ? '(< 1000 ms: OK)' : '(≥ 1000 ms: TOO SLOW)'}`);
console.log(`throughput:       ${Math.round(COUNT / (totalMs / 1000)).toLocaleString('en-US')} deadlines/s`);
console.log(`checksum:         ${checksum}`);
console.log(`cpu:              ${cpus[0]?.model ?? 'unknown'} × ${cpus.length} cores`);
console.log(`node:             ${process.version}`);
