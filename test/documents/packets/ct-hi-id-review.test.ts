import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildCaseFixture, docText, onlyDoc, type Built } from './helpers';

/**
 * Connecticut, Hawaii and Idaho papers after the independent review of 2026-12-05
 * (docs/decisions.md): what each paper may say, read as text on the packs' own fixtures.
 */

const fixture = (state: string, name: string, lang: 'en' | 'es' = 'en'): Built =>
  buildCaseFixture(state, name, lang);

const flat = (s: string): string => s.replace(/\s+/g, ' ');

describe('US-CT papers (review 2026-12-05)', () => {
  it('US-CT: the affidavit can be sworn before a notary or a Commissioner of the Superior Court, and the officer signs over both titles', () => {
    const affidavit = onlyDoc(fixture('us-ct', '01-prostitution').packet, 'ct-affidavit');
    // A notary jurat block prints "Notary Public" alone under the officer's line; the jurat is a
    // kept-together verification paragraph instead, so it stays on the page of both signatures.
    expect(affidavit.blocks.some((b) => b.kind === 'verification' && b.form === 'notary')).toBe(
      false,
    );
    const kinds = affidavit.blocks.map((b) => b.kind);
    expect(kinds.slice(-3)).toEqual(['signature', 'verification', 'signature']);
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

const HI_DIR = path.join(__dirname, '..', '..', 'fixtures', 'cases', 'us-hi');
const hiFixtures = readdirSync(HI_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

interface HiFixture {
  case: { convictions: { convictionDate?: string | null; juvenile?: boolean }[] };
  expected: { convictions: { status: string; codes: string[] }[] };
}

const plusYears = (iso: string, years: number): string =>
  `${String(Number(iso.slice(0, 4)) + years)}${iso.slice(4)}`;

describe('US-HI papers (review 2026-12-05)', () => {
  it.each(hiFixtures.flatMap((name) => [[name, 'en'] as const, [name, 'es'] as const]))(
    'US-HI %s (%s): no court paper speaks of trafficking, and the instructions list what the declaration swears: each conviction and the three-year record, no trafficking',
    (name, lang) => {
      const { packet } = fixture('us-hi', name, lang);
      for (const doc of packet.documents.filter((d) => d.id.startsWith('hi-')))
        expect(`${doc.id}: ${docText(doc)}`).not.toMatch(/traffick|trata\b/i);
      const instructions = docText(onlyDoc(packet, 'instructions'));
      const heading = lang === 'en' ? 'In your sworn papers' : 'Lo que usted dice bajo juramento';
      if (!packet.documents.some((d) => d.id === 'hi-declaration'))
        return expect(instructions).not.toContain(heading);
      // The list runs from its heading to the line that tells the person not to sign if it is wrong.
      const list = instructions
        .slice(instructions.indexOf(heading))
        .split('\n')
        .slice(1)
        .filter((l) => l.trim());
      const facts = list.slice(
        0,
        list.findIndex((l) => /^(If any|Si algo)/.test(l)),
      );
      const convictions = facts.filter((l) =>
        lang === 'en'
          ? /^That you were convicted on /.test(l)
          : /hubo una condena contra usted por/.test(l),
      );
      expect(convictions.length).toBeGreaterThan(0);
      expect(facts).toEqual([
        ...convictions,
        lang === 'en'
          ? expect.stringMatching(/^That more than three years .* Hawaii Penal Code/)
          : expect.stringMatching(/^Que pasaron más de tres años .* Código Penal de Hawái/),
      ]);
      expect(facts.join(' ')).not.toMatch(/traffick|trata\b/i);
      expect(flat(instructions)).toMatch(/under penalty of law, that what it says is true|bajo pena de ley, que lo que dice es verdad/);
    },
  );

  it('US-HI: the notice of hearing in the motion carries no note to the filer', () => {
    const motion = docText(onlyDoc(fixture('us-hi', '01-prostitution').packet, 'hi-motion'));
    expect(motion).not.toMatch(/The clerk gives/);
    expect(flat(motion)).toMatch(/or as soon after that as the defendant can be heard\./);
  });

  it('US-HI: the tool keeps out a conviction under three years old or followed within three years by another entered, and tells the person to take out one followed by a conviction not entered', () => {
    const built = fixture('us-hi', '01-prostitution');
    const reason = built.a.convictions[0]?.reasons.map((r) => r.message).join(' ') ?? '';
    expect(flat(reason)).toMatch(
      /checked the dates of the convictions you listed here; if any other Hawaii Penal Code conviction you did not list[^.]*within three years after this one, the court will not vacate this one: take it out of the motion/,
    );
    const instructions = flat(docText(onlyDoc(built.packet, 'instructions')));
    expect(instructions).toMatch(
      /left out of the motion any conviction less than three years old, and any conviction followed within three years by another conviction you entered/,
    );
    const es = flat(
      docText(onlyDoc(fixture('us-hi', '01-prostitution', 'es').packet, 'instructions')),
    );
    expect(es).toMatch(/dejó fuera de la moción toda condena de menos de tres años/);
    for (const [name, code] of [
      ['28-later-conviction-within-three-years', 'later-conviction-within-three-years'],
      ['29-conviction-under-three-years', 'three-years-not-passed'],
    ] as const) {
      const { a, packet } = fixture('us-hi', name);
      expect(a.convictions[0]).toMatchObject({ status: 'needs-review', reasons: [{ code }] });
      expect(packet.documents.some((d) => d.id === 'hi-motion')).toBe(false);
    }
  });

  it.each(hiFixtures)(
    'US-HI %s: a conviction the fixture expects to be vacated is not followed within three years by another conviction in the same answers (§ 712-1209.6(1))',
    (name) => {
      const f = JSON.parse(readFileSync(path.join(HI_DIR, `${name}.json`), 'utf8')) as HiFixture;
      const dates = f.case.convictions.map((c) => (c.juvenile ? null : (c.convictionDate ?? null)));
      f.expected.convictions.forEach((e, i) => {
        const own = dates[i];
        if (e.status !== 'eligible' || !own) return;
        const later = dates.filter((d): d is string => !!d && d > own && d <= plusYears(own, 3));
        expect({ conviction: i, laterWithinThreeYears: later }).toEqual({
          conviction: i,
          laterWithinThreeYears: [],
        });
      });
    },
  );
});

describe('US-ID papers (review 2026-12-05)', () => {
  it('US-ID: a § 18-5613 conviction is named as the judgment named it before 2024 and as the section reads now', () => {
    const { packet } = fixture('us-id', '01-prostitution');
    for (const id of ['id-petition', 'id-proposed-order'])
      expect(flat(docText(onlyDoc(packet, id)))).toMatch(
        /Idaho Code § 18-5613 \(Prostitution; since 2024, providing commercial sexual activity\)/,
      );
  });

  it('US-ID: the petition pleads a conviction as § 67-3014(15)(a) defines it, withheld judgments included, never as a judgment of conviction entered', () => {
    const petition = flat(
      docText(onlyDoc(fixture('us-id', '01-prostitution').packet, 'id-petition')),
    );
    expect(petition).not.toMatch(/[Jj]udgment of conviction (was )?entered/);
    expect(petition).toMatch(
      /A plea or finding of guilty was entered against me for Idaho Code § 18-5613[^.]*: a conviction as Idaho Code § 67-3014\(15\)\(a\) defines it, whatever the form of the judgment, including a withheld judgment\./,
    );
  });

  it('US-ID: the date help was first sought, which the instructions list among the sworn facts, is in the sworn petition', () => {
    const { packet } = fixture('us-id', '26-t-visa-presumption');
    const instructions = flat(docText(onlyDoc(packet, 'instructions')));
    expect(instructions).toMatch(
      /first sought help as a victim of trafficking on February 1, 2018/,
    );
    expect(flat(docText(onlyDoc(packet, 'id-petition')))).toMatch(
      /I first sought help as a victim of human trafficking on or about February 1, 2018\./,
    );
  });

  it("US-ID: every court paper is headed with the petitioner first, as Idaho heads a civil action against a conviction, and the lawyer's page says the petition gives no reason for its timing", () => {
    const { packet } = fixture('us-id', '01-prostitution');
    const papers = packet.documents.filter((d) => !d.plain);
    expect(papers.length).toBeGreaterThanOrEqual(3);
    for (const d of papers) {
      const caption = d.blocks.find((b) => b.kind === 'caption');
      expect(caption?.kind === 'caption' && [caption.plaintiff, caption.defendant]).toEqual([
        { name: 'ROSA ELENA WHITAKER', role: 'Petitioner' },
        { name: 'STATE OF IDAHO', role: 'Respondent' },
      ]);
      expect(flat(docText(d))).toMatch(/ROSA ELENA WHITAKER Petitioner STATE OF IDAHO Respondent/);
    }
    const lawyer = flat(packet.documents.map(docText).join('\n'));
    expect(lawyer).toMatch(/within a reasonable time after the arrest, prosecution or conviction/);
  });
});
