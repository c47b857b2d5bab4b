import { AppError } from '../domain/app-error';

/** A template mistake (unknown directive, unclosed block): names the line so the author can fix it. */
export class MarkupError extends AppError {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Markup line ${line}: ${message}`);
  }
}
