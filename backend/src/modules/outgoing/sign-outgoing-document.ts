import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { createWorkingCalendar } from '../../../../workflows/src/calendar/index.ts';
import { dispatchTimes } from '../../../../workflows/src/outgoing-document/outgoing-deadlines.ts';
import { pendingStep, signRefusal, type OutgoingView } from '../../../../workflows/src/outgoing-document/review-rules.ts';
import { vnYear } from '../../shared/dates.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { getCalendarData } from '../calendar/get-calendar-data.ts';
import { closeDeadline } from '../deadline/set-deadline.ts';
import { listUsers } from '../org/list-org.ts';
import { User } from '../org/org.entity.ts';
import { OutgoingDocument } from './outgoing.entity.ts';
import { describeOutgoing, notifyOutgoing } from './outgoing-notify.ts';
import { currentView, guard, loadForUpdate, toView } from './outgoing-view.ts';
import type { CleanSign } from './validate-outgoing.ts';

export interface SignResult {
  view: OutgoingView;
  signedAt: string;
}

/**
 * Ký: the signer signs the current version (authority marker, position, and the final độ khẩn / độ mật —
 * the drafter proposes, the signer decides). The content is frozen from here; the dispatch deadline
 * starts (its instants are stored for the văn thư's list; the workflow's timers follow the same
 * calendar). The văn thư are notified.
 */
export async function signOutgoingDocument(opts: { em: EntityManager; documentId: string; stepKey: string; actor: Actor; sign: CleanSign; now: Date }): Promise<SignResult> {
  const { actor, now, sign } = opts;
  return opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) {
      const doc = await em.findOneOrFail(OutgoingDocument, opts.documentId);
      return { view: await currentView(em, opts.documentId), signedAt: doc.signedAt!.toISOString() };
    }
    const { doc, steps, view } = await loadForUpdate(em, opts.documentId);
    guard(signRefusal(actor, view));
    const step = steps.find((s) => s.id === pendingStep(view)!.id)!;
    Object.assign(step, { status: 'approved', actedAt: now, versionNumber: doc.currentVersion });
    if (step.activationId) await closeDeadline(em, { subjectId: step.activationId, kind: 'outgoing_review', at: now });
    const signer = await em.findOneOrFail(User, actor.id);
    const calendar = createWorkingCalendar(await getCalendarData({ em, fromYear: vnYear(now), toYear: vnYear(now) + 1 }));
    const urgency = sign.urgency ?? doc.urgency;
    const times = dispatchTimes(calendar, urgency, now.getTime());
    Object.assign(doc, {
      status: 'signed',
      urgency,
      confidentiality: sign.confidentiality ?? doc.confidentiality,
      signedById: actor.id,
      signedAt: now,
      signingAuthority: sign.authority,
      signerPosition: sign.position ?? signer.position,
      signedVersion: doc.currentVersion,
      dispatchTargetAt: new Date(times.targetAt),
      dispatchLimitAt: new Date(times.limitAt),
    });
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'outgoing_document',
      subjectId: doc.id,
      kind: 'outgoing.signed',
      actorId: actor.id,
      at: now,
      data: { version: doc.currentVersion, authority: sign.authority, position: doc.signerPosition, urgency },
    });
    const clerks = await listUsers({ em, role: 'clerk' });
    await notifyOutgoing(em, {
      stepKey: opts.stepKey,
      userIds: clerks.map((u) => u.id),
      kind: 'outgoing.signed',
      doc,
      title: urgency === 'normal' ? 'Văn bản đã ký, chờ phát hành' : 'Văn bản khẩn đã ký: phát hành ngay',
      body: `${describeOutgoing(doc)} do ${signer.fullName} ký.`,
      now,
    });
    await em.flush();
    return { view: toView(doc, steps), signedAt: now.toISOString() };
  });
}
