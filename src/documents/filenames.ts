/** File names come from document and packet titles, never from the person's name. */

const MAX_SLUG = 80;

/** "Motion to Vacate Packet" → "motion-to-vacate-packet"; accents folded, anything else a hyphen. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug || 'document';
}

export function packetFilename(title: string, extension: 'pdf' | 'docx' | 'zip'): string {
  return `${slugify(title)}.${extension}`;
}
