export interface LineItem {
  sku: string;
  unitPrice: number;
  quantity: number;
}

/** The order's total in cents. */
export function total(items: readonly LineItem[]): number {
  return items.reduce((sum, item) => sum + item.unitPrice * item.quantity, 0);
}
