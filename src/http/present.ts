// Turns what the services return into the API's JSON shapes (routes/*.schema.ts).
import type { AuditEventRecord } from '../db/audit';
import type { GrantRecord } from '../db/grants';
import type { RecipientWithCounty } from '../db/recipients';
import { grantToJson } from '../services/grant-json';
import type { AuditEvent, Grant } from './routes/grants.schema';
import type { Recipient } from './routes/recipients.schema';

export function presentGrant(grant: GrantRecord): Grant {
  return grantToJson(grant);
}

export function presentRecipient(recipient: RecipientWithCounty): Recipient {
  return {
    code: recipient.code,
    type: recipient.type,
    name: recipient.name,
    countyCode: recipient.countyCode,
    countyName: recipient.countyName,
    orgNumber: recipient.orgNumber,
    sameOrganisationAs: recipient.sameOrganisationAs,
  };
}

export function presentAuditEvent(event: AuditEventRecord): AuditEvent {
  return {
    id: event.id.toString(),
    occurredAt: event.occurredAt.toISOString(),
    actor: event.actor,
    entityType: event.entityType,
    entityId: event.entityId,
    action: event.action,
    before: event.before ?? null,
    after: event.after ?? null,
    reason: event.reason,
  };
}
