import type { svInterests } from './sv-interests';

export const enInterests: Record<keyof typeof svInterests, string> = {
  'myInterests.heading': 'Expressions of interest in performance-based grants',
  'myInterests.intro':
    'Register your organisation’s interest by the last day to register. Only organisations that registered interest can receive a share of the money.',
  'myInterests.empty': 'There are no performance-based grants to register interest in.',
  'myInterests.tableCaption': 'Performance-based grants and your organisation’s interest',
  'myInterests.col.deadline': 'Last day to register interest',
  'myInterests.col.status': 'Status',
  'myInterests.col.action': 'Action',
  'myInterests.registered': 'Interest registered {date}',
  'myInterests.notRegistered': 'Not registered',
  'myInterests.closed': 'Closed',
  'myInterests.noCall': 'Registered by the case officer',
  'myInterests.col.figures': 'Figures',
  'myInterests.figures.report': 'Report figures',
  'myInterests.figures.show': 'Show figures',
  'myInterests.figures.reported': 'Reported {date}',
  'myInterests.figures.notReported': 'Not reported',
  'myInterests.figures.deadline': 'by {date}',
  'myInterests.register': 'Register interest',
  'myInterests.withdraw': 'Withdraw interest',
  'myInterests.done.registered': 'Your interest in {name} is registered.',
  'myInterests.done.withdrawn': 'Your interest in {name} is withdrawn.',
};
