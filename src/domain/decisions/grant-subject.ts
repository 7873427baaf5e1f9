// How a decision's text names the grant: most grants' names already say "statsbidrag" ("Statsbidrag
// för …", "Prestationsbaserat statsbidrag för …"), and "statsbidraget Statsbidrag för …" says it
// twice; a name that does not ("Investeringar i välfärdsteknik 2018") gets "statsbidraget" before it.

/** The grant as the subject or object of a sentence: "Statsbidrag för …", "statsbidraget X". */
export function grantSubject(name: string, position: 'start' | 'inside'): string {
  const trimmed = name.trim();
  if (/(^|[\s-])statsbidrag/i.test(trimmed)) return trimmed;
  return `${position === 'start' ? 'Statsbidraget' : 'statsbidraget'} ${trimmed}`;
}
