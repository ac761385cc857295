import bcrypt from "bcrypt";

/** bcrypt work factor: about a quarter second per hash on our 2-core machines. */
export const PASSWORD_HASH_COST = 12;

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, PASSWORD_HASH_COST);

export const verifyPassword = (password: string, hash: string): Promise<boolean> =>
  bcrypt.compare(password, hash);
