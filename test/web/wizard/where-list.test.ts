import { paperTitles } from '../../../src/jurisdictions/coverage-table';
import { packs, wizardApp } from './support';
import { Walker, decode } from './journey';

/** The where page's list: its groups (optgroup label → option values), in page order. */
function groupsOf(html: string): { label: string; values: string[]; names: string[] }[] {
  const select = /<select[^>]*id="jurisdiction"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '';
  return [...select.matchAll(/<optgroup label="([^"]*)">([\s\S]*?)<\/optgroup>/g)].map((m) => ({
    label: decode(m[1]!),
    values: [...m[2]!.matchAll(/value="([^"]*)"/g)].map((v) => v[1]!),
    names: [...m[2]!.matchAll(/>([^<]+)<\/option>/g)].map((v) => decode(v[1]!)),
  }));
}

async function atWhere(lang: 'en' | 'es', relief = 'vacatur'): Promise<Walker> {
  const w = await new Walker(wizardApp()).get(lang === 'es' ? '/?lang=es' : '/');
  await w.post('/start', {});
  await w.post('/who', { who: 'self' });
  await w.post('/relief', { relief });
  return w;
}

describe('the where page as one grouped list', () => {
  it('lists every place once in a labelled native list, grouped by what the tool offers, each group in name order', async () => {
    const w = await atWhere('en');
    expect(w.html).toMatch(/<h1[^>]*><label class="usa-label" for="jurisdiction">/);
    expect(w.html).not.toContain('type="radio"');
    const groups = groupsOf(w.html);
    expect(groups.map((g) => g.label)).toEqual([
      'Papers ready to file',
      'The law explained; a lawyer makes the papers',
      'No specific law found: other options',
      'Not on this list',
    ]);
    const registry = packs();
    const expected = (test: (code: string) => boolean) =>
      registry.packs.filter((p) => test(p.code)).map((p) => p.code);
    const made = (code: string) => {
      const v = registry.get(code)?.reliefs.vacatur;
      return v ? paperTitles(v).length > 0 : undefined;
    };
    expect(groups[0]!.values.sort()).toEqual(expected((c) => made(c) === true).sort());
    expect(groups[1]!.values.sort()).toEqual(expected((c) => made(c) === false).sort());
    expect(groups[2]!.values.sort()).toEqual(
      expected((c) => registry.get(c)?.reliefs.none !== undefined).sort(),
    );
    expect(groups[3]!.values).toEqual(['other']);
    for (const g of groups.slice(0, 3))
      expect(g.names).toEqual([...g.names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(groups[0]!.values).toContain('US-NY');
  });

  it('speaks Spanish: group labels, place names, and any English name marked', async () => {
    const w = await atWhere('es');
    const groups = groupsOf(w.html);
    expect(groups.map((g) => g.label)).toEqual([
      'Documentos listos para presentar',
      'La ley explicada; un abogado prepara los documentos',
      'No se encontró una ley específica: otras opciones',
      'No está en la lista',
    ]);
    expect(groups.flatMap((g) => g.names)).toContain('Nueva York');
    for (const p of packs().packs.filter((x) => !x.nameEs))
      expect(w.html).toMatch(new RegExp(`value="${p.code}"[^>]*lang="en"`));
  });

  it('groups places for restitution by whether a request can be made there', async () => {
    const w = await atWhere('en', 'restitution');
    const groups = groupsOf(w.html);
    expect(groups.map((g) => g.label)).toEqual([
      'Restitution request ready',
      'No restitution request here yet',
      'Not on this list',
    ]);
    const withRestitution = packs()
      .packs.filter((p) => p.reliefs.restitution)
      .map((p) => p.code);
    expect(groups[0]!.values.sort()).toEqual(withRestitution.sort());
  });

  it('shows the chosen place’s one-line description under the list, and asks again when none is chosen', async () => {
    const w = await atWhere('en');
    expect(w.html).toMatch(
      /<p class="relief-where-about" id="jurisdiction-about" aria-live="polite"><\/p>/,
    );
    await w.post('/where', { jurisdiction: '' });
    expect(w.title).toMatch(/^Error: /);
    expect(w.html).toContain('href="#jurisdiction"');
    expect(w.html).toContain(
      'aria-describedby="jurisdiction-hint jurisdiction-about jurisdiction-error"',
    );
    await w.post('/where', { jurisdiction: 'US-NY' });
    await w.post('/record', { _action: 'back' });
    expect(w.html).toMatch(/value="US-NY"[^>]*selected/);
    expect(w.html).toMatch(/id="jurisdiction-about"[^>]*>[^<]*440\.10/);
  });

  it.each(['en', 'es'] as const)(
    'names each law once under the list (%s), where the remedy name already cites it',
    async (lang) => {
      const w = await atWhere(lang);
      const hints = [...w.html.matchAll(/data-hint="([^"]*)"/g)].map((m) => decode(m[1]!));
      expect(hints.length).toBeGreaterThan(50);
      const doubled = hints.filter(
        (h) => /(\([^()]*§[^()]*\)).*\1/.test(h) || / under .*§.*\).* under /.test(h),
      );
      expect(doubled).toEqual([]);
      const nm = packs().get('US-NM')!.reliefs.vacatur!;
      const count = (h: string) => h.split(nm.authority).length - 1;
      expect(hints.filter((h) => h.includes(nm.authority)).map(count)).toEqual([1]);
    },
  );
});
