import {
  AlignmentType,
  LevelFormat,
  LineRuleType,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';

/** Twentieths of a point: Word's unit for indents and spacing. */
export const twips = (points: number): number => Math.round(points * 20);

export const FONT_NAME = 'Times New Roman';
export const NUMBERED = 'relief-numbered';
export const BULLETS = 'relief-bullets';
export const LETTERS = 'relief-letters';

/** Spacing for a line pitch: exact on pleading paper so text sits on the numbered grid. */
export function lineSpacing(
  points: number,
  pleading: boolean,
): { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] } {
  return pleading
    ? { line: twips(points), lineRule: LineRuleType.EXACT }
    : { line: Math.round((points / 12) * 240), lineRule: LineRuleType.AUTO };
}

export const styles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT_NAME, size: 24 },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
  },
  paragraphStyles: [
    {
      id: 'Normal',
      name: 'Normal',
      run: { font: FONT_NAME, size: 24 },
    },
    {
      id: 'Heading1',
      name: 'heading 1',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true, size: 24 },
      paragraph: {
        alignment: AlignmentType.CENTER,
        keepNext: true,
        keepLines: true,
        outlineLevel: 0,
      },
    },
    {
      id: 'Heading2',
      name: 'heading 2',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true, size: 24 },
      paragraph: { keepNext: true, keepLines: true, outlineLevel: 1 },
    },
    {
      id: 'Heading3',
      name: 'heading 3',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true, italics: true, size: 24 },
      paragraph: { keepNext: true, keepLines: true, outlineLevel: 2 },
    },
    {
      id: 'Numbered',
      name: 'Numbered',
      basedOn: 'Normal',
      next: 'Numbered',
      quickFormat: true,
    },
    {
      id: 'BlockQuote',
      name: 'Block Quote',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { indent: { left: 720, right: 720 } },
    },
    {
      id: 'Caption Court',
      name: 'Caption Court',
      basedOn: 'Normal',
      run: { bold: true },
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true },
    },
  ],
};

export const numbering: INumberingOptions = {
  config: [
    {
      reference: NUMBERED,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 0, firstLine: 720 } } },
        },
      ],
    },
    {
      reference: BULLETS,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '\u2022',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 360 } } },
        },
      ],
    },
    {
      reference: LETTERS,
      levels: [
        {
          level: 0,
          format: LevelFormat.LOWER_LETTER,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 360 } } },
        },
      ],
    },
  ],
};
