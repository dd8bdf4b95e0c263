import { describe, expect, it } from 'vitest';
import { isLocalSite, servedAddress, shortAddress } from './site-address';

const at = (origin: string) => {
  const url = new URL(origin);
  return { protocol: url.protocol, hostname: url.hostname, origin: url.origin };
};

describe('site addresses', () => {
  it('knows which sites are this computer', () => {
    expect(
      ['http://localhost:4321', 'http://127.0.0.1:8080', 'http://[::1]/', 'http://balise.localhost'].map(isLocalSite),
    ).toEqual([true, true, true, true]);
    expect(isLocalSite('https://school.example')).toBe(false);
    expect(isLocalSite('http://localhost.school.example')).toBe(false);
  });

  it('moves a local address to the origin the page is served from, keeping its path', () => {
    expect(servedAddress('http://localhost:4321/balise/fr/lessons/consent/', at('https://school.example'))).toBe(
      'https://school.example/balise/fr/lessons/consent/',
    );
    expect(servedAddress('http://localhost:4321/en/lessons/x/', at('http://10.0.0.5:8080'))).toBe(
      'http://10.0.0.5:8080/en/lessons/x/',
    );
  });

  it('keeps an address the build knew, and a page seen on this computer or from a file', () => {
    expect(servedAddress('https://school.example/en/lessons/x/', at('https://other.example'))).toBeUndefined();
    expect(servedAddress('http://localhost:4321/en/lessons/x/', at('http://127.0.0.1:4800'))).toBeUndefined();
    expect(
      servedAddress('http://localhost:4321/en/lessons/x/', { protocol: 'file:', hostname: '', origin: 'null' }),
    ).toBeUndefined();
  });

  it('shortens an address for typing', () => {
    expect(shortAddress('https://www.school.example/balise/en/lessons/x/')).toBe('school.example/balise/en/lessons/x');
    expect(shortAddress('http://10.0.0.5:8080/en/')).toBe('10.0.0.5:8080/en');
  });
});
