import { describe, expect, it } from 'vitest';
import { cameraProblemBefore, cameraProblemOf } from './camera-problem';

const domError = (name: string) => Object.assign(new Error(name), { name });

describe('camera problems', () => {
  it('needs a secure page first, then media devices', () => {
    expect(cameraProblemBefore(false, true)).toBe('insecure');
    expect(cameraProblemBefore(false, false)).toBe('insecure');
    expect(cameraProblemBefore(true, false)).toBe('no-camera');
    expect(cameraProblemBefore(true, true)).toBeUndefined();
  });

  it('tells a refusal, a missing camera and any other failure apart', () => {
    expect(cameraProblemOf(domError('NotAllowedError'))).toBe('denied');
    expect(cameraProblemOf(domError('SecurityError'))).toBe('denied');
    expect(cameraProblemOf(domError('NotFoundError'))).toBe('no-camera');
    expect(cameraProblemOf(domError('OverconstrainedError'))).toBe('no-camera');
    expect(cameraProblemOf(domError('NotReadableError'))).toBe('failed');
    expect(cameraProblemOf({ name: 'NotAllowedError' })).toBe('denied');
    expect(cameraProblemOf('nonsense')).toBe('failed');
    expect(cameraProblemOf(null)).toBe('failed');
    expect(cameraProblemOf(undefined)).toBe('failed');
  });
});
