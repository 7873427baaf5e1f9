// The texts of the task lists, the collapsed menu and the grant's lifecycle, in English;
// sv-tasks.ts has the same keys.
import type { svTasks } from './sv-tasks';

export const enTasks: Record<keyof typeof svTasks, string> = {
  'tasks.title': 'To do',
  'tasks.intro':
    'What is waiting for you, the earliest last day first. The link takes you to the next step.',
  'tasks.empty': 'Nothing is waiting for you right now.',
  'tasks.due': 'By',
  'tasks.noDue': 'No last day',
  'tasks.allGrants': 'All grants',
  'tasks.kind.requisition_to_start.one': 'Requisition to make',
  'tasks.kind.requisition_to_start.other': '{count} requisitions to make',
  'tasks.kind.requisition_to_sign.one': 'Requisition to sign',
  'tasks.kind.requisition_to_sign.other': '{count} requisitions to sign',
  'tasks.kind.report_to_fill.one': 'Follow-up report to fill in',
  'tasks.kind.report_to_fill.other': '{count} follow-up reports to fill in',
  'tasks.kind.report_to_submit.one': 'Follow-up report to submit',
  'tasks.kind.report_to_submit.other': '{count} follow-up reports to submit',
  'tasks.kind.requisitions_late.one': '{count} recipient has not requisitioned after the last day',
  'tasks.kind.requisitions_late.other':
    '{count} recipients have not requisitioned after the last day',
  'tasks.kind.reports_late.one': '{count} follow-up report is late',
  'tasks.kind.reports_late.other': '{count} follow-up reports are late',
  'tasks.kind.payment_accounts_missing.one': '{count} recipient has no payment account',
  'tasks.kind.payment_accounts_missing.other': '{count} recipients have no payment account',
  'tasks.kind.payment_accounts_to_confirm.one':
    '{count} changed payment account awaits your confirmation',
  'tasks.kind.payment_accounts_to_confirm.other':
    '{count} changed payment accounts await your confirmation',
  'tasks.kind.decisions_to_issue.one': '{count} decision to make',
  'tasks.kind.decisions_to_issue.other': '{count} decisions to make',
  'tasks.kind.payouts_to_approve.one': '{count} payout batch to approve',
  'tasks.kind.payouts_to_approve.other': '{count} payout batches to approve',
  'tasks.action.requisition_to_start': 'Requisition',
  'tasks.action.requisition_to_sign': 'Review and sign',
  'tasks.action.report_to_fill': 'Fill in the report',
  'tasks.action.report_to_submit': 'Review and submit',
  'tasks.action.requisitions_late': 'Remind or allow late',
  'tasks.action.reports_late': 'See who is late',
  'tasks.action.payment_accounts_missing': 'See the payouts',
  'tasks.action.payment_accounts_to_confirm': 'Confirm the accounts',
  'tasks.action.decisions_to_issue': 'Review and decide',
  'tasks.action.payouts_to_approve': 'Review and approve',
  'tasks.handedOff.title': 'Waiting for the signatory',
  'tasks.handedOff.requisition_to_sign':
    'The requisition is saved. Now the signatory must sign it: {names}.',
  'tasks.handedOff.report_to_submit':
    'The follow-up report is saved. Now the signatory must review and submit it: {names}.',
  'tasks.handedOff.noSignatory':
    'Your organisation has no active signatory in the system. Contact the case officer at the agency.',
  'tasks.handedOff.open': 'Show',

  'layout.nav.tasks': 'To do',
  'layout.menu': 'Menu',

  'lifecycle.label': 'Where the grant is',
  'lifecycle.step.draft': 'Draft',
  'lifecycle.step.published': 'Published',
  'lifecycle.step.requisition': 'Requisition',
  'lifecycle.step.decisions': 'Decisions',
  'lifecycle.step.payouts': 'Payouts',
  'lifecycle.step.reporting': 'Follow-up',
  'lifecycle.step.closed': 'Closed',
  'lifecycle.done': 'done',
  'lifecycle.current': 'now',
  'lifecycle.next': 'Next step: {step}',
  'lifecycle.notReached': 'The grant has not reached this step yet.',
  'lifecycle.panel.published':
    'Once the grant is published the recipients see it, and its allocation and terms are locked.',
  'lifecycle.panel.requisition':
    'Municipalities and regions requisition their amounts until the last day to requisition.',
  'lifecycle.panel.decisions':
    'The case officer prepares the decisions and the decision maker issues them. An issued decision can only be changed by a new decision.',
  'lifecycle.panel.reporting':
    'The recipients report how the funds were used. Unused funds become repayment demands.',
  'lifecycle.panel.closed':
    'Once follow-up is done the grant is closed and reported to the government.',
  'lifecycle.auditShow': 'Show the change log',
  'lifecycle.auditHide': 'Hide the change log',

  'payouts.whoBuilds':
    'The case officer builds the payout batch from the decisions made. The decision maker reviews and approves it before it is paid.',
};
