import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCaseFixture, docText, onlyDoc, type Built } from './helpers';

/**
 * Three patterns the Vermont review (2026-12-05) found copied between states, checked state by
 * state against each pack (docs/decisions.md, "Papers audit"): a presumption pleaded from any
 * attached document, New York's "did not make this motion sooner" sentence in states whose law
 * asks for no timeliness, and a certificate of service left for "someone else" while the pack
 * tells the person to serve.
 */

interface CaseFixture {
  case: { petitioner: { legalName: string } };
  today?: string;
}

const fixture = (state: string, name: string, lang: 'en' | 'es' = 'en'): Built =>
  buildCaseFixture(`us-${state}`, name, lang);

function nameOf(state: string, name: string): string {
  const file = path.join(__dirname, '..', '..', 'fixtures', 'cases', `us-${state}`, `${name}.json`);
  return (JSON.parse(readFileSync(file, 'utf8')) as CaseFixture).case.petitioner.legalName;
}

describe('papers audit: no reason for delay sworn where the law asks for no timeliness', () => {
  const cases: [string, string, string][] = [
    ['ga', '25-safety-concerns', 'ga-affidavit'],
    ['pa', '26-safety-concerns', 'pa-verification'],
    ['va', '24-safety-concerns', 'va-affidavit'],
  ];
  it.each(cases)(
    'US-%s: the sworn paper gives the safety concerns in the person’s words under a neutral heading, not as a reason for delay (%s)',
    (state, name, id) => {
      const text = docText(onlyDoc(fixture(state, name).packet, id));
      expect(text).toMatch(/still lives in the same town/);
      expect(text).toMatch(/concerns for safety, in my own words/);
      expect(text).not.toMatch(/sooner|safety of others/);
    },
  );
});

describe('papers audit: where the statute asks for due diligence, the timing sentence stays, in its words', () => {
  const cases: [string, string, string][] = [
    ['fl', '26-safety-concerns', 'fl-sworn-statement'],
    ['ny', '33-safety-concerns', 'ny-affidavit'],
  ];
  it.each(cases)(
    'US-%s: the sworn paper links the timing to safety as the statute does (the person, her family or other victims), not to "others" (%s)',
    (state, name, id) => {
      const text = docText(onlyDoc(fixture(state, name).packet, id));
      expect(text).toMatch(
        /sooner because of concerns for my safety, or for the safety of my family or other victims/,
      );
      expect(text).not.toMatch(/safety of others/);
    },
  );
});

describe('papers audit: the New York memorandum says the timing as CPL 440.10(1)(i) does', () => {
  it('US-NY: the memorandum names the defendant, her family or other victims, not "others"', () => {
    const memo = docText(
      onlyDoc(fixture('ny', '33-safety-concerns').packet, 'ny-memorandum-of-law'),
    );
    expect(memo).toMatch(/the safety of the defendant, the defendant's family or other victims/);
    expect(memo).not.toMatch(/defendant and others/);
  });
});

describe('papers audit: the person signs the certificate of service the pack tells her to serve', () => {
  const cases: [string, string, string][] = [
    ['az', '01-eligible-prostitution', 'az-certificate-of-service'],
    ['ga', '01-eligible-prostitution', 'ga-certificate-of-service'],
    ['oh', '01-dismissed-prostitution', 'oh-certificate-of-service'],
    ['pa', '01-eligible-prostitution-5902', 'pa-certificate-of-service'],
    ['va', '01-prostitution-eligible', 'va-certificate-of-service'],
  ];
  it.each(cases)(
    'US-%s: the certificate carries the person’s signature block, and the Spanish instructions never say she cannot serve (%s)',
    (state, name, id) => {
      const es = fixture(state, name, 'es').packet;
      const certificate = onlyDoc(es, id);
      expect(docText(certificate)).toContain(nameOf(state, name));
      const caption = certificate.blocks[0];
      const signature = certificate.blocks.find((b) => b.kind === 'signature');
      if (caption?.kind !== 'caption' || signature?.kind !== 'signature')
        throw new Error('no caption or signature');
      const role = signature.lines.find((l) => l.endsWith(', self-represented'));
      // The person's party is the second one, or the first where the pack names the person first.
      const own = String(role).replace(', self-represented', '');
      expect([caption.plaintiff.role, caption.defendant.role].some((r) => r.includes(own))).toBe(
        true,
      );
      expect(docText(onlyDoc(es, 'instructions'))).not.toMatch(/no puede entregar los documentos/);
      const en = docText(onlyDoc(fixture(state, name).packet, 'instructions'));
      expect(en).not.toMatch(/not by you/);
    },
  );
});

describe('papers audit: where someone else serves, the pack says so too', () => {
  it('US-NY: the Affirmation of Service is left for a non-party, and the instructions never tell the person to deliver the motion herself', () => {
    const en = docText(
      onlyDoc(fixture('ny', '01-eligible-prostitution-pl').packet, 'instructions'),
    );
    expect(en).toMatch(/Have the motion served on the District Attorney/);
    const es = docText(
      onlyDoc(fixture('ny', '01-eligible-prostitution-pl', 'es').packet, 'instructions'),
    );
    expect(es).not.toMatch(/Entregue (la moción|una copia) a la fiscalía/);
    expect(es).toMatch(/persona adulta que no sea parte del caso/);
  });
});
