import { isWeekday, monthOf } from '../../src/pipelines/ingest/ingest.calendar-words';
import { findDateMentions } from '../../src/pipelines/ingest/ingest.date-mentions';

/*
 * Month and weekday names come from CLDR (Node's Intl). Until 2026-12-08 every Monday was dropped: the table numbered
 * weekdays from 0, the mark of a form two numbers claim, so "Monday 24 June 2024" was read as prose, not a programme
 * day.
 */
describe('calendar words from CLDR', () => {
  it.each(['Monday', 'lundi', 'Montag', 'lunedì', 'lunes', 'poniedziałek', 'maandag', 'Δευτέρα', 'Mon', 'Wednesday'])(
    '%s is a weekday',
    (word) => {
      expect(isWeekday(word)).toBe(true);
    },
  );

  it('a word that is no weekday is none, and months keep their numbers', () => {
    expect([isWeekday('Monitor'), isWeekday('market')]).toEqual([false, false]);
    expect([monthOf('January'), monthOf('listopada'), monthOf('Ιουνίου'), monthOf('Sept.')]).toEqual([1, 11, 6, 9]);
  });

  it('a date after a Monday knows its weekday, as after any other day', () => {
    const mentions = findDateMentions('Programme\n\nMonday 14 June 2032\n\nTuesday, 15 June 2032\n');
    expect(mentions.map((m) => [m.span.text, m.weekday])).toEqual([
      ['14 June 2032', true],
      ['15 June 2032', true],
    ]);
  });
});
