import type { SigningAuthority } from '@/gql/graphql';

/** The markers of Decree 30 art. 13 and Appendix I, in the order a signer usually meets them. */
export const SIGNING_AUTHORITIES: readonly SigningAuthority[] = ['NONE', 'KT', 'TM', 'TL', 'TUQ', 'Q'];

export function authorityMarker(authority: SigningAuthority): string {
  return authority === 'NONE' ? '' : `${authority}.`;
}

/** The signature block's authority line as printed, e.g. "KT. Phó Chủ tịch UBND"; the position alone when signing in one's own name. */
export function signatureLine(authority: SigningAuthority, position: string): string {
  const marker = authorityMarker(authority);
  return marker ? `${marker} ${position}` : position;
}
