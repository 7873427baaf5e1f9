/**
 * Finding recipients by code or by printed name. Government annexes print names in several ways
 * ("Falu", "Falun", "Bergs kommun"); reference/recipient_name_aliases.csv lists every label seen.
 */
export interface Recipient {
  code: string;
  name: string;
  /** e.g. 'municipality', 'region', 'district'; compared with a grant's eligible types. */
  type: string;
}

export interface RecipientAlias {
  label: string;
  code: string;
}

export interface RecipientRegister {
  byCode: ReadonlyMap<string, Recipient>;
  byName: ReadonlyMap<string, readonly Recipient[]>;
  byAlias: ReadonlyMap<string, readonly Recipient[]>;
}

export type RecipientLookup =
  | { found: 'one'; recipient: Recipient }
  | { found: 'none' }
  | { found: 'several'; candidates: readonly Recipient[] };

function normalizeName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
}

function groupBy(entries: [string, Recipient][]): Map<string, Recipient[]> {
  const groups = new Map<string, Recipient[]>();
  for (const [key, recipient] of entries) {
    const group = groups.get(key) ?? [];
    if (!group.includes(recipient)) group.push(recipient);
    groups.set(key, group);
  }
  return groups;
}

export function buildRecipientRegister(
  recipients: readonly Recipient[],
  aliases: readonly RecipientAlias[] = [],
): RecipientRegister {
  const byCode = new Map(recipients.map((recipient) => [recipient.code, recipient]));
  const aliasEntries = aliases.flatMap((alias): [string, Recipient][] => {
    const recipient = byCode.get(alias.code);
    return recipient ? [[normalizeName(alias.label), recipient]] : [];
  });
  return {
    byCode,
    byName: groupBy(recipients.map((recipient) => [normalizeName(recipient.name), recipient])),
    byAlias: groupBy(aliasEntries),
  };
}

/**
 * By code, exactly, and when a spreadsheet has dropped the leading zero ("114" for 0114) also
 * with the zero put back: a numeric kommunkod cell is the most common way a key file breaks.
 */
export function findRecipientByCode(
  register: RecipientRegister,
  code: string,
): Recipient | undefined {
  const exact = register.byCode.get(code);
  if (exact || !/^\d{1,3}$/.test(code)) return exact;
  return register.byCode.get(code.padStart(4, '0')) ?? register.byCode.get(code.padStart(2, '0'));
}

function uniqueRecipients(recipients: readonly Recipient[]): Recipient[] {
  return [...new Set(recipients)];
}

function lookupOf(candidates: readonly Recipient[]): RecipientLookup {
  const [only] = candidates;
  if (candidates.length === 0 || !only) return { found: 'none' };
  return candidates.length === 1
    ? { found: 'one', recipient: only }
    : { found: 'several', candidates };
}

/**
 * By name: canonical names first, printed labels (aliases) only when no eligible canonical name
 * matches, so that a label recorded for one misprint ("Motala" printed for Robertsfors) never
 * hides the real Motala. A label shared by two types ("Region Gotland": the region 09 and, in
 * municipal tables, the municipality 0980) resolves to the one the grant is for. When nothing
 * eligible matches, the single recipient found is returned so the caller can say it is not eligible.
 */
export function findRecipientByName(
  register: RecipientRegister,
  name: string,
  eligibleTypes: readonly string[],
): RecipientLookup {
  const key = normalizeName(name);
  const canonical = register.byName.get(key) ?? [];
  const aliases = register.byAlias.get(key) ?? [];
  for (const pool of [canonical, aliases]) {
    const eligible = pool.filter((candidate) => eligibleTypes.includes(candidate.type));
    if (eligible.length > 0) return lookupOf(eligible);
  }
  return lookupOf(uniqueRecipients([...canonical, ...aliases]));
}
