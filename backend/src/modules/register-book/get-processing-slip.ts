import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { vnToday } from '../../shared/dates.ts';
import { readIncomingDocument } from '../document/get-incoming-document.ts';
import type { AssignmentRole } from '../document/document.entity.ts';
import { documentNotFound, wrongState } from '../document/document.errors.ts';
import { User } from '../org/org.entity.ts';
import { agencyName } from './register-cover.ts';
import { documentReference, documentTypeName, isUndone } from './register-format.ts';

/** Dates are Vietnamese calendar dates, yyyy-MM-dd. */
export interface SlipAssignment {
  role: AssignmentRole;
  assignee: string;
  deadline: string | null;
}

export interface SlipDirection {
  text: string;
  directedBy: string;
  directedByPosition: string;
  date: string;
  assignments: SlipAssignment[];
}

/** Part 2: a unit head gives the unit's part to one of their people. */
export interface SlipUnitOpinion {
  role: AssignmentRole;
  unitName: string;
  assignedBy: string;
  assignedByPosition: string;
  handler: string;
  deadline: string | null;
  date: string;
}

/** Part 3: what the person who handled it proposes or reports. */
export interface SlipProposal {
  role: AssignmentRole;
  handler: string;
  unitName: string;
  resultNote: string;
  date: string;
}

export interface ProcessingSlip {
  documentId: string;
  agencyName: string;
  arrivalNumber: number;
  arrivalDate: string;
  documentTypeName: string;
  numberNotation: string;
  issuedDate: string;
  issuer: string;
  subject: string;
  /** "Công văn số 183/UBND-KT ngày 20/11/2026 của …", the phiếu's heading */
  reference: string;
  direction: SlipDirection | null;
  unitOpinions: SlipUnitOpinion[];
  proposals: SlipProposal[];
}

interface Row {
  id: string;
  parent_id: string | null;
  role: AssignmentRole;
  status: string;
  result_note: string | null;
  deadline: string | null;
  assigned_date: string;
  completed_date: string | null;
  unit_name: string | null;
  user_name: string | null;
  user_unit_name: string | null;
  assigned_by_name: string;
  assigned_by_position: string;
}

const vnDate = (col: string) => `to_char((${col} at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD')`;

const SQL = `
select a.id, a.parent_id, a.role, a.status, a.result_note,
       ${vnDate('a.deadline')} as deadline, ${vnDate('a.assigned_at')} as assigned_date, ${vnDate('a.completed_at')} as completed_date,
       u.name as unit_name, au.full_name as user_name, hu.name as user_unit_name,
       ab.full_name as assigned_by_name, ab.position as assigned_by_position
  from assignment a
  left join unit u on u.id = a.unit_id
  left join app_user au on au.id = a.assignee_id
  left join unit hu on hu.id = au.unit_id
  join app_user ab on ab.id = a.assigned_by_id
 where a.document_id = ?
 order by (a.parent_id is not null), case a.role when 'lead' then 0 when 'coordinate' then 1 else 2 end, a.assigned_at, a.id`;

/**
 * Phiếu giải quyết văn bản đến (Decree 30/2020, App. IV, VII) for one document: the leader's direction
 * with chủ trì, phối hợp and their deadlines; the unit heads' assignments; the handlers' proposals.
 * Whoever may see the document may print its phiếu (visibility.ts); a refused attempt is logged.
 */
export async function getProcessingSlip(opts: { em: EntityManager; actor: Actor; documentId: string }): Promise<ProcessingSlip> {
  const { em } = opts;
  const doc = /^[0-9a-f-]{36}$/i.test(opts.documentId) ? await readIncomingDocument({ em, actor: opts.actor, id: opts.documentId, via: 'processing_slip' }) : null;
  if (!doc) throw documentNotFound();
  // Received electronically and not yet registered: no số đến, nothing to handle yet.
  if (doc.arrivalNumber == null) throw wrongState('Văn bản chưa được vào sổ.');
  const rows = await em.execute<Row[]>(SQL, [doc.id]);
  const directedBy = doc.directedById ? await em.findOne(User, doc.directedById) : null;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const who = (r: Row) => r.user_name ?? r.unit_name ?? '';

  // Like the registers, the phiếu names where the document went: parts undone later (trả lại, thu hồi, chuyển tiếp) are left out.
  const top = rows.filter((r) => !r.parent_id && !isUndone(r));
  const direction: SlipDirection | null =
    doc.direction && doc.directedAt
      ? {
          text: doc.direction,
          directedBy: directedBy?.fullName ?? '',
          directedByPosition: directedBy?.position ?? '',
          date: vnToday(doc.directedAt),
          assignments: top.map((r) => ({ role: r.role, assignee: who(r), deadline: r.deadline })),
        }
      : null;
  const unitOpinions = rows
    .filter((r) => r.parent_id && !isUndone(r) && !isUndone(byId.get(r.parent_id) ?? r))
    .map((r): SlipUnitOpinion => ({
      role: r.role,
      unitName: byId.get(r.parent_id!)?.unit_name ?? r.user_unit_name ?? '',
      assignedBy: r.assigned_by_name,
      assignedByPosition: r.assigned_by_position,
      handler: r.user_name ?? '',
      deadline: r.deadline,
      date: r.assigned_date,
    }));
  // A person's own part carries the result; the unit-level row above it holds a copy and is not a proposal.
  const proposals = rows
    .filter((r) => r.user_name && r.result_note && r.completed_date)
    .map((r): SlipProposal => ({
      role: r.role,
      handler: r.user_name!,
      unitName: r.user_unit_name ?? '',
      resultNote: r.result_note!,
      date: r.completed_date!,
    }));

  return {
    documentId: doc.id,
    agencyName: await agencyName(em),
    arrivalNumber: doc.arrivalNumber,
    arrivalDate: vnToday(doc.arrivalAt),
    documentTypeName: documentTypeName(doc.documentTypeCode),
    numberNotation: doc.numberNotation,
    issuedDate: doc.issuedDate,
    issuer: doc.issuer,
    subject: doc.subject,
    reference: documentReference(doc),
    direction,
    unitOpinions,
    proposals,
  };
}
