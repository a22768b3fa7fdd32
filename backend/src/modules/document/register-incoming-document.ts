import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createWorkingCalendar, type CalendarData, type WorkingCalendar } from '../../../../workflows/src/calendar/index.ts';
import { recalledRefusal } from '../../../../workflows/src/incoming-document/distribution-rules.ts';
import { directionRule } from '../../../../workflows/src/incoming-document/incoming-deadlines.ts';
import type { Actor } from '../../shared/actor.ts';
import { vnYear } from '../../shared/dates.ts';
import { recordEvent } from '../audit/record-event.ts';
import { getCalendarData } from '../calendar/get-calendar-data.ts';
import { Deadline } from '../deadline/deadline.entity.ts';
import { deadlineEventData, timelineSubject } from '../deadline/set-deadline.ts';
import { DocumentFile } from '../file/file.entity.ts';
import type { StoredFileRef } from '../file/file-store.ts';
import { forbidden } from '../org/org.errors.ts';
import { chooseBook, listIncomingBooksOfYear } from '../register-book/choose-book.ts';
import { bookNotFound } from '../register-book/register-book.errors.ts';
import { IncomingDocument } from './document.entity.ts';
import { enforce } from './distribution-step.ts';
import { prepareSubmission, recordSubmission } from './submission-deadline.ts';
import type { CleanRegistration } from './validate-incoming.ts';

export interface RegistrationResult {
  documentId: string;
  bookId: string;
  year: number;
  arrivalNumber: number;
  /**
   * The moment the document entered the register. (Named before the văn thư could record an earlier
   * ngày đến, which is on the document; running workflows read this name: before the submission step,
   * their direction limit counts from it.)
   */
  arrivalAt: string;
  /** Ngày đến as recorded on the document (the receipt, for a document received electronically). */
  arrivedAt?: string;
  /** When it was submitted to the leader: the registration itself ("vào sổ và trình"), null when only registered. */
  submittedAt?: string | null;
  /** The direction limit the registration recorded (asked with `recordDirection`), null when it did not submit. */
  directionDueAt?: string | null;
}

const toResult = (d: IncomingDocument): RegistrationResult => ({
  documentId: d.id,
  bookId: d.bookId!,
  year: d.year!,
  arrivalNumber: d.arrivalNumber!,
  arrivalAt: d.registeredAt!.toISOString(),
  arrivedAt: d.arrivalAt.toISOString(),
  submittedAt: d.submittedAt?.toISOString() ?? null,
});

/** The years of the agency calendar a registration computes its limits with: from the ngày đến's to the next one. */
export const registrationCalendarYears = (arrivalAt: Date, now: Date) => ({ fromYear: Math.min(vnYear(arrivalAt), vnYear(now)), toYear: vnYear(now) + 1 });

export function insertDocumentFiles(em: EntityManager, documentId: string, files: readonly StoredFileRef[], actor: Actor, now: Date): void {
  for (const f of files) {
    em.create(DocumentFile, {
      id: f.fileId,
      documentId,
      sha256: f.sha256,
      fileName: f.fileName,
      mimeType: f.mimeType,
      size: f.size,
      uploadedById: actor.id,
      createdAt: now,
    });
  }
}

/**
 * Vào sổ: takes the next số đến of the book and writes the document, its files and its event in one
 * transaction. The number comes from `update … returning` on the book row, whose lock serialises
 * concurrent registrations, and a rollback gives the number back, so the sequence stays gapless. It is
 * taken after everything else that can be done without it, so the lock is held for that statement, the
 * document's row and the commit. A retry finds the document registered and returns the number it got
 * the first time.
 *
 * A document received electronically (`received`) is registered in place: its row gets the book,
 * the number and the văn thư's corrections; its ngày đến stays the receipt. `submit` (the default)
 * also submits it to the leader (trình); otherwise it waits in chờ trình. Either way the submission
 * limit's row records whether vào sổ and trình were on time (deadline kind `submission`).
 */
