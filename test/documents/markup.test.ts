import { literal, MarkupError, parseInline, parseMarkup } from '../../src/documents/markup';
import type { Block, CaptionBlock } from '../../src/documents/model';

const caption: CaptionBlock = {
  kind: 'caption',
  layout: 'standard',
  connector: '-against-',
  court: ['COURT'],
  plaintiff: { name: 'THE PEOPLE', role: 'Respondent' },
  defendant: { name: 'A B', role: 'Defendant' },
  caseNumbers: ['Docket No. 1'],
  title: ['NOTICE'],
};

const texts = (blocks: Block[]): string[] =>
  blocks.map((b) => ('runs' in b ? b.runs.map((r) => r.text).join('') : b.kind));

describe('parseMarkup: constructs', () => {
  test('consecutive lines join into one indented paragraph and a blank line starts the next', () => {
    const blocks = parseMarkup('one\ntwo\n\nthree');
    expect(blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'one two' }], indent: true },
      { kind: 'paragraph', runs: [{ text: 'three' }], indent: true },
    ]);
  });

  test('# ## ### make headings; level 1 is centred; "#x" without a space is text', () => {
    const blocks = parseMarkup('# One\n## Two\n### Three\n#x');
    expect(blocks.slice(0, 3)).toEqual([
      { kind: 'heading', level: 1, text: [{ text: 'One' }], align: 'center' },
      { kind: 'heading', level: 2, text: [{ text: 'Two' }] },
      { kind: 'heading', level: 3, text: [{ text: 'Three' }] },
    ]);
    expect(blocks[3]).toMatchObject({ kind: 'paragraph', runs: [{ text: '#x' }] });
  });

  test('"1." lines are numbered paragraphs whatever number is written, with continuation lines', () => {
    const blocks = parseMarkup('1. first\ngoes on\n7. second');
    expect(blocks).toEqual([
      { kind: 'paragraph', numbered: true, runs: [{ text: 'first goes on' }] },
      { kind: 'paragraph', numbered: true, runs: [{ text: 'second' }] },
    ]);
    expect(parseMarkup('1.no space')[0]).toMatchObject({
      kind: 'paragraph',
      runs: [{ text: '1.no space' }],
    });
  });

  test('"- " items form a bullet list and "a. " items an ordered list; a blank line ends the list', () => {
    const blocks = parseMarkup('- x\n- y\n\na. p\nb. q\n- z');
    expect(blocks).toEqual([
      { kind: 'list', ordered: false, items: [[{ text: 'x' }], [{ text: 'y' }]] },
      { kind: 'list', ordered: true, items: [[{ text: 'p' }], [{ text: 'q' }]] },
      { kind: 'list', ordered: false, items: [[{ text: 'z' }]] },
    ]);
  });

  test('"> " lines are one block quotation', () => {
    expect(parseMarkup('> a\n> b')).toEqual([
      { kind: 'paragraph', quote: true, runs: [{ text: 'a b' }] },
    ]);
  });

  test('table rows: the first is the header, separators are ignored, " >" right-aligns a column', () => {
    const blocks = parseMarkup('| Item | Amount |\n|---|---|\n| Rent | $10.00 > |');
    expect(blocks).toEqual([
      {
        kind: 'table',
        header: [[{ text: 'Item' }], [{ text: 'Amount' }]],
        rows: [[[{ text: 'Rent' }], [{ text: '$10.00' }]]],
        alignRight: [1],
      },
    ]);
    expect(parseMarkup('| a | b')[0]).toMatchObject({ kind: 'paragraph' });
  });

  test('inline **bold**, *italic* and __underline__ become styled runs; unmatched markers print', () => {
    expect(parseInline('a **b** *c* __d__ e')).toEqual([
      { text: 'a ' },
      { text: 'b', bold: true },
      { text: ' ' },
      { text: 'c', italic: true },
      { text: ' ' },
      { text: 'd', underline: true },
      { text: ' e' },
    ]);
    expect(parseInline('5 * 3 = 15')).toEqual([{ text: '5 * 3 = 15' }]);
    expect(parseInline('\\*not italic\\*')).toEqual([{ text: '*not italic*' }]);
  });

  test('::caption inserts the caption; without one it is a template error', () => {
    expect(parseMarkup('::caption', { caption })).toEqual([caption]);
    expect(() => parseMarkup('::caption')).toThrow(MarkupError);
  });

  test('::page-break and ::blank N label', () => {
    expect(parseMarkup('::page-break\n::blank 3 Name of agency')).toEqual([
      { kind: 'page-break' },
      { kind: 'blank', lines: 3, label: 'Name of agency' },
    ]);
    expect(() => parseMarkup('::blank lots')).toThrow(MarkupError);
    expect(() => parseMarkup('::unknown')).toThrow(/unknown directive/);
  });

  test('::: center and ::: noindent blocks', () => {
    expect(parseMarkup('::: center\nORDER\n:::\n::: noindent\nplain\n:::')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'ORDER' }], align: 'center' },
      { kind: 'paragraph', runs: [{ text: 'plain' }] },
    ]);
  });

  test('::: signature reads date:, place: and the lines under the rule', () => {
    expect(
      parseMarkup(
        '::: signature\ndate: March 2, 2012\nplace: Queens\n\nMaria Lopez\nPetitioner\n:::',
      ),
    ).toEqual([
      {
        kind: 'signature',
        dateLine: 'March 2, 2012',
        placeLine: 'Queens',
        lines: ['Maria Lopez', 'Petitioner'],
      },
    ]);
    expect(parseMarkup('::: signature\ndate:\nX\n:::')).toEqual([
      { kind: 'signature', dateLine: '', lines: ['X'] },
    ]);
  });

  test('::: verification takes its form and body; other forms and unclosed blocks are errors', () => {
    expect(parseMarkup('::: verification penalty-of-perjury\nI declare\nit true.\n:::')).toEqual([
      { kind: 'verification', form: 'penalty-of-perjury', text: [{ text: 'I declare it true.' }] },
    ]);
    expect(parseMarkup('::: verification notary\nSworn\n:::')[0]).toMatchObject({ form: 'notary' });
    expect(() => parseMarkup('::: verification oath\nx\n:::')).toThrow(MarkupError);
    expect(() => parseMarkup('::: center\nx')).toThrow(/never closed/);
    expect(() => parseMarkup(':::')).toThrow(/never opened/);
  });
});

