import type { CaptionBlock } from '../../../src/documents/model';
import { plaintiffFor } from '../../../src/documents/packet';
import { build, docText, onlyDoc, readCaseFixture, registry } from './helpers';

const wa = registry.get('US-WA')!;
const ny = registry.get('US-NY')!;

describe('the prosecuting party by court (caption.plaintiffByCourt)', () => {
  it.each([
    ['Tacoma Municipal Court', 'CITY OF TACOMA'],
    ['Seattle municipal court', 'CITY OF SEATTLE'],
    ['City of Federal Way Municipal Court', 'CITY OF FEDERAL WAY'],
    ['Municipal Court of the City of Spokane', 'CITY OF SPOKANE'],
    ['Yakima County District Court', 'STATE OF WASHINGTON'],
    ['King County Superior Court', 'STATE OF WASHINGTON'],
    ['', 'STATE OF WASHINGTON'],
  ])('Washington, %j: %s', (court, name) => {
    expect(plaintiffFor(court, wa)).toEqual({ name, role: 'Plaintiff' });
  });

  it('leaves a pack without the field as it was', () => {
    expect(plaintiffFor('Tacoma Municipal Court', ny)).toEqual(ny.caption.plaintiff);
  });

  it('heads every court paper of a municipal court case with the city', () => {
    const input = readCaseFixture('us-wa', '35-municipal-court.json');
    const papers = build(input).packet.documents.filter((d) => !d.plain);
    expect(papers.length).toBeGreaterThanOrEqual(3);
    for (const d of papers) {
      const caption = d.blocks.find((b): b is CaptionBlock => b.kind === 'caption');
      expect(caption?.plaintiff.name).toBe('CITY OF TACOMA');
    }
  });
});

describe('the prosecution named in the instructions', () => {
  const sentence = (input: unknown, lang: 'en' | 'es') =>
    docText(onlyDoc(build(input, '2026-11-27', lang).packet, 'instructions')).replace(/\s+/g, ' ');

  it('is the city for a municipal court case, in English and Spanish', () => {
    const input = readCaseFixture('us-wa', '35-municipal-court.json');
    expect(sentence(input, 'en')).toContain('and the prosecution "CITY OF TACOMA".');
    expect(sentence(input, 'es')).toContain('y la fiscalía como «CITY OF TACOMA».');
  });

  it('names both when the papers go to a municipal and a state court', () => {
    const one = readCaseFixture('us-wa', '35-municipal-court.json') as {
      convictions: Record<string, unknown>[];
    };
    const other = readCaseFixture('us-wa', '01-9A-88-030.json') as {
      convictions: Record<string, unknown>[];
    };
    const both = { ...one, convictions: [...one.convictions, ...other.convictions] };
    expect(sentence(both, 'en')).toContain(
      'and the prosecution "CITY OF TACOMA" or "STATE OF WASHINGTON".',
    );
  });

  it('is the pack’s party elsewhere', () => {
    expect(sentence(readCaseFixture('us-wa', '01-9A-88-030.json'), 'en')).toContain(
      'and the prosecution "STATE OF WASHINGTON".',
    );
  });
});

describe("the lawyer's number as the state's papers call it (caption.barNumberLabel)", () => {
  const signatureText = (state: string, file: string) => {
    const { packet } = build(readCaseFixture(state, file));
    return packet.documents
      .filter((d) => !d.plain)
      .map((d) => docText(d))
      .join('\n');
  };

  it('is "Juris No." in Connecticut and "Bar No." elsewhere', () => {
    const ct = signatureText('us-ct', '26-attorney.json');
    expect(ct).toMatch(/Juris No\. \S/);
    expect(ct).not.toMatch(/Bar No\./);
    expect(signatureText('us-wa', '33-attorney-two-courts.json')).toMatch(/Bar No\. \S/);
  });
});

describe('the filer block in the standard layout (caption.filerBlock)', () => {
  const firstCaption = (state: string, file: string): CaptionBlock | undefined =>
    build(readCaseFixture(state, file), '2026-12-05')
      .packet.documents.filter((d) => !d.plain)[0]
      ?.blocks.find((b): b is CaptionBlock => b.kind === 'caption');

  it('Arizona (Rule 1.6(a)): the person’s name and contact lines top left, named as the papers name her', () => {
    const caption = firstCaption('us-az', '01-eligible-prostitution.json');
    expect(caption?.layout).toBe('standard');
    expect(caption?.filer?.[0]).toBe('Maria Elena Castillo');
    expect(caption?.filer).toContain('Telephone: 602-555-0187');
    expect(caption?.filer?.at(-1)).toBe('Defendant/Applicant, Self-Represented');
  });

  it('Arizona, a lawyer filing: the lawyer’s lines, for the applicant', () => {
    const caption = firstCaption('us-az', '19-attorney-prostitution.json');
    expect(caption?.filer?.at(-1)).toMatch(/^Attorney for Defendant\/Applicant /);
  });

  it('a standard caption without it has no filer block; California’s pleading paper keeps "Petitioner"', () => {
    expect(firstCaption('us-vt', '01-prostitution-eligible.json')?.filer).toBeUndefined();
    const ca = firstCaption('us-ca', '01-eligible-prostitution-pc-647b.json');
    expect(ca?.layout).toBe('pleading');
    expect(ca?.filer?.at(-1)).toBe('Petitioner, Self-Represented');
  });
});
