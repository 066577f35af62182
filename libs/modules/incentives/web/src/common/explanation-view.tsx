import { ATTENTION_COLOR } from './tones';
import type { ReactNode } from 'react';
import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConditionOutcome, Explanation } from '@ancrage/incentives-domain';
import { conditionSentence, type ReferenceNames } from './condition-params';

export interface ExplanationViewProps {
  /** The evaluation of a scheme's rule for one profile (`evaluateRule`, `evaluateScheme(...).explanation`). */
  explanation: Explanation;
  /** Names of the communes, EPCIs, perimeters and local schemes the conditions mention (codes are shown otherwise). */
  names?: ReferenceNames;
  /** Accessible name of the list of conditions. */
  label?: string;
}

const outcomeColor: Record<ConditionOutcome, string> = { held: 'teal.9', failed: 'red.9', missing: ATTENTION_COLOR };
const outcomeMark: Record<ConditionOutcome, string> = { held: '✓', failed: '✗', missing: '?' };

/** The outcome in words (never colour alone), with a mark for quick reading. */
export function OutcomeTag({ outcome }: { outcome: ConditionOutcome }) {
  const { t } = useTranslation('incentives');
  return (
    <Text component="span" size="sm" fw={700} c={outcomeColor[outcome]} style={{ whiteSpace: 'nowrap' }}>
      <span aria-hidden="true">{outcomeMark[outcome]} </span>
      {t(`shared.explanation.outcome.${outcome}`)}
    </Text>
  );
}

const outcomeOf = (node: Explanation): ConditionOutcome => (node.op === 'condition' ? node.outcome : node.holds ? 'held' : 'failed');

function Line({ node, children }: { node: Explanation; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="wrap" align="baseline">
      <OutcomeTag outcome={outcomeOf(node)} />
      <Text component="span">{children}</Text>
    </Group>
  );
}

function Node({ node, names }: { node: Explanation; names: ReferenceNames | undefined }) {
  const { t, i18n } = useTranslation('incentives');
  const language = i18n.resolvedLanguage ?? i18n.language;
  switch (node.op) {
    case 'condition':
      return (
        <Box component="li" mb={6}>
          <Line node={node}>{conditionSentence(node.condition, node.outcome, t, language, names)}</Line>
        </Box>
      );
    case 'not':
      return (
        <Box component="li" mb={6}>
          <Line node={node}>{t('shared.explanation.not')}</Line>
          <NodeList nodes={[node.child]} names={names} />
        </Box>
      );
    case 'all':
    case 'any':
      return (
        <Box component="li" mb={6}>
          <Line node={node}>{node.children.length === 0 ? t('shared.explanation.everyone') : t(`shared.explanation.${node.op}`)}</Line>
          {node.children.length > 0 ? <NodeList nodes={node.children} names={names} /> : null}
        </Box>
      );
  }
}

function NodeList({ nodes, names, label }: { nodes: Explanation[]; names: ReferenceNames | undefined; label?: string }) {
  return (
    <Box component="ul" aria-label={label} pl="md" my={4} style={{ listStyle: 'none' }}>
      {nodes.map((node, index) => (
        <Node key={index} node={node} names={names} />
      ))}
    </Box>
  );
}

/**
 * A rule's evaluation as nested lists: which condition held, which failed,
 * which answer is missing, each in a sentence of the page's language.
 */
export function ExplanationView({ explanation, names, label }: ExplanationViewProps) {
  const { t } = useTranslation('incentives');
  // The root "all" reads as the list itself: no extra level for the most common rule.
  if (explanation.op === 'all') {
    if (explanation.children.length === 0) return <Text>{t('shared.explanation.everyone')}</Text>;
    return (
      <div>
        <Text>{t('shared.explanation.rootAll')}</Text>
        <NodeList nodes={explanation.children} names={names} label={label ?? t('shared.explanation.label')} />
      </div>
    );
  }
  return <NodeList nodes={[explanation]} names={names} label={label ?? t('shared.explanation.label')} />;
}
