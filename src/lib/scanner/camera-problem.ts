/** Why the camera cannot be used; each has its own message for the teacher. */
export type CameraProblem = 'insecure' | 'no-camera' | 'denied' | 'failed';

/**
 * The problem before asking for the camera: browsers offer it only on HTTPS or on this computer
 * (localhost), and some devices have no media devices at all.
 */
export function cameraProblemBefore(secure: boolean, hasMediaDevices: boolean): CameraProblem | undefined {
  if (!secure) return 'insecure';
  if (!hasMediaDevices) return 'no-camera';
  return undefined;
}

/** The problem behind a `getUserMedia` rejection (a DOMException name). */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null) ? (error as { name?: unknown }).name : undefined;
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'no-camera';
    default:
      return 'failed';
  }
}
