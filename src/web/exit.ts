import type { RequestHandler } from 'express';
import { clearCsrfCookies } from './wizard/csrf';
import { clearShown } from './wizard/view-cookie';

/** Where quick exit lands: a neutral, everyday site. */
export const QUICK_EXIT_DESTINATION = 'https://www.weather.gov/';

/**
 * GET /exit, the quick exit's first stop on this site: it tells the browser to drop this site's
 * cache, cookies and storage (`Clear-Site-Data`), expires the CSRF cookie for browsers that do not
 * honour that header, and sends the person on. The drafts in pages still in the history are bound
 * to that cookie, so a Back press that re-sends a form is refused with a page that shows nothing.
 */
export const exitRoute: RequestHandler = (_req, res) => {
  res.set('Clear-Site-Data', '"cache", "cookies", "storage"');
  clearCsrfCookies(res);
  // The page sealed for a plain form post's redirect (view-cookie.ts) goes too.
  clearShown(res);
  res.redirect(303, QUICK_EXIT_DESTINATION);
};
