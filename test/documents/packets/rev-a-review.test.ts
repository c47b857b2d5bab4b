import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, docsById, docText, onlyDoc, type Built } from './helpers';

/**
 * Washington, District of Columbia and Michigan papers after the independent review of
 * 2026-12-05 (docs/decisions.md, "rev-a"): what each court paper may say, read as text on the
 * packs' fixtures.
 */

function fixture(state: string, name: string, lang: 'en' | 'es' = 'en'): Built {
  const file = path.join(__dirname, '..', '..', 'fixtures', 'cases', state, `${name}.json`);
  const f = JSON.parse(readFileSync(file, 'utf8')) as { case: unknown; today?: string };
  return build(f.case, f.today ?? '2026-12-05', lang);
}

describe('US-WA papers (review 2026-12-05)', () => {
  it('US-WA: the self-represented person signs the certificate of service under penalty of perjury (CR 5(b)(2)(B))', () => {
    const certificate = docText(
      onlyDoc(fixture('us-wa', '01-9A-88-030').packet, 'wa-certificate-of-service'),
    );
    expect(certificate).toMatch(
      /I certify under penalty of perjury under the laws of the State of Washington that the foregoing is true and correct/,
    );
    expect(certificate).toMatch(/Signed at: _+ \(city and state\)/);
  });

  it("US-WA: a felony motion and order do not rest the clerk's report to the State Patrol on the misdemeanor section alone", () => {
    const built = fixture('us-wa', '33-attorney-two-courts');
    const felonyMotion = docText(docsById(built.packet, 'wa-motion')[1]!);
    expect(felonyMotion).toMatch(/RCW 9\.96\.060\(9\); RCW 9\.94A\.640\(4\)\(a\)/);
    expect(felonyMotion).not.toMatch(/defendant \(RCW 9\.96\.060\(9\)\)/);
    const felonyOrder = docText(docsById(built.packet, 'wa-proposed-order')[1]!);
    expect(felonyOrder).toMatch(
      /criminal justice enforcement agencies \(RCW 9\.96\.060\(9\); RCW 9\.94A\.640\(4\)\(a\)\)/,
    );
  });
});
