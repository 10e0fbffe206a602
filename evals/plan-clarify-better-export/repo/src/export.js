// The "Export" button of the contacts page: every contact as CSV.
export function contactsCsv(contacts) {
  const rows = contacts.map((c) => [c.name, c.email, c.company].map(quote).join(','));
  return ['name,email,company', ...rows].join('\r\n');
}

const quote = (value) => `"${String(value ?? '').replaceAll('"', '""')}"`;
