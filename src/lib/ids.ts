import { randomBytes } from 'node:crypto';

/**
 * ObjectId-like identifiers (SPEC §2.5): 24 lowercase hex characters, the first 8 the creation
 * second, then 5 random bytes fixed per process and a 3-byte counter — so ids sort by creation
 * time and two processes never mint the same id.
 */
const processRandom = randomBytes(5).toString('hex');
let counter = randomBytes(3).readUIntBE(0, 3);

export const ID_PATTERN = /^[0-9a-f]{24}$/;

export function newId(nowMs: number = Date.now()): string {
  counter = (counter + 1) % 0x1000000;
  const seconds = Math.floor(nowMs / 1000).toString(16).padStart(8, '0');
  return seconds + processRandom + counter.toString(16).padStart(6, '0');
}

export function isId(value: string): boolean {
  return ID_PATTERN.test(value);
}
