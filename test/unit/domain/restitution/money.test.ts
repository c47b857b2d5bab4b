import { formatCents, roundDiv, toCents } from '../../../../src/domain/restitution/money';

describe('money in cents', () => {
  it('turns dollars with cents into whole cents without float drift', () => {
    expect(toCents(1234.56)).toBe(123456);
    expect(toCents(0.29)).toBe(29);
  });

  it('rounds a half cent up and anything less down', () => {
    expect(roundDiv(725, 2)).toBe(363);
    expect(roundDiv(724, 2)).toBe(362);
    expect(roundDiv(10, 3)).toBe(3);
  });

  it('refuses a zero denominator', () => {
    expect(() => roundDiv(1, 0)).toThrow(RangeError);
  });

  it('prints money as the documents do', () => {
    expect(formatCents(9530000)).toBe('$95,300.00');
    expect(formatCents(5)).toBe('$0.05');
  });
});
