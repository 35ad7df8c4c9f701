import { isMatch } from 'date-fns';

/** True when `value` is `YYYY-MM-DD` and that day exists in the proleptic Gregorian calendar. */
export function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isMatch(value, 'yyyy-MM-dd');
}
