import { pool } from '../db.js';

export async function listProjects() {
  const { rows } = await pool.query('SELECT * FROM projects ORDER BY name');
  return rows;
}
