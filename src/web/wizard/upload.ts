import busboy from 'busboy';
import type { Request } from 'express';
import { isLang, type Lang } from '../i18n';
import { CSRF_FIELD } from './csrf';
import type { Draft } from './draft';
import { caseToDraft } from './from-case';
import type { RecordQuestions } from './record-questions';

export const SAVED_FILE_LIMIT = 1024 * 1024;

export type SavedFile =
  | { kind: 'ok'; draft: Draft; csrf?: string; lang?: Lang }
  | { kind: 'bad'; csrf?: string; lang?: Lang }
  | { kind: 'too-large'; csrf?: string; lang?: Lang };

/** Read "continue from a saved file" (multipart) in memory, with size limits; the file is never written anywhere. */
export function readSavedFile(
  req: Request,
  asksFor: (jurisdiction: string) => RecordQuestions,
): Promise<SavedFile> {
  return new Promise((resolve) => {
    let csrf: string | undefined;
    let lang: Lang | undefined;
    const chunks: Buffer[] = [];
    let tooLarge = false;
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        limits: { fileSize: SAVED_FILE_LIMIT, files: 1, fields: 10, fieldSize: 4096 },
      });
    } catch {
      resolve({ kind: 'bad' });
      return;
    }
    bb.on('field', (name, value) => {
      if (name === CSRF_FIELD) csrf = value;
      if (name === 'lang' && isLang(value)) lang = value;
    });
    bb.on('file', (_name, stream) => {
      // An upload with no closing boundary errors the file stream; busboy's own error answers it.
      stream.on('error', () => undefined);
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('limit', () => {
        tooLarge = true;
      });
    });
    bb.on('error', () =>
      resolve({ kind: 'bad', ...(csrf ? { csrf } : {}), ...(lang ? { lang } : {}) }),
    );
    bb.on('close', () => {
      const extra = { ...(csrf ? { csrf } : {}), ...(lang ? { lang } : {}) };
      if (tooLarge) return resolve({ kind: 'too-large', ...extra });
      try {
        const draft = caseToDraft(
          JSON.parse(Buffer.concat(chunks).toString('utf8')),
          lang ?? 'en',
          asksFor,
        );
        resolve(draft ? { kind: 'ok', draft, ...extra } : { kind: 'bad', ...extra });
      } catch {
        resolve({ kind: 'bad', ...extra });
      }
    });
    req.pipe(bb);
  });
}
