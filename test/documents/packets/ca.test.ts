import {
  build,
  buildFixture,
  captionOf,
  docsById,
  docText,
  numbered,
  onlyDoc,
  readFixture,
  tables,
} from './helpers';

const ca = buildFixture('ca-full');

describe('California packet', () => {
  it('writes every court paper on pleading paper and the cover and instructions plainly', () => {
    for (const d of ca.packet.documents)
      expect({ id: d.id, pleading: d.pleading, plain: d.plain === true }).toEqual({
        id: d.id,
        pleading: d.id.startsWith('ca-'),
        plain: !d.id.startsWith('ca-'),
      });
    expect(ca.packet.title).toBe('Petition to Vacate Packet');
  });

  it('captions the petition in the California layout: filer at the top left, court, parties, hearing lines', () => {
    const caption = captionOf(onlyDoc(ca.packet, 'ca-petition'));
    expect(caption).toMatchObject({ layout: 'pleading', connector: 'v.' });
    expect(caption.filer).toEqual([
      'Dana Whitfield',
      '1200 W 7th St',
      'Los Angeles, CA 90017',
      'Telephone: 213-555-0177',
      'Petitioner, Self-Represented',
    ]);
    expect(caption.court).toEqual([
      'SUPERIOR COURT OF THE STATE OF CALIFORNIA',
      'COUNTY OF LOS ANGELES',
    ]);
    expect(caption.plaintiff.name).toBe('THE PEOPLE OF THE STATE OF CALIFORNIA');
    expect(caption.defendant).toEqual({
      name: 'DANA WHITFIELD, also known as DEE',
      role: 'Defendant and Petitioner',
    });
    expect(caption.caseNumbers).toEqual(['Case No. 6CJ04321', 'Case No. 7CJ00099']);
    expect(caption.notes?.[0]).toMatch(/^Hearing date: _+$/);
  });

  it('lists the conviction and the arrest in the petition and leaves out the robbery the law does not reach', () => {
    const petition = onlyDoc(ca.packet, 'ca-petition');
    expect(tables(petition)[0]?.rows.map((r) => r[0]?.[0]?.text)).toEqual(['6CJ04321', '7CJ00099']);
    expect(docText(petition)).toContain('No conviction');
    for (const d of ca.packet.documents.filter((d) => d.id.startsWith('ca-')))
      expect(docText(d)).not.toContain('BA470001');
    expect(docText(onlyDoc(ca.packet, 'cover'))).toContain('BA470001');
  });

  it('verifies the petition and the declaration under penalty of perjury under California law', () => {
    for (const id of ['ca-petition', 'ca-declaration']) {
      const v = onlyDoc(ca.packet, id).blocks.find((b) => b.kind === 'verification');
      expect(v && v.kind === 'verification' ? v.form : '').toBe('penalty-of-perjury');
      expect(docText(onlyDoc(ca.packet, id))).toContain(
        'under penalty of perjury under the laws of the State of California',
      );
    }
  });

  it('states each record in the declaration as a numbered fact with its direct link to the trafficking', () => {
    const facts = numbered(onlyDoc(ca.packet, 'ca-declaration'));
    expect(
      facts.filter(
        (f) =>
          f.includes('case number 6CJ04321') && f.includes('On April 20, 2016, I was convicted'),
      ),
    ).toHaveLength(1);
    expect(
      facts.filter(
        (f) =>
          f.includes('case number 7CJ00099') && f.includes('This arrest was the direct result'),
      ),
    ).toHaveLength(1);
    expect(facts).toContain(
      'The man who trafficked me took everything I earned and decided where I slept.',
    );
  });

  it('proposes an order that vacates, seals and destroys, names the agencies to notify and the deadline from the pack', () => {
    const order = onlyDoc(ca.packet, 'ca-proposed-order');
    const text = docText(order);
    expect(text).toContain('Each conviction listed below is VACATED');
    expect(text).toContain(
      'Each arrest listed below, which did not result in a conviction, is VACATED and set aside, any accusation on it is dismissed, and the arrest is deemed not to have occurred',
    );
    expect(text).toContain('whichever occurs later, and shall then destroy those records');
    expect(text).toContain('notify the California Department of Justice');
    // An arrest is not "vacated" as a conviction, and no plain-language effect text is pasted in.
    expect(text).not.toContain('Each conviction and arrest listed below is VACATED');
    expect(
      order.blocks
        .filter((b) => b.kind === 'blank')
        .map((b) => (b.kind === 'blank' ? b.label : '')),
    ).toEqual([
      'Law enforcement agency that arrested petitioner or took part in the arrest (name and address)',
      'Law enforcement agency having jurisdiction over the offense (name and address)',
      'Other agencies holding records because of the offense (probation, rehabilitation, corrections, parole, other)',
    ]);
  });

  it('serves the prosecuting agency and tells it of its 45 days to respond', () => {
    const text = docText(onlyDoc(ca.packet, 'ca-proof-of-service'));
    expect(text).toContain('I served them on the prosecuting agency, Los Angeles County');
    expect(text).toContain(
      'Notice to the prosecuting agency: you have 45 days from the date you receive service to respond',
    );
    expect(text).not.toContain('the The');
  });

  it('asks to appear remotely only when the person asked for it', () => {
    const remote = onlyDoc(ca.packet, 'ca-remote-appearance');
    expect(numbered(remote)).toContain(
      'He has relatives who work near the courthouse, and I am afraid to be seen there.',
    );
    expect(docText(onlyDoc(ca.packet, 'ca-petition'))).toContain(
      'Petitioner asks to appear at any hearing on this petition remotely',
    );
    const f = readFixture('ca-full');
    const input = structuredClone(f.case) as { requests?: { appearRemotely?: boolean } };
    input.requests = { appearRemotely: false };
    const without = build(input, f.today).packet;
    expect(docsById(without, 'ca-remote-appearance')).toHaveLength(0);
    expect(docText(onlyDoc(without, 'ca-petition'))).not.toContain('remotely');
    expect(docText(onlyDoc(without, 'ca-proof-of-service'))).not.toContain(
      'Request to Appear Remotely',
    );
  });
});
