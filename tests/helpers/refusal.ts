// The UserError a call throws (a refusal the application gives), failing the test when it throws nothing or another error.
import { UserError } from '../../src/model/errors.js';

export function refusal(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}
