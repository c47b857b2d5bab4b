import { AppError } from '../domain/app-error';

/** The command was called wrongly (exit 2): the message says how to call it. */
export class UsageError extends AppError {}
