import { viewCommand } from '../view-command.js';

export function ceasefiresCommand() {
  return viewCommand('ceasefires', [
    'ceasefires corpus/',
    'ceasefires --status violated --from 2020 --sources corpus/',
  ]);
}
