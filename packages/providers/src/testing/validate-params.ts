import { type Answer, invalid } from './answers.ts';
import type { EndpointRule } from './dialect.ts';

/** The vendor's own parameter checks, so a client that forgets or garbles a parameter is told as the vendor would. */
export function validateParams(rule: EndpointRule, params: Record<string, unknown>): Answer | null {
  for (const field of rule.required) {
    if (params[field] === undefined || params[field] === '') return invalid(field, 'Field required', 'missing');
  }
  if (rule.oneOf && !rule.oneOf.some((field) => params[field] !== undefined && params[field] !== '')) {
    return invalid(rule.oneOf.join(' | '), 'One of these fields is required', 'missing');
  }
  for (const group of rule.together ?? []) {
    const sent = group.filter((field) => params[field] !== undefined);
    if (sent.length > 0 && sent.length < group.length) {
      const missing = group.filter((field) => params[field] === undefined);
      return invalid(missing.join(', '), `required with ${sent.join(', ')}`, 'missing');
    }
  }
  for (const field of rule.strings ?? []) {
    const value = params[field];
    if (value !== undefined && typeof value !== 'string') return invalid(field, 'Input should be a valid string', 'string_type');
  }
  for (const field of rule.integers) {
    const value = params[field];
    if (value !== undefined && !/^-?\d+$/.test(String(value))) {
      return invalid(field, 'Input should be a valid integer, unable to parse string as an integer', 'int_parsing');
    }
  }
  for (const [field, [min, max]] of Object.entries(rule.ranges ?? {})) {
    const value = params[field];
    if (value !== undefined && (Number(value) < min || Number(value) > max)) {
      return invalid(field, `Input should be between ${min} and ${max}`, 'range');
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
