import type { ModuleJobHandler } from '@ancrage/module-sdk';
import { sendDueReminders } from './send-reminders';

export { REMINDER_QUEUE } from './reminder-plan';

/** The module's background jobs, by name (the queue of each is `incentives.<name>`). */
export const incentivesJobs = {
  reminders: sendDueReminders,
} satisfies Record<string, ModuleJobHandler>;
