import { buildCaseFixture, docsById, packetText, type Built } from './helpers';

/**
 * Wisconsin (Wis. Stat. § 973.015(2m)) and Utah, 2026-12-05 (docs/decisions.md, st-wi and the
 * rev-wi review): neither pack drafts a court paper. Wisconsin's papers were withdrawn because the
 * opening words and paras. (a)-(b) of sub. (2m), which say whose convictions it reaches, were read
 * only as enacted in 2014, not in the current statute.
 */

const wi = (name: string, lang: 'en' | 'es' = 'en'): Built => buildCaseFixture('us-wi', name, lang);

const courtPapers = ['wi-motion', 'wi-affidavit', 'wi-proposed-order', 'wi-certificate-of-service'];

describe('US-WI (no papers until the current opening words of sub. (2m) are read)', () => {
  it.each([
    '01-prostitution',
    '24-documents-safety-other-names',
    '16-attorney',
    '26-two-cases-one-county',
  ])('US-WI: %s gets no court paper, only the instructions and the cover', (name) => {
    const built = wi(name);
    for (const id of courtPapers) expect(docsById(built.packet, id)).toHaveLength(0);
    expect(built.packet.documents.map((d) => d.id)).not.toContain('wi-motion');
  });

  it('US-WI: the reason for a s. 944.30 conviction says why no papers are drafted, in English and Spanish', () => {
    expect(packetText(wi('01-prostitution').packet)).toMatch(
      /not the current wording of its opening words and paras\. \(a\) and \(b\)/,
    );
    expect(packetText(wi('01-prostitution', 'es').packet)).toMatch(
      /no el texto vigente de sus palabras iniciales ni de los párrafos \(a\) y \(b\)/,
    );
  });

  it('US-WI: soliciting (s. 944.32) is sent to a lawyer, not called ineligible, since the current scope clause was not read', () => {
    const text = packetText(wi('06-soliciting').packet);
    expect(text).toMatch(/does not seem to be covered/);
    expect(text).not.toMatch(/cannot be vacated or expunged under it/);
  });
});

describe('US-UT (no papers)', () => {
  it('US-UT: a conviction gets no court paper, and the reason names the court form rule (URCP 65C(c))', () => {
    const built = buildCaseFixture('us-ut', '01-prostitution');
    const text = packetText(built.packet);
    expect(text).toMatch(/Utah R\. Civ\. P\. 65C\(c\)/);
    expect(built.packet.documents.map((d) => d.id)).not.toContain('ut-petition');
  });
});
