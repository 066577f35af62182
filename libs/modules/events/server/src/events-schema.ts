import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { AgendaItem, Answers, Audience, EventFormat, EventKind, EventStatus, FollowUp, Question, Quota, RegistrationStatus } from '@ancrage/events-domain';

type CreatedAt = ColumnType<Date, never, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;
/** A column the database fills when the insert leaves it out. */
type WithDefault<T> = ColumnType<T, T | undefined, T>;

export interface EventsEventTable {
  tenantId: string;
  id: Generated<string>;
  title: string;
  summary: WithDefault<string>;
  description: WithDefault<string>;
  kind: EventKind;
  format: EventFormat;
  status: WithDefault<EventStatus>;
  communeName: WithDefault<string>;
  address: WithDefault<string>;
  accessHints: WithDefault<string>;
  onlineUrl: WithDefault<string>;
  startsAt: Date;
  endsAt: Date;
  agenda: JSONColumnType<AgendaItem[]>;
  audiences: Audience[];
  partners: WithDefault<string[]>;
  capacity: number | null;
  reservedPlaces: WithDefault<number>;
  quotas: JSONColumnType<Quota[]>;
  registrationOpensAt: WithDefault<Date | null>;
  registrationClosesAt: WithDefault<Date | null>;
  questions: JSONColumnType<Question[]>;
  waitlistSequence: WithDefault<number>;
  publishedAt: WithDefault<Date | null>;
  createdAt: CreatedAt;
  updatedAt: UpdatedAt;
}

export interface EventsRegistrationTable {
  tenantId: string;
  id: Generated<string>;
  eventId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: WithDefault<string>;
  audience: Audience;
  organisation: WithDefault<string>;
  answers: JSONColumnType<Answers, string | undefined, string>;
  locale: WithDefault<string>;
  searchText: WithDefault<string>;
  status: RegistrationStatus;
  waitlistPosition: WithDefault<number | null>;
  checkInToken: string;
  source: WithDefault<'portal' | 'back-office'>;
  createdAt: CreatedAt;
  confirmedAt: WithDefault<Date | null>;
  promotedAt: WithDefault<Date | null>;
  cancelledAt: WithDefault<Date | null>;
  checkedInAt: WithDefault<Date | null>;
  checkedInBy: WithDefault<string | null>;
  remindedAt: WithDefault<Date | null>;
  followUp: WithDefault<FollowUp>;
  erasedAt: WithDefault<Date | null>;
}

export interface EventsAccessTokenTable {
  tenantId: string;
  tokenHash: string;
  registrationId: string;
  createdAt: CreatedAt;
}

export interface EventsReportTable {
  tenantId: string;
  eventId: string;
  minutes: WithDefault<string>;
  organisations: WithDefault<string[]>;
  satisfaction: WithDefault<number[]>;
  satisfactionComments: WithDefault<string>;
  updatedAt: UpdatedAt;
}

/** This module's tables, as Kysely sees them (snake_case in SQL, camelCase here). */
export interface EventsDatabase {
  eventsEvent: EventsEventTable;
  eventsRegistration: EventsRegistrationTable;
  eventsAccessToken: EventsAccessTokenTable;
  eventsReport: EventsReportTable;
}
