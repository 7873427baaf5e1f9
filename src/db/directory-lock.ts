// A lock file that keeps a second process away from the embedded database. PGlite has no lock of its
// own, and two processes writing one data directory would corrupt it silently.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export const LOCK_FILE_NAME = 'statsbidrag.lock';

export class DatabaseLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The database in ${path.resolve(dataDir)} is in use by another process (pid ${pid}). ` +
        'Stop that process, or set DATA_DIR to another directory, or use DATABASE_URL.',
    );
    this.name = 'DatabaseLockedError';
  }
}

/**
 * Takes the lock on `dataDir` or throws DatabaseLockedError; returns the function that releases it.
 * A lock left by a process that no longer runs (a crash, a kill -9) is taken over.
 */
export function acquireDirectoryLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE_NAME);
  const ownContent = String(process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, ownContent);
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (readFileSync(lockPath, 'utf8') === ownContent) unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readLockHolder(lockPath), 10);
      if (Number.isInteger(holder) && holder > 0 && isProcessRunning(holder)) {
        throw new DatabaseLockedError(dataDir, holder);
      }
      // Stale: its process is gone. Remove it and try once more (another starter may win the race).
      try {
        unlinkSync(lockPath);
      } catch {
        // Someone else removed it first.
      }
    }
  }
  throw new DatabaseLockedError(dataDir, Number.parseInt(readLockHolder(lockPath), 10) || 0);
}

function readLockHolder(lockPath: string): string {
  try {
    return readFileSync(lockPath, 'utf8').trim();
  } catch {
    return '';
  }
}

function isProcessRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
