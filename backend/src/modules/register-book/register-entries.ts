import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../shared/actor.ts';
import { visibleDocumentSql } from '../document/visibility.ts';
import type { AssignmentStatus, Confidentiality, IncomingStatus, Urgency } from '../document/document.entity.ts';

/** A lead or coordinating part of the handling: the leader's assignment, or under it the unit head's one to a person. */
export interface RegisterPart {
  id: string;
  parentId: string | null;
  role: 'lead' | 'coordinate';
  status: AssignmentStatus;
  unitName: string | null;
  userName: string | null;
  /** Vietnamese calendar dates, yyyy-MM-dd. */
  deadline: string | null;
  assignedDate: string;
  completedDate: string | null;
  resultNote: string | null;
}

/** What the registers print of one incoming document; dates already as Vietnamese calendar dates (yyyy-MM-dd). */
export interface RegisterEntry {
  id: string;
  arrivalNumber: number;
  arrivalDate: string;
  documentTypeCode: string;
  numberNotation: string;
  issuer: string;
  issuedDate: string;
  subject: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  dueDate: string | null;
  status: IncomingStatus;
  directedDate: string | null;
  completedDate: string | null;
  /** The văn thư's own note on the document, when the registration records one. */
  notes: string | null;
  /** The leader's parts first (chủ trì, then phối hợp, as assigned), then the unit heads' ones to a person (parentId set). */
  parts: RegisterPart[];
}

// The Vietnamese calendar date of an instant, whatever the session's time zone (UTC+7, no daylight saving).
const vnDate = (col: string) => `to_char((${col} at time zone 'UTC') + interval '7 hours', 'YYYY-MM-DD')`;

const SQL = `
select d.id, d.arrival_number, ${vnDate('d.arrival_at')} as arrival_date, d.document_type_code, d.number_notation, d.issuer,
       to_char(d.issued_date, 'YYYY-MM-DD') as issued_date, d.subject, d.urgency, d.confidentiality,
       to_char(d.due_date, 'YYYY-MM-DD') as due_date, d.status,
       ${vnDate('d.directed_at')} as directed_date, ${vnDate('d.completed_at')} as completed_date,
       -- Read by name: the notes column comes with the registration metadata, and the register works with or without it.
       d.notes as notes,
       coalesce(p.parts, '[]'::json) as parts
  from incoming_document d
  left join lateral (
    select json_agg(json_build_object(
             'id', a.id, 'parentId', a.parent_id, 'role', a.role, 'status', a.status,
             'unitName', u.name, 'userName', au.full_name,
             'deadline', ${vnDate('a.deadline')}, 'assignedDate', ${vnDate('a.assigned_at')},
             'completedDate', ${vnDate('a.completed_at')}, 'resultNote', a.result_note)
           order by (a.parent_id is not null), (a.role <> 'lead'), a.assigned_at, a.id) as parts
      from assignment a
      left join unit u on u.id = a.unit_id
      left join app_user au on au.id = a.assignee_id
     where a.document_id = d.id and a.role <> 'inform'
  ) p on true
 where d.book_id = ? and d.arrival_at >= ? and d.arrival_at < ? and /*visible*/
 order by d.arrival_number`;

interface Row {
  id: string;
  arrival_number: number;
  arrival_date: string;
  document_type_code: string;
  number_notation: string;
  issuer: string;
  issued_date: string;
  subject: string;
  urgency: Urgency;
  confidentiality: Confidentiality;
  due_date: string | null;
  status: IncomingStatus;
  directed_date: string | null;
  completed_date: string | null;
  notes: string | null;
  parts: RegisterPart[] | string;
}

/**
 * The documents of a book that arrived in [start, end), in số đến order, with their handling parts:
 * one query (a lateral aggregate per document), so a year of 10,000 documents is one round trip.
 */
/** The entries the actor may see (visibility.ts): a register reader who may not see confidential documents does not get their rows. */
export async function loadRegisterEntries(em: EntityManager, q: { actor: Actor; bookId: string; start: Date; end: Date }): Promise<RegisterEntry[]> {
  const visible = visibleDocumentSql(q.actor);
  const rows = await em.execute<Row[]>(SQL.replace('/*visible*/', visible.sql), [q.bookId, q.start, q.end, ...visible.params]);
  return rows.map((r) => ({
    id: r.id,
    arrivalNumber: Number(r.arrival_number),
    arrivalDate: r.arrival_date,
    documentTypeCode: r.document_type_code,
    numberNotation: r.number_notation,
    issuer: r.issuer,
    issuedDate: r.issued_date,
    subject: r.subject,
    urgency: r.urgency,
    confidentiality: r.confidentiality,
    dueDate: r.due_date,
    status: r.status,
    directedDate: r.directed_date,
    completedDate: r.completed_date,
    notes: r.notes || null,
    parts: typeof r.parts === 'string' ? (JSON.parse(r.parts) as RegisterPart[]) : r.parts,
  }));
}
