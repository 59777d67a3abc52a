import type { z } from 'zod';
import type { InputOf, MessageContract, PayloadOf } from './define-message.js';
import { ContractViolation } from './errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

/** Validates an already-decoded value against a contract; returns the parsed payload. */
export function validatePayload<C extends MessageContract>(contract: C, value: unknown): PayloadOf<C> {
  const result = contract.schema.safeParse(value);
  if (!result.success) throw new ContractViolation(contract.subject, describeIssues(result.error));
  return result.data as PayloadOf<C>;
}

/** Decodes raw message bytes (UTF-8 JSON) and validates them against the contract. */
export function parseMessage<C extends MessageContract>(
  contract: C,
  data: Uint8Array | string,
): PayloadOf<C> {
  let text: string;
  if (typeof data === 'string') {
    text = data;
  } else {
    try {
      text = utf8.decode(data);
    } catch {
      throw new ContractViolation(contract.subject, [{ path: '', message: 'payload is not valid UTF-8' }]);
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ContractViolation(contract.subject, [{ path: '', message: `payload is not JSON (${detail})` }]);
  }
  return validatePayload(contract, value);
}

/** Validates a payload and encodes what the schema produced (unknown keys dropped) as UTF-8 JSON. */
export function encodeMessage<C extends MessageContract>(contract: C, payload: InputOf<C>): Uint8Array {
  return encoder.encode(JSON.stringify(validatePayload(contract, payload)));
}

function describeIssues(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.map((issue) => ({
    path: issue.path.map((segment) => String(segment)).join('.'),
    message: issue.message,
  }));
}
