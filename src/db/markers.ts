// Facts about this installation that must hold once (e.g. the demo data was loaded).
import { eq } from 'drizzle-orm';
import type { Executor } from './client';
import { appMarkers, type MarkerValue } from './schema';

export async function hasMarker(executor: Executor, key: string): Promise<boolean> {
  const [row] = await executor
    .select({ key: appMarkers.key })
    .from(appMarkers)
    .where(eq(appMarkers.key, key));
  return row !== undefined;
}

export async function setMarker(
  executor: Executor,
  key: string,
  value: MarkerValue,
): Promise<void> {
  await executor.insert(appMarkers).values({ key, value }).onConflictDoNothing();
}
