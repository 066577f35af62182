import { describe, expect, it } from 'vitest';
import type { Rule } from '@ancrage/incentives-domain';
import { addChild, asRootGroup, blankCondition, moveAt, nodeAt, removeAt, ruleSize, setGroupOp, toggleNot } from './rule-tree';

const student: Rule = { op: 'condition', condition: { type: 'status', in: ['student'] } };
const doctor: Rule = { op: 'condition', condition: { type: 'profession', in: ['medecin'] } };
const young: Rule = { op: 'condition', condition: { type: 'age', range: { max: 35 } } };

describe('rule tree edits', () => {
  const rule: Rule = { op: 'all', rules: [student, { op: 'any', rules: [doctor, young] }] };

  it('adds to a nested group without touching the rest', () => {
    const added = addChild(rule, ['rules', 1], student);
    expect(nodeAt(added, ['rules', 1])).toEqual({ op: 'any', rules: [doctor, young, student] });
    expect(nodeAt(added, ['rules', 0])).toBe(student);
    expect(rule).toEqual({ op: 'all', rules: [student, { op: 'any', rules: [doctor, young] }] });
  });

  it('moves a node within its group and tells where it went', () => {
    const { rule: moved, path } = moveAt(rule, ['rules', 1, 'rules', 1], -1);
    expect(nodeAt(moved, ['rules', 1])).toEqual({ op: 'any', rules: [young, doctor] });
    expect(path).toEqual(['rules', 1, 'rules', 0]);
    expect(moveAt(rule, ['rules', 0], -1).rule).toBe(rule);
  });

  it('negates a node and removes the negation again', () => {
    const negated = toggleNot(rule, ['rules', 0]);
    expect(nodeAt(negated, ['rules', 0])).toEqual({ op: 'not', rule: student });
    expect(toggleNot(negated, ['rules', 0])).toEqual(rule);
  });

  it('removes a negated node with its negation', () => {
    const negated = toggleNot(rule, ['rules', 0]);
    expect(removeAt(negated, ['rules', 0, 'rule'])).toEqual({ op: 'all', rules: [{ op: 'any', rules: [doctor, young] }] });
  });

  it('switches a group between all and any and counts nodes and depth', () => {
    expect(setGroupOp(rule, ['rules', 1], 'all')).toEqual({ op: 'all', rules: [student, { op: 'all', rules: [doctor, young] }] });
    expect(ruleSize(rule)).toEqual({ nodes: 5, depth: 3 });
  });

  it('keeps a group at the top and starts conditions empty or wide', () => {
    expect(asRootGroup(student)).toEqual({ op: 'all', rules: [student] });
    expect(asRootGroup(rule)).toBe(rule);
    expect(blankCondition('specialty')).toEqual({ type: 'specialty', in: [] });
    expect(blankCondition('practice-area')).toEqual({ type: 'practice-area', area: { communes: [], epcis: [], perimeterIds: [] } });
  });
});
