import type { CaptionBlock } from '../../../src/documents/model';
import { plaintiffFor } from '../../../src/documents/packet';
import { build, readCaseFixture, registry } from './helpers';

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
