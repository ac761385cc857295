import { createHmac } from "node:crypto";

/**
 * A keyed permutation of the integers 0..size-1: a balanced Feistel network over 2 * halfBits bits
 * with HMAC-SHA256 round functions, cycle-walked back into the domain (a value that lands at or past
 * `size` is permuted again until it does not). Every index maps to exactly one value and back, so
 * distinct inputs never collide; without the key, neighbouring inputs give unrelated outputs.
 */
export interface KeyedPermutation {
  readonly size: number;
  forward(index: number): number;
  inverse(value: number): number;
}

const ROUNDS = 8;

export function createKeyedPermutation(
  secret: string,
  { halfBits, size }: { halfBits: number; size: number },
): KeyedPermutation {
  const halfMask = 2 ** halfBits - 1;
  const blockSize = 2 ** (2 * halfBits);
  if (!Number.isSafeInteger(blockSize) || size < 1 || size > blockSize) {
    throw new RangeError(`a domain of ${size} does not fit ${2 * halfBits} bits`);
  }
  // One key per round, so no two rounds compute the same function.
  const roundKeys = Array.from({ length: ROUNDS }, (_, round) =>
    createHmac("sha256", secret).update(`keyed-permutation:round:${round}`).digest(),
  );
  const input = Buffer.alloc(4);
  const roundFunction = (round: number, half: number) => {
    input.writeUInt32BE(half);
    return (
      createHmac("sha256", roundKeys[round] as Buffer)
        .update(input)
        .digest()
        .readUInt32BE(0) & halfMask
    );
  };

  const split = (block: number) => [Math.floor(block / 2 ** halfBits), block % 2 ** halfBits] as const;
  const join = (left: number, right: number) => left * 2 ** halfBits + right;

  const encryptBlock = (block: number) => {
    let [left, right] = split(block);
    for (let round = 0; round < ROUNDS; round++) {
      [left, right] = [right, (left ^ roundFunction(round, right)) >>> 0];
    }
    return join(left, right);
  };
  const decryptBlock = (block: number) => {
    let [left, right] = split(block);
    for (let round = ROUNDS - 1; round >= 0; round--) {
      [left, right] = [(right ^ roundFunction(round, left)) >>> 0, left];
    }
    return join(left, right);
  };
  const walk = (value: number, step: (block: number) => number) => {
    if (!Number.isInteger(value) || value < 0 || value >= size) {
      throw new RangeError(`${value} is outside 0..${size - 1}`);
    }
    let block = step(value);
    while (block >= size) block = step(block);
    return block;
  };

  return {
    size,
    forward: (index) => walk(index, encryptBlock),
    inverse: (value) => walk(value, decryptBlock),
  };
}
