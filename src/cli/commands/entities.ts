import { Option } from 'commander';
import { viewCommand } from '../view-command.js';

export function entitiesCommand() {
  return viewCommand('entities', [
    'entities --type people corpus/',
    'entities --country Armenia --from 2020 --format csv -o entities.csv corpus/',
  ], (cmd) => cmd.addOption(new Option('--type <type>', 'only this kind').choices(['people', 'places', 'organizations', 'organisations'])));
}
