import { renderDocx } from '../../../src/documents/render/docx';
import { renderPdf } from '../../../src/documents/render/pdf';
import { coverageMarkdown, coverageRows } from '../../../src/jurisdictions/coverage-table';
import { noReliefPack } from '../../helpers/no-relief-pack';
import { testCase } from '../../helpers/test-pack';
import { build, docText, packetText } from './helpers';

/**
 * The packet of a state whose law gives adults no trafficking-specific relief: a cover, the
 * instructions and the lawyer's memo, and never a court paper, whatever the records.
 */

const TODAY = '2026-12-04';
const input = testCase({
  jurisdiction: 'US-IA',
  convictions: [
    {
      offense: 'PL 230.00',
      arrestDate: '2012-03-01',
      convictionDate: '2012-03-02',
      court: 'District Court',
      county: 'Polk',
      docketNumber: 'SMAC123456',
    },
    { offense: 'PL 240.20', arrestDate: '2013-05-01', juvenile: true },
  ],
});

describe.each(['none-for-adults', 'unconfirmed'] as const)(
  'the packet of a "%s" finding',
  (finding) => {
    const pack = noReliefPack(finding);

    it.each(['en', 'es'] as const)('holds only the cover, instructions and memo (%s)', (lang) => {
      const { packet } = build(input, TODAY, lang, pack);
      expect(packet.documents.map((d) => d.id)).toEqual(['cover', 'instructions', 'lawyer-memo']);
      expect(packet.documents.every((d) => d.plain === true && !d.pleading)).toBe(true);
      const blocks = packet.documents.flatMap((d) => d.blocks);
      expect(
        blocks.filter((b) => ['caption', 'signature', 'verification'].includes(b.kind)),
      ).toEqual([]);
      expect(packet.title).toBe('Record Options Packet');
    });

    it('says plainly there are no court papers, gives the other options, legal help and records', () => {
      const { packet } = build(input, TODAY, 'en', pack);
      const cover = docText(packet.documents[0]!);
      expect(cover).toContain('This packet has no court papers');
      expect(cover).toContain(
        'Testland law gives adults no trafficking-specific way to clear a record.',
      );
      expect(cover).toContain(
        finding === 'none-for-adults'
          ? 'So this packet has no court papers to file'
          : 'Until that is confirmed, this packet has no court papers to file',
      );
      const text = packetText(packet);
      for (const want of [
        'General expungement',
        'Test Code § 9',
        'Juvenile trafficking relief',
        'Testland Legal Aid',
        '555-0100',
        'https://example.org/statute',
        'PL 230.00',
        'SMAC123456',
        'Whether a 2026 bill became law.',
      ])
        expect(text).toContain(want);
      expect(text).not.toMatch(/\bconvicted\b|\bMotion to\b|\bPetition (for|to)\b/);
    });

    it('is in Spanish for a Spanish reader, with the memo for the lawyer in English', () => {
      const { packet } = build(input, TODAY, 'es', pack);
      const [cover, instructions, memo] = packet.documents.map(docText);
      expect(cover).toContain('Este paquete no tiene documentos para el tribunal');
      expect(instructions).toContain('Eliminación general de antecedentes');
      expect(instructions).toContain('Testland Legal Aid (ayuda legal)');
      expect(memo).toContain('For Your Lawyer');
      expect(memo).toContain('Si un proyecto de ley de 2026 se convirtió en ley.');
    });

    it('renders as PDF and DOCX', async () => {
      const { packet } = build(input, TODAY, 'es', pack);
      const pdf = await renderPdf(packet);
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      const docx = await renderDocx(packet);
      expect(Buffer.from(docx.subarray(0, 2)).toString()).toBe('PK');
    });
  },
);

describe('the coverage table', () => {
  it('shows a no-relief state plainly, with its other options and no papers', () => {
    const [row] = coverageRows([noReliefPack()]);
    expect(row).toMatchObject({
      code: 'US-IA',
      remedy: 'No trafficking-specific relief for adults found — other options',
      authority: 'Testland Code (no trafficking-survivor record-relief statute found)',
      papers: 'none (instructions and a lawyer memo only)',
    });
    expect(row?.scope).toContain('General expungement (Test Code § 9)');
    expect(coverageRows([noReliefPack('unconfirmed')])[0]?.remedy).toBe(
      'Could not confirm the law — other options',
    );
    expect(coverageMarkdown([noReliefPack()])).toContain(
      '| US-IA | Testland | No trafficking-specific relief for adults found — other options |',
    );
  });
});
