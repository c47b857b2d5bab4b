import type { Pack } from '../../src/domain/pack-schema';
import { expectDraftsNoPapers, loadedPack } from './pack-helpers';

function reasonFor(pack: Pack, code: string): { message: string; messageEs: string } {
  const rule = pack.reliefs.vacatur?.rules.find((r) => r.reason.code === code);
  if (!rule) throw new Error(`${pack.code} has no rule with reason ${code}`);
  return { message: rule.reason.message, messageEs: rule.reason.messageEs ?? '' };
}

describe('the Montana pack (US-MT): § 46-18-608 was amended in 2023 and the amended text was not read', () => {
  const pack = loadedPack('US-MT');
  const vacatur = pack.reliefs.vacatur;

  it('drafts no court paper: only the instructions and the cover go into the packet', () => {
    expectDraftsNoPapers(vacatur);
  });

  it('cites the 2023 bill that amended § 46-18-608 among its sources', () => {
    const hb112 = pack.sources.find((s) => s.id === 'fastdemocracy-mt-2023-hb112');
    expect(hb112?.supports).toContain('46-18-608');
    expect(vacatur?.sourceIds).toContain('fastdemocracy-mt-2023-hb112');
  });

  it('tells the person, in English and Spanish, that the wording read may have changed in 2023', () => {
    const reason = reasonFor(pack, 'vacatur-motion-lawyer');
    expect(reason.message).toContain('amended § 46-18-608 in 2023 (House Bill 112)');
    expect(reason.message).toContain('did not read the amended text');
    expect(reason.messageEs).toContain('reformó § 46-18-608 en 2023 (House Bill 112)');
    expect(reason.messageEs).toContain('no leyó el texto reformado');
  });

  it('does not call the undated third-party copy the current wording', () => {
    const texts = [
      vacatur?.nexus.text ?? '',
      vacatur?.scope.offenses ?? '',
      reasonFor(pack, 'vacatur-motion-lawyer').message,
    ];
    for (const text of texts) expect(text).not.toMatch(/current wording/i);
    expect(vacatur?.needsReview[0]).toMatch(
      /^The current text of Mont\. Code Ann\. § 46-18-608 was not read\./,
    );
  });
});

describe('the Wyoming pack (US-WY): § 6-2-708 was not found in any copy', () => {
  const pack = loadedPack('US-WY');
  const vacatur = pack.reliefs.vacatur;

  it('drafts no court paper: only the instructions and the cover go into the packet', () => {
    expectDraftsNoPapers(vacatur);
  });

  it('points a record without a conviction to the arrest-record expungement law, saying it was not read', () => {
    const reason = reasonFor(pack, 'non-conviction-review');
    expect(reason.message).toContain('§ 7-13-1401');
    expect(reason.message).toContain('did not read that law');
    expect(reason.messageEs).toContain('§ 7-13-1401');
    expect(reason.messageEs).toContain('no leyó esa ley');
  });
});
