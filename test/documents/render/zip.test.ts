import { renderZip, zipEntryBase } from '../../../src/documents/render/zip';
import { slugify } from '../../../src/documents/render/slug';
import { fixturePacket } from './fixture-packet';
import { readZipEntries } from './helpers';

describe('renderZip', () => {
  test('holds each document as PDF and DOCX, numbered, named from the title, stored uncompressed', async () => {
    const entries = await readZipEntries(await renderZip(fixturePacket()));
    expect([...entries.keys()]).toEqual([
      '01-affidavit-in-support-of-motion-to-vacate-judgment.pdf',
      '01-affidavit-in-support-of-motion-to-vacate-judgment.docx',
      '02-petition-to-vacate-convictions-pen-code-236-14.pdf',
      '02-petition-to-vacate-convictions-pen-code-236-14.docx',
      '03-motion-to-vacate-conviction.pdf',
      '03-motion-to-vacate-conviction.docx',
      '04-how-to-file-your-papers.pdf',
      '04-how-to-file-your-papers.docx',
    ]);
    for (const [name, e] of entries) {
      expect(e.stored).toBe(true);
      expect(e.data.subarray(0, 4).toString('latin1')).toBe(
        name.endsWith('.pdf') ? '%PDF' : 'PK\u0003\u0004',
      );
    }
  });

  test('the same packet gives byte-identical ZIPs', async () => {
    const opts = { creationDate: new Date('2026-01-02T00:00:00Z') };
    const a = await renderZip(fixturePacket(), opts);
    const b = await renderZip(fixturePacket(), opts);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
  });

  test('slugs are ASCII, never empty, and keep no personal names unless the title has them', () => {
    expect(slugify('Déclaration — Zoë Ñúñez')).toBe('declaration-zoe-nunez');
    expect(slugify('王小明')).toBe('document');
    expect(zipEntryBase(9, 'Proposed Order')).toBe('10-proposed-order');
  });
});
