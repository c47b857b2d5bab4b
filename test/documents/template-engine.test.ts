import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import {
  createTemplateEngine,
  formatMoney,
  TemplateError,
} from '../../src/documents/template-engine';
import type { CaptionBlock } from '../../src/documents/model';

const DIR = path.join(__dirname, 'render', 'fixtures', 'templates');
const caption: CaptionBlock = {
  kind: 'caption',
  layout: 'standard',
  connector: '-against-',
  court: ['COURT'],
  plaintiff: { name: 'THE PEOPLE', role: 'Respondent' },
  defendant: { name: 'X', role: 'Defendant' },
  caseNumbers: [],
  title: ['NOTICE'],
};

const view = {
  petitioner: { name: 'Nguyễn Thị Ánh', dob: '1990-04-12' },
  facts: ['I was trafficked.', 'The conviction resulted from it.'],
  cents: 123456,
  otherNames: ['Anh', 'Annie'],
  mode: 'self',
  today: '2026-03-02',
  caption,
};

describe('renderTemplate', () => {
  const engine = createTemplateEngine(DIR);

  test('fills a template, its partial and the helpers, and parses the markup into blocks', () => {
    const blocks = engine.render('demo/notice', view, { caption });
    expect(blocks[0]).toBe(caption);
    expect(blocks[1]).toMatchObject({ kind: 'heading', level: 1 });
    expect(blocks[2]).toMatchObject({
      runs: [
        { text: 'PLEASE TAKE NOTICE that Nguyễn Thị Ánh, born April 12, 1990, moves this court.' },
      ],
    });
    expect(blocks.filter((b) => b.kind === 'paragraph' && b.numbered)).toHaveLength(2);
    expect(blocks[5]).toMatchObject({
      runs: [{ text: 'Claimed: $1,234.56 for facts; other names: Anh; Annie.' }],
    });
    expect(blocks[6]).toMatchObject({ runs: [{ text: 'Self-represented: NGUYỄN THỊ ÁNH.' }] });
    expect(blocks[7]).toEqual({
      kind: 'signature',
      dateLine: 'March 2, 2026',
      lines: ['Nguyễn Thị Ánh'],
    });
  });

  test('hostile values print literally through a real template', () => {
    const evil = '**x** # {{y}} <script> ::page-break ::: | a | 1. \uE001';
    const blocks = engine.render(
      'demo/notice',
      { ...view, petitioner: { ...view.petitioner, name: evil }, facts: ['::caption'] },
      { caption },
    );
    const json = JSON.stringify(blocks);
    expect(json).toContain('**x** # {{y}} <script> ::page-break ::: | a | 1. ');
    expect(json).not.toMatch(/[\uE000\uE001]/);
    expect(blocks.filter((b) => b.kind === 'page-break' || b.kind === 'caption')).toEqual([
      caption,
    ]);
    expect(blocks[3]).toMatchObject({ numbered: true, runs: [{ text: '::caption' }] });
  });

  test('strict mode: a missing field is an error, not an empty string', () => {
    expect(() => engine.renderMarkup('demo/strict', {})).toThrow(/not defined/);
  });

  test('an unknown template or a bad name is a TemplateError', () => {
    expect(() => engine.render('demo/none', {})).toThrow(TemplateError);
    expect(() => engine.render('../secrets', {})).toThrow(TemplateError);
  });

  test('the literal escape never leaks into other Handlebars users', () => {
    engine.render('demo/notice', view, { caption });
    expect(Handlebars.compile('{{x}}')({ x: '<b>' })).toBe('&lt;b&gt;');
  });

  test('money formats cents with thousands separators', () => {
    expect(formatMoney(0)).toBe('$0.00');
    expect(formatMoney(5)).toBe('$0.05');
    expect(formatMoney(123456789)).toBe('$1,234,567.89');
    expect(formatMoney(-250)).toBe('-$2.50');
  });
});

describe('templates in the repository', () => {
  const root = path.resolve(__dirname, '..', '..', 'templates');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const full = path.join(dir, f);
      return statSync(full).isDirectory() ? files(full) : full.endsWith('.hbs') ? [full] : [];
    });

  test('no template uses triple-stash or {{& }}, which would print user text as markup', () => {
    const all = [...files(root), ...files(DIR)];
    expect(all.length).toBeGreaterThan(0);
    const offenders = all.filter((f) => /\{\{\s*[{&]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('a template with triple-stash is refused', () => {
    expect(() => createTemplateEngine(DIR).renderMarkup('demo/notice', view)).not.toThrow();
    const engine = createTemplateEngine(path.join(DIR, '..', 'bad-templates'));
    expect(() => engine.renderMarkup('raw', { x: '1' })).toThrow(/\{\{\{/);
  });
});
