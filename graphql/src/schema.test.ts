import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { printedSchema } from './schema.ts';

it('the committed SDL (graphql/schema.graphql) is the printed schema: run "npm run schema:print" after a change', () => {
  const committed = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');
  expect(committed).toBe(printedSchema());
});
