/**
 * Dates in a date-fns locale's wording and patterns ("Tuesday, December 2nd, 2025 at 9:32:06 PM") instead
 * of the browser's own `Intl` formats, which the widgets use by default:
 *
 *   import { registerDateLocale } from 'reader-widgets/date-fns';
 *   import { fr } from 'date-fns/locale/fr';
 *   registerDateLocale('fr', fr);
 *
 * date-fns is only in an app's bundle when it imports this module.
 */
import type { Locale } from 'date-fns';
import { format } from 'date-fns/format';
import { formatDistanceStrict } from 'date-fns/formatDistanceStrict';
import { registerDateFormatter } from './core/dates.js';

/** Writes every widget's dates for `tag` (and other tags of its language) with the date-fns `locale`. */
export function registerDateLocale(tag: string, locale: Locale): void {
  registerDateFormatter(tag, {
    relative: (date, now) => formatDistanceStrict(date, now, { addSuffix: true, locale, roundingMethod: 'floor' }),
    absolute: (date) => format(date, 'PPp', { locale }),
    full: (date) => format(date, 'PPPPpp', { locale }),
  });
}
