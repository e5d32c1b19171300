import { viewCommand } from '../view-command.js';

export function graphCommand() {
  return viewCommand('graph', [
    'graph corpus/',
    'graph --format dot corpus/ | dot -Tsvg > meetings.svg',
    'graph --format gexf -o meetings.gexf --from 2020 corpus/',
    'graph --format mermaid --country Armenia corpus/',
  ]);
}
