import { Agency } from '../modules/agency/agency.entity.ts';
import { AuditEvent } from '../modules/audit/audit.entity.ts';
import { CalendarChange, CalendarSettings, CalendarYear } from '../modules/calendar/calendar.entity.ts';
import { Deadline } from '../modules/deadline/deadline.entity.ts';
import { DeadlineSettings } from '../modules/deadline/deadline-settings.entity.ts';
import { Assignment, IncomingDocument } from '../modules/document/document.entity.ts';
import { DocumentFile } from '../modules/file/file.entity.ts';
import { Notification } from '../modules/notification/notification.entity.ts';
import { OUTGOING_ENTITIES } from '../modules/outgoing/outgoing.entity.ts';
import { Session, Unit, User } from '../modules/org/org.entity.ts';
import { RegisterBook } from '../modules/register-book/register-book.entity.ts';
import { TASK_ENTITIES } from '../modules/task/task.entity.ts';

export const entities = [Unit, User, Session, RegisterBook, IncomingDocument, Assignment, DocumentFile, AuditEvent, Deadline, CalendarYear, CalendarSettings, CalendarChange, Agency, Notification, DeadlineSettings, ...OUTGOING_ENTITIES, ...TASK_ENTITIES];
