// The moderator's application service: queues, decisions and the log, over lib/comments and
// lib/auth (never the other way round). Pages and actions import from here.
export {
  getModerationConsole,
  NotSignedInError,
  queuePageSize,
  type ModerationConsole,
  type ModeratorRequest,
  type QueueEntry,
} from './console';
export { announceSetupLink } from './setup-link';
