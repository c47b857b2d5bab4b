import type { Packet } from '../../../src/documents/model';
import { renderPdf } from '../../../src/documents/render/pdf';
import { build, readCaseFixture } from '../packets/helpers';
import { lowestLines } from './helpers';

// A heading never ends a page alone: the space under it counts when it is kept with what follows
// (found in the District of Columbia motion, where "Grounds" sat alone at the foot of page 1).

const headingsOf = (packet: Packet): Set<string> =>
  new Set(
    packet.documents.flatMap((d) =>
      d.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text.map((r) => r.text).join('')] : [])),
    ),
  );

describe('headings kept with what follows them in the PDF', () => {
  it.each([
    ['us-dc', '36-labor-continued-presence-police-letter.json', 'es'],
    ['us-dc', '36-labor-continued-presence-police-letter.json', 'en'],
    ['us-wa', '33-attorney-two-courts.json', 'en'],
    ['us-nm', '21-mixed.json', 'en'],
  ] as const)('%s %s (%s): no page ends with a heading', async (state, file, lang) => {
    const { packet } = build(readCaseFixture(state, file), '2026-11-27', lang);
    const headings = headingsOf(packet);
    const last = await lowestLines(await renderPdf(packet));
    const alone = last.filter((line) => headings.has(line.trim()));
    expect(alone).toEqual([]);
  });
});
