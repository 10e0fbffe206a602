import { formatPrice } from './money.js';

/** The cart's summary line. */
export function cartSummary(items) {
  const cents = items.reduce((sum, item) => sum + item.cents * item.quantity, 0);
  return `${items.length} item(s), ${formatPrice(cents)}`;
}
