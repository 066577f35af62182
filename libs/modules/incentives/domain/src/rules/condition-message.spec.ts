import { describe, expect, it } from 'vitest';
import { fr } from '../locales';
import { conditionMessage, type Translate } from './condition-message';
import type { Condition } from './rule.schema';

/** A tiny i18next: looks a key up in the French messages, picks _one/_other with count, interpolates. */
const t: Translate = (key, params = {}) => {
  const path = key.replace(/^incentives:/, '').split('.');
  const lookup = (parts: string[]) => parts.reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), fr);
  const last = path[path.length - 1] ?? '';
  const plural = typeof params.count === 'number' ? lookup([...path.slice(0, -1), `${last}_${params.count === 1 ? 'one' : 'other'}`]) : undefined;
  const text = plural ?? lookup(path);
  if (typeof text !== 'string') throw new Error(`missing message ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
};
const say = (condition: Condition, outcome: 'held' | 'failed' | 'missing') => {
  const message = conditionMessage(condition, outcome, t);
  return t(message.key, message.params);
};

describe('conditionMessage', () => {
  it('names the accepted values in French', () => {
    expect(say({ type: 'status', in: ['interne', 'docteur-junior'] }, 'failed')).toBe('Le dispositif est réservé aux statuts suivants : Interne, Docteur junior.');
    expect(say({ type: 'practice-mode', in: ['liberal'] }, 'missing')).toBe("Mode d'exercice non renseigné (retenus : Libéral).");
  });

  it('phrases ranges and durations', () => {
    expect(say({ type: 'age', range: { min: 25, max: 40 } }, 'failed')).toBe('Votre âge ne correspond pas (attendu : entre 25 et 40 ans).');
    expect(say({ type: 'age', range: { max: 40 } }, 'held')).toBe('Votre âge correspond (40 ans au plus).');
    expect(say({ type: 'year-of-study', range: { min: 2 } }, 'missing')).toBe("Année d'études non renseignée (attendu : à partir de l'année d'études 2).");
    expect(say({ type: 'year-of-study', range: { min: 3, max: 3 } }, 'held')).toBe("Votre année d'études correspond (année d'études 3).");
    expect(say({ type: 'commitment-years', min: 1 }, 'failed')).toBe("Le dispositif demande un engagement d'au moins 1 an.");
    expect(say({ type: 'commitment-years', min: 5 }, 'held')).toBe('Vous acceptez de vous engager au moins 5 ans.');
  });

  it('names national schemes and lets the caller name local ones', () => {
    const condition: Condition = { type: 'not-receiving', schemes: ['national:cesp', 'local:9b2f7a1e-3c4d-4e5f-8a9b-0c1d2e3f4a5b'] };
    expect(say(condition, 'failed')).toBe('Ce dispositif ne se cumule pas avec : Contrat d\'engagement de service public (CESP), une autre aide du département.');
    const named = conditionMessage(condition, 'failed', t, { schemeName: (reference) => (reference.startsWith('local:') ? 'Bourse du Périgord' : reference) });
    expect(named.params.schemes).toBe('national:cesp, Bourse du Périgord');
  });

  it('has a message for every outcome of every condition', () => {
    const conditions: Condition[] = [
      { type: 'status', in: ['student'] },
      { type: 'profession', in: ['medecin'] },
      { type: 'specialty', in: ['pediatrie'] },
      { type: 'year-of-study', range: { min: 1 } },
      { type: 'age', range: { max: 30 } },
      { type: 'practice-area', area: { communes: ['24001'], epcis: [], perimeterIds: [] } },
      { type: 'practice-mode', in: ['mixed'] },
      { type: 'commitment-years', min: 2 },
      { type: 'not-receiving', schemes: ['national:cesp'] },
    ];
    for (const condition of conditions)
      for (const outcome of ['held', 'failed', 'missing'] as const) expect(say(condition, outcome)).not.toMatch(/\{\{/);
  });
});
