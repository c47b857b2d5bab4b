import { courtLabelOf, courtNamesCounty, numberLabelFor } from '../../src/documents/court-view';
import { build, readCaseFixture, registry } from './packets/helpers';
import type { CaptionBlock } from '../../src/documents/model';

describe('whether a court’s name already names the county', () => {
  it.each([
    ['Criminal Court of the City of New York', 'New York', false],
    ['Supreme Court of the State of New York', 'New York', false],
    ['New York County Supreme Court', 'New York', true],
    ['Supreme Court of the State of New York, County of New York', 'New York', true],
    ['Queens County Criminal Court', 'Queens', true],
    ['Criminal Court of the City of New York', 'Kings', false],
    ['Superior Court, County of Los Angeles', 'Los Angeles', true],
    ['Rockingham County General District Court', 'Rockingham', true],
    ['Warren District Court', 'Warren', true],
    ['Fairfax County Circuit Court', 'Fairfax County', true],
    ['Yorktown Justice Court', 'York', false],
    ['', 'Queens', false],
  ])('%j in %j county: %s', (court, county, named) => {
    expect(courtNamesCounty(court, county)).toBe(named);
  });

  it('labels a Manhattan court with its county, and a named county once', () => {
    expect(courtLabelOf('Criminal Court of the City of New York', 'New York')).toBe(
      'Criminal Court of the City of New York, New York County',
    );
    expect(courtLabelOf('Queens County Criminal Court', 'Queens')).toBe(
      'Queens County Criminal Court',
    );
  });

  it('heads a New York County case in the Criminal Court of the City of New York with COUNTY OF NEW YORK', () => {
    const input = readCaseFixture('us-ny', '01-eligible-prostitution-pl.json') as {
      convictions: Record<string, unknown>[];
    };
    const manhattan = {
      ...input,
      convictions: input.convictions.map((c) => ({
        ...c,
        court: 'Criminal Court of the City of New York',
        county: 'New York',
      })),
    };
    const papers = build(manhattan, '2026-12-05').packet.documents.filter((d) => !d.plain);
    expect(papers.length).toBeGreaterThan(0);
    for (const d of papers) {
      const caption = d.blocks.find((b): b is CaptionBlock => b.kind === 'caption');
      expect(caption?.court).toEqual([
        'CRIMINAL COURT OF THE CITY OF NEW YORK',
        'COUNTY OF NEW YORK',
      ]);
    }
  });
});

describe('the case-number label by court (caption.numberLabelByCourt)', () => {
  const ny = registry.get('US-NY')!;
  it.each([
    ['Supreme Court of the State of New York', 'Indictment No.'],
    ['Kings County Supreme Court', 'Indictment No.'],
    ['Monroe County Court', 'Indictment No.'],
    ['Criminal Court of the City of New York', 'Docket No.'],
    ['Rochester City Court', 'Docket No.'],
    ['', 'Docket No.'],
  ])('New York, %j: %s', (court, label) => {
    expect(numberLabelFor(court, ny)).toBe(label);
  });

  it('a pack without it keeps its one label', () => {
    expect(numberLabelFor('Supreme Court', registry.get('US-VT')!)).toBe(
      registry.get('US-VT')!.caption.numberLabel,
    );
  });
});
