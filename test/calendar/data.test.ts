import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_YEAR, LAST_YEAR, NOTICES, WORKING_FLAGS } from '../../src/calendar/data.js';
import { CHINA_MAINLAND_CALENDAR, countWorkingDays, createWorkdayCalendar, isWorkingDay } from '../../src/index.js';
import { ALL_DAYS, refIsWorking, SOURCE } from './reference.js';

const root = resolve(import.meta.dirname, '../..');

describe('the shipped calendar table (src/calendar/data.ts) and data/cn-holidays.json', () => {
  it('is up to date: scripts/gen-calendar.mjs --check finds nothing to regenerate', () => {
    const run = spawnSync(process.execPath, ['scripts/gen-calendar.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('NOTICES names exactly the dates of the JSON, year by year', () => {
    expect(NOTICES.map(([year]) => String(year))).toEqual(Object.keys(SOURCE.years).sort());
    expect([FIRST_YEAR, LAST_YEAR]).toEqual([NOTICES[0]?.[0], NOTICES[NOTICES.length - 1]?.[0]]);
    for (const [year, offRuns, workDays] of NOTICES) {
      const jan1 = Date.UTC(year, 0, 1);
      const iso = (offset: number) => new Date(jan1 + offset * 86_400_000).toISOString().slice(0, 10);
      const off: string[] = [];
      for (let i = 0; i < offRuns.length; i += 2) {
        for (let d = 0; d < (offRuns[i + 1] as number); d++) off.push(iso((offRuns[i] as number) + d));
      }
      const source = SOURCE.years[String(year)];
      expect(off).toEqual([...new Set(source?.offDays)].sort());
      expect(workDays.map(iso)).toEqual([...new Set(source?.workDays)].sort());
    }
  });

  it('WORKING_FLAGS has one flag per covered day, equal to the reference', () => {
    expect(WORKING_FLAGS).toHaveLength(ALL_DAYS.length);
    expect([...WORKING_FLAGS].map((f) => f === '1')).toEqual(ALL_DAYS.map(refIsWorking));
  });

  it('CHINA_MAINLAND_CALENDAR equals the calendar createWorkdayCalendar builds from the JSON, day by day', () => {
    const rebuilt = createWorkdayCalendar(SOURCE, null);
    expect(rebuilt).toEqual(CHINA_MAINLAND_CALENDAR);
    for (const day of ALL_DAYS) {
      expect(isWorkingDay(day, rebuilt)).toBe(isWorkingDay(day));
      expect(countWorkingDays('2023-01-01', day, rebuilt)).toBe(countWorkingDays('2023-01-01', day));
    }
  });

  it('the JSON keeps the notice URL of every year, and 2022-12-31 in the 2023 notice', () => {
    for (const year of Object.values(SOURCE.years)) expect(year.notice).toMatch(/^https?:\/\/www\.gov\.cn\//);
    expect(SOURCE.years['2023']?.offDays).toContain('2022-12-31');
  });
});
