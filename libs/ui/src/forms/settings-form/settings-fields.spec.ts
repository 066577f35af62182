import { describe, expect, it } from 'vitest';
import { checkValues, initialValues, settingsFields, typedValues } from './settings-fields';

// What zod's toJSONSchema(..., { io: 'input' }) gives for a module's settings.
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    showCommunesOnPortal: { default: true, type: 'boolean' },
    defaultPageSize: { default: 25, type: 'integer', minimum: 10, maximum: 100 },
    radiusKm: { type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 },
    mode: { default: 'a', type: 'string', enum: ['a', 'b'] },
    label: { type: 'string', maxLength: 30 },
    tags: { type: 'array', items: { type: 'string' } },
  },
};

describe('settings fields from a JSON Schema', () => {
  it('maps booleans, bounded integers, enums and strings, and skips the rest', () => {
    expect(settingsFields(schema)).toEqual([
      { key: 'showCommunesOnPortal', kind: 'boolean', defaultValue: true },
      { key: 'defaultPageSize', kind: 'number', integer: true, min: 10, max: 100, defaultValue: 25 },
      { key: 'radiusKm', kind: 'number', integer: true },
      { key: 'mode', kind: 'enum', options: ['a', 'b'], defaultValue: 'a' },
      { key: 'label', kind: 'text', maxLength: 30 },
    ]);
    expect(settingsFields(null)).toEqual([]);
    expect(settingsFields({ type: 'object' })).toEqual([]);
  });

  it('starts from stored settings, then defaults', () => {
    const fields = settingsFields(schema);
    expect(initialValues(fields, { defaultPageSize: 50 })).toEqual({ showCommunesOnPortal: true, defaultPageSize: 50, radiusKm: '', mode: 'a', label: '' });
  });

  it('sends typed values and keeps settings the form does not edit', () => {
    const fields = settingsFields(schema);
    const values = { showCommunesOnPortal: false, defaultPageSize: '40', radiusKm: '', mode: 'b', label: 'Nord' };
    expect(typedValues(fields, values, { tags: ['x'], radiusKm: 3 })).toEqual({ tags: ['x'], showCommunesOnPortal: false, defaultPageSize: 40, mode: 'b', label: 'Nord' });
  });

  it('checks bounds before sending', () => {
    const fields = settingsFields(schema);
    expect(checkValues(fields, { defaultPageSize: 5, radiusKm: 2.5, label: 'x'.repeat(31) })).toEqual([
      { key: 'defaultPageSize', problem: 'min', limit: 10 },
      { key: 'radiusKm', problem: 'integer' },
      { key: 'label', problem: 'maxLength', limit: 30 },
    ]);
    expect(checkValues(fields, { defaultPageSize: '', radiusKm: '' })).toEqual([{ key: 'radiusKm', problem: 'required' }]);
  });
});
