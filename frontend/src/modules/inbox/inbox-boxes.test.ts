import { describe, expect, it } from 'vitest';
import { boxesForRoles, homeBox, menuBoxes, parseBox } from './inbox-boxes';

describe('inbox boxes', () => {
  it('shows each role its boxes and everyone the shared ones', () => {
    expect(boxesForRoles(['CLERK'])).toEqual([
      'AWAITING_REGISTRATION',
      'AWAITING_SUBMISSION',
      'RETURNED',
      'CLERK_REGISTERED',
      'DUE_SOON',
      'OVERDUE',
      'FOR_INFORMATION',
      'COMPLETED',
    ]);
    expect(boxesForRoles(['LEADER'])).toEqual(['AWAITING_DIRECTION', 'DUE_SOON', 'OVERDUE', 'FOR_INFORMATION', 'COMPLETED']);
    expect(boxesForRoles(['UNIT_HEAD'])).toEqual(['AWAITING_ASSIGNMENT', 'HANDLING', 'DUE_SOON', 'OVERDUE', 'FOR_INFORMATION', 'COMPLETED']);
    expect(boxesForRoles(['SPECIALIST'])).toEqual(['HANDLING', 'DUE_SOON', 'OVERDUE', 'FOR_INFORMATION', 'COMPLETED']);
    expect(boxesForRoles([])).toEqual(['FOR_INFORMATION', 'COMPLETED']);
    expect(boxesForRoles(['OFFICE_CHIEF'])).toEqual(['AWAITING_DIRECTION', 'DUE_SOON', 'OVERDUE', 'FOR_INFORMATION', 'COMPLETED']);
  });

  it('adds the boxes the server lists for the user, in menu order', () => {
    expect(menuBoxes(['CLERK'], ['COMPLETED', 'HANDLING'])).toEqual([
      'AWAITING_REGISTRATION',
      'AWAITING_SUBMISSION',
      'RETURNED',
      'CLERK_REGISTERED',
      'HANDLING',
      'DUE_SOON',
      'OVERDUE',
      'FOR_INFORMATION',
      'COMPLETED',
    ]);
  });

  it('merges the boxes of several roles without duplicates', () => {
    expect(boxesForRoles(['SPECIALIST', 'UNIT_HEAD', 'CLERK'])).toEqual([
      'AWAITING_REGISTRATION',
      'AWAITING_SUBMISSION',
      'RETURNED',
      'CLERK_REGISTERED',
      'AWAITING_ASSIGNMENT',
      'HANDLING',
      'DUE_SOON',
      'OVERDUE',
      'FOR_INFORMATION',
      'COMPLETED',
    ]);
  });

  it('lands each user on the first box that asks something of them', () => {
    expect(homeBox(['LEADER'])).toBe('AWAITING_DIRECTION');
    expect(homeBox(['CLERK'])).toBe('AWAITING_REGISTRATION');
    expect(homeBox([])).toBe('FOR_INFORMATION');
  });

  it('parses box names from the URL', () => {
    expect(parseBox('AWAITING_DIRECTION')).toBe('AWAITING_DIRECTION');
    expect(parseBox('awaiting-direction')).toBe('AWAITING_DIRECTION');
    expect(parseBox('nope')).toBeNull();
    expect(parseBox(['HANDLING'])).toBeNull();
  });
});
