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
  'myInterests.register': 'Register interest',
  'myInterests.withdraw': 'Withdraw interest',
  'myInterests.done.registered': 'Your interest in {name} is registered.',
  'myInterests.done.withdrawn': 'Your interest in {name} is withdrawn.',
};
