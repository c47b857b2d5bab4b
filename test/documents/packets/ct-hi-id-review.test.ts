import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build, docText, onlyDoc, type Built } from './helpers';

/**
 * Connecticut, Hawaii and Idaho papers after the independent review of 2026-12-05
 * (docs/decisions.md): what each paper may say, read as text on the packs' own fixtures.
 */

function fixture(state: string, name: string, lang: 'en' | 'es' = 'en'): Built {
  const file = path.join(__dirname, '..', '..', 'fixtures', 'cases', state, `${name}.json`);
  const f = JSON.parse(readFileSync(file, 'utf8')) as { case: unknown; today?: string };
  return build(f.case, f.today ?? '2026-12-05', lang);
}

const flat = (s: string): string => s.replace(/\s+/g, ' ');

describe('US-CT papers (review 2026-12-05)', () => {
  it('US-CT: the affidavit can be sworn before a notary or a Commissioner of the Superior Court, and the officer signs over both titles', () => {
    const affidavit = onlyDoc(fixture('us-ct', '01-prostitution').packet, 'ct-affidavit');
    // A notary jurat block prints "Notary Public" alone under the officer's line.
    expect(affidavit.blocks.some((b) => b.kind === 'verification')).toBe(false);
    const officer = affidavit.blocks.filter((b) => b.kind === 'signature').at(-1);
    expect(officer && officer.kind === 'signature' ? officer.lines.join(' ') : '').toMatch(
      /^Notary Public \/ Commissioner of the Superior Court/,
    );
    expect(flat(docText(affidavit))).toMatch(
      /Subscribed and sworn to before me by Ana Lucia Reyes/,
    );
  });

  it('US-CT: the application says what § 54-95c(b) and (c) ask, and no service done before it is signed', () => {
    const application = flat(
      docText(onlyDoc(fixture('us-ct', '01-prostitution').packet, 'ct-application')),
    );
    expect(application).not.toMatch(/as C\.G\.S\. § 54-95c\(b\) and \(c\) require/);
    expect(application).toMatch(
      /the Court is to give the prosecutor a reasonable opportunity to investigate[^.]*\(C\.G\.S\. § 54-95c\(c\)\)\. The defendant is serving a copy/,
    );
  });
});
