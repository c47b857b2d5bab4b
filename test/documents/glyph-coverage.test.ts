import {
  glyphGapMessage,
  glyphGaps,
  namedChars,
  type Covers,
} from '../../src/documents/glyph-coverage';
import { nyCase } from '../helpers/app';

function withPetitioner(fields: Record<string, unknown>): Record<string, unknown> {
  const c = nyCase();
  return { ...c, petitioner: { ...(c['petitioner'] as object), ...fields } };
}

describe('which answers the embedded font cannot draw', () => {
  it('names a Chinese legal name and an Arabic other name by path, with their characters', () => {
    const c = withPetitioner({ legalName: '王小明', otherNames: ['Mary Lopez', 'فاطمة'] });
    expect(glyphGaps(c)).toEqual([
      { path: 'petitioner.legalName', chars: ['王', '小', '明'] },
      { path: 'petitioner.otherNames.1', chars: ['ف', 'ا', 'ط', 'م', 'ة'] },
    ]);
  });

  it('finds them in any text of the case: a court, an account, a document issuer', () => {
    const c = nyCase();
    const convictions = c['convictions'] as Record<string, unknown>[];
    convictions[0] = { ...convictions[0], court: 'Суд 서울' };
    const trafficking = c['trafficking'] as Record<string, unknown>;
    c['trafficking'] = {
      ...trafficking,
      narrative: 'He said สวัสดี and left.',
      documentation: [{ kind: 'other', issuer: 'Office 🙂' }],
    };
    expect(glyphGaps(c).map((g) => g.path)).toEqual([
      'convictions.0.court',
      'trafficking.narrative',
      'trafficking.documentation.0.issuer',
    ]);
    // Cyrillic is in the font; Korean is not.
    expect(glyphGaps(c)[0]!.chars).toEqual(['서', '울']);
  });

  it('reports nothing for Latin, Vietnamese, Cyrillic and Greek names, nor for line breaks or invisible joiners', () => {
    for (const legalName of [
      'Nguyễn Thị Ánh',
      'Zoë Muñoz-Peña',
      'Мария Иванова',
      'Ελένη',
      'Ana\u200bLuz',
    ])
      expect(glyphGaps(withPetitioner({ legalName }))).toEqual([]);
    expect(glyphGaps({ trafficking: { narrative: 'one\nline\r\n\ttwo' } })).toEqual([]);
  });

  it('reports Hebrew, which the font has but the PDF would print with its words swapped', () => {
    expect(glyphGaps(withPetitioner({ legalName: 'מרים כהן' }))).toEqual([
      { path: 'petitioner.legalName', chars: ['מ', 'ר', 'י', 'ם', 'כ', 'ה', 'ן'] },
    ]);
    expect(glyphGapMessage(glyphGaps({ n: 'מרים' })[0]!, 'n')).toMatch(/wrong order/);
    expect(glyphGapMessage(glyphGaps({ n: '王' })[0]!, 'n')).not.toMatch(/wrong order/);
  });

  it('lists each missing character once per field, in the order typed', () => {
    expect(glyphGaps({ name: '明明 王 明' })).toEqual([{ path: 'name', chars: ['明', '王'] }]);
  });

  it('names at most a dozen characters to a person, apart', () => {
    const [gap] = glyphGaps({ narrative: '一二三四五六七八九十百千万' });
    expect(gap!.chars).toHaveLength(13);
    expect(namedChars(gap!)).toBe('一 二 三 四 五 六 七 八 九 十 百 千 …');
    expect(glyphGapMessage(gap!, 'narrative')).toContain('cannot draw 一 二 三');
  });

  it('takes the font coverage as a parameter, so it is a pure function of the case', () => {
    const asciiOnly: Covers = (cp) => cp < 0x80;
    expect(glyphGaps({ a: ['x', 'é'], b: 1, c: null }, asciiOnly)).toEqual([
      { path: 'a.1', chars: ['é'] },
    ]);
  });
});
