// Every audit action with the zod schemas of its before and after (docs/decisions/0018): the
// writer (appendAuditEvent) takes an action with its own payload shape and checks it; the reader
// parses with the same schemas and keeps an event of an older shape as it was stored (`legacy`).
import type { z } from 'zod';
import type { AuditAction } from '../../contracts/audit';
import { accessAuditPayloads } from './access';
import { allocationAuditPayloads } from './allocation';
import type { AuditPayloadSchemas } from './common';
import { decisionAuditPayloads } from './decisions';
import { grantAuditPayloads } from './grants';
import { payoutAuditPayloads } from './payouts';
import { performanceAuditPayloads } from './performance';
import { receivablesAuditPayloads } from './receivables';
import { reportingAuditPayloads } from './reporting';
import { requisitionAuditPayloads } from './requisition';
import { settingsAuditPayloads } from './settings';

/** Every action of AUDIT_ACTIONS (one missing fails the typecheck) with its schemas. */
export const AUDIT_PAYLOADS = {
  ...accessAuditPayloads,
  ...allocationAuditPayloads,
  ...decisionAuditPayloads,
  ...grantAuditPayloads,
  ...payoutAuditPayloads,
  ...performanceAuditPayloads,
  ...receivablesAuditPayloads,
  ...reportingAuditPayloads,
  ...requisitionAuditPayloads,
  ...settingsAuditPayloads,
} satisfies Record<AuditAction, AuditPayloadSchemas>;

// …and no action that AUDIT_ACTIONS lacks (the web would have no label for it).
type UnlistedAction = Exclude<keyof typeof AUDIT_PAYLOADS, AuditAction>;
export const noUnlistedActions: [UnlistedAction] extends [never] ? true : UnlistedAction = true;

export type AuditBefore<A extends AuditAction> = z.input<(typeof AUDIT_PAYLOADS)[A]['before']>;
export type AuditAfter<A extends AuditAction> = z.input<(typeof AUDIT_PAYLOADS)[A]['after']>;
