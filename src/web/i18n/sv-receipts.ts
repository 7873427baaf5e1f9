// The texts of confirming a binding act and of its receipt (kvittens), in Swedish; en-receipts.ts
// has the same keys.
export const svReceipts = {
  'confirm.declarationMissing': 'Kryssa i intygandet för att kunna fortsätta.',
  'confirm.irreversible': 'Det här kan inte ångras.',
  'confirm.decisions.title': 'Fatta beslut',
  'confirm.decisions.consequence.one':
    '{count} beslut om {amount} fattas och kan inte ändras. Det får diarienummer och beslutsbrev i ditt namn.',
  'confirm.decisions.consequence.other':
    '{count} beslut om sammanlagt {amount} fattas och kan inte ändras. De får diarienummer och beslutsbrev i ditt namn.',
  'confirm.decisions.confirm': 'Bekräfta och fatta {count} beslut',
  'confirm.payout.title': 'Godkänn utbetalningen',
  'confirm.payout.consequence':
    '{amount} på {count} rader godkänns för betalning {date}. Därefter kan utbetalningen inte ändras.',
  'confirm.payout.confirm': 'Bekräfta och godkänn',
  'confirm.requisition.title': 'Skriv under rekvisitionen',
  'confirm.requisition.consequence':
    'Organisationen ({code}) rekvirerar {amount} av {grant}. Underskriften binder organisationen.',
  'confirm.requisition.declineConsequence':
    'Organisationen ({code}) avstår från {grant}. Underskriften binder organisationen.',
  'confirm.requisition.declaration': 'Jag intygar att uppgifterna är riktiga',
  'confirm.requisition.confirm': 'Bekräfta och skriv under',
  'confirm.report.title': 'Skicka in återrapporten',
  'confirm.report.consequenceRepay':
    'Rapporten låses; {amount} blir ett återbetalningskrav med förfallodag {date}.',
  'confirm.report.consequenceWaived':
    'Rapporten låses; {amount} är oanvänt men under beloppsgränsen och behöver inte betalas tillbaka.',
  'confirm.report.consequenceNone': 'Rapporten låses; inget ska betalas tillbaka.',
  'confirm.report.declaration': 'Jag intygar att uppgifterna är riktiga',
  'confirm.report.confirm': 'Bekräfta och skicka in',
  'confirm.grantPublish.title': 'Publicera statsbidraget',
  'confirm.grantPublish.consequence':
    '{grant} om {amount} publiceras. Mottagarna ser det och villkoren kan inte längre ändras.',
  'confirm.grantPublish.needsAllocation':
    'Statsbidraget kan publiceras när en fördelning är publicerad (under Fördelningar).',
  'confirm.grantPublish.confirm': 'Bekräfta och publicera',
  'confirm.grantClose.title': 'Stäng statsbidraget',
  'confirm.grantClose.consequence':
    '{grant} stängs. Inga fler rekvisitioner eller intresseanmälningar tas emot.',
  'confirm.grantClose.confirm': 'Bekräfta och stäng',
  'confirm.performance.title': 'Publicera beräkningen',
  'confirm.performance.consequence':
    '{amount} fördelas på {count} mottagare som uppfyller villkoren. Underlaget låses och kan inte ändras.',
  'confirm.performance.confirm': 'Bekräfta och publicera',
  'confirm.allocation.consequence':
    'Fördelningen av {amount} publiceras och blir statsbidragets fördelning. Den kan inte ändras.',
  'receipt.title': 'Kvittens',
  'receipt.done': 'Klart',
  'receipt.reference': 'Referens',
  'receipt.what': 'Vad som gjordes',
  'receipt.who': 'Av',
  'receipt.when': 'Tidpunkt',
  'receipt.grant': 'Statsbidrag',
  'receipt.recipient': 'Mottagare',
  'receipt.pdf': 'Ladda ner kvittensen (PDF)',
  'receipt.back': 'Tillbaka',
  'receipt.linesCaption': 'Vad kvittensen omfattar',
  'receipt.col.recipient': 'Mottagare',
  'receipt.col.reference': 'Diarienummer',
  'receipt.col.amount': 'Belopp',
  'receipt.kind.decisions_issued.one': '{count} beslut om {amount} fattades för {grant}.',
  'receipt.kind.decisions_issued.other':
    '{count} beslut om sammanlagt {amount} fattades för {grant}.',
  'receipt.kind.payout_batch_approved':
    'Utbetalningen av {amount} på {count} rader godkändes för betalning {date}.',
  'receipt.kind.requisition_signed':
    '{organisation} rekvirerade {amount} av {grant}. Rekvisitionen är underskriven.',
  'receipt.kind.requisition_declined': '{organisation} avstod från {grant}.',
  'receipt.kind.report_submitted': '{organisation} skickade in återrapporten för {grant}.',
  'receipt.kind.grant_published': '{grant} om {amount} publicerades.',
  'receipt.kind.grant_closed': '{grant} stängdes.',
  'receipt.kind.performance_result_published':
    'Beräkningen för {grant} publicerades: {amount} till {count} mottagare.',
  'receipt.kind.allocation_published': 'Fördelningen av {amount} för {grant} publicerades.',
  'receipt.repay': '{amount} ska betalas tillbaka senast {date}, med OCR-referens {ocr}.',
  'receipt.noRepay': 'Inget ska betalas tillbaka.',
  'stepUp.password.label': 'Ditt lösenord',
  'stepUp.password.hint':
    'Skriv ditt lösenord igen. Det styrker att det är du som skriver under just nu.',
  'stepUp.password.missing': 'Skriv ditt lösenord för att skriva under.',
  'stepUp.password.wrong': 'Lösenordet är fel. Ingenting har skrivits under.',
  'stepUp.provider.explain':
    'När du bekräftar skickas du till e-legitimationen och legitimerar dig på nytt. Därefter skrivs handlingen under och du får en kvittens.',
  'stepUp.error.auth.step_up_stale':
    'Legitimeringen var inte gjord just nu. Ingenting har skrivits under. Bekräfta igen och legitimera dig på nytt.',
  'stepUp.error.auth.step_up_level':
    'E-legitimationen har inte den tillitsnivå som underskriften kräver. Ingenting har skrivits under.',
  'stepUp.error.auth.step_up_subject':
    'Du legitimerade dig som en annan person än den som är inloggad. Ingenting har skrivits under.',
  'stepUp.error.auth.step_up_required':
    'Underskriften kräver att du legitimerar dig på nytt. Ingenting har skrivits under.',
  'stepUp.error.auth.oidc_failed':
    'Legitimeringen via e-legitimationen misslyckades. Ingenting har skrivits under. Försök igen.',
  'receipt.signature': 'Underskrift',
  'receipt.signature.password': 'Med lösenord, angivet på nytt {time}',
  'receipt.signature.oidc': 'Med e-legitimation, legitimering {time}',
  'receipt.acr': 'Tillitsnivå (acr)',
  'receipt.amr': 'Autentiseringsmetod (amr)',
  'receipt.none': 'Ingen angiven',
} as const;
