import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { Response } from 'express';
import { checkInTurn } from '../../src/web/api/batch';
import { readBatchCsv } from '../../src/batch/read-csv';
import { checkBatch, checkBatchYielding, type ReadBatch } from '../../src/batch/run-batch';
import { DEFAULT_LIMITS } from '../../src/batch/types';
import { testApp, registry as realRegistry, TODAY } from '../helpers/app';
import { csvOf, goodRow } from '../batch/helpers';

function csvOfClients(n: number): string {
  return csvOf(Array.from({ length: n }, (_, i) => goodRow(`C-${i}`)));
}

async function readOk(text: string): Promise<ReadBatch> {
  const read = await readBatchCsv(Readable.from([Buffer.from(text)]), DEFAULT_LIMITS);
  if (!read.ok) throw new Error('the test CSV should read');
  return read;
}

/** Counts event-loop turns (check phase) until stopped. */
function turnCounter() {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop: () => {
      running = false;
      return turns;
    },
  };
}

describe('a check-only batch', () => {
  it('gives the event loop back while it checks, and reports what the blocking check reports', async () => {
    const read = await readOk(csvOfClients(200));
    const counter = turnCounter();
    const report = await checkBatchYielding(read, { registry: realRegistry, today: TODAY }, 0);
    const turns = counter.stop();
    expect(turns).toBeGreaterThanOrEqual(100);
    expect(report).toEqual(checkBatch(read, { registry: realRegistry, today: TODAY }));
  });

  it('takes its turn: a small check started during a large one finishes after it', async () => {
    const open = { destroyed: false, socket: { destroyed: false } } as unknown as Response;
    const large = await readOk(csvOfClients(1000));
    const small = await readOk(csvOfClients(5));
    const done: string[] = [];
    const opts = { registry: realRegistry, today: TODAY };
    await Promise.all([
      checkInTurn(large, opts, open).then(() => done.push('large')),
      checkInTurn(small, opts, open).then(() => done.push('small')),
    ]);
    expect(done).toEqual(['large', 'small']);
  });

  it('checks nothing for a reader who left while it waited its turn', async () => {
    const gone = { destroyed: true, socket: null } as unknown as Response;
    expect(
      await checkInTurn(
        await readOk(csvOfClients(5)),
        { registry: realRegistry, today: TODAY },
        gone,
      ),
    ).toBeUndefined();
  });

  describe('over HTTP', () => {
    let server: http.Server;
    let port = 0;
    let onCheckStart: () => void = () => undefined;
    beforeAll(async () => {
      // The handler reads the clock just before it starts checking.
      const { app } = testApp({
        today: () => {
          onCheckStart();
          return TODAY;
        },
      });
      server = app.listen(0, '127.0.0.1');
      await new Promise((r) => server.once('listening', r));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    it('lets /healthz answer before the check-only response of a large batch is sent', async () => {
      const order: string[] = [];
      let asked = false;
      const health = new Promise<void>((resolve) => {
        onCheckStart = () => {
          if (asked) return;
          asked = true;
          http.get({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
            res.resume();
            res.on('end', () => {
              order.push(`healthz ${res.statusCode}`);
              resolve();
            });
          });
        };
      });
      const body = Buffer.from(csvOfClients(2000));
      const batch = new Promise<void>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            agent: false,
            method: 'POST',
            path: '/api/v1/batch?check=1',
            headers: { 'Content-Type': 'text/csv', 'Content-Length': body.length },
          },
          (res) => {
            res.resume();
            res.on('end', () => {
              order.push(`batch ${res.statusCode}`);
              resolve();
            });
          },
        );
        req.on('error', reject);
        req.end(body);
      });
      await Promise.all([health, batch]);
      expect(asked).toBe(true);
      expect(order).toEqual(['healthz 200', 'batch 200']);
    });
  });
});
