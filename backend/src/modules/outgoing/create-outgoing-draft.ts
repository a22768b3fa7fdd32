import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { canDraft, relateRefusal, type OutgoingView } from '../../../../workflows/src/outgoing-document/review-rules.ts';
import { recordEvent } from '../audit/record-event.ts';
import { forbidden } from '../org/org.errors.ts';
import { InputError } from '../../shared/errors.ts';
import { OutgoingDocument, type RelationKind } from './outgoing.entity.ts';
import { outgoingNotFound } from './outgoing.errors.ts';
import { currentView, guard, toView } from './outgoing-view.ts';
import { writeVersion, type DraftFile } from './save-draft.ts';
import type { CleanDraft } from './validate-outgoing.ts';

/**
 * Soạn dự thảo: the document, its version 1 with the draft files, its recipients, and its event, in one
 * transaction. A đính chính / thay thế names the issued document it corrects or replaces. A retry finds the
 * document and answers with it.
 */
export async function createOutgoingDraft(opts: {
  em: EntityManager;
  documentId: string;
  versionId: string;
  stepKey: string;
  actor: Actor;
  draft: CleanDraft;
  files: DraftFile[];
  relation: { relatesToId: string; kind: RelationKind } | null;
  now: Date;
}): Promise<OutgoingView> {
  const { actor, now } = opts;
  return opts.em.transactional(async (em) => {
    if (await em.findOne(OutgoingDocument, opts.documentId)) return currentView(em, opts.documentId);
    if (!canDraft(actor)) throw forbidden('soạn thảo văn bản đi');
    if (!opts.files.some((f) => f.role === 'main')) throw new InputError([{ field: 'files', code: 'REQUIRED', message: 'Vui lòng đính kèm tệp dự thảo.' }]);
    if (opts.relation) {
      const old = await em.findOne(OutgoingDocument, opts.relation.relatesToId);
      if (!old) throw outgoingNotFound();
      guard(relateRefusal(actor, old));
    }
    const doc = em.create(OutgoingDocument, {
      id: opts.documentId,
      status: 'draft',
      drafterId: actor.id,
      draftingUnitId: actor.unitId,
      createdAt: now,
      documentTypeCode: opts.draft.documentTypeCode,
      subject: opts.draft.subject,
      urgency: opts.draft.urgency,
      confidentiality: opts.draft.confidentiality,
      pageCount: opts.draft.pageCount,
      copies: opts.draft.copies,
      dueDate: opts.draft.dueDate,
      notes: opts.draft.notes,
      currentVersion: 1,
      relatesToId: opts.relation?.relatesToId ?? null,
      relationKind: opts.relation?.kind ?? null,
    });
    await em.flush();
    await writeVersion(em, { doc, versionId: opts.versionId, number: 1, actor, draft: opts.draft, files: opts.files, note: null, now });
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'outgoing_document',
      subjectId: doc.id,
      kind: 'outgoing.drafted',
      actorId: actor.id,
      at: now,
      data: { version: 1, ...(opts.relation ? { relatesToId: opts.relation.relatesToId, relationKind: opts.relation.kind } : {}) },
    });
    await em.flush();
    return toView(doc, []);
  });
}
