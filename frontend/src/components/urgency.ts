import type { Urgency } from '@/gql/graphql';

/** Khẩn and above must stand out wherever a document is listed (NĐ 30: handled "immediately"). */
export function isUrgent(urgency: Urgency | null | undefined): boolean {
  return urgency === 'URGENT' || urgency === 'VERY_URGENT' || urgency === 'FLASH';
}
