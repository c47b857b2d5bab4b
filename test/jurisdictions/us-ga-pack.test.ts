import type { Pack } from '../../src/domain/pack-schema';
import { loadPacks } from '../../src/jurisdictions/load-packs';

function georgiaPack(): Pack {
  const pack = loadPacks().get('US-GA');
  if (!pack) throw new Error('jurisdictions/us-ga.json did not load');
  return pack;
}

const pack = georgiaPack();
const vacatur = pack.reliefs.vacatur;

describe('the Georgia pack (US-GA), as reviewed', () => {
  it('offers no petition of its own: the petition is the form the Attorney General promulgates', () => {
    expect(vacatur?.documents).not.toContain('ga-petition');
    const form = vacatur?.requirements.find((r) => r.code === 'attorney-general-form');
    expect(form?.citation).toBe('O.C.G.A. § 17-10-21(a)(2)(A)');
    expect(form?.message).toContain('do not file two versions');
    expect(form?.messageEs).toContain('no presente dos versiones');
  });

  it('has the translator swear before a notary, as the affidavit is, since § 9-1-1 lets a declaration under penalty of perjury stand for an oath only outside the United States', () => {
    expect(vacatur?.procedure.perjuryClause).toBeUndefined();
    const ids = vacatur?.sourceIds ?? [];
    expect(ids).toEqual(
      expect.arrayContaining(['findlaw-ga-9-1-1', 'casetext-ga-9-1-1', 'instalawyer-ga-9-10-113']),
    );
  });

  it('says the return of fines and fees runs through § 17-15-17, subject to available funds', () => {
    expect(vacatur?.effect.citation).toContain('§ 17-15-17');
    expect(vacatur?.effect.text).toContain('subject to available funds');
    expect(vacatur?.effect.textEs).toContain('según los fondos disponibles');
    expect(vacatur?.sourceIds).toContain('courtgpt-17-15-17');
  });

  it('serves the prosecuting attorney by delivery or mail, as O.C.G.A. § 17-1-1(b) allows', () => {
    expect(vacatur?.procedure.citation).toContain('§ 17-1-1(b), (e)');
    const serve = vacatur?.procedure.serve[0];
    expect(serve?.party).toBe('prosecuting attorney');
    expect(serve?.text).toContain('mailing it there');
    expect(serve?.textEs).toContain('por correo');
    expect(vacatur?.sourceIds).toContain('mirror-ga-17-1-1');
  });

  it('warns, before signing, that a first offender or conditional discharge sentence is not a conviction', () => {
    const check = vacatur?.requirements.find((r) => r.code === 'first-offender-not-conviction');
    expect(check?.message).toContain('is not a conviction');
    expect(check?.message).toContain('do not sign the papers as they are');
    expect(check?.messageEs).toContain('no es una condena');
  });

  it('keeps the affidavit sworn before a notary and signed by the person', () => {
    const affidavit = vacatur?.papers?.['ga-affidavit'];
    expect(affidavit?.notary).toBe(true);
    expect(affidavit?.sworn).toBe(true);
    expect(affidavit?.signer).toBe('person');
    const notary = vacatur?.requirements.find((r) => r.code === 'notarize-affidavit');
    expect(notary?.citation).toBe('O.C.G.A. § 9-10-113');
  });

  it('has a Spanish line for every line a lawyer must still check', () => {
    expect(vacatur?.needsReviewEs?.length).toBe(vacatur?.needsReview.length);
  });
});
