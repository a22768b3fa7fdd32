import { describe, expect, it } from 'vitest';
import {
  chainProblems,
  draftFormKey,
  emptyDraftForm,
  emptyRecipient,
  formFromDocument,
  moveStep,
  parseRelation,
  recipientProblems,
  suggestedChain,
  toDraftInput,
  toStepsInput,
} from './draft-form';

describe('draft form', () => {
  it('sends clean NFC text and one input per recipient kind', () => {
    const state = {
      ...emptyDraftForm(),
      documentTypeCode: 'CV',
      subject: '  V/v ke\u0302\u0301 hoạch  ',
      recipients: [
        { ...emptyRecipient('UNIT'), unitId: 'u1' },
        { ...emptyRecipient('AGENCY'), agencyId: 'a1', agencyName: 'Sở Tài chính', channel: 'ELECTRONIC' as const },
        { ...emptyRecipient('INDIVIDUAL'), name: ' Ông  Nguyễn Văn A ', address: '' },
      ],
    };
    const input = toDraftInput(state);
    expect(input.subject).toBe('V/v kế hoạch');
    expect(input.recipients).toEqual([
      { kind: 'UNIT', channel: 'SYSTEM', unitId: 'u1' },
      { kind: 'AGENCY', channel: 'ELECTRONIC', agencyId: 'a1' },
      { kind: 'INDIVIDUAL', channel: 'PAPER', name: 'Ông Nguyễn Văn A', address: null },
    ]);
    expect(input.notes).toBeNull();
  });

  it('finds incomplete and repeated recipients', () => {
    const rows = [
      { ...emptyRecipient('UNIT'), unitId: 'u1' },
      { ...emptyRecipient('UNIT'), unitId: 'u1' },
      emptyRecipient('AGENCY'),
      emptyRecipient('INDIVIDUAL'),
    ];
    expect([...recipientProblems(rows)]).toEqual([
      [1, 'duplicate'],
      [2, 'agencyRequired'],
      [3, 'nameRequired'],
    ]);
  });

  it('checks the chain as the server does: one signer, last, every reviewer chosen', () => {
    expect(chainProblems([]).chain).toBe('empty');
    expect(chainProblems([{ kind: 'REVIEW', reviewerId: 'a', workingDays: null }]).chain).toBe('signMissing');
    expect(
      chainProblems([
        { kind: 'SIGN', reviewerId: 'a', workingDays: null },
        { kind: 'REVIEW', reviewerId: 'b', workingDays: null },
      ]).chain,
    ).toBe('signNotLast');
    const result = chainProblems([
      { kind: 'REVIEW', reviewerId: '', workingDays: null },
      { kind: 'FORMAT_CHECK', reviewerId: 'c', workingDays: 0 },
      { kind: 'SIGN', reviewerId: 'a', workingDays: 2 },
    ]);
    expect(result.chain).toBeNull();
    expect([...result.steps]).toEqual([
      [0, 'reviewerRequired'],
      [1, 'workingDays'],
    ]);
    expect(toStepsInput([{ kind: 'SIGN', reviewerId: 'a', workingDays: null }])).toEqual([{ kind: 'SIGN', reviewerId: 'a' }]);
  });

  it('moves steps within bounds', () => {
    const list = ['a', 'b', 'c'];
    moveStep(list, 0, 1);
    expect(list).toEqual(['b', 'a', 'c']);
    moveStep(list, 2, 1);
    expect(list).toEqual(['b', 'a', 'c']);
  });

  it('maps server field paths to form items', () => {
    expect(draftFormKey('input.draft.subject')).toBe('subject');
    expect(draftFormKey('draft.recipients.2.agencyId')).toBe('recipients.2');
    expect(draftFormKey('input.steps.0.reviewerId')).toBe('steps.0');
    expect(draftFormKey('steps')).toBe('steps');
    expect(draftFormKey('files.1')).toBe('files');
    expect(draftFormKey('attachments')).toBe('attachments');
    expect(draftFormKey('input.note')).toBe('versionNote');
    expect(draftFormKey('documentId')).toBeNull();
  });

  it('reads a correction or replacement from the URL', () => {
    const id = '0b9a3c8e-1111-4222-8333-944455556666';
    expect(parseRelation({ relatesTo: id, relation: 'REPLACEMENT' })).toEqual({ relatesToId: id, relationKind: 'REPLACEMENT' });
    expect(parseRelation({ relatesTo: id, relation: 'OTHER' })).toBeNull();
    expect(parseRelation({ relatesTo: 'x', relation: 'CORRECTION' })).toBeNull();
  });

  it('starts a new version from the current metadata', () => {
    const state = formFromDocument({
      documentType: { code: 'KH' },
      subject: 'Kế hoạch',
      urgency: 'URGENT',
      confidentiality: 'NORMAL',
      pageCount: 3,
      copies: 5,
      dueDate: null,
      notes: null,
      recipients: [
        { kind: 'UNIT', channel: 'SYSTEM', name: 'Phòng Nội vụ', unit: { id: 'u1' } },
        { kind: 'AGENCY', channel: 'PAPER', name: 'Sở Tài chính', agency: { id: 'a1', name: 'Sở Tài chính' } },
        { kind: 'INDIVIDUAL', channel: 'PAPER', name: 'Bà Lê Thị B', address: 'Số 1' },
      ],
    });
    expect(state.recipients.map((r) => [r.kind, r.unitId, r.agencyId, r.name, r.address])).toEqual([
      ['UNIT', 'u1', null, '', ''],
      ['AGENCY', '', 'a1', '', ''],
      ['INDIVIDUAL', '', null, 'Bà Lê Thị B', 'Số 1'],
    ]);
    expect(state.copies).toBe(5);
  });

  it('suggests the unit head then a leader', () => {
    const users = [
      { id: 'lead', roles: ['LEADER'], unit: { id: 'ubnd' } },
      { id: 'head', roles: ['UNIT_HEAD'], unit: { id: 'tckh' } },
      { id: 'me', roles: ['SPECIALIST'], unit: { id: 'tckh' } },
    ];
    expect(suggestedChain(users[2]!, users).map((s) => [s.kind, s.reviewerId])).toEqual([
      ['REVIEW', 'head'],
      ['SIGN', 'lead'],
    ]);
    expect(suggestedChain(users[1]!, users).map((s) => s.kind)).toEqual(['SIGN']);
  });
});
