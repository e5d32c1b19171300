import { viewCommand } from '../view-command.js';

export function timelineCommand() {
  return viewCommand('timeline', [
    'timeline corpus/',
    'timeline --from 2020-09 --to 2020-12 --format markdown corpus/',
  ]);
}
