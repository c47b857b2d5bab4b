import type { Block } from '../model';

/** Paragraph numbers ("1.", "2.", …) by block index, counted per document. */
export function numberingOf(blocks: readonly Block[]): Map<number, number> {
  const numbers = new Map<number, number>();
  let next = 1;
  blocks.forEach((block, index) => {
    if (block.kind === 'paragraph' && block.numbered) {
      numbers.set(index, next);
      next += 1;
    }
  });
  return numbers;
}