describe('parseMarkup: user text is data, never markup', () => {
  const hostile = [
    '*',
    '**x**',
    '# heading',
    '{{name}}',
    '<script>alert(1)</script>',
    ':::',
    '::: signature',
    '::page-break',
    '::caption',
    '| a | b |',
    '1. x',
    'a. x',
    '- x',
    '> x',
    '__u__',
    '\\*',
    'tab\there',
  ];

  test.each(hostile)('%j prints literally as a whole line', (value) => {
    const blocks = parseMarkup(literal(value));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      runs: [{ text: value.replace(/\s+/g, ' ') }],
      indent: true,
    });
  });

  test.each(hostile)(
    '%j prints literally inside a numbered paragraph, a heading and a table cell',
    (value) => {
      const shown = value.replace(/\s+/g, ' ');
      const blocks = parseMarkup(
        `1. I am ${literal(value)} here\n\n# ${literal(value)}\n\n| ${literal(value)} | x |\n| y | z |`,
      );
      expect(texts(blocks)[0]).toBe(`I am ${shown} here`);
      expect(blocks[1]).toEqual({
        kind: 'heading',
        level: 1,
        text: [{ text: shown }],
        align: 'center',
      });
      expect(blocks[2]).toMatchObject({
        kind: 'table',
        header: [[{ text: shown }], [{ text: 'x' }]],
      });
    },
  );

  test('sentinels inside a value are removed, so a value cannot close its own span', () => {
    const sneaky = 'a\uE001\n::page-break\n\uE000**b**';
    const blocks = parseMarkup(literal(sneaky));
    expect(blocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'a ::page-break **b**' }], indent: true },
    ]);
    expect(JSON.stringify(blocks)).not.toMatch(/[\uE000\uE001]/);
  });

  test('a value inside a signature or verification block stays one literal line', () => {
    const blocks = parseMarkup(
      `::: signature\ndate: ${literal('x\n:::')}\n${literal('place: Mars')}\n:::`,
    );
    expect(blocks).toEqual([{ kind: 'signature', dateLine: 'x :::', lines: ['place: Mars'] }]);
  });

  test('markup written by the template around a value still applies', () => {
    expect(parseInline(`**${literal('*Name*')}**`)).toEqual([{ text: '*Name*', bold: true }]);
  });

  test('without sentinels the same text would be markup (the test can fail)', () => {
    expect(parseMarkup('::page-break')).toEqual([{ kind: 'page-break' }]);
    expect(parseMarkup('# heading')[0]).toMatchObject({ kind: 'heading' });
  });

  test('an empty value leaves no empty paragraph', () => {
    expect(parseMarkup(`${literal('')}\n\ntext`)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'text' }], indent: true },
    ]);
    expect(parseMarkup(literal(null))).toEqual([]);
  });
});
