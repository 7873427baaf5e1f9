// The app as `npm start` runs it: a real process on a loopback port with an embedded database.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(
  output: () => string,
  pattern: RegExp,
  timeoutMs: number,
): Promise<RegExpMatchArray> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const match = output().match(pattern);
    if (match) return match;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${pattern}; output:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('npm start with the embedded database', () => {
  let dataDir: string;
  let server: ReturnType<typeof start>;
  let url: string;

  before(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'sb-main-'));
    server = start({ DATA_DIR: dataDir });
    url = (await waitFor(server.output, /running on (http:\/\/127\.0\.0\.1:\d+)\//, 120_000))[1]!;
  });
  after(async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    await rm(dataDir, { recursive: true, force: true });
  });

  it('listens on loopback and has the demo grants and accounts on first start', async () => {
    assert.equal((await fetch(`${url}/api/grants`)).status, 401);
    const signIn = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'analytiker@demo.statsbidrag.se',
        password: 'statsbidrag-demo',
      }),
    });
    assert.equal(signIn.status, 200);
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    const grants = (await (await fetch(`${url}/api/grants`, { headers: { cookie } })).json()) as {
      items: { grantYear: number; status: string }[];
    };
    assert.deepEqual(
      grants.items.map((g) => [g.grantYear, g.status]),
      [
        [2027, 'draft'],
        [2027, 'published'],
        [2025, 'published'],
        [2024, 'published'],
        [2023, 'draft'],
        [2018, 'published'],
      ],
    );
    assert.match(server.output(), /Loaded the demo grants/);
  });

  it('stops a second process on the same data directory with a clear message', async () => {
    const second = start({ DATA_DIR: dataDir });
    assert.equal(await second.exited, 1);
    assert.match(second.output(), /in use by another process \(pid \d+\)/);
  });

  it('refuses a configuration it does not understand, naming the variable', async () => {
    const bad = start({ DATA_DIR: dataDir, PORT: 'åtta' });
    assert.equal(await bad.exited, 1);
    assert.match(bad.output(), /PORT/);
  });
});
