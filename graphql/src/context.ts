import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Config } from '../../backend/src/config/config.ts';
import type { Agency } from '../../backend/src/modules/agency/agency.entity.ts';
import type { AuditEvent } from '../../backend/src/modules/audit/audit.entity.ts';
import type { Deadline } from '../../backend/src/modules/deadline/deadline.entity.ts';
import type { Assignment, IncomingDocument } from '../../backend/src/modules/document/document.entity.ts';
import type { DocumentFile } from '../../backend/src/modules/file/file.entity.ts';
import type { FileStore } from '../../backend/src/modules/file/file-store.ts';
import type { Unit, User } from '../../backend/src/modules/org/org.entity.ts';
import type { RegisterBook } from '../../backend/src/modules/register-book/register-book.entity.ts';
import type { Actor } from '../../backend/src/shared/actor.ts';
import type { IncomingDocumentClient } from '../../backend/src/temporal/incoming-document.client.ts';
import type { OutgoingDocumentClient } from '../../backend/src/temporal/outgoing-document.client.ts';
import type { TaskClient } from '../../backend/src/temporal/task.client.ts';

export interface Loaders {
  user: DataLoader<string, User | null>;
  unit: DataLoader<string, Unit | null>;
  book: DataLoader<string, RegisterBook | null>;
  document: DataLoader<string, IncomingDocument | null>;
  assignmentsByDocument: DataLoader<string, Assignment[]>;
  filesByDocument: DataLoader<string, DocumentFile[]>;
  timeline: DataLoader<string, AuditEvent[]>;
  deadlines: DataLoader<string, Deadline[]>;
  agency: DataLoader<string, Agency | null>;
}

export interface Services {
  config: Config;
  files: FileStore;
  incoming: IncomingDocumentClient;
  outgoing: OutgoingDocumentClient;
  tasks: TaskClient;
  /** Tells running workflows that a year's calendar (or the office hours, year = null) changed, so pending deadlines are recomputed. */
  calendarChanged(change: { year: number | null; version: number }): Promise<void>;
}

export interface Context {
  em: EntityManager;
  user: User | null;
  actor: Actor | null;
  sessionToken: string | null;
  loaders: Loaders;
  services: Services;
  /** Set-Cookie values the HTTP layer adds to the response. */
  responseCookies: string[];
}
