import { pool } from '../db.js';

export async function listEntries(userId) {
  const { rows } = await pool.query('SELECT * FROM entries WHERE user_id = $1 ORDER BY day DESC', [userId]);
  return rows;
}
