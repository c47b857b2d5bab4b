/**
 * How much does encrypting the wizard draft add to each page? Walks the test journey to "Check
 * your answers" (fake renders), reads the draft back, and prints the size of the hidden field as
 * the encrypted token and as the former signed-only token (deflate + base64url + HMAC).
 * Run: `npx tsx bench/draft-size.ts`.
 */
import { createHmac } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { decodeDraft, encodeDraft } from '../src/web/wizard/codec';
import { walkToCheck, Walker } from '../test/web/wizard/journey';
import { SECRET, wizardApp } from '../test/web/wizard/support';

async function main(): Promise<void> {
  const w = new Walker(wizardApp());
  await walkToCheck(w);
  const token = w.hidden('draft');
  const csrf = w.hidden('_csrf');
  const draft = decodeDraft(token, SECRET, csrf);
  if (!draft) throw new Error('the journey draft should read back');
  const payload = deflateRawSync(Buffer.from(JSON.stringify(draft), 'utf8')).toString('base64url');
  const signedOnly = `${payload}.${createHmac('sha256', SECRET).update(`draft.v1.${payload}`).digest('base64url')}`;
  const again = encodeDraft(draft, SECRET, csrf);
  console.log(
    `check page draft: JSON ${JSON.stringify(draft).length} chars; signed only ${signedOnly.length} chars; encrypted ${token.length} (again: ${again.length}) chars`,
  );
}

void main();
