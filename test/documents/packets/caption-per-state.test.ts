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
