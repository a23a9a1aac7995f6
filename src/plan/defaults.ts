import type { Grid, InputGrids, TableName } from "./types";
import roles from "./data/roles.json";
import workstreams from "./data/workstreams.json";
import sampleRoadmap from "./data/sample-roadmap.json";
import sampleTeam from "./data/sample-team.json";
import sampleSettings from "./data/sample-settings.json";

// The figures live in the JSON files beside this module (their sources: docs/defaults.md), so the
// CLI, the add-in and the template all show the same assumptions.
const grid = (sheet: TableName, rows: string[][]): Grid => ({ sheet, originRow: 1, originCol: 1, rows });

/** Role assumptions used when the input has no Roles table. */
export const defaultRoles: Grid = grid("Roles", roles);
/** Role mixes used when the input has no Workstreams table. */
export const defaultWorkstreams: Grid = grid("Workstreams", workstreams);

/** The bundled sample: an AI roadmap with its team and settings. */
export const sampleInput: InputGrids = {
  roadmap: grid("Roadmap", sampleRoadmap),
  roles: defaultRoles,
  workstreams: defaultWorkstreams,
  team: grid("Team", sampleTeam),
  settings: grid("Settings", sampleSettings),
};
