// The texts of confirming a binding act and of its receipt, in English (keys as sv-receipts.ts).
import type { svReceipts } from './sv-receipts';

export const enReceipts: Record<keyof typeof svReceipts, string> = {
  'confirm.declarationMissing': 'Tick the declaration to continue.',
  'confirm.irreversible': 'This cannot be undone.',
  'confirm.decisions.title': 'Issue decisions',
  'confirm.decisions.consequence.one':
    '{count} decision of {amount} is issued and cannot be changed. It gets a reference number and a letter in your name.',
  'confirm.decisions.consequence.other':
    '{count} decisions totalling {amount} are issued and cannot be changed. They get reference numbers and letters in your name.',
  'confirm.decisions.confirm': 'Confirm and issue {count} decisions',
  'confirm.payout.title': 'Approve the payout batch',
  'confirm.payout.consequence':
    '{amount} on {count} lines is approved for payment on {date}. After that the batch cannot be changed.',
  'confirm.payout.confirm': 'Confirm and approve',
  'confirm.requisition.title': 'Sign the requisition',
  'confirm.requisition.consequence':
    'The organisation ({code}) requisitions {amount} of {grant}. The signature binds the organisation.',
  'confirm.requisition.declineConsequence':
    'The organisation ({code}) declines {grant}. The signature binds the organisation.',
  'confirm.requisition.declaration': 'I declare that the information is correct',
  'confirm.requisition.confirm': 'Confirm and sign',
  'confirm.report.title': 'Submit the report',
  'confirm.report.consequenceRepay':
    'The report is locked; {amount} becomes a repayment demand due on {date}.',
  'confirm.report.consequenceWaived':
    'The report is locked; {amount} is unused but below the threshold and need not be repaid.',
  'confirm.report.consequenceNone': 'The report is locked; nothing is to be repaid.',
  'confirm.report.declaration': 'I declare that the information is correct',
  'confirm.report.confirm': 'Confirm and submit',
  'confirm.grantPublish.title': 'Publish the grant',
  'confirm.grantPublish.consequence':
    '{grant} of {amount} is published. Recipients see it and its terms can no longer be changed.',
  'confirm.grantPublish.needsAllocation':
    'The grant can be published once an allocation is published (under Allocations).',
  'confirm.grantPublish.confirm': 'Confirm and publish',
  'confirm.grantClose.title': 'Close the grant',
  'confirm.grantClose.consequence':
    '{grant} is closed. No more requisitions or registrations of interest are accepted.',
  'confirm.grantClose.confirm': 'Confirm and close',
  'confirm.performance.title': 'Publish the calculation',
  'confirm.performance.consequence':
    '{amount} is distributed to {count} recipients who meet the conditions. The inputs are locked and cannot be changed.',
  'confirm.performance.confirm': 'Confirm and publish',
  'confirm.allocation.consequence':
    'The allocation of {amount} is published and becomes the grant’s allocation. It cannot be changed.',
  'receipt.title': 'Receipt',
  'receipt.done': 'Done',
  'receipt.reference': 'Reference',
  'receipt.what': 'What was done',
  'receipt.who': 'By',
  'receipt.when': 'When',
  'receipt.grant': 'Grant',
  'receipt.recipient': 'Recipient',
  'receipt.pdf': 'Download the receipt (PDF)',
  'receipt.back': 'Back',
  'receipt.linesCaption': 'What the receipt covers',
  'receipt.col.recipient': 'Recipient',
  'receipt.col.reference': 'Reference number',
  'receipt.col.amount': 'Amount',
  'receipt.kind.decisions_issued.one': '{count} decision of {amount} was issued for {grant}.',
  'receipt.kind.decisions_issued.other':
    '{count} decisions totalling {amount} were issued for {grant}.',
  'receipt.kind.payout_batch_approved':
    'The payout of {amount} on {count} lines was approved for payment on {date}.',
  'receipt.kind.requisition_signed':
    '{organisation} requisitioned {amount} of {grant}. The requisition is signed.',
  'receipt.kind.requisition_declined': '{organisation} declined {grant}.',
  'receipt.kind.report_submitted': '{organisation} submitted the report for {grant}.',
  'receipt.kind.grant_published': '{grant} of {amount} was published.',
  'receipt.kind.grant_closed': '{grant} was closed.',
  'receipt.kind.performance_result_published':
    'The calculation for {grant} was published: {amount} to {count} recipients.',
  'receipt.kind.allocation_published': 'The allocation of {amount} for {grant} was published.',
  'receipt.repay': '{amount} is to be repaid by {date}, with OCR reference {ocr}.',
  'receipt.noRepay': 'Nothing is to be repaid.',
  'stepUp.password.label': 'Your password',
  'stepUp.password.hint': 'Enter your password again. It shows that it is you who signs, now.',
  'stepUp.password.missing': 'Enter your password to sign.',
  'stepUp.password.wrong': 'The password is wrong. Nothing has been signed.',
  'stepUp.provider.explain':
    'When you confirm, you go to the e-identification and identify yourself anew. Then the act is signed and you get a receipt.',
  'stepUp.error.auth.step_up_stale':
    'The identification was not made just now. Nothing has been signed. Confirm again and identify yourself anew.',
  'stepUp.error.auth.step_up_level':
    'The e-identification does not have the level of assurance signing requires. Nothing has been signed.',
  'stepUp.error.auth.step_up_subject':
    'You identified yourself as someone other than the person signed in. Nothing has been signed.',
  'stepUp.error.auth.step_up_required':
    'Signing requires you to identify yourself anew. Nothing has been signed.',
  'stepUp.error.auth.oidc_failed':
    'The identification with the e-identification failed. Nothing has been signed. Try again.',
  'receipt.signature': 'Signature',
  'receipt.signature.password': 'With the password, entered again {time}',
  'receipt.signature.oidc': 'With e-identification, identified {time}',
  'receipt.acr': 'Level of assurance (acr)',
  'receipt.amr': 'Authentication method (amr)',
  'receipt.none': 'None given',
};
