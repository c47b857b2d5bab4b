import { build, buildFixture, docText, onlyDoc, readFixture, tables } from './helpers';

describe('cover page and filing instructions', () => {
  it('list every document of the packet on the cover, with the court each goes to', () => {
    const { packet } = buildFixture('ny-two-courts');
    const cover = onlyDoc(packet, 'cover');
    expect(cover.plain).toBe(true);
    const rows = tables(cover)[0]?.rows ?? [];
    expect(rows).toHaveLength(packet.documents.length);
    expect(rows.map((r) => r[1]?.[0]?.text)).toEqual(packet.documents.map((d) => d.title));
    expect(rows[6]?.[2]?.[0]?.text).toBe('Criminal Court of the City of New York, Kings County');
  });

  it('tell the person where to file, whom to serve, the deadline with its date, fees and free legal help, from the pack', () => {
    const { packet } = buildFixture('ca-full');
    const text = docText(onlyDoc(packet, 'instructions'));
    expect(packet.documents.slice(-2).map((d) => d.id)).toEqual(['instructions', 'lawyer-memo']);
    expect(text).toContain('Superior Court of California, Los Angeles County');
    expect(text).toContain(
      'Prosecuting agency: Have the petition and all supporting papers served',
    );
    expect(text).toContain(
      'The prosecuting agency has 45 days after being served to respond. If you serve the papers on November 27, 2026, that is January 11, 2027.',
    );
    expect(text).toContain('There is no fee to file these papers.');
    expect(text).toContain(
      'Coalition to Abolish Slavery & Trafficking (CAST), 24-hour hotline, telephone 888-539-2373',
    );
  });

  it("name the person's and the prosecution's roles as this pack's papers do, and no other state's", () => {
    const ca = docText(onlyDoc(buildFixture('ca-full').packet, 'instructions'));
    expect(ca).toContain('In the court papers you are called the "Defendant and Petitioner"');
    expect(ca).toContain('the prosecution "THE PEOPLE OF THE STATE OF CALIFORNIA"');
    expect(ca).not.toMatch(/New Jersey|New York/);
  });

  it('say which papers need a notary only when some do', () => {
    expect(docText(onlyDoc(buildFixture('ny-attorney').packet, 'instructions'))).toContain(
      "must be signed in front of a notary public, who checks the signer's ID and stamps the paper: Affidavit in Support of Motion to Vacate Judgment.",
    );
    expect(docText(onlyDoc(buildFixture('ca-full').packet, 'instructions'))).not.toContain(
      'notary',
    );
  });

  it('mention a fee waiver when the pack does not say filing is free', () => {
    expect(docText(onlyDoc(buildFixture('ny-attorney').packet, 'instructions'))).toContain(
      'fee waiver',
    );
    expect(docText(onlyDoc(buildFixture('fed-full').packet, 'instructions'))).not.toContain(
      'fee waiver',
    );
  });

  it('are written in Spanish when asked, with Spanish dates, while the court papers stay in English', () => {
    const { packet } = buildFixture('fed-full', 'es');
    const instructions = onlyDoc(packet, 'instructions');
    expect(instructions.lang).toBe('es');
    expect(instructions.title).toBe('Instrucciones para presentar los documentos');
    const text = docText(instructions);
    expect(text).toContain('1. Antes de presentar');
    expect(text).toContain(
      // Federal: the Government's 30 days run from the filing (§ 3771A), not from service.
      'tiene 30 días desde que usted presenta los documentos en el tribunal para responder. Si usted los presenta el 27 de noviembre de 2026, el plazo termina el 27 de diciembre de 2026.',
    );
    expect(text).toContain('No hay que pagar nada para presentar estos documentos.');
    expect(text).not.toContain('Before you file');
    const cover = onlyDoc(packet, 'cover');
    expect(cover.title).toBe('Contenido de este paquete');
    expect(docText(cover)).toContain('Qué contiene este paquete');
    const motion = onlyDoc(packet, 'fed-motion');
    expect(motion.lang).toBe('en');
    expect(docText(motion)).toContain('Movant Maribel Okafor moves under 18 U.S.C. § 3771A');
  });

  it('say there is nothing to file, and why, when every record is left out', () => {
    const f = readFixture('ca-full');
    const input = structuredClone(f.case) as { convictions: unknown[] };
    input.convictions = input.convictions.slice(2);
    const { packet } = build(input, f.today);
    expect(packet.documents.map((d) => d.id)).toEqual(['cover', 'instructions', 'lawyer-memo']);
    expect(docText(onlyDoc(packet, 'cover'))).toContain('Nothing to file yet');
    expect(docText(onlyDoc(packet, 'cover'))).toContain('BA470001');
    expect(docText(onlyDoc(packet, 'instructions'))).toContain('Nothing to file yet');
  });
});
