import { describe, expect, it } from 'vitest';
import { ALPHABET, charactersOf, checkDigit, digitsOf, groupCode, hasValidCheck, normalizeCode } from './alphabet';

describe('the code alphabet', () => {
  it('has 32 distinct characters without I, L, O and U', () => {
    expect(new Set(ALPHABET).size).toBe(32);
    for (const letter of 'ILOU') expect(ALPHABET).not.toContain(letter);
  });

  it('reads typed codes the way people type them', () => {
    expect(normalizeCode('1ab2-c3de f')).toBe('1AB2C3DEF');
    expect(normalizeCode('o0 iI lL')).toBe('001111');
    expect(normalizeCode('  ')).toBe('');
  });

  it('refuses characters outside the alphabet', () => {
    for (const text of ['1AB2U', 'ABC!', '<script>', '1AB2_C', 'é1']) expect(normalizeCode(text)).toBeNull();
  });

  it('turns characters into values and back', () => {
    expect(digitsOf('0AZ')).toEqual([0, 10, 31]);
    expect(charactersOf([0, 10, 31])).toBe('0AZ');
  });

  it('groups a code by four', () => {
    expect(groupCode('1AB2C3DEF')).toBe('1AB2-C3DE-F');
    expect(groupCode('1AB2')).toBe('1AB2');
    expect(groupCode('')).toBe('');
  });
});

describe('the check character (Luhn mod 32)', () => {
  const payload = digitsOf('1K7QM2XH9');
  const code = [...payload, checkDigit(payload)];

  it('accepts the code it was made for', () => {
    expect(hasValidCheck(code)).toBe(true);
    expect(checkDigit([])).toBe(0);
    const digits = [1, 2, 3];
    checkDigit(digits);
    expect(digits).toEqual([1, 2, 3]);
    expect(checkDigit([1])).toBe(30);
    expect(checkDigit([2])).toBe(28);
    expect(checkDigit([16])).toBe(31); // 16 doubled is 32: its digits in base 32 are 1 and 0
  });

  it('catches every single wrong character', () => {
    code.forEach((digit, index) => {
      for (let other = 0; other < 32; other += 1) {
        if (other === digit) continue;
        const typo = code.slice();
        typo[index] = other;
        expect(hasValidCheck(typo), `position ${index}, ${digit} → ${other}`).toBe(false);
      }
    });
  });

  it('catches a swap of two different neighbours', () => {
    for (let index = 0; index < code.length - 1; index += 1) {
      if (code[index] === code[index + 1]) continue;
      const swapped = [...code.slice(0, index), ...code.slice(index, index + 2).reverse(), ...code.slice(index + 2)];
      expect(hasValidCheck(swapped), `swap at ${index}`).toBe(false);
    }
  });

  it('needs something besides the check character', () => {
    expect(hasValidCheck([0])).toBe(false);
    expect(hasValidCheck([])).toBe(false);
  });
});
