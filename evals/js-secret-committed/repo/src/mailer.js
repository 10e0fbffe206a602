// Sends the transactional emails (sign-up, password reset) through the mail provider's HTTP API.
const MAIL_API = 'https://mail.example.com/v3/send';

export async function sendMail(to, subject, text) {
  const key = process.env.MAIL_API_KEY;
  if (!key) throw new Error('MAIL_API_KEY is not set');
  const res = await fetch(MAIL_API, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ to, subject, text }),
  });
  if (!res.ok) throw new Error(`the mail API answered ${res.status}`);
}
