import { csvCell, csvLine, neutraliseFormula } from '../../src/batch/csv-cell';
import { fnv1a, folderName, parseShard, shardOf } from '../../src/batch/folder-name';

describe('formula escaping', () => {
  it.each(['=SUM(A1:A2)', '+1', '-2+3', '@cmd', '\tx', '\rx'])(
    'prefixes %j with a quote mark',
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    },
  );

  it.each(['Maria', '2012-03-01', 'a=b', ' =x', ''])('leaves %j alone', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });

  it('quotes a cell with a comma, a quote or a line break, after escaping', () => {
    expect(csvCell('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('ends each line with CRLF', () => {
    expect(csvLine(['a', 2, '-3'])).toBe("a,2,'-3\r\n");
  });
});

describe('folder names', () => {
  it('keeps a safe id as it is', () => {
    expect(folderName('C-0001')).toBe('C-0001');
    expect(folderName('Łukasz_7')).toBe('Łukasz_7');
  });

  it('makes an unsafe id safe and marks it with a hash of the original', () => {
    const name = folderName('../etc/passwd');
    expect(name).toMatch(/^etc_passwd-[0-9a-f]{8}$/);
    expect(folderName('a/b')).not.toBe(folderName('a:b'));
    expect(folderName('CON')).toMatch(/^client_CON-[0-9a-f]{8}$/);
    expect(folderName('   ')).toMatch(/^client-[0-9a-f]{8}$/);
  });
});

describe('shards', () => {
  it('hashes with FNV-1a (a known vector)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });

  it('puts a client in the same shard every time, and every shard gets some', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `client-${i}`);
    const counts = [0, 0, 0];
    for (const id of ids) counts[shardOf(id, 3)]! += 1;
    expect(counts.every((n) => n > 30)).toBe(true);
    expect(ids.map((id) => shardOf(id, 3))).toEqual(ids.map((id) => shardOf(id, 3)));
  });

  it('reads I/N and refuses anything else', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(parseShard('4/4')).toBeUndefined();
    expect(parseShard('0/0')).toBeUndefined();
    expect(parseShard('a/b')).toBeUndefined();
  });
});
