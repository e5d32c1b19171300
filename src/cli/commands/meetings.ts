import { viewCommand } from '../view-command.js';

export function meetingsCommand() {
  return viewCommand('meetings', [
    'meetings corpus/',
    'meetings --person Sarkisian --from 2016-04 --to 2016-06 corpus/',
    'meetings --status planned --format markdown corpus/',
    'meetings --format gdelt -o events.tsv corpus/',
  ], (cmd) => cmd.option('--per-article', 'one row per article that reports a meeting, unmerged'));
}
