import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { InputError } from '../../shared/errors.ts';
import { resumePosition, SIGNER_ROLES, submitRefusal, type OutgoingView } from '../../../../workflows/src/outgoing-document/review-rules.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { Unit, User } from '../org/org.entity.ts';
import { invalidReviewer } from './outgoing.errors.ts';
import { OutgoingReviewStep } from './outgoing.entity.ts';
import { describeOutgoing, notifyOutgoing } from './outgoing-notify.ts';
import { currentView, guard, loadForUpdate, toView } from './outgoing-view.ts';
import type { CleanStep } from './validate-outgoing.ts';

/** The reviewers must be active staff; the signer one who may sign; a format check someone of the văn phòng. */
async function checkReviewers(em: EntityManager, steps: readonly CleanStep[], drafterId: string): Promise<void> {
  const users = new Map((await em.find(User, { id: { $in: steps.map((s) => s.reviewerId) }, active: true })).map((u) => [u.id, u]));
  const units = new Map((await em.find(Unit, { id: { $in: [...users.values()].map((u) => u.unitId) } })).map((u) => [u.id, u]));
  steps.forEach((s, i) => {
    const u = users.get(s.reviewerId);
    const field = `steps.${i}.reviewerId`;
    if (!u) throw invalidReviewer('Không tìm thấy người duyệt.', field);
    if (u.id === drafterId) throw invalidReviewer('Người soạn thảo không tự duyệt dự thảo của mình.', field);
    if (s.kind === 'sign' && !SIGNER_ROLES.some((r) => u.roles.includes(r))) throw invalidReviewer(`${u.fullName} không có thẩm quyền ký văn bản.`, field);
    if (s.kind === 'format_check' && units.get(u.unitId)?.kind !== 'office') throw invalidReviewer('Kiểm tra thể thức do văn phòng thực hiện.', field);
  });
}

/**
 * Trình: the first submission sets the review chain; a resubmission after a return resumes it (see
 * resumePosition). The step reached becomes pending with a fresh activation (its deadline's subject), and
 * its reviewer is notified.
 */
export async function submitOutgoingDraft(opts: {
  em: EntityManager;
  documentId: string;
  stepKey: string;
  actor: Actor;
  /** First submission only; ids chosen by the workflow. */
  steps: Array<CleanStep & { id: string }> | null;
  activationId: string;
  note: string | null;
  now: Date;
}): Promise<OutgoingView> {
  const { actor, now } = opts;
  return opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return currentView(em, opts.documentId);
    const { doc, steps: existing, view } = await loadForUpdate(em, opts.documentId);
    guard(submitRefusal(actor, view));
    let steps = existing;
    if (doc.status === 'draft') {
      if (!opts.steps?.length) throw new InputError([{ field: 'steps', code: 'REQUIRED', message: 'Vui lòng chọn người duyệt và người ký.' }]);
      await checkReviewers(em, opts.steps, doc.drafterId);
      steps = opts.steps.map((s, position) =>
        em.create(OutgoingReviewStep, {
          id: s.id,
          documentId: doc.id,
          position,
          kind: s.kind,
          reviewerId: s.reviewerId,
          workingDays: s.workingDays,
          status: 'waiting',
          activationId: null,
          actedAt: null,
          comment: null,
          versionNumber: null,
        }),
      );
    } else if (opts.steps) {
      throw new InputError([{ field: 'steps', code: 'CHAIN_FIXED', message: 'Không đổi chuỗi duyệt khi trình lại.' }]);
    }
    const from = doc.status === 'draft' ? 0 : resumePosition(view.steps);
    for (const s of steps) {
      if (s.position < from) continue;
      Object.assign(s, { status: 'waiting', activationId: null, actedAt: null, comment: null, versionNumber: null });
    }
    const next = steps.find((s) => s.position === from)!;
    next.status = 'pending';
    next.activationId = opts.activationId;
    doc.status = next.kind === 'sign' ? 'awaiting_signature' : 'in_review';
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'outgoing_document',
      subjectId: doc.id,
      kind: 'outgoing.submitted',
      actorId: actor.id,
      at: now,
      data: { version: doc.currentVersion, to: next.reviewerId, position: from, ...(opts.note ? { note: opts.note } : {}) },
    });
    await notifyOutgoing(em, {
      stepKey: opts.stepKey,
      userIds: [next.reviewerId],
      kind: 'outgoing.to_review',
      doc,
      title: next.kind === 'sign' ? 'Văn bản chờ ký' : 'Dự thảo chờ cho ý kiến',
      body: `${describeOutgoing(doc)} (phiên bản ${doc.currentVersion}).`,
      now,
    });
    await em.flush();
    return toView(doc, steps);
  });
}
