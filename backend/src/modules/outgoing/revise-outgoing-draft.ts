import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { InputError } from '../../shared/errors.ts';
import { editRefusal, type OutgoingView } from '../../../../workflows/src/outgoing-document/review-rules.ts';
import { recordEvent, stepDone } from '../audit/record-event.ts';
import { diffMetadata } from './metadata-diff.ts';
import { OutgoingFile, OutgoingVersion } from './outgoing.entity.ts';
import { currentView, guard, loadForUpdate, toView } from './outgoing-view.ts';
import { writeVersion, type DraftFile } from './save-draft.ts';
import type { CleanDraft } from './validate-outgoing.ts';

/**
 * The drafter saves a new version (while a draft or returned): new metadata, the files kept from the
 * current version plus the new uploads. The event records what changed.
 */
export async function reviseOutgoingDraft(opts: {
  em: EntityManager;
  documentId: string;
  versionId: string;
  stepKey: string;
  actor: Actor;
  draft: CleanDraft;
  files: DraftFile[];
  keepFileIds: string[];
  note: string | null;
  now: Date;
}): Promise<OutgoingView> {
  const { actor, now } = opts;
  return opts.em.transactional(async (em) => {
    if (await stepDone(em, opts.stepKey)) return currentView(em, opts.documentId);
    const { doc, steps, view } = await loadForUpdate(em, opts.documentId);
    guard(editRefusal(actor, view));
    const previous = await em.findOneOrFail(OutgoingVersion, { documentId: doc.id, number: doc.currentVersion });
    const current = await em.find(OutgoingFile, { versionId: previous.id });
    const unknown = opts.keepFileIds.filter((id) => !current.some((f) => f.id === id));
    if (unknown.length) throw new InputError([{ field: 'keepFileIds', code: 'UNKNOWN_FILE', message: 'Tệp giữ lại không thuộc phiên bản hiện tại.' }]);
    // A kept file is the same bytes under a new row of the new version.
    const kept: DraftFile[] = current
      .filter((f) => opts.keepFileIds.includes(f.id))
      .map((f) => ({ fileId: `${opts.versionId.slice(0, 24)}${f.id.slice(24)}`, sha256: f.sha256, fileName: f.fileName, mimeType: f.mimeType, size: f.size, role: f.role }));
    const files = [...kept, ...opts.files];
    if (!files.some((f) => f.role === 'main')) throw new InputError([{ field: 'files', code: 'REQUIRED', message: 'Vui lòng đính kèm tệp dự thảo.' }]);
    const version = await writeVersion(em, { doc, versionId: opts.versionId, number: doc.currentVersion + 1, actor, draft: opts.draft, files, note: opts.note, now });
    recordEvent(em, {
      stepKey: opts.stepKey,
      subjectType: 'outgoing_document',
      subjectId: doc.id,
      kind: 'outgoing.revised',
      actorId: actor.id,
      at: now,
      data: { version: version.number, changes: diffMetadata(previous.metadata, version.metadata).map((c) => c.label) },
    });
    await em.flush();
    return toView(doc, steps);
  });
}
