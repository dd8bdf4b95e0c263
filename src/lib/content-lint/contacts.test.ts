import { describe, expect, it } from 'vitest';
import { helplinesFile } from '../helplines';
import { findContacts, knownContacts } from './contacts';

describe('findContacts', () => {
  it('finds grouped, long and called numbers, and web addresses, with their line', () => {
    const text = 'Call Child Focus on 116 000.\nOr 0800 12 345, or 0471234567.\nBel 102 of ga naar https://www.awel.be/chat.';
    expect(findContacts(text).map(({ line, kind, key }) => `${line} ${kind} ${key}`)).toEqual([
      '1 phone 116000',
      '2 phone 080012345',
      '2 phone 0471234567',
      '3 phone 102',
      '3 web awel.be',
    ]);
  });

  it('leaves figures, dates, ages and articles alone', () => {
    const text =
      '350 files in 2025; 93% of cases. Since 4 May 2020 and 1 June 2022 (art. 417/6). 70–85%. Noah, 13. lastReviewed: 2026-11-28\nLa loi belge depuis 2022. Ring the 2020 letter.';
    expect(findContacts(text)).toEqual([]);
  });
});

describe('knownContacts', () => {
  it('lists the helplines file numbers and hosts', () => {
    const known = knownContacts(helplinesFile);
    expect([...known.phones]).toEqual(expect.arrayContaining(['116000', '103', '102', '1712', '112', '101']));
    expect([...known.hosts]).toEqual(expect.arrayContaining(['childfocus.be', 'stopchildporno.be', 'takeitdown.ncmec.org']));
  });
});

describe('findContacts: each contact once', () => {
  it('lists a number written twice on a line once, and again on another line', () => {
    const text = 'Call 116 000, yes 116 000.\nAgain: 116 000.';
    expect(findContacts(text)).toEqual([
      { line: 1, kind: 'phone', text: '116 000', key: '116000' },
      { line: 2, kind: 'phone', text: '116 000', key: '116000' },
    ]);
  });

  it('keys a web address by its host, without "www." but only at the start', () => {
    const text = 'See http://www.Example.org/help or https://awww.be and forum.www.example.net.';
    expect(findContacts(text).map(({ text, key }) => `${text} ${key}`)).toEqual([
      'http://www.Example.org/help example.org',
      'https://awww.be awww.be',
      'forum.www.example.net forum.www.example.net',
    ]);
  });
});

describe('knownContacts: keys', () => {
  it('keeps phone numbers as digits and hosts without "www."', () => {
    const known = knownContacts(helplinesFile);
    expect([...known.phones].every((phone) => /^\d+$/.test(phone))).toBe(true);
    expect([...known.hosts].every((host) => /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) && !host.startsWith('www.'))).toBe(true);
    const file = {
      ...helplinesFile,
      helplines: [{ ...helplinesFile.helplines[0]!, phone: '02 123 45 67', web: 'https://www.example.org/help' }],
    };
    expect(knownContacts(file)).toEqual({ phones: new Set(['021234567']), hosts: new Set(['example.org']) });
  });
});

describe('findContacts: numbers next to other figures', () => {
  it('finds a number followed later on the line by other figures', () => {
    expect(findContacts('Call 116 000 from 8 to 20 h.').map(({ key }) => key)).toEqual(['116000']);
  });

  it('leaves a week number followed by a year, and decimal percentages, alone', () => {
    expect(findContacts('In week 12 2025.\nIn 12.50% and 12.50 % of cases.')).toEqual([]);
  });
});

describe('knownContacts: "www." only at the start of a host', () => {
  it('keeps "www." inside a host', () => {
    const file = { ...helplinesFile, helplines: [{ ...helplinesFile.helplines[0]!, web: 'https://forum.www.example.net/x' }] };
    expect([...knownContacts(file).hosts]).toEqual(['forum.www.example.net']);
  });
});
