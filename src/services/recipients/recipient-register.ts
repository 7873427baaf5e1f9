import type { Executor } from '../../db/client';
import { listAllRecipients } from '../../db/recipients';
import {
  buildRecipientRegister,
  type Recipient,
  type RecipientAlias,
  type RecipientRegister,
} from '../../domain/recipients/recipient-register';
import { readReferenceRecipients } from '../../files/reference-recipients';

let referencePromise: Promise<{ recipients: Recipient[]; aliases: RecipientAlias[] }> | undefined;

/** The register shipped in reference/ (names and printed labels), read once per process. */
function reference() {
  referencePromise ??= readReferenceRecipients();
  return referencePromise;
}

/**
 * The recipients as they are now in the database (names updated by imports included), plus the
 * printed labels of the reference annexes, for finding a key file's recipients by code or name.
 */
export async function loadRecipientRegister(executor: Executor): Promise<RecipientRegister> {
  const [recipients, { aliases }] = await Promise.all([listAllRecipients(executor), reference()]);
  return buildRecipientRegister(
    recipients.map((recipient) => ({
      code: recipient.code,
      name: recipient.name,
      type: recipient.type,
    })),
    aliases,
  );
}

/**
 * The recipient names of the result CSV and its checksum: those of reference/, which is what
 * `statsbidrag allocate` uses without --recipients. So the checksum of a published allocation
 * depends only on model.json and inputs.csv, and a later renaming in the register (an import)
 * cannot make it irreproducible.
 */
export async function referenceRecipientNames(): Promise<Map<string, string>> {
  const { recipients } = await reference();
  return new Map(recipients.map((recipient) => [recipient.code, recipient.name]));
}

/** The register exactly as `statsbidrag allocate` builds it without --recipients. */
export async function referenceRegister(): Promise<{
  register: RecipientRegister;
  types: string[];
}> {
  const { recipients, aliases } = await reference();
  return {
    register: buildRecipientRegister(recipients, aliases),
    types: [...new Set(recipients.map((recipient) => recipient.type))],
  };
}
