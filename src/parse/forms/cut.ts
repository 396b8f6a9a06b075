/**
 * A line of a layout copy cut into its columns: what the layout form's rules read and move
 * between lines.
 */
import type { Line } from "./rowParts.js";

export interface Cut {
  line: Line;
  left: string;
  /** Right edges of the amounts in the left part. */
  edges: (number | null)[];
  /** Where the left part ends (its last amount's right edge, pushed by text before it or not). */
  leftEnd: number;
  goal: string;
  /** Text column where the goal part starts, -1 when there is none. */
  goalFrom: number;
  indicator: string;
  /** Text columns the indicator part spans, -1 when there is none. */
  indicatorFrom: number;
  indicatorTo: number;
  /** Where the page's indicator column starts. */
  indicatorAt: number;
}

/** How far left of its column's usual start a goal line may begin (the grid drifts). */
export const DRIFT = 4;
