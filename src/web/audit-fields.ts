// How the history (components/audit-log.tsx) reads an audited change: each action's family (the
// snapshot shape its fields belong to), the fields not worth showing (ids, hashes, bookkeeping), the
// fields kept as one document (a model, a form's answers), and where each coded value gets its word
// — the same texts the page's tags use (`status.*`, `requisition.state.*` …), so a state is called
// the same in the history as on the page. The field names are `audit.field.<family>.<path>`
// (i18n/sv-audit-fields.ts). e2e/audit-labels.test.ts walks every action's snapshot schema and fails
// on a field or value this file and the texts leave without a word.

export const AUDIT_FAMILIES = [
  'grant',
  'allocation',
  'recipient',
  'requisition',
  'second_round',
  'decision',
  'payout',
  'payment_account',
  'performance',
  'audit_sample',
  'receivable',
  'report_form',
  'report',
  'agency_settings',
  'user',
  'system',
] as const;
export type AuditFamily = (typeof AUDIT_FAMILIES)[number];

/** The family of an action by its prefix (`requisition.signed` → requisition). */
export function auditFamily(action: string): AuditFamily | undefined {
  const prefix = action.slice(0, action.indexOf('.'));
  if (prefix === 'clawback') return 'decision';
  if (prefix === 'sessions') return 'system';
  return (AUDIT_FAMILIES as readonly string[]).find((family) => family === prefix) as
    AuditFamily | undefined;
}

/** Fields every snapshot may have that change on every save and say nothing to the reader. */
const BOOKKEEPING = ['id', 'grantId', 'version', 'createdAt', 'updatedAt'];

/**
 * Fields left out of the history: ids of other records (the page links to those records
 * instead), hashes and an identity provider's opaque subject.
 */
export const HIDDEN_FIELDS: Record<AuditFamily, readonly string[]> = {
  grant: ['publishedAllocationId', 'copiedFromGrantId'],
  allocation: ['checksum', 'supersededByAllocationId'],
  recipient: [],
  requisition: ['signedVersion.id'],
  second_round: ['checksum'],
  decision: ['sourceType', 'sourceId', 'supersedesDecisionId', 'sampleId'],
  payout: ['decisionIds'],
  payment_account: [],
  performance: ['checksum'],
  audit_sample: [],
  receivable: ['paymentId'],
  report_form: ['templateId'],
  report: [],
  agency_settings: [],
  user: ['roles.grantId', 'subject', 'boundSubject', 'identityId'],
  system: [],
};

/**
 * Fields kept as one document whose keys are the grant's own (figures, questions): said as a
 * whole ("ändrad"), not key by key.
 */
export const DOCUMENT_FIELDS: Record<AuditFamily, readonly string[]> = {
  grant: [],
  allocation: [],
  recipient: [],
  requisition: [],
  second_round: [],
  decision: [],
  payout: [],
  payment_account: [],
  performance: ['model', 'values', 'figures.values'],
  audit_sample: [],
  receivable: [],
  report_form: [],
  report: ['answers', 'economic'],
  agency_settings: [],
  user: [],
  system: [],
};

/** Numbers that are years, seeds or sequence numbers: written without digit grouping. */
export const PLAIN_NUMBER_FIELDS = new Set([
  'grantYear',
  'seed',
  'revision',
  'formVersion',
  'number',
  'signedVersionNumber',
  'signedVersion.number',
  'sourceLine',
]);

/** The text key of a coded value: `status: draft` → `status.draft` (the grant's tag). */
type ValueKey = (value: string) => string;
const prefixed =
  (prefix: string, suffix = ''): ValueKey =>
  (value) =>
    `${prefix}.${value}${suffix}`;

/** Where each coded field's values get their words, by family and path. */
export const VALUE_KEYS: Record<AuditFamily, Record<string, ValueKey>> = {
  grant: {
    status: prefixed('status'),
    eligibleRecipientTypes: prefixed('recipientType', '.plural'),
    distributionMethod: prefixed('audit.value.distributionMethod'),
  },
  allocation: { status: prefixed('allocationStatus'), kind: prefixed('allocation.kind') },
  recipient: {},
  requisition: {
    status: prefixed('requisition.state'),
    state: prefixed('requisition.state'),
  },
  second_round: {},
  decision: {
    kind: prefixed('audit.value.decision.kind'),
    status: prefixed('decisions.status'),
    payoutChannel: prefixed('decisions.channel'),
  },
  payout: { status: prefixed('payouts.status') },
  payment_account: { accountType: prefixed('account') },
  performance: {
    status: prefixed('allocationStatus'),
    source: prefixed('audit.value.performance.source'),
    'figures.source': prefixed('audit.value.performance.source'),
  },
  audit_sample: { outcome: prefixed('auditSample.outcome') },
  receivable: { state: prefixed('receivables.state'), kind: prefixed('receivables.kind') },
  report_form: {},
  report: {
    status: prefixed('reporting.state'),
    'repayment.outcome': prefixed('audit.value.report.repayment.outcome'),
  },
  agency_settings: {},
  user: {
    'roles.role': prefixed('role'),
    matchedBy: prefixed('audit.value.user.matchedBy'),
    reason: prefixed('audit.value.user.reason'),
    via: prefixed('audit.value.user.via'),
  },
  system: {},
};

/** Whether a field is left out of the family's history. */
export function isHiddenField(family: AuditFamily, path: string): boolean {
  return BOOKKEEPING.includes(path) || HIDDEN_FIELDS[family].includes(path);
}

/** The document field a path lies in (`answers.q1` → `answers`), if any. */
export function documentFieldOf(family: AuditFamily, path: string): string | undefined {
  return DOCUMENT_FIELDS[family].find((field) => path === field || path.startsWith(`${field}.`));
}

export const fieldLabelKey = (family: AuditFamily, path: string) => `audit.field.${family}.${path}`;
