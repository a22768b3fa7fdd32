import { describe, expect, it } from 'vitest';
import { outgoingBoxesForRoles, outgoingMenuBoxes, parseOutgoingBox } from './outgoing-boxes';

describe('outgoing boxes', () => {
  it('gives every drafter the shared boxes, signers and clerks their own', () => {
    expect(outgoingBoxesForRoles(['SPECIALIST'])).toEqual(['MY_DRAFTS', 'TO_REVIEW', 'ISSUED', 'RETURNED']);
    expect(outgoingBoxesForRoles(['LEADER'])).toEqual(['MY_DRAFTS', 'TO_REVIEW', 'TO_SIGN', 'ISSUED', 'RETURNED']);
    expect(outgoingBoxesForRoles(['CLERK'])).toEqual(['MY_DRAFTS', 'TO_REVIEW', 'TO_ISSUE', 'ISSUED', 'RETURNED']);
    expect(outgoingBoxesForRoles(['ADMIN'])).toEqual([]);
  });

  it('follows the server once it has listed the boxes, in menu order', () => {
    expect(outgoingMenuBoxes(['SPECIALIST'], ['RETURNED', 'TO_SIGN', 'MY_DRAFTS'])).toEqual(['MY_DRAFTS', 'TO_SIGN', 'RETURNED']);
    expect(outgoingMenuBoxes(['SPECIALIST'], null)).toEqual(outgoingBoxesForRoles(['SPECIALIST']));
  });

  it('parses box names from the URL', () => {
    expect(parseOutgoingBox('to-issue')).toBe('TO_ISSUE');
    expect(parseOutgoingBox('MY_DRAFTS')).toBe('MY_DRAFTS');
    expect(parseOutgoingBox('AWAITING_DIRECTION')).toBeNull();
    expect(parseOutgoingBox(undefined)).toBeNull();
  });
});
