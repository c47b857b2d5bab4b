import type { Response } from 'express';
import type { FieldError } from '../domain/case-schema';

const TYPES = {
  400: 'bad-request',
  403: 'forbidden',
  404: 'not-found',
  413: 'too-large',
  415: 'unsupported-media-type',
  422: 'validation',
  429: 'rate-limited',
  500: 'internal',
  503: 'busy',
} as const;

/** Send RFC 9457 problem details. Never a stack trace. */
export function sendProblem(
  res: Response,
  status: keyof typeof TYPES,
  title: string,
  detail: string,
  errors?: FieldError[],
): void {
  res
    .status(status)
    .type('application/problem+json')
    .send(
      JSON.stringify({
        type: `/problems/${TYPES[status]}`,
        title,
        status,
        detail,
        ...(errors ? { errors } : {}),
      }),
    );
}
