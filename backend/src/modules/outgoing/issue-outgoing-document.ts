import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { issueRefusal, type OutgoingView } from '../../../../workflows/src/outgoing-document/review-rules.ts';
import { vnToday, vnYear } from '../../shared/dates.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { Deadline } from '../deadline/deadline.entity.ts';
import { closeDeadline } from '../deadline/set-deadline.ts';
import { buildNumberNotation } from './number-notation.ts';
import { OutgoingDocument, OutgoingRecipient, type DispatchOutcome } from './outgoing.entity.ts';
import { OutgoingErrorCode } from './outgoing.errors.ts';
import { abbreviationsFor } from './outgoing-settings.ts';
import { currentView, guard, loadForUpdate, toView } from './outgoing-view.ts';
import { markReplaced } from './recall-outgoing-document.ts';
import { DomainError } from '../../shared/errors.ts';

export interface IssueResult {
  view: OutgoingView;
  number: number;
  numberNotation: string;
  /** Internal units to deliver to (each becomes an incoming document of that unit). */
  deliveries: Array<{ recipientId: string; unitId: string }>;
  /** The document this one replaced (its workflow is told to end). */
  replacedId: string | null;
}

const resultOf = async (em: EntityManager, doc: OutgoingDocument): Promise<IssueResult> => ({
  view: await currentView(em, doc.id),
  number: doc.number!,
  numberNotation: doc.numberNotation!,
  deliveries: (await em.find(OutgoingRecipient, { documentId: doc.id, kind: 'unit' }, { orderBy: { position: 'asc' } })).map((r) => ({ recipientId: r.id, unitId: r.unitId! })),
  replacedId: doc.relationKind === 'replacement' ? doc.relatesToId! : null,
});

/**
 * When the document went out, against the dispatch limits counted from the signature (the deadline rows as
 * the workflow last computed them): the same working day (or "ngay" for khẩn), by the next working morning,
 * or late — after the chánh văn phòng was told if the hard limit's timer had fired (its row is overdue).
 * Signed after hours, the target is the next morning itself: issuing by then is "next morning" — unless it went out
 * on the very day it was signed (Vietnam date), which is what the statistic "sent the same day" counts.
 */
export function dispatchOutcome(at: number, signedAt: number, urgent: boolean, target: { dueAt: Date }, limit: { dueAt: Date; status: string }): DispatchOutcome {
  const vnDay = (t: number) => Math.floor((t + 7 * 3600_000) / 86_400_000);
  if (at <= target.dueAt.getTime() && (urgent || target.dueAt.getTime() < limit.dueAt.getTime() || vnDay(at) === vnDay(signedAt))) return 'same_day';
  if (at <= limit.dueAt.getTime()) return 'next_morning';
  return limit.status === 'overdue' ? 'after_escalation' : 'late';
}

/**
 * Cấp số và phát hành (Decree 30 art. 15–16, 18): takes the next number of the year's outgoing book — the
 * mật book for mật and above — builds the số, ký hiệu, records the outcome against the dispatch deadline,
 * and marks the external recipients sent. The number comes from `update … returning` on the book row, whose
 * lock serialises concurrent issues; a rollback gives it back; `unique (book_id, number)` is the last guard.
 * A retry finds the number already given and answers with it.
 */
export async function issueOutgoingDocument(opts: { em: EntityManager; documentId: string; stepKey: string; actor: Actor; bookId: string | null; now: Date }): Promise<IssueResult> {
  const { actor, now } = opts;
  return opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return resultOf(em, await em.findOneOrFail(OutgoingDocument, opts.documentId));
    const { doc, steps, view } = await loadForUpdate(em, opts.documentId);
    guard(issueRefusal(actor, view));
    const year = vnYear(now);
    const confidential = doc.confidentiality !== 'normal';
    const rows = await em.execute<{ id: string; last_number: number }[]>(
      `update register_book set last_number = last_number + 1
        where id = (select id from register_book
                     where direction = 'outgoing' and year = ? and active and confidential = ? and advisory_body is null
                       ${opts.bookId ? 'and id = ?::uuid' : ''}
                     order by code limit 1)
        returning id, last_number`,
      [year, confidential, ...(opts.bookId ? [opts.bookId] : [])],
    );
    const allocated = rows[0];
    if (!allocated) {
      throw new DomainError(OutgoingErrorCode.BookNotFound, `Không tìm thấy sổ văn bản đi${confidential ? ' mật' : ''} năm ${year} đang sử dụng.`, 'bookId');
    }
    const abbr = await abbreviationsFor(em, doc.draftingUnitId);
    const numberNotation = buildNumberNotation({ number: allocated.last_number, documentTypeCode: doc.documentTypeCode, agencyAbbreviation: abbr.agency, unitAbbreviation: abbr.unit });
    const deadlines = await em.find(Deadline, { subjectId: doc.id, kind: { $in: ['dispatch_target', 'dispatch_limit'] } });
    const target = deadlines.find((d) => d.kind === 'dispatch_target') ?? { dueAt: doc.dispatchTargetAt! };
    const limit = deadlines.find((d) => d.kind === 'dispatch_limit') ?? { dueAt: doc.dispatchLimitAt!, status: 'pending' };
    const outcome = dispatchOutcome(now.getTime(), doc.signedAt!.getTime(), doc.urgency !== 'normal', target, limit);
    Object.assign(doc, {
      status: 'issued',
      bookId: allocated.id,
      year,
      number: allocated.last_number,
      numberNotation,
      issuedDate: vnToday(now),
      issuedAt: now,
      issuedById: actor.id,
      dispatchOutcome: outcome,
    });
    await closeDeadline(em, { subjectId: doc.id, kind: 'dispatch_target', at: now });
    await closeDeadline(em, { subjectId: doc.id, kind: 'dispatch_limit', at: now });
    // Paper and electronic-exchange recipients: the sending is recorded with the issue; internal units when delivered.
    await em.nativeUpdate(OutgoingRecipient, { documentId: doc.id, kind: { $ne: 'unit' } }, { sentAt: now });
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'outgoing_document',
      subjectId: doc.id,
      kind: 'outgoing.issued',
      actorId: actor.id,
      at: now,
      data: { number: allocated.last_number, numberNotation, bookId: allocated.id, outcome },
    });
    if (doc.relationKind === 'replacement' && doc.relatesToId) await markReplaced(em, { oldId: doc.relatesToId, by: doc, stepKey: opts.stepKey, now });
    await em.flush();
    return { ...(await resultOf(em, doc)), view: toView(doc, steps) };
  });
}
