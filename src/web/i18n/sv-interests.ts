// The texts of a recipient's expressions of interest (issue 6), in Swedish; en-interests.ts has the same keys.
export const svInterests = {
  'myInterests.heading': 'Intresseanmälan till prestationsbaserade bidrag',
  'myInterests.intro':
    'Anmäl intresse för din organisation senast sista dagen för intresseanmälan. Bara organisationer som anmält intresse kan få del av medlen.',
  'myInterests.empty': 'Det finns inga prestationsbaserade bidrag att anmäla intresse till.',
  'myInterests.tableCaption': 'Prestationsbaserade bidrag och din organisations intresseanmälan',
  'myInterests.col.deadline': 'Sista dag för intresseanmälan',
  'myInterests.col.status': 'Status',
  'myInterests.col.action': 'Åtgärd',
  'myInterests.registered': 'Intresse anmält {date}',
  'myInterests.notRegistered': 'Inte anmält',
  'myInterests.closed': 'Stängd',
  'myInterests.register': 'Anmäl intresse',
  'myInterests.withdraw': 'Återkalla intresseanmälan',
  'myInterests.done.registered': 'Intresseanmälan till {name} är registrerad.',
  'myInterests.done.withdrawn': 'Intresseanmälan till {name} är återkallad.',
};
