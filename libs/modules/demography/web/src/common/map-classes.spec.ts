import { describe, expect, it } from 'vitest';
import { classFor } from '@ancrage/ui';
import { accessibilityClasses, densityClasses, evolutionClasses, EVOLUTION_COLORS } from './map-classes';

const labels = { farBelow: 'far', below: 'below', above: 'above' };

describe('map classes', () => {
  it('puts a commune exactly at the threshold among the served, just under it among the under-served', () => {
    const classes = accessibilityClasses(60, labels);
    expect(classFor(60, classes)?.label).toBe('above');
    expect(classFor(59.999, classes)?.label).toBe('below');
    expect(classFor(30, classes)?.label).toBe('far');
    expect(classFor(0, classes)?.label).toBe('far');
    expect(classFor(500, classes)?.label).toBe('above');
  });

  it('splits net changes into losses, no change and gains', () => {
    const classes = evolutionClasses({ loss: 'loss', stable: 'stable', gain: 'gain' });
    expect([-3, -1, 0, 1, 4].map((net) => classFor(net, classes)?.color)).toEqual([
      EVOLUTION_COLORS.loss,
      EVOLUTION_COLORS.loss,
      EVOLUTION_COLORS.stable,
      EVOLUTION_COLORS.gain,
      EVOLUTION_COLORS.gain,
    ]);
  });

  it('gives communes without any practitioner a class of their own, then quartiles of the others', () => {
    const classes = densityClasses([0, 0, 0, 10, 20, 30, 40, null, 50, 60, 70, 80], 'none');
    expect(classes.map((entry) => [entry.upTo, entry.label])).toEqual([
      [0, 'none'],
      [20, undefined],
      [40, undefined],
      [60, undefined],
      [80, undefined],
    ]);
    expect(new Set(classes.map((entry) => entry.color)).size).toBe(5);
    expect(classFor(5, classes)?.upTo).toBe(20);
  });

  it('has no "none" class where every commune has a practitioner', () => {
    expect(densityClasses([12, 15], 'none').map((entry) => entry.label)).toEqual([undefined, undefined]);
  });
});