export async function registerIncomingDocument(opts: {
  em: EntityManager;
  documentId: string;
  stepKey: string;
  actor: Actor;
  input: CleanRegistration;
  /** The single file of the first release's registrations. */
  file: StoredFileRef | null;
  files?: StoredFileRef[];
  /** Left out by registrations from before the submission step: they submitted. */
  submit?: boolean;
  /** The agency calendar for `registrationCalendarYears`, when the caller has it already; read here otherwise. */
  calendar?: CalendarData;
  /**
   * Also record the direction limit the submission starts (row and `deadline.set` event), which the workflow
   * would otherwise record through its deadline watcher: workflows since REGISTER_LOCALLY_PATCH ask for it.
   */
  recordDirection?: boolean;
  now: Date;
}): Promise<RegistrationResult> {
  const { documentId, actor, input, now } = opts;
  const submit = opts.submit ?? true;
  return opts.em.transactional(async (em) => {
    // Locked: two clerks registering the same received document get one number.
    const existing = await em.findOne(IncomingDocument, documentId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    // A registration asked just before its sender's recall froze the copy.
    if (existing?.status === 'recalled') enforce(recalledRefusal(existing.recallReason ?? null));
    if (existing && existing.status !== 'received') {
      const direction = opts.recordDirection ? await em.findOne(Deadline, { subjectId: documentId, kind: 'direction' }) : null;
      return { ...toResult(existing), ...(opts.recordDirection ? { directionDueAt: direction?.dueAt.toISOString() ?? null } : {}) };
    }
    if (!actor.roles.includes('clerk')) throw forbidden('vào sổ văn bản đến');

    const year = vnYear(now);
    // Checked again here: an administrator may have changed the books since the edge chose this one.
    chooseBook(await listIncomingBooksOfYear(em, year), input.confidentiality, input.bookId);
    // Reads first, then the rows that need no number, then the number (see below).
    const arrivalAt = existing ? existing.arrivalAt : input.arrivalAt ? new Date(input.arrivalAt) : now;
    const calendar = createWorkingCalendar(opts.calendar ?? (await getCalendarData({ em, ...registrationCalendarYears(arrivalAt, now) })));
    const submission = await prepareSubmission(em, { documentId, received: existing !== null, arrivalAt, urgency: input.urgency, calendar });
    // The limits and events first: they need no number (the event gets it with the number, below).
    const limit = recordSubmission(em, { documentId, prepared: submission, submitted: submit, stepKey: opts.stepKey, now });
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'incoming_document',
      subjectId: documentId,
      kind: 'document.registered',
      actorId: actor.id,
      at: now,
      data: {
        bookId: input.bookId,
        submitted: submit,
        ...(submit ? { submissionOnTime: limit.status === 'met' } : {}),
        ...(existing ? { received: true } : {}),
        ...(input.confirmedDuplicateIds?.length ? { confirmedDuplicateIds: input.confirmedDuplicateIds } : {}),
      },
    });
    const direction = submit && opts.recordDirection ? recordDirectionLimit(em, { documentId, urgency: input.urgency, calendar, stepKey: opts.stepKey, now }) : null;
    await em.flush();
    // The number as late as possible: the book's row stays locked from here to the commit, so concurrent registrations
    // wait for this statement, the document's row and the commit only.
    const rows = await em.execute<{ last_number: number; year: number }[]>(
      `with b as (update register_book set last_number = last_number + 1
                   where id = ? and direction = 'incoming' and year = ? and active returning last_number, year),
            e as (update audit_event set data = data || jsonb_build_object('arrivalNumber', b.last_number, 'year', b.year)
                   from b where audit_event.step_key = ?)
       select last_number, year from b`,
      [input.bookId, year, opts.stepKey],
    );
    const allocated = rows[0];
    if (!allocated) throw bookNotFound('bookId', 'Không tìm thấy sổ văn bản đến của năm nay.');
    const fields = {
      bookId: input.bookId,
      year: allocated.year,
      arrivalNumber: allocated.last_number,
      registeredAt: now,
      registeredById: actor.id,
      documentTypeCode: input.documentTypeCode,
      numberNotation: input.numberNotation,
      issuer: input.issuer,
      issuerAgencyId: input.issuerAgencyId ?? null,
      issuerAgencyCode: input.issuerAgencyCode ?? null,
      issuedDate: input.issuedDate,
      subject: input.subject,
      urgency: input.urgency,
      confidentiality: input.confidentiality,
      signer: input.signer,
      signerPosition: input.signerPosition ?? null,
      pageCount: input.pageCount,
      dueDate: input.dueDate,
      internalRecipients: input.internalRecipients ?? null,
      notes: input.notes ?? null,
      status: submit ? ('awaiting_direction' as const) : ('registered' as const),
      submittedAt: submit ? now : null,
      submittedById: submit ? actor.id : null,
    };
    const doc: IncomingDocument = existing
      ? em.assign(existing, fields)
      : em.create(IncomingDocument, {
          id: documentId,
          ...fields,
          arrivalAt,
          receiptForm: input.receiptForm ?? 'electronic',
          direction: null,
          directedById: null,
          directedAt: null,
          completedAt: null,
        });
    const files = [...(opts.file ? [opts.file] : []), ...(opts.files ?? [])];
    if (files.length) {
      // Rows reference each other by id columns, not ORM relations, so the ORM cannot order the inserts: the document goes first.
      await em.flush();
      insertDocumentFiles(em, documentId, files, actor, now);
    }
    await em.flush();
    return { ...toResult(doc), ...(opts.recordDirection ? { directionDueAt: direction?.dueAt.toISOString() ?? null } : {}) };
  });
}

/**
 * The leader's direction limit, counted from the submission: the row and the `deadline.set` event the workflow's
 * deadline watcher would write (incoming-deadlines.ts, directionDeadline), computed with the same rule and calendar.
 */
function recordDirectionLimit(
  em: EntityManager,
  opts: { documentId: string; urgency: string; calendar: WorkingCalendar; stepKey: string; now: Date },
): Deadline {
  const { documentId, now } = opts;
  const e = opts.calendar.explain(directionRule(opts.urgency), now.getTime());
  const d = em.create(Deadline, {
    id: randomUUID(),
    subjectType: 'incoming_document',
    subjectId: documentId,
    documentId,
    kind: 'direction',
    status: 'pending',
    startedAt: now,
    dueAt: new Date(e.at),
    rule: e.rule,
    ruleLabel: e.label,
    basis: e.basis,
    steps: e.steps,
    metAt: null,
    computedAt: now,
  });
  recordEvent(em, {
    stepKey: `${opts.stepKey}:direction-deadline`,
    ...timelineSubject(d),
    kind: 'deadline.set',
    actorId: null,
    at: now,
    data: { ...deadlineEventData(d), dueAt: d.dueAt.toISOString(), ruleLabel: e.label },
  });
  return d;
}
