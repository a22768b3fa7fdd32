import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './schema/scalars.ts';
import './schema/errors.ts';
import './schema/org.ts';
import './schema/register-book.ts';
import './schema/agency.ts';
import './schema/incoming-document.ts';
import './schema/distribution.ts';
import './schema/calendar.ts';
import './schema/deadline-settings.ts';
import './schema/notification.ts';
import './schema/register-report.ts';
import './schema/outgoing.ts';
import './schema/task.ts';
import './schema/task-mutations.ts';

export const schema = builder.toSchema();

/** The committed contract (graphql/schema.graphql): sorted so that diffs show real changes only. */
export const printedSchema = () => `${printSchema(lexicographicSortSchema(schema))}\n`;
