import type { Executor } from '../db/client';
import { listAllRecipients } from '../db/recipients';
import {
  buildRecipientRegister,
  type RecipientAlias,
  type RecipientRegister,
} from '../domain/recipients/recipient-register';
import { readReferenceRecipients } from '../files/reference-recipients';

let aliasesPromise: Promise<RecipientAlias[]> | undefined;

/** The printed labels of government annexes ("Falu", "Region Gotland"), read once per process. */
function referenceAliases(): Promise<RecipientAlias[]> {
  aliasesPromise ??= readReferenceRecipients().then((reference) => reference.aliases);
  return aliasesPromise;
}

/**
 * The recipients as they are now in the database (names updated by imports included), plus the
 * printed labels of the reference annexes, for finding a key file's recipients by code or name.
 */
export async function loadRecipientRegister(executor: Executor): Promise<RecipientRegister> {
  const [recipients, aliases] = await Promise.all([
    listAllRecipients(executor),
    referenceAliases(),
  ]);
  return buildRecipientRegister(
    recipients.map((recipient) => ({
      code: recipient.code,
      name: recipient.name,
      type: recipient.type,
    })),
    aliases,
  );
}
