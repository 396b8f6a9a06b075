import type { Row, Table } from "../model/types.js";

/** A table's rows by id, for the checks that start from an indicator and need its row. */
export function rowsById(table: Table): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const row of table.rows) rows.set(row.id, row);
  return rows;
}
