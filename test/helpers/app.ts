import { createApp } from '../../src/web/app';
import type { AppDeps, RenderService } from '../../src/web/deps';
import { loadPacks } from '../../src/jurisdictions/load-packs';

export const TODAY = '2026-11-27';
export const registry = loadPacks();

/** A render service that records what it was asked and returns small fake bytes. */
export function fakePool(): RenderService & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    async generate(req) {
      calls.push(req);
      const types = {
        pdf: 'application/pdf',
        docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        zip: 'application/zip',
      };
      return {
        filename: `packet.${req.format}`,
        contentType: types[req.format],
        bytes: new TextEncoder().encode(`fake ${req.format}`),
      };
    },
    async generateFolder(req) {
      calls.push(req);
      return [{ name: 'packet.pdf', bytes: new TextEncoder().encode('fake pdf') }];
    },
    async close() {},
  };
}

export function testApp(overrides: Partial<AppDeps> = {}) {
  const deps: AppDeps = {
    registry,
    pool: fakePool(),
    today: () => TODAY,
    secret: Buffer.alloc(32, 7),
    ...overrides,
  };
  return { app: createApp(deps), deps };
}

/** The contract's example case (CONTRACT.md §1). */
export function nyCase(): Record<string, unknown> {
  return {
    version: 1,
    jurisdiction: 'US-NY',
    relief: 'vacatur',
    petitioner: {
      legalName: 'Maria Elena Lopez',
      otherNames: ['Mary Lopez'],
      dateOfBirth: '1990-04-12',
      address: {
        line1: '12 Main St',
        line2: 'Apt 3',
        city: 'Albany',
        state: 'NY',
        postalCode: '12207',
      },
      phone: '518-555-0100',
      email: 'maria@example.org',
    },
    representation: { mode: 'self' },
    convictions: [
      {
        offense: 'PL 230.00',
        description: 'Prostitution',
        level: 'misdemeanor',
        arrestDate: '2012-03-01',
        convictionDate: '2012-03-02',
        court: 'Criminal Court of the City of New York',
        county: 'Queens',
        docketNumber: '2012QN012345',
        juvenile: false,
      },
    ],
    trafficking: {
      types: ['sex'],
      startDate: '2010-01-01',
      endDate: '2014-06-30',
      servicesSoughtDate: '2015-02-01',
      narrative:
        "In the petitioner's own words: how the offenses were a result of being trafficked.",
      documentation: [{ kind: 't-visa', issuer: 'USCIS', date: '2016-05-01' }],
      safetyConcerns: '',
    },
  };
}
