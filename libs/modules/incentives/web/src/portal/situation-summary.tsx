import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProfileDraft } from '../common/profile-draft';
import { schemeReferenceLabel, type ReferenceNames } from '../common/condition-params';

/** The answered questions of a situation, as a definition list (read on screen and on paper). */
export function SituationSummary({ draft, communeName, names }: { draft: ProfileDraft; communeName?: string | undefined; names?: ReferenceNames }) {
  const { t } = useTranslation('incentives');
  const rows: [string, string][] = [];
  if (draft.status) rows.push([t('shared.profile.status'), t(`statuses.${draft.status}`)]);
  if (draft.profession) rows.push([t('shared.profile.profession'), t(`professions.${draft.profession}`)]);
  if (draft.specialty) rows.push([t('shared.profile.specialty'), t(`specialties.${draft.specialty}`)]);
  if (draft.yearOfStudy !== '') rows.push([t('shared.profile.yearOfStudy'), t('shared.yearOfStudy', { count: draft.yearOfStudy })]);
  if (draft.age !== '') rows.push([t('shared.profile.age'), t('portal.simulator.ageValue', { count: draft.age })]);
  if (draft.practiceCommune) rows.push([t('shared.profile.practiceCommune'), communeName ? `${communeName} (${draft.practiceCommune})` : draft.practiceCommune]);
  if (draft.practiceMode) rows.push([t('shared.profile.practiceMode'), t(`practiceModes.${draft.practiceMode}`)]);
  if (draft.commitmentYearsAccepted !== '') rows.push([t('shared.profile.commitmentYears'), t('portal.simulator.yearsValue', { count: draft.commitmentYearsAccepted })]);
  rows.push([t('shared.profile.receiving'), draft.receiving.length ? draft.receiving.map((reference) => schemeReferenceLabel(reference, t, names)).join(', ') : t('portal.simulator.none')]);
  return (
    <Box component="dl" m={0} style={{ display: 'grid', gridTemplateColumns: 'minmax(8rem, max-content) 1fr', columnGap: 'var(--mantine-spacing-md)', rowGap: 4 }}>
      {rows.map(([label, value]) => (
        <Box key={label} style={{ display: 'contents' }}>
          <Text component="dt" fw={600} size="sm">
            {label}
          </Text>
          <Text component="dd" m={0} size="sm">
            {value}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
