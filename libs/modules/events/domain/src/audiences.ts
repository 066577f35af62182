/** Who an event is for: the health-specific audiences of Ancrage. */
export const AUDIENCES = ['student', 'interne', 'docteur-junior', 'remplacant', 'professional', 'partner'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const EVENT_KINDS = ['welcome-evening', 'discovery-weekend', 'forum-stand', 'training', 'webinar', 'practice-visit'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export const EVENT_STATUSES = ['draft', 'published', 'cancelled', 'closed'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const REGISTRATION_STATUSES = ['confirmed', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** What followed the event for an attendee: nothing yet, a contact with the département, an installation project. */
export const FOLLOW_UPS = ['none', 'contact', 'project'] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];

export const QUESTION_TYPES = ['text', 'choice', 'multiple', 'yes-no'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Usual questions an officer adds in one click (labels are translated at insertion, then editable). */
export const QUESTION_PRESETS = ['faculty', 'semester', 'dietary', 'accommodation', 'transport'] as const;
export type QuestionPreset = (typeof QUESTION_PRESETS)[number];
