import { packetFilename, slugify } from '../../../src/documents/filenames';
import { GenerateError, generatePacketFile } from '../../../src/documents/generate';
import { parseFixtureCase, readFixture, registry } from './helpers';

const f = readFixture('ny-two-courts');
const c = parseFixtureCase(f.case, f.today);

describe('file names', () => {
  it('come from the title, folded to lower-case ASCII words', () => {
    expect(packetFilename('Motion to Vacate Packet', 'pdf')).toBe('motion-to-vacate-packet.pdf');
    expect(slugify('Instrucciones para presentar los documentos')).toBe(
      'instrucciones-para-presentar-los-documentos',
    );
    expect(slugify('Petición: ¿Qué?')).toBe('peticion-que');
    expect(slugify('***')).toBe('document');
  });
});

describe('generatePacketFile', () => {
  it('renders the whole packet as a PDF named after the packet, not the person', async () => {
    const file = await generatePacketFile(
      { case: c, format: 'pdf', today: f.today, creationDate: '2026-11-27T00:00:00Z' },
      registry,
    );
    expect(file.filename).toBe('motion-to-vacate-packet.pdf');
    expect(file.contentType).toBe('application/pdf');
    expect(Buffer.from(file.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(file.filename.toLowerCase()).not.toContain('nunez');
  });

  it('renders an editable DOCX and a ZIP of the documents', async () => {
    const docx = await generatePacketFile({ case: c, format: 'docx', today: f.today }, registry);
    expect(docx.filename).toBe('motion-to-vacate-packet.docx');
    expect(docx.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(Buffer.from(docx.bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    const zip = await generatePacketFile(
      { case: c, format: 'zip', today: f.today, lang: 'es' },
      registry,
    );
    expect(zip.filename).toBe('motion-to-vacate-packet.zip');
    expect(zip.contentType).toBe('application/zip');
    expect(Buffer.from(zip.bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
  });

  it('refuses a jurisdiction that has no pack, with an error a person can act on', async () => {
    await expect(
      generatePacketFile(
        { case: { ...c, jurisdiction: 'US-ZZ' }, format: 'pdf', today: f.today },
        registry,
      ),
    ).rejects.toMatchObject({
      name: 'GenerateError',
      errors: [{ path: 'jurisdiction', message: expect.stringContaining('US-NY') }],
    });
    await expect(
      generatePacketFile(
        { case: { ...c, jurisdiction: 'US-ZZ' }, format: 'pdf', today: f.today },
        registry,
      ),
    ).rejects.toBeInstanceOf(GenerateError);
  });
});
