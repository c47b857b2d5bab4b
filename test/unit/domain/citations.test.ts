import { resolveOffense, sectionKey } from '../../../src/domain/citations';
import { testPack } from '../../helpers/test-pack';

const pack = testPack();

describe('resolveOffense', () => {
  it.each([
    'PL 230.00',
    'Penal Law § 230.00',
    'P.L. 230.00',
    'NY PL 230.00',
    'N.Y. Penal Law § 230.00',
    'pl230.00',
    '  PL   230.00 ',
    '230.00',
    'Penal Law §230.00',
  ])('reads "%s" as the catalogue entry for § 230.00', (raw) => {
    const match = resolveOffense(raw, pack);
    expect(match.kind === 'found' && match.offense.citation).toBe('Test Penal Law § 230.00');
  });

  it.each(['PL 647(b)', 'PL 647b', 'PL 647 (b)', 'Penal Law § 647(b)'])(
    'reads the subdivision in "%s"',
    (raw) => {
      const match = resolveOffense(raw, pack);
      expect(match.kind === 'found' && match.offense.section).toBe('647(b)');
    },
  );

  it('reads a deeper subdivision as its catalogued parent and says so', () => {
    const match = resolveOffense('PL 647(b)(1)', pack);
    expect(match).toMatchObject({ kind: 'found', offense: { section: '647(b)' } });
    expect(match.kind === 'found' && match.note).toMatch(/subdivision/);
  });

  it('calls a section with several catalogued subdivisions ambiguous', () => {
    expect(resolveOffense('PL 647', pack).kind).toBe('ambiguous');
  });

  it('calls a bare section found under two codes ambiguous', () => {
    const match = resolveOffense('511', pack);
    expect(match.kind).toBe('ambiguous');
    expect(match.kind === 'ambiguous' && match.candidates).toHaveLength(2);
  });

  it('resolves the same section once the code is given', () => {
    expect(resolveOffense('VTL 511', pack)).toMatchObject({
      kind: 'found',
      offense: { citation: 'Test VTL § 511' },
    });
  });

  it.each(['PL 999.99', 'Prostitution', 'XYZ 230.00', ''])('never guesses "%s"', (raw) => {
    expect(resolveOffense(raw, pack).kind).toBe('unknown');
  });
});

describe('sectionKey', () => {
  it.each([
    ['647b', '647(b)'],
    ['647 (b)', '647(b)'],
    ['1325(a)(1)', '1325 (a) (1)'],
  ])('gives %s and %s the same key', (a, b) => {
    expect(sectionKey(a)).toBe(sectionKey(b));
  });

  it.each([
    ['230.00', '230.01'],
    ['266h', '266i'],
    ['230.34', '230.34-a'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(sectionKey(a)).not.toBe(sectionKey(b));
  });
});

describe('citation spellings', () => {
  it('reads the code written after the section', () => {
    expect(resolveOffense('230.00 PL', pack)).toMatchObject({
      kind: 'found',
      offense: { section: '230.00' },
    });
  });

  it('does not resolve a bare number too short to be a section', () => {
    expect(resolveOffense('51', pack).kind).toBe('unknown');
  });
});
