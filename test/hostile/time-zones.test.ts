import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The probe's L8: with TZ east of UTC the server refused to start (every pack's `verifiedOn` and
 * every case date was "not a date"). The same assessment must come out in every zone. Run against
 * the built code (`npm test` builds first), in a child process whose TZ is set before it starts.
 */
const root = path.join(__dirname, '..', '..');
const SCRIPT = `
const { loadPacks } = require('./dist/src/jurisdictions/load-packs');
const { parseCase } = require('./dist/src/domain/parse-case');
const { assess } = require('./dist/src/domain/assess');
const { isIsoDate } = require('./dist/src/domain/dates');
const fixture = require('./test/fixtures/packets/ny-two-courts.json');
const today = '2026-11-27';
const packs = loadPacks();
const parsed = parseCase(fixture.case, today);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const a = assess(parsed.value, packs.get('US-NY'), today);
process.stdout.write(JSON.stringify({
  packs: packs.packs.length,
  dates: ['2026-02-28', '2024-02-29', '2026-02-30', '2026-12-31'].map(isIsoDate),
  statuses: a.convictions.map((r) => r.status),
  due: a.requirements.map((r) => r.dueDate ?? null),
}));
`;

function runIn(tz: string): unknown {
  const r = spawnSync(process.execPath, ['-e', SCRIPT], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`TZ=${tz}: ${r.stderr}`);
  return JSON.parse(r.stdout) as unknown;
}

describe('time zones', () => {
  it('loads every pack and assesses a case the same way east and west of UTC', () => {
    const utc = runIn('UTC') as { dates: boolean[] };
    expect(utc.dates).toEqual([true, true, false, true]);
    for (const tz of [
      'Asia/Tokyo',
      'Pacific/Kiritimati',
      'America/Los_Angeles',
      'Pacific/Pago_Pago',
    ])
      expect({ tz, result: runIn(tz) }).toEqual({ tz, result: utc });
  });
});
