import { type Answer, invalid } from './answers.ts';
import type { EndpointRule } from './dialect.ts';

/** The vendor's own parameter checks, so a client that forgets or garbles a parameter is told as the vendor would. */
export function validateParams(rule: EndpointRule, params: Record<string, unknown>): Answer | null {
  for (const field of rule.required) {
    if (params[field] === undefined || params[field] === '') return invalid(field, 'Field required', 'missing');
  }
  for (const field of rule.integers) {
    const value = params[field];
    if (value !== undefined && !/^-?\d+$/.test(String(value))) {
      return invalid(field, 'Input should be a valid integer, unable to parse string as an integer', 'int_parsing');
    }
  }
  for (const [field, allowed] of Object.entries(rule.choices ?? {})) {
    const value = params[field];
    if (value !== undefined && !allowed.includes(String(value))) {
      return invalid(field, `Input should be ${allowed.map((a) => `'${a}'`).join(', ')}`, 'enum');
    }
  }
  return null;
}
