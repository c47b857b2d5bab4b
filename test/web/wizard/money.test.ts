import { centsToPlain, parseDollars, parseNumber } from '../../../src/web/wizard/money';

describe('money as people type it', () => {
  it.each([
    ['$1,200.50', 120050],
    ['1200.50', 120050],
    ['1200.5', 120050],
    ['1,200', 120000],
    ['$ 75', 7500],
    ['0', 0],
    ['.99', 99],
    ['$1,234,567.89', 123456789],
  ])('reads %s as %i cents', (typed, cents) => {
    expect(parseDollars(typed)).toEqual({ ok: true, cents });
  });

  it.each([
    ['12,00', 'format'],
    ['1.200,50', 'format'],
    ['1200.505', 'format'],
    ['twelve', 'format'],
    ['$', 'format'],
    ['', 'format'],
    ['-5', 'negative'],
    ['$-5', 'negative'],
    ['(5)', 'negative'],
    ['100000000.01', 'too-large'],
  ])('refuses %s (%s)', (typed, problem) => {
    expect(parseDollars(typed)).toEqual({ ok: false, problem });
  });

  it('writes cents back as plain dollars the case format reads', () => {
    expect(centsToPlain(120050)).toBe('1200.50');
    expect(centsToPlain(5)).toBe('0.05');
  });

  it('reads hours with up to two decimals and refuses anything else', () => {
    expect(parseNumber('37.5')).toBe(37.5);
    expect(parseNumber('70')).toBe(70);
    expect(parseNumber('7 days')).toBe(7);
    expect(parseNumber('-1')).toBeUndefined();
  });
});
