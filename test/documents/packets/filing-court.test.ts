import { groupSets } from '../../../src/documents/court-view';
import type { RecordView } from '../../../src/documents/view-types';
import { build, docText, onlyDoc, readCaseFixture } from './helpers';

/**
 * `procedure.filingCourt`: where the law names a court of the county other than the one that
 * entered the record (a Virginia general district court's conviction is vacated by the county's
 * circuit court), the filing instructions and the cover name that court, and one filing is made
 * per county.
 */

type Conviction = Record<string, unknown>;
const va = readCaseFixture('us-va', '01-prostitution-eligible.json') as {
  convictions: Conviction[];
};
const withConvictions = (...extra: Partial<Conviction>[]) => ({
  ...va,
  convictions: extra.map((e, i) => ({
    ...va.convictions[0],
    docketNumber: `GC1400123${i}-00`,
    ...e,
  })),
});
const flat = (s: string): string => s.replace(/\s+/g, ' ');

describe('the court a filing goes to (procedure.filingCourt)', () => {
  it('Virginia: a general district court conviction is filed in the circuit court of its county, and the instructions and cover say so', () => {
    const { packet } = build(va, '2026-12-05');
    const instructions = flat(docText(onlyDoc(packet, 'instructions')));
    expect(instructions).toMatch(/Where to file Rockingham Circuit Court File these papers/);
    expect(instructions).not.toMatch(/Where to file Rockingham County General District Court/);
    const cover = flat(docText(onlyDoc(packet, 'cover')));
    expect(cover).toContain('Rockingham Circuit Court');
    expect(cover).not.toContain('General District Court');
    // The affidavit still names the court that entered the conviction.
    const affidavit = flat(docText(onlyDoc(packet, 'va-affidavit')));
    expect(affidavit).toContain('in the Rockingham County General District Court');
  });

  it('Virginia: convictions of one county in its general district and circuit courts make one filing; another county makes another', () => {
    const one = build(
      withConvictions(
        { court: 'Fairfax County General District Court', county: 'Fairfax' },
        { court: 'Fairfax County Circuit Court', county: 'Fairfax County' },
      ),
      '2026-12-05',
    ).packet;
    expect(one.documents.filter((d) => d.id === 'va-affidavit')).toHaveLength(1);
    const two = build(
      withConvictions(
        { court: 'Fairfax County General District Court', county: 'Fairfax' },
        { court: 'Henrico County General District Court', county: 'Henrico' },
      ),
      '2026-12-05',
    ).packet;
    expect(two.documents.filter((d) => d.id === 'va-affidavit')).toHaveLength(2);
    const instructions = flat(docText(onlyDoc(two, 'instructions')));
    expect(instructions).toContain('Set 1: Fairfax Circuit Court');
    expect(instructions).toContain('Set 2: Henrico Circuit Court');
  });

  it('Idaho: a magistrate court case is filed in the district court of its county', () => {
    const id = readCaseFixture('us-id', '01-prostitution.json');
    const instructions = flat(docText(onlyDoc(build(id, '2026-12-05').packet, 'instructions')));
    expect(instructions).toMatch(/Where to file Bannock County District Court File these papers/);
  });

  const record = (court: string, county: string) => ({ court, county }) as unknown as RecordView;

  it('without a county, the court is left blank and records are grouped by the court they name', () => {
    const sets = groupSets(
      [record('Richmond General District Court', ''), record('Norfolk General District Court', '')],
      false,
      false,
      undefined,
      '{county} Circuit Court',
    );
    expect(sets.map((s) => s.court.label)).toEqual([
      '______________ Circuit Court',
      '______________ Circuit Court',
    ]);
  });

  it('a pack without it names the court that entered the record, one filing per court', () => {
    const sets = groupSets(
      [
        record('Fairfax County General District Court', 'Fairfax'),
        record('Fairfax County Circuit Court', 'Fairfax'),
      ],
      false,
      false,
    );
    expect(sets.map((s) => s.court.label)).toEqual([
      'Fairfax County General District Court',
      'Fairfax County Circuit Court',
    ]);
  });
});
