import type { ServiceContext } from './context';

export async function importRecipients(
  _ctx: ServiceContext,
  _file: { filename: string; bytes: Buffer },
): Promise<{ updated: number }> {
  throw new Error('not yet');
}
