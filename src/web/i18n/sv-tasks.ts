// The texts of the task lists ("Att göra"), the collapsed menu and the grant's lifecycle, in Swedish
// (the first language); en-tasks.ts has the same keys.
export const svTasks = {
  'tasks.title': 'Att göra',
  'tasks.intro':
    'Det som väntar på dig, det med närmast sista dag först. Länken tar dig till nästa steg.',
  'tasks.empty': 'Inget väntar på dig just nu.',
  'tasks.due': 'Senast',
  'tasks.noDue': 'Ingen sista dag',
  'tasks.allGrants': 'Alla statsbidrag',
  'tasks.kind.requisition_to_start.one': 'Rekvisition att göra',
  'tasks.kind.requisition_to_start.other': '{count} rekvisitioner att göra',
  'tasks.kind.requisition_to_sign.one': 'Rekvisition att signera',
  'tasks.kind.requisition_to_sign.other': '{count} rekvisitioner att signera',
  'tasks.kind.report_to_fill.one': 'Återrapport att fylla i',
  'tasks.kind.report_to_fill.other': '{count} återrapporter att fylla i',
  'tasks.kind.report_to_submit.one': 'Återrapport att skicka in',
  'tasks.kind.report_to_submit.other': '{count} återrapporter att skicka in',
  'tasks.kind.requisitions_late.one':
    '{count} mottagare har inte rekvirerat fast sista dagen har passerat',
  'tasks.kind.requisitions_late.other':
    '{count} mottagare har inte rekvirerat fast sista dagen har passerat',
  'tasks.kind.reports_late.one': '{count} återrapport är sen',
  'tasks.kind.reports_late.other': '{count} återrapporter är sena',
  'tasks.kind.payment_accounts_missing.one': '{count} mottagare saknar konto för utbetalning',
  'tasks.kind.payment_accounts_missing.other': '{count} mottagare saknar konto för utbetalning',
  'tasks.kind.payment_accounts_to_confirm.one':
    '{count} ändrat utbetalningskonto väntar på din bekräftelse',
  'tasks.kind.payment_accounts_to_confirm.other':
    '{count} ändrade utbetalningskonton väntar på din bekräftelse',
  'tasks.kind.decisions_to_issue.one': '{count} beslut att fatta',
  'tasks.kind.decisions_to_issue.other': '{count} beslut att fatta',
  'tasks.kind.payouts_to_approve.one': '{count} utbetalningsomgång att godkänna',
  'tasks.kind.payouts_to_approve.other': '{count} utbetalningsomgångar att godkänna',
  'tasks.action.requisition_to_start': 'Rekvirera',
  'tasks.action.requisition_to_sign': 'Granska och signera',
  'tasks.action.report_to_fill': 'Fyll i återrapporten',
  'tasks.action.report_to_submit': 'Granska och skicka in',
  'tasks.action.requisitions_late': 'Påminn eller ge anstånd',
  'tasks.action.reports_late': 'Se vilka som är sena',
  'tasks.action.payment_accounts_missing': 'Se utbetalningarna',
  'tasks.action.payment_accounts_to_confirm': 'Bekräfta kontona',
  'tasks.action.decisions_to_issue': 'Granska och fatta beslut',
  'tasks.action.payouts_to_approve': 'Granska och godkänn',
  'tasks.handedOff.title': 'Väntar på firmatecknaren',
  'tasks.handedOff.requisition_to_sign':
    'Rekvisitionen är sparad. Nu ska firmatecknaren signera den: {names}.',
  'tasks.handedOff.report_to_submit':
    'Återrapporten är sparad. Nu ska firmatecknaren granska och skicka in den: {names}.',
  'tasks.handedOff.noSignatory':
    'Er organisation har ingen aktiv firmatecknare i systemet. Kontakta handläggaren hos myndigheten.',
  'tasks.handedOff.open': 'Visa',

  'layout.nav.tasks': 'Att göra',
  'layout.menu': 'Meny',

  'lifecycle.label': 'Var bidraget är',
  'lifecycle.step.draft': 'Utkast',
  'lifecycle.step.published': 'Publicerat',
  'lifecycle.step.requisition': 'Rekvisition',
  'lifecycle.step.decisions': 'Beslut',
  'lifecycle.step.payouts': 'Utbetalning',
  'lifecycle.step.reporting': 'Återrapportering',
  'lifecycle.step.closed': 'Avslutat',
  'lifecycle.done': 'klart',
  'lifecycle.current': 'nu',
  'lifecycle.next': 'Nästa steg: {step}',
  'lifecycle.notReached': 'Statsbidraget har inte kommit till det här steget än.',
  'lifecycle.panel.published':
    'När statsbidraget publiceras ser mottagarna det, och fördelningen och villkoren låses.',
  'lifecycle.panel.requisition':
    'Kommunerna och regionerna rekvirerar sina belopp fram till sista dagen att rekvirera.',
  'lifecycle.panel.decisions':
    'Handläggaren förbereder besluten och beslutsfattaren fattar dem. Fattade beslut kan bara ändras genom ett nytt beslut.',
  'lifecycle.panel.reporting':
    'Mottagarna återrapporterar hur medlen har använts. Oanvända medel blir återbetalningskrav.',
  'lifecycle.panel.closed':
    'När återrapporteringen är klar stängs statsbidraget och redovisas till regeringen.',
  'lifecycle.auditShow': 'Visa ändringsloggen',
  'lifecycle.auditHide': 'Dölj ändringsloggen',

  'payouts.whoBuilds':
    'Handläggaren bygger utbetalningsomgången av de fattade besluten. Beslutsfattaren granskar och godkänner den innan den betalas ut.',
} as const;
