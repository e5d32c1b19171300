import { viewCommand } from '../view-command.js';

export function datesCommand() {
  return viewCommand('dates', [
    'dates corpus/',
    'dates --from 2016-04 --to 2016-06 --format csv corpus/',
  ]);
}
