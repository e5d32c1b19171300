import type { View } from './view.js';
import { entitiesView } from './entities.js';
import { datesView } from './dates.js';
import { meetingsView } from './meetings.js';
import { ceasefiresView } from './ceasefires.js';
import { graphView } from './graph.js';
import { timelineView } from './timeline.js';

export type { View, ViewContext } from './view.js';

/** Every aggregated command's output by command name: the CLI and `merge` render through these. */
export const VIEWS: Readonly<Record<string, View>> = {
  entities: entitiesView,
  dates: datesView,
  meetings: meetingsView,
  ceasefires: ceasefiresView,
  graph: graphView,
  timeline: timelineView,
};
